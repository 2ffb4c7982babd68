"""Suites as files: Hearth's JSONL (errors naming their line), {{variables}}, a table's rows as cases, and the ready
suites in resources/evals/ (they load, use only checks Hearth runs, and a right answer passes each case)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.engines.chat_types import ToolCall
from app.errors import HearthError
from app.evals.cases import Case, Check, Reply
from app.evals.checks import KNOWN_TYPES, grade, run_check
from app.evals.suite import (
    SuiteError,
    cases_from_table,
    load_jsonl,
    parse_jsonl,
    read_table,
    ready_suites,
    render,
    to_jsonl,
    unsupported_types,
)
from app.evals.variables import MissingVariable

TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}


def test_render_fills_variables_as_nunjucks_writes_them() -> None:
    case = Case(
        "{{city}} / {{ city }} / {{order.id}} / {{ items }} / {{n}} / {{ yes }} / {{ x | upper }}",
        vars={"city": "Paris", "order": {"id": 7}, "items": ["a", "é"], "n": 2.5, "yes": True},
    )
    assert render(case) == 'Paris / Paris / 7 / ["a", "é"] / 2.5 / true / {{ x | upper }}'
    with pytest.raises(MissingVariable) as caught:
        render(Case("Weather in {{ place }}?", vars={"city": "Paris"}))
    assert isinstance(caught.value, HearthError)
    assert caught.value.message == (
        "The prompt asks for the variable “place”, but this case does not give it. "
        "Add a “place” column or var (this case gives: “city”)."
    )


def test_jsonl_reads_every_field_keeps_unsupported_checks_and_writes_back(tmp_path: Path) -> None:
    lines = [
        {"prompt": "Capital of {{country}}?", "vars": {"country": "France"}, "description": "Capitals",
         "checks": [{"type": "icontains", "value": "Paris", "weight": 2},
                    {"type": "llm-rubric", "value": "is polite", "provider": "x"},
                    {"type": "not-contains", "value": "London"}],
         "threshold": 0.5},
        {"prompt": "Weather in Paris?", "tools": [TOOL],
         "checks": [{"type": "tool-call", "value": "get_weather"},
                    {"type": "similar", "value": "x", "threshold": 0.8}]},
        {"prompt": "Describe {{name}} as JSON.", "vars": {"name": "Ada", "shape": {"required": ["age"]}},
         "checks": [{"type": "is-json", "value": "{{ shape }}"}]},  # a schema from the vars
    ]  # fmt: skip
    file = tmp_path / "my-suite.jsonl"
    file.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")

    suite = load_jsonl(file)
    assert (suite.name, len(suite.cases), suite.unsupported) == ("my-suite", 3, ())  # with a judge, an embedder
    first, second, third = suite.cases
    assert (first.vars, first.threshold, first.description, render(first)) == (
        {"country": "France"}, 0.5, "Capitals", "Capital of France?"
    )  # fmt: skip
    assert first.checks[0] == Check("icontains", "Paris", weight=2.0)
    assert first.checks[1].raw == lines[0]["checks"][1]  # kept as written, fields Hearth does not read included
    assert (second.tools, second.checks[1].threshold) == ((TOOL,), 0.8)
    assert [json.loads(line) for line in to_jsonl(suite).splitlines()] == lines
    assert parse_jsonl(to_jsonl(suite), name="again").cases == suite.cases

    assert [grade(third, Reply(text)).passed for text in ('{"age": 36}', '{"name": "Ada"}')] == [True, False]
    graded = grade(first, Reply("It is Paris."))
    assert (graded.passed, graded.score) == (True, 1.0)  # without a judge, the rubric is listed, never counted


JSONL_ERRORS = [
    ('{"prompt": "a"}\n\n{"prompt": "b",}', "Line 3 of the suite is not JSON: Expecting property name"),
    ('{"prompt": "a"}\n["b"]', "Line 2 of the suite: a case must be a JSON object"),
    ('{"prompt": " "}', "Line 1 of the suite: the case has no “prompt”"),
    ('{"prompt": "a", "assert": []}', "Line 1 of the suite: “assert” is not part of a case; a case may have"),
    ('{"prompt": "a", "vars": []}', "Line 1 of the suite: “vars” must be an object"),
    ('{"prompt": "a", "checks": {}}', "Line 1 of the suite: “checks” must be a list"),
    ('{"prompt": "a", "checks": [{"value": "x"}]}', "Line 1 of the suite: check 1 needs a “type”"),
    ('{"prompt": "a", "checks": [{"type": "contains", "value": "x", "weight": "high"}]}', "check 1's “weight”"),
    ('{"prompt": "a", "checks": [{"type": "icontains"}, {"type": "regex", "value": "("}]}', "check 1 (icontains)"),
    ('{"prompt": "a", "checks": [{"type": "regex", "value": "("}]}', "check 1 (regex): The pattern “(” is not"),
    ('{"prompt": "a", "threshold": 2}', "the case's “threshold” must be a number from 0 to 1"),
    ('{"prompt": "a", "tools": [{"type": "function"}]}', "“tools” must be a list of OpenAI tools"),
    ('{"prompt": "In {{city}}?", "vars": {"town": "x"}}', "Line 1 of the suite: the prompt asks for the variable"),
    ("\n  \n", "There are no cases in the suite"),
]


def test_jsonl_errors_name_the_line_and_the_fix() -> None:
    for text, message in JSONL_ERRORS:
        with pytest.raises(SuiteError) as caught:
            parse_jsonl(text, name="x")
        assert message in caught.value.message, (text, caught.value.message)


def test_a_table_becomes_one_case_a_row(tmp_path: Path) -> None:
    table = tmp_path / "capitals.csv"
    table.write_text(
        "\ufeffcountry,capital,__description,__expected\n"
        'France,Paris,French capital,"icontains: paris"\n'
        "\n"
        '"Korea, South",Seoul,,\n'
        "Peru,Lima,,Lima\n"
        'Chile,Santiago,,"javascript: output.length < 50"\n'
        'Cuba,Havana,,"Note: Havana"\n',
        encoding="utf-8",
    )
    rows = read_table(table)
    assert rows[1] == {"country": "Korea, South", "capital": "Seoul", "__description": "", "__expected": ""}
    check = Check("contains", "{{capital}}")
    cases = cases_from_table("What is the capital of {{country}}?", rows, [check])
    countries = ("France", "Korea, South", "Peru", "Chile", "Cuba")
    assert [render(case) for case in cases] == [f"What is the capital of {c}?" for c in countries]
    assert cases[0].vars == {"country": "France", "capital": "Paris"}  # the __ columns are not variables
    assert (cases[0].description, cases[0].checks[1].type, cases[0].checks[1].value) == (
        "French capital", "icontains", "paris"
    )  # fmt: skip
    assert (cases[1].checks, cases[2].checks[1].type) == ((check,), "equals")
    assert cases[3].checks[1].raw == {"type": "javascript", "value": "output.length < 50"}  # kept, not run
    assert unsupported_types(cases) == ("javascript",)
    assert cases[4].checks[1] == Check("equals", "Note: Havana")  # not a type: text to equal
    assert run_check(check, Reply("Seoul, of course."), cases[1]).passed  # the check's value filled from the row

    semicolons = tmp_path / "semicolons.csv"
    semicolons.write_text("city;country\nLyon;France\n", encoding="utf-8")
    assert read_table(semicolons) == [{"city": "Lyon", "country": "France"}]

    problems = [
        ("country,capital\nFrance,Paris,Europe\n", "Line 2 of", "has 3 cells, but the first row names 2 columns"),
        ("country,country\nFrance,Paris\n", "The first row of", "must name each column once"),
        ("", "The table", "is empty"),
    ]
    for text, start, middle in problems:
        table.write_text(text, encoding="utf-8")
        with pytest.raises(SuiteError) as caught:
            read_table(table)
        assert caught.value.message.startswith(start)
        assert middle in caught.value.message
    with pytest.raises(SuiteError, match="Row 2 of the table: The prompt asks for the variable “country”"):
        cases_from_table("Capital of {{country}}?", [{"country": "France"}, {"nation": "Peru"}], [])
    with pytest.raises(SuiteError, match="The table has no rows"):
        cases_from_table("Capital of {{country}}?", [], [])


def _calls(name: str, **arguments: object) -> Reply:
    return Reply("", tool_calls=(ToolCall("call-1", name, arguments),))


# A right answer to every ready case, so a check written wrongly (one no reply could pass) is found here.
RIGHT_ANSWERS: dict[str, list[Reply]] = {
    "instruction-following": [
        Reply("A small, soft cat naps in the sun."),
        Reply(" ".join(["Sleep lets the body rest and the mind sort the day."] * 4)),
        Reply("The sea is wide. Its waves roll in all day."),
        Reply("the capital of france is paris."),
        Reply("Ingredients: bread, butter.\nSteps: toast the bread, then butter it."),
        Reply("Yes, heat gives water molecules the energy to escape as vapour."),
        Reply("- Apple\n- Pear\n- Plum\n"),
        Reply("OK"),
    ],
    "own-language": [
        Reply("La capitale de l'Italie est Rome."),
        Reply("Eine Woche hat sieben Tage."),
        Reply("El cielo es azul en un día despejado."),
        Reply("La capitale della Francia è Parigi."),
        Reply("A capital do Brasil é Brasília."),
        Reply("Летом трава зелёная."),
        Reply("日本の首都は東京です。"),
        Reply("一年有十二个月。"),
    ],
    "structured-output": [
        Reply('{"answer": 4}'),
        Reply('{"name": "Ada", "age": 36}'),
        Reply('["red", "yellow", "blue"]'),
        Reply('{"sentiment": "positive"}'),
        Reply('{"title": "Team picnic", "date": "2025-06-14"}'),
        Reply(
            '{"customer": "Bo", "items": [{"name": "apple", "quantity": 2, "price": 0.5},'
            ' {"name": "bread", "quantity": 1, "price": 2.2}]}'
        ),
        Reply('JSON carries data between programs, for example: {"city": "Oslo"}'),
    ],
    "summaries-keep-facts": [
        Reply("The council approved 4.2 million euros for a library opening in March 2026."),
        Reply("Maria Lopez won the Boston marathon in 2:21."),
        Reply("12,000 e-bikes are recalled for a faulty battery, with a free replacement."),
        Reply("Walking 30 minutes a day lowered blood pressure in a study of 300 adults."),
        Reply("Flight BA117 is delayed three hours by a storm; passengers get meal vouchers."),
    ],
    "tool-arguments": [
        _calls("get_weather", city="Paris"),
        _calls("set_timer", minutes=15),
        _calls("convert_currency", amount=20, from_currency="EUR", to_currency="USD"),
        _calls("get_time", city="Tokyo"),
        _calls("send_email", to="bo@example.com", subject="Lunch", body="Does noon work?"),
        _calls("search_notes", query="taxes", limit=3),
        Reply("2 + 2 = 4."),
    ],
}  # fmt: skip


def test_every_ready_suite_loads_runs_only_known_checks_and_can_be_passed() -> None:
    suites = {suite.name: suite for suite in ready_suites()}
    assert set(suites) == set(RIGHT_ANSWERS)
    for name, suite in suites.items():
        assert 5 <= len(suite.cases) <= 8, name
        assert suite.unsupported == (), name
        for case, answer in zip(suite.cases, RIGHT_ANSWERS[name], strict=True):
            assert case.description, case
            assert render(case).strip()
            assert {check.type for check in case.checks} <= KNOWN_TYPES
            offered = {tool["function"]["name"] for tool in case.tools}
            for check in case.checks:
                if check.type.endswith("tool-call"):
                    assert (check.value if isinstance(check.value, str) else check.value["name"]) in offered
            graded = grade(case, answer)
            assert graded.passed, [outcome.reason for outcome in graded.outcomes]
            assert not grade(case, Reply("")).passed, case  # and an empty reply passes none

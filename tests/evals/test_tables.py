"""The three tables, flaky cases, the sentence and the reports, on a fixed set of graded results (no model)."""

from __future__ import annotations

import csv
import io
import json

from app.engines.chat_types import StopReason, ToolCall
from app.evals import report
from app.evals.cases import Case, Check, CheckOutcome, Graded, Reply
from app.evals.run import flaky_cases
from app.evals.store import EvalResult, EvalRun, GrammarReply
from app.evals.tables import ComputerRow, ModelHere, RealWorkRow, recommend, reliability, tables

SCHEMA = {"type": "object", "required": ["ok"]}
CASES = (
    Case("Say hi.", checks=(Check("icontains", "hi"),)),
    Case("Give JSON.", checks=(Check("is-json", SCHEMA),), description="JSON with ok"),
    Case("Count.", checks=(Check("contains", "3"),)),
)
APACHE = {"licence": "Apache-2.0", "licence_tier": 1, "commercial_use": True}
GEMMA_TERMS = {"licence": "Gemma", "licence_tier": 2, "commercial_use": False}
HERE = {
    "A": {"verdict": "Runs on your processor", "runs_here": True, "memory_bytes": 600_000_000} | GEMMA_TERMS,
    "B": {"verdict": "Runs on your processor", "runs_here": True, "memory_bytes": 300_000_000} | APACHE,
}


def result(
    model: str, case: int, repeat: int, text: str, passed: bool, grammar: GrammarReply | None = None, **reply: object
) -> EvalResult:
    check = CASES[case].checks[0]
    outcome = CheckOutcome(check, passed, float(passed), "as expected" if passed else "not found")
    made = Reply(text, ttft_s=0.2, tokens_per_second=10.0 + repeat, generated_tokens=5, **reply)  # type: ignore[arg-type]
    graded = Graded(passed, float(passed), (outcome,))
    return EvalResult(model, case, repeat, 7 + repeat, made, graded, grammar=grammar)


FORCED = GrammarReply('{"ok": 1}', True, "The reply is valid JSON that matches the schema.")
CUT = GrammarReply('{"ok', False, "The reply is not valid JSON (Unterminated string at line 1, column 2).")


RESULTS = [
    # A: case 0 passes on both seeds, case 1 (JSON) only on seed 0: flaky; case 2 always fails and is cut once
    result("A", 0, 0, "hi there", True),
    result("A", 0, 1, "hi", True),
    result("A", 1, 0, '{"ok": 1}', True, FORCED),  # asked again with the schema's grammar: valid
    result("A", 1, 1, '{"no": 1}', False, CUT),  # and cut by the length limit
    result("A", 2, 0, "one two", False, stop_reason=StopReason.MAX_TOKENS),
    result("A", 2, 1, "one", False),
    # B: passes case 0 and 2 on both seeds, never writes JSON, and takes no grammar (another computer's model)
    result("B", 0, 0, "hi", True),
    result("B", 0, 1, "hi", True),
    result("B", 1, 0, "ok", False),
    result("B", 1, 1, "ok", False),
    result("B", 2, 0, "1 2 3", True),
    result("B", 2, 1, "1 2 3", True),
]
RUN = EvalRun(1, "mine", "f", CASES, ("A", "B"), 2, 7, {}, HERE, True)


def test_flaky_cases_are_those_passing_on_some_seeds_and_failing_on_others() -> None:
    assert flaky_cases(RESULTS) == {"A": [1], "B": []}
    assert flaky_cases(RESULTS[:1]) == {"A": []}


def test_the_three_tables_count_cases_json_schemas_cuts_spread_and_medians() -> None:
    made = tables(RUN, RESULTS, "personal")
    work = {r.model: r for r in made.real_work}
    assert (work["A"].passed, work["A"].replies, work["A"].pass_rate) == (3, 6, 0.5)
    assert work["B"].pass_rate == 4 / 6
    steady = {r.model: r for r in made.reliability}
    assert steady["A"].json_valid_rate == 1.0  # both replies are JSON; one misses the schema
    assert steady["A"].schema_valid_rate == 0.5
    assert steady["A"].schema_valid_with_grammar_rate == 0.5
    assert steady["B"].schema_valid_with_grammar_rate is None  # not measured
    assert steady["B"].json_valid_rate == 0.0
    assert steady["A"].tool_args_valid_rate is None  # the suite offers no tools
    assert steady["A"].length_cut_rate == 1 / 6
    assert steady["A"].pass_rate_spread == 2 / 3 - 1 / 3  # seed 7 passed 2 of 3, seed 8 1 of 3
    assert steady["B"].pass_rate_spread == 0.0
    assert steady["A"].flaky == (1,)
    assert [(d.case_index, d.outcomes) for d in made.disagreements] == [
        (1, {"A": "flaky", "B": "failed"}),
        (2, {"A": "failed", "B": "passed"}),
    ]
    computer = {r.model: r for r in made.this_computer}
    assert computer["A"].median_tokens_per_second == 10.5
    assert computer["A"].median_ttft_s == 0.2
    assert computer["B"].here.memory_bytes == 300_000_000
    assert computer["B"].here.licence_label == "Apache-2.0 · Free (Apache, MIT, BSD)"
    assert made.recommendation == (
        "B passes the most cases (67 %) among the models that run here and whose licence allows personal use."
    )


def test_the_sentence_weighs_the_licence_the_fit_and_says_why_none_suits() -> None:
    def row(model: str, passed: int, **here: object) -> tuple[RealWorkRow, ComputerRow]:
        facts = ModelHere("Runs on your processor", runs_here=True) if not here else ModelHere(**here)  # type: ignore[arg-type]
        return RealWorkRow(model, passed, 4), ComputerRow(model, 0.1, 10.0, facts)

    free = {"verdict": "Runs", "runs_here": True, "licence": "MIT", "licence_tier": 1, "commercial_use": True}
    personal = {"verdict": "Runs", "runs_here": True, "licence": "NC", "licence_tier": 4, "commercial_use": False}
    a, b = row("A", 4, **personal), row("B", 2, **free)
    assert recommend([a[0], b[0]], [a[1], b[1]], "commercial") == (
        "B passes the most cases (50 %) among the models that run here and whose licence allows business use "
        "(A passes 100 %, but its licence (NC) does not allow business use)."
    )
    assert recommend([a[0]], [a[1]], "commercial") == (
        "None of the models that run here has a licence that allows business use "
        "(A: its licence (NC) does not allow business use)."
    )
    unknown = row("C", 3)
    assert recommend([unknown[0]], [unknown[1]], "personal").endswith(
        "; its licence is not known to Hearth: read its model card."
    )
    assert "not known to Hearth" in recommend([unknown[0]], [unknown[1]], "commercial")
    too_large = row("D", 4, verdict="Too large for this computer", runs_here=False)
    assert recommend([too_large[0]], [too_large[1]]) == (
        "None of these models runs on this computer, so Hearth recommends none of them here."
    )
    zero = row("E", 0, **free)
    assert recommend([zero[0]], [zero[1]], "commercial").startswith("No model that runs here")


def test_reports_as_json_csv_html_and_text_carry_the_same_results() -> None:
    made = tables(RUN, RESULTS, "personal")
    document = json.loads(report.to_json(RUN, RESULTS, made, ["the earlier run 0 differs."]))
    model_keys = {"model", "pass_rate", "json_valid_rate", "schema_valid_rate", "tool_args_valid_rate",
                  "length_cut_rate", "median_tokens_per_second", "verdict"}  # fmt: skip
    assert model_keys <= set(document["models"][0])
    assert [m["pass_rate"] for m in document["models"]] == [0.5, 0.6667]
    assert [m["schema_valid_with_grammar_rate"] for m in document["models"]] == [0.5, None]
    with_grammar = [c.get("with_grammar") for c in document["cases"] if c["index"] == 1]
    assert with_grammar == [FORCED.to_json(), CUT.to_json(), None, None]
    case_keys = {"index", "model", "repeat", "reply", "passed", "score", "checks"}
    assert all(case_keys <= set(c) for c in document["cases"])
    assert len(document["cases"]) == 12
    assert document["cases"][0]["checks"] == [
        {"type": "icontains", "value": "hi", "passed": True, "reason": "as expected"}
    ]
    assert document["flaky"] == {"A": [1], "B": []}
    assert document["not_comparable"] == ["the earlier run 0 differs."]
    rows = list(csv.reader(io.StringIO(report.to_csv(RUN, RESULTS))))
    assert rows[0] == list(report.CSV_COLUMNS)
    assert len(rows) == 13
    assert rows[6][-2] == "is-json: not found"  # A's case 1, seed 8: its failed check
    column = report.CSV_COLUMNS.index("schema_valid_with_grammar")
    assert [row[column] for row in rows[5:9]] == ["True", "False", "", ""]
    page = report.to_html(RUN, RESULTS, made)
    assert page.startswith("<!doctype html>")
    assert "<script" not in page
    assert "http" not in page  # self-contained: nothing fetched
    assert "B passes the most cases" in page
    text = report.as_text(made)
    assert text.splitlines()[0] == "Real work"
    assert "Reliability" in text
    assert "This computer" in text
    assert "#2 JSON with ok: A flaky, B failed" in text
    header, row_a, row_b = text.split("\n\n")[1].splitlines()[1:4]
    assert "Schema valid with Hearth's grammar" in header
    assert " ".join(row_a.split()[1:6]) == "100 % 50 % 50"  # JSON valid, schema valid, with the grammar
    assert " ".join(row_b.split()[1:6]) == "0 % 0 % —"
    assert "with Hearth's grammar:</small> <small>The reply is not valid JSON" in page
    assert text.rstrip().endswith("whose licence allows personal use.")


def test_tool_arguments_are_valid_when_each_call_names_an_offered_tool_with_arguments_matching_its_schema() -> None:
    weather = {
        "type": "function",
        "function": {
            "name": "weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
    case = Case("Weather in Paris?", checks=(Check("tool-call", "weather"),), tools=(weather,))
    calls = [
        (ToolCall("1", "weather", {"city": "Paris"}),),  # valid
        (ToolCall("2", "weather", {"city": 7}), ToolCall("3", "forecast", {"city": "Paris"})),  # wrong type, unknown
        (),  # no call: nothing to count
    ]
    results = [
        EvalResult("A", 0, repeat, repeat, Reply("", tool_calls=made), Graded(bool(made), 1.0, ()))
        for repeat, made in enumerate(calls)
    ]
    (row,) = reliability(results, (case,), ("A",))
    assert row.tool_args_valid_rate == 1 / 3
    assert row.json_valid_rate is None

"""The person's own suites: files in Hearth's data folder, listed by name, saved whole, renamed and deleted; prompts
with a table of values as one case per row, grouped back on loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import paths
from app.evals import own_suites
from app.evals.cases import Case, Check
from app.evals.own_suites import OwnSuiteError, TablePrompt
from app.evals.suite import SuiteError, load_jsonl


def test_save_list_rename_delete_and_a_suite_that_would_not_run_is_never_written(hearth_home: Path) -> None:
    assert own_suites.names() == []
    prompt = TablePrompt(
        "Capital of {{country}}?",
        checks=(Check("icontains", "{{capital}}"),),
        threshold=0.5,
        rows=({"country": "France", "capital": "Paris"}, {"country": "Italy", "capital": "Rome"}),
    )
    plain = Case("Say hi.", checks=(Check("word-count-max", 5),))
    alone = TablePrompt(plain.prompt, plain.checks)
    saved = own_suites.save("capitals: a/b test", own_suites.cases_of([prompt, alone]))

    assert saved.name == "capitals- a-b test"  # a safe file name on every system
    path = paths.resolve().data / "suites" / "capitals- a-b test.jsonl"
    assert path.is_file()
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [line.get("vars") for line in lines] == [
        {"country": "France", "capital": "Paris"},
        {"country": "Italy", "capital": "Rome"},
        None,
    ]
    assert own_suites.group(load_jsonl(path).cases) == [prompt, alone]

    own_suites.save("Another", [plain])
    assert own_suites.names() == ["Another", "capitals- a-b test"]
    suites, problems = own_suites.load_all()
    assert [s.name for s in suites] == ["Another", "capitals- a-b test"]
    assert problems == []
    assert own_suites.free_name("Another") == "Another 2"

    with pytest.raises(OwnSuiteError, match="already a suite named “Another”"):
        own_suites.rename("capitals- a-b test", "Another")
    assert own_suites.rename("capitals- a-b test", "Capitals") == "Capitals"
    own_suites.delete("Another")
    assert own_suites.names() == ["Capitals"]

    with pytest.raises(SuiteError, match="not a regular expression"):
        own_suites.save("Broken", [Case("Hi", checks=(Check("regex", "(unclosed"),))])
    assert not own_suites.exists("Broken")

    (path.parent / "damaged.jsonl").write_text("not json\n", encoding="utf-8")
    suites, problems = own_suites.load_all()
    assert [s.name for s in suites] == ["Capitals"]
    assert "Line 1" in problems[0]


def test_safe_names_and_grouping_keeps_equal_cases_without_vars_apart() -> None:
    assert own_suites.safe_name("  ..CON  ") == "CON suite"
    assert own_suites.safe_name("???") == own_suites.DEFAULT_NAME
    assert own_suites.safe_name("Résumés\tand   notes.") == "Résumés and notes"
    assert len(own_suites.safe_name("x" * 300)) == own_suites.MAX_NAME
    same = Case("Say hi.")
    with_vars = Case("Hi {{name}}", {"name": "Ada"})
    other_checks = Case("Hi {{name}}", {"name": "Bo"}, checks=(Check("contains", "Bo"),))
    grouped = own_suites.group([same, same, with_vars, other_checks])
    assert [len(p.cases()) for p in grouped] == [1, 1, 1, 1]

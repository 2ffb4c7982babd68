"""promptfoo's configuration in and out: a realistic promptfooconfig.yaml (two prompts, inline and CSV tests,
defaultTest, weights, thresholds, assertion types Hearth does not run) read as cases, and written back with what
Hearth does not run unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.evals.cases import Case, Check, Suite
from app.evals.promptfoo import UnreadablePromptfooConfig, read_config, write_config

CONFIG = """\
description: Capitals and sums
prompts:
  - 'Answer in one word: {{question}}'
  - file://prompts/careful.txt
providers:
  - id: openai:gpt-4o-mini
    config:
      temperature: 0
  - ollama:chat:llama3
defaultTest:
  vars:
    tone: plain
  assert:
    - type: not-icontains
      value: as an AI
    - type: latency
      threshold: 5000
tests:
  - description: capital of France
    vars:
      question: What is the capital of France?
    assert:
      - type: icontains
        value: paris
        weight: 2
      - type: llm-rubric
        value: Names the city and nothing else
        provider: openai:gpt-4o
  - vars:
      question: What is 2 + 2?
    threshold: 0.5
    options:
      transform: output.trim()
    metadata:
      topic: sums
    assert:
      - type: equals
        value: '4'
      - type: javascript
        value: output.length < 20
        metric: brevity
  - file://tests.csv
"""

CSV = (
    "question,__expected1,__expected2,__description\n"
    'What is the capital of Japan?,icontains:tokyo,"contains-any:Tokyo,東京",capital of Japan\n'
    'Name a primary colour.,"icontains-any:red,blue,yellow",,colours\n'
)

FIRST = "Answer in one word: {{question}}"
SECOND = "Think it through, then answer: {{question}}"
DEFAULT = (Check("not-icontains", "as an AI"), Check("latency", threshold=5000.0))


def write_project(folder: Path) -> Path:
    (folder / "prompts").mkdir()
    (folder / "prompts" / "careful.txt").write_text(SECOND + "\n", encoding="utf-8")
    (folder / "tests.csv").write_text(CSV, encoding="utf-8")
    config = folder / "promptfooconfig.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    return config


def unsupported_as_written(suite: Suite) -> list[dict[str, Any]]:
    return [check.raw for case in suite.cases for check in case.checks if check.type in suite.unsupported]


def test_a_promptfoo_config_is_read_as_cases_and_written_back_unchanged_in_what_hearth_does_not_run(
    tmp_path: Path,
) -> None:
    config = write_project(tmp_path)
    suite = read_config(config)

    assert suite.name == "Capitals and sums"
    assert suite.unsupported == ("javascript",)  # llm-rubric runs with a judge (Hearth's, not the file's provider)
    assert len(suite.cases) == 8  # four tests (two inline, two CSV rows) × two prompts, test by test
    assert [c.prompt for c in suite.cases] == [FIRST, SECOND] * 4
    france, france_careful, sums, _, japan, _, colours, _ = suite.cases
    assert france == Case(
        FIRST,
        {"tone": "plain", "question": "What is the capital of France?"},
        (*DEFAULT, Check("icontains", "paris", weight=2.0), Check("llm-rubric", "Names the city and nothing else")),
        description="capital of France",
    )
    assert dataclasses.replace(france_careful, prompt=FIRST) == france
    assert france.checks[3].raw == {
        "type": "llm-rubric",
        "value": "Names the city and nothing else",
        "provider": "openai:gpt-4o",
    }
    assert sums.threshold == 0.5
    assert sums.checks[3].raw == {"type": "javascript", "value": "output.length < 20", "metric": "brevity"}
    assert japan == Case(
        FIRST,
        {"tone": "plain", "question": "What is the capital of Japan?"},
        (*DEFAULT, Check("icontains", "tokyo"), Check("contains-any", ["Tokyo", "東京"])),
        description="capital of Japan",
    )
    assert colours.checks[2:] == (Check("icontains-any", ["red", "blue", "yellow"]),)

    # Unchanged: the same file back, in another name beside it.
    again = tmp_path / "again.yaml"
    write_config(suite, again)
    assert yaml.safe_load(again.read_text(encoding="utf-8")) == yaml.safe_load(CONFIG)
    assert read_config(again).cases == suite.cases

    # Edited in Hearth, written to another folder: Hearth's edits land, the rest of the file is as it was.
    edited_cases = [
        *(
            dataclasses.replace(c, checks=(*DEFAULT, Check("equals", "four"), c.checks[3]))
            if c.vars["question"] == "What is 2 + 2?"
            else c
            for c in suite.cases
        ),
        Case(FIRST, {"tone": "plain", "question": "Largest planet?"}, (*DEFAULT, Check("icontains", "jupiter"))),
    ]
    japan_edited = (*japan.checks, Check("starts-with", "Tokyo"))
    edited_cases[4:6] = [dataclasses.replace(c, checks=japan_edited) for c in edited_cases[4:6]]
    edited = dataclasses.replace(suite, cases=tuple(edited_cases))
    out = tmp_path / "export" / "promptfooconfig.yaml"
    write_config(edited, out)

    back = read_config(out)
    assert back.cases == edited.cases
    assert back.unsupported == suite.unsupported
    assert unsupported_as_written(back) == unsupported_as_written(suite)
    written: dict[str, Any] = yaml.safe_load(out.read_text(encoding="utf-8"))
    original: dict[str, Any] = yaml.safe_load(CONFIG)
    assert written["providers"] == original["providers"]
    assert written["defaultTest"] == original["defaultTest"]
    assert written["tests"][0] == original["tests"][0]  # untouched test: as written, llm-rubric's provider kept
    sums_test = written["tests"][1]
    assert {k: v for k, v in sums_test.items() if k != "assert"} == {
        k: v for k, v in original["tests"][1].items() if k != "assert"
    }
    assert sums_test["assert"] == [{"type": "equals", "value": "four"}, original["tests"][1]["assert"][1]]
    assert written["prompts"][1] == "file://../prompts/careful.txt"  # still the file, from the new folder
    assert written["prompts"][0] == {"raw": FIRST, "label": "prompt 1"}  # named, for the new test's filter
    assert written["tests"][-1]["prompts"] == ["prompt 1"]


def test_a_file_that_is_not_a_promptfoo_config_is_a_sentence_naming_what_is_wrong(tmp_path: Path) -> None:
    broken = tmp_path / "promptfooconfig.yaml"
    cases = {
        "prompts: ['unclosed\n": "not valid YAML",
        "- just\n- a list\n": "'prompts' and 'tests'",
        "tests: []\n": "no 'prompts'",
        "prompts: [hi]\ntests: 5\n": "'tests'",
        "prompts: [hi]\ntests:\n  - assert: [{value: 1}]\n": "no type",
        "prompts: [file://missing.txt]\n": "missing.txt",
        "prompts: [hi]\ntests: file://cases.xlsx\n": "cases.xlsx",
    }
    for text, named in cases.items():
        broken.write_text(text, encoding="utf-8")
        with pytest.raises(UnreadablePromptfooConfig) as caught:
            read_config(broken)
        assert named in caught.value.message, caught.value.message
        assert caught.value.message.startswith("Hearth cannot read promptfooconfig.yaml as a promptfoo configuration:")

"""`hearth eval` with the real Qwen model: the documented JSON, the report file, a refusal before anything runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from tests.cli.test_compare import far_too_large

SUITE = [
    {
        "prompt": "Say hello to {{name}}.",
        "vars": {"name": "Ada"},
        "checks": [{"type": "not-contains", "value": "zqxj"}, {"type": "similar", "value": "Hello, Ada!"}],
    },
    {"prompt": "Name a colour.", "checks": [{"type": "contains", "value": "zqxj"}]},
]


def suite_file(folder: Path) -> Path:
    path = folder / "mine.jsonl"
    path.write_text("".join(json.dumps(case) + "\n" for case in SUITE), encoding="utf-8")
    return path


@pytest.mark.model
def test_json_is_the_documented_document_and_the_report_is_written(
    qwen_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "report.html"
    argv = ["eval", str(suite_file(tmp_path)), "--model", str(qwen_gguf), "--max-tokens", "6", "--context", "1024"]
    code = cli.main([*argv, "--temperature", "0", "--seed", "3", "--json", "--report", str(page)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    document = json.loads(captured.out)
    assert {"models", "cases", "flaky", "recommendation", "provenance"} <= set(document)
    (model,) = document["models"]
    assert {"model", "pass_rate", "json_valid_rate", "schema_valid_rate", "tool_args_valid_rate", "length_cut_rate",
            "median_tokens_per_second", "verdict"} <= set(model)  # fmt: skip
    assert model["model"] == qwen_gguf.stem
    assert model["pass_rate"] == 0.5  # the first case's check passes whatever is written, the second's never
    assert model["json_valid_rate"] is None
    assert model["schema_valid_with_grammar_rate"] is None  # no schema asked
    assert model["verdict"]
    assert [(c["index"], c["model"], c["repeat"], c["passed"]) for c in document["cases"]] == [
        (0, qwen_gguf.stem, 0, True),
        (1, qwen_gguf.stem, 0, False),
    ]
    assert {"index", "model", "repeat", "reply", "passed", "score", "checks"} <= set(document["cases"][0])
    assert document["cases"][1]["checks"][0]["type"] == "contains"
    assert set(document["cases"][1]["checks"][0]) == {"type", "value", "passed", "reason"}
    assert document["provenance"][qwen_gguf.stem]["seeds"] == [3]
    assert document["recommendation"].startswith(f"{qwen_gguf.stem} passes the most cases (50 %)")
    assert "[2/2]" in captured.err
    assert "the suite's “similar” checks need an embedding model: give --embedder MODEL to run them" in captured.err
    similar = document["cases"][0]["checks"][1]
    assert (similar["type"], similar["passed"]) == ("similar", False)  # listed, never counted: case 0 passed
    assert similar["reason"] == "Choose an embedding model to run “similar” checks."
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert document["recommendation"] in html


def test_a_model_that_cannot_run_here_is_refused_with_its_sentence_before_anything_runs(
    qwen_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = far_too_large(tmp_path / "huge.gguf")
    code = cli.main(["eval", str(suite_file(tmp_path)), "--model", str(qwen_gguf), "--model", str(huge), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.startswith("hearth: huge.gguf: Needs about")
    assert len(captured.err.strip().splitlines()) == 1

    code = cli.main(["eval", str(suite_file(tmp_path)), "--model", str(qwen_gguf), "--embedder", str(qwen_gguf)])
    captured = capsys.readouterr()
    assert code == 1
    assert "is a chat model, not an embedding model" in captured.err
    assert "reading" not in captured.err  # refused before any model file is read whole


def test_bad_usage_and_an_unknown_suite_are_said_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["eval", "x.jsonl", "--model", "a.gguf", "--repeats", "0"]) == 2
    assert "--repeats must be at least 1" in capsys.readouterr().err
    assert cli.main(["eval", "no-such-suite", "--model", "a.gguf"]) == 1
    assert "no ready suite has that name" in capsys.readouterr().err

"""`hearth self-test` from the source install: every check runs with the real models, and one failing check
never hides the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.cli.self_test_checks import CheckResult, Status, _guarded

pytestmark = pytest.mark.model


def test_self_test_passes_with_a_chat_and_a_whisper_model(
    qwen_gguf: Path, whisper_base_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(qwen_gguf)]) == 0
    assert main(["import", str(whisper_base_dir)]) == 0
    capsys.readouterr()
    assert main(["self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    details = {check["name"]: (check["status"], check["detail"]) for check in report["checks"]}
    assert {status for status, _ in details.values()} == {"passed"}
    assert "tokens/s" in details["A chat model answers"][1]
    assert "faster-whisper-base" in details["A Whisper model listens"][1]


def test_without_models_the_model_checks_are_skipped_and_say_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert "skip  A chat model answers: no chat model is installed" in out
    assert "skip  A Whisper model listens: no Whisper model is installed" in out
    assert out.rstrip().endswith("All checks passed.")


def test_a_check_that_breaks_is_reported_and_does_not_raise() -> None:
    def broken() -> tuple[Status, str]:
        raise OSError("libggml-cpu.so: cannot open shared object file")

    assert _guarded("Chat engine (llama.cpp)", broken) == CheckResult(
        "Chat engine (llama.cpp)", Status.FAILED, "OSError: libggml-cpu.so: cannot open shared object file"
    )

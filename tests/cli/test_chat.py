"""`hearth chat`: one reply as JSON, a conversation over stdin, and the usual exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app import cli
from app.cli import chat


@pytest.fixture(autouse=True)
def chat_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until app/cli/__init__.py lists it, the test puts the command on the parser itself."""
    if chat not in cli._COMMANDS:
        monkeypatch.setattr(cli, "_COMMANDS", (*cli._COMMANDS, chat))


@pytest.mark.model
def test_json_reply_has_the_documented_shape(qwen_gguf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["chat", "--model", str(qwen_gguf), "--prompt", "What is the capital of France? One word.",
                     "--temperature", "0", "--seed", "1", "--max-tokens", "16", "--ctx", "1024", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    document = json.loads(out)
    assert set(document) >= {"reply", "thinking", "stats"}
    assert document["reply"].strip()  # the small model's words move with the processor: not checked
    assert document["thinking"] == ""
    assert set(document["stats"]) >= {"prompt_tokens", "generated_tokens", "ttft_s", "tokens_per_second"}
    assert document["stats"]["generated_tokens"] > 0
    assert "Loading" in err


@pytest.mark.model
def test_conversation_reads_lines_from_stdin(
    qwen_gguf: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("What is 2 + 2? Answer with the number.\n\nAnd 3 + 3?\n"))
    code = cli.main(["chat", "--model", str(qwen_gguf), "--temperature", "0", "--max-tokens", "12", "--ctx", "1024",
                     "--system", "You answer with a number only."])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    replies = [line for line in out.splitlines() if line.strip()]
    assert len(replies) == 2  # one per line read, the blank line skipped
    assert err.count("tokens/s") == 2
    assert err.count("prompt tokens reused") == 1  # the second turn keeps the first from the cache


def test_unknown_library_id_is_one_sentence_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["chat", "--model", "hearth:nobody/nothing", "--prompt", "hi"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("hearth: No model called")
    assert len(err.strip().splitlines()) == 1


def test_json_without_a_prompt_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["chat", "--model", "x.gguf", "--json"]) == 2
    assert "--json needs --prompt" in capsys.readouterr().err


@pytest.mark.model
def test_a_model_too_large_needs_anyway(qwen_gguf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["chat", "--model", str(qwen_gguf), "--prompt", "hi", "--ctx", "100000000"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("hearth: Needs about")
    assert "--anyway" in err
    assert len(err.strip().splitlines()) == 1

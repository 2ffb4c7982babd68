"""The speed-up where people see it: `hearth chat --no-speedup`, the JSON stats and the reply's numbers line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.cli import chat
from app.engines.llama import speedup

PASSAGE = (
    "The finance team finished the report on Tuesday and sent it to every manager. "
    "Our spending on travel went down, but the cost of software went up again. "
)


@pytest.fixture(autouse=True)
def chat_command(monkeypatch: pytest.MonkeyPatch) -> None:
    if chat not in cli._COMMANDS:
        monkeypatch.setattr(cli, "_COMMANDS", (*cli._COMMANDS, chat))


def json_stats(qwen_gguf: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    code = cli.main(["chat", "--model", str(qwen_gguf), "--prompt", f"{PASSAGE}\nRepeat the text above word for word.",
                     "--temperature", "0", "--max-tokens", "24", "--ctx", "1024", "--json", *extra])  # fmt: skip
    assert code == 0
    stats = json.loads(capsys.readouterr().out)["stats"]
    assert isinstance(stats, dict)
    return stats


@pytest.mark.model
def test_no_speedup_decodes_plainly_and_the_json_says_what_drafting_did(
    qwen_gguf: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speedup, "DRAFTING", True)  # off in Hearth (app/engines/llama/speedup.py says why)
    monkeypatch.setattr(speedup, "GROUNDED_TOKENS", 40)
    drafted = json_stats(qwen_gguf, capsys)
    assert isinstance(drafted["drafted_tokens"], int)
    assert drafted["drafted_tokens"] > 0
    kept = drafted["accepted_tokens"]
    assert isinstance(kept, int)
    assert 0 < kept <= drafted["drafted_tokens"]
    plain = json_stats(qwen_gguf, capsys, "--no-speedup")
    assert plain["drafted_tokens"] == 0
    assert plain["accepted_tokens"] == 0
    assert plain["speedup"] == 0

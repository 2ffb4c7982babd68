"""`hearth cache`: the setting and the states on disk shown (also as JSON), sized, turned off, cleared — over the same
folder the model host spills to (a real PromptDisk writes the states here)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app import paths, settings
from app.cli import main
from app.engines.llama.prompt_state import SavedPrompt
from app.host.prompt_cache import prompt_states_folder
from app.host.prompt_disk import MIN_TOKENS, PromptDisk


def spill_two_states() -> None:
    disk = PromptDisk(prompt_states_folder(paths.resolve()), 64 * 1024 * 1024)
    for first in (1, 2):
        tokens = np.array([first, *range(MIN_TOKENS)], dtype=np.intc)
        disk.share({"model": "a.gguf"}).offer(SavedPrompt(tokens, len(tokens), b"\1" * 10_000))
    disk.close()


def test_status_set_and_clear(capsys: pytest.CaptureFixture[str]) -> None:
    spill_two_states()
    assert main(["cache", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["prompt_cache_mb"] == 2048
    assert status["disk_entries"] == 2
    assert status["disk_bytes"] > 20_000
    assert status["folder"] == str(prompt_states_folder(paths.resolve()))

    assert main(["cache", "set", "512"]) == 0
    assert settings.load(paths.resolve().config).prompt_cache_mb == 512
    assert main(["cache", "status"]) == 0
    assert "up to 512 MB" in capsys.readouterr().out

    assert main(["cache", "clear"]) == 0
    assert "Removed 2 prompt states" in capsys.readouterr().out
    spill_two_states()
    assert main(["cache", "set", "0"]) == 0  # off: nothing stays on disk either
    assert main(["cache", "status", "--json"]) == 0
    out = capsys.readouterr().out.splitlines()[-1]
    assert (json.loads(out)["prompt_cache_mb"], json.loads(out)["disk_entries"]) == (0, 0)
    assert main(["cache", "set", "-1"]) == 1  # a sentence, not a traceback
    assert "0 or more" in capsys.readouterr().err

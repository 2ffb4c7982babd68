"""The estimate against reality: resident-memory growth of real llama.cpp loads (benchmarks/estimate_accuracy.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.locations import REPO_ROOT

pytestmark = [pytest.mark.model, pytest.mark.slow]

SCRIPT = REPO_ROOT / "benchmarks" / "estimate_accuracy.py"


def test_estimate_is_within_ten_percent_on_the_cpu(qwen_gguf: Path, gemma_gguf: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--json", str(qwen_gguf), str(gemma_gguf)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    rows = json.loads(result.stdout)
    assert {(r["model"], r["context"]) for r in rows} == {
        (model.name, context) for model in (qwen_gguf, gemma_gguf) for context in (2048, 8192, 32768)
    }
    for row in rows:
        assert abs(row["error"]) <= 0.10, row

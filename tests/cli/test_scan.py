"""`hearth scan`: the installed console script, run as a user would."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import settings

HEARTH = shutil.which("hearth", path=str(Path(sys.executable).parent))


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    assert HEARTH, "the hearth console script is installed with the package"
    return subprocess.run([HEARTH, *args], capture_output=True, text=True, timeout=60, check=False)


def test_scan_json_is_one_document_with_the_documented_keys(hearth_home: Path) -> None:
    result = hearth("scan", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["os"]["name"]
    assert set(document["cpu"]) >= {"brand", "physical_cores", "logical_cores", "features"}
    assert set(document["memory"]) == {"total_bytes", "available_bytes"}
    assert document["disk"]["path"] == str(hearth_home / "models")
    assert document["disk"]["free_bytes"] > 0
    assert isinstance(document["gpus"], list)
    for gpu in document["gpus"]:
        assert set(gpu) >= {"vendor", "name", "vram_total_bytes", "vram_free_bytes", "backend", "unified_memory"}
    assert isinstance(document["llama"]["gpu_offload_supported"], bool)
    assert isinstance(document["warnings"], list)
    assert "Scanning" in result.stderr  # progress goes to stderr, never into the JSON


def test_scan_measures_the_models_folder_chosen_in_settings(hearth_home: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "other disk" / "models"
    settings.save(hearth_home / "config", settings.Settings(models_dir=str(chosen)))
    result = hearth("scan", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["disk"]["path"] == str(chosen)


def test_scan_prints_a_readable_summary() -> None:
    result = hearth("scan")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Models up to about")
    assert "Processor" in result.stdout
    assert "Memory" in result.stdout


@pytest.mark.parametrize("args", [("scan", "--bogus"), ("no-such-command",), ()])
def test_bad_usage_exits_2(args: tuple[str, ...]) -> None:
    if not args:  # no arguments opens the window; the headless CLI alone asks for a command
        result = subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True, timeout=60, check=False)
    else:
        result = hearth(*args)
    assert result.returncode == 2
    assert "usage" in result.stderr

"""`hearth models` and `hearth estimate`: stable JSON shapes, readable text, human errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_scan import hearth
from tests.locations import DATA_DIR

PROFILES = DATA_DIR / "profiles"
RTX3060 = str(PROFILES / "desktop-rtx3060-12gb-32gb.json")
LAPTOP = str(PROFILES / "laptop-8gb-no-gpu.json")


def test_models_json_lists_every_model_with_its_verdict() -> None:
    result = hearth("models", "--json", "--profile", RTX3060)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert len(entries) >= 45
    for entry in entries:
        assert {"id", "name", "tasks", "modalities", "license", "verdict"} <= set(entry)
        assert set(entry["license"]) == {"name", "tier", "commercial_use"}
        assert entry["verdict"] in {"gpu", "partial", "cpu", "too_large"}


def test_models_filters_by_task_fit_and_licence() -> None:
    result = hearth("models", "--json", "--task", "code", "--fits", "--commercial", "--profile", LAPTOP)
    entries = json.loads(result.stdout)
    assert entries
    assert all("code" in e["tasks"] and e["verdict"] != "too_large" and e["license"]["commercial_use"] for e in entries)
    assert "codestral-22b" not in {e["id"] for e in entries}  # non-production licence


def test_models_table_is_readable() -> None:
    result = hearth("models", "--task", "speech", "--profile", LAPTOP)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].split() == ["ID", "SIZE", "LICENCE", "VERDICT"]
    assert "whisper-base" in result.stdout


def test_estimate_json_shape_for_a_catalog_model() -> None:
    result = hearth("estimate", "qwen2.5-coder-32b:Q4_K_M", "--ctx", "8192", "--json", "--profile", RTX3060)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["context"] == 8192
    assert doc["verdict"] == "partial"
    assert 0 < doc["gpu_layers"] < 65
    assert set(doc["devices"]) == {"cpu", "gpu0"}
    for device in doc["devices"].values():
        assert set(device) == {
            "weights_bytes", "kv_bytes", "compute_bytes", "output_bytes", "overhead_bytes", "total_bytes"
        }  # fmt: skip
    assert doc["total_bytes"] == sum(d["total_bytes"] for d in doc["devices"].values())
    assert doc["reason"].startswith("Needs about")


@pytest.mark.model
def test_estimate_of_a_local_file_prints_the_breakdown(qwen_gguf: Path) -> None:
    result = hearth("estimate", str(qwen_gguf), "--ctx", "2048")
    assert result.returncode == 0, result.stderr
    assert "kv cache" in result.stdout
    assert "Memory by context: 2K" in result.stdout


def test_estimate_of_a_damaged_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + bytes(10))
    result = hearth("estimate", str(broken), "--profile", LAPTOP)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("hearth: This model file")


def test_estimate_of_an_unknown_model_and_bad_context() -> None:
    unknown = hearth("estimate", "no-such-model", "--profile", LAPTOP)
    assert unknown.returncode == 1
    assert "no model called 'no-such-model'" in unknown.stderr
    assert hearth("estimate", "qwen3-8b", "--ctx", "12", "--profile", LAPTOP).returncode == 2

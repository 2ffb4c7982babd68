"""`hearth search`: the JSON shapes the issue names, the remote verdict equal to `hearth estimate` on the same file,
and one sentence with exit 1 for every network, offline, gated or missing-repository problem."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app import paths, settings
from tests.assets import QWEN_CODER_05B
from tests.helpers.hf_server import FakeHub
from tests.locations import DATA_DIR

HEARTH = shutil.which("hearth", path=str(Path(sys.executable).parent))
PROFILE = str(DATA_DIR / "profiles" / "desktop-rtx3060-12gb-32gb.json")
REPO = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF"
FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    assert HEARTH
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([HEARTH, *args], capture_output=True, text=True, timeout=120, check=False, env=env)


@pytest.fixture
def hub_with_qwen(fake_hub: FakeHub, qwen_gguf: Path) -> FakeHub:
    fake_hub.add(REPO, FILE, qwen_gguf, sha256=QWEN_CODER_05B.sha256)
    fake_hub.card(REPO, downloads=500, likes=9, tags=["gguf", "license:apache-2.0"])
    return fake_hub


def test_search_json_lists_rows_with_the_documented_keys(hub_with_qwen: FakeHub) -> None:
    result = hearth("search", "Coder-0.5B", "--json", "--endpoint", hub_with_qwen.url)
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)["results"]
    assert set(row) >= {"repo", "author", "downloads", "likes", "updated", "license", "gated", "catalog_id"}
    assert (row["repo"], row["author"], row["downloads"], row["license"]) == (REPO, "Qwen", 500, "apache-2.0")


def test_the_repository_report_gives_the_verdict_hearth_estimate_gives_for_the_downloaded_file(
    hub_with_qwen: FakeHub, qwen_gguf: Path
) -> None:
    remote = hearth("search", "--repo", REPO, "--json", "--profile", PROFILE, "--endpoint", hub_with_qwen.url)
    local = hearth("estimate", str(qwen_gguf), "--json", "--profile", PROFILE)
    assert remote.returncode == 0, remote.stderr
    report = json.loads(remote.stdout)
    assert (report["repo"], report["architecture"], report["supported"]) == (REPO, "qwen2", True)
    (row,) = report["files"]
    assert row["estimate"] == json.loads(local.stdout)
    assert row["quantization"] == "Q4_K_M"
    assert row["recommended"]
    assert row["complete"]
    assert row["size_bytes"] == QWEN_CODER_05B.size
    assert row["files"] == [{"path": FILE, "size_bytes": QWEN_CODER_05B.size, "sha256": QWEN_CODER_05B.sha256}]
    assert 0 < row["header_bytes_read"] == hub_with_qwen.bytes_served < QWEN_CODER_05B.size // 50


def test_a_pasted_address_with_a_quantization_opens_that_repository(hub_with_qwen: FakeHub) -> None:
    address = f"hf.co/{REPO}:q4_k_m"
    result = hearth("search", address, "--profile", PROFILE, "--endpoint", hub_with_qwen.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{REPO} (qwen2,")
    assert "Q4_K_M" in result.stdout
    assert "recommended" in result.stdout


def test_an_empty_result_says_so_and_what_the_gguf_filter_hid(hub_with_qwen: FakeHub) -> None:
    hub_with_qwen.card("Qwen/Qwen2.5-Coder-7B", tags=["safetensors"])
    result = hearth("search", "Coder-7B", "--endpoint", hub_with_qwen.url)
    assert result.returncode == 0
    assert result.stdout.startswith(
        'No GGUF models on Hugging Face match "Coder-7B". 1 other repository matches without'
    )
    as_json = hearth("search", "nothing like it", "--json", "--endpoint", hub_with_qwen.url)
    assert json.loads(as_json.stdout) == {"results": [], "hidden_by_filters": 0}


def test_offline_mode_is_a_sentence_and_no_request(hub_with_qwen: FakeHub) -> None:
    config = paths.resolve().ensure().config
    settings.save(config, replace(settings.load(config), offline=True))
    result = hearth("search", "qwen", "--endpoint", hub_with_qwen.url)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("hearth: Offline mode is on")
    assert hub_with_qwen.requests == []


@pytest.mark.parametrize(
    ("status", "words"),
    [(503, "problem of its own (503)"), (429, "retry in 30 seconds")],
)
def test_server_trouble_is_one_sentence_and_exit_1(hub_with_qwen: FakeHub, status: int, words: str) -> None:
    hub_with_qwen.faults.api_statuses = [status]
    hub_with_qwen.faults.retry_after = "30"
    result = hearth("search", "qwen", "--endpoint", hub_with_qwen.url)
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert words in line


def test_a_missing_repository_is_one_sentence(hub_with_qwen: FakeHub) -> None:
    result = hearth("search", "--repo", "nobody/nothing", "--profile", PROFILE, "--endpoint", hub_with_qwen.url)
    assert result.returncode == 1
    assert "was not found" in result.stderr.strip().splitlines()[-1]


def test_the_mirror_in_settings_is_used_without_endpoint(hub_with_qwen: FakeHub) -> None:
    config = paths.resolve().ensure().config
    settings.save(config, replace(settings.load(config), hf_endpoint=hub_with_qwen.url))
    result = hearth("search", "Coder-0.5B", "--json")
    assert result.returncode == 0, result.stderr
    assert [r["repo"] for r in json.loads(result.stdout)["results"]] == [REPO]


def test_hf_endpoint_is_honoured_for_search_and_header_reads(
    hub_with_qwen: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub_with_qwen.url)
    result = hearth("search", "--repo", REPO, "--json", "--profile", PROFILE)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["header_bytes_read"] > 0

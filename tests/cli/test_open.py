"""`hearth open URL`: a "Use this model" link handled without a window; a bad link is one sentence and exit 1. (A
bare `hearth://` link, as the desktop starts Hearth with, goes to the window: tests/ui/test_single_instance.py.)"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from tests.helpers.hf_server import FakeHub
from tests.locations import DATA_DIR

REPO = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF"
FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
LINK = f"hearth://open_from_hf?model={REPO.replace('/', '%2F')}&file={FILE}"
PROFILE = DATA_DIR / "profiles" / "laptop-8gb-no-gpu.json"
HEARTH = shutil.which("hearth", path=str(Path(sys.executable).parent))


@pytest.fixture
def hub(fake_hub: FakeHub, qwen_gguf: Path, tmp_path: Path) -> FakeHub:
    fake_hub.add(REPO, FILE, qwen_gguf)
    fake_hub.add(REPO, "qwen2.5-coder-0.5b-instruct-q8_0.gguf", qwen_gguf)  # a second row the link did not name
    return fake_hub


def test_open_prints_the_repository_report_hearth_search_prints(
    hub: FakeHub, qwen_gguf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--json", "--endpoint", hub.url, "--profile", str(PROFILE)]
    assert main(["search", "--repo", REPO, *common]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert main(["open", LINK, *common]) == 0
    opened = json.loads(capsys.readouterr().out)
    assert opened["repo"] == REPO
    assert [row["files"][0]["path"] for row in opened["files"]] == [FILE]  # the row the link pointed at
    (same,) = (row for row in whole["files"] if row["files"][0]["path"] == FILE)
    for key in ("quantization", "files", "size_bytes", "complete", "estimate"):  # bytes read: the header is cached
        assert opened["files"][0][key] == same[key]
    assert hub.bytes_served < qwen_gguf.stat().st_size  # headers read by ranges: nothing downloaded
    assert not list(paths.resolve().models.rglob("*.gguf"))


def test_a_link_without_a_file_lists_every_quantization(hub: FakeHub, capsys: pytest.CaptureFixture[str]) -> None:
    link = f"hearth://open_from_hf?model={REPO}"
    assert main(["open", link, "--json", "--endpoint", hub.url, "--profile", str(PROFILE)]) == 0
    assert len(json.loads(capsys.readouterr().out)["files"]) == 2


def test_a_missing_repository_is_one_sentence(fake_hub: FakeHub, capsys: pytest.CaptureFixture[str]) -> None:
    link = "hearth://open_from_hf?model=nobody/nothing-GGUF"
    assert main(["open", link, "--json", "--endpoint", fake_hub.url, "--profile", str(PROFILE)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1] == (
        "hearth: The model nobody/nothing-GGUF was not found. It may have been renamed, or it is private and needs "
        "a token."
    )


@pytest.mark.parametrize(
    "bad",
    [
        "hearth://open_from_hf?model=org/repo&file=../../secrets.gguf",
        "https://evil.example/?model=org/repo",
        "hearth://open_from_hf?model=notarepo",
        "hearth://open_from_hf?model=org/repo&file=" + "a" * 3000,
    ],
)
def test_a_bad_link_is_one_sentence_and_exit_1(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["open", bad, "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("hearth: ")
    assert err.count("\n") == 1


@pytest.mark.skipif(HEARTH is None, reason="the hearth console script is not installed in this environment")
def test_the_installed_command_opens_a_link(hub: FakeHub) -> None:
    assert HEARTH is not None
    command = [HEARTH, "open", LINK, "--json", "--endpoint", hub.url, "--profile", str(PROFILE)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["repo"] == REPO

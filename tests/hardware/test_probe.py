"""The scan on this machine and against fake tools: time limits, missing tools, broken drivers."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import psutil
import pytest

from app.hardware import probe
from app.hardware.gpu_probe import amd_gpus_from_sysfs, probe_nvidia_smi
from app.hardware.tools import call_with_timeout, run_tool


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder placed first on PATH, for stand-in tools (there is no GPU or vendor tool on this machine)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


def write_tool(folder: Path, name: str, script: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_probe_of_this_machine_agrees_with_the_operating_system(hearth_home: Path) -> None:
    profile = probe(hearth_home / "models")
    assert profile.cpu.logical_cores == psutil.cpu_count(logical=True)
    assert 0 < profile.memory.available_bytes <= profile.memory.total_bytes == psutil.virtual_memory().total
    assert profile.disk.path == str(hearth_home / "models")
    assert profile.disk.free_bytes > 0
    assert profile.llama.importable
    assert profile.os.system


def test_a_hanging_tool_is_stopped_at_its_timeout_with_its_children(fake_bin: Path, tmp_path: Path) -> None:
    child_pid_file = tmp_path / "child.pid"
    # Not `exec sleep`: the shell forks a child that would hold the pipe open if only the shell were killed.
    write_tool(fake_bin, "slowtool", f"sleep 60 &\necho $! > {child_pid_file}\nwait\n")
    out = run_tool(["slowtool"], timeout=0.5)
    assert not out.ok
    assert out.warning == "slowtool did not answer within 0.5 s and was stopped"
    child = int(child_pid_file.read_text())
    assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE


def test_a_missing_tool_is_reported_as_missing_not_as_a_warning() -> None:
    out = run_tool(["hearth-no-such-tool"])
    assert out.missing
    assert not out.warning


def test_a_hanging_in_process_probe_is_abandoned_at_its_timeout() -> None:
    import threading

    release = threading.Event()
    with pytest.raises(TimeoutError, match=r"did not answer within 0\.2 s"):
        call_with_timeout(lambda: release.wait(30), timeout=0.2)
    release.set()


def test_nvidia_smi_hang_becomes_a_warning(fake_bin: Path) -> None:
    write_tool(fake_bin, "nvidia-smi", "exec sleep 60\n")
    warnings: list[str] = []
    assert probe_nvidia_smi(warnings, timeout=0.3) == []
    assert warnings == ["nvidia-smi did not answer within 0.3 s and was stopped"]


def test_nvidia_smi_output_becomes_gpus(fake_bin: Path, hardware_data: Path) -> None:
    write_tool(fake_bin, "nvidia-smi", f"cat '{hardware_data / 'nvidia-smi-csv-1gpu.txt'}'\n")
    warnings: list[str] = []
    (gpu,) = probe_nvidia_smi(warnings)
    assert gpu.name == "NVIDIA GeForce RTX 2080 SUPER"
    assert warnings == []


def test_nvidia_smi_without_a_driver_explains_what_to_do(fake_bin: Path, hardware_data: Path) -> None:
    write_tool(fake_bin, "nvidia-smi", f"cat '{hardware_data / 'nvidia-smi-no-driver.txt'}'\nexit 9\n")
    warnings: list[str] = []
    assert probe_nvidia_smi(warnings) == []
    (warning,) = warnings
    assert "cannot reach the NVIDIA driver" in warning


def test_old_driver_without_compute_cap_is_asked_again_without_it(fake_bin: Path) -> None:
    write_tool(
        fake_bin,
        "nvidia-smi",
        'case "$1" in *compute_cap*) echo \'Field "compute_cap" is not a valid field to query.\'; exit 2;; esac\n'
        "printf 'index, name, memory.total [MiB], memory.free [MiB], driver_version\\n"
        "0, GeForce GTX 1080, 8119 MiB, 7900 MiB, 470.57.02\\n'\n",
    )
    warnings: list[str] = []
    (gpu,) = probe_nvidia_smi(warnings)
    assert (gpu.name, gpu.vram_total_bytes, gpu.driver) == ("GeForce GTX 1080", 8119 * 1024**2, "470.57.02")
    assert warnings == []


def test_amd_gpu_found_in_sysfs(tmp_path: Path) -> None:
    device = tmp_path / "card1" / "device"
    device.mkdir(parents=True)
    (device / "vendor").write_text("0x1002\n")
    (device / "mem_info_vram_total").write_text("8573157376\n")
    (device / "mem_info_vram_used").write_text("573157376\n")
    (tmp_path / "card1-DP-1").mkdir()  # a connector, not a card
    (gpu,) = amd_gpus_from_sysfs(tmp_path)
    assert (gpu.vram_total_bytes, gpu.vram_free_bytes) == (8573157376, 8000000000)

"""The installer scripts say what the issue asks of them. There is no Inno Setup compiler or macOS here, so these
read the files for the promises that matter to a user; the workflow and shell scripts also go through actionlint
and shellcheck in `make lint-packaging`."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.locations import REPO_ROOT

ROOT = REPO_ROOT
PACKAGING = ROOT / "packaging"


def _inno_sections(text: str) -> dict[str, str]:
    parts = re.split(r"^\[(\w+)\]\s*$", text, flags=re.MULTILINE)
    return {name: body for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_windows_installer_is_per_user_and_keeps_user_data_unless_asked() -> None:
    sections = _inno_sections((PACKAGING / "windows" / "hearth.iss").read_text(encoding="utf-8"))
    setup = sections["Setup"]
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.MULTILINE)  # no administrator rights
    assert "DefaultDirName={localappdata}\\Programs\\Hearth" in setup
    assert "{userprograms}\\Hearth" in sections["Icons"]  # a Start-menu entry for this user
    assert "{localappdata}\\Hearth" not in sections["UninstallDelete"]  # models and conversations stay ...
    code = sections["Code"]
    assert "MB_DEFBUTTON2" in code  # ... unless asked, with No as the default answer
    assert "DelTree(ExpandConstant('{localappdata}\\Hearth')" in code
    assert (PACKAGING / "icons" / "hearth.ico").is_file()


def test_macos_entitlements_are_a_valid_plist() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True


def test_release_workflow_builds_all_three_with_the_right_engines() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert {"linux", "windows", "macos", "release"} <= set(jobs)
    for name in ("linux", "windows"):
        build = next(step for step in jobs[name]["steps"] if "CMAKE_ARGS" in step.get("env", {}))
        assert "-DGGML_CUDA=ON" in build["env"]["CMAKE_ARGS"]
        assert "--no-cache-dir" in build["run"]  # never a cached CPU wheel in a CUDA bundle
        builds = {b["cpu"]: b["flags"] for b in jobs[name]["strategy"]["matrix"]["include"]}
        assert all("-DGGML_NATIVE=OFF" in flags for flags in builds.values())  # never the runner's own CPU
        assert "-DGGML_AVX2=ON" in builds["standard"]
        assert "-DGGML_AVX2=OFF" in builds["older-processors"]  # what cpu_problem() offers to a pre-2013 CPU
    assert "GGML_METAL=on" in (PACKAGING / "macos" / "build-dmg.sh").read_text(encoding="utf-8")


def test_bundle_spec_carries_what_the_app_reads_at_run_time() -> None:
    spec = (PACKAGING / "pyinstaller" / "hearth.spec").read_text(encoding="utf-8")
    for needed in ('"resources"', '"models_manifest"', 'collect_dynamic_libs("llama_cpp")', '"faster_whisper"'):
        assert needed in spec


def _inno_entries(section: str) -> list[dict[str, str]]:
    """Each `Name: value; Name: "a ""quoted"" value"` line as a dict, its quotes undone as Inno Setup reads them."""
    entries = []
    for line in section.splitlines():
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        entries.append({key: value.strip()[1:-1].replace('""', '"') if value.startswith('"') else value.strip()
                        for key, value in pairs})  # fmt: skip
    return entries


def test_windows_installer_makes_hearth_the_app_for_hearth_links() -> None:
    sections = _inno_sections((PACKAGING / "windows" / "hearth.iss").read_text(encoding="utf-8"))
    keys = {(e["Subkey"], e["ValueName"]): e for e in _inno_entries(sections["Registry"])}
    # HKA is HKEY_CURRENT_USER in the per-user install this script makes (PrivilegesRequired=lowest).
    assert {entry["Root"] for entry in keys.values()} == {"HKA"}
    assert re.search(r"^PrivilegesRequired=lowest$", sections["Setup"], re.MULTILINE)
    assert keys[("Software\\Classes\\hearth", "URL Protocol")]["ValueData"] == ""
    assert "uninsdeletekey" in keys[("Software\\Classes\\hearth", "")]["Flags"]  # the uninstaller removes it
    command = keys[("Software\\Classes\\hearth\\shell\\open\\command", "")]
    assert command["ValueData"] == '"{app}\\Hearth.exe" "%1"'  # the window's program, the link as one argument


def test_macos_bundle_makes_hearth_the_app_for_hearth_links() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    (url_type,) = info["CFBundleURLTypes"]
    assert url_type["CFBundleURLSchemes"] == ["hearth"]
    assert url_type["CFBundleURLName"]
    assert info["LSMinimumSystemVersion"] == "12.0"
    spec = (PACKAGING / "pyinstaller" / "hearth.spec").read_text(encoding="utf-8")
    assert '"macos" / "Info.plist"' in spec  # the bundle is built with these keys


@pytest.mark.skipif(shutil.which("xdg-mime") is None, reason="no xdg-utils (system-deps.sh installs it)")
def test_linux_installer_makes_hearth_the_app_for_hearth_links(tmp_path: Path) -> None:
    """install.sh run for real from an unpacked tarball, in a home of its own, then asked as a browser asks."""
    tarball = tmp_path / "Hearth-0.1.0-linux"
    (tarball / "Hearth").mkdir(parents=True)
    for program in ("Hearth", "hearth-cli"):
        (tarball / "Hearth" / program).write_text("#!/bin/sh\n", encoding="utf-8")
        (tarball / "Hearth" / program).chmod(0o755)
    for name in ("install.sh", "hearth.desktop"):
        shutil.copy(PACKAGING / "linux" / name, tarball / name)
    shutil.copy(ROOT / "resources" / "icons" / "hearth.svg", tarball / "hearth.svg")
    home = tmp_path / "home"
    desktop_session = ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID")
    env = {key: value for key, value in os.environ.items() if key not in desktop_session}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))

    def handler() -> str:
        query = ["xdg-mime", "query", "default", "x-scheme-handler/hearth"]
        return subprocess.run(query, env=env, capture_output=True, text=True, check=True, timeout=60).stdout.strip()

    assert handler() == ""  # nothing of this machine's own setup leaks in
    subprocess.run(["bash", str(tarball / "install.sh")], env=env, capture_output=True, check=True, timeout=120)
    assert handler() == "hearth.desktop"
    desktop = home / "data" / "applications" / "hearth.desktop"
    entry = desktop.read_text(encoding="utf-8")
    assert f"Exec={home}/.local/opt/Hearth/Hearth %u\n" in entry  # the link reaches the window's program
    assert "x-scheme-handler/hearth;" in entry
    subprocess.run(["desktop-file-validate", str(desktop)], check=True, timeout=60)

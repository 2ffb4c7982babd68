"""The installer scripts say what the issue asks of them. There is no Inno Setup compiler or macOS here, so these
read the files for the promises that matter to a user; the workflow and shell scripts also go through actionlint
and shellcheck in `make lint-packaging`."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
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

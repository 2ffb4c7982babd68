"""The frozen app (`make package`) runs on its own: its engines load and the real test models answer in it.

`make bundle-test` builds the bundle and points HEARTH_BUNDLE at it; in a plain `make test` there is no bundle
and these tests are skipped (CI runs `make bundle-test` after `make test`, see .ci/run).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.model]

BUNDLE = os.environ.get("HEARTH_BUNDLE", "")


@pytest.fixture
def frozen_cli() -> Path:
    if not BUNDLE:
        pytest.skip("no frozen bundle here: `make bundle-test` builds one and runs these tests")
    cli = Path(BUNDLE).resolve() / "hearth-cli"
    assert cli.is_file(), f"{cli} is missing: did `make package` finish?"
    return cli


def _frozen(cli: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The bundle must not lean on this checkout or its virtual environment: run it from elsewhere, bare.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(
        [str(cli), *args], capture_output=True, text=True, env=env, cwd=cli.parent.parent, timeout=600
    )


def _contents(folder: Path) -> dict[str, float]:
    return {str(path.relative_to(folder)): path.stat().st_mtime for path in folder.rglob("*")}


def test_frozen_self_test_passes_with_the_real_models_imported(
    frozen_cli: Path, qwen_gguf: Path, whisper_base_dir: Path
) -> None:
    before = _contents(frozen_cli.parent)
    for model in (qwen_gguf, whisper_base_dir):
        imported = _frozen(frozen_cli, "import", str(model))
        assert imported.returncode == 0, imported.stderr
    result = _frozen(frozen_cli, "self-test", "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["ok"] is True
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    assert set(statuses.values()) == {"passed"}, statuses
    about = next(check["detail"] for check in report["checks"] if check["name"] == "Hearth")
    assert "installed app" in about  # really the frozen one, not this checkout
    assert _contents(frozen_cli.parent) == before  # everything it wrote went to the user's folders


def test_frozen_app_finds_its_catalog_and_scans(frozen_cli: Path) -> None:
    models = _frozen(frozen_cli, "models", "--json")
    assert models.returncode == 0, models.stderr
    assert len(json.loads(models.stdout)) >= 50
    scan = _frozen(frozen_cli, "scan", "--json")
    assert scan.returncode == 0, scan.stderr
    assert json.loads(scan.stdout)["llama"]["importable"] is True

"""The core without Qt: every `app` module imported, then the headless tests run, with PySide6, shiboken6, superqt,
pytest-qt and `ui` made unimportable by a meta-path blocker, as napari's CI proves its core by uninstalling Qt.

import-linter proves that `app/` never names Qt; this proves that nothing it reaches at run time (a lazy import, a
library that pulls Qt in) needs it either. `make test` runs it: `python -m tests.headless_core`.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import pkgutil
import sys
from collections.abc import Sequence

BLOCKED = ("PySide6", "shiboken6", "superqt", "pytestqt", "ui")


class QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{fullname} is blocked: the core must run where Qt cannot load", name=fullname)
        return None


def import_every_app_module() -> list[str]:
    import app

    names = [info.name for info in pkgutil.walk_packages(app.__path__, "app.") if info.name != "app.__main__"]
    for name in names:
        importlib.import_module(name)
    return names


def main(argv: Sequence[str]) -> int:
    sys.meta_path.insert(0, QtBlocker())
    print(f"imported {len(import_every_app_module())} app modules without Qt", file=sys.stderr)
    import pytest

    return int(
        pytest.main(
            [
                "-p",
                "no:pytest-qt",
                "-W",  # app.server imported anyio above, so pytest cannot rewrite the asserts of its plugin
                "ignore::pytest.PytestAssertRewriteWarning",
                # pyproject's options without --strict-config: its qt_api is unknown while pytest-qt is left out
                "-o",
                "addopts=-ra --strict-markers --allow-hosts=127.0.0.1,::1,localhost",
                "-W",
                "ignore::pytest.PytestConfigWarning",
                "--ignore=tests/ui",  # the window's tests (mirroring ui/) import Qt at the top
                # Commands run in child processes, which the blocker does not reach, and use no model's numerics (the
                # token count of `mcp list --model` is the tokenizer's): running them again here proves nothing new.
                "--ignore=tests/cli/test_mcp.py",
                "--ignore=tests/cli/test_token.py",
                # The model tests ran in the main pass already, and the modules they reach were imported above.
                "-m",
                "not gui and not model",
                *argv,
            ]
        )
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

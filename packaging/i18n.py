"""Hearth's translation files: `update` finds every translatable string in app/ and ui/ and writes it into the
`.ts` sources (resources/i18n/, committed, edited by translators with Qt Linguist or any text editor); `release`
builds the `.qm` files the window loads (not committed: `make` builds them). Both use the tools in the PySide6 wheel.

`pyside6-lupdate` reads `self.tr`, `QCoreApplication.translate` and `QT_TRANSLATE_NOOP` in ui/, and the core's
`say(context, template, code)` (app/i18n.py) as Qt's `translate`. English's file holds only the plural forms (the
source strings are English already; Qt needs to be told "1 file" vs "2 files").

    python packaging/i18n.py update    # after changing strings: then translate what is new
    python packaging/i18n.py release   # .ts → .qm
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "it", "ko", "fr", "de", "es", "pt_BR", "zh_CN", "ja")
SOURCES = ("app", "ui")
FLAGS = ("-tr-function-alias", "translate+=say", "-extensions", "py", "-locations", "none", "-no-obsolete", "-silent")


def tool(name: str) -> str:
    """The PySide6 wheel's tool next to this Python (the venv's bin/), else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else f"pyside6-{name}"


def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        only_plurals = ("-pluralonly",) if language == "en" else ()
        subprocess.run(
            [tool("lupdate"), *FLAGS, *only_plurals, "-target-language", language, *SOURCES, "-ts",
             str(folder / f"hearth_{language}.ts")],
            cwd=root, check=True,
        )  # fmt: skip


def release(folder: Path = FOLDER) -> None:
    for source in sorted(folder.glob("hearth_*.ts")):
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()

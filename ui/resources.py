"""Where the GUI finds its bundled files (icons), both from a checkout and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller puts data files here
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources"


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "hearth.svg"))

"""Where the GUI finds its bundled files (icons), both from a checkout and from a frozen bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from app import paths


def resources_dir() -> Path:
    return paths.bundled("resources")


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "hearth.svg"))

"""Fonts carried with Hearth (the Linux bundle's Noto Sans CJK, see packaging/pyinstaller/hearth.spec), added to
Qt's font database at start so Korean, Chinese and Japanese text renders where the system has no CJK font. Qt falls
back to them per character; the look of Latin text does not change."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from ui.resources import resources_dir

log = logging.getLogger(__name__)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def add_bundled_fonts() -> list[str]:
    """The families added (none from a checkout, where the system's fonts serve)."""
    folder = resources_dir() / "fonts"
    families: list[str] = []
    if not folder.is_dir():
        return families
    for file in sorted(folder.iterdir()):
        if file.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(file))
            if font_id < 0:
                log.warning("The bundled font %s could not be loaded", file.name)
                continue
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families

"""Light and dark looks that follow the operating system.

Fusion style everywhere (native styles differ in spacing and some ignore palettes), with a palette chosen from the
OS colour scheme and switched live when the user flips it. Widgets style themselves with `palette(...)` in their
style sheets, so nothing hard-codes a colour that would be unreadable in the other scheme.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import resources_dir

ACCENT = QColor("#e8661d")  # the hearth's ember; readable on both palettes
TEXT_SCALES = (80, 90, 100, 110, 125, 150, 175, 200)  # percent; Ctrl+= and Ctrl+- step through them
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")
_text_scale = 100
_base_font: QFont | None = None


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        colors = {
            QPalette.ColorRole.Window: "#1f1d24",
            QPalette.ColorRole.WindowText: "#ece8f1",
            QPalette.ColorRole.Base: "#17161b",
            QPalette.ColorRole.AlternateBase: "#26242c",
            QPalette.ColorRole.Text: "#ece8f1",
            QPalette.ColorRole.Button: "#2c2a33",
            QPalette.ColorRole.ButtonText: "#ece8f1",
            QPalette.ColorRole.ToolTipBase: "#2c2a33",
            QPalette.ColorRole.ToolTipText: "#ece8f1",
            QPalette.ColorRole.PlaceholderText: "#8c8796",
            QPalette.ColorRole.Mid: "#3a3742",
            QPalette.ColorRole.Midlight: "#2a2830",
            QPalette.ColorRole.Dark: "#141317",
            QPalette.ColorRole.Light: "#3f3c47",
            QPalette.ColorRole.BrightText: "#ffffff",
            QPalette.ColorRole.Link: "#ffa062",
        }
    else:
        colors = {
            QPalette.ColorRole.Window: "#f6f4f1",
            QPalette.ColorRole.WindowText: "#24212a",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#efece8",
            QPalette.ColorRole.Text: "#24212a",
            QPalette.ColorRole.Button: "#ffffff",
            QPalette.ColorRole.ButtonText: "#24212a",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#24212a",
            QPalette.ColorRole.PlaceholderText: "#8a8590",
            QPalette.ColorRole.Mid: "#dcd8d2",
            QPalette.ColorRole.Midlight: "#ebe8e3",
            QPalette.ColorRole.Dark: "#b9b4ad",
            QPalette.ColorRole.Light: "#ffffff",
            QPalette.ColorRole.BrightText: "#000000",
            QPalette.ColorRole.Link: "#b8460c",
        }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Accent, ACCENT)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8796"))
    return palette


def os_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def set_dark(app: QApplication, dark: bool) -> None:
    app.setPalette(palette_for(dark))
    # Style sheets resolve palette(...) when applied: apply again so every widget picks up the new colours.
    app.setStyleSheet(_style_sheet())


def text_scale() -> int:
    return _text_scale


def set_text_scale(app: QApplication, percent: int) -> None:
    """The whole interface's text at `percent` of its size: the application font and every size the style sheet
    names, so headings keep their proportions. Layouts grow with the text (nothing has a fixed text width)."""
    global _text_scale, _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
    _text_scale = max(TEXT_SCALES[0], min(TEXT_SCALES[-1], percent))
    font = QFont(_base_font)
    if _base_font.pointSizeF() > 0:
        font.setPointSizeF(_base_font.pointSizeF() * _text_scale / 100)
    else:
        font.setPixelSize(round(_base_font.pixelSize() * _text_scale / 100))
    app.setFont(font)
    app.setStyleSheet(_style_sheet())


def next_text_scale(percent: int, step: int) -> int:
    """The text size one step larger (`step` 1) or smaller (-1) than `percent`, within TEXT_SCALES."""
    larger = [s for s in TEXT_SCALES if s > percent]
    smaller = [s for s in TEXT_SCALES if s < percent]
    if step > 0:
        return larger[0] if larger else TEXT_SCALES[-1]
    return smaller[-1] if smaller else TEXT_SCALES[0]


def apply(app: QApplication) -> None:
    """Use Fusion with the OS's light or dark palette, and keep following the OS when it changes."""
    app.setStyle("Fusion")
    set_dark(app, os_prefers_dark())
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: set_dark(app, os_prefers_dark()))


def _style_sheet() -> str:
    """The style sheet, with `{icons}` pointing at the bundled icons (QSS urls are relative to the working
    directory, which is anything for an installed app)."""
    text = (resources_dir() / "styles" / "hearth.qss").read_text(encoding="utf-8")
    if _text_scale != 100:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {round(float(m.group(1)) * _text_scale / 100)}px", text)
    return text.replace("{icons}", (resources_dir() / "icons").as_posix())

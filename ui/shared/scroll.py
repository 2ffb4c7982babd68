"""The vertical scroll area every page and panel sits in: frameless, resizing its content, never sideways.

It takes the keyboard focus like any scroll area (so a page of figures can be scrolled with the arrows), so a screen
reader announces it: it is named for what it holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class PageScroll(QScrollArea):
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Scrollable content"))


def vertical_scroll(content: QWidget) -> QScrollArea:
    scroll = PageScroll()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.retranslate()
    return scroll

"""A pseudo-language for tests of the live language switch: every text that goes through Qt's translation comes
back in brackets, so a test sees which texts a widget translates and that `retranslate()` redraws them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget


class Bracketing(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{source}]"

    def isEmpty(self) -> bool:
        return False


def retranslate(root: QWidget) -> None:
    """What the app does on a language change: `retranslate()` on every widget that has one, hidden ones too."""
    for widget in (root, *root.findChildren(QWidget)):
        if callable(getattr(widget, "retranslate", None)):
            widget.retranslate()


@contextmanager
def bracketed(root: QWidget) -> Iterator[None]:
    """`root` and its children switched to the pseudo-language, then back to English."""
    translator = Bracketing()
    QCoreApplication.installTranslator(translator)
    try:
        retranslate(root)
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        retranslate(root)

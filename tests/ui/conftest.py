"""The window's tests run with Hearth's English translation installed, as the app does (ui/appearance.py): it holds
the singular forms of the `%n` plurals ("1 file", not "1 files"), which Qt cannot make up from the English source."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from ui.shared.i18n import translations_dir


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    qm = translations_dir() / "hearth_en.qm"
    assert translator.load(str(qm)), f"{qm} is missing: `make translations` builds it"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)

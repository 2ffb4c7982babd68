"""The whole window as a screen reader and a translator meet it: every focusable control on every page has a name;
in the pseudo-language at 150 % text no English is left and nothing is cut or pushes the page wider than the window;
a live switch changes the texts of hidden pages too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.settings import Settings
from tests.helpers.app_window import running_window
from tests.helpers.widget_walk import clipped, every_page, focusable, texts, too_wide, unnamed, where, widest
from ui.application import Services
from ui.compare.suite_editor import SuiteEditor
from ui.first_run.flow import FirstRunDialog
from ui.settings.tool_server_dialog import ToolServerDialog
from ui.shared.i18n import PSEUDO, pseudo
from ui.shortcuts import PLATFORM_KEYS, SHEET, ShortcutsSheet

DEFAULT_SIZE = (1100, 720)  # MainWindow's first size


def _english_sources() -> set[str]:
    """Every string Hearth translates, as written in English (the .ts sources list them)."""
    import xml.etree.ElementTree as ET

    from tests.locations import REPO_ROOT

    root = ET.parse(Path(REPO_ROOT) / "resources" / "i18n" / "hearth_fr.ts").getroot()
    return {m.findtext("source", "") for m in root.iter("message")}


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _dialogs(services: Services, parent: QWidget) -> list[QWidget]:
    """The dialogs a person opens from the window, made as they would be (the guide needs a scan: left out)."""
    return [
        ShortcutsSheet(parent),
        SuiteEditor(parent=parent),
        ToolServerDialog(parent=parent),
        FirstRunDialog(services.machine, services.downloads, parent),
    ]


def test_every_focusable_control_on_every_page_and_dialog_has_a_name(qtbot: QtBot, qapp: QApplication) -> None:
    with running_window(qtbot) as (services, window):
        window.resize(*DEFAULT_SIZE)
        missing: list[str] = []
        for page in every_page(window.stack):
            _settle(qapp)
            missing += [f"{type(page).__name__}: {name}" for name in unnamed(window)]
        for dialog in _dialogs(services, window):
            dialog.show()
            _settle(qapp)
            missing += [f"{type(dialog).__name__}: {name}" for name in unnamed(dialog)]
            dialog.done(0)
        assert not missing, "\n".join(sorted(set(missing)))


@pytest.mark.parametrize(("language", "scale"), [(PSEUDO, 100), ("en", 150)], ids=["pseudo-language", "text-150"])
def test_no_english_is_left_and_nothing_is_cut_in_a_longer_language_or_larger_text(
    qtbot: QtBot, qapp: QApplication, language: str, scale: int
) -> None:
    """The pseudo-language (every string 40 % longer, accented, bracketed) at the usual size, and English at 150 %:
    at the window's first size every label, button and tab fits, wraps or is elided with a tooltip, no page is
    wider than its room, and (in the pseudo-language) no string Hearth translates is still English."""
    english = _english_sources() if language == PSEUDO else set()

    def choose(services: Services) -> None:
        services.settings.update(language=language, text_scale=scale)

    with running_window(qtbot, choose) as (services, window):
        window.resize(*DEFAULT_SIZE)
        problems: list[str] = []
        try:
            for page in every_page(window.stack):
                _settle(qapp)
                name = type(page).__name__
                problems += [f"{name} cut: {c}" for c in clipped(window)]
                problems += [f"{name} too wide: {w} ({widest(page, page.width() // 2)})" for w in too_wide(page)]
                problems += [
                    f"{name} still English: {text!r}"
                    for _widget, text in texts(window)
                    if text.replace("&", "") in english and text != pseudo(text)
                ]
            for dialog in _dialogs(services, window):
                dialog.show()
                _settle(qapp)
                problems += [f"{type(dialog).__name__} cut: {c}" for c in clipped(dialog)]
                problems += [f"{type(dialog).__name__} too wide: {w}" for w in too_wide(dialog)]
                dialog.done(0)
        finally:
            services.settings.update(language="", text_scale=Settings().text_scale)
        assert not problems, "\n".join(sorted(set(problems)))


def test_tab_goes_through_every_control_of_a_page_and_never_traps(qtbot: QtBot, qapp: QApplication) -> None:
    """Tab from the sidebar visits every focusable control shown and comes back round: a text field that kept
    the Tab for itself, or a control left out of the chain, fails here."""
    with running_window(qtbot) as (_services, window):
        window.resize(*DEFAULT_SIZE)
        window.activateWindow()
        problems: list[str] = []
        for page in every_page(window.stack):
            _settle(qapp)
            window.sidebar.setFocus()
            start, visited = qapp.focusWidget(), []
            for _ in range(3000):
                qtbot.keyClick(qapp.focusWidget() or window, Qt.Key.Key_Tab)
                current = qapp.focusWidget()
                if current is start:
                    break
                visited.append(current)
            else:
                last = ", ".join(where(w) for w in visited[-3:] if w is not None)
                problems.append(f"{type(page).__name__}: Tab never came back to the sidebar, it stays in {last}")
            shown = {w for w in focusable(page)}
            problems += [f"{type(page).__name__}: Tab never reaches {where(w)}" for w in shown - set(visited)]
        assert not problems, "\n".join(sorted(set(problems)))


def test_text_size_keys_the_shortcuts_sheet_and_no_platform_key_taken(qtbot: QtBot, qapp: QApplication) -> None:
    """Ctrl+= / Ctrl+- / Ctrl+0 change the kept text size; Ctrl+/ shows every shortcut; none of Hearth's own keys is
    Ctrl+C, V, X, Z or S."""
    with running_window(qtbot) as (services, window):
        window.activateWindow()
        qtbot.waitUntil(lambda: qapp.activeWindow() is window)  # shortcuts reach the active window only
        try:
            for key, scale in ((Qt.Key.Key_Equal, 110), (Qt.Key.Key_Equal, 125), (Qt.Key.Key_Minus, 110)):
                qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
                assert services.settings.current.text_scale == scale
            qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
            assert services.settings.current.text_scale == 100
        finally:
            services.settings.update(text_scale=100)
        qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
        sheet = window.findChild(ShortcutsSheet)
        assert sheet is not None
        assert sheet.isVisible()
        assert sheet.table.rowCount() == len(SHEET)
        sheet.close()
        taken = [s.key() for s in window.findChildren(QShortcut)]
        taken += [b.shortcut() for b in window.findChildren(QAbstractButton) if not b.shortcut().isEmpty()]
        platform = {QKeySequence(k) for k in PLATFORM_KEYS}
        assert not [k.toString() for k in taken if k in platform]

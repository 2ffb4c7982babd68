"""The whole window as a screen reader and a translator meet it: every focusable control on every page has a name;
in the pseudo-language at 150 % text no English is left and nothing is cut or pushes the page wider than the window;
a live switch changes the texts of hidden pages too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.settings import Settings
from tests.helpers.app_window import running_window
from tests.helpers.widget_walk import clipped, every_page, focusable, texts, too_wide, unnamed, where, widest
from ui.application import Services
from ui.shared.i18n import PSEUDO, pseudo
from ui.shortcuts import ShortcutsSheet

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


def _dialogs(parent: QWidget) -> list[QWidget]:
    """The dialogs a person opens from the window, made and shown as they would be."""
    return [ShortcutsSheet(parent)]


def test_every_focusable_control_on_every_page_and_dialog_has_a_name(qtbot: QtBot, qapp: QApplication) -> None:
    with running_window(qtbot) as (_services, window):
        window.resize(*DEFAULT_SIZE)
        missing: list[str] = []
        for page in every_page(window.stack):
            _settle(qapp)
            missing += [f"{type(page).__name__}: {name}" for name in unnamed(window)]
        for dialog in _dialogs(window):
            dialog.show()
            _settle(qapp)
            missing += [f"{type(dialog).__name__}: {name}" for name in unnamed(dialog)]
            dialog.close()
        assert not missing, "\n".join(sorted(set(missing)))


def _pseudo_at_150(services: Services) -> None:
    services.settings.update(language=PSEUDO, text_scale=150)


def test_the_pseudo_language_at_150_percent_leaves_no_english_and_cuts_nothing(
    qtbot: QtBot, qapp: QApplication
) -> None:
    english = _english_sources()
    with running_window(qtbot, _pseudo_at_150) as (services, window):
        window.resize(*DEFAULT_SIZE)
        problems: list[str] = []
        try:
            for page in every_page(window.stack):
                _settle(qapp)
                name = type(page).__name__
                problems += [f"{name} cut: {c}" for c in clipped(window)]
                wide = too_wide(page)
                problems += [f"{name} too wide: {w} ({widest(page, page.width() // 2)})" for w in wide]
                problems += [
                    f"{name} still English: {text!r}"
                    for _widget, text in texts(window)
                    if text.replace("&", "") in english and text != pseudo(text)
                ]
            for dialog in _dialogs(window):
                dialog.show()
                _settle(qapp)
                problems += [f"{type(dialog).__name__} cut: {c}" for c in clipped(dialog)]
                dialog.close()
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

"""The Discover page and its guide, driven like a person would, on a recorded machine profile."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.fit.verdict import Fit
from app.hardware import HardwareProfile
from app.models import catalog
from tests.helpers.pseudo_language import bracketed
from tests.locations import DATA_DIR
from ui.models.discover_page import DiscoverPage
from ui.models.guide_dialog import GuideDialog
from ui.state.machine import MachineState
from ui.workers import Workers

pytestmark = pytest.mark.gui

PROFILES = DATA_DIR / "profiles"


def recorded(name: str) -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / f"{name}.json").read_text()))


def recorded_machine(workers: Workers, name: str = "desktop-rtx3060-12gb-32gb") -> MachineState:
    """The machine state as the app builds it, its scan answering with a profile recorded on another computer."""
    return MachineState(catalog.default(), lambda: recorded(name), workers)


@pytest.fixture
def page(qtbot: QtBot, workers: Workers) -> DiscoverPage:
    discover = DiscoverPage(recorded_machine(workers))
    qtbot.addWidget(discover)
    discover.resize(1000, 700)
    discover.show()
    with qtbot.waitSignal(discover.advice_ready, timeout=20_000):
        discover.machine.rescan()
    return discover


def test_cards_show_verdicts_recommended_first(page: DiscoverPage) -> None:
    ids = page.visible_ids()
    assert len(ids) == len(catalog.default().models)
    first = page.advice[ids[0]]
    assert first.best.verdict.fit is Fit.GPU
    assert page.cards[ids[0]].verdict_badge.text() == "Runs on your graphics card"
    last = page.advice[ids[-1]]
    assert last.best.verdict.fit is Fit.TOO_LARGE  # gpt-oss-120b and friends at the end
    assert "run on this computer" in page.count.text()


def test_cards_are_named_for_a_screen_reader_reached_by_tab_and_follow_a_language_switch(page: DiscoverPage) -> None:
    card = page.cards[page.visible_ids()[0]]
    verdict = page.advice[card.spec.id].best.verdict
    assert card.accessibleName() == f"{card.spec.name}, {card.size_badge.text()}, {verdict.label}"
    assert card.accessibleDescription().startswith(verdict.reason)
    assert card.verdict_badge.accessibleDescription() == verdict.reason
    assert card.download_button.accessibleDescription() == card.accessibleName()
    assert card.focus_chain()[0] is card
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached by Tab even with no control left on it
    tasks = [page.task_filter.itemData(i) for i in range(page.task_filter.count())]
    with bracketed(page):
        assert page.search.placeholderText() == "[Search models (Ctrl+F)]"
        assert page.tabs.tabText(0) == "[Hearth's picks]"
        assert page.task_filter.itemText(1) == "[Chat]"
        assert [page.task_filter.itemData(i) for i in range(page.task_filter.count())] == tasks
        assert page.count.text().startswith("[")
        assert "{" not in page.count.text()
        assert card.download_button.text() == "[Download]"
        assert card.accessibleName().startswith("[")
    assert page.search.placeholderText() == "Search models (Ctrl+F)"
    assert card.accessibleName() == f"{card.spec.name}, {card.size_badge.text()}, {verdict.label}"


def test_filters_by_task_licence_fit_size_and_text(page: DiscoverPage, qtbot: QtBot) -> None:
    page.task_filter.setCurrentIndex(page.task_filter.findData("speech"))
    assert {page.cards[i].spec.id for i in page.visible_ids()} == {
        m.id for m in catalog.default().models if "speech" in m.tasks
    }
    page.task_filter.setCurrentIndex(page.task_filter.findData("code"))
    page.licence_filter.setCurrentIndex(page.licence_filter.findData(-1))
    assert "codestral-22b" not in page.visible_ids()
    assert all(page.advice[i].spec.license.commercial_use for i in page.visible_ids())
    qtbot.mouseClick(page.fits_filter, Qt.MouseButton.LeftButton)
    assert all(page.advice[i].best.verdict.runs for i in page.visible_ids())
    page.size_filter.setCurrentIndex(1)  # small, under 3 GB
    assert all(page.advice[i].best.variant.download_bytes < 3 * 1024**3 for i in page.visible_ids())
    page.task_filter.setCurrentIndex(0)
    page.licence_filter.setCurrentIndex(0)
    page.size_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "no such model at all")
    assert page.visible_ids() == []
    assert page.empty.isVisible()


def test_quantization_picker_marks_the_recommended_one_and_updates_the_verdict(page: DiscoverPage) -> None:
    card = page.cards["llama-3.1-8b"]
    recommended = page.advice["llama-3.1-8b"].best.variant.quantization
    assert card.quant_picker.currentText() == f"{recommended} (recommended)"
    other = next(i for i in range(card.quant_picker.count()) if card.quant_picker.itemData(i) != recommended)
    card.quant_picker.setCurrentIndex(other)
    quant = card.quant_picker.itemData(other)
    assert card.reason.text().startswith(page.advice["llama-3.1-8b"].verdict(quant).reason)


def test_guide_walks_the_decision_tree_to_at_most_three_models(page: DiscoverPage, qtbot: QtBot) -> None:
    assert page.profile is not None
    dialog = GuideDialog([page.advice[i] for i in page.order], page.profile, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.next_button.isEnabled()  # a goal first
    qtbot.mouseClick(dialog.goal_buttons["code"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "Hearth has looked at your computer" in dialog.steps.currentWidget().findChildren(type(page.count))[0].text()
    dialog.business.setChecked(True)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    picks = dialog.suggestions
    assert 1 <= len(picks) <= 3
    sizes = [s.advice.best.variant.download_bytes for s in picks]
    assert sizes == sorted(sizes)  # smallest first
    assert all("code" in s.advice.spec.tasks and s.advice.spec.license.commercial_use for s in picks)
    with qtbot.waitSignal(dialog.model_chosen) as chosen:
        show_buttons = [b for b in dialog.results.findChildren(type(dialog.next_button)) if b.text() == "Show"]
        qtbot.mouseClick(show_buttons[0], Qt.MouseButton.LeftButton)
    assert chosen.args == [picks[0].advice.spec.id]


def test_page_works_before_the_scan_arrives(qtbot: QtBot, workers: Workers) -> None:
    discover = DiscoverPage(recorded_machine(workers))
    qtbot.addWidget(discover)
    assert not discover.guide_button.isEnabled()
    assert "checking your computer" in discover.count.text()


def test_a_page_built_after_the_verdicts_shows_them_without_judging_again(qtbot: QtBot, workers: Workers) -> None:
    machine = recorded_machine(workers)
    with qtbot.waitSignal(machine.changed, timeout=20_000):
        machine.rescan()
    discover = DiscoverPage(machine)
    qtbot.addWidget(discover)
    assert discover.snapshot is machine.snapshot
    assert machine.judged_count == 1
    assert discover.guide_button.isEnabled()
    assert "run on this computer" in discover.count.text()


def test_a_model_on_this_computer_shows_the_size_it_has_as_installed(page: DiscoverPage) -> None:
    card = page.cards["llama-3.1-8b"]
    recommended = page.advice["llama-3.1-8b"].best.variant.quantization
    other = next(v.quantization for v in card.spec.variants if v.quantization != recommended)
    page.set_installed({("llama-3.1-8b", other)})
    assert card.selected_quantization() == other
    assert card.download_state.text() == "Installed"
    assert not card.download_button.isVisibleTo(card)

"""What a new user ran into at the default window size (issue 23): pages wider than the window beside the
downloads panel, combo box lists that hid their highlighted row, a keyboard focus nobody could see, and "Help me
choose" landing on an empty list. Each is checked as drawn, with the app's own style sheet and palettes."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.downloads.queue import DownloadStatus
from app.downloads.queue_state import QueueState
from app.hardware import HardwareProfile
from tests.helpers.app_window import running_window
from tests.locations import DATA_DIR
from ui import theme
from ui.main_window import DOWNLOADS_MIN_WIDTH, MainWindow
from ui.models.discover_page import SEARCH_MIN_WIDTH, DiscoverPage
from ui.shared.downloads_panel import DownloadRow

pytestmark = pytest.mark.gui

PROFILE = DATA_DIR / "profiles" / "desktop-rtx3060-12gb-32gb.json"


@pytest.fixture
def themed(qtbot: QtBot) -> Iterator[QApplication]:
    """The app's Fusion style, palette and style sheet, as `hearth` applies them; plain Qt again afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), QPalette(app.palette())
    app.setStyle("Fusion")
    theme.set_dark(app, False)
    yield app
    app.setStyleSheet("")
    app.setPalette(palette)
    app.setStyle(style)


@pytest.fixture
def window(qtbot: QtBot, themed: QApplication) -> Iterator[MainWindow]:
    with running_window(qtbot) as (services, main):
        with qtbot.waitSignal(main.pages.discover.advice_ready, timeout=20_000):
            services.machine.set_profile(HardwareProfile.from_dict(json.loads(PROFILE.read_text())))
        yield main


def settle() -> None:
    for _ in range(3):  # layouts answer posted requests, nested ones one round later
        QApplication.processEvents()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(1100, 720), (1000, 700)])
def test_with_the_downloads_panel_open_every_card_and_filter_lies_inside_the_page(
    window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    window.show_page("discover")
    window.show_downloads()
    settle()
    page = window.pages.discover
    assert window.downloads_dock.isVisible()
    assert rect_in(page, window).right() < rect_in(window.downloads_dock, window).left()  # side by side
    viewport = page.list_scroll.viewport()
    assert page.list_widget.width() <= viewport.width()  # nothing cut off at the right of the list
    cards = [page.cards[i] for i in page.visible_ids()]
    assert cards
    for card in cards[:12]:  # the first screenfuls; the rest are laid out alike
        shown = [w for w in (card.download_button, card.quant_picker, card.download_state) if w.isVisibleTo(card)]
        pills = [card.verdict_badge, card.size_badge, card.licence_badge, card.tasks_badge]
        for widget in shown + pills:
            box = rect_in(widget, viewport)
            assert box.left() >= 0, (card.spec.id, widget, box)
            assert box.right() < viewport.width(), (card.spec.id, widget, box, viewport.width())
        for pill in pills:
            if pill.shown_text() != pill.text():  # squeezed: the whole text stays readable in the tooltip
                assert pill.text() in pill.toolTip()
    assert page.search.width() >= SEARCH_MIN_WIDTH
    for control in (page.search, *page.filter_widgets(), page.guide_button):
        box = rect_in(control, page)
        assert box.left() >= 0, (control, box)
        assert box.right() < page.width(), (control, box, page.width())


def test_a_long_licence_pill_is_cut_with_its_name_in_the_tooltip(window: MainWindow) -> None:
    window.resize(1000, 700)
    window.show_page("discover")
    window.show_downloads()
    settle()
    card = next(c for c in window.pages.discover.cards.values() if len(c.spec.license.name) > 20)
    card.licence_badge.resize(60, card.licence_badge.height())
    assert card.licence_badge.shown_text().endswith("…")
    assert card.spec.license.name in card.licence_badge.toolTip()
    assert "business use" in card.licence_badge.toolTip()  # the explanation stays too


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        rgb = (c.redF(), c.greenF(), c.blueF())
        channels = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in rgb]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_a_combo_box_list_shows_its_highlighted_row_readably(qtbot: QtBot, themed: QApplication, dark: bool) -> None:
    theme.set_dark(themed, dark)
    combo = QComboBox()
    for text in ("All tasks", "Chat", "Code", "Reasoning"):
        combo.addItem(text)
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    row = combo.model().index(2, 0)
    view.setCurrentIndex(row)
    settle()
    image: QImage = view.viewport().grab().toImage()
    ratio = image.width() / view.viewport().width()
    box = view.visualRect(row)
    pixels = Counter(
        image.pixelColor(int(x * ratio), int(y * ratio)).rgb()
        for x in range(box.left(), min(box.right(), view.viewport().width() - 1))
        for y in range(box.top(), min(box.bottom(), view.viewport().height() - 1))
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    ink = max((QColor.fromRgb(p) for p in pixels), key=lambda c: contrast(c, background))
    assert contrast(background, themed.palette().color(QPalette.ColorRole.Base)) > 1.5  # the row is marked
    assert contrast(ink, background) >= 3.0, (background.name(), ink.name())
    combo.hidePopup()


def tab_stops_from(start: QWidget, within: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits after `start`, as QWidget.focusNextChild walks the focus chain."""
    stops: list[QWidget] = []
    widget: QWidget | None = start.nextInFocusChain()
    while widget is not None and len(stops) < count and widget is not start:
        tabbable = bool(widget.focusPolicy().value & 0x1)  # Qt.TabFocus
        if tabbable and widget.isVisibleTo(within) and widget.isEnabled() and within.isAncestorOf(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_goes_from_the_search_through_the_filters_to_the_first_card(window: MainWindow) -> None:
    window.show_page("discover")
    settle()
    page: DiscoverPage = window.pages.discover
    first, second = (page.cards[i] for i in page.visible_ids()[:2])
    expected: list[QWidget] = list(page.filter_widgets())
    for card in (first, second):
        expected += [w for w in card.focus_chain() if w.isVisibleTo(page)]
    assert tab_stops_from(page.search, page, len(expected)) == expected


def test_the_card_holding_the_keyboard_focus_is_marked(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("discover")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.pages.discover
    card = page.cards[page.visible_ids()[3]]
    card.download_button.setFocus()
    qtbot.waitUntil(lambda: card.property("focused") is True)
    page.search.setFocus()
    qtbot.waitUntil(lambda: card.property("focused") is False)


def test_focus_is_drawn_as_a_ring_that_stands_out_on_an_orange_button(
    qtbot: QtBot, themed: QApplication, window: MainWindow
) -> None:
    window.show_page("discover")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.pages.discover
    button = page.cards[page.visible_ids()[0]].download_button
    settle()
    before = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    settle()
    after = button.grab().toImage()
    ring = themed.palette().color(QPalette.ColorRole.WindowText)
    edge = [after.pixelColor(x, after.height() // 2) for x in range(0, 3)]
    assert any(contrast(c, ring) < 1.3 for c in edge)  # the ring's colour at the left edge
    assert before.size() == after.size()  # nothing moves when the focus arrives


def test_show_in_help_me_choose_clears_other_filters_and_says_so(window: MainWindow, qtbot: QtBot) -> None:
    page = window.pages.discover
    page.task_filter.setCurrentIndex(page.task_filter.findData("speech"))
    page.fits_filter.setChecked(True)
    chosen = next(i for i in page.order if "chat" in page.advice[i].spec.tasks and page.advice[i].best.verdict.runs)
    page.on_guide_model_chosen(chosen)
    assert chosen in page.visible_ids()
    assert page.task_filter.currentIndex() == 0
    assert not page.fits_filter.isChecked()
    assert page.filter_note.isVisibleTo(page)
    assert "cleared" in page.filter_note.text()
    assert not page.empty.isVisibleTo(page)


def test_an_empty_list_offers_to_clear_the_filters(window: MainWindow, qtbot: QtBot) -> None:
    page = window.pages.discover
    page.size_filter.setCurrentIndex(1)
    page.search.setText("no such model at all")
    assert page.visible_ids() == []
    assert page.empty.isVisibleTo(page)
    assert page.clear_filters_button.isVisibleTo(page)
    assert page.clear_filters_button.accessibleName()
    page.clear_filters_button.click()
    assert len(page.visible_ids()) == len(page.order)
    assert page.search.text() == ""
    assert page.size_filter.currentIndex() == 0


@pytest.mark.parametrize("state", [QueueState.RUNNING, QueueState.PAUSED, QueueState.FAILED, QueueState.DONE])
def test_a_download_row_with_a_long_name_fits_the_narrowest_panel(qtbot: QtBot, state: QueueState) -> None:
    """The panel takes its width from the page: a row never asks for more than the panel's narrowest width."""
    status = DownloadStatus(
        "1", "x", "Q4_K_M", "Mistral Small 3.1 24B Instruct 2503 Q4_K_M (vision projector included)", state,
        done_bytes=1_000_000, total_bytes=9_000_000_000, error="The server stopped answering; Hearth kept the bytes.",
    )  # fmt: skip
    row = DownloadRow(None, status)  # type: ignore[arg-type]  # the buttons are not pressed here
    qtbot.addWidget(row)
    panel_margins = 2 * 12
    assert row.minimumSizeHint().width() <= DOWNLOADS_MIN_WIDTH - panel_margins

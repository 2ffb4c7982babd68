"""The Chat page's header holds at every window width from the minimum up: nothing drawn over anything else.

The status strings are those ChatPage sets (ui/chat/chat_page.py: load, on_loaded, _reply, _end_reply,
on_load_failed), at their longest plausible: a long model name, the largest common context, a model that sees
images and a slow load. Errors go to the page's notice, not the header.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget, QWidgetItem
from pytestqt.qtbot import QtBot

from app import paths
from ui.application import build_services, build_window
from ui.chat.chat_header import ChatHeader
from ui.chat.chat_page import ChatPage
from ui.main_window import MainWindow
from ui.shared.model_picker import Choice
from ui.workers import Workers

pytestmark = pytest.mark.gui

DEFAULT_SIZE = (1100, 720)  # ui/main_window.py: the size of a first start
LONG_NAME = "Meta-Llama-3.1-70B-Instruct-abliterated-Q4_K_M"
LONG_LABEL = f"{LONG_NAME} · sees images — Runs on your graphics card and processor, slowly"

# (status text, loading bar shown, Think first offered): each state the page can put the header in.
STATES = {
    "empty": ("", False, False),
    "loading": (f"Loading {LONG_NAME}…", True, True),  # Think first stays from the model loaded before
    "ready": ("Ready · 131,072 tokens of context · sees images · loaded in 123.4 s", False, True),
    "writing": ("Writing…", False, True),
    "ready after a reply": ("Ready", False, False),
}


@pytest.fixture
def window(qtbot: QtBot, workers: Workers) -> Iterator[MainWindow]:
    services = build_services(paths.resolve().ensure(), workers)
    window = build_window(services)
    qtbot.addWidget(window)
    window.show_page("chat")
    window.show()
    qtbot.waitExposed(window)
    yield window
    services.close()


def header_of(window: MainWindow) -> ChatHeader:
    page = window.pages.chat
    assert isinstance(page, ChatPage)
    return page.header


def show_state(header: ChatHeader, state: str) -> None:
    text, loading, thinking = STATES[state]
    header.picker.clear()
    header.picker.addItem(LONG_LABEL, Choice("m", LONG_NAME, Path("/models/m.gguf"), LONG_LABEL))
    header.picker.setCurrentIndex(0)
    header.offer_thinking(thinking)
    header.set_status(text, loading=loading)


def resize_and_settle(qtbot: QtBot, window: MainWindow, width: int) -> None:
    """Layouts apply on posted events, and the header may re-arrange itself once it knows its width, which asks
    for one more layout pass: those events are let through until nothing moves."""
    window.resize(width, DEFAULT_SIZE[1])
    qtbot.waitUntil(lambda: window.width() == width)
    before: list[QRect] = []
    for _pass in range(10):
        QApplication.processEvents()
        after = [w.geometry() for w in window.findChildren(QWidget)]
        if after == before:
            return
        before = after
    raise AssertionError("the window's layout never settles")


def visible_children(header: QWidget) -> list[QWidget]:
    children = header.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [child for child in children if child.isVisible()]


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("width", ["minimum", "default"])
def test_header_widgets_neither_overlap_nor_leave_the_header(
    qtbot: QtBot, window: MainWindow, width: str, state: str
) -> None:
    header = header_of(window)
    show_state(header, state)
    resize_and_settle(qtbot, window, window.minimumWidth() if width == "minimum" else DEFAULT_SIZE[0])

    assert window.rect().contains(rect_in(header, window)), "the header is cut off by the window"
    children = visible_children(header)
    assert header.picker in children
    for child in children:
        where = f"{type(child).__name__} {child.geometry()} in a header of {header.size()}"
        assert header.rect().contains(rect_in(child, header)), where
        smallest = QWidgetItem(child).minimumSize()  # what a layout may give it: set sizes and policies counted
        assert child.width() >= smallest.width(), f"squeezed below its minimum: {where}"
    for one, other in combinations(children, 2):
        assert not rect_in(one, header).intersects(rect_in(other, header)), (
            f"{type(one).__name__} {one.geometry()} overlaps {type(other).__name__} {other.geometry()}"
        )


def test_a_status_cut_to_fit_keeps_its_whole_text_in_the_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    header = header_of(window)
    show_state(header, "ready")
    resize_and_settle(qtbot, window, window.minimumWidth())
    text = STATES["ready"][0]
    assert header.status.text() == text  # what the page (and the vision test) read back
    assert header.status.toolTip() == text

    resize_and_settle(qtbot, window, 1600)
    assert header.status.toolTip() == ""  # nothing cut, nothing to explain

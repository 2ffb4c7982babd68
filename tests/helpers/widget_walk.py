"""Walks over the window as a screen reader and a translator would see it: every focusable control and what it
is called, and every visible text and whether it fits."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QStackedWidget,
    QTabBar,
    QWidget,
)


def where(widget: QWidget) -> str:
    """A widget's path of class and object names, to find it in the code from a failure."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(type(current).__name__ + (f"#{current.objectName()}" if current.objectName() else ""))
        current = current.parentWidget()
    return " < ".join(parts[:5])


def focusable(root: QWidget) -> Iterator[QWidget]:
    """Controls a keyboard reaches (Tab) that are shown now, the root's own included."""
    for widget in [root, *root.findChildren(QWidget)]:
        reachable = widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not reachable or not widget.isVisibleTo(root.window()):
            continue
        if widget.focusProxy() is not None:  # a tab widget's tab bar takes its focus: that one is walked
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own inner parts (a spin box's line edit): the outer one speaks
            continue
        yield widget


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Every focusable control a screen reader would announce without a name."""
    return [where(w) for w in focusable(root) if not spoken_name(w)]


def every_page(stack: QStackedWidget) -> Iterator[QWidget]:
    """Each page of a stack made current in turn, so what it shows is visible to the walk."""
    for index in range(stack.count()):
        stack.setCurrentIndex(index)
        yield stack.widget(index)


def texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """The visible fixed texts: labels, buttons and tabs."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()):
            continue
        if (isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull()) or (
            isinstance(widget, QAbstractButton) and widget.text()
        ):
            yield widget, widget.text()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and tabs whose text does not fit: drawn cut off, not wrapped, not elided with the
    whole text in a tooltip."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.text() and widget.pixmap().isNull() and not widget.toolTip() and _label_cut(widget):
                found.append(f"{where(widget)}: {widget.text()[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            wraps = widget.hasHeightForWidth() and widget.heightForWidth(widget.width()) <= widget.height() + 1
            if not wraps and widget.sizeHint().width() > widget.width() + 1 and not widget.toolTip():
                found.append(
                    f"{where(widget)}: {widget.text()[:60]!r} needs {widget.sizeHint().width()} of {widget.width()}"
                )
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width() and not widget.tabToolTip(
                    index
                ):
                    found.append(f"{where(widget)}: tab {widget.tabText(index)!r}")
    return found


def _label_cut(label: QLabel) -> bool:
    room = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 2
    if label.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(label.text()):
        return label.sizeHint().width() > room.width() + margin + 2 and label.minimumSizeHint().width() > room.width()
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in _plain(label.text()).splitlines() or [""])
    return widest > room.width() - margin + 2


def too_wide(page: QWidget) -> list[str]:
    """What makes a page wider than the room it has (so the window would cut it or grow past the screen), and what
    makes a scroll area's content wider than the area (a sideways scroll bar for text that should wrap)."""
    found: list[str] = []
    if page.minimumSizeHint().width() > page.width() + 1:
        found.append(f"{where(page)} needs {page.minimumSizeHint().width()} of {page.width()}")
    for area in page.findChildren(QAbstractScrollArea):
        inner = getattr(area, "widget", lambda: None)()
        if (
            area.isVisibleTo(page.window())
            and inner is not None
            and inner.minimumSizeHint().width() > area.viewport().width() + 1
        ):
            found.append(f"{where(inner)} needs {inner.minimumSizeHint().width()} of {area.viewport().width()}")
    return found


def widest(root: QWidget, limit: int) -> list[str]:
    """The visible widgets whose minimum width passes `limit`: where to look when a page is too wide."""
    rows = []
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root.window()):
            minimum = max(widget.minimumWidth(), widget.minimumSizeHint().width())
            if minimum > limit:
                rows.append((minimum, where(widget)))
    return [f"{minimum} {name}" for minimum, name in sorted(rows)[-8:]]

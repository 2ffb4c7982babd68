"""The window's keyboard: text size (Ctrl+= / Ctrl+- / Ctrl+0) and the "Keyboard shortcuts" sheet (Ctrl+/), which
lists every shortcut Hearth has — none of them takes the platform's own Ctrl+C/V/X/Z/S for something else.

The sheet's rows are a table here (one place to read them all); the shortcuts themselves live with the widget they
act on (a page's Ctrl+R, the composer's Enter and Esc), which is where a person expects them to work.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import Appearance

CONTEXT = "KeyboardShortcuts"
SHEET: tuple[tuple[str, str], ...] = (  # (keys as QKeySequence writes them, what they do)
    ("Ctrl+1 … Ctrl+8", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Go to a page, in the sidebar's order")),
    ("Ctrl+J", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Show or hide downloads")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("KeyboardShortcuts", "New conversation (Chat)")),
    ("Enter", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Send the message (Chat)")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("KeyboardShortcuts", "New line in the message (Chat)")),
    ("Esc", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Stop the reply (Chat)")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Search models (Discover)")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Check this computer again (Hardware)")),
    ("Ctrl+=", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Larger text")),
    ("Ctrl+-", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Smaller text")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Usual text size")),
    ("Ctrl+/", QT_TRANSLATE_NOOP("KeyboardShortcuts", "This list of shortcuts")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Move to the next or previous control")),
    ("Space", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Press the button or switch that has focus")),
)
PLATFORM_KEYS = ("Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+S")  # never taken for anything else


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        self.table = QTableWidget(len(SHEET), 2)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.lead.setText(self.tr("Everything in Hearth can be reached with the keyboard. These keys save steps."))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, action) in enumerate(SHEET):
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) if "…" not in keys else keys
            self.table.setItem(row, 0, QTableWidgetItem(shown or keys))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate(CONTEXT, action)))
        self.table.resizeRowsToContents()


def install_shortcuts(window: QWidget, appearance: Appearance) -> list[QShortcut]:
    """The window-wide keys; Ctrl++ works as Ctrl+= does, as in browsers."""
    bindings = (
        (("Ctrl+=", "Ctrl++"), appearance.larger),
        (("Ctrl+-",), appearance.smaller),
        (("Ctrl+0",), appearance.usual_size),
        (("Ctrl+/",), lambda: show_sheet(window)),
    )
    made: list[QShortcut] = []
    for keys, action in bindings:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)
            made.append(shortcut)
    return made


def show_sheet(window: QWidget) -> ShortcutsSheet:
    sheet = window.findChild(ShortcutsSheet) or ShortcutsSheet(window)
    sheet.show()
    sheet.raise_()
    return sheet

"""The chat's list of conversations: new, search, and rename, duplicate, export or delete from a right click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store import ChatStore

WIDTH = 220


class ConversationList(QWidget):
    """Shows the store's conversations and changes them there; the page decides what opening one means."""

    new_requested = Signal()
    opened = Signal(int)  # a conversation id: picked, or the copy just made
    deleted = Signal(int)
    problem = Signal(str)  # a sentence for the person (an export that could not be written)

    def __init__(self, store: ChatStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_id: int | None = None
        self.locked = False  # while a reply is written, the conversation cannot change under it
        self.new_button = QPushButton("New chat")
        self.new_button.setShortcut("Ctrl+N")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search chats")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("ConversationList")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setToolTip("Right-click a chat to rename, duplicate, export or delete it")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(WIDTH)
        self.new_button.clicked.connect(self.new_requested)
        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self.on_list_current_changed)
        self.list.customContextMenuRequested.connect(self.on_list_menu)
        self.refresh()

    @Slot()
    def refresh(self, *_args: object) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for conversation in self.store.conversations(self.search.text()):
            item = QListWidgetItem(conversation.title or "New chat")
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            self.list.addItem(item)
            if conversation.id == self.current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def show_current(self, conversation_id: int | None) -> None:
        self.current_id = conversation_id
        if conversation_id is None:
            self.list.clearSelection()
        self.refresh()

    def count(self) -> int:
        return self.list.count()

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_list_current_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None and not self.locked:
            self.opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(QPoint)
    def on_list_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or self.locked:
            return
        conversation_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.rename(conversation_id))
        menu.addAction("Duplicate", lambda: self.duplicate(conversation_id))
        menu.addAction("Export as Markdown…", lambda: self.export(conversation_id))
        menu.addSeparator()
        menu.addAction("Delete…", lambda: self.delete(conversation_id))
        menu.exec(self.list.mapToGlobal(position))

    def rename(self, conversation_id: int) -> None:
        current = self.store.conversation(conversation_id).title
        title, ok = QInputDialog.getText(self, "Rename chat", "Name", text=current)
        if ok:
            self.store.rename(conversation_id, title.strip())
            self.refresh()

    def duplicate(self, conversation_id: int) -> None:
        self.opened.emit(self.store.duplicate(conversation_id).id)
        self.refresh()

    def export(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title or "chat"
        target, _ = QFileDialog.getSaveFileName(self, "Export chat", f"{title}.md", "Markdown (*.md)")
        if target:
            try:
                Path(target).write_text(self.store.export_markdown(conversation_id), encoding="utf-8")
            except OSError as exc:
                self.problem.emit(f"The chat could not be saved there: {exc.strerror}.")

    def delete(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title or "this chat"
        if QMessageBox.question(self, "Delete chat", f"Delete “{title}” and all its messages?") == (
            QMessageBox.StandardButton.Yes
        ):
            self.store.delete(conversation_id)
            self.deleted.emit(conversation_id)
            self.refresh()

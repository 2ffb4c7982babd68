"""The chat's list of conversations: new, search, and rename, duplicate, export or delete from a right click."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.messages import describe
from app.store import ChatStore
from ui.shared.prompter import Prompter

WIDTH = 220


class ConversationList(QWidget):
    """Shows the store's conversations and changes them there; the page decides what opening one means."""

    new_requested = Signal()
    opened = Signal(int)  # a conversation id: picked, or the copy just made
    deleted = Signal(int)
    problem = Signal(str)  # a sentence for the person (an export that could not be written)

    def __init__(self, store: ChatStore, parent: QWidget | None = None, *, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.store = store
        self.current_id: int | None = None
        self.locked = False  # while a reply is written, the conversation cannot change under it
        self.new_button = QPushButton()
        self.new_button.setShortcut("Ctrl+N")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("ConversationList")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(WIDTH)
        self.new_button.clicked.connect(self.new_requested)
        self.search.textChanged.connect(self.refresh)
        self.list.itemSelectionChanged.connect(self.on_list_selection_changed)
        self.list.customContextMenuRequested.connect(self.on_list_menu)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts, and the untitled chats' name in the list."""
        self.new_button.setText(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new chat (Ctrl+N)"))
        self.search.setPlaceholderText(self.tr("Search chats"))
        self.search.setAccessibleName(self.tr("Search chats"))
        self.list.setAccessibleName(self.tr("Chats"))
        self.list.setToolTip(self.tr("Right-click a chat to rename, duplicate, export or delete it"))
        if not self.store.closed:
            self.refresh()

    @Slot()
    def refresh(self, *_args: object) -> None:
        """The store's conversations, in its order. When the same conversations are listed in the same order only
        their titles change: the rows (and a click being handled on one) are never pulled from under the pointer."""
        conversations = self.store.conversations(self.search.text())
        ids = [c.id for c in conversations]
        self.list.blockSignals(True)
        if ids == [self._id_of(self.list.item(i)) for i in range(self.list.count())]:
            for row, conversation in enumerate(conversations):
                item = self.list.item(row)
                item.setText(conversation.title or self.tr("New chat"))
                item.setToolTip(conversation.title or self.tr("New chat"))
        else:
            self.list.clear()
            for conversation in conversations:
                item = QListWidgetItem(conversation.title or self.tr("New chat"))
                item.setToolTip(conversation.title or self.tr("New chat"))
                item.setData(Qt.ItemDataRole.UserRole, conversation.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self._highlight()

    def show_current(self, conversation_id: int | None) -> None:
        """The open conversation (None for a new chat not written yet): the one row highlighted."""
        self.current_id = conversation_id
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """The rows' height comes from the style sheet's padding, known only once the list is polished for
        showing: laid out again then, rows drawn before it would be cramped until the first click moved them."""
        super().showEvent(event)
        self.list.doItemsLayout()

    def count(self) -> int:
        return self.list.count()

    def _highlight(self) -> None:
        """Select the open conversation's row and nothing else; the list's selection only ever follows it."""
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        self.list.blockSignals(True)
        row = next((i for i in range(self.list.count()) if self._id_of(self.list.item(i)) == self.current_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self.list.clearSelection()
            self.list.setCurrentRow(-1, QItemSelectionModel.SelectionFlag.Clear)
        self.list.blockSignals(False)
        selection.blockSignals(False)
        self.list.viewport().update()

    @staticmethod
    def _id_of(item: QListWidgetItem | None) -> int | None:
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def on_list_selection_changed(self) -> None:
        """A row chosen by a click or the arrow keys asks for its conversation; the page opens it and calls
        `show_current`. Focus arriving by Tab only makes a row current, which selects nothing and opens nothing."""
        selected = self.list.selectedItems()
        wanted = self._id_of(selected[0]) if selected else None
        if wanted is None or wanted == self.current_id or self.locked:
            self._highlight()  # a reply is being written, or nothing new was chosen: the open one stays marked
            return
        self.opened.emit(wanted)
        if self.current_id != wanted:  # the page did not open it (busy): the highlight goes back
            self._highlight()

    @Slot(QPoint)
    def on_list_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or self.locked:
            return
        conversation_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename(conversation_id))
        menu.addAction(self.tr("Duplicate"), lambda: self.duplicate(conversation_id))
        menu.addAction(self.tr("Export as Markdown…"), lambda: self.export(conversation_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete(conversation_id))
        menu.exec(self.list.mapToGlobal(position))

    def rename(self, conversation_id: int) -> None:
        current = self.store.conversation(conversation_id).title
        title = self.prompter.ask_text(self, self.tr("Rename chat"), self.tr("Name"), text=current)
        if title is not None:
            self.store.rename(conversation_id, title.strip())
            self.refresh()

    def duplicate(self, conversation_id: int) -> None:
        self.opened.emit(self.store.duplicate(conversation_id).id)
        self.refresh()

    def export(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title or self.tr("chat")
        target = self.prompter.save_file(self, self.tr("Export chat"), f"{title}.md", self.tr("Markdown (*.md)"))
        if target is not None:
            try:
                target.write_text(self.store.export_markdown(conversation_id), encoding="utf-8")
            except OSError as exc:
                self.problem.emit(describe(exc, self.tr("The chat could not be saved there")).text)

    def delete(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title
        question = (
            self.tr("Delete “{title}” and all its messages?").format(title=title)
            if title
            else self.tr("Delete this chat and all its messages?")
        )
        if self.prompter.ask_yes_no(self, self.tr("Delete chat"), question):
            self.store.delete(conversation_id)
            self.deleted.emit(conversation_id)
            self.refresh()

"""The conversation as it reads: one MessageView per message, the latest first to show, earlier ones on request.

A long conversation opens quickly because only the last RECENT_MESSAGES get views at once; the rest wait behind a
button. It opens at its latest message, and stays there while the messages settle into their heights (the bar
follows the end until the person scrolls away from it). Pictures kept with a message are shown above its text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.documents.answer import ReadDocuments
from app.i18n import localized
from app.store import ChatStore, StoredMessage
from app.tool_use import ToolCallRecord
from ui.chat.document_sources import DocumentSources
from ui.chat.image_strip import ImageStrip
from ui.chat.message_view import MessageView
from ui.chat.tool_call_card import ToolCallCard
from ui.shared.scroll import vertical_scroll

Notice = str | Callable[[], str]  # a sentence, or what writes it again in the chosen language
RECENT_MESSAGES = 40
PICTURE_SIDE = 200  # pictures in the conversation: big enough to recognise, small beside the text


class ChatTranscript(QWidget):
    regenerate_requested = Signal()
    edit_requested = Signal(int, str)  # message id, its text
    read_whole_requested = Signal(int)  # a kept reply's offer to read its documents whole: the context needed

    def __init__(self, store: ChatStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.views: list[tuple[int, MessageView]] = []  # (message id, view), in order
        self._earlier: list[StoredMessage] = []  # not shown yet
        self.model_name: Callable[[str], str] = lambda model: model  # a model's name from its library id
        self._notice: Notice = ""
        self.notice = QLabel("")
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self._messages = QWidget()
        self._layout = QVBoxLayout(self._messages)
        self._layout.setSpacing(10)
        self.earlier_button = QPushButton("")
        self.earlier_button.setObjectName("SmallButton")
        self.earlier_button.hide()
        self._layout.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addStretch(1)
        self.scroll = vertical_scroll(self._messages)
        self._follow_end = False  # keep the latest message in sight while the heights above it settle
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll, 1)
        self.earlier_button.clicked.connect(self.show_earlier)
        bar = self.scroll.verticalScrollBar()
        bar.rangeChanged.connect(self.on_scroll_range_changed)
        bar.valueChanged.connect(self.on_scroll_value_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.setAccessibleName(self.tr("About this chat"))
        self.earlier_button.setText(self.tr("Show %n earlier messages", "", len(self._earlier)))
        self.scroll.setAccessibleName(self.tr("Conversation"))
        if self.notice.isVisibleTo(self):
            self.notice.setText(self._notice() if callable(self._notice) else localized(self._notice))

    def show_notice(self, text: Notice) -> None:
        """A sentence above the conversation; given as a function, it is written again when the language changes."""
        self._notice = text
        self.notice.setText(text() if callable(text) else localized(text))
        self.notice.show()

    def show_messages(self, messages: Sequence[StoredMessage]) -> None:
        self.clear()
        shown = [m for m in messages if m.role != "system"]
        self._earlier = shown[:-RECENT_MESSAGES]
        for message in shown[-RECENT_MESSAGES:]:
            self._fill(self.add_view(message.id, message.role, model=self._name_of(message)), message)
        self.earlier_button.setText(self.tr("Show %n earlier messages", "", len(self._earlier)))
        self.earlier_button.setVisible(bool(self._earlier))
        self.scroll_to_end()

    @Slot(int, int)
    def on_scroll_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow_end:
            self.scroll.verticalScrollBar().setValue(maximum)

    @Slot(int)
    def on_scroll_value_changed(self, value: int) -> None:
        self._follow_end = value == self.scroll.verticalScrollBar().maximum()

    @Slot()
    def show_earlier(self) -> None:
        for position, message in enumerate(self._earlier):
            self._fill(self.add_view(message.id, message.role, position, self._name_of(message)), message)
        self._earlier = []
        self.earlier_button.hide()

    def clear(self) -> None:
        for _id, view in self.views:
            view.deleteLater()
        self.views = []
        self._earlier = []
        self.earlier_button.hide()
        self.notice.hide()

    def add_view(self, message_id: int, role: str, position: int | None = None, model: str = "") -> MessageView:
        """A view at the end of the conversation, or at `position` among the views (earlier messages); `model` is
        the name of the model that wrote a reply."""
        view = MessageView(role, model=model)
        if position is None:
            for _id, earlier in self.views:  # the offer to ask again reads whole stands under the last reply only
                for sources in earlier.findChildren(DocumentSources):
                    sources.retire_offer()
            self._layout.insertWidget(self._layout.count() - 1, view)
            self.views.append((message_id, view))
        else:
            self._layout.insertWidget(position + 1, view)  # after the "earlier messages" button
            self.views.insert(position, (message_id, view))
        view.regenerate_requested.connect(self.regenerate_requested)
        view.edit_requested.connect(lambda view=view, mid=message_id: self.edit_requested.emit(mid, view.text))
        return view

    def show_pictures(self, view: MessageView, pictures: Sequence[tuple[str, bytes]]) -> None:
        strip = ImageStrip(side=PICTURE_SIDE)
        strip.set_images(pictures)
        view.show_attachments(strip)

    def set_actions_enabled(self, enabled: bool) -> None:
        for _id, view in self.views:
            view.set_actions_enabled(enabled)

    def scroll_to_end(self) -> None:
        """To the latest message, and on following it while the layout settles."""
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._follow_end = True

    def _name_of(self, message: StoredMessage) -> str:
        return self.model_name(message.model) if message.role == "assistant" and message.model else ""

    def _fill(self, view: MessageView, message: StoredMessage) -> None:
        pictures = self.store.pictures_of(message)
        if pictures:
            self.show_pictures(view, pictures)
        view.set_content(message.content, message.thinking)
        if message.stats is not None:
            view.set_stats(message.stats)
        for call in message.tool_calls:
            if (record := ToolCallRecord.from_json(call)) is not None:
                view.show_tool_call(ToolCallCard.of_record(record))
        if (read := ReadDocuments.from_record(message.sources)) is not None:  # a reply from documents
            sources = DocumentSources(read)
            sources.whole_requested.connect(self.read_whole_requested)
            view.show_below(sources)
            if view is not self.views[-1][1]:
                sources.retire_offer()

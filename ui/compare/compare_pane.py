"""One pane of the Compare page: its own model and settings, its conversation, its numbers, its stop button.

The pane shows what the page's `Comparison` reports and forwards the person's intent (stop this one, continue
with it in the chat) as signals; it never talks to the host itself. A pane whose model is on another computer says
so under its picker ("leaves this computer → host"), as the chat header does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.compare import PaneReply
from app.engines.chat_types import BALANCED, Sampling, StopReason, TextDelta, ThinkingDelta
from app.i18n import localized
from app.models.model_rows import ModelRow
from app.providers import RemoteModel
from ui.shared.i18n import format_size
from ui.shared.model_picker import Choice, ModelPicker

CONTEXT = "ComparePane"
STOP_WORDS = {
    StopReason.FINISHED: QT_TRANSLATE_NOOP("ComparePane", "finished"),
    StopReason.STOP_STRING: QT_TRANSLATE_NOOP("ComparePane", "finished"),
    StopReason.MAX_TOKENS: QT_TRANSLATE_NOOP("ComparePane", "reached the longest reply"),
    StopReason.CONTEXT_FULL: QT_TRANSLATE_NOOP("ComparePane", "context full"),
    StopReason.CANCELLED: QT_TRANSLATE_NOOP("ComparePane", "stopped"),
}


class ComparePane(QFrame):
    stop_requested = Signal()
    continue_requested = Signal()
    model_changed = Signal()
    reply_ended = Signal(int)  # this pane's number - 1, once its reply (or failed load) of the turn has ended

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self._phase = ""  # "waiting", "writing" or "" (the numbers, or an error, are shown)
        self._reply: PaneReply | None = None
        self.setObjectName("ComparePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.picker = ModelPicker()
        self.remote_mark = QLabel()  # shown while the pane's model is on another computer
        self.remote_mark.setObjectName("RemoteMark")
        self.remote_mark.setStyleSheet("QLabel#RemoteMark { color: #b45309; font-weight: 600; }")
        self.remote_mark.hide()
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(BALANCED.temperature)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(8, 32768)
        self.max_tokens.setValue(512)
        self.title = QLabel()
        self.title.setObjectName("PaneTitle")
        self.fastest = QLabel()
        self.fastest.setObjectName("FastestMark")
        self.fastest.hide()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)  # Tab moves on: the conversation is read, not typed into
        self.stats = QLabel("")
        self.stats.setObjectName("Hint")
        self.stats.setWordWrap(True)
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        self.continue_button = QPushButton()
        self.continue_button.setEnabled(False)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.fastest)
        settings = QHBoxLayout()
        settings.addWidget(self.temperature)
        settings.addWidget(self.max_tokens)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.picker)
        layout.addWidget(self.remote_mark)
        layout.addLayout(settings)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.stats)
        layout.addLayout(buttons)

        self.stop_button.clicked.connect(self.stop_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self.picker.currentIndexChanged.connect(self.on_picker_index_changed)
        self.picker.currentIndexChanged.connect(self.model_changed)
        self.temperature.valueChanged.connect(self.model_changed)
        self.max_tokens.valueChanged.connect(self.model_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.temperature.setPrefix(self.tr("temp "))
        self.temperature.setToolTip(self.tr("Temperature: 0 gives the same reply every time"))
        self.temperature.setAccessibleName(self.tr("Temperature of pane {number}").format(number=self.number))
        self.max_tokens.setSuffix(self.tr(" tokens"))
        self.max_tokens.setToolTip(self.tr("Longest reply"))
        self.max_tokens.setAccessibleName(self.tr("Longest reply in pane {number}").format(number=self.number))
        self.title.setText(self.tr("Pane {number}").format(number=self.number))
        self.fastest.setText(self.tr("Fastest"))
        self.picker.setAccessibleName(self.tr("Model of pane {number}").format(number=self.number))
        self.text.setAccessibleName(self.tr("Conversation in pane {number}").format(number=self.number))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop pane {number}").format(number=self.number))
        self.continue_button.setText(self.tr("Continue with this one"))
        self.continue_button.setToolTip(self.tr("Carry on this conversation in Chat with this pane's model"))
        self.on_picker_index_changed(self.picker.currentIndex())
        self._show_phase()

    @Slot(int)
    def on_picker_index_changed(self, _index: int) -> None:
        choice = self.choice()
        if choice is not None and choice.remote:
            self.remote_mark.setText(self.tr("leaves this computer → {host}").format(host=choice.host))
            self.remote_mark.setToolTip(
                self.tr(
                    "What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell "
                    "what that computer keeps."
                ).format(computer=choice.remote, host=choice.host)
            )
            self.remote_mark.show()
        else:
            self.remote_mark.hide()

    def set_remote(self, models: Sequence[RemoteModel]) -> None:
        """Other computers' models, listed after this computer's under each computer's name."""
        self.picker.set_remote(models)

    def set_rows(self, rows: Sequence[ModelRow]) -> None:
        choice = self.choice()
        self.picker.set_rows(rows, keep=choice.library_id if choice else "")

    def choice(self) -> Choice | None:
        return self.picker.choice_at(self.picker.currentIndex())

    def sampling(self) -> Sampling:
        return Sampling(
            temperature=self.temperature.value(),
            top_p=BALANCED.top_p,
            top_k=BALANCED.top_k,
            min_p=BALANCED.min_p,
            repeat_penalty=BALANCED.repeat_penalty,
            max_tokens=self.max_tokens.value(),
            seed=0 if self.temperature.value() == 0 else None,
        )

    def set_running(self, running: bool) -> None:
        self.picker.setEnabled(not running)
        self.temperature.setEnabled(not running)
        self.max_tokens.setEnabled(not running)
        self.stop_button.setEnabled(running)
        if running:
            self.continue_button.setEnabled(False)

    def begin(self, prompt: str) -> None:
        """A new turn: the person's words, then the reply as it streams."""
        self.fastest.hide()
        self._phase, self._reply = "waiting", None
        self._show_phase()
        if self.text.toPlainText():
            self.text.appendPlainText("")
        self.text.appendPlainText(self.tr("You: {prompt}").format(prompt=prompt) + "\n")

    def _show_phase(self) -> None:
        if self._phase == "waiting":
            self.stats.setText(self.tr("waiting for its turn…"))
        elif self._phase == "writing":
            self.stats.setText(self.tr("writing…"))
        elif self._reply is not None:
            reply = self._reply
            self.stats.setText(localized(reply.error) if reply.error else self.stats_line(reply))

    def stats_line(self, reply: PaneReply) -> str:
        """The reply's numbers; on another computer (`reply.remote`) it took none of this one's memory."""
        stats = reply.stats
        where = self.tr("on {computer}").format(computer=reply.remote) if reply.remote else ""
        return self.tr("{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}").format(
            ttft=QLocale().toString(stats.ttft_s, "f", 2),
            speed=QLocale().toString(stats.tokens_per_second, "f", 1),
            tokens=self.tr("%n token(s)", "", stats.generated_tokens),
            ending=QCoreApplication.translate(CONTEXT, STOP_WORDS[stats.stop_reason]),
            where=where or format_size(reply.memory_bytes),
        )

    @Slot(object)
    def on_yielded(self, event: object) -> None:
        if isinstance(event, TextDelta | ThinkingDelta):
            if self._phase == "waiting":
                self._phase = "writing"
                self._show_phase()
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText(event.text)
            self.text.setTextCursor(cursor)

    @Slot()
    def on_host_finished(self) -> None:
        """Connected to the turn's HostJob: queued onto the GUI thread, then said to the page here."""
        self.reply_ended.emit(self.number - 1)

    def show_reply(self, reply: PaneReply | None) -> None:
        self.stop_button.setEnabled(False)
        if reply is None:
            return
        self._phase, self._reply = "", reply
        self._show_phase()
        self.continue_button.setEnabled(not reply.error)

    def clear(self) -> None:
        self._phase, self._reply = "", None
        self.text.clear()
        self.stats.clear()
        self.fastest.hide()
        self.continue_button.setEnabled(False)

"""One pane of the Compare page: its own model and settings, its conversation, its numbers, its stop button.

The pane shows what the page's `Comparison` reports and forwards the person's intent (stop this one, continue
with it in the chat) as signals; it never talks to the host itself. A pane whose model is on another computer says
so under its picker ("leaves this computer → host"), as the chat header does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
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
from app.engines.chat_types import BALANCED, ReplyStats, Sampling, StopReason, TextDelta, ThinkingDelta
from app.models.model_rows import ModelRow
from app.providers import RemoteModel
from app.units import format_bytes, plural
from ui.shared.model_picker import Choice, ModelPicker

STOP_WORDS = {
    StopReason.FINISHED: "finished",
    StopReason.STOP_STRING: "finished",
    StopReason.MAX_TOKENS: "reached the longest reply",
    StopReason.CONTEXT_FULL: "context full",
    StopReason.CANCELLED: "stopped",
}


def stats_line(stats: ReplyStats, memory_bytes: int, remote: str = "") -> str:
    """`remote`: the other computer that wrote the reply, which took none of this one's memory."""
    where = f"on {remote}" if remote else format_bytes(memory_bytes)
    return (
        f"{stats.ttft_s:.2f} s to first token · {stats.tokens_per_second:.1f} tokens/s · "
        f"{plural(stats.generated_tokens, 'token')} · {STOP_WORDS[stats.stop_reason]} · {where}"
    )


class ComparePane(QFrame):
    stop_requested = Signal()
    continue_requested = Signal()
    model_changed = Signal()
    reply_ended = Signal(int)  # this pane's number - 1, once its reply (or failed load) of the turn has ended

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
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
        self.temperature.setPrefix("temp ")
        self.temperature.setToolTip("Temperature: 0 gives the same reply every time")
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(8, 32768)
        self.max_tokens.setValue(512)
        self.max_tokens.setSuffix(" tokens")
        self.max_tokens.setToolTip("Longest reply")
        self.title = QLabel(f"Pane {number}")
        self.title.setObjectName("PaneTitle")
        self.fastest = QLabel("Fastest")
        self.fastest.setObjectName("FastestMark")
        self.fastest.hide()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.stats = QLabel("")
        self.stats.setObjectName("Hint")
        self.stats.setWordWrap(True)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.continue_button = QPushButton("Continue with this one")
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

    @Slot(int)
    def on_picker_index_changed(self, _index: int) -> None:
        choice = self.choice()
        if choice is not None and choice.remote:
            self.remote_mark.setText(f"leaves this computer → {choice.host}")
            self.remote_mark.setToolTip(
                f"What you send this pane travels to {choice.remote} at {choice.host}, and its reply back. Hearth "
                "cannot tell what that computer keeps."
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
        self.stats.setText("waiting for its turn…")
        if self.text.toPlainText():
            self.text.appendPlainText("")
        self.text.appendPlainText(f"You: {prompt}\n")

    @Slot(object)
    def on_yielded(self, event: object) -> None:
        if isinstance(event, TextDelta | ThinkingDelta):
            if self.stats.text() == "waiting for its turn…":
                self.stats.setText("writing…")
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
        self.stats.setText(reply.error or stats_line(reply.stats, reply.memory_bytes, reply.remote))
        self.continue_button.setEnabled(not reply.error)

    def clear(self) -> None:
        self.text.clear()
        self.stats.clear()
        self.fastest.hide()
        self.continue_button.setEnabled(False)

"""One recording in the transcription queue: its name, what is happening to it, and what can be done next.

A row is a fixed two lines however narrow the list is: long names and reasons are cut with "…" (the whole text is
in the tooltip, and a failed item's reason is shown in full beside the queue when it is selected).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget
from superqt import QElidingLabel

from app.downloads.queue_state import QueueState
from app.engines.whisper.audio_input import clock
from app.engines.whisper.options import LANGUAGE_NAMES
from app.i18n import Sentence, localized
from app.transcription.transcription_queue import QueueItem
from ui.transcribe.transcribe_controller import STOPPING

# Phases the queue itself writes, shown in the chosen language (a phase the engine reports is shown as it comes).
KNOWN_PHASES = (STOPPING, QT_TRANSLATE_NOOP("QueueRow", "Waiting to start…"))


class QueueRow(QFrame):
    cancel_requested = Signal(str)
    rerun_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, item: QueueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.name = QElidingLabel()  # its tooltip is the full path, so not ui.shared.elided's
        self.name.setObjectName("CardTitle")
        self.status = QElidingLabel()
        self.status.setObjectName("Muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(5)
        keep_place = self.bar.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # rows keep one height whether running or not
        self.bar.setSizePolicy(keep_place)
        self.cancel_button = QPushButton()
        self.rerun_button = QPushButton()
        self.remove_button = QPushButton()
        self._percent = -1  # the value the bar's spoken name says, renamed only when the whole percent changes
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        bottom.addWidget(self.status, 1)
        for button in (self.cancel_button, self.rerun_button, self.remove_button):
            button.setObjectName("SmallButton")
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(3)
        layout.addWidget(self.name)
        layout.addLayout(bottom)
        layout.addWidget(self.bar)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.item_id))
        self.rerun_button.clicked.connect(lambda: self.rerun_requested.emit(self.item_id))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.item_id))
        self.item = item
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.rerun_button.setText(self.tr("Run again"))
        self.rerun_button.setToolTip(self.tr("Transcribe it again with the model and options chosen above"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take it off the list (its saved files stay where they are)"))
        self.bar.setFormat(self.tr("%p%"))
        self._percent = -1
        self.show_item(self.item)

    def status_text(self, item: QueueItem) -> str:
        """What is happening to the recording, in a few words."""
        if item.state is QueueState.QUEUED:
            return self.tr("Waiting")
        if item.state is QueueState.RUNNING:
            phase = _phase(item.phase)
            if item.progress == 0 or item.phase == STOPPING:
                return phase or self.tr("Starting…")
            return self.tr("{percent}% · {phase}").format(percent=f"{item.progress * 100:.0f}", phase=phase)
        if item.state is QueueState.FAILED:
            return self.tr("Failed · {reason}").format(reason=localized(item.error))
        if item.state is QueueState.CANCELLED:
            return self.tr("Cancelled")
        language = LANGUAGE_NAMES.get(item.language, item.language)
        return self.tr("Done · {facts}").format(facts=" · ".join(f for f in (clock(item.duration), language) if f))

    def show_item(self, item: QueueItem) -> None:
        self.item = item
        self.name.setText(item.name)
        self.name.setToolTip(item.source)
        status = self.status_text(item)
        self.status.setText(status)
        options = self.tr("Options: {options}").format(options=item.options.summary())
        notices = [localized(notice) for notice in item.notices]
        self.status.setToolTip("\n".join([status, options, *item.outputs, *notices]))
        running = item.state is QueueState.RUNNING
        # It moves without a value while Whisper prepares (never a "stuck at 0 %"), then fills as segments come.
        self.bar.setRange(0, 0 if running and item.progress == 0 else 1000)
        self.bar.setValue(round(item.progress * 1000) if running else 0)
        self.bar.setVisible(running)
        self._name_controls(item, round(item.progress * 100) if running else -1)
        self.cancel_button.setVisible(item.state in (QueueState.QUEUED, QueueState.RUNNING))
        self.rerun_button.setVisible(item.state in (QueueState.DONE, QueueState.FAILED, QueueState.CANCELLED))
        self.remove_button.setVisible(not running)

    def _name_controls(self, item: QueueItem, percent: int) -> None:
        """The bar and the buttons say which recording they are for; the bar says how far it is, named again only
        when the whole percent moves, not on each segment."""
        if percent == self._percent:
            return
        self._percent = percent
        name = item.name
        if percent < 0:
            self.bar.setAccessibleName(self.tr("Transcription of {name}").format(name=name))
        else:
            self.bar.setAccessibleName(
                self.tr("Transcription of {name}: {percent}%").format(name=name, percent=percent)
            )
        self.cancel_button.setAccessibleName(self.tr("Cancel the transcription of {name}").format(name=name))
        self.rerun_button.setAccessibleName(self.tr("Run {name} again").format(name=name))
        self.remove_button.setAccessibleName(self.tr("Remove {name} from the list").format(name=name))


def _phase(phase: str) -> str:
    """A phase the core said (a `Sentence`: the engine's "Finding the speech…") in the reader's language; one the
    window wrote (Stopping…), or one read back from the saved queue, through this row's own translations."""
    if isinstance(phase, Sentence):
        return localized(phase)
    return QCoreApplication.translate("QueueRow", phase) if phase else ""

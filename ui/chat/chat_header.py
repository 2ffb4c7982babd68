"""The Chat page's header: the model picker, what the loaded model is doing, and the reply style and Options.

The window can be as narrow as its minimum, where the page leaves the header under 300 pixels, so the header
never asks for the room of one long row: the status has a line of its own under the picker and elides (its
tooltip keeps the whole text), and when the picker and the style controls do not fit side by side the controls
move to a line below instead of being drawn over the picker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QSize, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.engines.chat_types import PRESETS
from app.engines.llama import LoadedModel
from ui.shared.elided import ElidedLabel
from ui.shared.model_picker import ModelPicker

Status = str | Callable[[], str]  # a sentence, or what writes it again in the chosen language
STYLE_NAMES = {  # the reply styles (app/engines/chat_types.py PRESETS), as the picker names them
    "precise": QT_TRANSLATE_NOOP("ChatHeader", "Precise"),
    "balanced": QT_TRANSLATE_NOOP("ChatHeader", "Balanced"),
    "creative": QT_TRANSLATE_NOOP("ChatHeader", "Creative"),
}
PICKER_CHARACTERS = 24  # enough of a model's name to tell it from the others; the full label is its tooltip
SPACING = 8


class ChatHeader(QWidget):
    preset_chosen = Signal(str)  # a key of PRESETS
    options_toggled = Signal(bool)  # the Options panel should be shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = ModelPicker()
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(PICKER_CHARACTERS)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.status = ElidedLabel("")
        self.status.setObjectName("Muted")
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # llama.cpp reports no fraction: a busy bar while it loads
        self._progress.setFixedSize(90, 6)
        self._progress.setTextVisible(False)
        self._progress.hide()
        self._status: Status = ""
        self._remote: tuple[str, str] | None = None  # (provider, host) while the model is on another computer
        self._think_first = QCheckBox()
        self._think_first.setChecked(True)
        self._think_first.hide()
        self.status.setMinimumHeight(self._think_first.sizeHint().height())  # the line keeps its height either way
        self.remote_mark = QLabel()  # shown while the chat's model runs on another computer
        self.remote_mark.setObjectName("RemoteMark")
        self.remote_mark.setStyleSheet("QLabel#RemoteMark { color: #b45309; font-weight: 600; }")
        self.remote_mark.hide()
        self._style_label = QLabel()
        self._preset = QComboBox()
        for key in PRESETS:
            self._preset.addItem(key.capitalize(), key)
        self._preset.setCurrentIndex(self._preset.findData("balanced"))
        self._style_label.setBuddy(self._preset)
        self._options_button = QToolButton()
        self._options_button.setCheckable(True)

        self._top = QHBoxLayout()
        self._top.setSpacing(SPACING)
        self._top.addWidget(self.picker, 1)
        for widget in self._controls():
            self._top.addWidget(widget)
        self._beside = True  # the style controls are beside the picker
        status_row = QHBoxLayout()
        status_row.setSpacing(SPACING)
        status_row.addWidget(self._progress)
        status_row.addWidget(self.remote_mark)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self._think_first)
        self._below = QHBoxLayout()  # the style controls when they do not fit beside the picker
        self._below.setSpacing(SPACING)
        self._below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._top)
        layout.addLayout(status_row)
        layout.addLayout(self._below)

        self.picker.currentIndexChanged.connect(self.on_picker_index_changed)
        self._preset.currentIndexChanged.connect(lambda _i: self.preset_chosen.emit(self.preset()))
        self._options_button.toggled.connect(self.options_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts, the style names (their keys stay) and the status as it is now."""
        self.picker.setAccessibleName(self.tr("Model"))
        self._progress.setAccessibleName(self.tr("Loading the model"))
        self._think_first.setText(self.tr("Think first"))
        self._think_first.setToolTip(
            self.tr("This model can reason step by step before it answers (slower, often better)")
        )
        self._style_label.setText(self.tr("Style"))
        self._preset.setAccessibleName(self.tr("Reply style"))
        for index in range(self._preset.count()):
            key = str(self._preset.itemData(index))
            if key in STYLE_NAMES:
                self._preset.setItemText(index, QCoreApplication.translate("ChatHeader", STYLE_NAMES[key]))
        self._options_button.setText(self.tr("Options"))
        self._options_button.setAccessibleName(self.tr("Show the chat options"))
        if self._remote is not None:
            self._say_remote(*self._remote)
        self.status.setText(self._status() if callable(self._status) else self._status)

    def set_status(self, text: Status, loading: bool = False) -> None:
        """`loading` shows a busy bar beside the text: loading gives no progress to report. Given as a function,
        the text is written again when the language changes."""
        self._status = text
        self.status.setText(text() if callable(text) else text)
        self._progress.setVisible(loading)

    def show_remote(self, provider: str, host: str) -> None:
        """The chat's model is on another computer: the conversation leaves this one, and the header says so."""
        self._remote = (provider, host)
        self._say_remote(provider, host)
        self.remote_mark.show()
        self._think_first.hide()
        self.set_status(lambda: self.tr("Ready · on {provider}").format(provider=provider))

    def _say_remote(self, provider: str, host: str) -> None:
        self.remote_mark.setText(self.tr("leaves this computer → {host}").format(host=host))
        self.remote_mark.setToolTip(
            self.tr(
                "Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what "
                "that computer keeps."
            ).format(provider=provider, host=host)
        )

    def show_ready(self, loaded: LoadedModel) -> None:
        self._remote = None
        self.remote_mark.hide()
        self.set_status(lambda: self._ready_words(loaded))

    def _ready_words(self, loaded: LoadedModel) -> str:
        context = QLocale().toString(loaded.context)
        seconds = QLocale().toString(loaded.load_seconds, "f", 1)
        if loaded.mmproj is not None:
            return self.tr("Ready · {context} tokens of context · sees images · loaded in {seconds} s").format(
                context=context, seconds=seconds
            )
        return self.tr("Ready · {context} tokens of context · loaded in {seconds} s").format(
            context=context, seconds=seconds
        )

    def preset(self) -> str:
        return str(self._preset.currentData())

    def show_options(self, shown: bool) -> None:
        self._options_button.setChecked(shown)

    def offer_thinking(self, offered: bool) -> None:
        """Only some models' chat templates can reason before answering; the choice is shown for those."""
        self._think_first.setVisible(offered)

    def think_first(self) -> bool | None:
        """Whether the reply should reason first; None when the loaded model does not offer the choice."""
        return self._think_first.isChecked() if not self._think_first.isHidden() else None

    @Slot(int)
    def on_picker_index_changed(self, _index: int) -> None:
        self.picker.setToolTip(self.picker.currentText())  # long labels (name, sees images, verdict) are cut

    def minimumSizeHint(self) -> QSize:
        """The narrower arrangement's width: the header re-arranges itself to fit, so a page or window made
        narrow is not held wide by the arrangement it had before."""
        return QSize(self._narrow_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_controls(beside=event.size().width() >= self._beside_width())

    def event(self, event: QEvent) -> bool:
        """A child asking for another size (after a change of theme or font) may change what fits, without the
        header being resized."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._place_controls(beside=self.width() >= self._beside_width())
        return super().event(event)

    def _controls(self) -> tuple[QWidget, ...]:
        return (self._style_label, self._preset, self._options_button)

    def _controls_width(self) -> int:
        return sum(w.sizeHint().width() for w in self._controls()) + SPACING * (len(self._controls()) - 1)

    def _beside_width(self) -> int:
        """The picker at its smallest, and the style controls at the width they ask for, on one line."""
        return self.picker.minimumSizeHint().width() + SPACING + self._controls_width()

    def _narrow_width(self) -> int:
        statuses = (self._progress, self.remote_mark, self._think_first)
        status_row = self.status.minimumSizeHint().width() + sum(
            w.sizeHint().width() + SPACING for w in statuses if not w.isHidden()
        )
        return max(self.picker.minimumSizeHint().width(), self._controls_width(), status_row)

    def _place_controls(self, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        source, target = (self._below, self._top) if beside else (self._top, self._below)
        for widget in self._controls():
            source.removeWidget(widget)
            target.addWidget(widget)
        self.updateGeometry()

"""One catalog model as a card: what it is, its licence, its size, and whether it runs here (and why).

A screen reader hears the card as "{model}, {size}, {verdict}" with the verdict's reason as its description; the card
itself takes the keyboard focus, so a model with nothing left to choose or download is still reached by Tab.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.downloads.queue import DownloadStatus
from app.downloads.queue_state import QueueState
from app.fit.advice import ModelAdvice
from app.fit.verdict import Fit, Verdict
from app.i18n import localized
from app.models.catalog import License, ModelSpec
from ui.shared.elided import ElidedComboBox
from ui.shared.flow_layout import FlowLayout
from ui.shared.i18n import format_size

FIT_BADGE = {  # object names styled in hearth.qss
    Fit.GPU: "BadgeGood",
    Fit.PARTIAL: "BadgeOkay",
    Fit.CPU: "BadgeSlow",
    Fit.TOO_LARGE: "BadgeBad",
}


TASK_NAMES = {  # a catalog task as its badge names it
    "chat": QT_TRANSLATE_NOOP("ModelCard", "Chat"),
    "code": QT_TRANSLATE_NOOP("ModelCard", "Code"),
    "reasoning": QT_TRANSLATE_NOOP("ModelCard", "Reasoning"),
    "vision": QT_TRANSLATE_NOOP("ModelCard", "Vision"),
    "speech": QT_TRANSLATE_NOOP("ModelCard", "Speech"),
    "embeddings": QT_TRANSLATE_NOOP("ModelCard", "Embeddings"),
}


def task_names(tasks: tuple[str, ...]) -> str:
    """ "Chat · Code" in the chosen language; a task the table does not know keeps its own name."""
    names = [
        QCoreApplication.translate("ModelCard", TASK_NAMES[t]) if t in TASK_NAMES else t.capitalize() for t in tasks
    ]
    return " · ".join(names)


def licence_tip(licence: License) -> str:
    """The licence badge's explanation: its tier and whether a business may use the model."""
    if licence.commercial_use:
        return QCoreApplication.translate("ModelCard", "{tier}; business use allowed").format(tier=licence.tier_label)
    return QCoreApplication.translate("ModelCard", "{tier}; business use not allowed").format(tier=licence.tier_label)


QUANT_PICKER_MIN_WIDTH = 96  # "Q4_K_M" and its arrow
PILL_MIN_WIDTH = 88  # a short pill ("469 MB") stays whole; a longer one keeps a word and the ellipsis


class Pill(QLabel):
    """A badge that never makes its row wider than the page: squeezed, it cuts its text with an ellipsis and
    keeps the whole text (and its explanation) in the tooltip."""

    def __init__(self, text: str, kind: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        self._explanation = tooltip
        self._full = ""
        self.setText(text)
        self.setAccessibleDescription(tooltip)

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)  # the whole text, not what fits: a reader speaks it all
        super().setText(text)
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        """The whole text; `shown_text()` is what fits."""
        return self._full

    def shown_text(self) -> str:
        return QLabel.text(self)

    def sizeHint(self) -> QSize:
        return self._hint_for(self._full)

    def minimumSizeHint(self) -> QSize:
        hint = self._hint_for(self._full)
        return QSize(min(hint.width(), PILL_MIN_WIDTH), hint.height())

    def setToolTip(self, tooltip: str) -> None:
        self._explanation = tooltip
        self.setAccessibleDescription(tooltip)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _hint_for(self, text: str) -> QSize:
        chrome = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(QLabel.text(self))
        return QSize(chrome + self.fontMetrics().horizontalAdvance(text), super().sizeHint().height())

    def _elide(self) -> None:
        chrome = self._hint_for("").width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width() - chrome, 0))
        if self.width() >= self.sizeHint().width():
            shown = self._full
        if shown != QLabel.text(self):
            super().setText(shown)
        cut = shown != self._full
        tooltip = "\n".join(t for t in (self._full if cut else "", self._explanation) if t)
        super().setToolTip(tooltip)


class QuantPicker(ElidedComboBox):
    """Its whole text where there is room: the style sheet's padding and border are not in QComboBox's own size
    hint, which cut "Q4_K_M (recommended)" by a letter or two."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 2 * self.fontMetrics().averageCharWidth() + 8, hint.height())


def badge(text: str, kind: str, tooltip: str = "") -> Pill:
    return Pill(text, kind, tooltip)


def mark_focus(card: QFrame, focused: bool) -> None:
    """A card drawn as holding the keyboard focus (hearth.qss: ModelCard[focused="true"]) while it or one of its
    controls has it, so Space never acts on a model nobody can see."""
    if card.property("focused") == focused:
        return
    card.setProperty("focused", focused)
    card.style().unpolish(card)
    card.style().polish(card)


class ModelCard(QFrame):
    quantization_changed = Signal(str)
    download_requested = Signal(str, str)  # catalog id, quantization

    def __init__(self, spec: ModelSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelCard")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read aloud by its name, even with no control left on it
        self.spec = spec
        self.advice: ModelAdvice | None = None
        # Sizes on this computer, judged from their own file's header as My Models judges them: that verdict wins
        # over the catalog's shape numbers, so the two pages never give one file two memory figures.
        self.on_computer: dict[str, Verdict] = {}
        self.verdict: Verdict | None = None  # the one shown, for the selected quantization
        self.download_updates = 0  # how often its download state was drawn: another model's progress must not
        self._download: tuple[DownloadStatus | None, bool, bool] = (None, False, False)  # redrawn in a new language

        self.title = QLabel(f"<b>{spec.name}</b>")
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)
        self.publisher = QLabel("")
        self.publisher.setObjectName("Muted")
        self.publisher.setWordWrap(True)
        self.description = QLabel(spec.description)
        self.description.setWordWrap(True)

        licence_kind = "BadgeGood" if spec.license.commercial_use else "BadgeSlow"
        self.licence_badge = badge(spec.license.name, licence_kind)
        self.size_badge = badge("", "BadgePlain")
        self.verdict_badge = badge("", "BadgePlain")
        self.tasks_badge = badge("", "BadgePlain")

        self.quant_picker = QuantPicker()
        self.quant_picker.setSizeAdjustPolicy(ElidedComboBox.SizeAdjustPolicy.AdjustToContents)  # "(recommended)"
        self.quant_picker.setMinimumWidth(QUANT_PICKER_MIN_WIDTH)  # its whole text where there is room, cut if not
        for variant in spec.variants:
            self.quant_picker.addItem(variant.quantization, variant.quantization)
        self.quant_picker.setVisible(len(spec.variants) > 1)

        self.reason = QLabel("")
        self.reason.setObjectName("Muted")
        self.reason.setWordWrap(True)
        self.download_button = QPushButton("")
        self.download_button.setObjectName("Primary")
        self.download_state = QLabel("")
        self.download_state.setObjectName("Muted")

        top = QHBoxLayout()
        top.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.title)
        names.addWidget(self.publisher)
        top.addLayout(names, 1)
        top.addWidget(self.download_state, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.quant_picker, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignTop)

        badges = FlowLayout(spacing=6)
        for item in (self.verdict_badge, self.size_badge, self.licence_badge, self.tasks_badge):
            badges.addWidget(item)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addLayout(badges)
        layout.addWidget(self.reason)

        self.quant_picker.currentIndexChanged.connect(self.on_quant_picker_changed)
        self.download_button.clicked.connect(self.on_download_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        spec = self.spec
        self.publisher.setText(
            self.tr("{publisher} · {parameters} parameters").format(
                publisher=spec.publisher, parameters=spec.parameters_label
            )
        )
        self.licence_badge.setToolTip(licence_tip(spec.license))
        self.tasks_badge.setText(task_names(spec.tasks))
        self.quant_picker.setToolTip(
            self.tr("Quantization: smaller files run faster and need less memory; larger ones answer better")
        )
        self.quant_picker.setAccessibleName(self.tr("Quantization of {model}").format(model=spec.name))
        self.download_button.setText(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download {model}").format(model=spec.name))
        self._name_quantizations()
        self._render_download()
        self._show_verdict(self.selected_quantization())

    def show_advice(self, advice: ModelAdvice) -> None:
        self.advice = advice
        recommended = advice.best.variant.quantization
        self.quant_picker.blockSignals(True)
        for index in range(self.quant_picker.count()):
            if self.quant_picker.itemData(index) == recommended:
                self.quant_picker.setCurrentIndex(index)
        self.quant_picker.blockSignals(False)
        self._name_quantizations()
        self._show_verdict(recommended)

    def _name_quantizations(self) -> None:
        """Each quantization by its name, the recommended one said so once the verdicts are in."""
        recommended = self.advice.best.variant.quantization if self.advice is not None else None
        for index in range(self.quant_picker.count()):
            quant = self.quant_picker.itemData(index)
            text = self.tr("{quant} (recommended)").format(quant=quant) if quant == recommended else quant
            self.quant_picker.setItemText(index, text)

    def focus_chain(self) -> list[QWidget]:
        """The card, then its controls, in reading order, for the page's Tab order."""
        return [self, self.quant_picker, self.download_button]

    def show_focus(self, focused: bool) -> None:
        """Marked (hearth.qss: ModelCard[focused="true"]) while it or one of its controls has the keyboard focus."""
        mark_focus(self, focused)

    @Slot()
    def on_download_clicked(self) -> None:
        self.download_requested.emit(self.spec.id, self.selected_quantization())

    def show_download(self, status: DownloadStatus | None, installed: bool, downloads_possible: bool) -> None:
        """The selected quantization's download: "Installed", "Downloading 45%", "Paused" …; the button is offered
        only when a download makes sense."""
        self.download_updates += 1
        self._download = (status, installed, downloads_possible)
        self._render_download()

    def _render_download(self) -> None:
        status, installed, downloads_possible = self._download
        state = status.state if status is not None else None
        if installed:
            text, offered = self.tr("Installed"), False
        elif status is not None and state in (QueueState.RUNNING, QueueState.QUEUED):
            if status.total_bytes and status.done_bytes:
                percent = f"{100 * status.done_bytes / status.total_bytes:.0f}"
                text = self.tr("Downloading {percent}%").format(percent=percent)
            else:
                text = self.tr("Downloading")
            offered = False
        elif state is QueueState.PAUSED:
            text, offered = self.tr("Paused"), True
        elif state is QueueState.FAILED:
            text, offered = self.tr("Failed"), True
        else:
            text, offered = "", downloads_possible
        self.download_state.setText(text)
        self.download_button.setVisible(offered)

    def select_quantization(self, quantization: str) -> None:
        index = self.quant_picker.findData(quantization)
        if index >= 0:
            self.quant_picker.setCurrentIndex(index)  # the verdict follows, and the page redraws the download state

    def selected_quantization(self) -> str:
        return str(self.quant_picker.currentData())

    @Slot(int)
    def show_on_computer(self, verdicts: dict[str, Verdict]) -> None:
        """The verdicts of this model's sizes that are on this computer, from their files (see `on_computer`)."""
        if verdicts != self.on_computer:
            self.on_computer = verdicts
            self._show_verdict(self.selected_quantization())

    def on_quant_picker_changed(self, _index: int) -> None:
        self._show_verdict(self.selected_quantization())
        self.quantization_changed.emit(self.selected_quantization())

    def _show_verdict(self, quantization: str) -> None:
        variant = self.spec.variant(quantization)
        approximate = any(f.size_is_approximate for f in variant.files)
        self.size_badge.setText(("≈ " if approximate else "") + format_size(variant.download_bytes))
        self.size_badge.setToolTip(self.tr("Download size (rounded, as published)") if approximate
                                   else self.tr("Download size"))  # fmt: skip
        verdict: Verdict | None = self.on_computer.get(quantization)
        if verdict is None and self.advice is not None:
            verdict = self.advice.verdict(quantization)
        if verdict is None:
            if self.verdict is None:
                self.verdict_badge.setText(self.tr("Checking your computer…"))
            self._describe()
            return
        self.verdict = verdict
        self.verdict_badge.setText(localized(verdict.label))
        self.verdict_badge.setAccessibleDescription(localized(verdict.reason))
        self.verdict_badge.setObjectName(FIT_BADGE[verdict.fit])
        self.verdict_badge.style().unpolish(self.verdict_badge)
        self.verdict_badge.style().polish(self.verdict_badge)
        speed = (
            self.tr("Expected speed: {speed}.").format(speed=localized(verdict.speed_label))
            if verdict.speed_label
            else ""
        )
        self.reason.setText(" ".join(t for t in (localized(verdict.reason), speed) if t))
        self._describe()

    def _describe(self) -> None:
        """What a screen reader says on reaching the card or one of its controls: the model, its size and the
        verdict, with the verdict's reason (or, before the verdicts, what the model is) as the description."""
        summary = self.tr("{model}, {size}, {verdict}").format(
            model=self.spec.name, size=self.size_badge.text(), verdict=self.verdict_badge.text()
        )
        self.setAccessibleName(summary)
        self.setAccessibleDescription(self.reason.text() or self.spec.description)
        for control in (self.quant_picker, self.download_button):
            control.setAccessibleDescription(summary)

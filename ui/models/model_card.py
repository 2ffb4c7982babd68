"""One catalog model as a card: what it is, its licence, its size, and whether it runs here (and why)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.downloads.queue import DownloadStatus
from app.downloads.queue_state import QueueState
from app.fit.advice import ModelAdvice
from app.fit.verdict import Fit, Verdict
from app.models.catalog import ModelSpec
from app.units import format_bytes
from ui.shared.elided import ElidedComboBox
from ui.shared.flow_layout import FlowLayout

FIT_BADGE = {  # object names styled in hearth.qss
    Fit.GPU: "BadgeGood",
    Fit.PARTIAL: "BadgeOkay",
    Fit.CPU: "BadgeSlow",
    Fit.TOO_LARGE: "BadgeBad",
}


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

    def setText(self, text: str) -> None:
        self._full = text
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


class ModelCard(QFrame):
    quantization_changed = Signal(str)
    download_requested = Signal(str, str)  # catalog id, quantization

    def __init__(self, spec: ModelSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelCard")
        self.spec = spec
        self.advice: ModelAdvice | None = None
        # Sizes on this computer, judged from their own file's header as My Models judges them: that verdict wins
        # over the catalog's shape numbers, so the two pages never give one file two memory figures.
        self.on_computer: dict[str, Verdict] = {}
        self.download_updates = 0  # how often its download state was drawn: another model's progress must not

        self.title = QLabel(f"<b>{spec.name}</b>")
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)
        self.publisher = QLabel(f"{spec.publisher} · {spec.parameters_label} parameters")
        self.publisher.setObjectName("Muted")
        self.publisher.setWordWrap(True)
        self.description = QLabel(spec.description)
        self.description.setWordWrap(True)

        licence_kind = "BadgeGood" if spec.license.commercial_use else "BadgeSlow"
        self.licence_badge = badge(
            f"{spec.license.name}",
            licence_kind,
            f"{spec.license.tier_label}; business use {'allowed' if spec.license.commercial_use else 'not allowed'}",
        )
        self.size_badge = badge("", "BadgePlain")
        self.verdict_badge = badge("Checking your computer…", "BadgePlain")
        self.tasks_badge = badge(" · ".join(t.capitalize() for t in spec.tasks), "BadgePlain")

        self.quant_picker = QuantPicker()
        self.quant_picker.setSizeAdjustPolicy(ElidedComboBox.SizeAdjustPolicy.AdjustToContents)  # "(recommended)"
        self.quant_picker.setMinimumWidth(QUANT_PICKER_MIN_WIDTH)  # its whole text where there is room, cut if not
        self.quant_picker.setToolTip(
            "Quantization: smaller files run faster and need less memory; larger ones answer better"
        )
        self.quant_picker.setAccessibleName(f"Quantization of {spec.name}")
        for variant in spec.variants:
            self.quant_picker.addItem(variant.quantization, variant.quantization)
        self.quant_picker.setVisible(len(spec.variants) > 1)

        self.reason = QLabel("")
        self.reason.setObjectName("Muted")
        self.reason.setWordWrap(True)
        self.download_button = QPushButton("Download")
        self.download_button.setObjectName("Primary")
        self.download_button.setAccessibleName(f"Download {spec.name}")
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

    def show_advice(self, advice: ModelAdvice) -> None:
        self.advice = advice
        recommended = advice.best.variant.quantization
        self.quant_picker.blockSignals(True)
        for index in range(self.quant_picker.count()):
            quant = self.quant_picker.itemData(index)
            self.quant_picker.setItemText(index, f"{quant} (recommended)" if quant == recommended else quant)
            if quant == recommended:
                self.quant_picker.setCurrentIndex(index)
        self.quant_picker.blockSignals(False)
        self._show_verdict(recommended)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in reading order, for the page's Tab order."""
        return [self.quant_picker, self.download_button]

    def show_focus(self, focused: bool) -> None:
        """Marked (hearth.qss: ModelCard[focused="true"]) while one of its controls has the keyboard focus."""
        if self.property("focused") == focused:
            return
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    @Slot()
    def on_download_clicked(self) -> None:
        self.download_requested.emit(self.spec.id, self.selected_quantization())

    def show_download(self, status: DownloadStatus | None, installed: bool, downloads_possible: bool) -> None:
        """The selected quantization's download: "Installed", "Downloading 45%", "Paused" …; the button is offered
        only when a download makes sense."""
        self.download_updates += 1
        state = status.state if status is not None else None
        if installed:
            text, offered = "Installed", False
        elif status is not None and state in (QueueState.RUNNING, QueueState.QUEUED):
            share = f" {status.done_bytes / status.total_bytes:.0%}" if status.total_bytes and status.done_bytes else ""
            text, offered = f"Downloading{share}", False
        elif state is QueueState.PAUSED:
            text, offered = "Paused", True
        elif state is QueueState.FAILED:
            text, offered = "Failed", True
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
        self.size_badge.setText(("≈ " if approximate else "") + format_bytes(variant.download_bytes))
        self.size_badge.setToolTip("Download size" + (" (rounded, as published)" if approximate else ""))
        verdict: Verdict | None = self.on_computer.get(quantization)
        if verdict is None and self.advice is None:
            return
        if verdict is None:
            assert self.advice is not None
            verdict = self.advice.verdict(quantization)
        self.verdict_badge.setText(verdict.label)
        self.verdict_badge.setObjectName(FIT_BADGE[verdict.fit])
        self.verdict_badge.style().unpolish(self.verdict_badge)
        self.verdict_badge.style().polish(self.verdict_badge)
        speed = f" Expected speed: {verdict.speed_label}." if verdict.speed_label else ""
        self.reason.setText(verdict.reason + speed)

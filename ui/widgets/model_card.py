"""One catalog model as a card: what it is, its licence, its size, and whether it runs here (and why)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.catalog import ModelSpec
from app.downloads.queue import DownloadStatus
from app.fit.advice import ModelAdvice
from app.fit.verdict import Fit, Verdict
from app.queue_state import QueueState
from app.units import format_bytes

FIT_BADGE = {  # object names styled in hearth.qss
    Fit.GPU: "BadgeGood",
    Fit.PARTIAL: "BadgeOkay",
    Fit.CPU: "BadgeSlow",
    Fit.TOO_LARGE: "BadgeBad",
}


def badge(text: str, kind: str, tooltip: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(kind)
    label.setToolTip(tooltip)
    return label


class ModelCard(QFrame):
    quantization_changed = Signal(str)
    download_requested = Signal(str, str)  # catalog id, quantization

    def __init__(self, spec: ModelSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelCard")
        self.spec = spec
        self.advice: ModelAdvice | None = None
        self.download_updates = 0  # how often its download state was drawn: another model's progress must not

        self.title = QLabel(f"<b>{spec.name}</b>")
        self.title.setObjectName("CardTitle")
        publisher = QLabel(f"{spec.publisher} · {spec.parameters_label} parameters")
        publisher.setObjectName("Muted")
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
        tasks = badge(" · ".join(t.capitalize() for t in spec.tasks), "BadgePlain")

        self.quant_picker = QComboBox()
        self.quant_picker.setToolTip(
            "Quantization: smaller files run faster and need less memory; larger ones answer better"
        )
        for variant in spec.variants:
            self.quant_picker.addItem(variant.quantization, variant.quantization)
        self.quant_picker.setVisible(len(spec.variants) > 1)

        self.reason = QLabel("")
        self.reason.setObjectName("Muted")
        self.reason.setWordWrap(True)
        self.download_button = QPushButton("Download")
        self.download_button.setObjectName("Primary")
        self.download_state = QLabel("")
        self.download_state.setObjectName("Muted")

        top = QHBoxLayout()
        top.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.title)
        names.addWidget(publisher)
        top.addLayout(names, 1)
        top.addWidget(self.download_state, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.quant_picker, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignTop)

        badges = QHBoxLayout()
        badges.setSpacing(6)
        for item in (self.verdict_badge, self.size_badge, self.licence_badge, tasks):
            badges.addWidget(item)
        badges.addStretch(1)

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

    def selected_quantization(self) -> str:
        return str(self.quant_picker.currentData())

    @Slot(int)
    def on_quant_picker_changed(self, _index: int) -> None:
        self._show_verdict(self.selected_quantization())
        self.quantization_changed.emit(self.selected_quantization())

    def _show_verdict(self, quantization: str) -> None:
        variant = self.spec.variant(quantization)
        approximate = any(f.size_is_approximate for f in variant.files)
        self.size_badge.setText(("≈ " if approximate else "") + format_bytes(variant.download_bytes))
        self.size_badge.setToolTip("Download size" + (" (rounded, as published)" if approximate else ""))
        if self.advice is None:
            return
        verdict: Verdict = self.advice.verdict(quantization)
        self.verdict_badge.setText(verdict.label)
        self.verdict_badge.setObjectName(FIT_BADGE[verdict.fit])
        self.verdict_badge.style().unpolish(self.verdict_badge)
        self.verdict_badge.style().polish(self.verdict_badge)
        speed = f" Expected speed: {verdict.speed_label}." if verdict.speed_label else ""
        self.reason.setText(verdict.reason + speed)

"""This computer in one sentence, with the three facts behind it; a busy bar while the scan runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.hardware import HardwareProfile
from app.hardware.capacity import usable_gpus
from app.i18n import localized
from app.models.first_run import machine_summary
from ui.shared.fact_card import FactCard
from ui.shared.i18n import format_size


class ScanScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: HardwareProfile | None = None  # None while the scan runs
        self.models_ready = False  # the verdicts are in: nothing is being looked for any more
        self.title = QLabel()
        self.title.setObjectName("FirstRunTitle")
        self.summary = QLabel()
        self.summary.setObjectName("FirstRunSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: a scan takes a few seconds
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.processor = FactCard("")
        self.memory = FactCard("")
        self.graphics = FactCard("")
        self.facts = QWidget()
        row = QHBoxLayout(self.facts)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(12)
        for card in (self.processor, self.memory, self.graphics):
            row.addWidget(card, 1)
        self.facts.hide()
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your computer"))
        self.busy.setAccessibleName(self.tr("Looking at your computer"))
        self.processor.set_caption(self.tr("Processor"))
        self.memory.set_caption(self.tr("Memory"))
        self.graphics.set_caption(self.tr("Graphics"))
        self._render()

    def show_profile(self, profile: HardwareProfile) -> None:
        self.profile = profile
        self.models_ready = False  # the verdicts for this profile are still to come
        self._render()
        self.facts.show()

    def show_models_ready(self) -> None:
        self.models_ready = True
        self.busy.hide()
        self._render()

    def _render(self) -> None:
        profile = self.profile
        if profile is None:
            self.summary.setText(self.tr("Looking at your computer…"))
            self.status.setText("")
            return
        self.summary.setText(localized(machine_summary(profile)))
        cpu, memory = profile.cpu, profile.memory
        self.processor.show_fact(self.tr("%n cores", "", cpu.physical_cores), cpu.brand)
        free = self.tr("{size} free now").format(size=format_size(memory.available_bytes))
        self.memory.show_fact(format_size(memory.total_bytes), free)
        gpus = usable_gpus(profile)
        if gpus:
            self.graphics.show_fact(format_size(gpus[0].vram_total_bytes), gpus[0].name)
        else:
            self.graphics.show_fact(self.tr("Not used"), self.tr("Models run on the processor"))
        self.status.setText("" if self.models_ready else self.tr("Finding models that fit…"))

"""This computer in one sentence, with the three facts behind it; a busy bar while the scan runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.hardware import HardwareProfile
from app.hardware.capacity import usable_gpus
from app.models.first_run import machine_summary
from app.units import format_bytes
from ui.shared.fact_card import FactCard


class ScanScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Your computer")
        title.setObjectName("FirstRunTitle")
        self.summary = QLabel("Looking at your computer…")
        self.summary.setObjectName("FirstRunSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: a scan takes a few seconds
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.processor = FactCard("Processor")
        self.memory = FactCard("Memory")
        self.graphics = FactCard("Graphics")
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
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        layout.addWidget(self.status)

    def show_profile(self, profile: HardwareProfile) -> None:
        self.summary.setText(machine_summary(profile))
        cpu, memory = profile.cpu, profile.memory
        self.processor.show_fact(f"{cpu.physical_cores} cores", cpu.brand)
        self.memory.show_fact(format_bytes(memory.total_bytes), f"{format_bytes(memory.available_bytes)} free now")
        gpus = usable_gpus(profile)
        if gpus:
            self.graphics.show_fact(format_bytes(gpus[0].vram_total_bytes), gpus[0].name)
        else:
            self.graphics.show_fact("Not used", "Models run on the processor")
        self.facts.show()
        self.status.setText("Finding models that fit…")

    def show_models_ready(self) -> None:
        self.busy.hide()
        self.status.setText("")

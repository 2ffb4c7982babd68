"""This computer in one sentence, with the three facts behind it; a busy bar while the scan runs."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.first_run import machine_summary
from app.hardware import HardwareProfile
from app.units import format_bytes


class ScanScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Your computer")
        title.setObjectName("FirstRunTitle")
        self.summary = QLabel("Looking at your computer…")
        self.summary.setObjectName("FirstRunLead")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: a scan takes a few seconds
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.facts = QWidget()
        grid = QGridLayout(self.facts)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for row, caption in enumerate(("Processor", "Memory", "Graphics")):
            name = QLabel(caption)
            name.setObjectName("FirstRunFactCaption")
            value = QLabel("")
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[caption] = value
        grid.setColumnStretch(1, 1)
        self.facts.hide()
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        layout.addWidget(self.status)

    def show_profile(self, profile: HardwareProfile) -> None:
        self.summary.setText(machine_summary(profile))
        cpu = profile.cpu
        self.values["Processor"].setText(f"{cpu.brand} · {cpu.physical_cores} cores")
        memory = profile.memory
        self.values["Memory"].setText(
            f"{format_bytes(memory.total_bytes)} ({format_bytes(memory.available_bytes)} free right now)"
        )
        gpus = ", ".join(f"{gpu.name} ({format_bytes(gpu.vram_total_bytes)})" for gpu in profile.gpus)
        self.values["Graphics"].setText(gpus or "None that Hearth can use; models run on the processor")
        self.facts.show()
        self.status.setText("Finding models that fit…")

    def show_models_ready(self) -> None:
        self.busy.hide()
        self.status.setText("")

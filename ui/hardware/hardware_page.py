"""The Hardware page: what this computer can run, in one sentence, with the facts behind it on demand.

The scan is the machine state's (ui/state/machine.py), shared with every page: it runs external tools for up to
a few seconds on a worker; the page shows "Scanning…" and keeps the previous result visible until the new one
arrives. A failed scan is told by the workers, through the app's message bridge, like every other failure.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.hardware import HardwareProfile
from app.hardware.capacity import Capacity, assess
from app.hardware.report import render
from app.messages import MessageBridge
from app.units import format_bytes
from ui.shared.fact_card import FactCard
from ui.shared.scroll import vertical_scroll
from ui.state.machine import MachineState


class HardwarePage(QWidget):
    scan_finished = Signal(object)  # HardwareProfile, after the page has shown it

    def __init__(self, machine: MachineState, messages: MessageBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.machine = machine
        self._messages = messages
        self._build()
        self._connect_signals()
        if machine.profile is not None:
            self.show_profile(machine.profile, assess(machine.profile))
        self.on_machine_scanning_changed(machine.scanning)

    def _build(self) -> None:
        title = QLabel("Your computer")
        title.setObjectName("PageTitle")
        self.rescan_button = QPushButton("Rescan")
        self.rescan_button.setObjectName("Primary")
        self.rescan_button.setToolTip("Look at the hardware again (Ctrl+R)")
        self.rescan_button.setShortcut("Ctrl+R")
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(self.rescan_button)

        self.headline = QLabel("Looking at your computer…")
        self.headline.setObjectName("Headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.processor_card = FactCard("Processor")
        self.memory_card = FactCard("Memory")
        self.graphics_card = FactCard("Graphics")
        self.engine_card = FactCard("Acceleration")
        self.storage_card = FactCard("Storage for models")
        self.system_card = FactCard("System")
        cards = QGridLayout()
        cards.setSpacing(12)
        all_cards = (
            self.processor_card,
            self.memory_card,
            self.graphics_card,
            self.engine_card,
            self.storage_card,
            self.system_card,
        )
        for position, card in enumerate(all_cards):
            cards.addWidget(card, position // 2, position % 2)

        self.warnings = QLabel("")
        self.warnings.setObjectName("WarningBox")
        self.warnings.setWordWrap(True)
        self.warnings.hide()

        self.details_toggle = QPushButton("Show details")
        self.details_toggle.setCheckable(True)
        self.copy_button = QPushButton("Copy details")
        self.copy_button.setToolTip("Copy the full scan, for example to paste into a bug report")
        self.copy_button.setEnabled(False)
        details_bar = QHBoxLayout()
        details_bar.addWidget(self.details_toggle)
        details_bar.addStretch(1)
        details_bar.addWidget(self.copy_button)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(200)
        self.details.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.headline)
        layout.addLayout(cards)
        layout.addWidget(self.warnings)
        layout.addLayout(details_bar)
        layout.addWidget(self.details)
        layout.addStretch(1)
        scroll = vertical_scroll(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.rescan_button.clicked.connect(self.rescan)
        self.details_toggle.toggled.connect(self.on_details_toggled)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.machine.scanning_changed.connect(self.on_machine_scanning_changed)
        self.machine.profile_changed.connect(self.on_machine_profile_changed)

    @Slot()
    def rescan(self) -> None:
        self.machine.rescan()

    @Slot(bool)
    def on_machine_scanning_changed(self, scanning: bool) -> None:
        self.rescan_button.setEnabled(not scanning)
        self.status.setText("Scanning…" if scanning else "")

    @Slot(object)
    def on_machine_profile_changed(self, profile: HardwareProfile) -> None:
        self.show_profile(profile, assess(profile))
        self.scan_finished.emit(profile)

    def show_profile(self, profile: HardwareProfile, capacity: Capacity) -> None:
        self.headline.setText(capacity.headline)
        cpu = profile.cpu
        features = " · ".join(name.upper() for name in cpu.features) or "no vector extensions found"
        self.processor_card.show_fact(
            f"{cpu.physical_cores} cores", f"{cpu.brand}\n{cpu.logical_cores} threads · {features}"
        )
        memory = profile.memory
        self.memory_card.show_fact(
            format_bytes(memory.total_bytes), f"{format_bytes(memory.available_bytes)} free right now"
        )
        if profile.gpus:
            gpu = profile.gpus[0]
            more = f" (+{len(profile.gpus) - 1} more)" if len(profile.gpus) > 1 else ""
            self.graphics_card.show_fact(
                f"{gpu.name}{more}", "\n".join(capacity.reasons) or format_bytes(gpu.vram_total_bytes)
            )
        else:
            self.graphics_card.show_fact(
                "Processor only", "No graphics card that Hearth can use was found. Models run on the processor."
            )
        self.engine_card.show_fact(_acceleration_text(profile, capacity), _engine_text(profile))
        self.storage_card.show_fact(f"{format_bytes(profile.disk.free_bytes)} free", profile.disk.path)
        self.system_card.show_fact(
            profile.os.pretty_name, f"{profile.os.system} {profile.os.release} · {profile.os.machine}"
        )
        if profile.warnings:
            self.warnings.setText("\n".join(f"• {warning}" for warning in profile.warnings))
            self.warnings.show()
        else:
            self.warnings.hide()
        self.details.setPlainText(render(profile, capacity))
        self.copy_button.setEnabled(True)

    @Slot(bool)
    def on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setText("Hide details" if shown else "Show details")

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self._messages.info("The scan's details are copied: paste them into a bug report or a message.")


def _engine_text(profile: HardwareProfile) -> str:
    llama, speech = profile.llama, profile.speech
    if llama.importable:
        offload = "with GPU support" if llama.gpu_offload_supported else "built for the processor only"
        chat = f"Chat: llama.cpp {llama.version}, {offload}"
    else:
        chat = "The chat engine (llama.cpp) could not be loaded; see the details below."
    if speech.importable:
        where = "the graphics card" if speech.cuda_devices else "the processor"
        return f"{chat}\nTranscription: CTranslate2 {speech.version}, on {where}"
    return f"{chat}\nThe speech engine (CTranslate2) could not be loaded; see the details below."


def _acceleration_text(profile: HardwareProfile, capacity: Capacity) -> str:
    if capacity.gpu_model_bytes:
        return capacity.acceleration
    best = next((name.upper() for name in ("avx512", "avx2", "neon", "avx") if name in profile.cpu.features), "")
    return f"Processor ({best})" if best else "Processor"

"""The Hardware page: what this computer can run, in one sentence, with the facts behind it on demand.

The scan is the machine state's (ui/state/machine.py), shared with every page: it runs external tools for up to
a few seconds on a worker; the page shows "Scanning…" and keeps the previous result visible until the new one
arrives. A failed scan is told by the workers, through the app's message bridge, like every other failure.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
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
from app.i18n import localized
from app.messages import MessageBridge
from ui.shared.fact_card import FactCard
from ui.shared.i18n import format_size
from ui.shared.scroll import vertical_scroll
from ui.state.machine import MachineState


class HardwarePage(QWidget):
    scan_finished = Signal(object)  # HardwareProfile, after the page has shown it

    def __init__(self, machine: MachineState, messages: MessageBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.machine = machine
        self._messages = messages
        self._shown: tuple[HardwareProfile, Capacity] | None = None  # what the cards show, written again on a switch
        self._build()
        self._connect_signals()
        self.retranslate()
        if machine.profile is not None:
            self.show_profile(machine.profile, assess(machine.profile))
        self.on_machine_scanning_changed(machine.scanning)

    def retranslate(self) -> None:
        """The fixed texts, and the cards and status as they are now."""
        self.title.setText(self.tr("Your computer"))
        self.rescan_button.setText(self.tr("Rescan"))
        self.rescan_button.setToolTip(self.tr("Look at the hardware again (Ctrl+R)"))
        self.rescan_button.setAccessibleName(self.tr("Look at the hardware again"))
        captions = (
            (self.processor_card, self.tr("Processor")),
            (self.memory_card, self.tr("Memory")),
            (self.graphics_card, self.tr("Graphics")),
            (self.engine_card, self.tr("Acceleration")),
            (self.storage_card, self.tr("Storage for models")),
            (self.system_card, self.tr("System")),
        )
        for card, caption in captions:
            card.caption.setText(caption.upper())
            card.setAccessibleName(caption)
        self.details_toggle.setText(
            self.tr("Hide details") if self.details_toggle.isChecked() else self.tr("Show details")
        )
        self.details_toggle.setAccessibleName(self.tr("Show the full scan"))
        self.copy_button.setText(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the full scan, for example to paste into a bug report"))
        self.copy_button.setAccessibleName(self.tr("Copy the full scan"))
        self.details.setAccessibleName(self.tr("The full scan"))
        self.warnings.setAccessibleName(self.tr("Warnings about this computer"))
        self.scroll.setAccessibleName(self.tr("Your computer"))
        self.on_machine_scanning_changed(self.machine.scanning)
        if self._shown is not None:
            self.show_profile(*self._shown)
        else:
            self.headline.setText(self.tr("Looking at your computer…"))

    def _build(self) -> None:
        self.title = title = QLabel()
        title.setObjectName("PageTitle")
        self.rescan_button = QPushButton()
        self.rescan_button.setObjectName("Primary")
        self.rescan_button.setShortcut("Ctrl+R")
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(self.rescan_button)

        self.headline = QLabel()
        self.headline.setObjectName("Headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.processor_card = FactCard("")  # captions: retranslate
        self.memory_card = FactCard("")
        self.graphics_card = FactCard("")
        self.engine_card = FactCard("")
        self.storage_card = FactCard("")
        self.system_card = FactCard("")
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

        self.details_toggle = QPushButton()
        self.details_toggle.setCheckable(True)
        self.copy_button = QPushButton()
        self.copy_button.setEnabled(False)
        details_bar = QHBoxLayout()
        details_bar.addWidget(self.details_toggle)
        details_bar.addStretch(1)
        details_bar.addWidget(self.copy_button)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
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
        self.scroll = scroll = vertical_scroll(content)
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
        self.status.setText(self.tr("Scanning…") if scanning else "")

    @Slot(object)
    def on_machine_profile_changed(self, profile: HardwareProfile) -> None:
        self.show_profile(profile, assess(profile))
        self.scan_finished.emit(profile)

    def show_profile(self, profile: HardwareProfile, capacity: Capacity) -> None:
        self._shown = (profile, capacity)
        self.headline.setText(localized(capacity.headline))
        cpu = profile.cpu
        features = " · ".join(name.upper() for name in cpu.features) or self.tr("no vector extensions found")
        threads = self.tr("%n threads", "", cpu.logical_cores)
        self.processor_card.show_fact(
            self.tr("%n cores", "", cpu.physical_cores),
            self.tr("{brand}\n{threads} · {features}").format(brand=cpu.brand, threads=threads, features=features),
        )
        memory = profile.memory
        self.memory_card.show_fact(
            format_size(memory.total_bytes),
            self.tr("{size} free right now").format(size=format_size(memory.available_bytes)),
        )
        if profile.gpus:
            gpu = profile.gpus[0]
            name = (
                self.tr("{name} (+%n more)", "", len(profile.gpus) - 1).format(name=gpu.name)
                if len(profile.gpus) > 1
                else gpu.name
            )
            self.graphics_card.show_fact(
                name, "\n".join(localized(reason) for reason in capacity.reasons) or format_size(gpu.vram_total_bytes)
            )
        else:
            self.graphics_card.show_fact(
                self.tr("Processor only"),
                self.tr("No graphics card that Hearth can use was found. Models run on the processor."),
            )
        self.engine_card.show_fact(_acceleration_text(profile, capacity), _engine_text(profile))
        self.storage_card.show_fact(
            self.tr("{size} free").format(size=format_size(profile.disk.free_bytes)), profile.disk.path
        )
        self.system_card.show_fact(
            profile.os.pretty_name, f"{profile.os.system} {profile.os.release} · {profile.os.machine}"
        )
        if profile.warnings:
            self.warnings.setText("\n".join(f"• {localized(warning)}" for warning in profile.warnings))
            self.warnings.show()
        else:
            self.warnings.hide()
        self.details.setPlainText(render(profile, capacity))
        self.copy_button.setEnabled(True)

    @Slot(bool)
    def on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self._messages.info(self.tr("The scan's details are copied: paste them into a bug report or a message."))


def _engine_text(profile: HardwareProfile) -> str:
    llama, speech = profile.llama, profile.speech
    if not llama.importable:
        chat = QCoreApplication.translate(
            "HardwarePage", "The chat engine (llama.cpp) could not be loaded; see the details below."
        )
    elif llama.gpu_offload_supported:
        chat = QCoreApplication.translate("HardwarePage", "Chat: llama.cpp {version}, with GPU support").format(
            version=llama.version
        )
    else:
        chat = QCoreApplication.translate(
            "HardwarePage", "Chat: llama.cpp {version}, built for the processor only"
        ).format(version=llama.version)
    if not speech.importable:
        speech_text = QCoreApplication.translate(
            "HardwarePage", "The speech engine (CTranslate2) could not be loaded; see the details below."
        )
    elif speech.cuda_devices:
        speech_text = QCoreApplication.translate(
            "HardwarePage", "Transcription: CTranslate2 {version}, on the graphics card"
        ).format(version=speech.version)
    else:
        speech_text = QCoreApplication.translate(
            "HardwarePage", "Transcription: CTranslate2 {version}, on the processor"
        ).format(version=speech.version)
    return f"{chat}\n{speech_text}"


def _acceleration_text(profile: HardwareProfile, capacity: Capacity) -> str:
    if capacity.gpu_model_bytes:
        return capacity.acceleration
    best = next((name.upper() for name in ("avx512", "avx2", "neon", "avx") if name in profile.cpu.features), "")
    return (
        QCoreApplication.translate("HardwarePage", "Processor ({extension})").format(extension=best)
        if best
        else QCoreApplication.translate("HardwarePage", "Processor")
    )

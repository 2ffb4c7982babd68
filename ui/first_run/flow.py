"""The first-run window: one decision per screen, Skip always at hand, Back where going back makes sense.

It decides nothing itself (app/models/first_run.py does) and starts nothing but the chosen download, through the
downloads controller: the profile and the verdicts are the machine state's, the same snapshot Discover shows.
Closing it in any way ends the first run; the composition root (ui/application.py) records that, so it never
shows again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.hardware import HardwareProfile
from app.models.first_run import Pick, three_picks
from app.models.machine import MachineSnapshot
from ui.first_run.download import DownloadScreen
from ui.first_run.picks import PicksScreen
from ui.first_run.scan import ScanScreen
from ui.first_run.welcome import WelcomeScreen
from ui.shared.i18n import format_size
from ui.shared.scroll import vertical_scroll
from ui.state.downloads import DownloadsController
from ui.state.machine import MachineState

WELCOME, SCAN, PICKS, DOWNLOAD = range(4)


class FirstRunDialog(QDialog):
    chat_requested = Signal(object)  # Path of the downloaded model: open the chat with it loaded
    page_requested = Signal(str)  # a page of the main window to go on with ("models", "transcribe", "discover")
    suggestions_ready = Signal()  # the verdicts for this computer are in; the picks screen is filled

    def __init__(self, machine: MachineState, downloads: DownloadsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRun")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed by Qt on the GUI thread, not by a GC pass
        self.setMinimumSize(720, 640)
        self.machine = machine
        self.snapshot: MachineSnapshot | None = None  # the verdicts the picks come from
        self.picks: list[Pick] | None = None  # None until the verdicts for this computer are in
        self.welcome = WelcomeScreen()
        self.scan = ScanScreen()
        self.choose = PicksScreen()
        self.download = DownloadScreen(downloads)
        self.steps = QStackedWidget()
        for screen in (self.welcome, self.scan, self.choose, self.download):
            self.steps.addWidget(screen)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("FirstRunSkip")
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("Primary")
        self.next_button.setDefault(True)
        footer = QHBoxLayout()
        footer.setSpacing(10)
        footer.addWidget(self.skip_button)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 24)
        layout.setSpacing(16)
        layout.addWidget(vertical_scroll(self.steps), 1)  # a longer language or a larger text scrolls, never cuts
        layout.addLayout(footer)
        self._connect_signals()
        if machine.profile is not None:
            self.on_machine_profile_changed(machine.profile)
        if machine.snapshot is not None:
            self.on_machine_changed(machine.snapshot)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Hearth"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Go straight to Hearth; this welcome does not show again"))
        self.skip_button.setAccessibleName(self.tr("Skip the welcome"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Centred over the window: without a window manager (or with some) a dialog would open at its corner."""
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            frame = self.frameGeometry()
            frame.moveCenter(parent.frameGeometry().center())
            self.move(frame.topLeft())

    def _connect_signals(self) -> None:
        self.welcome.find_requested.connect(lambda: self._go(SCAN))
        self.welcome.have_models_requested.connect(lambda: self._leave_for("models"))
        self.welcome.transcribe_requested.connect(lambda: self._leave_for("transcribe"))
        self.choose.chosen_changed.connect(self._update_buttons)
        self.choose.browse_requested.connect(lambda: self._leave_for("discover"))
        self.download.installed.connect(self.on_download_installed)
        self.download.cancelled.connect(lambda: self._go(PICKS))
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.machine.profile_changed.connect(self.on_machine_profile_changed)
        self.machine.changed.connect(self.on_machine_changed)

    # ---- what the app tells it
    @Slot(object)
    def on_machine_profile_changed(self, profile: HardwareProfile) -> None:
        self.scan.show_profile(profile)

    @Slot(object)
    def on_machine_changed(self, snapshot: MachineSnapshot) -> None:
        self.snapshot = snapshot
        self.picks = three_picks(snapshot.advice)
        self.choose.show_picks(self.picks)
        self.scan.show_models_ready()
        self._update_buttons()
        self.suggestions_ready.emit()

    # ---- what the person does
    @Slot()
    def on_next_clicked(self) -> None:
        step = self.steps.currentIndex()
        if step == SCAN:
            self._go(PICKS)
        elif step == PICKS and (pick := self.choose.chosen()) is not None:
            self.download.start(pick)
            self._go(DOWNLOAD)

    @Slot()
    def on_back_clicked(self) -> None:
        self._go(max(WELCOME, self.steps.currentIndex() - 1))

    @Slot(object)
    def on_download_installed(self, path: Path) -> None:
        self.chat_requested.emit(path)
        self.accept()

    def _leave_for(self, page: str) -> None:
        self.page_requested.emit(page)
        self.accept()

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        step = self.steps.currentIndex()
        self.back_button.setVisible(step in (SCAN, PICKS))
        self.next_button.setVisible(step == SCAN or (step == PICKS and bool(self.picks)))
        if step == SCAN:
            self.next_button.setText(self.tr("See models that fit"))
            self.next_button.setEnabled(self.picks is not None)
        elif step == PICKS:
            pick = self.choose.chosen()
            self.next_button.setEnabled(pick is not None)
            if pick is not None:
                self.next_button.setText(
                    self.tr("Download {model} ({size})").format(
                        model=pick.spec.name, size=format_size(pick.variant.download_bytes)
                    )
                )
        else:
            self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())

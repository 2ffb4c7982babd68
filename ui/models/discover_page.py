"""The Discover page: the catalog as cards, judged for this computer, recommended first, with filters.

The verdicts come from the machine state (ui/state/machine.py), judged once per scan for every view that shows
them; filtering and re-ordering only show and hide the cards already built. A download's progress redraws its
own card only: the downloads controller says which model each tick is about. Given a Hugging Face search panel
(ui/models/hub_search_panel.py), the catalog is the tab "Hearth's picks" and the panel the tab beside it.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.downloads import plan as plans
from app.downloads.queue import DownloadStatus
from app.fit.advice import ModelAdvice
from app.fit.verdict import Verdict
from app.hardware import HardwareProfile
from app.i18n import localized
from app.models.machine import MachineSnapshot
from app.units import GB
from ui.models.guide_dialog import GuideDialog
from ui.models.hub_search_panel import HubSearchPanel
from ui.models.model_card import ModelCard
from ui.shared.flow_layout import FlowLayout
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll
from ui.state.downloads import DownloadsController
from ui.state.machine import MachineState

TASK_CHOICES = (
    (QT_TRANSLATE_NOOP("DiscoverPage", "All tasks"), ""),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Chat"), "chat"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Code"), "code"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Reasoning"), "reasoning"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Images"), "vision"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Speech"), "speech"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Documents search"), "embeddings"),
)
LICENCE_CHOICES = (
    (QT_TRANSLATE_NOOP("DiscoverPage", "Any licence"), 5),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Business use allowed"), -1),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Free licences only (Apache, MIT)"), 1),
)
SEARCH_MIN_WIDTH = 200  # room for "Search models (Ctrl+F)" and a few words typed
SIZE_CHOICES = (
    (QT_TRANSLATE_NOOP("DiscoverPage", "Any size"), (0, None)),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Small (under 3 GB)"), (0, 3 * GB)),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Medium (3–10 GB)"), (3 * GB, 10 * GB)),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Large (over 10 GB)"), (10 * GB, None)),
)


class DiscoverPage(QWidget):
    advice_ready = Signal()  # verdicts for the whole catalog are shown
    compare_requested = Signal(list)  # catalog ids from the guide's "Compare these", installed here

    def __init__(
        self,
        machine: MachineState,
        downloads: DownloadsController | None = None,
        parent: QWidget | None = None,
        hub_search: HubSearchPanel | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.machine = machine
        self.hub_search = hub_search  # "Search Hugging Face", a tab beside the catalog's "Hearth's picks"
        self.catalog = machine.catalog
        self.downloads = downloads
        self.installed: set[tuple[str, str]] = set()  # (catalog id, quantization) on this computer
        self.snapshot: MachineSnapshot | None = None  # the verdicts the cards show
        self.order: list[str] = [spec.id for spec in self.catalog.models]
        self.cards: dict[str, ModelCard] = {}
        self.checking_machine = False  # the count says the computer is being looked at again
        self.guide_choice: tuple[str, bool] | None = None  # the filter note's model and whether filters were cleared
        self._build()
        self._connect_signals()
        self.retranslate()
        self.refresh_download_states()
        if machine.snapshot is not None:
            self.on_machine_changed(machine.snapshot)
        else:
            self.apply_filters()

    @property
    def profile(self) -> HardwareProfile | None:
        return self.snapshot.profile if self.snapshot else None

    @property
    def advice(self) -> Mapping[str, ModelAdvice]:
        return self.snapshot.by_model if self.snapshot else {}

    def _build(self) -> None:
        self.title = QLabel("")
        self.title.setObjectName("PageTitle")
        self.guide_button = QPushButton("")
        self.guide_button.setObjectName("Primary")
        self.guide_button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.guide_button)
        self.lead = QLabel("")
        self.lead.setObjectName("PageLead")
        self.lead.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.task_filter = QComboBox()
        for label, value in TASK_CHOICES:
            self.task_filter.addItem(label, value)
        self.licence_filter = QComboBox()
        for label, value in LICENCE_CHOICES:
            self.licence_filter.addItem(label, value)
        self.size_filter = QComboBox()
        for label, value in SIZE_CHOICES:
            self.size_filter.addItem(label, value)
        self.fits_filter = QCheckBox("")
        # The search on a row of its own, the filters below it, wrapping on a narrow page: read and tabbed through
        # in that order.
        filters = FlowLayout(spacing=8)
        for widget in self.filter_widgets():
            filters.addWidget(widget)

        self.count = QLabel("")
        self.count.setObjectName("Muted")
        self.empty = QWidget()
        self.empty_text = QLabel("")
        self.empty_text.setObjectName("Muted")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_filters_button = QPushButton("")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.filter_note = QLabel("")  # what "Help me choose" changed in the filters
        self.filter_note.setObjectName("Muted")
        self.filter_note.setWordWrap(True)
        self.filter_note.hide()

        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.list_layout.setSpacing(10)
        for spec in self.catalog.models:
            card = ModelCard(spec)
            card.download_requested.connect(self.on_download_requested)
            card.quantization_changed.connect(lambda _quant, card=card: self.show_download_of(card))
            self.cards[spec.id] = card
            self.list_layout.addWidget(card)
        self.list_layout.addWidget(self.empty)
        self.list_layout.addStretch(1)
        self.list_scroll = vertical_scroll(self.list_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.lead)
        picks = QWidget()
        picks_layout = QVBoxLayout(picks)
        picks_layout.setContentsMargins(0, 8 if self.hub_search else 0, 0, 0)
        picks_layout.setSpacing(12)
        picks_layout.addWidget(self.search)
        picks_layout.addLayout(filters)
        picks_layout.addWidget(self.filter_note)
        picks_layout.addWidget(self.count)
        picks_layout.addWidget(self.list_scroll, 1)
        self.tabs = QTabWidget()
        # Its tab bar takes Tab itself: the tab widget in the chain as well would hand the focus back to the bar
        # after the last card, and Tab would go round the page forever instead of on to the sidebar.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(picks, "")
        if self.hub_search is not None:
            self.tabs.addTab(self.hub_search, "")
        self.tabs.tabBar().setVisible(self.hub_search is not None)
        layout.addWidget(self.tabs, 1)
        self._follow_reading_order()
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.on_find_shortcut)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Discover"))
        self.guide_button.setText(self.tr("Help me choose"))
        self.guide_button.setAccessibleName(self.tr("Help me choose a model"))
        self.guide_button.setToolTip(
            self.tr("Answer two questions and get up to three models that suit you and this computer")
        )
        self.lead.setText(
            self.tr(
                "Open models you can run privately. The best fits for this computer come first; "
                "pick the smallest model that does what you need."
            )
        )
        self.search.setPlaceholderText(self.tr("Search models (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search models"))
        for combo, choices in (
            (self.task_filter, TASK_CHOICES),
            (self.licence_filter, LICENCE_CHOICES),
            (self.size_filter, SIZE_CHOICES),
        ):
            for index, (label, _value) in enumerate(choices):
                combo.setItemText(index, self.tr(label))
        self.task_filter.setAccessibleName(self.tr("Task"))
        self.licence_filter.setAccessibleName(self.tr("Licence"))
        self.size_filter.setAccessibleName(self.tr("Download size"))
        self.fits_filter.setText(self.tr("Fits this computer"))
        self.fits_filter.setAccessibleName(self.tr("Only models that fit this computer"))
        self.empty_text.setText(self.tr("No model matches these filters."))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_button.setToolTip(self.tr("Show every model again"))
        self.list_scroll.setAccessibleName(self.tr("Hearth's picks, best fits first"))
        self.tabs.setAccessibleName(self.tr("Discover"))
        self.tabs.tabBar().setAccessibleName(self.tr("Where to look for models"))
        self.tabs.setTabText(0, self.tr("Hearth's picks"))
        if self.hub_search is not None:
            self.tabs.setTabText(1, self.tr("Search Hugging Face"))
        self._show_count()
        self._show_filter_note()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.task_filter, self.licence_filter, self.size_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.fits_filter.toggled.connect(self.apply_filters)
        self.guide_button.clicked.connect(self.on_guide_clicked)
        self.clear_filters_button.clicked.connect(self.on_clear_filters_clicked)
        self.search.textEdited.connect(self.filter_note.hide)  # the person's own search: the note is stale
        for combo in (self.task_filter, self.licence_filter, self.size_filter):
            combo.activated.connect(self.filter_note.hide)
        self.fits_filter.clicked.connect(self.filter_note.hide)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_focus_changed)
        self.machine.profile_changed.connect(self.on_machine_profile_changed)
        self.machine.changed.connect(self.on_machine_changed)
        if self.downloads is not None:
            self.downloads.changed.connect(self.on_downloads_changed)
            self.downloads.removed.connect(self.on_downloads_removed)

    @Slot(object)
    def on_machine_profile_changed(self, _profile: HardwareProfile) -> None:
        self.checking_machine = True
        self._show_count()

    @Slot(object)
    def on_machine_changed(self, snapshot: MachineSnapshot) -> None:
        self.snapshot = snapshot
        self.checking_machine = False
        self.order = [a.spec.id for a in snapshot.advice]
        for advice in snapshot.advice:
            self.cards[advice.spec.id].show_advice(advice)
            self._select_installed(self.cards[advice.spec.id])
        self.refresh_download_states()
        for position, model_id in enumerate(self.order):
            self.list_layout.insertWidget(position, self.cards[model_id])
        self._follow_reading_order()
        self.guide_button.setEnabled(True)
        self.apply_filters()
        self.advice_ready.emit()

    def filter_widgets(self) -> list[QWidget]:
        return [self.task_filter, self.licence_filter, self.size_filter, self.fits_filter]

    def _follow_reading_order(self) -> None:
        """Tab goes as a person reads: the search, the filters, then the cards from the top of the list."""
        chain: list[QWidget] = [self.guide_button, self.tabs.tabBar(), self.search, *self.filter_widgets()]
        for model_id in self.order:
            chain.extend(self.cards[model_id].focus_chain())
        chain.append(self.clear_filters_button)
        if self.hub_search is not None:
            chain += self.hub_search.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @Slot(QWidget, QWidget)
    def on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """The card holding the keyboard focus is marked, so Space never acts on a model nobody can see."""
        for widget, focused in ((old, False), (new, True)):
            card = _card_of(widget)
            if card is not None and card.spec.id in self.cards and self.cards[card.spec.id] is card:
                card.show_focus(focused)
                if focused:
                    self.list_scroll.ensureWidgetVisible(card, 0, 8)

    @Slot()
    def on_find_shortcut(self) -> None:
        """Ctrl+F goes to the search box of the tab on screen."""
        shown = self.tabs.currentWidget()
        (self.hub_search.search_box if shown is self.hub_search and self.hub_search else self.search).setFocus()

    def show_hub_repository(self, repo: str, file: str | None = None) -> None:
        """Open "Search Hugging Face" on `repo`'s files (a hearth:// link); without that tab, search the picks."""
        if self.hub_search is None:
            self.search.setText(repo)
            return
        self.tabs.setCurrentWidget(self.hub_search)
        self.hub_search.open_repository(repo, file)

    def clear_filters(self) -> None:
        for combo in (self.task_filter, self.licence_filter, self.size_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.fits_filter.blockSignals(True)
        self.fits_filter.setChecked(False)
        self.fits_filter.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    @Slot()
    def on_clear_filters_clicked(self) -> None:
        self.clear_filters()
        self.filter_note.hide()
        self.apply_filters()

    def _matching_ids(self) -> set[str]:
        task = self.task_filter.currentData()
        licence = self.licence_filter.currentData()
        low, high = self.size_filter.currentData()
        found = set()
        for spec in self.catalog.filter(
            text=self.search.text(),
            tasks=[task] if task else (),
            commercial_only=licence == -1,
            max_tier=licence if licence > 0 else 5,
        ):
            advice = self.advice.get(spec.id)
            size = advice.best.variant.download_bytes if advice else spec.recommended_variant.download_bytes
            if size < low or (high is not None and size >= high):
                continue
            if self.fits_filter.isChecked() and advice is not None and not advice.best.verdict.runs:
                continue
            found.add(spec.id)
        return found

    @Slot()
    def apply_filters(self) -> None:
        matching = self._matching_ids()
        shown = 0
        for model_id in self.order:
            card = self.cards[model_id]
            visible = model_id in matching
            card.setVisible(visible)
            shown += visible
        self.empty.setVisible(shown == 0)
        if self.advice or self.machine.profile is None:
            self.checking_machine = False  # a new count replaces "Checking which models run…"
        self._show_count()

    def _show_count(self) -> None:
        """How many models are shown and how many of them run here, or that the computer is being looked at."""
        if self.checking_machine:
            self.count.setText(self.tr("Checking which models run on this computer…"))
            return
        shown = len(self.visible_ids())
        if self.advice:
            runs = sum(1 for i in self.order if self.cards[i].isVisibleTo(self) and self.advice[i].best.verdict.runs)
            self.count.setText(self.tr("%n models · {runs} run on this computer", "", shown).format(runs=runs))
        elif self.machine.profile is None:
            self.count.setText(self.tr("%n models · checking your computer…", "", shown))

    def visible_ids(self) -> list[str]:
        return [i for i in self.order if self.cards[i].isVisibleTo(self)]

    @Slot()
    def on_guide_clicked(self) -> None:
        assert self.profile is not None  # the button is enabled once verdicts exist
        installed = {model_id for model_id, _quant in self.installed}
        dialog = GuideDialog([self.advice[i] for i in self.order], self.profile, self, installed=installed)
        dialog.model_chosen.connect(self.on_guide_model_chosen)
        dialog.compare_requested.connect(self.compare_requested)
        dialog.open()

    @Slot(str)
    def on_guide_model_chosen(self, model_id: str) -> None:
        """Show exactly the guide's choice: the other filters are cleared (and the page says so), so the model is
        never hidden behind a filter set earlier."""
        filtered = self._filters_set()
        self.clear_filters()
        self.search.setText(self.advice[model_id].spec.name)  # applies the filters once
        self.guide_choice = (self.advice[model_id].spec.name, filtered)
        self._show_filter_note()
        self.filter_note.show()
        card = self.cards[model_id]
        if card.isVisibleTo(self):
            self.list_scroll.ensureWidgetVisible(card)

    def _show_filter_note(self) -> None:
        if self.guide_choice is None:
            return
        name, filtered = self.guide_choice
        self.filter_note.setText(
            self.tr("Showing {model}, chosen in Help me choose. Your other filters were cleared.").format(model=name)
            if filtered
            else self.tr("Showing {model}, chosen in Help me choose.").format(model=name)
        )

    def _filters_set(self) -> bool:
        combos = (self.task_filter, self.licence_filter, self.size_filter)
        return bool(self.search.text()) or self.fits_filter.isChecked() or any(c.currentIndex() for c in combos)

    def set_on_computer_verdicts(self, verdicts: Mapping[tuple[str, str], Verdict]) -> None:
        """The verdicts My Models shows for catalog models on this computer, judged from their files' headers."""
        for model_id, card in self.cards.items():
            card.show_on_computer({quant: v for (mid, quant), v in verdicts.items() if mid == model_id})

    def set_installed(self, installed: set[tuple[str, str]]) -> None:
        """Redraws the cards of the models that were installed or removed since the last call only."""
        changed = {model_id for model_id, _quant in installed ^ self.installed}
        self.installed = installed
        for model_id in changed:
            if (card := self.cards.get(model_id)) is not None:
                self._select_installed(card)
                self.show_download_of(card)

    def _select_installed(self, card: ModelCard) -> None:
        """A model on this computer shows the file it has ("Installed"), not another size offered for download."""
        here = [quant for model_id, quant in sorted(self.installed) if model_id == card.spec.id]
        if here and card.selected_quantization() not in here:
            card.select_quantization(here[0])

    def refresh_download_states(self) -> None:
        for card in self.cards.values():
            self.show_download_of(card)

    def show_download_of(self, card: ModelCard, status: DownloadStatus | None = None) -> None:
        """The card's selected quantization: installed, downloading, paused… `status` is the download's own
        news when it brings some; otherwise the controller is asked for the latest download of that model."""
        quant = card.selected_quantization()
        if status is None and self.downloads is not None:
            status = self.downloads.status_for(card.spec.id, quant)
        card.show_download(status, (card.spec.id, quant) in self.installed, self.downloads is not None)

    @Slot(object)
    def on_downloads_changed(self, status: DownloadStatus) -> None:
        card = self.cards.get(status.catalog_id)
        if card is not None and card.selected_quantization() == status.quantization:
            self.show_download_of(card, status)

    @Slot(object)
    def on_downloads_removed(self, status: DownloadStatus) -> None:
        card = self.cards.get(status.catalog_id)
        if card is not None and card.selected_quantization() == status.quantization:
            self.show_download_of(card)  # an older download of the same model may still be on the list

    @Slot(str, str)
    def on_download_requested(self, model_id: str, quantization: str) -> None:
        """Show the verdict before any byte moves; a model too large for this computer needs a yes."""
        if self.downloads is None:
            return
        spec = self.catalog.get(model_id)
        advice = self.advice.get(model_id)
        verdict = advice.verdict(quantization) if advice else None
        if (
            verdict is not None
            and not verdict.runs
            and not self.prompter.ask_yes_no(
                self,
                self.tr("Too large for this computer"),
                self.tr("{model} {quant} is too large for this computer.\n\n{reason}\n\nDownload it anyway?").format(
                    model=spec.name, quant=quantization, reason=localized(verdict.reason)
                ),
            )
        ):
            return
        self.downloads.start(plans.for_variant(spec, spec.variant(quantization)))


def _card_of(widget: QWidget | None) -> ModelCard | None:
    while widget is not None and not isinstance(widget, ModelCard):
        widget = widget.parentWidget()
    return widget

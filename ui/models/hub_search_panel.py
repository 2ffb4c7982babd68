"""Search Hugging Face from Discover: any GGUF repository as a row, and one repository's quantizations judged for
this computer before a byte of the weights is downloaded.

Every request runs on a worker (ui/workers.py) through `app/hub_search`, the code `hearth search` uses. An answer to
a request the person has moved past (a newer search, another repository) is dropped, and opening another repository
stops the header reads of the one before. A failure is a sentence with Retry, never an empty list; the last results
stay on screen, marked with their time, when Hugging Face cannot be reached.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import HearthError
from app.hardware import HardwareProfile
from app.hub_search.query import SearchQuery, parse
from app.hub_search.report import QuantRow, ReportOptions, ReportStopped
from app.hub_search.search import SearchPage, SearchRow, SearchSort
from app.i18n import localized
from app.messages import describe
from ui.models.hub_notice import HubNotice
from ui.models.hub_repo_view import HubRepoView
from ui.models.hub_results_table import HubResultsTable
from ui.models.hub_search_jobs import (
    Answer,
    Found,
    HubContext,
    catalog_repos,
    more_job,
    numbered,
    plan_for,
    report_job,
    search_job,
)
from ui.shared.announce import announce
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll
from ui.state.downloads import DownloadsController
from ui.state.machine import MachineState
from ui.workers import Workers

SORT_CHOICES = (
    (QT_TRANSLATE_NOOP("HubSearchPanel", "Most downloaded"), SearchSort.DOWNLOADS),
    (QT_TRANSLATE_NOOP("HubSearchPanel", "Most liked"), SearchSort.LIKES),
    (QT_TRANSLATE_NOOP("HubSearchPanel", "Trending"), SearchSort.TRENDING),
    (QT_TRANSLATE_NOOP("HubSearchPanel", "Recently updated"), SearchSort.UPDATED),
)


def _invitation() -> str:
    return QCoreApplication.translate(
        "HubSearchPanel", "Search any GGUF model on Hugging Face; each is judged for this computer."
    )


class HubSearchPanel(QWidget):
    results_shown = Signal()  # a search (or its next page) answered, with rows, none, or a problem
    report_shown = Signal()  # a repository's report answered, or its problem is shown

    def __init__(
        self,
        context: HubContext,
        machine: MachineState,
        workers: Workers,
        downloads: DownloadsController | None = None,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.context = context
        self.machine = machine
        self.workers = workers
        self.downloads = downloads
        self.catalog_repos = catalog_repos(machine.catalog)
        self.query = SearchQuery("")
        self.page: SearchPage | None = None  # the last page that came, its rows on screen
        self.rows: list[SearchRow] = []
        self.shown_text = ""  # the words the rows on screen were found for
        self.repo = ""  # the repository shown, or being read
        self.wanted_file: str | None = None  # from a link or an address: that row first
        self._numbers = itertools.count(1)
        self._search_number = 0  # the newest search request; older answers are dropped
        self._report_number = 0
        self._loading_more = False
        self._failed_more = False  # the last failure was a next page's: Retry asks for that page again
        self._stop: threading.Event | None = None  # the running report's: set to stop its header reads
        # What the status line says, written again in a new language (a function of no widget, so the panel holds no
        # cycle through itself).
        self.status_text: Callable[[], str] = _invitation
        self._build()
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Words, org/repo, or a huggingface.co address"))
        self.search_box.setAccessibleName(self.tr("Search Hugging Face"))
        for index, (label, _value) in enumerate(SORT_CHOICES):
            self.sort.setItemText(index, self.tr(label))
        self.sort.setAccessibleName(self.tr("Sort results"))
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search Hugging Face"))
        self.more_button.setText(self.tr("More results"))
        self.more_button.setAccessibleName(self.tr("More results"))
        self.back_button.setText(self.tr("← Back to results"))
        self.back_button.setAccessibleName(self.tr("Back to results"))
        self.status.setText(self.status_text())

    def say(self, text: Callable[[], str]) -> None:
        """The status line says `text()`, now and again (translated anew) when the language changes."""
        self.status_text = text
        self.status.setText(text())

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.sort = QComboBox()
        for label, value in SORT_CHOICES:
            self.sort.addItem(label, value)
        self.search_button = QPushButton("")
        self.search_button.setObjectName("Primary")
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.sort)
        bar.addWidget(self.search_button)
        self.notice = HubNotice()
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)

        self.results = HubResultsTable(self.machine.catalog)
        self.more_button = QPushButton("")
        self.more_button.hide()
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results, 1)
        results_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.back_button = QPushButton("")
        self.repo_view = HubRepoView()
        self.repo_scroll = vertical_scroll(self.repo_view)
        self.repo_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows' buttons, each scrolled to
        repo_page = QWidget()
        repo_layout = QVBoxLayout(repo_page)
        repo_layout.setContentsMargins(0, 0, 0, 0)
        repo_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        repo_layout.addWidget(self.repo_scroll, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(results_page)
        self.stack.addWidget(repo_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.search_box.returnPressed.connect(self.on_search_requested)
        self.search_button.clicked.connect(self.on_search_requested)
        self.sort.activated.connect(self.on_sort_activated)
        self.notice.retry_requested.connect(self.on_retry_requested)
        self.results.itemActivated.connect(self.on_result_activated)
        self.results.verticalScrollBar().valueChanged.connect(self.on_results_scrolled)
        self.more_button.clicked.connect(self.on_more_requested)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.repo_view.download_requested.connect(self.on_download_requested)
        self.machine.profile_changed.connect(self.on_profile_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_focus_changed)

    @Slot(QWidget, QWidget)
    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A row's button reached by Tab is scrolled into view."""
        if new is not None and self.repo_view.isAncestorOf(new):
            self.repo_scroll.ensureWidgetVisible(new, 0, 40)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in reading order, for the page's Tab order."""
        return [self.search_box, self.sort, self.search_button, self.notice.retry_button, self.results,
                self.more_button, self.back_button]  # fmt: skip

    # ---- searching
    @Slot()
    def on_search_requested(self) -> None:
        query = parse(self.search_box.text())
        if query.repo and self.search_box.text().strip() != query.repo:  # an address or repo:QUANT, pasted as is
            self.open_repository(query.repo, query.file or query.quantization)
            return
        if not query.text:
            self.say(
                lambda: QCoreApplication.translate(
                    "HubSearchPanel", "Type what to search for: words, org/repo, or an address."
                )
            )
            return
        self.query = query
        self.run_search()

    @Slot(int)
    def on_sort_activated(self, _index: int) -> None:
        if self.query.text:
            self.run_search()

    def run_search(self) -> None:
        self._search_number = number = next(self._numbers)
        self._loading_more = False
        self.notice.hide()
        self.status.show()
        self.stack.setCurrentIndex(0)
        text = self.query.text
        self.say(
            lambda: QCoreApplication.translate("HubSearchPanel", "Searching Hugging Face for “{text}”…").format(
                text=text
            )
        )
        self.workers.start(
            numbered, number, search_job, self.context, self.query, SearchSort(self.sort.currentData()),
            self.catalog_repos, connect={"returned": self.on_search_answered},
        )  # fmt: skip

    @Slot(int)
    def on_results_scrolled(self, value: int) -> None:
        if value and value >= self.results.verticalScrollBar().maximum():
            self.on_more_requested()

    @Slot()
    def on_more_requested(self) -> None:
        if self._loading_more or self.page is None or self.page.next_url is None:
            return
        self._loading_more = True
        self._search_number = number = next(self._numbers)
        self.more_button.setEnabled(False)
        self.say(lambda: QCoreApplication.translate("HubSearchPanel", "Loading more results…"))
        self.workers.start(
            numbered, number, more_job, self.context, self.page, self.query, self.catalog_repos,
            connect={"returned": self.on_more_answered},
        )  # fmt: skip

    @Slot(object)
    def on_search_answered(self, answer: Answer) -> None:
        if answer.number != self._search_number:
            return
        if answer.error is not None:
            self._say_search_failed(answer.error)
            return
        found: Found = answer.value
        self.page, self.rows, self.shown_text = found.page, list(found.page.rows), self.query.text
        self.results.clear()
        self.results.add_rows(found.page.rows)
        self.more_button.setVisible(found.page.next_url is not None)
        if found.page.empty:
            self._say_empty(found.hidden)
        else:
            self._say_count()
        announce(self, self.status.text())
        self.results_shown.emit()

    @Slot(object)
    def on_more_answered(self, answer: Answer) -> None:
        if answer.number != self._search_number:
            return
        if answer.error is not None:
            self._say_search_failed(answer.error)
            return
        self._loading_more = False
        self.more_button.setEnabled(True)
        found: Found = answer.value
        self.page = found.page
        self.rows += found.page.rows
        self.results.add_rows(found.page.rows)
        self.more_button.setVisible(found.page.next_url is not None)
        self._say_count()
        self.results_shown.emit()

    def _say_search_failed(self, exc: Exception) -> None:
        self._failed_more = self._loading_more
        self._loading_more = False
        self.more_button.setEnabled(True)
        message = describe(exc)
        self.notice.show_problem(exc.sentence if isinstance(exc, HearthError) else message.text, message.details)
        announce(self, message.text, urgent=True)
        if self.rows and self.page is not None:  # the last results stay, marked with their time
            text, time = self.shown_text, self.page.fetched_at.strftime("%H:%M")

            def kept() -> str:
                return QCoreApplication.translate(
                    "HubSearchPanel",
                    "These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.",
                ).format(text=text, time=time)

            self.say(kept)
        else:
            self.say(str)
        self.results_shown.emit()

    def _say_count(self) -> None:
        count, text = len(self.rows), self.query.text
        more = self.page is not None and self.page.next_url is not None

        def say() -> str:
            if more:
                return self.tr(
                    "%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.", "", count
                ).format(text=text)
            return self.tr("%n GGUF repositories for “{text}”. Choose one to see how it runs here.", "", count).format(
                text=text
            )

        self.say(say)

    def _say_empty(self, hidden: int) -> None:
        words = self.query.text

        def say() -> str:
            text = QCoreApplication.translate(
                "HubSearchPanel", "No GGUF models on Hugging Face match “{text}”."
            ).format(text=words)
            if hidden >= 100:
                text += " " + QCoreApplication.translate(
                    "HubSearchPanel", "100 or more other repositories match without GGUF files Hearth can run."
                )
            elif hidden:
                text += " " + self.tr("%n other repositories match without GGUF files Hearth can run.", "", hidden)
            return text

        self.say(say)

    # ---- one repository
    @Slot(QTreeWidgetItem, int)
    def on_result_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_repository(self.results.repo_of(item))

    def open_repository(self, repo: str, file: str | None = None) -> None:
        """Show `repo`'s quantizations (from a row, a pasted address or a hearth:// link); `file` (a path or a
        quantization) names the one row wanted. The header reads of the repository shown before are stopped."""
        self._cancel_report()
        self.repo, self.wanted_file = repo, file
        self._report_number = number = next(self._numbers)
        self.notice.hide()
        self.status.hide()  # it speaks of the results, which the repository's page covers
        self.stack.setCurrentIndex(1)
        self.repo_view.show_loading(repo)
        profile = self.machine.profile
        if profile is None:  # the verdicts need the scan: read once it is in (on_profile_changed)
            self.repo_view.say(
                lambda: QCoreApplication.translate(
                    "HubSearchPanel", "Hearth is still looking at this computer; its verdicts come next."
                )
            )
            return
        self._stop = stop = threading.Event()
        options = ReportOptions(revision=None, only=None, cache_dir=self.context.cache_dir)
        self.workers.start(
            numbered, number, report_job, self.context, repo, profile, options, stop,
            connect={"returned": self.on_report_answered},
        )  # fmt: skip

    @Slot(object)
    def on_profile_changed(self, _profile: HardwareProfile) -> None:
        if self.repo and self._stop is None and self.repo_view.report is None and self.stack.currentIndex() == 1:
            self.open_repository(self.repo, self.wanted_file)

    @Slot(object)
    def on_report_answered(self, answer: Answer) -> None:
        if answer.number != self._report_number or isinstance(answer.error, ReportStopped):
            return
        self._stop = None
        if answer.error is not None:
            message = describe(answer.error)
            said = answer.error.sentence if isinstance(answer.error, HearthError) else message.text
            self.repo_view.say(
                lambda: QCoreApplication.translate("HubSearchPanel", "Hearth could not read this repository's files.")
            )
            self.notice.show_problem(said, message.details)
            announce(self, message.text, urgent=True)
            self.report_shown.emit()
            return
        report, page_url = answer.value
        self.repo_view.show_report(report, page_url, self.downloads is not None)
        announce(
            self,
            self.tr("%n quantizations of {repo} judged for this computer.", "", len(report.rows)).format(
                repo=report.repo
            ),
        )
        self._follow_reading_order()
        wanted = self._wanted_row()
        if wanted is not None:
            self.repo_scroll.ensureWidgetVisible(wanted)
        self.report_shown.emit()

    def _wanted_row(self) -> QWidget | None:
        if not self.wanted_file:
            return None
        wanted = self.wanted_file.upper()
        for view in self.repo_view.rows:
            quant = view.row.group
            if quant.quantization.upper() == wanted or any(f.path.upper() == wanted for f in quant.files):
                return view
        return None

    def _cancel_report(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    @Slot()
    def on_back_clicked(self) -> None:
        self._cancel_report()
        self._report_number = next(self._numbers)
        self.repo = ""
        self.notice.hide()
        self.status.show()
        self.stack.setCurrentIndex(0)
        self.results.setFocus()

    @Slot()
    def on_retry_requested(self) -> None:
        """Ask again what failed last: the repository shown, the next page, or the search."""
        self.notice.hide()
        if self.stack.currentIndex() == 1 and self.repo:
            self.open_repository(self.repo, self.wanted_file)
        elif self._failed_more:
            self.on_more_requested()
        elif self.query.text:
            self.run_search()

    def _follow_reading_order(self) -> None:
        chain = [self.back_button, *self.repo_view.focus_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- downloading
    @Slot(object)
    def on_download_requested(self, row: QuantRow) -> None:
        """Show the verdict before any byte moves, as the catalog's cards do; a row too large here needs a yes."""
        report = self.repo_view.report
        if self.downloads is None or report is None:
            return
        if not row.verdict.runs and not self.prompter.ask_yes_no(
            self,
            self.tr("Too large for this computer"),
            self.tr("{repo} {quant} is too large for this computer.\n\n{reason}\n\nDownload it anyway?").format(
                repo=report.repo, quant=row.group.quantization, reason=localized(row.verdict.reason)
            ),
        ):
            return
        self.downloads.start(plan_for(report, row, self.machine.catalog))

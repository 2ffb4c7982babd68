"""Compare's "Checks" tab: a suite of prompts with checks (a ready one from resources/evals/, one of the person's
own written in the suite editor, or a file: Hearth's JSONL or a promptfoo YAML) run on the panes' models, then the
three tables the landscape asks for — real work, reliability, this computer — and the one sentence naming the model
to choose (app/evals). The results of the last run can be saved as CSV, JSON or a self-contained HTML report.

The run is app/evals' own (graded as each reply ends, kept in evals.db, resumed where it stopped); it runs on a
worker, with progress and Stop. This panel only chooses, shows and asks; the Compare page starts and stops the run.
"""

from __future__ import annotations

import textwrap
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.compare.plan import Contender, plan_load
from app.errors import HearthError
from app.evals import Suite, own_suites, report
from app.evals.checks import GradingAids, aids
from app.evals.promptfoo import read_config
from app.evals.provenance import Hashes, licence_of
from app.evals.report import FORMATS, table_rows
from app.evals.run import EvalProgress, not_comparable, open_run, run_suite
from app.evals.store import EvalResult, EvalRun, EvalStore
from app.evals.suite import load_jsonl, ready_suites
from app.evals.tables import Tables, model_here, tables
from app.fit.verdict import Verdict
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.host.budget import MemoryBudget
from app.i18n import localized
from app.responders import LocalResponder
from ui.compare.suite_editor import SuiteEditor
from ui.shared.elided import ElidedComboBox
from ui.shared.flow_layout import FlowLayout
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll

if TYPE_CHECKING:  # PySide6's stub says it returns object; it returns the text, marked for translation

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

SUITE_FILTER = "Suites (*.jsonl *.yaml *.yml)"
RESULTS_FILTER = QT_TRANSLATE_NOOP("ChecksPanel", "CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)")
TABLE_NAMES = (  # report's captions, the tables' keys; translated where shown
    QT_TRANSLATE_NOOP("ChecksPanel", "Real work"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Cases where the models disagree"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Reliability"),
    QT_TRANSLATE_NOOP("ChecksPanel", "This computer"),
)
DISAGREE = TABLE_NAMES[1]
READY, OWN, OPENED = "ready", "own", "opened"


@dataclass(frozen=True)
class RunOutcome:
    """What a finished (or stopped) run leaves: the run and its graded results, to save; its tables, to show; and
    the sentences for earlier runs of the suite made under other settings."""

    run: EvalRun
    results: tuple[EvalResult, ...]
    tables: Tables
    not_comparable: tuple[str, ...] = ()


@dataclass(frozen=True)
class AidChoice:
    """The models the optional checks use, as the panel's boxes chose them: an embedding model for `similar`, a
    chat model of this computer as the judge of `llm-rubric` (None: those checks are listed, not counted)."""

    embedder: Path | None = None
    judge: Path | None = None


def grading_aids(choice: AidChoice, host: ModelHost, profile: HardwareProfile | None) -> GradingAids | None:
    """On the worker: the chosen models as the checks' aids (loaded by the host when first asked)."""
    if profile is None or (choice.embedder is None and choice.judge is None):
        return None
    embed = aids.embedder(host, choice.embedder, profile) if choice.embedder is not None else None
    judge = (
        aids.judge(LocalResponder(host, plan_load(choice.judge, profile).request)) if choice.judge is not None else None
    )
    return GradingAids(embed=embed, judge=judge)


def evaluate(
    suite: Suite,
    contenders: Sequence[Contender],
    budget: MemoryBudget,
    repeats: int,
    cancel: Event,
    verdicts: Mapping[Path, Verdict],
    aid_choice: AidChoice | None = None,
    host: ModelHost | None = None,
    profile: HardwareProfile | None = None,
) -> Generator[EvalProgress, None, RunOutcome]:
    """On a worker: each model identified by its file's hash (read once, then remembered) for its licence, the run
    opened in evals.db with what the third table says of each (its verdict here, from `verdicts`; none for another
    computer's), run or resumed where it stopped, tabled. The store is the worker's own, closed with it.
    `aid_choice`: the models of the optional checks, when the person chose them (on `host`, planned for `profile`)."""
    grading = grading_aids(aid_choice, host, profile) if aid_choice is not None and host is not None else None
    hashes = Hashes()
    here: dict[str, Mapping[str, Any]] = {}
    for contender in contenders:
        path = contender.path
        verdict = verdicts.get(path) if path is not None else None
        licence = licence_of(path, hashes.cache.sha256(path)) if path is not None and verdict is not None else None
        here[contender.name] = model_here(contender, verdict, licence).to_json()
    with EvalStore() as store:
        run = open_run(store, suite, contenders, repeats=repeats, here=here, hashes=hashes)
        finished = yield from run_suite(store, contenders, budget, run, cancel, aids=grading)
        results = tuple(store.results(finished.id))
        return RunOutcome(finished, results, tables(finished, results), tuple(not_comparable(store, finished)))


class ChecksPanel(QWidget):
    run_requested = Signal(object, int)  # the Suite, the repeats
    cancel_requested = Signal()

    def __init__(self, prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.ready: list[Suite] = ready_suites()
        self.own: list[Suite] = []
        self.opened: list[Suite] = []
        self.suites: list[Suite] = []
        self.origins: list[str] = []  # READY, OWN or OPENED, for each of self.suites
        self.outcome: RunOutcome | None = None
        self.editor: SuiteEditor | None = None
        self.running = False
        self.suite_box = ElidedComboBox()
        self.open_button = QPushButton()
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.repeats = QSpinBox()
        self.repeats.setRange(1, 5)
        self.run_button = QPushButton()
        self.run_button.setObjectName("Primary")
        self.stop_button = QPushButton()
        self.stop_button.hide()
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.embedder_box = ElidedComboBox()  # for "similar" checks; the first item: none
        self.judge_box = ElidedComboBox()  # for "llm-rubric" checks; the first item: none
        self.embedder_label = QLabel()
        self.embedder_label.setBuddy(self.embedder_box)
        self.judge_label = QLabel()
        self.judge_label.setBuddy(self.judge_box)
        self._aid_rows: list[tuple[str, Path, bool]] = []  # (name, path, is an embedding model)
        self.progress = QProgressBar()
        self.progress.hide()
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("Notice")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables: dict[str, QTableWidget] = {}
        self.captions: dict[str, QLabel] = {}
        body = QVBoxLayout()
        said = QHBoxLayout()
        said.addWidget(self.sentence, 1)
        said.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(said)
        for caption in TABLE_NAMES:
            label = QLabel()
            label.setObjectName("FactCaption")
            table = QTableWidget()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # all of it in sight
            table.setWordWrap(True)
            body.addWidget(label)
            body.addWidget(table)
            self.tables[caption] = table
            self.captions[caption] = label
        body.addStretch(1)
        content = QWidget()
        content.setLayout(body)
        row = FlowLayout()  # onto a second line where the words are long or the text large
        for widget in (
            self.suite_box,
            self.open_button,
            self.new_button,
            self.edit_button,
            self.repeats,
            self.run_button,
            self.stop_button,
        ):
            row.addWidget(widget)
        optional = FlowLayout()  # the optional checks' models
        for widget in (self.embedder_label, self.embedder_box, self.judge_label, self.judge_box):
            optional.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(optional)
        layout.addWidget(self.progress)
        layout.addWidget(vertical_scroll(content), 1)
        self.retranslate()
        self.sentence.setText(self.tr("Run a suite on the panes' models to see which one passes most here."))
        self.reload_own()
        self.open_button.clicked.connect(self.on_open_clicked)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.run_button.clicked.connect(self.on_run_clicked)
        self.stop_button.clicked.connect(self.cancel_requested)
        self.suite_box.currentIndexChanged.connect(self.on_suite_chosen)

    def retranslate(self) -> None:
        self.suite_box.setAccessibleName(self.tr("Suite of prompts with checks"))
        self.open_button.setText(self.tr("Open a suite…"))
        self.open_button.setToolTip(self.tr("Hearth's JSONL, or a promptfoo configuration (promptfooconfig.yaml)"))
        self.new_button.setText(self.tr("New suite…"))
        self.new_button.setToolTip(self.tr("Write your own prompts and checks, in plain words"))
        self.repeats.setPrefix(self.tr("Repeats: "))
        self.repeats.setAccessibleName(self.tr("Repeats with other seeds"))
        self.repeats.setToolTip(
            self.tr("Each case asked again with another seed: a case that passes only sometimes is flaky")
        )
        self.run_button.setText(self.tr("Run the checks"))
        self.stop_button.setText(self.tr("Stop"))
        self.save_button.setText(self.tr("Save the results…"))
        self.save_button.setToolTip(self.tr("As a CSV of every reply, a JSON document or an HTML report"))
        self.progress.setAccessibleName(self.tr("Checks run progress"))
        self.embedder_label.setText(self.tr("“Similar” checks use"))
        self.embedder_box.setAccessibleName(self.tr("Embedding model for “similar” checks"))
        self.embedder_box.setToolTip(self.tr("Optional: without one, “similar” checks are listed and not counted"))
        self.judge_label.setText(self.tr("Judge for rubric checks"))
        self.judge_box.setAccessibleName(self.tr("Judge model for rubric checks"))
        self.judge_box.setToolTip(
            self.tr("Optional: a model of this computer grades replies against a rubric (at temperature 0)")
        )
        self.set_aid_models(self._aid_rows)
        for caption in TABLE_NAMES:
            self.captions[caption].setText(_translated(caption))
            self.tables[caption].setAccessibleName(_translated(caption))
        self.on_suite_chosen()
        if self.outcome is not None and not self.running:
            self.show_tables(self.outcome)  # the tables' words (headers, verdicts, the sentence) in the new language

    # ---- the optional checks' models

    def set_aid_models(self, rows: Sequence[tuple[str, Path, bool]]) -> None:
        """The library's models as (name, path, is an embedding model): embedding models for "similar", chat
        models for the judge; the choices made stay where the models do."""
        self._aid_rows = list(rows)
        for box, embedding, none in (
            (self.embedder_box, True, self.tr("No embedding model")),
            (self.judge_box, False, self.tr("No judge")),
        ):
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(none, None)
            for name, path, is_embedding in self._aid_rows:
                if is_embedding == embedding:
                    box.addItem(name, str(path))
            box.setCurrentIndex(max(box.findData(kept), 0) if kept is not None else 0)
            box.blockSignals(False)

    def aid_choice(self) -> AidChoice:
        embedder, judge = self.embedder_box.currentData(), self.judge_box.currentData()
        return AidChoice(Path(embedder) if embedder else None, Path(judge) if judge else None)

    # ---- the list of suites: the ready ones, the person's own, the files opened

    def _fill_box(self, chosen: tuple[str, str] | None = None) -> None:
        """The box rebuilt from the three lists, choosing `chosen` (origin, name) when given, else what was."""
        index = self.suite_box.currentIndex()
        if chosen is None and 0 <= index < len(self.suites):
            chosen = (self.origins[index], self.suites[index].name)
        self.suites = [*self.ready, *self.own, *self.opened]
        self.origins = [READY] * len(self.ready) + [OWN] * len(self.own) + [OPENED] * len(self.opened)
        self.suite_box.blockSignals(True)
        self.suite_box.clear()
        for suite, origin in zip(self.suites, self.origins, strict=True):
            self.suite_box.addItem(self.tr("{name} (yours)").format(name=suite.name) if origin == OWN else suite.name)
        keys = [(origin, suite.name) for origin, suite in zip(self.origins, self.suites, strict=True)]
        found = keys.index(chosen) if chosen in keys else 0
        self.suite_box.setCurrentIndex(found if self.suites else -1)
        self.suite_box.blockSignals(False)
        self.on_suite_chosen()

    def reload_own(self, chosen: str | None = None) -> None:
        """The person's own suites read again (after the editor saved one: `chosen`, then chosen)."""
        self.own, problems = own_suites.load_all()
        self._fill_box((OWN, chosen) if chosen is not None else None)
        if problems:
            self.sentence.setText(" ".join(localized(problem) for problem in problems))

    def chosen(self) -> Suite | None:
        index = self.suite_box.currentIndex()
        return self.suites[index] if 0 <= index < len(self.suites) else None

    def chosen_origin(self) -> str | None:
        index = self.suite_box.currentIndex()
        return self.origins[index] if 0 <= index < len(self.origins) else None

    @Slot()
    def on_suite_chosen(self, *_args: object) -> None:
        own = self.chosen_origin() == OWN
        self.edit_button.setText(self.tr("Edit…") if own else self.tr("Edit a copy…"))
        self.edit_button.setToolTip(
            self.tr("Change this suite of yours")
            if own
            else self.tr("This suite is not yours to change: edit a copy, saved as one of your own")
        )
        self.edit_button.setEnabled(self.chosen() is not None and not self.running)

    @Slot()
    def on_open_clicked(self) -> None:
        path = self.prompter.open_file(self, self.tr("Open a suite"), str(Path.home()), SUITE_FILTER)
        if path is not None:
            self.open_suite(path)

    def open_suite(self, path: Path) -> None:
        """A suite file added to the list and chosen; one that cannot be read says why where the tables go."""
        try:
            suite = read_config(path) if path.suffix.lower() in (".yaml", ".yml") else load_jsonl(path)
        except HearthError as exc:
            self.sentence.setText(exc.message)
            return
        self.opened.append(suite)
        self._fill_box((OPENED, suite.name))
        if suite.unsupported:
            self.sentence.setText(
                self.tr(
                    "Hearth does not run these checks of the suite, so they are listed and never counted: {names}."
                ).format(names=", ".join(suite.unsupported))
            )

    # ---- the editor

    @Slot()
    def on_new_clicked(self) -> None:
        self.open_editor(None)

    @Slot()
    def on_edit_clicked(self) -> None:
        suite = self.chosen()
        if suite is not None:
            self.open_editor(suite, own=self.chosen_origin() == OWN)

    def open_editor(self, suite: Suite | None, own: bool = False) -> SuiteEditor:
        """The suite editor, open beside the window (not blocking it); a saved suite is listed and chosen."""
        editor = SuiteEditor(suite, suite.name if own and suite is not None else None, self.prompter, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.on_suite_saved)
        self.editor = editor
        editor.open()
        return editor

    @Slot(str)
    def on_suite_saved(self, name: str) -> None:
        self.reload_own(chosen=name)
        self.sentence.setText(self.tr("Saved the suite “{name}”. Run it on the panes' models.").format(name=name))

    # ---- run, results

    @Slot()
    def on_run_clicked(self) -> None:
        suite = self.chosen()
        if suite is not None:
            self.run_requested.emit(suite, self.repeats.value())

    def set_running(self, running: bool) -> None:
        self.running = running
        self.run_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.progress.setVisible(running)
        for widget in (self.suite_box, self.open_button, self.new_button, self.edit_button, self.repeats):
            widget.setEnabled(not running)
        self.save_button.setEnabled(not running and self.outcome is not None)
        if running:
            self.progress.setRange(0, 0)
            self.sentence.setText(self.tr("Running the checks…"))

    @Slot(object)
    def show_progress(self, step: EvalProgress) -> None:
        self.progress.setRange(0, step.total)
        self.progress.setValue(step.done)
        left = self.tr(", about {seconds} s left").format(seconds=round(step.seconds_left)) if step.seconds_left else ""
        self.progress.setFormat(self.tr("%v of %m replies graded") + left)

    @Slot(object)
    def show_tables(self, made: RunOutcome) -> None:
        """A run's tables shown, and kept to be saved."""
        self.outcome = made
        self.save_button.setEnabled(True)
        shown = made.tables
        self.sentence.setText(localized(shown.recommendation))
        for caption, (header, rows) in table_rows(shown).items():
            if caption in self.tables:
                _fill(self.tables[caption], header, rows)
        models = [row.model for row in shown.real_work]
        _fill(
            self.tables[DISAGREE],
            [self.tr("Case"), *models],
            [
                [f"#{d.case_index + 1} {d.case}", *(localized(d.outcomes.get(m, "—")) for m in models)]
                for d in shown.disagreements
            ],
        )

    @Slot()
    def on_save_clicked(self) -> None:
        if self.outcome is None:
            return
        suggested = str(Path.home() / f"{own_suites.safe_name(self.outcome.run.suite)} results.csv")
        path = self.prompter.save_file(self, self.tr("Save the results"), suggested, self.tr(RESULTS_FILTER))
        if path is not None:
            self.save_results(path)

    def save_results(self, path: Path) -> bool:
        """The last run's results written as `path`'s name asks (.csv, .json, .html; none: .csv); a sentence in the
        panel says where, or why not."""
        if self.outcome is None:
            return False
        if not path.suffix:
            path = path.with_suffix(".csv")
        if path.suffix.lower() not in (*FORMATS, ".htm"):
            self.sentence.setText(
                self.tr("Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.")
            )
            return False
        made = self.outcome
        try:
            report.write(path, made.run, made.results, made.tables, made.not_comparable)
        except OSError as exc:
            self.sentence.setText(
                self.tr("Hearth could not write {path}: {reason}. Choose another folder.").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return False
        self.sentence.setText(self.tr("The results are saved in {path}.").format(path=path))
        return True


def _translated(caption: str) -> str:
    return QCoreApplication.translate("ChecksPanel", caption)


def _fill(table: QTableWidget, header: list[str], rows: list[list[Any]]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([_wrapped(localized(label)) for label in header])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(localized(value) if isinstance(value, str) else str(value)))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # the model's name
    table.resizeRowsToContents()  # a long licence wraps instead of being cut
    header_height = table.horizontalHeader().sizeHint().height()  # its two-line titles, before it is laid out
    table.setFixedHeight(header_height + sum(table.rowHeight(r) for r in range(len(rows))) + 2 * table.frameWidth() + 2)


def _wrapped(label: str) -> str:
    """A long column title on lines of about 12 characters, so every column's title shows whole at the window's
    default width, however many columns a table has and however long the words of the language."""
    return textwrap.fill(label, width=12, break_long_words=False) if len(label) > 12 else label

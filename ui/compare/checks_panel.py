"""Compare's "Checks" tab: a suite of prompts with checks (a ready one from resources/evals/, or a file: Hearth's
JSONL or a promptfoo YAML) run on the panes' models, then the three tables the landscape asks for — real work,
reliability, this computer — and the one sentence naming the model to choose (app/evals).

The run is app/evals' own (graded as each reply ends, kept in evals.db, resumed where it stopped); it runs on a
worker, with progress and Stop. This panel only chooses, shows and asks; the Compare page starts and stops the run.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from pathlib import Path
from threading import Event
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
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

from app.compare.plan import Contender
from app.errors import HearthError
from app.evals import Suite
from app.evals.promptfoo import read_config
from app.evals.provenance import Hashes, licence_of
from app.evals.report import table_rows
from app.evals.run import EvalProgress, open_run, run_suite
from app.evals.store import EvalStore
from app.evals.suite import load_jsonl, ready_suites
from app.evals.tables import Tables, model_here, tables
from app.fit.verdict import Verdict
from app.host.budget import MemoryBudget
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll

SUITE_FILTER = "Suites (*.jsonl *.yaml *.yml)"
TABLE_NAMES = ("Real work", "Cases where the models disagree", "Reliability", "This computer")  # report's captions
DISAGREE = TABLE_NAMES[1]


def evaluate(
    suite: Suite,
    contenders: Sequence[Contender],
    budget: MemoryBudget,
    repeats: int,
    cancel: Event,
    verdicts: Mapping[Path, Verdict],
) -> Generator[EvalProgress, None, Tables]:
    """On a worker: each model identified by its file's hash (read once, then remembered) for its licence, the run
    opened in evals.db with what the third table says of each (its verdict here, from `verdicts`; none for another
    computer's), run or resumed where it stopped, tabled. The store is the worker's own, closed with it."""
    hashes = Hashes()
    here: dict[str, Mapping[str, Any]] = {}
    for contender in contenders:
        path = contender.path
        verdict = verdicts.get(path) if path is not None else None
        licence = licence_of(path, hashes.cache.sha256(path)) if path is not None and verdict is not None else None
        here[contender.name] = model_here(contender, verdict, licence).to_json()
    with EvalStore() as store:
        run = open_run(store, suite, contenders, repeats=repeats, here=here, hashes=hashes)
        finished = yield from run_suite(store, contenders, budget, run, cancel)
        return tables(finished, store.results(finished.id))


class ChecksPanel(QWidget):
    run_requested = Signal(object, int)  # the Suite, the repeats
    cancel_requested = Signal()

    def __init__(self, prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.suites: list[Suite] = ready_suites()
        self.suite_box = QComboBox()
        self.suite_box.setAccessibleName(self.tr("Suite of prompts with checks"))
        for suite in self.suites:
            self.suite_box.addItem(suite.name)
        self.open_button = QPushButton(self.tr("Open a suite…"))
        self.open_button.setToolTip(self.tr("Hearth's JSONL, or a promptfoo configuration (promptfooconfig.yaml)"))
        self.repeats = QSpinBox()
        self.repeats.setRange(1, 5)
        self.repeats.setPrefix(self.tr("Repeats: "))
        self.repeats.setAccessibleName(self.tr("Repeats with other seeds"))
        self.repeats.setToolTip(
            self.tr("Each case asked again with another seed: a case that passes only sometimes is flaky")
        )
        self.run_button = QPushButton(self.tr("Run the checks"))
        self.run_button.setObjectName("Primary")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checks run progress"))
        self.progress.hide()
        self.sentence = QLabel(self.tr("Run a suite on the panes' models to see which one passes most here."))
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("Notice")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables: dict[str, QTableWidget] = {}
        body = QVBoxLayout()
        body.addWidget(self.sentence)
        for caption in TABLE_NAMES:
            label = QLabel(self.tr(caption))
            label.setObjectName("FactCaption")
            table = QTableWidget()
            table.setAccessibleName(self.tr(caption))
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # all of it in sight
            table.setWordWrap(True)
            body.addWidget(label)
            body.addWidget(table)
            self.tables[caption] = table
        body.addStretch(1)
        content = QWidget()
        content.setLayout(body)
        row = QHBoxLayout()
        for widget in (self.suite_box, self.open_button, self.repeats, self.run_button, self.stop_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(vertical_scroll(content), 1)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.run_button.clicked.connect(self.on_run_clicked)
        self.stop_button.clicked.connect(self.cancel_requested)

    def chosen(self) -> Suite | None:
        index = self.suite_box.currentIndex()
        return self.suites[index] if 0 <= index < len(self.suites) else None

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
        self.suites.append(suite)
        self.suite_box.addItem(suite.name)
        self.suite_box.setCurrentIndex(len(self.suites) - 1)
        if suite.unsupported:
            self.sentence.setText(
                self.tr("Hearth does not run these checks of the suite, so they are listed and never counted: %s.")
                % ", ".join(suite.unsupported)
            )

    @Slot()
    def on_run_clicked(self) -> None:
        suite = self.chosen()
        if suite is not None:
            self.run_requested.emit(suite, self.repeats.value())

    def set_running(self, running: bool) -> None:
        self.run_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.progress.setVisible(running)
        for widget in (self.suite_box, self.open_button, self.repeats):
            widget.setEnabled(not running)
        if running:
            self.progress.setRange(0, 0)
            self.sentence.setText(self.tr("Running the checks…"))

    @Slot(object)
    def show_progress(self, step: EvalProgress) -> None:
        self.progress.setRange(0, step.total)
        self.progress.setValue(step.done)
        left = self.tr(", about %s s left") % round(step.seconds_left) if step.seconds_left else ""
        self.progress.setFormat(self.tr("%v of %m replies graded") + left)

    @Slot(object)
    def show_tables(self, made: Tables) -> None:
        self.sentence.setText(made.recommendation)
        for caption, (header, rows) in table_rows(made).items():
            if caption in self.tables:
                _fill(self.tables[caption], header, rows)
        models = [row.model for row in made.real_work]
        _fill(
            self.tables[DISAGREE],
            [self.tr("Case"), *models],
            [[f"#{d.case_index + 1} {d.case}", *(d.outcomes.get(m, "—") for m in models)] for d in made.disagreements],
        )


def _fill(table: QTableWidget, header: list[str], rows: list[list[Any]]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([_two_lines(label) for label in header])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # the model's name
    table.resizeRowsToContents()  # a long licence wraps instead of being cut
    header_height = table.horizontalHeader().sizeHint().height()  # its two-line titles, before it is laid out
    table.setFixedHeight(header_height + sum(table.rowHeight(r) for r in range(len(rows))) + 2 * table.frameWidth() + 2)


def _two_lines(label: str) -> str:
    """A long column title on two lines, so every column's title shows whole at the window's default width."""
    if len(label) <= 12 or " " not in label:
        return label
    middle = len(label) // 2
    cut = min((i for i, c in enumerate(label) if c == " "), key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]

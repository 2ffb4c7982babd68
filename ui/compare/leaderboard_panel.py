"""The Compare page's votes and leaderboard: for each prompt of a run, the better reply (or a tie), then the run's
numbers per model and the person's leaderboard per task: ratings fitted on all the task's votes, each with its 95 %
range, the chance of beating the next model down (or "too early to tell"), and shared ranks where ranges overlap.

Blind mode shows the replies as A, B, C in an order shuffled per prompt, and names them only once the vote is in:
a person who knows which model wrote a reply tends to like the one they expected to win. The order shown is kept
with the vote. Only a press of a vote button is a vote, and only once every model's reply is there.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.compare.leaderboard import numbers, ratings_by_task
from app.compare.ratings import RESAMPLES, Ratings
from app.compare.store import TIE, CompareStore, Run, Vote

LETTERS = "ABC"
CONTEXT = "LeaderboardPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class LeaderboardPanel(QWidget):
    def __init__(self, store: CompareStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run: Run | None = None
        self.order: list[str] = []  # the run's models as the replies are shown for the current prompt
        self.blind = QCheckBox()
        self.blind.setChecked(True)
        self.prompt = QComboBox()
        self.replies = [QPlainTextEdit() for _ in LETTERS]
        self.labels = [QLabel("") for _ in LETTERS]
        self.vote_buttons = [QPushButton() for _ in LETTERS]
        self.tie_button = QPushButton()
        self.voted = QLabel("")
        self.voted.setObjectName("Hint")
        self.run_table = _table(4)  # medians
        self.task = QComboBox()
        self.board = _table(5)
        self.board_note = QLabel()
        self.board_note.setObjectName("Hint")
        self.board_note.setWordWrap(True)

        grid = QGridLayout()
        for column, (label, reply, button) in enumerate(zip(self.labels, self.replies, self.vote_buttons, strict=True)):
            reply.setReadOnly(True)
            grid.addWidget(label, 0, column)
            grid.addWidget(reply, 1, column)
            grid.addWidget(button, 2, column)
            button.clicked.connect(lambda _checked=False, i=column: self.vote_for(i))
        head = QHBoxLayout()
        self.prompt_label = QLabel()
        self.prompt_label.setBuddy(self.prompt)
        head.addWidget(self.prompt_label)
        head.addWidget(self.prompt, 1)
        head.addWidget(self.blind)
        tie = QHBoxLayout()
        tie.addWidget(self.tie_button)
        tie.addWidget(self.voted, 1)
        tables = QGridLayout()
        self.run_caption = QLabel()
        tables.addWidget(self.run_caption, 0, 0)
        board_head = QHBoxLayout()
        self.task_label = QLabel()
        self.task_label.setBuddy(self.task)
        board_head.addWidget(self.task_label)
        board_head.addWidget(self.task, 1)
        tables.addLayout(board_head, 0, 1)
        tables.addWidget(self.run_table, 1, 0)
        tables.addWidget(self.board, 1, 1)
        tables.addWidget(self.board_note, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(grid, 2)
        layout.addLayout(tie)
        layout.addLayout(tables, 1)

        self.prompt.currentIndexChanged.connect(self.show_prompt)
        self.blind.toggled.connect(self.show_prompt)
        self.tie_button.clicked.connect(lambda: self.vote_for(None))
        self.task.currentIndexChanged.connect(self.show_board)
        self.retranslate()

    def retranslate(self) -> None:
        self.blind.setText(self.tr("Blind: hide the model names until I vote"))
        for letter, button in zip(LETTERS, self.vote_buttons, strict=True):
            button.setText(self.tr("{letter} is better").format(letter=letter))
        for letter, reply in zip(LETTERS, self.replies, strict=True):
            reply.setAccessibleName(self.tr("Reply {letter}").format(letter=letter))
        self.tie_button.setText(self.tr("Tie"))
        self.run_table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("tokens/s"), self.tr("first token"), self.tr("replies")]
        )
        self.run_table.setAccessibleName(self.tr("This run's numbers"))
        self.board.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Rank"), self.tr("Rating (95 % range)"), self.tr("Votes"),
             self.tr("Chosen over the next one")]
        )  # fmt: skip
        self.board.setAccessibleName(self.tr("Your leaderboard"))
        self.board_note.setText(
            self.tr(
                "Ratings use all your votes for this task. A range shows where a rating likely lies; models whose "
                "ranges overlap share a rank. More votes narrow the ranges."
            )
        )
        self.prompt_label.setText(self.tr("Prompt"))
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.run_caption.setText(self.tr("This run"))
        self.task_label.setText(self.tr("Your leaderboard for"))
        self.task.setAccessibleName(self.tr("Task of the leaderboard"))
        self.show_prompt()
        self.show_board()

    def show_run(self, run: Run | None) -> None:
        self.run = run
        self.prompt.blockSignals(True)
        self.prompt.clear()
        if run is not None:
            answered = {r.prompt_id for r in self.store.results(run.id)}
            for prompt in self.store.prompts(run.set_id):
                if prompt.id in answered:
                    self.prompt.addItem(prompt.text, prompt.id)
        self.prompt.blockSignals(False)
        self.show_prompt()
        self.show_numbers()
        self.show_board()

    @property
    def prompt_id(self) -> int | None:
        value = self.prompt.currentData()
        return int(value) if value is not None else None

    @Slot()
    def show_prompt(self, *_args: object) -> None:
        run, prompt_id = self.run, self.prompt_id
        models = list(run.models) if run is not None else []
        vote = self._current_vote()
        if vote is not None and vote.shown:
            models = list(vote.shown)  # as they were when the vote was cast
        elif run is not None and prompt_id is not None and self.blind.isChecked():
            random.Random(run.id * 100_003 + prompt_id).shuffle(models)  # the same order each time it is shown
        self.order = models
        results = {r.model: r for r in self.store.results(run.id) if r.prompt_id == prompt_id} if run else {}
        complete = bool(models) and all(model in results for model in models)
        for index, (label, reply, button) in enumerate(zip(self.labels, self.replies, self.vote_buttons, strict=True)):
            shown = index < len(models)
            for widget in (label, reply, button):
                widget.setVisible(shown)
            if not shown:
                continue
            model = models[index]
            named = not self.blind.isChecked() or vote is not None
            label.setText(
                f"{LETTERS[index]}: {model}" if named else self.tr("Reply {letter}").format(letter=LETTERS[index])
            )
            reply.setPlainText(results[model].reply if model in results else "")
            button.setEnabled(complete)
        self.tie_button.setVisible(bool(models))
        self.tie_button.setEnabled(complete)
        if vote is None and models and not complete:
            self.voted.setText(self.tr("Wait for every model's reply to this prompt before voting."))
        elif vote is None:
            self.voted.setText(
                self.tr("Which reply is better?") if models else self.tr("Run a set to vote on its replies.")
            )
        else:
            self.voted.setText(
                self.tr("You called it a tie.")
                if vote.winner == TIE
                else self.tr("You chose {model}.").format(model=vote.winner)
            )

    def _current_vote(self) -> Vote | None:
        run, prompt_id = self.run, self.prompt_id
        if run is None or prompt_id is None:
            return None
        return next((v for v in self.store.votes(run.task) if v.run_id == run.id and v.prompt_id == prompt_id), None)

    def vote_for(self, index: int | None) -> None:
        """A vote button's press: the only way a vote is made (never a regeneration, never a reply shown)."""
        if self.run is None or self.prompt_id is None:
            return
        winner = TIE if index is None else self.order[index]
        self.store.vote(self.run.id, self.prompt_id, winner, self.order, blind=self.blind.isChecked())
        self.show_prompt()
        self.show_board()

    def show_numbers(self) -> None:
        rows = numbers(self.store.results(self.run.id), self.run.models) if self.run else []
        self.run_table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = [
                item.model,
                f"{item.median_tokens_per_second:.1f}",
                f"{item.median_ttft_s:.2f} s",
                str(item.replies),
            ]
            for column, text in enumerate(cells):
                self.run_table.setItem(row, column, QTableWidgetItem(text))

    @Slot()
    def show_board(self, *_args: object) -> None:
        boards = ratings_by_task(self.store.votes())
        keep = self.task.currentText() or (self.run.task if self.run else "")
        self.task.blockSignals(True)
        self.task.clear()
        self.task.addItems(list(boards))
        if keep in boards:
            self.task.setCurrentText(keep)
        self.task.blockSignals(False)
        ratings = boards.get(self.task.currentText(), Ratings(()))
        self.board.setRowCount(len(ratings.rows))
        for row, cells in enumerate(_board_cells(ratings)):
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.board.setItem(row, column, item)


def _board_cells(ratings: Ratings) -> list[list[tuple[str, str]]]:
    """Each row's cells as (text, tooltip): model, rank, rating with its range, votes, against the next one down."""
    rows = list(ratings.rows)
    table = []
    for at, r in enumerate(rows):
        sharing = [o.model for o in rows if o.rank == r.rank and o.model != r.model]
        rank = (
            (
                _tr("{rank} (tied)").format(rank=r.rank),
                _tr("Tied with {models}: their ranges overlap.").format(models=", ".join(sharing)),
            )
            if sharing
            else (str(r.rank), "")
        )
        against = ("", "")
        if at + 1 < len(rows):
            below = rows[at + 1].model
            verdict = ratings.pair(r.model, below)
            chance = f"{verdict.probability:.0%} ({verdict.low * 100:.0f}–{verdict.high:.0%})"
            tip = _tr("Chosen over {model} {chance} of the time").format(model=below, chance=chance)
            against = (
                (
                    _tr("too early to tell"),
                    _tr("{tip}: the range still includes 50 %, so vote on more prompts.").format(tip=tip),
                )
                if verdict.too_early
                else (chance, _tr("{tip}.").format(tip=tip))
            )
        table.append(
            [
                (r.model, ""),
                rank,
                (
                    f"{r.rating:.0f} ({r.low:.0f}–{r.high:.0f})",
                    _tr("The 95 % range, from {count} replays of your votes").format(count=RESAMPLES),
                ),
                (str(r.votes), _tr("Votes {model} took part in").format(model=r.model)),
                against,
            ]
        )
    return table


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the model's name takes what is left
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table

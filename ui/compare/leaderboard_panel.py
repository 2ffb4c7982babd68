"""The Compare page's votes and leaderboard: for each prompt of a run, the better reply (or a tie), then the run's
numbers per model and the person's leaderboard per task, added up across runs.

Blind mode shows the replies as A, B, C in an order shuffled per prompt, and names them only once the vote is in:
a person who knows which model wrote a reply tends to like the one they expected to win.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Slot
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

from app.compare.leaderboard import by_task, numbers
from app.compare.store import TIE, CompareStore, Run

LETTERS = "ABC"


class LeaderboardPanel(QWidget):
    def __init__(self, store: CompareStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run: Run | None = None
        self.order: list[str] = []  # the run's models as the replies are shown for the current prompt
        self.blind = QCheckBox("Blind: hide the model names until I vote")
        self.blind.setChecked(True)
        self.prompt = QComboBox()
        self.replies = [QPlainTextEdit() for _ in LETTERS]
        self.labels = [QLabel("") for _ in LETTERS]
        self.vote_buttons = [QPushButton(f"{letter} is better") for letter in LETTERS]
        self.tie_button = QPushButton("Tie")
        self.voted = QLabel("")
        self.voted.setObjectName("Hint")
        self.run_table = _table(["Model", "tokens/s", "first token", "replies"])  # medians
        self.task = QComboBox()
        self.board = _table(["Model", "wins", "ties", "losses", "score"])

        grid = QGridLayout()
        for column, (label, reply, button) in enumerate(zip(self.labels, self.replies, self.vote_buttons, strict=True)):
            reply.setReadOnly(True)
            grid.addWidget(label, 0, column)
            grid.addWidget(reply, 1, column)
            grid.addWidget(button, 2, column)
            button.clicked.connect(lambda _checked=False, i=column: self.vote_for(i))
        head = QHBoxLayout()
        head.addWidget(QLabel("Prompt"))
        head.addWidget(self.prompt, 1)
        head.addWidget(self.blind)
        tie = QHBoxLayout()
        tie.addWidget(self.tie_button)
        tie.addWidget(self.voted, 1)
        tables = QGridLayout()
        tables.addWidget(QLabel("This run"), 0, 0)
        board_head = QHBoxLayout()
        board_head.addWidget(QLabel("Your leaderboard for"))
        board_head.addWidget(self.task, 1)
        tables.addLayout(board_head, 0, 1)
        tables.addWidget(self.run_table, 1, 0)
        tables.addWidget(self.board, 1, 1)
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
        if run is not None and prompt_id is not None and self.blind.isChecked():
            random.Random(run.id * 100_003 + prompt_id).shuffle(models)
        self.order = models
        results = {r.model: r for r in self.store.results(run.id) if r.prompt_id == prompt_id} if run else {}
        vote = next((v for v in self.store.votes() if run and v.run_id == run.id and v.prompt_id == prompt_id), None)
        for index, (label, reply, button) in enumerate(zip(self.labels, self.replies, self.vote_buttons, strict=True)):
            shown = index < len(models)
            for widget in (label, reply, button):
                widget.setVisible(shown)
            if not shown:
                continue
            model = models[index]
            named = not self.blind.isChecked() or vote is not None
            label.setText(f"{LETTERS[index]}: {model}" if named else f"Reply {LETTERS[index]}")
            reply.setPlainText(results[model].reply if model in results else "")
        self.tie_button.setVisible(bool(models))
        if vote is None:
            self.voted.setText("Which reply is better?" if models else "Run a set to vote on its replies.")
        else:
            self.voted.setText("You called it a tie." if vote.winner == TIE else f"You chose {vote.winner}.")

    def vote_for(self, index: int | None) -> None:
        if self.run is None or self.prompt_id is None:
            return
        self.store.vote(self.run.id, self.prompt_id, TIE if index is None else self.order[index])
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
        boards = by_task(self.store.votes())
        keep = self.task.currentText() or (self.run.task if self.run else "")
        self.task.blockSignals(True)
        self.task.clear()
        self.task.addItems(list(boards))
        if keep in boards:
            self.task.setCurrentText(keep)
        self.task.blockSignals(False)
        standings = boards.get(self.task.currentText(), [])
        self.board.setRowCount(len(standings))
        for row, s in enumerate(standings):
            for column, text in enumerate([s.model, str(s.wins), str(s.ties), str(s.losses), f"{s.score:.0%}"]):
                self.board.setItem(row, column, QTableWidgetItem(text))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the model's name takes what is left
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table

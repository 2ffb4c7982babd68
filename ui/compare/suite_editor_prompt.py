"""The right side of the suite editor: one prompt with its text, description, table of values, checks, pass
threshold, and a sample reply to try the checks on.

Everything here is fast (a check's sentence, a check run on a pasted reply), so it is redone as the person types,
on the GUI thread: the sentence under a check that cannot run as written, and each check's verdict on the sample
reply (app.evals.checks.run_check), which is what makes a check understandable while it is written.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.evals.cases import Case, Reply
from app.evals.checks import grade, run_check
from app.evals.own_suites import TablePrompt
from app.evals.variables import names
from ui.compare.check_row import CheckRow
from ui.compare.suite_editor_table import VariablesTable


class PromptForm(QWidget):
    changed = Signal()  # the person edited something

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tools: tuple[dict[str, Any], ...] = ()
        self.loaded_threshold: float | None = None  # as the file gives it, which the box may show rounded
        self.pinned: list[str] = []  # the loaded rows' variables, kept as columns though the prompt may not name them
        self.check_rows: list[CheckRow] = []
        self.prompt_caption = QLabel()
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setTabChangesFocus(True)
        self.prompt_edit.setFixedHeight(64)
        self.description = QLineEdit()
        self.variables = VariablesTable()
        self.tools_note = QLabel()
        self.tools_note.setObjectName("Muted")
        self.tools_note.setWordWrap(True)
        self.checks_caption = QLabel()
        self.checks_caption.setObjectName("FactCaption")
        self.checks_box = QVBoxLayout()
        self.checks_box.setSpacing(2)
        self.add_check_button = QPushButton()
        self.add_check_button.setObjectName("SmallButton")
        self.threshold_mode = QComboBox()
        self.threshold_mode.addItems(["", ""])
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(0.8)
        self.sample_caption = QLabel()
        self.sample_caption.setObjectName("FactCaption")
        self.sample = QPlainTextEdit()
        self.sample.setTabChangesFocus(True)
        self.sample.setFixedHeight(150)
        self.sample_summary = QLabel()
        self.sample_summary.setWordWrap(True)
        self._build()
        self.retranslate()
        self._connect_signals()
        self.load(TablePrompt(""))

    def _build(self) -> None:
        upper = QGridLayout()
        upper.setHorizontalSpacing(12)
        upper.setVerticalSpacing(4)
        upper.addWidget(self.prompt_caption, 0, 0, 1, 2)
        upper.addWidget(self.prompt_edit, 1, 0, 1, 2)
        described = QHBoxLayout()
        self.description_label = QLabel()
        described.addWidget(self.description_label)
        described.addWidget(self.description, 1)
        upper.addLayout(described, 2, 0, 1, 2)
        upper.addWidget(self.variables, 3, 0)
        sample = QVBoxLayout()
        sample.setSpacing(4)
        sample.addWidget(self.sample_caption)
        sample.addWidget(self.sample, 1)
        sample.addWidget(self.sample_summary)
        upper.addLayout(sample, 3, 1)
        upper.setColumnStretch(0, 1)
        upper.setColumnStretch(1, 1)
        threshold = QHBoxLayout()
        self.threshold_label = QLabel()
        threshold.addWidget(self.threshold_label)
        threshold.addWidget(self.threshold_mode)
        threshold.addWidget(self.threshold)
        threshold.addStretch(1)
        threshold.addWidget(self.add_check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(upper)
        layout.addWidget(self.tools_note)
        layout.addWidget(self.checks_caption)
        layout.addLayout(self.checks_box)
        layout.addLayout(threshold)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.prompt_caption.setText(self.tr("Prompt (write {{name}} for a value that changes from case to case)"))
        self.prompt_caption.setObjectName("FactCaption")
        self.prompt_edit.setAccessibleName(self.tr("Prompt"))
        self.prompt_edit.setPlaceholderText(
            self.tr("What to ask each model, such as: What is the capital of {{country}}?")
        )
        self.description_label.setText(self.tr("Description"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("A short name for it in the tables (optional)"))
        self.checks_caption.setText(self.tr("Checks: the reply…"))
        self.add_check_button.setText(self.tr("Add a check"))
        self.threshold_label.setText(self.tr("It passes when"))
        self.threshold_mode.setItemText(0, self.tr("every check passes"))
        self.threshold_mode.setItemText(1, self.tr("the score is at least"))
        self.threshold_mode.setAccessibleName(self.tr("When the prompt passes"))
        self.threshold.setAccessibleName(self.tr("The score it needs, from 0 to 1"))
        self.threshold.setToolTip(self.tr("The weighted share of checks that pass, from 0 to 1"))
        self.sample_caption.setText(self.tr("Try on a sample reply"))
        self.sample.setAccessibleName(self.tr("A sample reply to try the checks on"))
        self.sample.setPlaceholderText(self.tr("Paste or write a reply here to see which checks it passes."))
        self.variables.retranslate()
        for row in self.check_rows:
            row.retranslate()
        self._update_tools_note()
        self.refresh()

    def _connect_signals(self) -> None:
        self.prompt_edit.textChanged.connect(self.on_edited)
        self.description.textEdited.connect(self.on_edited)
        self.variables.changed.connect(self.on_edited)
        self.variables.current_row_changed.connect(self.refresh)
        self.threshold_mode.currentIndexChanged.connect(self.on_edited)
        self.threshold.valueChanged.connect(self.on_edited)
        self.sample.textChanged.connect(self.refresh)
        self.add_check_button.clicked.connect(self.on_add_check_clicked)

    # ---- one prompt in, one prompt out

    def load(self, prompt: TablePrompt) -> None:
        """Show a prompt (signals held: loading is not an edit)."""
        self.blockSignals(True)
        self.tools = prompt.tools
        self.loaded_threshold = prompt.threshold
        self.pinned = list(dict.fromkeys(name for row in prompt.rows for name in row))
        self.prompt_edit.setPlainText(prompt.prompt)
        self.description.setText(prompt.description)
        self.threshold_mode.setCurrentIndex(0 if prompt.threshold is None else 1)
        if prompt.threshold is not None:
            self.threshold.setValue(prompt.threshold)
        for row in self.check_rows:
            self._drop(row)
        self.check_rows = []
        for check in prompt.checks:
            self._add_row(CheckRow(check, len(self.check_rows) + 1))
        self.variables.set_rows(prompt.rows)
        self._update_columns()
        self._update_tools_note()
        self.blockSignals(False)
        self.refresh()

    def current(self) -> TablePrompt:
        threshold = self.threshold.value() if self.threshold_mode.currentIndex() == 1 else None
        loaded = self.loaded_threshold
        if threshold is not None and loaded is not None and round(loaded, self.threshold.decimals()) == threshold:
            threshold = loaded  # 0.333 stays 0.333 while the box shows 0.33
        return TablePrompt(
            prompt=self.prompt_edit.toPlainText(),
            checks=tuple(row.check() for row in self.check_rows),
            threshold=threshold,
            description=self.description.text().strip(),
            tools=self.tools,
            rows=self.variables.values() if self.variables.columns else (),
        )

    # ---- edits

    def _add_row(self, row: CheckRow) -> None:
        self.check_rows.append(row)
        self.checks_box.addWidget(row)
        row.show()  # at once, not when the event loop next runs, so a check's sentence is there as it is typed
        row.changed.connect(self.on_edited)
        row.remove_requested.connect(self.on_remove_check)

    def _drop(self, row: CheckRow) -> None:
        self.checks_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    @Slot()
    def on_add_check_clicked(self) -> None:
        row = CheckRow(None, len(self.check_rows) + 1)
        self._add_row(row)
        row.value_edit.setFocus()
        self.on_edited()

    @Slot(object)
    def on_remove_check(self, row: CheckRow) -> None:
        self.check_rows.remove(row)
        self._drop(row)
        for number, other in enumerate(self.check_rows, start=1):
            other.set_number(number)
        self.on_edited()

    @Slot()
    def on_edited(self, *_args: object) -> None:
        self._update_columns()
        self.threshold.setEnabled(self.threshold_mode.currentIndex() == 1)
        self.refresh()
        self.changed.emit()

    def _update_columns(self) -> None:
        """One column per variable the prompt or a check's value names, and those the loaded rows had."""
        found = names(self.prompt_edit.toPlainText())
        for row in self.check_rows:
            found += names(row.value_edit.text())
        columns = list(dict.fromkeys([*found, *self.pinned]))
        if columns and not self.variables.rows:
            self.variables.set_rows([{}])  # a first row to fill in
        self.variables.set_columns(columns)
        self.variables.setVisible(bool(columns))
        self.threshold.setEnabled(self.threshold_mode.currentIndex() == 1)

    def _update_tools_note(self) -> None:
        tools = [str(tool.get("function", tool).get("name", "")) for tool in self.tools]
        self.tools_note.setVisible(bool(tools))
        self.tools_note.setText(
            self.tr("The model is offered %n tool(s), kept as the file gives them: ", "", len(tools)) + ", ".join(tools)
        )

    # ---- live sentences

    @Slot()
    def refresh(self) -> None:
        """Each check's problem and its verdict on the sample reply, redone from what is written now."""
        variables = self.variables.chosen() if self.variables.columns else None
        text = self.sample.toPlainText()
        prompt = self.current()
        case = Case(prompt.prompt, variables or {}, prompt.checks, prompt.threshold, prompt.description, self.tools)
        reply = Reply(text)
        for row in self.check_rows:
            row.show_problem(row.problem(variables))
            row.show_outcome(run_check(row.check(), reply, case) if text else None)
        if not text:
            self.sample_summary.setText("")
            return
        graded = grade(case, reply)
        counted = sum(1 for outcome in graded.outcomes if outcome.check.weight > 0)
        passed = sum(1 for outcome in graded.outcomes if outcome.check.weight > 0 and outcome.passed)
        verdict = self.tr("This reply passes") if graded.passed else self.tr("This reply fails")
        row_note = ""
        if variables:
            row_note = self.tr(" (with the chosen row: {values})").format(
                values=", ".join(
                    f"{name} = {json.dumps(value, ensure_ascii=False)}" for name, value in variables.items()
                )
            )
        self.sample_summary.setText(
            self.tr("{verdict}: {passed} of {counted} checks, score {score}{row}.").format(
                verdict=verdict, passed=passed, counted=counted, score=f"{graded.score:.2f}", row=row_note
            )
        )

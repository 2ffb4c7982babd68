"""One check in the suite editor, in plain words: what to look for ("contains", "is JSON matching this schema",
"answers within N s"), its value as a person writes it, a weight and a "not" switch; under it the sentence saying why
it cannot run as written (app.evals.checks.problem) and, once a sample reply is pasted, whether that reply passes.

The words and how a value is written as text are ui/compare/suite_editor_kinds.py; a value is written as
text and turned into what the type takes (a list for "contains any of", a number of milliseconds for "answers
within N s", a schema object for "is JSON matching this schema"). A check left untouched is given back exactly as it
was loaded, so an edit of one check never rewrites the others; a type Hearth does not run is shown read-only and kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.evals.cases import Check, CheckOutcome
from app.evals.checks import NEGATION, OPTIONAL_TYPES, base_type, is_known, problem
from app.i18n import localized
from ui.compare.suite_editor_kinds import (
    DEFAULT_KIND,
    KINDS,
    WRITTEN_KEYS,
    CheckKind,
    kind_of,
    plain,
    translated,
    value_of,
    value_text,
)


class CheckRow(QFrame):
    """One check's controls. `check()` is the check as written now; `problem(variables)` the sentence under it."""

    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, check: Check | None = None, number: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckRow")
        self.original = check
        self.touched = check is None
        kind, negated = kind_of(check) if check is not None else (DEFAULT_KIND, False)
        self.kind: CheckKind | None = kind
        self.number = number
        self.kind_box = QComboBox()
        for line in KINDS:
            self.kind_box.addItem("", line.key)
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(24)  # the longest words show whole in the list that drops down
        self.fixed_type = QLabel()  # in place of the box for a type the editor cannot edit
        self.fixed_type.setWordWrap(True)
        self.not_box = QCheckBox()
        self.value_edit = QLineEdit()
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.0, 100.0)
        self.weight.setDecimals(2)
        self.weight.setSingleStep(0.5)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("SmallButton")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("CheckProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.kind_box, 0, 0)
        grid.addWidget(self.fixed_type, 0, 0)
        grid.addWidget(self.not_box, 0, 1)
        grid.addWidget(self.value_edit, 0, 2)
        grid.addWidget(self.weight, 0, 3)
        grid.addWidget(self.remove_button, 0, 4)
        grid.addWidget(self.problem_label, 1, 0, 1, 5)
        grid.addWidget(self.outcome_label, 2, 0, 1, 5)
        grid.setColumnStretch(2, 1)
        self._show(check, kind, negated)
        self.retranslate()
        self.kind_box.currentIndexChanged.connect(self.on_kind_changed)
        self.not_box.toggled.connect(self.on_edited)
        self.value_edit.textEdited.connect(self.on_edited)
        self.weight.valueChanged.connect(self.on_edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def _show(self, check: Check | None, kind: CheckKind | None, negated: bool) -> None:
        editable = kind is not None
        self.kind_box.setVisible(editable)
        self.fixed_type.setVisible(not editable)
        self.value_edit.setReadOnly(not editable)
        self.not_box.setChecked(negated)
        self.weight.setValue(check.weight if check is not None else 1.0)
        self.weight.setEnabled(editable)
        if kind is not None:
            self.kind_box.setCurrentIndex(KINDS.index(kind))
            self.value_edit.setText(value_text(kind, check) if check is not None else "")
        elif check is not None:
            self.value_edit.setText("" if check.value is None else plain(check.value))
        self._update_controls()

    def retranslate(self) -> None:
        for index, line in enumerate(KINDS):
            self.kind_box.setItemText(index, translated(line.label))
        self.not_box.setText(self.tr("not"))
        self.not_box.setToolTip(self.tr("Passes when the reply does not do this"))
        self.weight.setPrefix(self.tr("weight "))
        self.weight.setToolTip(self.tr("How much this check counts in the score (0: shown, never counted)"))
        self.remove_button.setText(self.tr("Remove"))
        if self.original is not None and self.kind is None:
            self.fixed_type.setText(
                self.tr("“{type}”: Hearth does not run this check; it is kept as written").format(
                    type=self.original.type
                )
            )
        self._update_controls()
        self.set_number(self.number)

    def set_number(self, number: int) -> None:
        """The check's place in the list, which its controls' accessible names say."""
        self.number = number
        for widget, name in (
            (self.kind_box, self.tr("Check {number}: what to look for")),
            (self.fixed_type, self.tr("Check {number}: a check Hearth does not run")),
            (self.not_box, self.tr("Check {number}: not")),
            (self.value_edit, self.tr("Check {number}: value")),
            (self.weight, self.tr("Check {number}: weight")),
            (self.remove_button, self.tr("Remove check {number}")),
            (self.problem_label, self.tr("Check {number}: problem")),
            (self.outcome_label, self.tr("Check {number}: on the sample reply")),
        ):
            widget.setAccessibleName(name.format(number=number))

    def _update_controls(self) -> None:
        kind = self.kind
        self.not_box.setVisible(kind is not None and kind.negatable)
        self.value_edit.setVisible(kind is None or kind.value != "none")
        self.value_edit.setPlaceholderText(translated(kind.hint) if kind is not None and kind.hint else "")

    @Slot(int)
    def on_kind_changed(self, index: int) -> None:
        self.kind = KINDS[index]
        if not self.kind.negatable:
            self.not_box.setChecked(False)
        self._update_controls()
        self.on_edited()

    @Slot()
    def on_edited(self, *_args: object) -> None:
        self.touched = True
        self.changed.emit()

    def check(self) -> Check:
        """The check as the controls say; the loaded one itself while nothing was changed (or one the editor cannot
        edit). Keys of promptfoo's that Hearth does not read (a metric, a provider) stay in what is written."""
        if self.original is not None and (not self.touched or self.kind is None):
            return self.original
        kind = self.kind or DEFAULT_KIND
        negated = kind.negatable and self.not_box.isChecked()
        value = value_of(kind, self.value_edit.text())
        threshold = None
        if self.original is not None and kind.type != "latency" and kind_of(self.original)[0] is kind:
            threshold = self.original.threshold  # a similarity's own bound, kept
        check = Check(
            type=(NEGATION if negated else "") + kind.type,
            value=value,
            weight=self.weight.value(),
            threshold=threshold,
        )
        kept = {
            key: item for key, item in (self.original.raw if self.original else {}).items() if key not in WRITTEN_KEYS
        }
        return Check(check.type, check.value, check.weight, check.threshold, raw={**kept, **check.to_json()})

    def problem(self, variables: dict[str, Any] | None) -> str | None:
        """Why the check cannot run as written (its `{{variables}}` filled from `variables`), or None."""
        kind = self.kind
        if kind is not None and kind.value == "seconds" and isinstance(self.check().value, str):
            return self.tr("Write the time in seconds, such as 2.5.")
        if kind is not None and kind.value != "none" and not self.value_edit.text().strip():
            return self.tr("Write what this check looks for.")
        return problem(self.check(), variables)

    def show_problem(self, sentence: str | None) -> None:
        self.problem_label.setText("⚠ " + localized(sentence) if sentence else "")
        self.problem_label.setVisible(bool(sentence))

    def show_outcome(self, outcome: CheckOutcome | None) -> None:
        """The check's verdict on the sample reply, or nothing while there is none."""
        if outcome is None:
            self.outcome_label.hide()
            return
        if base_type(outcome.check.type)[0] in OPTIONAL_TYPES:
            text = self.tr("Hearth does not run this optional check yet: it is kept and never counted.")
            self.outcome_label.setObjectName("CheckOutcome")
        elif not is_known(outcome.check.type):
            text = self.tr("Hearth does not run this check: it is kept as written and never counted.")
            self.outcome_label.setObjectName("CheckOutcome")
        elif outcome.passed:
            text = self.tr("✓ Passes: {reason}").format(reason=localized(outcome.reason))
            self.outcome_label.setObjectName("CheckPassed")
        else:
            text = self.tr("✗ Fails: {reason}").format(reason=localized(outcome.reason))
            self.outcome_label.setObjectName("CheckFailed")
        self.outcome_label.setText(text)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)
        self.outcome_label.show()

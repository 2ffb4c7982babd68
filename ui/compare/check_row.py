"""One check in the suite editor, in plain words: what to look for ("contains", "is JSON matching this schema",
"answers within N s"), its value as a person writes it, a weight and a "not" switch; under it the sentence saying why
it cannot run as written (app.evals.checks.problem) and, once a sample reply is pasted, whether that reply passes.

The words are a table of kinds over promptfoo's type names (app/evals/checks/grading.py); a value is written as
text and turned into what the type takes (a list for "contains any of", a number of milliseconds for "answers
within N s", a schema object for "is JSON matching this schema"). A check left untouched is given back exactly as it
was loaded, so an edit of one check never rewrites the others; a type Hearth does not run is shown read-only and kept.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
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

if TYPE_CHECKING:  # PySide6's stub says it returns object; it returns the text, marked for translation

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "SuiteEditor"
_TEXT_KEYS = ("type", "value", "weight", "threshold")


@dataclass(frozen=True)
class CheckKind:
    """One line of the type box: `type` is written to the file; `value` says how its value is written (none, text,
    texts, number, seconds, schema, tool, words); `label` and `hint` are the plain words, translated at use."""

    key: str
    type: str
    label: str
    value: str
    hint: str = ""
    negatable: bool = True
    optional: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


TEXT_HINT = QT_TRANSLATE_NOOP("SuiteEditor", "Text, or {{name}} for a value of the table")
TEXTS_HINT = QT_TRANSLATE_NOOP("SuiteEditor", "Texts, separated by commas")
KINDS: tuple[CheckKind, ...] = (
    CheckKind("equals", "equals", QT_TRANSLATE_NOOP("SuiteEditor", "is exactly"), "text", TEXT_HINT),
    CheckKind("contains", "contains", QT_TRANSLATE_NOOP("SuiteEditor", "contains"), "text", TEXT_HINT),
    CheckKind("icontains", "icontains", QT_TRANSLATE_NOOP("SuiteEditor", "contains (any case)"), "text", TEXT_HINT),
    CheckKind("contains-any", "contains-any", QT_TRANSLATE_NOOP("SuiteEditor", "contains any of"), "texts", TEXTS_HINT),
    CheckKind(
        "icontains-any",
        "icontains-any",
        QT_TRANSLATE_NOOP("SuiteEditor", "contains any of (any case)"),
        "texts",
        TEXTS_HINT,
    ),
    CheckKind("contains-all", "contains-all", QT_TRANSLATE_NOOP("SuiteEditor", "contains all of"), "texts", TEXTS_HINT),
    CheckKind(
        "icontains-all",
        "icontains-all",
        QT_TRANSLATE_NOOP("SuiteEditor", "contains all of (any case)"),
        "texts",
        TEXTS_HINT,
    ),
    CheckKind(
        "not-contains",
        "not-contains",
        QT_TRANSLATE_NOOP("SuiteEditor", "does not contain"),
        "text",
        TEXT_HINT,
        negatable=False,
    ),
    CheckKind("starts-with", "starts-with", QT_TRANSLATE_NOOP("SuiteEditor", "starts with"), "text", TEXT_HINT),
    CheckKind("ends-with", "ends-with", QT_TRANSLATE_NOOP("SuiteEditor", "ends with"), "text", TEXT_HINT),
    CheckKind(
        "regex",
        "regex",
        QT_TRANSLATE_NOOP("SuiteEditor", "matches the pattern"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "A regular expression, such as ^[A-Z]"),
    ),
    CheckKind("is-json", "is-json", QT_TRANSLATE_NOOP("SuiteEditor", "is JSON"), "none"),
    CheckKind(
        "is-json-schema",
        "is-json",
        QT_TRANSLATE_NOOP("SuiteEditor", "is JSON matching this schema"),
        "schema",
        QT_TRANSLATE_NOOP("SuiteEditor", 'A JSON schema, such as {"type": "object"}'),
    ),
    CheckKind("contains-json", "contains-json", QT_TRANSLATE_NOOP("SuiteEditor", "contains JSON"), "none"),
    CheckKind(
        "contains-json-schema",
        "contains-json",
        QT_TRANSLATE_NOOP("SuiteEditor", "contains JSON matching this schema"),
        "schema",
        QT_TRANSLATE_NOOP("SuiteEditor", 'A JSON schema, such as {"type": "object"}'),
    ),
    CheckKind(
        "word-count-max", "word-count-max", QT_TRANSLATE_NOOP("SuiteEditor", "has at most N words"), "number", "N"
    ),
    CheckKind(
        "word-count-min", "word-count-min", QT_TRANSLATE_NOOP("SuiteEditor", "has at least N words"), "number", "N"
    ),
    CheckKind(
        "word-count",
        "word-count",
        QT_TRANSLATE_NOOP("SuiteEditor", "has N words (or from N to M)"),
        "words",
        QT_TRANSLATE_NOOP("SuiteEditor", "20, or 3–20"),
    ),
    CheckKind(
        "tool-call",
        "tool-call",
        QT_TRANSLATE_NOOP("SuiteEditor", "calls the tool"),
        "tool",
        QT_TRANSLATE_NOOP("SuiteEditor", 'The tool\'s name, then its arguments as JSON if you want: f {"x": 1}'),
    ),
    CheckKind(
        "is-valid-openai-tools-call",
        "is-valid-openai-tools-call",
        QT_TRANSLATE_NOOP("SuiteEditor", "calls only offered tools, with valid arguments"),
        "none",
    ),
    CheckKind(
        "latency",
        "latency",
        QT_TRANSLATE_NOOP("SuiteEditor", "answers within N s"),
        "seconds",
        QT_TRANSLATE_NOOP("SuiteEditor", "Seconds, such as 2.5"),
    ),
    CheckKind(
        "tokens-per-second-min",
        "tokens-per-second-min",
        QT_TRANSLATE_NOOP("SuiteEditor", "as fast as N tokens/s"),
        "number",
        "N",
    ),
    CheckKind(
        "language",
        "language",
        QT_TRANSLATE_NOOP("SuiteEditor", "is written in language"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "A language, such as French or fr"),
    ),
    CheckKind(
        "finish-reason",
        "finish-reason",
        QT_TRANSLATE_NOOP("SuiteEditor", "ends because of"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "stop, length or tool_calls"),
    ),
    CheckKind(
        "similar",
        "similar",
        QT_TRANSLATE_NOOP("SuiteEditor", "similar to this answer (optional)"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "The answer a reply should resemble"),
        negatable=False,
        optional=True,
    ),
    CheckKind(
        "llm-rubric",
        "llm-rubric",
        QT_TRANSLATE_NOOP("SuiteEditor", "a judge model grades it against this rubric (optional)"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "What a good reply does, in plain words"),
        negatable=False,
        optional=True,
    ),
)
BY_KEY = {kind.key: kind for kind in KINDS}
DEFAULT_KIND = BY_KEY["icontains"]


def kind_of(check: Check) -> tuple[CheckKind | None, bool]:
    """The line of the type box for a check, and whether it is negated; None for a type the editor cannot edit."""
    if check.type in BY_KEY and BY_KEY[check.type].type == check.type:
        name, negated = check.type, False
    else:
        name, negated = base_type(check.type)
    if name in ("is-json", "contains-json") and check.value not in (None, ""):
        name += "-schema"
    kind = BY_KEY.get(name)
    if kind is None or (negated and not kind.negatable):
        return None, False
    return kind, negated


def value_text(kind: CheckKind, check: Check) -> str:
    """A check's value as the value field shows it."""
    value = check.value
    if kind.value == "none" or value is None:
        return ""
    if kind.value == "seconds":
        milliseconds = check.threshold if check.threshold is not None else value
        return _number_text(milliseconds / 1000) if isinstance(milliseconds, int | float) else str(milliseconds)
    if kind.value == "texts" and isinstance(value, list):
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow([_plain(item) for item in value])
        return out.getvalue().replace(",", ", ")
    if kind.value == "words" and isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        return f"{_plain(low) if low is not None else ''}–{_plain(high) if high is not None else ''}"
    if kind.value == "tool" and isinstance(value, dict):
        name = str(value.get("name", ""))
        arguments = value.get("arguments", value.get("args"))
        return name if arguments is None else f"{name} {json.dumps(arguments, ensure_ascii=False)}"
    return _plain(value)


def value_of(kind: CheckKind, text: str) -> Any:
    """What the value field's text means for this kind (text that does not read as the kind asks is kept as text,
    so that the check's own sentence says what is wrong with it)."""
    text = text.strip()
    if kind.value == "none":
        return None
    if kind.value == "texts":
        return [item.strip() for item in next(csv.reader([text], skipinitialspace=True), []) if item.strip()]
    if kind.value in ("number", "seconds"):
        number = _number(text)
        if number is None:
            return text
        return _whole(number * 1000 if kind.value == "seconds" else number)
    if kind.value == "words":
        match = re.fullmatch(r"(\d+(?:\.\d+)?)?\s*[–-]\s*(\d+(?:\.\d+)?)?", text)
        if match and (match[1] or match[2]):
            bounds = {"min": match[1], "max": match[2]}
            return {key: _whole(float(number)) for key, number in bounds.items() if number}
        number = _number(text)
        return text if number is None else _whole(number)
    if kind.value == "schema":
        try:
            return json.loads(text) if text else None
        except json.JSONDecodeError:
            return text
    if kind.value == "tool":
        name, _, arguments = text.partition(" ")
        if not arguments.strip():
            return name
        try:
            return {"name": name, "arguments": json.loads(arguments)}
        except json.JSONDecodeError:
            return {"name": name, "arguments": arguments.strip()}
    return text


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ".")) if text else None
    except ValueError:
        return None


def _whole(number: float) -> int | float:
    return int(number) if number.is_integer() else number


def _number_text(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


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
            self.value_edit.setText("" if check.value is None else _plain(check.value))
        self._update_controls()

    def retranslate(self) -> None:
        for index, line in enumerate(KINDS):
            self.kind_box.setItemText(index, _tr(line.label))
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
        self.value_edit.setPlaceholderText(_tr(kind.hint) if kind is not None and kind.hint else "")

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
            key: item for key, item in (self.original.raw if self.original else {}).items() if key not in _TEXT_KEYS
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
        self.problem_label.setText("⚠ " + sentence if sentence else "")
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
            text = self.tr("✓ Passes: {reason}").format(reason=outcome.reason)
            self.outcome_label.setObjectName("CheckPassed")
        else:
            text = self.tr("✗ Fails: {reason}").format(reason=outcome.reason)
            self.outcome_label.setObjectName("CheckFailed")
        self.outcome_label.setText(text)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)
        self.outcome_label.show()

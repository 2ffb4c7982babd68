"""Writing a suite of checks in plain words: its name, its prompts on the left (add, duplicate, remove, move), and
the chosen prompt on the right (ui/compare/suite_editor_prompt.py): text, a table of values for its `{{variables}}`,
checks, a pass threshold, and a sample reply to try them on.

It edits the person's own suites (app/evals/own_suites.py); a ready suite or a file is edited as a copy. Save
writes Hearth's JSONL, a prompt with a table becoming one case per row; a suite is loaded by grouping such cases
back into one prompt, so loading and saving changes nothing. Save refuses a suite that would not run, saying which
prompt and why; Cancel or Escape asks before edits are thrown away. The dialog opens with `open()`, so the window
keeps running and tests can fill it like a person.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import HearthError
from app.evals import own_suites
from app.evals.cases import Suite
from app.evals.own_suites import TablePrompt
from app.evals.suite import SuiteError, case_from_json, case_to_json
from app.i18n import localized
from ui.compare.suite_editor_prompt import PromptForm
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll

STYLE = """
QLabel#CheckProblem { color: #d64236; }
QLabel#CheckFailed { color: #d64236; }
QLabel#CheckPassed { color: #2e8b57; }
QFrame#CheckRow { border: none; }
"""


class SuiteEditor(QDialog):
    saved = Signal(str)  # the saved suite's name

    def __init__(
        self,
        suite: Suite | None = None,
        own_name: str | None = None,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`suite` to start from (None: a new one); `own_name` when it is one of the person's own suites, saved in
        its place (else it is saved as a new suite, a copy)."""
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.prompter = prompter or Prompter()
        self.own_name = own_name
        self.copy_of = suite.name if suite is not None and own_name is None else None
        self.edited = False
        self.prompts: list[TablePrompt] = own_suites.group(suite.cases) if suite is not None else [TablePrompt("")]
        self.shown = -1
        self.name_label = QLabel()
        self.name_edit = QLineEdit(self._start_name(suite))
        self.prompt_list = QListWidget()
        self.prompt_list.setMaximumWidth(230)
        self.buttons_of_list = {key: QPushButton() for key in ("add", "duplicate", "remove", "up", "down")}
        for button in self.buttons_of_list.values():
            button.setObjectName("SmallButton")
        self.form = PromptForm()
        self.problem = QLabel()
        self.problem.setObjectName("CheckProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.retranslate()
        self._connect_signals()
        self._fill_list()
        self.prompt_list.setCurrentRow(0)
        self.resize(1100, 720)

    def _start_name(self, suite: Suite | None) -> str:
        if suite is None:
            return own_suites.free_name(self.tr("My suite"))
        if self.own_name is not None:
            return self.own_name
        return own_suites.free_name(self.tr("{name} (my copy)").format(name=suite.name))

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.name_edit, 1)
        side = QVBoxLayout()
        side.addWidget(self.prompt_list, 1)
        for pair in (("add", "duplicate"), ("remove", "up", "down")):
            row = QHBoxLayout()
            for key in pair:
                row.addWidget(self.buttons_of_list[key])
            side.addLayout(row)
        scroll = vertical_scroll(self.form)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        if self.own_name is not None:
            self.setWindowTitle(self.tr("Edit the suite “{name}”").format(name=self.own_name))
        elif self.copy_of is not None:
            self.setWindowTitle(self.tr("Edit a copy of “{name}”").format(name=self.copy_of))
        else:
            self.setWindowTitle(self.tr("New suite of checks"))
        self.name_label.setText(self.tr("Suite name"))
        self.name_edit.setAccessibleName(self.tr("Suite name"))
        self.prompt_list.setAccessibleName(self.tr("Prompts of the suite"))
        texts = {
            "add": (self.tr("Add"), self.tr("Add a prompt")),
            "duplicate": (self.tr("Duplicate"), self.tr("Duplicate the chosen prompt")),
            "remove": (self.tr("Remove"), self.tr("Remove the chosen prompt")),
            "up": (self.tr("Up"), self.tr("Move the chosen prompt up")),
            "down": (self.tr("Down"), self.tr("Move the chosen prompt down")),
        }
        for key, (text, name) in texts.items():
            self.buttons_of_list[key].setText(text)
            self.buttons_of_list[key].setAccessibleName(name)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.form.retranslate()
        self._fill_list()

    def _connect_signals(self) -> None:
        self.prompt_list.currentRowChanged.connect(self.on_prompt_chosen)
        self.form.changed.connect(self.on_form_changed)
        self.name_edit.textEdited.connect(self.on_edited)
        self.buttons_of_list["add"].clicked.connect(self.on_add_clicked)
        self.buttons_of_list["duplicate"].clicked.connect(self.on_duplicate_clicked)
        self.buttons_of_list["remove"].clicked.connect(self.on_remove_clicked)
        self.buttons_of_list["up"].clicked.connect(lambda: self.move_prompt(-1))
        self.buttons_of_list["down"].clicked.connect(lambda: self.move_prompt(1))
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)

    # ---- the list of prompts

    def _title(self, index: int) -> str:
        prompt = self.prompts[index]
        text = prompt.description or prompt.prompt.strip().split("\n")[0] or self.tr("(no text yet)")
        rows = len(prompt.rows)
        suffix = " · " + self.tr("%n case(s)", "", rows) if rows else ""
        return f"{index + 1}. {text[:60]}{suffix}"

    def _fill_list(self) -> None:
        self.prompt_list.blockSignals(True)
        current = self.prompt_list.currentRow()
        self.prompt_list.clear()
        for index in range(len(self.prompts)):
            self.prompt_list.addItem(self._title(index))
        self.prompt_list.setCurrentRow(current if 0 <= current < len(self.prompts) else -1)
        self.prompt_list.blockSignals(False)
        self.buttons_of_list["remove"].setEnabled(len(self.prompts) > 1)

    def _keep_shown(self) -> None:
        """What the form holds, back into the list of prompts."""
        if 0 <= self.shown < len(self.prompts):
            self.prompts[self.shown] = self.form.current()

    def choose(self, index: int) -> None:
        self.prompt_list.setCurrentRow(index)

    @Slot(int)
    def on_prompt_chosen(self, index: int) -> None:
        if index == self.shown or not 0 <= index < len(self.prompts):
            return
        self._keep_shown()
        self.shown = index
        self.form.load(self.prompts[index])

    @Slot()
    def on_form_changed(self) -> None:
        self._keep_shown()
        item = self.prompt_list.item(self.shown)
        if item is not None:
            item.setText(self._title(self.shown))
        self.on_edited()

    @Slot()
    def on_edited(self, *_args: object) -> None:
        self.edited = True
        self.problem.hide()

    def _insert(self, index: int, prompt: TablePrompt) -> None:
        self._keep_shown()
        self.prompts.insert(index, prompt)
        self.shown = -1
        self._fill_list()
        self.prompt_list.setCurrentRow(index)
        self.on_edited()

    @Slot()
    def on_add_clicked(self) -> None:
        self._insert(len(self.prompts), TablePrompt(""))
        self.form.prompt_edit.setFocus()

    @Slot()
    def on_duplicate_clicked(self) -> None:
        self._keep_shown()
        self._insert(self.shown + 1, self.prompts[self.shown])

    @Slot()
    def on_remove_clicked(self) -> None:
        if len(self.prompts) <= 1:
            return
        index = self.shown
        del self.prompts[index]
        self.shown = -1
        self._fill_list()
        self.prompt_list.setCurrentRow(min(index, len(self.prompts) - 1))
        self.on_edited()

    def move_prompt(self, step: int) -> None:
        index, target = self.shown, self.shown + step
        if not 0 <= target < len(self.prompts):
            return
        self._keep_shown()
        self.prompts[index], self.prompts[target] = self.prompts[target], self.prompts[index]
        self.shown = target  # the form still shows the same prompt
        self._fill_list()
        self.prompt_list.blockSignals(True)
        self.prompt_list.setCurrentRow(target)
        self.prompt_list.blockSignals(False)
        self.on_edited()

    # ---- save, cancel

    def suite_problem(self) -> tuple[int, str] | None:
        """The first prompt that would not run as written (its index and the sentence), or None."""
        self._keep_shown()
        for index, prompt in enumerate(self.prompts):
            for row, case in enumerate(prompt.cases(), start=1):
                try:
                    case_from_json(case_to_json(case))
                except SuiteError as exc:
                    where = (
                        self.tr("Prompt {number}, row {row}").format(number=index + 1, row=row)
                        if prompt.rows
                        else self.tr("Prompt {number}").format(number=index + 1)
                    )
                    return index, f"{where}: {exc.message}"
        return None

    @Slot()
    def on_save(self) -> None:
        found = self.suite_problem()
        if found is not None:
            index, sentence = found
            self.choose(index)
            self._say(sentence)
            return
        name = self.name_edit.text().strip()
        if not name:
            self._say(self.tr("Give the suite a name: it is how the Checks tab lists it."))
            return
        target = own_suites.safe_name(name)
        if target != self.own_name and own_suites.exists(target):
            question = self.tr("There is already a suite named “{name}”. Replace it with this one?").format(name=target)
            if not self.prompter.ask_yes_no(self, self.tr("Replace the suite?"), question):
                return
        try:
            saved = own_suites.save(target, own_suites.cases_of(self.prompts))
            if self.own_name is not None and self.own_name != saved.name:
                own_suites.delete(self.own_name)  # saved under its new name: a rename
        except HearthError as exc:
            self._say(exc.message)
            return
        self.own_name = saved.name
        self.edited = False
        self.saved.emit(saved.name)
        self.accept()

    def _say(self, sentence: str) -> None:
        self.problem.setText(localized(sentence))
        self.problem.show()

    def reject(self) -> None:
        """Cancel, Escape or the window's close: edits are thrown away only when the person says so."""
        if self.edited and not self.prompter.ask_yes_no(
            self,
            self.tr("Throw away the changes?"),
            self.tr("The changes to this suite are not saved. Close the editor and throw them away?"),
        ):
            return
        super().reject()

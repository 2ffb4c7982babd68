"""The Compare page's prompt sets: choose, add, edit, reorder, import and export, and "Run the set" with progress.

The prompts are the person's, kept in Compare's own database; this panel edits them there and asks the page to run
a set, showing the progress and time left that the run reports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.compare import prompt_sets
from app.compare.runner import SetProgress
from app.compare.store import CompareStore, CompareStoreError
from app.messages import MessageBridge
from ui.shared.elided import ElidedComboBox
from ui.shared.prompter import Prompter


class PromptSetsPanel(QWidget):
    run_requested = Signal(int)  # the set's id
    cancel_requested = Signal()
    set_changed = Signal(int)
    results_requested = Signal()  # "Show the results": the run's replies are on the Leaderboard tab

    def __init__(
        self,
        store: CompareStore,
        messages: MessageBridge,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._messages = messages
        self.prompter = prompter or Prompter()
        self.sets = ElidedComboBox()
        self.prompts = QListWidget()
        self.prompts.setWordWrap(True)
        buttons = {key: QPushButton() for key in ("new", "import", "export", "add", "remove", "up", "down", "run")}
        buttons["cancel"] = QPushButton()
        self.buttons = buttons
        buttons["cancel"].setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.time_left = QLabel("")
        self.time_left.setObjectName("Hint")
        self._phase: tuple[str, int, int, float | None] = ("", 0, 0, None)  # what time_left says, kept to say again
        self.show_results = QPushButton()
        self.show_results.hide()
        self.set_label = QLabel()
        self.set_label.setBuddy(self.sets)

        top = QHBoxLayout()
        top.addWidget(self.set_label)
        top.addWidget(self.sets, 1)
        for key in ("new", "import", "export"):
            top.addWidget(buttons[key])
        edit = QHBoxLayout()
        for key in ("add", "remove", "up", "down"):
            edit.addWidget(buttons[key])
        edit.addStretch(1)
        run = QHBoxLayout()
        run.addWidget(buttons["run"])
        run.addWidget(buttons["cancel"])
        run.addWidget(self.progress, 1)
        run.addWidget(self.time_left)
        run.addWidget(self.show_results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.prompts, 1)
        layout.addLayout(edit)
        layout.addLayout(run)

        self.sets.currentIndexChanged.connect(self.on_set_picked)
        self.prompts.itemChanged.connect(self.on_prompt_edited)
        buttons["new"].clicked.connect(self.new_set)
        buttons["import"].clicked.connect(self.import_file)
        buttons["export"].clicked.connect(self.export_file)
        buttons["add"].clicked.connect(self.add_prompt)
        buttons["remove"].clicked.connect(self.remove_prompt)
        buttons["up"].clicked.connect(lambda: self.move_prompt(-1))
        buttons["down"].clicked.connect(lambda: self.move_prompt(1))
        buttons["run"].clicked.connect(self.on_run_clicked)
        buttons["cancel"].clicked.connect(self.cancel_requested)
        self.show_results.clicked.connect(self.results_requested)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("New set…"), "import": self.tr("Import…"), "export": self.tr("Export…"),
            "add": self.tr("Add prompt"), "remove": self.tr("Remove"), "up": self.tr("Move up"),
            "down": self.tr("Move down"), "run": self.tr("Run the set"), "cancel": self.tr("Cancel"),
        }  # fmt: skip
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.setAccessibleName(self.tr("Prompt set run progress"))
        self.time_left.setAccessibleName(self.tr("Time left in the run"))
        self.show_results.setText(self.tr("Show the results"))
        self.show_results.setAccessibleName(self.tr("Show the run's results on the Leaderboard"))
        self.show_results.setToolTip(self.tr("The replies side by side, to vote on, and the leaderboard"))
        self.set_label.setText(self.tr("Prompt set"))
        self.sets.setAccessibleName(self.tr("Prompt set"))
        self.prompts.setAccessibleName(self.tr("Prompts of the set"))
        self.prompts.setAccessibleDescription(self.tr("Double-click a prompt, or press F2, to edit it"))
        self._say_phase()

    def _say_phase(self) -> None:
        phase, done, total, left = self._phase
        if phase == "starting":
            self.time_left.setText(self.tr("starting…"))
        elif phase == "done":
            self.time_left.setText(self.tr("Done"))
        elif phase == "left":
            self.time_left.setText(self.tr("about {seconds} s left").format(seconds=max(1, round(left or 0))))
        elif phase == "stopped":
            self.time_left.setText(self.tr("Stopped at {done} of {total}").format(done=done, total=total))
        else:
            self.time_left.setText("")

    @property
    def set_id(self) -> int | None:
        value = self.sets.currentData()
        return int(value) if value is not None else None

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.set_id
        self.sets.blockSignals(True)
        self.sets.clear()
        for prompt_set in self.store.prompt_sets():
            self.sets.addItem(f"{prompt_set.name} · {prompt_set.task}", prompt_set.id)
        index = self.sets.findData(keep) if keep is not None else 0
        self.sets.setCurrentIndex(max(index, 0))
        self.sets.blockSignals(False)
        self.on_set_picked()

    @Slot()
    def on_set_picked(self, *_args: object) -> None:
        self.prompts.blockSignals(True)
        self.prompts.clear()
        if self.set_id is not None:
            for prompt in self.store.prompts(self.set_id):
                item = QListWidgetItem(prompt.text)
                item.setData(Qt.ItemDataRole.UserRole, prompt.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.prompts.addItem(item)
            self.set_changed.emit(self.set_id)
        self.prompts.blockSignals(False)

    @Slot()
    def on_run_clicked(self) -> None:
        if self.set_id is not None:
            self.run_requested.emit(self.set_id)

    @Slot(QListWidgetItem)
    def on_prompt_edited(self, item: QListWidgetItem) -> None:
        text = " ".join(item.text().split())
        if text:
            self.store.edit_prompt(int(item.data(Qt.ItemDataRole.UserRole)), text)

    def prompt_texts(self) -> list[str]:
        return [self.prompts.item(i).text() for i in range(self.prompts.count())]

    @Slot()
    def new_set(self, name: str = "", prompts: list[str] | None = None) -> None:
        if not name:
            name = self.prompter.ask_text(self, self.tr("New prompt set"), self.tr("Name")) or ""
            if not name.strip():
                return
        try:
            made = self.store.create_set(name.strip(), prompts or [])
        except CompareStoreError as exc:  # a name taken already
            self._messages.error_from(exc)
            return
        self.reload(select=made.id)

    @Slot()
    def import_file(self, path: str = "") -> None:
        if not path:
            chosen = self.prompter.open_file(self, self.tr("Import prompts"), "", self.tr("Prompts (*.txt *.jsonl)"))
            if chosen is None:
                return
            path = str(chosen)
        try:
            prompts = prompt_sets.read_prompts(Path(path))
        except prompt_sets.PromptFileError as exc:
            self._messages.error_from(exc)
            return
        self.new_set(Path(path).stem, prompts)

    @Slot()
    def export_file(self, path: str = "") -> None:
        if not path:
            chosen = self.prompter.save_file(
                self, self.tr("Export prompts"), "prompts.txt", self.tr("Prompts (*.txt *.jsonl)")
            )
            if chosen is None:
                return
            path = str(chosen)
        prompt_sets.write_prompts(Path(path), self.prompt_texts())

    @Slot()
    def add_prompt(self, text: str = "") -> None:
        if self.set_id is None:
            return
        if not text:
            text = self.prompter.ask_lines(self, self.tr("Add a prompt"), self.tr("Prompt")) or ""
            if not text.strip():
                return
        self.store.add_prompt(self.set_id, text.strip())
        self.on_set_picked()

    @Slot()
    def remove_prompt(self) -> None:
        item = self.prompts.currentItem()
        if item is not None:
            self.store.remove_prompt(int(item.data(Qt.ItemDataRole.UserRole)))
            self.on_set_picked()

    def move_prompt(self, step: int) -> None:
        row = self.prompts.currentRow()
        if self.set_id is None or not 0 <= row + step < self.prompts.count() or row < 0:
            return
        ids = [int(self.prompts.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.prompts.count())]
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self.store.reorder(self.set_id, ids)
        self.on_set_picked()
        self.prompts.setCurrentRow(row + step)

    def set_running(self, running: bool) -> None:
        self.buttons["run"].setEnabled(not running)
        self.buttons["cancel"].setEnabled(running)
        if running:
            self._phase = ("starting", 0, 0, None)
            self._say_phase()
            self.show_results.hide()

    def show_progress(self, progress: SetProgress) -> None:
        self.progress.setMaximum(progress.total)
        self.progress.setValue(progress.done)
        left = progress.seconds_left
        if progress.done >= progress.total:
            self._phase = ("done", progress.done, progress.total, None)
        else:
            self._phase = ("" if left is None else "left", progress.done, progress.total, left)
        self._say_phase()

    def show_finished(self) -> None:
        """The run has ended (every pair answered, or stopped): say so and offer its results."""
        done, total = self.progress.value(), self.progress.maximum()
        self._phase = ("done" if done >= total else "stopped", done, total, None)
        self._say_phase()
        self.show_results.setVisible(done > 0)

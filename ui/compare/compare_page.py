"""The Compare page: two or three panes, one shared input, each pane with its own model and settings.

The page owns one `Comparison` (app/compare) over the window's model host and rebuilds it when a pane's model or
settings change; replies reach the panes through `HostJob`s, so they arrive on the GUI thread. "Continue with this
one" writes the pane's conversation into the chat store and says so through `continue_in_chat`: the composition
root opens it on the Chat page (a page never reaches another page).

Models on other computers (`set_remote_models`) are listed in every pane under the computer's name; their replies
stream through the page's `RemoteReplies` (app/providers), whose job callbacks reach the panes as the host's do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from threading import Event

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.compare import Comparison, Contender, fastest, plan_run, remote_contender
from app.compare.export import export_markdown
from app.compare.prompt_sets import install_ready_sets
from app.compare.runner import SetProgress, open_run, run_set
from app.compare.store import CompareStore, Run
from app.evals import Suite
from app.host import ModelHost, plan_load
from app.host.budget import MemoryBudget
from app.i18n import localized
from app.messages import MessageBridge
from app.models.model_rows import ModelRow
from app.providers import Providers, RemoteModel
from app.providers.replies import RemoteReplies
from app.responders import LocalResponder
from app.store import ChatStore
from ui.compare.checks_panel import ChecksPanel, evaluate
from ui.compare.compare_pane import ComparePane
from ui.compare.leaderboard_panel import LeaderboardPanel
from ui.compare.prompt_sets_panel import PromptSetsPanel
from ui.shared.host_job import HostJob
from ui.shared.prompter import Prompter
from ui.state.library import LibraryState
from ui.workers import Workers


class ComparePage(QWidget):
    reply_finished = Signal()  # every pane of the turn has ended
    set_finished = Signal()  # a run of a prompt set has ended (done or cancelled)
    checks_finished = Signal()  # a run of checks has ended (done, stopped or failed)
    continue_in_chat = Signal(int, str)  # conversation id, library id

    def __init__(
        self,
        host: ModelHost,
        library: LibraryState,
        store: CompareStore,
        chats: ChatStore,
        workers: Workers,
        messages: MessageBridge,
        parent: QWidget | None = None,
        *,
        providers: Providers | None = None,
        remote: RemoteReplies | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        """`providers` lets the panes use other computers' models, their replies streamed by `remote` (the window's
        one remote queue; without it the page makes its own and closes it at shutdown); without `providers` only
        this computer's are listed."""
        super().__init__(parent)
        self.host, self.library, self.store, self.chats = host, library, store, chats
        self.workers, self._messages = workers, messages
        self.prompter = prompter or Prompter()
        self._own_queue = remote is None and providers is not None
        self.remote = RemoteReplies(providers) if remote is None and providers is not None else remote
        self.comparison: Comparison | None = None
        self._jobs: list[HostJob] = []
        self._running: set[int] = set()
        self._set_cancel: Event | None = None
        self._rows: dict[str, ModelRow] = {}
        install_ready_sets(store)
        self._build()
        self._connect_signals()
        self.on_library_changed(library.rows)

    def _build(self) -> None:
        self.panes = [ComparePane(number) for number in (1, 2, 3)]
        self.three = QCheckBox()
        self.plan_note = QLabel("")
        self.plan_note.setObjectName("Notice")
        self.plan_note.setWordWrap(True)
        self.stop_all = QPushButton()
        self.stop_all.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.input = QPlainTextEdit()
        self.input.setMaximumHeight(80)
        self.input.setTabChangesFocus(True)  # Tab moves on to "Send to all", as in every form
        self.send_button = QPushButton()
        self.send_button.setObjectName("PrimaryButton")
        self.sets = PromptSetsPanel(self.store, self._messages, prompter=self.prompter)
        self.leaderboard = LeaderboardPanel(self.store)
        self.checks = ChecksPanel(prompter=self.prompter)
        self._eval_cancel: Event | None = None

        top = QHBoxLayout()
        top.addWidget(self.three)
        top.addWidget(self.plan_note, 1)
        top.addWidget(self.stop_all)
        top.addWidget(self.export_button)
        row = QHBoxLayout()
        for pane in self.panes:
            row.addWidget(pane, 1)
        self.panes[2].hide()
        composer = QHBoxLayout()
        composer.addWidget(self.input, 1)
        composer.addWidget(self.send_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(top)
        side_layout.addLayout(row, 1)
        side_layout.addLayout(composer)
        self.tabs = QTabWidget()
        for tab in (side, self.sets, self.leaderboard, self.checks):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.three.setText(self.tr("Three panes"))
        self.stop_all.setText(self.tr("Stop all"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the panes' conversations as a Markdown file"))
        self.input.setPlaceholderText(self.tr("Ask every pane the same thing…"))
        self.input.setAccessibleName(self.tr("Message for every pane"))
        self.send_button.setText(self.tr("Send to all"))
        for index, name in enumerate(
            (self.tr("Side by side"), self.tr("Prompt sets"), self.tr("Leaderboard"), self.tr("Checks"))
        ):
            self.tabs.setTabText(index, name)
        self.tabs.setAccessibleName(self.tr("Ways to compare"))
        self.title.setText(self.tr("Compare"))
        self.on_panes_changed()

    def _connect_signals(self) -> None:
        self.library.changed.connect(self.on_library_changed)
        self.three.toggled.connect(self.on_three_toggled)
        self.send_button.clicked.connect(self.send)
        self.stop_all.clicked.connect(self.stop)
        self.export_button.clicked.connect(self.export)
        for index, pane in enumerate(self.panes):
            pane.model_changed.connect(self.on_panes_changed)
            pane.reply_ended.connect(self.on_pane_ended)
            pane.stop_requested.connect(lambda i=index: self.stop(i))
            pane.continue_requested.connect(lambda i=index: self.continue_with(i))
        self.sets.run_requested.connect(self.run_set)
        self.sets.cancel_requested.connect(self.cancel_set)
        self.sets.set_changed.connect(self.on_set_changed)
        self.sets.results_requested.connect(self.on_sets_results_requested)
        self.checks.run_requested.connect(self.run_checks)
        self.checks.cancel_requested.connect(self.cancel_checks)
        self.on_set_changed(self.sets.set_id or 0)

    @property
    def visible_panes(self) -> list[ComparePane]:
        return self.panes[: 3 if self.three.isChecked() else 2]

    @Slot(object)
    def on_library_changed(self, rows: Sequence[ModelRow]) -> None:
        self._rows = {row.model.id: row for row in rows}
        self.checks.set_aid_models(
            [(r.model.name, r.model.path, r.facts.is_embedding) for r in rows if r.facts is not None and r.verdict]
        )
        for pane in self.panes:
            pane.set_rows(rows)
        self.on_panes_changed()

    def set_remote_models(self, models: Sequence[RemoteModel]) -> None:
        """Other computers' models for every pane (none in Offline mode); a turn running keeps its models."""
        for pane in self.panes:
            pane.set_remote(models if self.remote is not None else ())
        self.on_panes_changed()

    @Slot(bool)
    def on_three_toggled(self, three: bool) -> None:
        self.panes[2].setVisible(three)
        self.on_panes_changed()

    def compare_models(self, library_ids: Sequence[str]) -> None:
        """Put these models in the panes, in order (the guide's "Compare these")."""
        self.three.setChecked(len(library_ids) >= 3)
        for pane, library_id in zip(self.panes, library_ids, strict=False):
            pane.picker.select(library_id)

    def compare_catalog_models(self, catalog_ids: Sequence[str]) -> None:
        """The guide's "Compare these": the installed chat models of these catalog entries, in the guide's order."""
        by_catalog = {r.model.catalog_id: r.model.id for r in self._rows.values() if r.model.format == "gguf"}
        self.compare_models([by_catalog[c] for c in catalog_ids if c in by_catalog][:3])

    @property
    def budget(self) -> MemoryBudget | None:
        return MemoryBudget.of(self.library.profile) if self.library.profile is not None else None

    def contenders(self) -> list[Contender]:
        chosen = []
        for pane in self.visible_panes:
            choice = pane.choice()
            if choice is not None and choice.remote:
                if self.remote is not None:
                    remote = RemoteModel(choice.remote, choice.name, choice.host)
                    chosen.append(remote_contender(self.remote, remote, pane.sampling()))
                continue
            row = self._rows.get(choice.library_id) if choice is not None else None
            profile = self.library.profile
            if row is None or row.verdict is None or profile is None:
                continue
            planned = plan_load(row.model.path, profile)
            responder = LocalResponder(self.host, planned.request)
            chosen.append(Contender(row.model.name, responder, pane.sampling(), planned.verdict.estimate))
        names = [c.name for c in chosen]
        return [replace(c, name=f"{c.name} #{i + 1}") if names.count(c.name) > 1 else c for i, c in enumerate(chosen)]

    @Slot()
    def on_panes_changed(self, *_args: object) -> None:
        if self._running:
            return
        contenders, budget = self.contenders(), self.budget
        ready = len(contenders) == len(self.visible_panes) and budget is not None
        self.send_button.setEnabled(ready)
        self.sets.buttons["run"].setEnabled(ready and self._set_cancel is None)
        if not ready or budget is None:
            self.plan_note.setText(
                self.tr("Choose a model in every pane.") if budget is not None else self.tr("Checking this computer…")
            )
            return
        plan = plan_run(contenders, budget)
        self.plan_note.setText(
            localized(plan.sentence) or self.tr("These fit in memory together: they stay loaded and answer in turn.")
        )

    # ---- a turn
    @Slot()
    def send(self, text: str = "") -> None:
        prompt = (text or self.input.toPlainText()).strip()
        budget = self.budget
        if not prompt or self._running or budget is None:
            return
        contenders = self.contenders()
        if self.comparison is None or len(self.comparison.contenders) != len(contenders):
            self.comparison = Comparison(contenders, budget)
        elif self.comparison.contenders != contenders:
            self.comparison.change(contenders)
        self.input.clear()
        self._jobs = [HostJob(self) for _ in contenders]
        for pane, job in zip(self.visible_panes, self._jobs, strict=True):
            job.yielded.connect(pane.on_yielded)
            job.finished.connect(pane.on_host_finished)
            pane.begin(prompt)
            pane.set_running(True)
        self._running = set(range(len(contenders)))
        self.stop_all.setEnabled(True)
        self.send_button.setEnabled(False)
        self.comparison.ask(prompt, on_event=[j.on_event for j in self._jobs], on_done=[j.on_done for j in self._jobs])

    @Slot(int)
    def on_pane_ended(self, index: int) -> None:
        turn = self.comparison.turn if self.comparison is not None else None
        if turn is None:
            return
        self.panes[index].show_reply(turn.replies[index])
        self._running.discard(index)
        if self._running:
            return
        best = fastest(turn.replies)
        for i, pane in enumerate(self.visible_panes):
            pane.set_running(False)
            pane.fastest.setVisible(i == best and len(turn.replies) > 1)
            pane.continue_button.setEnabled(bool(turn.replies[i] and not turn.replies[i].error))  # type: ignore[union-attr]
        self.stop_all.setEnabled(False)
        self.send_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.reply_finished.emit()

    @Slot()
    def stop(self, pane: int | None = None) -> None:
        """Every pane, or only `pane`: the others go on."""
        if self.comparison is not None and self.comparison.turn is not None:
            self.comparison.turn.stop(pane)

    def continue_with(self, index: int) -> int | None:
        """The pane's conversation, history included, as an ordinary chat."""
        pane = self.visible_panes[index]
        choice = pane.choice()
        if self.comparison is None or choice is None:
            return None
        sampling = pane.sampling()
        settings = {"temperature": sampling.temperature, "max_tokens": sampling.max_tokens}
        conversation = self.chats.create_conversation(model=choice.library_id, settings=settings)
        for message in self.comparison.history(index):
            model = choice.library_id if message.role == "assistant" else ""
            self.chats.add_message(conversation.id, message.role, message.content, model=model, settings=settings)
        self.continue_in_chat.emit(conversation.id, choice.library_id)
        return conversation.id

    @Slot()
    def export(self, path: str = "") -> None:
        if self.comparison is None:
            return
        if not path:
            chosen = self.prompter.save_file(
                self, self.tr("Export the comparison"), "comparison.md", self.tr("Markdown (*.md)")
            )
            if chosen is None:
                return
            path = str(chosen)
        Path(path).write_text(export_markdown(self.comparison), encoding="utf-8")

    # ---- prompt sets
    @Slot(int)
    def run_set(self, set_id: int) -> None:
        budget, contenders = self.budget, self.contenders()
        if budget is None or len(contenders) != len(self.visible_panes) or self._set_cancel is not None:
            return
        self._set_cancel = Event()
        self.sets.set_running(True)
        run = open_run(self.store, set_id, contenders)
        self.workers.start(
            run_set,
            self.store,
            contenders,
            budget,
            run,
            self._set_cancel,
            connect={"yielded": self.on_set_progress, "returned": self.on_set_done, "finished": self.on_set_ended},
        )

    @Slot()
    def cancel_set(self) -> None:
        if self._set_cancel is not None:
            self._set_cancel.set()

    @Slot(object)
    def on_set_progress(self, progress: SetProgress) -> None:
        self.sets.show_progress(progress)

    @Slot(object)
    def on_set_done(self, run: Run) -> None:
        self.leaderboard.show_run(run)

    @Slot()
    def on_sets_results_requested(self) -> None:
        self.tabs.setCurrentWidget(self.leaderboard)

    @Slot()
    def on_set_ended(self) -> None:
        self._set_cancel = None
        self.sets.set_running(False)
        self.sets.show_finished()
        self.on_panes_changed()
        self.set_finished.emit()

    @Slot(int)
    def on_set_changed(self, set_id: int) -> None:
        self.leaderboard.show_run(self.store.latest_run(set_id) if set_id else None)

    # ---- checks (app/evals)
    @Slot(object, int)
    def run_checks(self, suite: Suite, repeats: int) -> None:
        budget, contenders = self.budget, self.contenders()
        if budget is None or not contenders or self._eval_cancel is not None or self._set_cancel is not None:
            return
        self._eval_cancel = Event()
        self.checks.set_running(True)
        verdicts = {row.model.path: row.verdict for row in self.library.rows if row.verdict is not None}
        self.workers.start(
            evaluate,
            suite,
            contenders,
            budget,
            repeats,
            self._eval_cancel,
            verdicts,
            self.checks.aid_choice(),
            self.host,
            self.library.profile,
            connect={
                "yielded": self.checks.show_progress,
                "returned": self.checks.show_tables,
                "finished": self.on_checks_ended,
            },
        )

    @Slot()
    def cancel_checks(self) -> None:
        if self._eval_cancel is not None:
            self._eval_cancel.set()

    @Slot()
    def on_checks_ended(self) -> None:
        self._eval_cancel = None
        self.checks.set_running(False)
        self.checks_finished.emit()

    def shutdown(self) -> None:
        self.stop()
        self.cancel_set()
        self.cancel_checks()
        if self._own_queue and self.remote is not None:
            self.remote.close()

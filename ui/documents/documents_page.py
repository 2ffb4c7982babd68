"""The Documents page: collections of the person's own files, indexed on this computer to chat about.

Files or folders dropped (or chosen) go into the named collection, indexed on a worker by the embedding model
chosen here (`app/documents`), with progress (files, chunks, time left), Pause and Resume; an index survives a
quit and continues where it stopped. The collections it lists are the ones the chat can answer from.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents import collections
from app.documents.collections import CollectionInfo
from app.documents.embedder import HostEmbedder
from app.documents.indexer import FileOutcome, IndexProgress, index_collection
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.messages import MessageBridge
from app.models.model_rows import ModelRow
from ui.documents.collection_list import CollectionList
from ui.documents.documents_drop_zone import DocumentsDropZone
from ui.documents.indexing_panel import IndexingPanel
from ui.shared.announce import announce
from ui.shared.elided import ElidedComboBox
from ui.shared.prompter import Prompter
from ui.state.collections import CollectionsState
from ui.state.library import LibraryState
from ui.workers import Workers

DEFAULT_NAME = QT_TRANSLATE_NOOP("DocumentsPage", "My documents")  # the collection's name when none is typed


def index_paths(
    host: ModelHost, profile: HardwareProfile, name: str, embedder: Path, paths: Sequence[Path]
) -> Generator[IndexProgress, None, list[FileOutcome]]:
    """Runs on a worker: the collection brought up to date with `paths` added."""
    with collections.open_collection(name, create=True) as index:
        index.set_meta(collections.EMBEDDER_PATH, str(embedder))
        return (yield from index_collection(index, HostEmbedder.of(host, embedder, profile), add=list(paths)))


class DocumentsPage(QWidget):
    def __init__(
        self,
        host: ModelHost,
        library: LibraryState,
        workers: Workers,
        messages: MessageBridge,
        parent: QWidget | None = None,
        *,
        collections: CollectionsState | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        """`collections`: the window's one listing, which the chat's chooser follows too (a page of its own
        otherwise)."""
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.host = host
        self.library = library
        self.collections = collections or CollectionsState(self)
        self.workers = workers
        self._messages = messages
        self._worker: Any = None  # the indexing in progress (a superqt GeneratorWorker)
        self._queued: list[tuple[str, Path, list[Path]]] = []
        self._pause_wanted = False
        self._indexing = ""  # the collection being indexed, for what is said when it ends
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("Muted")
        self._default_name = QCoreApplication.translate("DocumentsPage", DEFAULT_NAME)
        self.name_field = QLineEdit(self._default_name)
        self.embedder = ElidedComboBox()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_field)
        self.embedder_label = QLabel()
        self.embedder_label.setBuddy(self.embedder)
        chooser = QHBoxLayout()
        chooser.addWidget(self.name_label)
        chooser.addWidget(self.name_field, 1)
        chooser.addWidget(self.embedder_label)
        chooser.addWidget(self.embedder, 1)
        self.drop = DocumentsDropZone(prompter=self.prompter)
        self.progress = IndexingPanel()
        self.list = CollectionList()
        self.reindex_button = QPushButton()
        self.remove_button = QPushButton()
        self.actions_hint = QLabel("")
        self.actions_hint.setObjectName("Muted")
        self.actions_hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.actions_hint, 1)
        actions.addWidget(self.reindex_button)
        actions.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        for part in (self.title, self.intro):
            layout.addWidget(part)
        layout.addLayout(chooser)
        layout.addWidget(self.drop)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        self._connect_signals()
        self.on_library_changed(library.rows)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Documents"))
        self.intro.setText(
            self.tr(
                "Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. "
                "In Chat, choose a collection to ask about it."
            )
        )
        default_name = QCoreApplication.translate("DocumentsPage", DEFAULT_NAME)
        if self.name_field.text() == self._default_name:  # untouched: the default of the new language
            self.name_field.setText(default_name)
        self._default_name = default_name
        self.name_label.setText(self.tr("Collection"))
        self.name_field.setPlaceholderText(self.tr("Collection name, e.g. Family papers"))
        self.name_field.setAccessibleName(self.tr("Collection name"))
        self.embedder_label.setText(self.tr("Embedding model"))
        self.embedder.setToolTip(
            self.tr("The embedding model that indexes the documents (an embedding GGUF in My Models)")
        )
        self.embedder.setAccessibleName(self.tr("Embedding model"))
        if self.embedder.count() == 1 and self.embedder.itemData(0) is None:
            self.embedder.setItemText(0, self._no_embedder_text())
        self.reindex_button.setText(self.tr("Check for changes"))
        self.reindex_button.setAccessibleName(self.tr("Check the chosen collection for changes"))
        self.remove_button.setText(self.tr("Remove collection"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen collection"))
        self.actions_hint.setAccessibleName(self.tr("What the buttons act on"))
        self.update_actions()

    def _no_embedder_text(self) -> str:
        return self.tr("No embedding model yet: get one in Discover (Documents search)")

    def _connect_signals(self) -> None:
        self.library.changed.connect(self.on_library_changed)
        self.collections.changed.connect(self.on_collections_changed)
        self.drop.paths_dropped.connect(self.add_paths)
        self.progress.pause_requested.connect(self.on_progress_pause_requested)
        self.progress.resume_requested.connect(self.on_progress_resume_requested)
        self.list.currentItemChanged.connect(self.on_list_current_changed)
        self.reindex_button.clicked.connect(self.on_reindex_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)

    # ---- what is shown
    @Slot(object)
    def on_library_changed(self, rows: Sequence[ModelRow]) -> None:
        current = self.embedder.currentData()
        self.embedder.clear()
        for row in rows:
            if row.facts is not None and row.facts.is_embedding:
                self.embedder.addItem(row.model.name, row.model.path)
        index = self.embedder.findData(current)
        self.embedder.setCurrentIndex(max(index, 0))
        if not self.embedder.count():
            self.embedder.addItem(self._no_embedder_text(), None)

    def refresh(self) -> None:
        self.collections.refresh()

    @Slot(list)
    def on_collections_changed(self, found: list[CollectionInfo]) -> None:
        self.list.set_collections(found)
        self.update_actions()

    def update_actions(self) -> None:
        """Check for changes and Remove act on the collection chosen in the list: until one is, they are off and
        say so; while a collection is indexed, Remove waits."""
        chosen = self.list.chosen()
        if not self.list.count():
            hint = ""
            why = self.tr("No collection yet: drop files or folders above to make one.")
        elif not chosen:
            hint = why = self.tr("Click a collection in the list to check it for changes or remove it.")
        else:
            hint = self.tr("Chosen: “{name}”.").format(name=chosen)
            why = ""
        self.actions_hint.setText(hint)
        self.reindex_button.setEnabled(bool(chosen))
        self.reindex_button.setToolTip(
            why or self.tr("Read again what changed in the files of “{name}”").format(name=chosen)
        )
        busy = self._worker is not None
        self.remove_button.setEnabled(bool(chosen) and not busy)
        if busy and chosen:
            why = self.tr("Wait until the indexing in progress has finished.")
        self.remove_button.setToolTip(
            why or self.tr("Remove “{name}” from Hearth; your files themselves stay").format(name=chosen)
        )

    @Slot()
    def on_list_current_changed(self, *_args: object) -> None:
        if chosen := self.list.chosen():
            self.name_field.setText(chosen)
        self.update_actions()

    # ---- indexing
    @Slot(list)
    def add_paths(self, paths: list[Path]) -> None:
        embedder = self.embedder.currentData()
        if not isinstance(embedder, Path):
            self._messages.warning(
                self.tr(
                    "Choose an embedding model first: it reads the documents so that Hearth can find the right parts."
                )
            )
            return
        if self.library.profile is None:
            self._messages.warning(
                self.tr("Hearth is still looking at this computer; add the documents again in a moment.")
            )
            return
        name = self.name_field.text().strip() or self._default_name
        self._queued.append((name, embedder, list(paths)))
        self._start_next()

    def _start_next(self) -> None:
        if self._worker is not None or not self._queued:
            return
        name, embedder, paths = self._queued.pop(0)
        profile = self.library.profile
        assert profile is not None  # checked when the documents were queued; a scan never goes back to none
        self._pause_wanted = False
        self._indexing = name
        self.progress.start(name)
        self._worker = self.workers.start(
            index_paths,
            self.host,
            profile,
            name,
            embedder,
            paths,
            connect={
                "yielded": self.on_worker_progress,
                "returned": self.on_worker_returned,
                "errored": self.on_worker_errored,
                "finished": self.on_worker_finished,
                "paused": self.on_worker_paused,
            },
        )
        self.update_actions()

    @Slot(object)
    def on_worker_progress(self, progress: IndexProgress) -> None:
        self.progress.show_progress(progress)

    @Slot(object)
    def on_worker_returned(self, outcomes: list[FileOutcome]) -> None:
        self.progress.finish(outcomes)
        announce(
            self,
            self.tr("The collection “{name}” is indexed. {summary}").format(
                name=self._indexing, summary=self.progress.summary(outcomes)
            ),
        )

    @Slot(object)
    def on_worker_errored(self, _exc: BaseException) -> None:
        """The failure itself is told in the banner by the workers; a screen reader hears that it ended."""
        announce(self, self.tr("Indexing the collection “{name}” failed.").format(name=self._indexing), urgent=True)

    @Slot()
    def on_worker_finished(self) -> None:
        self._worker = None
        self.refresh()
        self._start_next()

    @Slot()
    def on_progress_pause_requested(self) -> None:
        self._pause_wanted = True
        if self._worker is not None:
            self._worker.pause()  # between two batches: what is written stays

    @Slot()
    def on_progress_resume_requested(self) -> None:
        self._pause_wanted = False
        if self._worker is not None and self._worker.is_paused:
            self._worker.resume()

    @Slot()
    def on_worker_paused(self) -> None:
        """superqt drops a resume asked before the pause took effect: Resume pressed meanwhile resumes now."""
        if not self._pause_wanted and self._worker is not None:
            self._worker.resume()

    @Slot()
    def on_reindex_clicked(self) -> None:
        """Read again what changed in the chosen collection's files and folders, drop what is gone."""
        name = self.list.chosen()
        if not name:
            return
        with collections.open_collection(name) as index:
            recorded = index.meta(collections.EMBEDDER_PATH)
        chosen = self.embedder.currentData()
        embedder = chosen if isinstance(chosen, Path) else Path(recorded)
        self._queued.append((name, embedder, []))
        self._start_next()

    @Slot()
    def on_remove_clicked(self) -> None:
        """Asks first: the collection's index goes, the person's files stay where they are."""
        name = self.list.chosen()
        if not name or self._worker is not None:
            return
        if not self.prompter.ask_yes_no(
            self,
            self.tr("Remove collection"),
            self.tr(
                "Remove the collection “{name}”?\n\nHearth forgets its index, and the chat can no longer answer "
                "from it. Your files themselves are not deleted: they stay where they are."
            ).format(name=name),
        ):
            return
        collections.remove_collection(name)
        self._messages.info(
            self.tr("The collection “{name}” was removed; your documents themselves were not touched.").format(
                name=name
            )
        )
        self.refresh()

    def shutdown(self) -> None:
        """Stop indexing between two batches (a restart continues from there)."""
        if self._worker is not None:
            self._worker.quit()

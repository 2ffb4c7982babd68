"""My Models: what is on this computer — downloaded by Hearth, imported, or found in other apps' folders.

Reading each model's header takes a moment, so the list is built on a worker; a damaged file shows its sentence
instead of its facts. Only Hearth's own downloads can be deleted; the others can be hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import HearthError
from app.messages import MessageBridge
from app.models.library import Library, LibraryModel
from app.models.model_rows import ModelRow
from app.units import format_bytes
from ui.models.model_card import FIT_BADGE, badge
from ui.shared.flow_layout import FlowLayout
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll
from ui.state.library import LibraryState
from ui.workers import Workers

SOURCE_LABELS = {
    "hearth": "Downloaded by Hearth",
    "imported": "Added by you",
    "lmstudio": "From LM Studio",
    "ollama": "From Ollama",
    "hf-cache": "From the Hugging Face cache",
    "gpt4all": "From GPT4All",
}


class LibraryRow(QFrame):
    chat_requested = Signal(object)
    delete_requested = Signal(object)
    hide_requested = Signal(object)
    pair_requested = Signal(object)

    def __init__(self, row: ModelRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelCard")
        model = row.model
        self.model = model
        title = QLabel(f"<b>{model.name}</b>")
        title.setObjectName("CardTitle")
        where = QLabel(str(model.path))
        where.setObjectName("Muted")
        where.setWordWrap(True)
        badges = FlowLayout(spacing=6)  # wraps on a narrow page instead of widening it
        if row.verdict is not None:
            badges.addWidget(badge(row.verdict.label, FIT_BADGE[row.verdict.fit], row.verdict.reason))
        badges.addWidget(badge(format_bytes(model.size_bytes), "BadgePlain"))
        badges.addWidget(badge(SOURCE_LABELS.get(model.source, model.source), "BadgePlain"))
        if model.spec is not None:  # a catalog model, wherever it came from: its licence and what it is for
            licence = model.spec.license
            business = "allowed" if licence.commercial_use else "not allowed"
            kind = "BadgeGood" if licence.commercial_use else "BadgeSlow"
            badges.addWidget(badge(licence.name, kind, f"{licence.tier_label}; business use {business}"))
            badges.addWidget(badge(" · ".join(t.capitalize() for t in model.spec.tasks), "BadgePlain"))
        if model.mmproj is not None:
            badges.addWidget(badge("Can see images", "BadgeGood"))
        self.facts = QLabel(_facts_text(row))
        self.facts.setWordWrap(True)
        self.chat_button = QPushButton("Chat")
        self.chat_button.setObjectName("Primary")
        self.chat_button.setAccessibleName(f"Chat with {model.name}")
        self.chat_button.setVisible(row.can_chat)  # embedding and speech models, and unreadable files, cannot chat
        self.reveal_button = QPushButton("Show in folder")
        self.pair_button = QPushButton("Pair with projector…")
        self.pair_button.setToolTip(
            "Choose the model's vision companion (an mmproj file) so it can see images"
            if model.mmproj is None
            else f"Sees images with {model.mmproj.name}; choose another vision companion"
        )
        self.pair_button.setVisible(row.facts is not None and model.format == "gguf")
        self.remove_button = QPushButton("Delete" if model.deletable else "Hide")
        self.remove_button.setToolTip(
            "Delete the downloaded files"
            if model.deletable
            else "Hide it from this list (its files stay where they are)"
        )
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.remove_button, self.reveal_button, self.pair_button, self.chat_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(badges)
        layout.addWidget(self.facts)
        layout.addWidget(where)
        layout.addLayout(actions)
        self.chat_button.clicked.connect(lambda: self.chat_requested.emit(self.model))
        self.reveal_button.clicked.connect(self.on_reveal_clicked)
        self.pair_button.clicked.connect(lambda: self.pair_requested.emit(self.model))
        self.remove_button.clicked.connect(
            lambda: (self.delete_requested if model.deletable else self.hide_requested).emit(self.model)
        )

    @Slot()
    def on_reveal_clicked(self) -> None:
        folder = self.model.path if self.model.path.is_dir() else self.model.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _facts_text(row: ModelRow) -> str:
    if row.facts is None:
        return row.problem
    facts = row.facts
    if row.model.format != "gguf":
        return "Speech-to-text model (faster-whisper)"
    if row.model.spec is not None:  # the catalog's published count, as Discover shows it (the header's counts
        parameters = f"{row.model.spec.parameters_label} parameters"  # separate output weights too: 630M vs 490M)
    else:
        parameters = (
            f"{facts.parameter_count / 1e9:.2g}B parameters"
            if facts.parameter_count >= 1e9
            else (f"{facts.parameter_count / 1e6:.0f}M parameters")
        )
    template = "has a chat template" if facts.has_chat_template else "no chat template (plain text prompts)"
    parts = [
        facts.architecture,
        parameters,
        facts.file_type or row.model.quantization,
        f"{facts.context_length:,} tokens of context",
        template,
    ]
    return " · ".join(p for p in parts if p)


class MyModelsPage(QWidget):
    chat_requested = Signal(object)  # LibraryModel
    refreshed = Signal()

    def __init__(
        self,
        library: LibraryState,
        workers: Workers,
        messages: MessageBridge,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.library = library
        self._workers = workers
        self._messages = messages
        self.rows: list[LibraryRow] = []
        title = QLabel("My Models")
        title.setObjectName("PageTitle")
        self.add_file_button = QPushButton("Add model file…")
        self.add_folder_button = QPushButton("Add folder…")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.add_file_button)
        header.addWidget(self.add_folder_button)
        lead = QLabel(
            "Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps "
            "(LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file "
            "anywhere on the window to add it."
        )
        lead.setObjectName("PageLead")
        lead.setWordWrap(True)
        self.status = QLabel("Looking for models…")
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(10)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addLayout(self.list_layout)
        inner.addStretch(1)
        scroll = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(lead)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.add_file_button.clicked.connect(self.on_add_file_clicked)
        self.add_folder_button.clicked.connect(self.on_add_folder_clicked)
        self.library.changed.connect(self.on_library_changed)
        self.on_library_changed(self.library.rows)

    @Slot()
    def refresh(self, *_args: object) -> None:
        self.library.refresh()

    @Slot(object)
    def on_library_changed(self, rows: Sequence[ModelRow]) -> None:
        for old in self.rows:
            old.deleteLater()
        self.rows = []
        for row in rows:
            widget = LibraryRow(row)
            widget.chat_requested.connect(self.chat_requested)
            widget.delete_requested.connect(self.on_delete_requested)
            widget.hide_requested.connect(self.on_hide_requested)
            widget.pair_requested.connect(self.on_pair_requested)
            self.list_layout.addWidget(widget)
            self.rows.append(widget)
        self.status.setText(
            f"{len(rows)} model{'s' if len(rows) != 1 else ''} on this computer."
            if rows
            else "No models yet. Download one from Discover, or add a file."
        )
        self.refreshed.emit()

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Files dropped on the window or chosen in a dialog: checked and registered on a worker."""
        self.status.setText("Checking the files…")
        self._workers.start(_import_all, self.library.library, list(paths), connect={"returned": self.on_imported})

    @Slot(object)
    def on_imported(self, messages: Sequence[str]) -> None:
        self.refresh()
        if messages:
            self._messages.warning("Some files were not added. " + " ".join(messages))

    @Slot()
    def on_add_file_clicked(self) -> None:
        files = self.prompter.open_files(self, "Add model files", str(Path.home()), "GGUF models (*.gguf)")
        if files:
            self.import_paths(files)

    @Slot()
    def on_add_folder_clicked(self) -> None:
        folder = self.prompter.choose_folder(self, "Add every model in a folder", str(Path.home()))
        if folder is not None:
            self.import_paths([folder])

    @Slot(object)
    def on_delete_requested(self, model: LibraryModel) -> None:
        if self.prompter.ask_yes_no(
            self,
            "Delete model",
            f"Delete {model.name} ({format_bytes(model.size_bytes)}) from this computer? "
            "You can download it again later.",
        ):
            self._change(lambda library: library.delete(model))

    @Slot(object)
    def on_hide_requested(self, model: LibraryModel) -> None:
        self._change(lambda library: library.hide(model))

    @Slot(object)
    def on_pair_requested(self, model: LibraryModel) -> None:
        start = model.mmproj.parent if model.mmproj else model.path.parent
        chosen = self.prompter.open_file(
            self, f"Vision companion for {model.name}", str(start), "Vision companions (*.gguf)"
        )
        if chosen is not None:
            self.pair(model, chosen)

    def pair(self, model: LibraryModel, mmproj: Path) -> None:
        self._change(lambda library: library.pair_projector(model, mmproj))

    def _change(self, action: Callable[[Library], object]) -> None:
        try:
            action(self.library.library)
        except HearthError as exc:
            self._messages.error_from(exc)
        self.refresh()


def _import_all(library: Library, paths: list[Path]) -> list[str]:
    """Import each path; return the sentences for what was refused (nothing is half-imported)."""
    messages = []
    for path in paths:
        try:
            result = library.import_path(path)
        except HearthError as exc:
            messages.append(exc.message)
            continue
        messages += [f"{refusal.path.name}: {refusal.reason}" for refusal in result.refused]
    return messages

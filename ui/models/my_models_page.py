"""My Models: what is on this computer — downloaded by Hearth, imported, or found in other apps' folders.

Reading each model's header takes a moment, so the list is built on a worker; a damaged file shows its sentence
instead of its facts. Only Hearth's own downloads can be deleted; the others can be hidden.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import HearthError
from app.i18n import localized
from app.messages import MessageBridge
from app.models.library import Library, LibraryModel
from app.models.model_rows import ModelRow
from ui.models.model_card import FIT_BADGE, Pill, badge, licence_tip, mark_focus, task_names
from ui.shared.flow_layout import FlowLayout
from ui.shared.i18n import format_size
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll
from ui.state.library import LibraryState
from ui.workers import Workers

SOURCE_LABELS = {
    "hearth": QT_TRANSLATE_NOOP("LibraryRow", "Downloaded by Hearth"),
    "imported": QT_TRANSLATE_NOOP("LibraryRow", "Added by you"),
    "lmstudio": QT_TRANSLATE_NOOP("LibraryRow", "From LM Studio"),
    "ollama": QT_TRANSLATE_NOOP("LibraryRow", "From Ollama"),
    "hf-cache": QT_TRANSLATE_NOOP("LibraryRow", "From the Hugging Face cache"),
    "gpt4all": QT_TRANSLATE_NOOP("LibraryRow", "From GPT4All"),
}


class LibraryRow(QFrame):
    chat_requested = Signal(object)
    delete_requested = Signal(object)
    hide_requested = Signal(object)
    pair_requested = Signal(object)

    def __init__(self, row: ModelRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelCard")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read aloud by its name; Tab reaches every model on the list
        model = row.model
        self.model = model
        self.row = row
        title = QLabel(f"<b>{model.name}</b>")
        title.setObjectName("CardTitle")
        where = QLabel(str(model.path))
        where.setObjectName("Muted")
        where.setWordWrap(True)
        badges = FlowLayout(spacing=6)  # wraps on a narrow page instead of widening it
        self.verdict_badge: Pill | None = None
        if row.verdict is not None:  # its words are set by retranslate, in the chosen language
            self.verdict_badge = badge("", FIT_BADGE[row.verdict.fit])
            badges.addWidget(self.verdict_badge)
        self.size_badge = badge("", "BadgePlain")
        badges.addWidget(self.size_badge)
        self.source_badge = badge("", "BadgePlain")
        badges.addWidget(self.source_badge)
        self.licence_badge: Pill | None = None
        self.tasks_badge: Pill | None = None
        self.vision_badge: Pill | None = None
        if model.spec is not None:  # a catalog model, wherever it came from: its licence and what it is for
            kind = "BadgeGood" if model.spec.license.commercial_use else "BadgeSlow"
            self.licence_badge = badge(model.spec.license.name, kind)
            self.tasks_badge = badge("", "BadgePlain")
            badges.addWidget(self.licence_badge)
            badges.addWidget(self.tasks_badge)
        if model.mmproj is not None:
            self.vision_badge = badge("", "BadgeGood")
            badges.addWidget(self.vision_badge)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.chat_button = QPushButton("")
        self.chat_button.setObjectName("Primary")
        self.chat_button.setVisible(row.can_chat)  # embedding and speech models, and unreadable files, cannot chat
        self.reveal_button = QPushButton("")
        self.pair_button = QPushButton("")
        self.pair_button.setVisible(row.facts is not None and model.format == "gguf")
        self.remove_button = QPushButton("")
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
        self.retranslate()

    def retranslate(self) -> None:
        model, row = self.model, self.row
        if row.verdict is not None and self.verdict_badge is not None:
            self.verdict_badge.setText(localized(row.verdict.label))
            self.verdict_badge.setToolTip(localized(row.verdict.reason))
        self.size_badge.setText(format_size(model.size_bytes))
        self.source_badge.setText(
            self.tr(SOURCE_LABELS[model.source]) if model.source in SOURCE_LABELS else model.source
        )
        if model.spec is not None and self.licence_badge is not None and self.tasks_badge is not None:
            self.licence_badge.setToolTip(licence_tip(model.spec.license))
            self.tasks_badge.setText(task_names(model.spec.tasks))
        if self.vision_badge is not None:
            self.vision_badge.setText(self.tr("Can see images"))
        self.facts.setText(_facts_text(row))
        self.chat_button.setText(self.tr("Chat"))
        self.chat_button.setAccessibleName(self.tr("Chat with {model}").format(model=model.name))
        self.reveal_button.setText(self.tr("Show in folder"))
        self.reveal_button.setAccessibleName(self.tr("Show {model} in its folder").format(model=model.name))
        self.pair_button.setText(self.tr("Pair with projector…"))
        self.pair_button.setAccessibleName(self.tr("Pair {model} with a vision companion").format(model=model.name))
        self.pair_button.setToolTip(
            self.tr("Choose the model's vision companion (an mmproj file) so it can see images")
            if model.mmproj is None
            else self.tr("Sees images with {file}; choose another vision companion").format(file=model.mmproj.name)
        )
        if model.deletable:
            self.remove_button.setText(self.tr("Delete"))
            self.remove_button.setAccessibleName(self.tr("Delete {model}").format(model=model.name))
            self.remove_button.setToolTip(self.tr("Delete the downloaded files"))
        else:
            self.remove_button.setText(self.tr("Hide"))
            self.remove_button.setAccessibleName(self.tr("Hide {model}").format(model=model.name))
            self.remove_button.setToolTip(self.tr("Hide it from this list (its files stay where they are)"))
        # What a screen reader says on reaching the row or one of its buttons: the model, its size and the verdict
        # (or why its file cannot be read), the verdict's reason as the description.
        if row.verdict is not None:
            summary = self.tr("{model}, {size}, {verdict}").format(
                model=model.name, size=self.size_badge.text(), verdict=localized(row.verdict.label)
            )
            self.setAccessibleDescription(localized(row.verdict.reason))
        else:
            summary = self.tr("{model}, {size}").format(model=model.name, size=self.size_badge.text())
            self.setAccessibleDescription(self.facts.text())
        self.setAccessibleName(summary)
        for button in self.focus_chain()[1:]:
            button.setAccessibleDescription(summary)

    def focus_chain(self) -> list[QWidget]:
        """The row, then its buttons as they read from left to right, for the page's Tab order."""
        return [self, self.remove_button, self.reveal_button, self.pair_button, self.chat_button]

    def show_focus(self, focused: bool) -> None:
        mark_focus(self, focused)

    @Slot()
    def on_reveal_clicked(self) -> None:
        folder = self.model.path if self.model.path.is_dir() else self.model.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _facts_text(row: ModelRow) -> str:
    """The file's facts on one line: "qwen2 · 494M parameters · Q4_K_M · 32,768 tokens of context · …"."""
    if row.facts is None:
        return localized(row.problem)
    facts = row.facts
    if row.model.format != "gguf":
        return QCoreApplication.translate("LibraryRow", "Speech-to-text model (faster-whisper)")
    # A catalog model: the catalog's published count, as Discover shows it (the header's counts separate output
    # weights too: 630M vs 490M).
    if row.model.spec is not None:
        count = row.model.spec.parameters_label
        parameters = QCoreApplication.translate("LibraryRow", "{count} parameters").format(count=count)
    elif facts.parameter_count >= 1e9:
        billions = f"{facts.parameter_count / 1e9:.2g}"
        parameters = QCoreApplication.translate("LibraryRow", "{billions}B parameters").format(billions=billions)
    else:
        millions = f"{facts.parameter_count / 1e6:.0f}"
        parameters = QCoreApplication.translate("LibraryRow", "{millions}M parameters").format(millions=millions)
    if facts.has_chat_template:
        template = QCoreApplication.translate("LibraryRow", "has a chat template")
    else:
        template = QCoreApplication.translate("LibraryRow", "no chat template (plain text prompts)")
    context = QCoreApplication.translate("LibraryRow", "{count} tokens of context").format(
        count=f"{facts.context_length:,}"
    )
    parts = [facts.architecture, parameters, facts.file_type or row.model.quantization, context, template]
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
        self.status_shown: tuple[str, int] = ("looking", 0)  # what the status line says, drawn again in a new language
        self.title = QLabel("")
        self.title.setObjectName("PageTitle")
        self.add_file_button = QPushButton("")
        self.add_folder_button = QPushButton("")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.add_file_button)
        header.addWidget(self.add_folder_button)
        self.lead = QLabel("")
        self.lead.setObjectName("PageLead")
        self.lead.setWordWrap(True)
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(10)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addLayout(self.list_layout)
        inner.addStretch(1)
        self.list_scroll = scroll = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.lead)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.add_file_button.clicked.connect(self.on_add_file_clicked)
        self.add_folder_button.clicked.connect(self.on_add_folder_clicked)
        self.library.changed.connect(self.on_library_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_focus_changed)
        self.retranslate()
        self.on_library_changed(self.library.rows)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My Models"))
        self.add_file_button.setText(self.tr("Add model file…"))
        self.add_file_button.setAccessibleName(self.tr("Add model file"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.add_folder_button.setAccessibleName(self.tr("Add every model in a folder"))
        self.list_scroll.setAccessibleName(self.tr("Models on this computer"))
        self.lead.setText(
            self.tr(
                "Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps "
                "(LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file "
                "anywhere on the window to add it."
            )
        )
        self._show_status()

    def _show_status(self) -> None:
        kind, count = self.status_shown
        if kind == "looking":
            self.status.setText(self.tr("Looking for models…"))
        elif kind == "checking":
            self.status.setText(self.tr("Checking the files…"))
        elif count:
            self.status.setText(self.tr("%n models on this computer.", "", count))
        else:
            self.status.setText(self.tr("No models yet. Download one from Discover, or add a file."))

    @Slot(QWidget, QWidget)
    def on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """The row holding the keyboard focus is marked, as Discover marks its cards."""
        for widget, focused in ((old, False), (new, True)):
            while widget is not None and not isinstance(widget, LibraryRow):
                widget = widget.parentWidget()
            if widget is not None and widget in self.rows:
                widget.show_focus(focused)

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
        chain: list[QWidget] = [self.add_file_button, self.add_folder_button]
        for widget in self.rows:
            chain += widget.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.status_shown = ("counted", len(rows))
        self._show_status()
        self.refreshed.emit()

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Files dropped on the window or chosen in a dialog: checked and registered on a worker."""
        self.status_shown = ("checking", 0)
        self._show_status()
        self._workers.start(_import_all, self.library.library, list(paths), connect={"returned": self.on_imported})

    @Slot(object)
    def on_imported(self, refusals: Sequence[tuple[str, str]]) -> None:
        self.refresh()
        if refusals:
            reasons = " ".join(
                f"{name}: {localized(reason)}" if name else localized(reason) for name, reason in refusals
            )
            self._messages.warning(self.tr("Some files were not added. {reasons}").format(reasons=reasons))

    @Slot()
    def on_add_file_clicked(self) -> None:
        files = self.prompter.open_files(
            self, self.tr("Add model files"), str(Path.home()), self.tr("GGUF models (*.gguf)")
        )
        if files:
            self.import_paths(files)

    @Slot()
    def on_add_folder_clicked(self) -> None:
        folder = self.prompter.choose_folder(self, self.tr("Add every model in a folder"), str(Path.home()))
        if folder is not None:
            self.import_paths([folder])

    @Slot(object)
    def on_delete_requested(self, model: LibraryModel) -> None:
        if self.prompter.ask_yes_no(
            self,
            self.tr("Delete model"),
            self.tr("Delete {model} ({size}) from this computer? You can download it again later.").format(
                model=model.name, size=format_size(model.size_bytes)
            ),
        ):
            self._change(lambda library: library.delete(model))

    @Slot(object)
    def on_hide_requested(self, model: LibraryModel) -> None:
        self._change(lambda library: library.hide(model))

    @Slot(object)
    def on_pair_requested(self, model: LibraryModel) -> None:
        start = model.mmproj.parent if model.mmproj else model.path.parent
        chosen = self.prompter.open_file(
            self,
            self.tr("Vision companion for {model}").format(model=model.name),
            str(start),
            self.tr("Vision companions (*.gguf)"),
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


def _import_all(library: Library, paths: list[Path]) -> list[tuple[str, str]]:
    """Import each path; return what was refused, as (file name or "", sentence), the sentences as made so the page
    shows them in the reader's language (nothing is half-imported)."""
    refusals: list[tuple[str, str]] = []
    for path in paths:
        try:
            result = library.import_path(path)
        except HearthError as exc:
            refusals.append(("", exc.sentence))
            continue
        refusals += [(refusal.path.name, refusal.reason) for refusal in result.refused]
    return refusals

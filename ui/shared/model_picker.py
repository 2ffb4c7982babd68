"""The chat's model picker: the library's chat models, each with how it fits this computer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionComboBox, QWidget

from app.i18n import localized
from app.models.model_rows import ModelRow
from app.providers import RemoteModel
from ui.shared.elided import ElidedComboBox


@dataclass(frozen=True)
class Choice:
    """A model in the picker: what to load, and how it was judged for this computer."""

    library_id: str
    name: str
    path: Path
    label: str
    mmproj: Path | None = None  # its vision companion: the model can see images
    fits: bool = True  # the verdict says it runs here (or the hardware is not known yet)
    remote: str = ""  # the other computer it runs on (a provider's name); "" for a model on this computer
    host: str = ""  # that computer's address, for the "leaves this computer" mark


def remote_choice(model: RemoteModel) -> Choice:
    """Another computer's model: nothing to load here; `library_id` is NAME/MODEL_ID."""
    return Choice(model.id, model.label, Path(), f"    {model.label}", remote=model.provider, host=model.host)


def choice_of(row: ModelRow) -> Choice:
    """The model's name, whether it sees images and its verdict for this computer, in the chosen language."""
    label = row.model.name
    if row.model.mmproj:
        label = QCoreApplication.translate("ModelPicker", "{model} · sees images").format(model=label)
    if row.verdict:
        label = QCoreApplication.translate("ModelPicker", "{model} — {verdict}").format(
            model=label, verdict=localized(row.verdict.label)
        )
    return Choice(
        row.model.id,
        row.model.name,
        row.model.path,
        label,
        mmproj=row.model.mmproj,
        fits=row.verdict is None or row.verdict.runs,
    )


class ModelPicker(ElidedComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[ModelRow] = ()
        self._remote: Sequence[RemoteModel] = ()
        self.retranslate()

    def retranslate(self) -> None:
        """The placeholder, the name and each item's words again; the items themselves and the choice stay."""
        self.setPlaceholderText(QCoreApplication.translate("ModelPicker", "Choose a model…"))
        self.setAccessibleName(QCoreApplication.translate("ModelPicker", "Model"))
        entries = self._entries()
        if len(entries) == self.count():
            for index, entry in enumerate(entries):
                if entry is not None:
                    self.setItemText(index, entry[0])

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        """With nothing chosen the placeholder is drawn, in the placeholder colour (the eliding paint draws only
        the option's text)."""
        super().initStyleOption(option)
        if self.currentIndex() < 0:
            option.currentText = self.placeholderText()
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())

    def set_remote(self, models: Sequence[RemoteModel]) -> None:
        """Other computers' models, listed after this computer's under each computer's name."""
        self._remote = tuple(models)
        current = self.currentData()
        self.set_rows(self._rows, keep=current.library_id if isinstance(current, Choice) else "")

    def set_rows(self, rows: Sequence[ModelRow], keep: str = "") -> None:
        """List the chat models among `rows` (speech and embedding models and unreadable files are left out),
        keeping the current choice, or else `keep`, selected."""
        current = self.currentData()
        self._rows = rows
        self.clear()
        for entry in self._entries():
            if entry is None:
                self.insertSeparator(self.count())
                continue
            label, choice = entry
            self.addItem(label, choice)
            if choice is None:
                heading = cast(QStandardItemModel, self.model()).item(self.count() - 1)
                heading.setEnabled(False)  # a heading, not a choice
        self.select(current.library_id if isinstance(current, Choice) else keep)

    def _entries(self) -> list[tuple[str, Choice | None] | None]:
        """The items in their order: (label, choice), (label, None) for another computer's heading, None for the
        separator before it."""
        entries: list[tuple[str, Choice | None] | None] = []
        for row in self._rows:
            if row.can_chat:
                choice = choice_of(row)
                entries.append((choice.label, choice))
        for provider in dict.fromkeys(m.provider for m in self._remote):
            models = [m for m in self._remote if m.provider == provider]
            heading = QCoreApplication.translate("ModelPicker", "On {computer} ({address}) · leaves this computer")
            entries += [None, (heading.format(computer=provider, address=models[0].host), None)]
            for model in models:
                choice = remote_choice(model)
                entries.append((choice.label, choice))
        return entries

    def choices(self) -> list[Choice]:
        items = (self.itemData(i) for i in range(self.count()))
        return [item for item in items if isinstance(item, Choice)]

    def select(self, library_id: str) -> Choice | None:
        for index in range(self.count()):  # headings and separators are items too
            choice = self.choice_at(index)
            if choice is not None and choice.library_id == library_id:
                self.setCurrentIndex(index)
                return choice
        return None

    def choice_at(self, index: int) -> Choice | None:
        choice = self.itemData(index)
        return choice if isinstance(choice, Choice) else None

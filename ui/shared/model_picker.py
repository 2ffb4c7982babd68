"""The chat's model picker: the library's chat models, each with how it fits this computer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtGui import QPalette, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionComboBox, QWidget

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
    verdict = f" — {row.verdict.label}" if row.verdict else ""
    sees = " · sees images" if row.model.mmproj else ""
    return Choice(
        row.model.id,
        row.model.name,
        row.model.path,
        f"{row.model.name}{sees}{verdict}",
        mmproj=row.model.mmproj,
        fits=row.verdict is None or row.verdict.runs,
    )


class ModelPicker(ElidedComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Choose a model…")
        self.setAccessibleName("Model")
        self._rows: Sequence[ModelRow] = ()
        self._remote: Sequence[RemoteModel] = ()

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
        for row in rows:
            if row.can_chat:
                choice = choice_of(row)
                self.addItem(choice.label, choice)
        for provider in dict.fromkeys(m.provider for m in self._remote):
            models = [m for m in self._remote if m.provider == provider]
            self.insertSeparator(self.count())
            self.addItem(f"On {provider} ({models[0].host}) · leaves this computer")
            heading = cast(QStandardItemModel, self.model()).item(self.count() - 1)
            heading.setEnabled(False)  # a heading, not a choice
            for model in models:
                choice = remote_choice(model)
                self.addItem(choice.label, choice)
        self.select(current.library_id if isinstance(current, Choice) else keep)

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

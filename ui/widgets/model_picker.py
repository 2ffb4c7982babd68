"""The chat's model picker: the library's chat models, each with how it fits this computer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.model_rows import ModelRow
from ui.widgets.elided import ElidedComboBox


@dataclass(frozen=True)
class Choice:
    """A model in the picker: what to load, and how it was judged for this computer."""

    library_id: str
    name: str
    path: Path
    label: str
    mmproj: Path | None = None  # its vision companion: the model can see images
    fits: bool = True  # the verdict says it runs here (or the hardware is not known yet)


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

    def set_rows(self, rows: Sequence[ModelRow], keep: str = "") -> None:
        """List the chat models among `rows` (speech models and unreadable files are left out), keeping the
        current choice, or else `keep`, selected."""
        current = self.currentData()
        self.clear()
        for row in rows:
            if row.model.format == "gguf" and row.facts is not None:
                choice = choice_of(row)
                self.addItem(choice.label, choice)
        self.select(current.library_id if isinstance(current, Choice) else keep)

    def choices(self) -> list[Choice]:
        items = (self.itemData(i) for i in range(self.count()))
        return [item for item in items if isinstance(item, Choice)]

    def select(self, library_id: str) -> Choice | None:
        for index, choice in enumerate(self.choices()):
            if choice.library_id == library_id:
                self.setCurrentIndex(index)
                return choice
        return None

    def choice_at(self, index: int) -> Choice | None:
        choice = self.itemData(index)
        return choice if isinstance(choice, Choice) else None

"""The Whisper model to transcribe with: a list of the ones on this computer, or a way to find one.

It remembers the model the person chose last (Settings keeps its id), so a new listing after a download keeps that
choice instead of jumping to the first model found; `model_chosen` fires only when the person picks another one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.library import LibraryModel
from ui.shared.elided import ElidedComboBox


class SpeechModelPicker(QWidget):
    model_changed = Signal(object)  # LibraryModel, or None when there is none: the one to transcribe with now
    model_chosen = Signal(str)  # library id of a model the person picked, to remember
    discover_requested = Signal()

    def __init__(self, chosen_model: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted = chosen_model
        self._models: dict[str, LibraryModel] = {}
        self.combo = ElidedComboBox()
        self.combo.setMinimumWidth(240)
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        self.no_model = QLabel()
        self.no_model.setWordWrap(True)
        self.discover_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.no_model, 1)
        layout.addWidget(self.discover_button)
        self.combo.currentIndexChanged.connect(self.on_combo_index_changed)
        self.discover_button.clicked.connect(self.discover_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Model"))
        self.combo.setAccessibleName(self.tr("Speech model"))
        self.no_model.setText(self.tr("No Whisper model on this computer yet."))
        self.discover_button.setText(self.tr("Find one in Discover"))
        self.discover_button.setAccessibleName(self.tr("Find a Whisper model in Discover"))

    def show_models(self, models: Sequence[LibraryModel]) -> None:
        current = self.combo.currentData() or self._wanted
        self.combo.blockSignals(True)
        self.combo.clear()
        for model in models:
            self.combo.addItem(model.name, model.id)
            self.combo.setItemData(self.combo.count() - 1, str(model.path), Qt.ItemDataRole.ToolTipRole)
        self._models = {m.id: m for m in models}
        index = max(self.combo.findData(current), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.combo.setVisible(bool(models))
        self.no_model.setVisible(not models)
        self.discover_button.setVisible(not models)
        self.on_combo_index_changed(index)

    @Slot(int)
    def on_combo_index_changed(self, index: int) -> None:
        model_id = self.combo.itemData(index) if index >= 0 else None
        model = self._models.get(model_id) if model_id else None
        self.model_changed.emit(model)
        if model is not None and model.id != self._wanted:
            self._wanted = model.id
            self.model_chosen.emit(model.id)

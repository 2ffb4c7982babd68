""" "Help me choose": three short steps that end in at most three models, smallest first (app/models/guide.py)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.fit.advice import ModelAdvice
from app.hardware import HardwareProfile
from app.hardware.capacity import assess
from app.models import guide
from app.units import format_bytes


class GuideDialog(QDialog):
    model_chosen = Signal(str)  # a catalog id the person wants to look at
    compare_requested = Signal(list)  # the suggestions' catalog ids that are installed, to compare side by side

    def __init__(
        self,
        advised: Sequence[ModelAdvice],
        profile: HardwareProfile,
        parent: QWidget | None = None,
        installed: Collection[str] = (),
    ) -> None:
        """`installed`: catalog ids on this computer, which "Compare these" can open at once."""
        super().__init__(parent)
        self.installed = set(installed)
        self.setWindowTitle("Help me choose a model")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed by Qt on the GUI thread, not by a GC pass
        self.setMinimumSize(640, 580)
        self.advised = list(advised)
        self.profile = profile
        self.suggestions: list[guide.Suggestion] = []
        self.steps = QStackedWidget()
        self.steps.addWidget(self._goal_step())
        self.steps.addWidget(self._use_step())
        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        self.steps.addWidget(self.results)

        self.back_button = QPushButton("Back")
        self.next_button = QPushButton("Next")
        self.next_button.setObjectName("Primary")
        self.next_button.setDefault(True)
        self.close_button = QPushButton("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.close_button.clicked.connect(self.reject)
        self.goals.buttonToggled.connect(self._update_buttons)
        self._update_buttons()

    def _goal_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        question = QLabel("What do you want to do?")
        question.setObjectName("PageTitle")
        layout.addWidget(question)
        self.goals = QButtonGroup(self)
        self.goal_buttons: dict[str, QPushButton] = {}
        for key, label in guide.GOALS.items():
            button = QPushButton(label)
            button.setCheckable(True)
            button.setMinimumHeight(40)
            self.goals.addButton(button)
            self.goal_buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _use_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        machine = QLabel(f"Hearth has looked at your computer. {assess(self.profile).headline}")
        machine.setWordWrap(True)
        question = QLabel("Will you use it for work, in a business?")
        question.setObjectName("PageTitle")
        question.setWordWrap(True)
        self.personal = QRadioButton("No, for myself (any open licence)")
        self.business = QRadioButton("Yes (only licences that allow business use)")
        self.personal.setChecked(True)
        for widget in (machine, question, self.personal, self.business):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def chosen_goal(self) -> str | None:
        return next((key for key, button in self.goal_buttons.items() if button.isChecked()), None)

    @Slot()
    def on_next_clicked(self) -> None:
        if self.steps.currentIndex() == 1:
            self._show_results()
        self.steps.setCurrentIndex(min(self.steps.currentIndex() + 1, 2))
        self._update_buttons()

    @Slot()
    def on_back_clicked(self) -> None:
        self.steps.setCurrentIndex(max(self.steps.currentIndex() - 1, 0))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        step = self.steps.currentIndex()
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(step < 2)
        self.next_button.setEnabled(step != 0 or self.chosen_goal() is not None)

    def _show_results(self) -> None:
        while self.results_layout.count():
            item = self.results_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        goal = self.chosen_goal() or "chat"
        self.suggestions = guide.suggest(self.advised, goal, self.business.isChecked())
        heading = QLabel("Suggested for you" if self.suggestions else "Nothing fits yet")
        heading.setObjectName("PageTitle")
        self.results_layout.addWidget(heading)
        if not self.suggestions:
            text = QLabel(
                "No model in the catalog does that on this computer with the licence you need. Try allowing "
                "any licence, or close other programs to free memory and rescan on the Hardware page."
            )
            text.setWordWrap(True)
            self.results_layout.addWidget(text)
        for suggestion in self.suggestions:
            self.results_layout.addWidget(self._suggestion_card(suggestion))
        if len(self.suggestions) >= 2:
            self.results_layout.addLayout(self._compare_row())
        self.results_layout.addStretch(1)

    def _compare_row(self) -> QHBoxLayout:
        """Compare these on the person's own prompts; the ones not here yet are offered for download first."""
        ids = [s.advice.spec.id for s in self.suggestions]
        here = [i for i in ids if i in self.installed]
        missing = [s.advice.spec for s in self.suggestions if s.advice.spec.id not in self.installed]
        self.compare_button = QPushButton("Compare these")
        self.compare_button.setEnabled(len(here) >= 2)
        self.compare_button.clicked.connect(lambda: self._compare(here))
        row = QHBoxLayout()
        if missing:
            names = " and ".join(m.name for m in missing)
            note = QLabel(f"Download {names} to compare {'it' if len(missing) == 1 else 'them'} too.")
            note.setObjectName("Muted")
            note.setWordWrap(True)
            row.addWidget(note, 1)
            download = QPushButton("Download")
            download.clicked.connect(lambda _checked=False, model_id=missing[0].id: self._choose(model_id))
            row.addWidget(download)
        else:
            row.addStretch(1)
        row.addWidget(self.compare_button)
        return row

    def _compare(self, model_ids: list[str]) -> None:
        self.compare_requested.emit(model_ids)
        self.accept()

    def _suggestion_card(self, suggestion: guide.Suggestion) -> QFrame:
        advice = suggestion.advice
        card = QFrame()
        card.setObjectName("ModelCard")
        name = QLabel(f"<b>{suggestion.role}: {advice.spec.name}</b> · {advice.best.variant.quantization}")
        details = QLabel(
            f"{format_bytes(advice.best.variant.download_bytes)} download · {advice.spec.license.name} · "
            f"{advice.best.verdict.label}"
        )
        details.setObjectName("Muted")
        details.setWordWrap(True)
        name.setWordWrap(True)
        description = QLabel(advice.spec.description)
        description.setWordWrap(True)
        show = QPushButton("Show")
        show.setAccessibleName(f"Show {advice.spec.name} in Discover")
        show.setToolTip("Show it in Discover; other filters are cleared")
        show.clicked.connect(lambda _checked=False, model_id=advice.spec.id: self._choose(model_id))
        row = QHBoxLayout()
        text = QVBoxLayout()
        for widget in (name, details, description):
            text.addWidget(widget)
        row.addLayout(text, 1)
        row.addWidget(show)
        card.setLayout(row)
        return card

    def _choose(self, model_id: str) -> None:
        self.model_chosen.emit(model_id)
        self.accept()

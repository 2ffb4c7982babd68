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
    QLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.fit.advice import ModelAdvice
from app.hardware import HardwareProfile
from app.hardware.capacity import assess
from app.i18n import localized
from app.models import guide
from ui.shared.i18n import format_size


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

        self.back_button = QPushButton("")
        self.next_button = QPushButton("")
        self.next_button.setObjectName("Primary")
        self.next_button.setDefault(True)
        self.close_button = QPushButton("")
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help me choose a model"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setText(self.tr("Close"))
        self.goal_question.setText(self.tr("What do you want to do?"))
        self.goals_box.setAccessibleName(self.tr("What do you want to do?"))
        self.machine.setText(
            self.tr("Hearth has looked at your computer. {headline}").format(
                headline=localized(assess(self.profile).headline)
            )
        )
        self.use_question.setText(self.tr("Will you use it for work, in a business?"))
        self.personal.setText(self.tr("No, for myself (any open licence)"))
        self.business.setText(self.tr("Yes (only licences that allow business use)"))
        for key, button in self.goal_buttons.items():
            button.setText(localized(guide.GOALS[key]))
        if self.steps.currentIndex() == 2:
            self._draw_results()  # built per answer: drawn again in the new language

    def _goal_step(self) -> QWidget:
        page = QWidget()
        self.goals_box = page  # named as the question, so a reader says what the buttons answer
        layout = QVBoxLayout(page)
        self.goal_question = QLabel("")
        self.goal_question.setObjectName("PageTitle")
        layout.addWidget(self.goal_question)
        self.goals = QButtonGroup(self)
        self.goal_buttons: dict[str, QPushButton] = {}
        for key in guide.GOALS:
            button = QPushButton("")  # its words: retranslate
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
        self.machine = QLabel("")
        self.machine.setWordWrap(True)
        self.use_question = QLabel("")
        self.use_question.setObjectName("PageTitle")
        self.use_question.setWordWrap(True)
        self.personal = QRadioButton("")
        self.business = QRadioButton("")
        self.personal.setChecked(True)
        for widget in (self.machine, self.use_question, self.personal, self.business):
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
        goal = self.chosen_goal() or "chat"
        self.suggestions = guide.suggest(self.advised, goal, self.business.isChecked())
        self._draw_results()

    def _draw_results(self) -> None:
        _empty(self.results_layout)
        heading = QLabel(self.tr("Suggested for you") if self.suggestions else self.tr("Nothing fits yet"))
        heading.setObjectName("PageTitle")
        self.results_layout.addWidget(heading)
        if not self.suggestions:
            text = QLabel(
                self.tr(
                    "No model in the catalog does that on this computer with the licence you need. Try allowing "
                    "any licence, or close other programs to free memory and rescan on the Hardware page."
                )
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
        self.compare_button = QPushButton(self.tr("Compare these"))
        self.compare_button.setEnabled(len(here) >= 2)
        self.compare_button.clicked.connect(lambda: self._compare(here))
        row = QHBoxLayout()
        if missing:
            note = QLabel(self._missing_sentence([m.name for m in missing]))
            note.setObjectName("Muted")
            note.setWordWrap(True)
            row.addWidget(note, 1)
            download = QPushButton(self.tr("Download"))
            download.setAccessibleName(self.tr("Download {model}").format(model=missing[0].name))
            download.clicked.connect(lambda _checked=False, model_id=missing[0].id: self._choose(model_id))
            row.addWidget(download)
        else:
            row.addStretch(1)
        row.addWidget(self.compare_button)
        return row

    def _missing_sentence(self, names: list[str]) -> str:
        """ "Download A to compare it too." / "Download A and B to compare them too." (at most three names)."""
        if len(names) == 1:
            return self.tr("Download {model} to compare it too.").format(model=names[0])
        if len(names) == 2:
            return self.tr("Download {first} and {second} to compare them too.").format(first=names[0], second=names[1])
        return self.tr("Download {first}, {second} and {third} to compare them too.").format(
            first=names[0], second=names[1], third=", ".join(names[2:])
        )

    def _compare(self, model_ids: list[str]) -> None:
        self.compare_requested.emit(model_ids)
        self.accept()

    def _suggestion_card(self, suggestion: guide.Suggestion) -> QFrame:
        advice = suggestion.advice
        card = QFrame()
        card.setObjectName("ModelCard")
        name = QLabel(f"<b>{suggestion.role}: {advice.spec.name}</b> · {advice.best.variant.quantization}")
        summary = self.tr("{size} download · {licence} · {verdict}").format(
            size=format_size(advice.best.variant.download_bytes),
            licence=advice.spec.license.name,
            verdict=localized(advice.best.verdict.label),
        )
        details = QLabel(summary)
        details.setObjectName("Muted")
        details.setWordWrap(True)
        name.setWordWrap(True)
        description = QLabel(advice.spec.description)
        description.setWordWrap(True)
        # A reader hears the suggestion as "Quick: Qwen, 469 MB download · Apache 2.0 · Runs on your graphics card",
        # with the verdict's reason as its description.
        card.setAccessibleName(
            self.tr("{role}: {model}, {summary}").format(role=suggestion.role, model=advice.spec.name, summary=summary)
        )
        card.setAccessibleDescription(localized(advice.best.verdict.reason))
        show = QPushButton(self.tr("Show"))
        show.setAccessibleName(self.tr("Show {model} in Discover").format(model=advice.spec.name))
        show.setAccessibleDescription(summary)
        show.setToolTip(self.tr("Show it in Discover; other filters are cleared"))
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


def _empty(layout: QLayout) -> None:
    """Take everything out of `layout`, the widgets of its nested rows too (deleted later, on the GUI thread)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _empty(inner)
            inner.deleteLater()

"""Three models that fit, as cards to choose from; the balanced one is chosen to begin with."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from app.i18n import localized
from app.models.first_run import Pick, default_pick
from ui.shared.i18n import format_size

COUNT_WORDS = {
    1: QT_TRANSLATE_NOOP("PicksScreen", "A model that fits"),
    2: QT_TRANSLATE_NOOP("PicksScreen", "Two models that fit"),
    3: QT_TRANSLATE_NOOP("PicksScreen", "Three models that fit"),
}


class PickCard(QFrame):
    """The whole card is the click target, not only the small radio button."""

    def __init__(self, pick: Pick, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunPick")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pick = pick
        self.role = role = QLabel("")  # the card's words (the core's role, why and verdict): retranslate
        role.setObjectName("FactCaption")
        self.radio = QRadioButton(pick.spec.name)
        self.radio.setObjectName("FirstRunPickName")
        self.facts = QLabel("")
        self.verdict = QLabel("")
        self.verdict.setObjectName("Muted")
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        for widget in (role, self.radio, self.facts, self.verdict):
            layout.addWidget(widget)
        self.radio.toggled.connect(self._show_selected)
        self.retranslate()

    def retranslate(self) -> None:
        """The radio button says the whole card to a screen reader: the role, the facts and the verdict."""
        pick = self.pick
        self.setToolTip(localized(pick.why))
        self.role.setText(localized(pick.role).upper())
        self.facts.setText(f"{self._size_text()} · {self._licence_text()}")
        self.verdict.setText(self._verdict_text())
        self.radio.setAccessibleName(pick.spec.name)
        self.radio.setAccessibleDescription(
            self.tr("{role}. {facts}. {verdict}").format(
                role=localized(pick.role), facts=self.facts.text(), verdict=self.verdict.text()
            )
        )

    # The pick's facts as app.models.first_run.Pick words them in English (size_text, licence_text, verdict_text),
    # here in the reader's language and units.
    def _size_text(self) -> str:
        return self.tr("{size} download").format(size=format_size(self.pick.variant.download_bytes))

    def _licence_text(self) -> str:
        licence = self.pick.spec.license
        if licence.commercial_use:
            return (
                self.tr("{licence}, business use allowed")
                if "licen" in licence.name.lower()
                else self.tr("{licence} licence, business use allowed")
            ).format(licence=licence.name)
        return (
            self.tr("{licence}, not for business use")
            if "licen" in licence.name.lower()
            else self.tr("{licence} licence, not for business use")
        ).format(licence=licence.name)

    def _verdict_text(self) -> str:
        verdict = self.pick.verdict
        reason = localized(verdict.reason)
        if not verdict.speed_label:
            return reason
        return self.tr("{reason} Expected speed: {speed}.").format(reason=reason, speed=localized(verdict.speed_label))

    def _show_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class PicksScreen(QWidget):
    chosen_changed = Signal()
    browse_requested = Signal()  # nothing fits, or none of these appeals: the whole catalog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count: int | None = None  # how many picks are shown; None before the verdicts are in
        self.title = QLabel()
        self.title.setObjectName("FirstRunTitle")
        self.lead = QLabel("")
        self.lead.setObjectName("FirstRunLead")
        self.lead.setWordWrap(True)
        self.cards: list[PickCard] = []
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(lambda *_args: self.chosen_changed.emit())
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(10)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("FirstRunLink")
        self.browse_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.browse_button.clicked.connect(self.browse_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addLayout(self.cards_layout)
        layout.addStretch(1)
        layout.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.browse_button.setText(self.tr("Browse all models instead"))
        self.browse_button.setAccessibleName(self.tr("Browse all models instead"))
        if self._count is None:
            self.title.setText(self.tr("Models that fit"))
        elif not self._count:
            self.title.setText(self.tr("Nothing fits yet"))
            self.lead.setText(
                self.tr(
                    "No chat model in the catalog runs well on this computer as it is now. Close other programs to "
                    "free memory and look again on the Hardware page, or browse every model."
                )
            )
        else:
            self.title.setText(QCoreApplication.translate("PicksScreen", COUNT_WORDS[self._count]))
            self.lead.setText(
                self.tr("Each of these runs on this computer. Pick one to download; you can add others later.")
            )

    def show_picks(self, picks: Sequence[Pick]) -> None:
        for card in self.cards:
            self.group.removeButton(card.radio)
            card.deleteLater()
        self.cards = [PickCard(pick) for pick in picks]
        for card in self.cards:
            self.group.addButton(card.radio)
            self.cards_layout.addWidget(card)
        self._count = len(picks)
        self.retranslate()
        if picks:
            self.cards[default_pick(picks)].radio.setChecked(True)

    def chosen(self) -> Pick | None:
        return next((card.pick for card in self.cards if card.radio.isChecked()), None)

"""One Hugging Face repository judged for this computer: a row per quantization with its size, its verdict and why,
the memory it needs at the default context, "recommended", "rough" and "incomplete" said, and a Download button.

It shows an `app.hub_search.report.RepoReport` as it is; reading the files and headers happens on a worker in the
search panel (ui/models/hub_search_panel.py), which also says when the report could not be read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.hub_search.report import QuantRow, RepoReport
from app.hub_search.support import unsupported_sentence
from app.i18n import localized
from ui.models.model_card import FIT_BADGE, Pill
from ui.shared.flow_layout import FlowLayout
from ui.shared.i18n import format_size


class QuantRowView(QFrame):
    """One quantization: its badges, what it needs here and why, and its Download button."""

    download_requested = Signal(object)  # QuantRow

    def __init__(self, row: QuantRow, supported: bool, downloads_possible: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setObjectName("ModelCard")
        quant, verdict = row.group, row.verdict
        self.title = QLabel(quant.quantization)
        self.title.setObjectName("CardTitle")
        self.supported = supported
        self.verdict_badge = Pill("", FIT_BADGE[verdict.fit])  # its words and the size: retranslate
        self.size_badge = Pill("", "BadgePlain")
        badges = FlowLayout(spacing=6)
        badges.addWidget(self.title)
        badges.addWidget(self.size_badge)
        badges.addWidget(self.verdict_badge)
        self.notes = self._notes()
        self.note_badges = [Pill(note, "BadgePlain") for note in self.notes]
        for note_badge in self.note_badges:
            badges.addWidget(note_badge)
        self.figures = QLabel("")
        self.figures.setWordWrap(True)
        self.reason = QLabel("")
        self.reason.setObjectName("Muted")
        self.reason.setWordWrap(True)
        self.download_button = QPushButton("")
        if row.recommended:
            self.download_button.setObjectName("Primary")
        self.download_button.setEnabled(downloads_possible and not self._blocked(supported))
        self.download_button.setVisible(downloads_possible)
        self.download_button.clicked.connect(self.on_download_clicked)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addLayout(badges)
        text.addWidget(self.figures)
        text.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(text, 1)
        layout.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        row, quant, verdict = self.row, self.row.group, self.row.verdict
        size = format_size(quant.size_bytes)
        self.verdict_badge.setText(localized(verdict.label))
        self.verdict_badge.setAccessibleDescription(localized(verdict.reason))
        self.size_badge.setText(size)
        self.size_badge.setToolTip(self.tr("Download size"))
        self.notes = self._notes()
        for note_badge, note in zip(self.note_badges, self.notes, strict=True):
            note_badge.setText(note)
        self.figures.setText(self._figures())
        speed = (
            self.tr("Expected speed: {speed}.").format(speed=localized(verdict.speed_label))
            if verdict.speed_label
            else ""
        )
        reasons = (localized(verdict.reason), speed, localized(row.problem))
        self.reason.setText(" ".join(t for t in reasons if t))
        self.download_button.setText(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download {quant}").format(quant=quant.quantization))
        blocked = self._blocked(self.supported)
        self.download_button.setToolTip(blocked or self.tr("Download {size} into your models folder").format(size=size))
        # What a screen reader says of the row and its button: the quantization, its size and the verdict, with the
        # verdict's reason as the description.
        summary = self.tr("{quant}, {size}, {verdict}").format(
            quant=quant.quantization, size=size, verdict=localized(verdict.label)
        )
        self.setAccessibleName(summary)
        self.setAccessibleDescription(self.reason.text())
        self.download_button.setAccessibleDescription(summary)

    @Slot()
    def on_download_clicked(self) -> None:
        self.download_requested.emit(self.row)

    def _notes(self) -> list[str]:
        row, quant = self.row, self.row.group
        notes = []
        if row.recommended:
            notes.append(self.tr("Recommended"))
        if quant.original_precision:
            notes.append(self.tr("Original precision"))
        if quant.expected_parts > 1:
            parts = self.tr("{have} of {count} parts").format(have=len(quant.files), count=quant.expected_parts)
            notes.append(parts if quant.complete else self.tr("Incomplete: {parts}").format(parts=parts))
        if quant.mmproj:
            notes.append(self.tr("With vision"))
        if row.rough:
            notes.append(self.tr("Rough: judged by size only"))
        return notes

    def _figures(self) -> str:
        verdict = self.row.verdict
        memory, context = format_size(verdict.estimate.total_bytes), f"{verdict.estimate.context:,}"
        layers = verdict.plan.gpu_layers if verdict.runs else 0
        if layers:
            return self.tr(
                "Needs {memory} at {context} tokens of context · {layers} layers on the graphics card."
            ).format(memory=memory, context=context, layers=layers)
        return self.tr("Needs {memory} at {context} tokens of context.").format(memory=memory, context=context)

    def _blocked(self, supported: bool) -> str:
        """Why this row cannot be downloaded, or ''."""
        if not supported:
            return self.tr("This model needs a newer Hearth")
        if not self.row.group.complete:
            return self.tr("Some of its parts are missing from the repository")
        return ""


class HubRepoView(QWidget):
    """The repository's heading, what holds for all of it (gated, needs a newer Hearth), then its rows."""

    download_requested = Signal(object)  # QuantRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: RepoReport | None = None
        self.page_url = ""
        self.rows: list[QuantRowView] = []
        # What the facts line says when it is not the report's facts, written again in a new language (a function
        # of no widget, so the view holds no cycle through itself).
        self.facts_text: Callable[[], str] | None = str
        self.heading = QLabel("")
        self.heading.setObjectName("CardTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel("")
        self.facts.setObjectName("Muted")
        self.facts.setWordWrap(True)
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setOpenExternalLinks(True)
        self.notes.hide()
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.notes)
        layout.addLayout(self.rows_layout)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.facts.setText(self.facts_text() if self.facts_text is not None else self._facts())
        self._show_notes()

    def say(self, text: Callable[[], str]) -> None:
        """The facts line says `text()`, now and again (translated anew) when the language changes."""
        self.facts_text = text
        self.facts.setText(text())

    def show_loading(self, repo: str) -> None:
        self.clear()
        self.heading.setText(repo)
        self.say(
            lambda: QCoreApplication.translate(
                "HubRepoView", "Reading its files and each quantization's header on Hugging Face…"
            )
        )

    def clear(self) -> None:
        self.report = None
        for view in self.rows:
            view.setParent(None)
            view.deleteLater()
        self.rows = []
        self.notes.hide()

    def show_report(self, report: RepoReport, page_url: str, downloads_possible: bool) -> None:
        self.clear()
        self.report, self.page_url = report, page_url
        self.heading.setText(report.repo)
        self.facts_text = None
        self.facts.setText(self._facts())
        self._show_notes()
        for row in report.rows:
            view = QuantRowView(row, report.supported, downloads_possible)
            view.download_requested.connect(self.download_requested)
            self.rows.append(view)
            self.rows_layout.addWidget(view)

    def _facts(self) -> str:
        report = self.report
        assert report is not None
        architecture = report.architecture or self.tr("architecture unknown")
        return self.tr("{arch} · revision {revision} · %n quantizations", "", len(report.rows)).format(
            arch=architecture, revision=report.facts.revision[:12]
        )

    def _show_notes(self) -> None:
        """What holds for the whole repository: it needs a newer Hearth, it is gated, it has nothing to run."""
        report, page_url = self.report, self.page_url
        if report is None:
            return
        notes = []
        if not report.supported:
            notes.append(localized(unsupported_sentence(report.architecture)))
        if report.facts.gated:
            notes.append(
                self.tr(
                    'Gated: accept its terms on <a href="{url}">its Hugging Face page</a> and add a token in '
                    "Settings to download it."
                ).format(url=page_url)
            )
        if not report.rows:
            notes.append(self.tr("This repository has no GGUF files Hearth can run."))
        self.notes.setText("<br>".join(notes))
        self.notes.setVisible(bool(notes))

    def focus_chain(self) -> list[QWidget]:
        return [view.download_button for view in self.rows]

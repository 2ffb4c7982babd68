"""One Hugging Face repository judged for this computer: a row per quantization with its size, its verdict and why,
the memory it needs at the default context, "recommended", "rough" and "incomplete" said, and a Download button.

It shows an `app.hub_search.report.RepoReport` as it is; reading the files and headers happens on a worker in the
search panel (ui/models/hub_search_panel.py), which also says when the report could not be read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.hub_search.report import QuantRow, RepoReport
from app.hub_search.support import unsupported_sentence
from app.units import format_bytes
from ui.models.model_card import FIT_BADGE, Pill
from ui.shared.flow_layout import FlowLayout


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
        self.verdict_badge = Pill(verdict.label, FIT_BADGE[verdict.fit])
        badges = FlowLayout(spacing=6)
        badges.addWidget(self.title)
        badges.addWidget(Pill(format_bytes(quant.size_bytes), "BadgePlain", self.tr("Download size")))
        badges.addWidget(self.verdict_badge)
        self.notes = self._notes()
        for note in self.notes:
            badges.addWidget(Pill(note, "BadgePlain"))
        self.figures = QLabel(self._figures())
        self.figures.setWordWrap(True)
        speed = f" {self.tr('Expected speed:')} {verdict.speed_label}." if verdict.speed_label else ""
        self.reason = QLabel(verdict.reason + speed + (f" {row.problem}" if row.problem else ""))
        self.reason.setObjectName("Muted")
        self.reason.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download {quant}").format(quant=quant.quantization))
        if row.recommended:
            self.download_button.setObjectName("Primary")
        blocked = self._blocked(supported)
        self.download_button.setEnabled(downloads_possible and not blocked)
        self.download_button.setToolTip(blocked or self.tr("Download {size} into your models folder").format(
            size=format_bytes(quant.size_bytes)))  # fmt: skip
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
        self.setAccessibleName(f"{quant.quantization}, {format_bytes(quant.size_bytes)}, {verdict.label}")

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
        if not verdict.runs:
            return self.tr("Needs {memory} at {context:,} tokens of context.").format(
                memory=format_bytes(verdict.estimate.total_bytes), context=verdict.estimate.context
            )
        layers = verdict.plan.gpu_layers
        where = self.tr(" · {layers} layers on the graphics card").format(layers=layers) if layers else ""
        return self.tr("Needs {memory} at {context:,} tokens of context{where}.").format(
            memory=format_bytes(verdict.estimate.total_bytes), context=verdict.estimate.context, where=where
        )

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
        self.rows: list[QuantRowView] = []
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

    def show_loading(self, repo: str) -> None:
        self.clear()
        self.heading.setText(repo)
        self.facts.setText(self.tr("Reading its files and each quantization's header on Hugging Face…"))

    def clear(self) -> None:
        self.report = None
        for view in self.rows:
            view.setParent(None)
            view.deleteLater()
        self.rows = []
        self.notes.hide()

    def show_report(self, report: RepoReport, page_url: str, downloads_possible: bool) -> None:
        self.clear()
        self.report = report
        self.heading.setText(report.repo)
        architecture = report.architecture or self.tr("architecture unknown")
        count = len(report.rows)
        many = self.tr("{count} quantizations").format(count=count)
        quantizations = self.tr("1 quantization") if count == 1 else many
        self.facts.setText(
            self.tr("{arch} · revision {revision} · {quantizations}").format(
                arch=architecture, revision=report.facts.revision[:12], quantizations=quantizations
            )
        )
        notes = []
        if not report.supported:
            notes.append(unsupported_sentence(report.architecture))
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
        for row in report.rows:
            view = QuantRowView(row, report.supported, downloads_possible)
            view.download_requested.connect(self.download_requested)
            self.rows.append(view)
            self.rows_layout.addWidget(view)

    def focus_chain(self) -> list[QWidget]:
        return [view.download_button for view in self.rows]

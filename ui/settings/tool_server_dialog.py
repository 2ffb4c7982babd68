"""Adding or editing one tool server: a program on this computer (a command line, its folder and environment
variables) or a server at an address (a URL and its headers), as mcp.json describes it (app/mcp/config.py).

The dialog only builds the entry; ToolServersState saves it. It opens with `open()` (not `exec()`), so the window
keeps running and tests can fill it like a person.
"""

from __future__ import annotations

import shlex

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.mcp import HttpServer, McpEntryInvalid, ServerEntry, StdioServer
from app.mcp.config import check_name


class ToolServerDialog(QDialog):
    def __init__(self, entry: ServerEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = entry is not None
        self.setMinimumWidth(520)
        self.result_entry: ServerEntry | None = None
        self.name_edit = QLineEdit()
        self.program = QRadioButton("")
        self.address = QRadioButton("")
        self.command_edit = QLineEdit()
        self.folder_edit = QLineEdit()
        self.env_edit = QPlainTextEdit()
        self.url_edit = QLineEdit()
        self.headers_edit = QPlainTextEdit()
        # Each field's label, whose buddy it is: a reader says which label goes with which field.
        edits = (self.name_edit, self.command_edit, self.folder_edit, self.env_edit, self.url_edit, self.headers_edit)
        self.labels: dict[QWidget, QLabel] = {edit: QLabel("") for edit in edits}
        for edit, label in self.labels.items():
            label.setBuddy(edit)
        self.note = QLabel("")
        for edit in (self.env_edit, self.headers_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        self.problem = QLabel()
        self.problem.setObjectName("ErrorText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.retranslate()
        self.program.toggled.connect(self.on_kind_changed)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self._show(entry)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.labels[self.name_edit], self.name_edit)
        form.addRow(self.program)
        for edit in (self.command_edit, self.folder_edit, self.env_edit):
            form.addRow(self.labels[edit], edit)
        form.addRow(self.address)
        for edit in (self.url_edit, self.headers_edit):
            form.addRow(self.labels[edit], edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit tool server") if self.editing else self.tr("Add a tool server"))
        self.program.setText(self.tr("A program on this computer"))
        self.address.setText(self.tr("A server at an address"))
        self.command_edit.setPlaceholderText(self.tr("e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes"))
        self.env_edit.setPlaceholderText(self.tr("One per line: NAME=value"))
        self.url_edit.setPlaceholderText(self.tr("e.g. http://127.0.0.1:8000/mcp"))
        self.headers_edit.setPlaceholderText(self.tr("One per line: Name=value"))
        for edit, label, name in (
            (self.name_edit, self.tr("Name"), self.tr("Server name")),
            (self.command_edit, self.tr("Command"), self.tr("Command")),
            (self.folder_edit, self.tr("Folder (optional)"), self.tr("Working folder")),
            (self.env_edit, self.tr("Environment"), self.tr("Environment variables, one per line")),
            (self.url_edit, self.tr("Address"), self.tr("Server address")),
            (self.headers_edit, self.tr("Headers"), self.tr("Headers, one per line")),
        ):
            self.labels[edit].setText(label)
            edit.setAccessibleName(name)
        self.note.setText(
            self.tr(
                "A program gets only a few of Hearth's environment variables (HOME, PATH, LANG…) and the ones "
                "written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the "
                "password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes "
                "asks you first."
            )
        )

    def _show(self, entry: ServerEntry | None) -> None:
        if isinstance(entry, HttpServer):
            self.address.setChecked(True)
            self.url_edit.setText(entry.url)
            self.headers_edit.setPlainText(_lines(entry.headers))
        else:
            self.program.setChecked(True)
            if entry is not None:
                self.command_edit.setText(shlex.join([entry.command, *entry.args]))
                self.folder_edit.setText(entry.cwd or "")
                self.env_edit.setPlainText(_lines(entry.env))
        if entry is not None:
            self.name_edit.setText(entry.name)
        self.on_kind_changed()

    def on_kind_changed(self, *_args: object) -> None:
        program = self.program.isChecked()
        for widget in (self.command_edit, self.folder_edit, self.env_edit):
            widget.setEnabled(program)
        for widget in (self.url_edit, self.headers_edit):
            widget.setEnabled(not program)

    def entry(self) -> ServerEntry:
        """The entry as filled in; raises McpEntryInvalid with the sentence when something is missing or wrong."""
        name = self.name_edit.text().strip()
        check_name(name)
        if self.address.isChecked():
            url = self.url_edit.text().strip()
            if not url.startswith(("http://", "https://")):
                raise McpEntryInvalid(self.tr("Write the server's address, starting with http:// or https://."))
            not_a_header = self.tr("“{line}” is not a header: write NAME=value.")
            return HttpServer(name, url, _pairs(self.headers_edit.toPlainText(), not_a_header))
        try:
            words = shlex.split(self.command_edit.text())
        except ValueError as exc:
            raise McpEntryInvalid(self.tr("The command has an unclosed quote.")) from exc
        if not words:
            raise McpEntryInvalid(self.tr("Write the command that starts the server, e.g. uvx mcp-server-time."))
        env = _pairs(self.env_edit.toPlainText(), self.tr("“{line}” is not an environment variable: write NAME=value."))
        return StdioServer(name, words[0], tuple(words[1:]), env, self.folder_edit.text().strip() or None)

    def on_save(self) -> None:
        try:
            self.result_entry = self.entry()
        except McpEntryInvalid as exc:
            self.show_problem(exc.message)
            return
        self.accept()

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()


def _lines(values: dict[str, str]) -> str:
    return "\n".join(f"{key}={value}" for key, value in values.items())


def _pairs(text: str, refusal: str) -> dict[str, str]:
    """NAME=value lines as a dict; `refusal` ("“{line}” is not a …") says what a line without "=" is not."""
    pairs: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        key, equals, value = line.partition("=")
        if not equals or not key.strip():
            raise McpEntryInvalid(refusal.format(line=line.strip()))
        pairs[key.strip()] = value.strip()
    return pairs

"""The Settings card for tools: the tool servers (MCP) a model may use — add, edit, import from Claude Desktop or
LM Studio, remove, start them to see their status and tools — and a switch per tool.

Each server's line says whether it runs or why it could not start; under it its tools, each with a switch and its
size (what its description costs the model's context, counted in tokens by the chat when a model is loaded; here
estimated from its length). The list is ToolServersState's (ui/state/tool_servers.py); this card only shows it and
asks for changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.i18n import localized
from app.mcp import ServerState
from app.mcp.importing import known_sources
from app.messages import Info, MessageBridge
from ui.settings.settings_card import SettingsCard, muted
from ui.settings.tool_server_dialog import ToolServerDialog
from ui.shared.flow_layout import FlowLayout
from ui.shared.prompter import Prompter
from ui.state.tool_servers import ToolServersState

SERVER_ROLE = Qt.ItemDataRole.UserRole
TOOL_ROLE = Qt.ItemDataRole.UserRole + 1


class ToolsSettings(SettingsCard):
    def __init__(
        self,
        servers: ToolServersState,
        messages: MessageBridge,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.servers = servers
        self._messages = messages
        self.prompter = prompter or Prompter()
        self.dialog: ToolServerDialog | None = None
        self.intro = muted("")
        self.body.addWidget(self.intro)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setMinimumHeight(140)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the status and the descriptions
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.tree)
        self.add_button = QPushButton("")
        self.edit_button = QPushButton("")
        self.remove_button = QPushButton("")
        self.check_button = QPushButton("")
        self.import_button = QToolButton()
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_menu = QMenu(self.import_button)
        self.import_button.setMenu(self.import_menu)
        self.forget_button = QPushButton("")
        row = FlowLayout()  # the buttons wrap in a longer language or a larger text
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.import_button,
            self.check_button,
            self.forget_button,
        ):
            row.addWidget(button)
        self.body.addLayout(row)
        self.add_button.clicked.connect(self.on_add)
        self.edit_button.clicked.connect(self.on_edit)
        self.remove_button.clicked.connect(self.on_remove)
        self.check_button.clicked.connect(self.on_check)
        self.forget_button.clicked.connect(self.on_forget)
        self.import_menu.aboutToShow.connect(self.fill_import_menu)
        self.tree.itemChanged.connect(self.on_item_changed)
        self.tree.currentItemChanged.connect(self.on_current_changed)
        servers.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Tools"))
        self.intro.setText(
            self.tr(
                "Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude "
                "Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call "
                "asks you first."
            )
        )
        self.tree.setHeaderLabels([self.tr("Server or tool"), self.tr("Status"), self.tr("Size")])
        self.tree.setAccessibleName(self.tr("Tool servers and their tools"))
        self.tree.setAccessibleDescription(self.tr("Space turns the chosen tool on or off"))
        for button, text, name in (
            (self.add_button, self.tr("Add…"), self.tr("Add a tool server")),
            (self.edit_button, self.tr("Edit…"), self.tr("Edit the chosen tool server")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the chosen tool server")),
            (self.import_button, self.tr("Import"), self.tr("Import tool servers")),
            (self.check_button, self.tr("Start and list tools"), self.tr("Start and list tools")),
            (self.forget_button, self.tr("Forget approvals"), self.tr("Forget approvals")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.forget_button.setToolTip(self.tr("Every tool asks again before its next call"))
        self.refresh()

    # ---- showing
    @Slot()
    def refresh(self) -> None:
        current = self.selected_server()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for name in self.servers.names():
                item = QTreeWidgetItem([name, self._status_text(name), ""])
                item.setData(0, SERVER_ROLE, name)
                item.setToolTip(0, self.servers.identity(name))
                item.setToolTip(1, self.servers.status(name).details or self._status_text(name))
                sizes, total = self.servers.sizes(name)
                off = self.servers.switched_off(name)  # mcp.json read once per server, not once per tool
                for tool in self.servers.tools(name) or []:
                    child = QTreeWidgetItem([tool.name, tool.description.split("\n")[0], f"≈{sizes[tool.name]:,}"])
                    child.setData(0, SERVER_ROLE, name)
                    child.setData(0, TOOL_ROLE, tool.name)
                    child.setToolTip(1, tool.description)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    on = tool.name not in off
                    child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                    child.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, tool.description)
                    item.addChild(child)
                if total:
                    item.setText(2, self.tr("≈{count} tokens").format(count=f"{total:,}"))
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
                if name == current:
                    self.tree.setCurrentItem(item)
        self.on_current_changed()

    def _status_text(self, name: str) -> str:
        if self.servers.checking(name):
            return self.tr("Starting…")
        status = self.servers.status(name)
        if status.state is ServerState.RUNNING:
            count = len(self.servers.tools(name) or [])
            return self.tr("Running · %n tool(s)", "", count)
        if status.state is ServerState.FAILED:
            return localized(status.problem) or self.tr("Could not start")
        return self.tr("Not started yet")

    def selected_server(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, SERVER_ROLE)) if item is not None else ""

    @Slot()
    def on_current_changed(self, *_args: object) -> None:
        chosen = bool(self.selected_server())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.check_button.setEnabled(bool(self.servers.names()))

    # ---- changing
    @Slot(QTreeWidgetItem, int)
    def on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        tool = item.data(0, TOOL_ROLE)
        if column == 0 and tool:
            on = item.checkState(0) == Qt.CheckState.Checked
            self.servers.set_tool_on(str(item.data(0, SERVER_ROLE)), str(tool), on)

    @Slot()
    def on_add(self) -> None:
        self._open_dialog(ToolServerDialog(parent=self), replacing="")

    @Slot()
    def on_edit(self) -> None:
        name = self.selected_server()
        entry = self.servers.entry(name) if name else None
        if entry is not None:
            self._open_dialog(ToolServerDialog(entry, parent=self), replacing=name)

    def _open_dialog(self, dialog: ToolServerDialog, replacing: str) -> None:
        self.dialog = dialog

        def save() -> None:
            if dialog.result_entry is not None:
                self.servers.add(dialog.result_entry, replacing=replacing)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def on_remove(self) -> None:
        name = self.selected_server()
        question = self.tr("Remove the tool server “{name}”? Its tools stop being offered to models.").format(name=name)
        if name and self.prompter.ask_yes_no(self, self.tr("Remove tool server"), question):
            self.servers.remove(name)

    @Slot()
    def on_check(self) -> None:
        self.servers.check()

    @Slot()
    def on_forget(self) -> None:
        self.servers.approvals.forget()
        self._messages.send(Info(self.tr("Every tool call will ask you again before it runs.")))

    @Slot()
    def fill_import_menu(self) -> None:
        self.import_menu.clear()
        for source in known_sources(Path.home(), sys.platform):
            action = self.import_menu.addAction(self.tr("From {app}").format(app=source.name))
            action.setEnabled(source.exists)
            action.setToolTip(str(source.path))
            action.triggered.connect(
                lambda _checked=False, path=source.path, app=source.name: self.servers.import_from(path, app)
            )
        other = self.import_menu.addAction(self.tr("From a file…"))
        other.triggered.connect(self.on_import_other)

    @Slot()
    def on_import_other(self) -> None:
        chosen = self.prompter.open_file(
            self, self.tr("Import tool servers"), str(Path.home()), self.tr("JSON (*.json)")
        )
        if chosen is not None:
            self.servers.import_from(chosen)

"""The Tools button beside the composer: which tool servers this conversation's model may use, and which of
their tools — a menu of switches, with each tool's size, a way to start the servers to see their tools, and the way
to Settings → Tools.

The choice belongs to the conversation (ui/chat/session_tools.py keeps it); the button only shows and edits it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from app.i18n import localized
from app.mcp import ServerState
from app.tool_use.document_search import SERVER as DOCUMENTS
from ui.chat.chat_session import ChatSession
from ui.chat.session_tools import ConversationTools


class ToolsButton(QToolButton):
    manage_requested = Signal()

    def __init__(self, session: ChatSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.tools.servers is not None, "a window with tool servers"
        self.session = session
        self.servers = session.tools.servers
        self.current = session.tools.chosen
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # as wide as the buttons above
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self.fill)
        session.tools.chosen_changed.connect(self.show_chosen)
        self.servers.changed.connect(self.on_servers_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Let the model use tools: tool servers (MCP) chosen for this conversation"))
        self.show_chosen(self.current)

    @Slot()
    def on_servers_changed(self) -> None:
        self.show_chosen(self.current)

    @Slot(object)
    def show_chosen(self, chosen: ConversationTools) -> None:
        self.current = chosen
        listed = {*self.servers.names(), DOCUMENTS}
        count = len([name for name in chosen.servers if name in listed])
        self.setText(self.tr("Tools ({count})").format(count=count) if count else self.tr("Tools"))
        self.setAccessibleName(self.tr("Tools: %n servers on", "", count) if count else self.tr("Tools: none on"))

    @Slot()
    def fill(self) -> None:
        self.menu_.clear()
        names = self.servers.names()
        if not names:
            empty = self.menu_.addAction(self.tr("No tool servers yet"))
            empty.setEnabled(False)
        for name in names:
            server = self.menu_.addAction(name)
            server.setCheckable(True)
            server.setChecked(name in self.current.servers)
            status = self.servers.status(name)
            if status.state is ServerState.FAILED:
                server.setToolTip(localized(status.problem or ""))
            server.toggled.connect(lambda on, name=name: self.set_server(name, on))
            sizes, _total = self.servers.sizes(name)
            off = self.servers.switched_off(name)
            for tool in self.servers.tools(name) or []:
                if tool.name in off:
                    continue  # switched off in Settings for every conversation
                label = f"    {tool.name}  ·  ≈{sizes[tool.name]:,}"
                action = self.menu_.addAction(label)
                action.setCheckable(True)
                action.setChecked(f"{name}/{tool.name}" not in self.current.off)
                action.setEnabled(name in self.current.servers)
                action.setToolTip(tool.description)
                action.toggled.connect(lambda on, key=f"{name}/{tool.name}": self.set_tool(key, on))
        self.menu_.addSeparator()
        documents = self.menu_.addAction(self.tr("Search my documents"))
        documents.setCheckable(True)
        documents.setChecked(DOCUMENTS in self.current.servers)
        documents.setEnabled(bool(self.session.collection))
        documents.setToolTip(
            self.tr("The model searches this conversation's collection when it decides to, and shows its sources")
            if self.session.collection
            else self.tr("Choose a collection to answer from first")
        )
        documents.toggled.connect(lambda on: self.set_server(DOCUMENTS, on))
        required = self.menu_.addAction(self.tr("Make the model call a tool first"))
        required.setCheckable(True)
        required.setChecked(self.current.required)
        required.setToolTip(self.tr("Each reply begins with a call to one of the chosen tools"))
        required.toggled.connect(self.set_required)
        check = self.menu_.addAction(self.tr("Start the servers to see their tools"))
        check.triggered.connect(self.on_check)
        check.setEnabled(bool(names))
        manage = self.menu_.addAction(self.tr("Manage tools…"))
        manage.triggered.connect(self.manage_requested)

    def set_server(self, name: str, on: bool) -> None:
        servers = tuple(s for s in self.current.servers if s != name) + ((name,) if on else ())
        self._choose(ConversationTools(servers, self.current.off, self.current.required))

    def set_tool(self, key: str, on: bool) -> None:
        off = self.current.off - {key} if on else self.current.off | {key}
        self._choose(ConversationTools(self.current.servers, frozenset(off), self.current.required))

    def set_required(self, on: bool) -> None:
        self._choose(ConversationTools(self.current.servers, self.current.off, on))

    def _choose(self, chosen: ConversationTools) -> None:
        self.session.tools.choose(chosen, self.session.conversation_id)  # it tells show_chosen

    @Slot()
    def on_check(self) -> None:
        self.servers.check()

"""The tool servers (MCP) as every view sees them: the window's one `McpHost`, the list in mcp.json, each server's
status and tools, and which tools the person switched off — Settings → Tools edits it, the chat's Tools button reads
it, and a conversation's tool turn runs its calls on the same host.

Starting a server and listing its tools can take a while (`npx` may download a package first), so `check` runs on
a worker and `changed` says when it is known; nothing here blocks the GUI thread except reading and writing the
small mcp.json. The switches live in mcp.json itself, in each entry's `disabledTools` (the key other apps use for
the same thing), so the file stays the one place a server is described.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.i18n import localized
from app.mcp import McpConfig, McpHost, McpProblem, McpTool, ServerEntry, ServerState, ServerStatus
from app.mcp import config as mcp_config
from app.mcp.importing import ImportReport, import_from
from app.mcp.secrets import McpSecrets, kind_of, looks_secret, memory_only_sentence, secret_keys, values_of
from app.messages import Error, Info, MessageBridge, describe
from app.tool_use import Approvals, ToolSet, count_tool_tokens
from ui.workers import Workers

DISABLED_KEY = "disabledTools"


class ToolServersState(QObject):
    changed = Signal()  # the list, a server's status or its tools changed

    def __init__(
        self,
        config_dir: Path,
        workers: Workers,
        messages: MessageBridge,
        offline: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        self.secrets = McpSecrets()  # one for the host and this list: it finds the password store once
        self.host = McpHost(config_dir, offline=offline, secrets=self.secrets)
        self.approvals = Approvals(config_dir)
        self._workers = workers
        self._messages = messages
        self._status: dict[str, ServerStatus] = {}
        self._tools: dict[str, list[McpTool]] = {}
        self._checking: set[str] = set()

    # ---- the list (mcp.json)
    def config(self) -> McpConfig:
        """The list as the file says now; a damaged file is set aside and told once, and the list is empty."""
        path = mcp_config.config_path(self.config_dir)
        try:
            return mcp_config.load(path)
        except McpProblem as exc:
            self._messages.send(describe(exc))
            return McpConfig(path)

    def names(self) -> list[str]:
        return self.config().names()

    def entry(self, name: str) -> ServerEntry | None:
        """The server's entry, or None when it is not there or cannot be used (its status says why)."""
        try:
            return self.config().entry(name)
        except McpProblem as exc:
            self._status[name] = ServerStatus(name, ServerState.FAILED, exc.sentence, exc.details)
            return None

    def identity(self, name: str) -> str:
        """What approvals are keyed to: the command line or the URL (the name when the entry cannot be read)."""
        entry = self.entry(name)
        return entry.identity if entry is not None else name

    def add(self, entry: ServerEntry, replacing: str = "") -> None:
        """Add a server, or put `entry` in place of `replacing` (an edit: the switches are kept), on a worker (the
        password store may ask first); values whose names look secret go to the password store. `changed`
        follows; a name taken or not allowed is told."""
        if replacing:  # it starts again, as it is now, when next needed
            self._status.pop(replacing, None)
            self._tools.pop(replacing, None)
        self._workers.start(self._save, entry, replacing, connect={"returned": self.on_saved}, on_error=self.on_failed)

    def _save(self, entry: ServerEntry, replacing: str) -> str:
        config = self.config()
        if replacing:
            self.host.stop(replacing)
            if replacing != entry.name:
                config.check_new(entry.name)  # before any secret moves
                self._move_secrets(config.entry(replacing), entry.name)
        else:
            config.check_new(entry.name)
        entry, memory_only = self.secrets.put_away(entry, [key for key in values_of(entry) if looks_secret(key)])
        if replacing:
            config.replace(replacing, entry)
        else:
            config.add(entry)
        config.save()
        return memory_only_sentence(memory_only) if memory_only is not None else ""

    def _move_secrets(self, old: ServerEntry, new_name: str) -> None:
        kind = kind_of(old)
        for key in secret_keys(old):
            secret = self.secrets.get(old.name, kind, key)
            if secret is not None:
                self.secrets.keep(new_name, kind, key, secret)
                self.secrets.forget(old.name, kind, key)

    def remove(self, name: str) -> None:
        """Remove a server and its secret values (on a worker: the password store may ask first)."""
        self._status.pop(name, None)
        self._tools.pop(name, None)
        self._workers.start(self._remove, name, connect={"returned": self.on_saved}, on_error=self.on_failed)

    def _remove(self, name: str) -> str:
        self.host.stop(name)
        config = self.config()
        self.secrets.forget_entry(name, config.entry_raw(name))
        config.remove(name)
        config.save()
        return ""

    def import_from(self, source: Path, app: str | None = None) -> None:
        """Another app's servers added to the list (on a worker); what happened to each is told."""
        self._workers.start(
            import_from,
            source,
            self.config(),
            self.secrets,
            app=app,
            connect={"returned": self.on_imported},
            on_error=self.on_failed,
        )

    @Slot(object)
    def on_imported(self, report: ImportReport) -> None:
        lines = [localized(entry.sentence) for entry in report.entries]
        if report.memory_note:
            lines.append(localized(report.memory_note))
        nothing = self.tr("{file} lists no tool servers.").format(file=report.source)
        self._messages.send(Info("\n".join(lines) or nothing))
        self.changed.emit()

    @Slot(object)
    def on_saved(self, note: str) -> None:
        if note:
            self._messages.send(Info(note))
        self.changed.emit()

    @Slot(object, object)
    def on_failed(self, _exc: BaseException, error: Error) -> None:
        self._messages.send(error)
        self.changed.emit()

    # ---- switches
    def switched_off(self, server: str) -> set[str]:
        try:
            raw = self.config().entry_raw(server)
        except McpProblem:
            return set()
        off = raw.get(DISABLED_KEY) or []
        return {name for name in off if isinstance(name, str)} if isinstance(off, list) else set()

    def set_tool_on(self, server: str, tool: str, on: bool) -> None:
        config = self.config()
        raw = config.entry_raw(server)
        off = self.switched_off(server)
        off = off - {tool} if on else off | {tool}
        if off:
            raw[DISABLED_KEY] = sorted(off)
        else:
            raw.pop(DISABLED_KEY, None)
        config.save()
        self.changed.emit()

    # ---- status and tools
    def status(self, name: str) -> ServerStatus:
        return self._status.get(name, ServerStatus(name, ServerState.STOPPED))

    def tools(self, name: str) -> list[McpTool] | None:
        """The server's tools as last listed, or None before it was started."""
        return self._tools.get(name)

    def sizes(self, name: str) -> tuple[dict[str, int], int]:
        """Each listed tool's estimated size in tokens (what its description costs a model's context: characters /
        4, as no model is at hand here), and the server's whole, with the words that frame a tool list."""
        tools = self.tools(name) or []
        if not tools:
            return {}, 0
        cost = count_tool_tokens(ToolSet.of_servers({name: tools}))
        return {tool.name: counted.tokens for tool, counted in zip(tools, cost.tools, strict=True)}, cost.total

    def checking(self, name: str) -> bool:
        return name in self._checking

    def check(self, names: list[str] | None = None) -> None:
        """Start the servers (all of them by default) and list their tools, on a worker; `changed` follows."""
        wanted = [name for name in (names if names is not None else self.names()) if name not in self._checking]
        if not wanted:
            return
        self._checking.update(wanted)
        self.changed.emit()
        self._workers.start(self._started, wanted, connect={"returned": self.on_checked}, on_error=self.on_check_failed)

    def _started(self, names: list[str]) -> tuple[list[str], dict[str, list[McpTool] | McpProblem]]:
        return names, self.host.tools_of_each(names)

    @Slot(object)
    def on_checked(self, checked: tuple[list[str], dict[str, list[McpTool] | McpProblem]]) -> None:
        names, each = checked
        self.learn(each)
        self._checking.difference_update(names)
        self.changed.emit()

    def learn(self, each: dict[str, list[McpTool] | McpProblem]) -> None:
        """What a start found (here or in a chat's tool turn): each server's tools, or why it could not start."""
        for name, outcome in each.items():
            if isinstance(outcome, McpProblem):
                self._status[name] = ServerStatus(name, ServerState.FAILED, outcome.sentence, outcome.details)
                self._tools.pop(name, None)
            else:
                self._status[name] = ServerStatus(name, ServerState.RUNNING)
                self._tools[name] = list(outcome)

    @Slot(object, object)
    def on_check_failed(self, exc: BaseException, error: Error) -> None:
        self._checking.clear()
        self._messages.send(error)
        self.changed.emit()

    def close(self) -> None:
        """Stop every server with its process group (at quit)."""
        self.host.close()

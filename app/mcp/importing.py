"""Import tool servers from Claude Desktop or LM Studio: their `mcpServers` entries copied into Hearth's mcp.json.

Both apps keep their servers in the same `mcpServers` shape Hearth uses, in a file of their own:

- Claude Desktop: `claude_desktop_config.json` in `~/Library/Application Support/Claude/` on macOS and
  `%APPDATA%\\Claude\\` on Windows (Anthropic's MCP guide, "Connect to local MCP servers"); on Linux, which has no
  official build, the community builds use `~/.config/Claude/`.
- LM Studio: `~/.lmstudio/mcp.json` on macOS and Linux, `%USERPROFILE%\\.lmstudio\\mcp.json` on Windows (LM Studio's
  docs, "Use MCP Servers"; the file its "Edit mcp.json" button opens).

The other app's file is only read, never changed nor set aside. Each entry is copied with every key it has (another
app's `disabled` or `autoApprove` stay for a later save); a value whose name looks like a secret (`looks_secret`:
an API key, a token, an Authorization header) goes into the password store, with its reference in mcp.json
(app/mcp/secrets.py). An entry whose server is already there, the same (under its name or another: imported
before), is left alone; one whose name is taken by a different server comes in as "NAME from Claude Desktop"
(Hearth's names allow no brackets); one Hearth cannot use (the older SSE transport, neither a command nor an
address, values of the wrong kind) is left out with the reason.
The report says what happened to each entry, for the Tools settings and `hearth mcp import`.
"""

from __future__ import annotations

import enum
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.i18n import say
from app.keys.keyring_slot import MemoryOnly
from app.mcp import config as mcp_config
from app.mcp.config import McpConfig, ServerEntry
from app.mcp.errors import McpEntryInvalid, McpImportFailed, McpSecretMissing
from app.mcp.secrets import (
    SECRET_REFERENCE,
    McpSecrets,
    kind_of,
    looks_secret,
    memory_only_sentence,
    values_of,
)

__all__ = [
    "CLAUDE_DESKTOP",
    "LM_STUDIO",
    "EntryImport",
    "ImportOutcome",
    "ImportReport",
    "ImportSource",
    "import_from",
    "known_sources",
]

CLAUDE_DESKTOP = "Claude Desktop"
LM_STUDIO = "LM Studio"
_NOT_IN_NAMES = re.compile(r"[^A-Za-z0-9 ._-]+")
MAX_NAME = 64


@dataclass(frozen=True)
class ImportSource:
    """Another app's list of tool servers, where it would be on this computer."""

    name: str  # the app, as the person knows it: "Claude Desktop", "LM Studio"
    key: str  # the word for it on the command line: "claude", "lmstudio"
    path: Path
    exists: bool


def known_sources(home: Path, platform: str, environ: Mapping[str, str] | None = None) -> list[ImportSource]:
    """Where Claude Desktop and LM Studio keep their tool servers for the person whose home is `home`, on
    `platform` (a `sys.platform` value), and whether each file is there. On Windows, Claude's folder is under
    %APPDATA% (from `environ`, else the usual `home\\AppData\\Roaming`)."""
    environ = os.environ if environ is None else environ
    if platform == "darwin":
        claude = home / "Library" / "Application Support" / "Claude"
    elif platform == "win32":
        claude = Path(environ.get("APPDATA") or home / "AppData" / "Roaming") / "Claude"
    else:
        claude = home / ".config" / "Claude"
    paths = [
        (CLAUDE_DESKTOP, "claude", claude / "claude_desktop_config.json"),
        (LM_STUDIO, "lmstudio", home / ".lmstudio" / "mcp.json"),
    ]
    return [ImportSource(name, key, path, path.is_file()) for name, key, path in paths]


class ImportOutcome(enum.Enum):
    IMPORTED = "imported"  # added under its own name
    RENAMED = "renamed"  # added under another name: its own was taken, or not one Hearth allows
    ALREADY_THERE = "already there"  # the same server is in mcp.json already
    NOT_IMPORTABLE = "not importable"  # Hearth cannot use it: `reason` says why


@dataclass(frozen=True)
class EntryImport:
    """What happened to one entry of the other app's list."""

    name: str  # as the other app calls it
    outcome: ImportOutcome
    new_name: str | None = None  # its name in Hearth's list (imported, renamed, already there)
    reason: str = ""  # a sentence: why renamed, already there or not importable
    secrets: tuple[str, ...] = ()  # the names of its values kept in the password store
    memory_only: MemoryOnly | None = None  # why those are kept in memory for this run only, if they are

    @property
    def sentence(self) -> str:
        kept = (
            ""
            if not self.secrets
            else say(
                "Mcp", " The value of its {names} is kept in the password store, not in mcp.json.", "mcp.kept-in-store"
            ).format(names=", ".join(self.secrets))
            if self.memory_only is None
            else say(
                "Mcp",
                " The value of its {names} is kept in memory for now (see below), not in mcp.json.",
                "mcp.kept-in-memory",
            ).format(names=", ".join(self.secrets))
        )
        if self.outcome is ImportOutcome.IMPORTED:
            return say("Mcp", "Imported “{name}”.{kept}", "mcp.imported").format(name=self.name, kept=kept)
        if self.outcome is ImportOutcome.RENAMED:
            return say("Mcp", "Imported “{name}” as “{new_name}”: {reason}{kept}", "mcp.imported-renamed").format(
                name=self.name, new_name=self.new_name, reason=self.reason, kept=kept
            )
        return self.reason


@dataclass(frozen=True)
class ImportReport:
    source: Path
    entries: tuple[EntryImport, ...] = ()
    memory_only: MemoryOnly | None = None  # why secrets it kept last only for this run, if they do
    saved: bool = False  # whether mcp.json was written (something was added)

    def of(self, outcome: ImportOutcome) -> list[EntryImport]:
        return [entry for entry in self.entries if entry.outcome is outcome]

    @property
    def memory_note(self) -> str | None:
        """The sentence saying secrets last only for this run, when they do."""
        if self.memory_only is None:
            return None
        return memory_only_sentence(self.memory_only, "the imported secret values")

    def as_json(self) -> dict[str, Any]:
        """`hearth mcp import --json`'s answer (documented in app/cli/mcp_command.py)."""
        return {
            "source": str(self.source),
            "imported": [{"name": e.name, "secrets": list(e.secrets)} for e in self.of(ImportOutcome.IMPORTED)],
            "renamed": [
                {"from": e.name, "to": e.new_name, "reason": e.reason, "secrets": list(e.secrets)}
                for e in self.of(ImportOutcome.RENAMED)
            ],
            "skipped": [
                {"name": e.name, "outcome": e.outcome.value, "reason": e.reason}
                for e in self.entries
                if e.outcome in (ImportOutcome.ALREADY_THERE, ImportOutcome.NOT_IMPORTABLE)
            ],
            "memory_only": self.memory_note,
        }


def import_from(source: Path, config: McpConfig, secrets: McpSecrets, *, app: str | None = None) -> ImportReport:
    """Add the servers listed in `source` (an `mcpServers` file) to `config`, and save it when any came in.
    `app` names where they come from ("Claude Desktop"), for a renamed server's new name and the sentences.
    Raises McpImportFailed when the file cannot be read or is not such a list; `source` itself is never changed."""
    servers = _read_servers(source, app)
    where = (
        say("Mcp", "{app}'s list ({source})", "mcp.app-list-at").format(app=app, source=source) if app else str(source)
    )
    entries: list[EntryImport] = []
    memory_only: MemoryOnly | None = None
    for name, raw in servers.items():
        entry, why = _import_one(str(name), raw, config, secrets, where, app)
        entries.append(entry)
        memory_only = why or memory_only
    added = any(e.outcome in (ImportOutcome.IMPORTED, ImportOutcome.RENAMED) for e in entries)
    if added:
        config.save()
    return ImportReport(source, tuple(entries), memory_only, added)


def _read_servers(source: Path, app: str | None) -> dict[str, Any]:
    what = (
        say("Mcp", "{app}'s list of tool servers", "mcp.app-server-list").format(app=app[:1].upper() + app[1:])
        if app
        else say("Mcp", "The list of tool servers", "mcp.server-list")
    )
    try:
        text = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        missing = (
            say(
                "Mcp",
                "{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers "
                "yet.",
                "mcp.app-list-missing",
            )
            if app
            else say("Mcp", "{what} is not there: there is no file {source}. Check the path.", "mcp.list-missing")
        )
        raise McpImportFailed(
            missing.format(what=what, source=source, app=app),
            details=str(exc),
        ) from exc
    except OSError as exc:
        raise McpImportFailed(
            say(
                "Mcp",
                "{what} at {source} could not be read: {strerror}.",
                "mcp.import-unreadable",
            ).format(what=what, source=source, strerror=exc.strerror),
            details=str(exc),
        ) from exc
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise McpImportFailed(
            say(
                "Mcp",
                "{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.",
                "mcp.import-not-json",
            ).format(
                what=what, source=source, app=app or say("Mcp", "the app that wrote it", "mcp.the-app-that-wrote-it")
            ),
            details=str(exc),
        ) from exc
    servers = raw.get(mcp_config.SERVERS_KEY) if isinstance(raw, dict) else None
    if not isinstance(servers, dict):
        raise McpImportFailed(
            say(
                "Mcp",
                "{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth "
                "can import from it.",
                "mcp.import-failed",
            ).format(what=what, source=source, servers_key=mcp_config.SERVERS_KEY),
        )
    return servers


def _import_one(
    name: str, raw: Any, config: McpConfig, secrets: McpSecrets, where: str, app: str | None
) -> tuple[EntryImport, MemoryOnly | None]:
    def not_importable(reason: str) -> tuple[EntryImport, None]:
        return EntryImport(name, ImportOutcome.NOT_IMPORTABLE, reason=reason), None

    if not isinstance(raw, dict):
        return not_importable(
            say(
                "Mcp", "“{name}” was not imported: its entry in {where} is not an object.", "mcp.entry-not-object"
            ).format(name=name, where=where)
        )
    own_name = _allowed_name(name)
    try:
        entry = mcp_config.parse_entry(name, raw, where)
    except McpEntryInvalid as exc:
        return not_importable(
            say("Mcp", "“{name}” was not imported. {problem}", "mcp.entry-not-imported").format(
                name=name, problem=exc.sentence
            )
        )
    if "url" in raw and _is_sse(raw):
        return not_importable(
            say(
                "Mcp",
                "“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which "
                "Hearth does not speak yet (only Streamable HTTP).",
                "mcp.entry-sse-address",
            ).format(name=name)
        )
    found = _place(own_name, entry, config, secrets, app)
    if isinstance(found, EntryImport):
        return replace(found, name=name), None
    target = found
    keys = [key for key, value in values_of(entry).items() if value not in ("", SECRET_REFERENCE) and looks_secret(key)]
    stored, why = secrets.put_away(replace(entry, name=target), keys)
    values = values_of(stored)
    raw = json.loads(json.dumps(raw))  # every key it has, its secret values replaced by references
    if keys:
        raw["headers" if kind_of(entry) == "header" else "env"] = values
    config.add_raw(target, raw, where)
    kept = tuple(keys)
    if target == name:
        return EntryImport(name, ImportOutcome.IMPORTED, target, secrets=kept, memory_only=why), why
    if own_name != name:
        reason = say(
            "Mcp", "Hearth's names are letters, digits, spaces, dots, dashes and underscores only.", "mcp.renamed-name"
        )
    else:
        reason = say("Mcp", "a different tool server called “{name}” is already there.", "mcp.renamed-taken").format(
            name=name
        )
    return EntryImport(name, ImportOutcome.RENAMED, target, reason, kept, why), why


def _place(name: str, entry: ServerEntry, config: McpConfig, secrets: McpSecrets, app: str | None) -> str | EntryImport:
    """The name the entry comes in under (its own when free), or the report that the same server is there."""
    existing = config.names()
    if name not in existing:
        return name
    # Its name is taken: by the same server (perhaps imported before under another name), or by a different one.
    for other in sorted(existing, key=lambda other: other != name):
        if _same(config, other, entry, secrets):
            there = (
                say("Mcp", "“{name}” is already there, the same server.", "mcp.already-there")
                if other == name
                else say("Mcp", "“{name}” is already there as “{other}”, the same server.", "mcp.already-there-as")
            )
            return EntryImport(name, ImportOutcome.ALREADY_THERE, other, there.format(name=name, other=other))
    suffix = f" from {app}" if app else " imported"
    for number in range(1, 100):
        tail = suffix + (f" {number}" if number > 1 else "")
        candidate = name[: MAX_NAME - len(tail)].rstrip() + tail
        if candidate not in existing:
            return candidate
    too_many = say("Mcp", "“{name}” was not imported: too many of that name.", "mcp.too-many-of-name")
    return EntryImport(name, ImportOutcome.NOT_IMPORTABLE, reason=too_many.format(name=name))


def _same(config: McpConfig, name: str, entry: ServerEntry, secrets: McpSecrets) -> bool:
    """Whether Hearth's server `name` is the same as `entry`: the same program or address with the same values,
    its secrets read back from the password store."""
    try:
        there = config.entry(name)
        if there.identity != entry.identity or type(there) is not type(entry):
            return False  # not the same program or address: no need to read its secrets
        return secrets.fill(there) == replace(entry, name=name)
    except (McpEntryInvalid, McpSecretMissing):
        return False


def _allowed_name(name: str) -> str:
    """`name` as a name Hearth allows: what it does not allow becomes a dash."""
    cleaned = _NOT_IN_NAMES.sub("-", name).strip(" .-_")[:MAX_NAME].rstrip()
    return cleaned or "server"


def _is_sse(raw: dict[str, Any]) -> bool:
    """An address ending in /sse, not said to be Streamable HTTP: the older SSE transport (Cursor's and LM
    Studio's notation leaves the transport to be guessed from the address)."""
    url = raw.get("url")
    kind = str(raw.get("type") or raw.get("transport") or "").lower()
    if not isinstance(url, str) or kind in ("http", "streamable-http", "streamablehttp"):
        return False
    return urlsplit(url).path.rstrip("/").endswith("/sse")

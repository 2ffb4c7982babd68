"""The tool servers' list: `mcp.json` in Hearth's settings folder, in the `mcpServers` shape that Claude Desktop,
Cursor and LM Studio use, so a person can copy an entry from a server's README as it is:

    {"mcpServers": {"time": {"command": "uvx", "args": ["mcp-server-time"], "env": {"TZ": "UTC"}},
                    "remote": {"url": "https://example.com/mcp", "headers": {"X-Team": "a"}}}}

A stdio server has `command` (and optionally `args`, `env`, `cwd`); a Streamable HTTP server has `url` (and
optionally `headers`). Keys Hearth does not know (another app's `disabled`, `autoApprove`, `type`, top-level keys)
are kept as they were when Hearth saves. Saving is atomic. A file that is not this shape is set aside as
`mcp.json.bad` (never overwritten or lost) and reported with a sentence; Hearth then starts with an empty list.

A secret value (an API key in `env`, an `Authorization` header) is not written here: it is kept in the OS password
store (app/mcp/secrets.py), and its place holds the reference `"${keyring}"`, filled in when the server starts:

    {"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
                               "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${keyring}"}}}}

The reference is an ordinary text value, so the entry stays valid here and in the apps that share this shape, and
it is plainly not the secret. A server removed with `hearth mcp remove` (or in Settings) takes its secrets out of the
password store with it.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.atomic_json import set_aside, write_json
from app.i18n import say
from app.mcp.errors import McpConfigDamaged, McpEntryInvalid, McpServerExists, McpServerUnknown

log = logging.getLogger(__name__)

FILE_NAME = "mcp.json"
SERVERS_KEY = "mcpServers"
ENTRY_KEYS = frozenset({"command", "args", "env", "cwd", "url", "headers", "type"})  # what an edit replaces
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


@dataclass(frozen=True)
class StdioServer:
    """A server Hearth starts as a child process and speaks to over its stdin and stdout."""

    name: str
    command: str
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None

    @property
    def identity(self) -> str:
        """What the person would recognise it by (and what approvals will be keyed to): the command line."""
        return " ".join([self.command, *self.args])


@dataclass(frozen=True)
class HttpServer:
    """A server reached over Streamable HTTP."""

    name: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def identity(self) -> str:
        return self.url


ServerEntry = StdioServer | HttpServer


def config_path(config_dir: Path) -> Path:
    return config_dir / FILE_NAME


class McpConfig:
    """The parsed file, with everything Hearth does not understand kept for the next save."""

    def __init__(self, path: Path, raw: dict[str, Any] | None = None) -> None:
        self.path = path
        self._raw: dict[str, Any] = raw if raw is not None else {}
        self._raw.setdefault(SERVERS_KEY, {})

    @property
    def _servers(self) -> dict[str, Any]:
        servers: dict[str, Any] = self._raw[SERVERS_KEY]
        return servers

    def names(self) -> list[str]:
        return list(self._servers)

    def entry(self, name: str) -> ServerEntry:
        """The server called `name`, checked; a broken entry is a sentence naming what is wrong with it."""
        if name not in self._servers:
            raise McpServerUnknown(
                say(
                    "Mcp",
                    "There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.",
                    "mcp.server-unknown",
                ).format(name=name),
                details=f"file: {self.path}",
            )
        return parse_entry(name, self._servers[name])

    def check_new(self, name: str) -> None:
        """Raise the sentence when `name` cannot be a new server's: taken already, or not a name Hearth allows."""
        if name in self._servers:
            raise McpServerExists(
                say(
                    "Mcp",
                    "A tool server called “{name}” is already there. Remove it first, or choose another name.",
                    "mcp.server-exists",
                ).format(name=name)
            )
        check_name(name)

    def add(self, entry: ServerEntry) -> None:
        self.check_new(entry.name)
        self._servers[entry.name] = entry_json(entry)

    def replace(self, old: str, entry: ServerEntry) -> None:
        """`entry` in the place of the server `old` (an edit, perhaps a rename): where it stands in the file stays,
        and so do the keys Hearth does not edit (another app's, or Hearth's own switches)."""
        kept = {k: v for k, v in self.entry_raw(old).items() if k not in ENTRY_KEYS}
        if entry.name != old:
            self.check_new(entry.name)
        raw = entry_json(entry) | kept
        self._raw[SERVERS_KEY] = {
            (entry.name if name == old else name): (raw if name == old else value)
            for name, value in self._servers.items()
        }

    def add_raw(self, name: str, raw: dict[str, Any], where: str = FILE_NAME) -> ServerEntry:
        """Add an entry as it was written elsewhere (another app's file), keeping every key of it; it is checked as
        a hand-written entry is, and the check's sentence names `where` it came from."""
        self.check_new(name)
        entry = parse_entry(name, raw, where)
        self._servers[name] = json.loads(json.dumps(raw))
        return entry

    def remove(self, name: str) -> None:
        self.entry_raw(name)
        del self._servers[name]

    def entry_raw(self, name: str) -> dict[str, Any]:
        if name not in self._servers:
            self.entry(name)  # raises the sentence
        value: dict[str, Any] = self._servers[name]
        return value

    def save(self) -> None:
        write_json(self.path, self._raw)

    def as_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(self._raw))  # type: ignore[no-any-return]


def load(path: Path) -> McpConfig:
    """The list in `path`; a missing file is an empty list. A damaged one is moved to `mcp.json.bad` and reported."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return McpConfig(path)
    except OSError as exc:
        raise McpConfigDamaged(
            say(
                "Mcp",
                "The tool servers' list {path} could not be read: {strerror}.",
                "mcp.list-unreadable",
            ).format(path=path, strerror=exc.strerror),
            str(exc),
        ) from exc
    try:
        raw = json.loads(text)
        problem = _shape_problem(raw)
    except ValueError as exc:
        problem = say("Mcp", "it is not valid JSON ({problem})", "mcp.list-not-json").format(problem=str(exc))
    if problem:
        aside = set_aside(path)
        raise McpConfigDamaged(
            say(
                "Mcp",
                "The tool servers' list could not be used: {problem}. It was kept as {aside}; Hearth starts with "
                "no tool servers. Fix that file and rename it back to {name} to use it again.",
                "mcp.config-damaged",
            ).format(problem=problem, aside=aside, name=path.name),
            details=f"file: {path}",
        )
    return McpConfig(path, raw)


def _shape_problem(raw: Any) -> str:
    if not isinstance(raw, dict):
        return say("Mcp", "it is not a JSON object", "mcp.list-not-object")
    servers = raw.get(SERVERS_KEY, {})
    if not isinstance(servers, dict):
        return say("Mcp", "its “{key}” is not an object of named servers", "mcp.list-servers-not-object").format(
            key=SERVERS_KEY
        )
    for name, value in servers.items():
        if not isinstance(value, dict):
            return say("Mcp", "the server “{name}” is not an object", "mcp.list-server-not-object").format(name=name)
    return ""


def check_name(name: str) -> None:
    if not _NAME.match(name):
        raise McpEntryInvalid(
            say(
                "Mcp",
                "“{name}” cannot be a tool server's name: use up to 64 letters, digits, spaces, dots, dashes or "
                "underscores, starting with a letter or digit.",
                "mcp.bad-server-name",
            ).format(name=name)
        )


def parse_entry(name: str, raw: dict[str, Any], where: str = FILE_NAME) -> ServerEntry:
    """The entry checked; what is wrong with it is a sentence naming the server and `where` it is written."""

    def invalid(what: str) -> McpEntryInvalid:
        return McpEntryInvalid(
            say(
                "Mcp",
                "The tool server “{name}” in {where} {what}.",
                "mcp.entry-invalid",
            ).format(name=name, where=where, what=what),
            details=json.dumps(raw)[:2000],
        )

    def strings(key: str) -> dict[str, str]:
        value = raw.get(key) or {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise invalid(
                say("Mcp", "has an “{key}” that is not an object of text values", "mcp.entry-not-texts").format(key=key)
            )
        return dict(value)

    if "command" in raw:
        command, args, cwd = raw["command"], raw.get("args") or [], raw.get("cwd")
        if not isinstance(command, str) or not command.strip():
            raise invalid(say("Mcp", "has an empty “command”", "mcp.entry-empty-command"))
        if not isinstance(args, list) or not all(isinstance(arg, str) for arg in args):
            raise invalid(say("Mcp", "has “args” that are not a list of text", "mcp.entry-bad-args"))
        if cwd is not None and not isinstance(cwd, str):
            raise invalid(say("Mcp", "has a “cwd” that is not a folder's path", "mcp.entry-bad-cwd"))
        return StdioServer(name, command, tuple(args), strings("env"), cwd)
    if "url" in raw:
        url = raw["url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise invalid(say("Mcp", "has a “url” that is not an http:// or https:// address", "mcp.entry-bad-url"))
        if raw.get("type") == "sse":
            raise invalid(
                say(
                    "Mcp",
                    "uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)",
                    "mcp.entry-sse",
                )
            )
        return HttpServer(name, url, strings("headers"))
    raise invalid(
        say(
            "Mcp",
            "has neither a “command” (a program to start) nor a “url” (a server to reach)",
            "mcp.entry-neither",
        )
    )


def entry_json(entry: ServerEntry) -> dict[str, Any]:
    if isinstance(entry, HttpServer):
        return {"url": entry.url, **({"headers": dict(entry.headers)} if entry.headers else {})}
    raw: dict[str, Any] = {"command": entry.command, "args": list(entry.args)}
    if entry.env:
        raw["env"] = dict(entry.env)
    if entry.cwd:
        raw["cwd"] = entry.cwd
    return raw

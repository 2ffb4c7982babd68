"""Tool servers' secret values — an `env` variable's or a header's — kept in the OS password store, not in mcp.json.

A server's API key or token is what a person copies into its `env` (or a remote server's `Authorization` header).
In mcp.json that would be plain text in a file that is easy to share, back up or paste into a bug report, so a
secret value is kept in the password store instead, each in its own keyring slot (app/keys/keyring_slot.py), the
entry "mcp:SERVER:env:NAME" or "mcp:SERVER:header:NAME" of the service "Hearth". mcp.json keeps `"${keyring}"`
(`SECRET_REFERENCE`) in the value's place, which says where the value is and is plainly not the secret; the
server's entry stays valid for Hearth's parser and readable by the person.

Which values are secret: those the person marks (`hearth mcp add NAME --secret-env K=V` / `--secret-header K=V`,
or the GUI's secret box), and, on import from another app, those whose name looks like a secret (`looks_secret`).

When a server starts, the references are filled from the password store (`fill`); a value that is not there is a
sentence naming the server and the variable to set again (McpSecretMissing). Where this computer has no password
store, or it fails when used, a secret is kept in memory for this run only, and `keep` says so (a `MemoryOnly`),
as the other keys Hearth keeps do; Hearth never writes it into a file by itself.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import Collection, Mapping
from typing import Any, Literal

from keyring.backend import KeyringBackend

from app.i18n import say
from app.keys.key_file import KeyFile
from app.keys.keyring_slot import KeyringSlot, MemoryOnly, find_password_store
from app.keys.secret import Secret
from app.mcp.config import HttpServer, ServerEntry, StdioServer
from app.mcp.errors import McpSecretMissing

__all__ = [
    "SECRET_REFERENCE",
    "McpSecrets",
    "SecretKind",
    "looks_secret",
    "memory_only_sentence",
    "secret_keys",
]

log = logging.getLogger(__name__)

SECRET_REFERENCE = "${keyring}"
SecretKind = Literal["env", "header"]

# The words of a variable's or header's name that mark it as a secret: OPENAI_API_KEY, GITHUB_PERSONAL_ACCESS_TOKEN,
# apiKey, DB_PASSWORD, CLIENT_SECRET, Authorization, X-Auth-Token, Cookie. Whole words only, so GIT_AUTHOR_NAME or
# KEYBOARD_LAYOUT are not taken for one.
_SECRET_WORDS = frozenset(
    {
        "key",
        "apikey",
        "token",
        "secret",
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "auth",
        "authorization",
        "credential",
        "credentials",
        "cookie",
        "pat",
        "bearer",
    }
)
# Words written together (APIKEY, ACCESSTOKEN, DBPASSWORD) end in one of these; a word merely ending in "key"
# (MONKEY, HOTKEY) does not count.
_SECRET_ENDINGS = ("apikey", "secretkey", "accesskey", "privatekey", "token", "secret", "password")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def looks_secret(name: str) -> bool:
    """Whether a variable's or header's name says its value is a secret (case and separators do not matter)."""
    words = [word.lower() for word in _WORD.findall(name)]
    return any(word in _SECRET_WORDS or word.endswith(_SECRET_ENDINGS) for word in words)


def kind_of(entry: ServerEntry) -> SecretKind:
    """A program's secrets are `env` variables; a remote server's are headers."""
    return "header" if isinstance(entry, HttpServer) else "env"


def values_of(entry: ServerEntry) -> dict[str, str]:
    return dict(entry.headers) if isinstance(entry, HttpServer) else dict(entry.env)


def secret_keys(entry: ServerEntry) -> list[str]:
    """The names of the entry's values kept in the password store (those mcp.json holds a reference for)."""
    return [key for key, value in values_of(entry).items() if value == SECRET_REFERENCE]


def raw_secret_keys(raw: Mapping[str, Any]) -> list[tuple[SecretKind, str]]:
    """The same, read from an entry's JSON (which may not parse): both `env` and `headers` are looked at."""
    found: list[tuple[SecretKind, str]] = []
    fields: tuple[tuple[SecretKind, str], ...] = (("env", "env"), ("header", "headers"))
    for kind, field in fields:
        values = raw.get(field)
        if isinstance(values, dict):
            found += [(kind, key) for key, value in values.items() if value == SECRET_REFERENCE]
    return found


def with_values(entry: ServerEntry, values: dict[str, str]) -> ServerEntry:
    if isinstance(entry, HttpServer):
        return dataclasses.replace(entry, headers=values)
    return dataclasses.replace(entry, env=values)


NO_STORE = "This computer has no password store, so Hearth keeps {what} only until it closes."
STORE_FAILED = "Hearth could not use this computer's password store, so it keeps {what} only until it closes."


def memory_only_sentence(why: MemoryOnly, what: str = "the secret values") -> str:
    """What to tell the person when secrets are kept in memory for this run only."""
    return (NO_STORE if why is MemoryOnly.NO_STORE else STORE_FAILED).format(what=what)


class McpSecrets:
    """The tool servers' secret values, each in its keyring slot. Safe to call from any thread; every call may talk
    to the OS password store (which can show a prompt), so the GUI calls it from a worker and the MCP host from a
    worker thread of its loop. The password store is looked for at the first call that needs it, so a host whose
    servers have no secrets never touches it. One instance is shared by whoever keeps and whoever fills secrets in a
    process (the window's Tools settings and its MCP host), so a secret kept in memory is found by both."""

    def __init__(self, backend: KeyringBackend | None = None, key_file: KeyFile | None = None) -> None:
        """`backend`: the password store to use (a test's); None: this computer's own, found when first needed."""
        self._given = backend
        self._file = key_file
        self._lock = threading.Lock()
        self._found = False
        self._backend: KeyringBackend | None = None
        self._slots: dict[str, KeyringSlot] = {}

    @property
    def memory_only(self) -> MemoryOnly | None:
        """Why a secret kept now would last for this run only (no password store, or it failed); None when the
        password store keeps them."""
        self._find()
        if self._backend is None:
            return MemoryOnly.NO_STORE
        with self._lock:
            failed = any(slot.memory_only is not None for slot in self._slots.values())
        return MemoryOnly.STORE_FAILED if failed else None

    def keep(self, server: str, kind: SecretKind, key: str, value: Secret) -> MemoryOnly | None:
        """Keep one secret value; says why when it is kept in memory for this run only."""
        slot = self._slot(server, kind, key)
        slot.set(value)
        return slot.memory_only

    def get(self, server: str, kind: SecretKind, key: str) -> Secret | None:
        return self._slot(server, kind, key).get()

    def forget(self, server: str, kind: SecretKind, key: str) -> None:
        """Remove one secret value (nothing kept is fine). A password store that refuses is logged, not raised:
        the server is gone from mcp.json either way, and the value is useless without it."""
        try:
            self._slot(server, kind, key).delete()
        except Exception as exc:
            log.warning("The password store failed to remove a tool server's secret (%s)", type(exc).__name__)

    def forget_entry(self, server: str, raw: Mapping[str, Any]) -> None:
        """Remove every secret value an entry of mcp.json refers to (when the server is removed)."""
        for kind, key in raw_secret_keys(raw):
            self.forget(server, kind, key)

    def put_away(self, entry: ServerEntry, keys: Collection[str]) -> tuple[ServerEntry, MemoryOnly | None]:
        """`entry` with the values named by `keys` kept here and a reference in their place in its `env` (or
        `headers`), and why they are kept in memory only, if they are."""
        values = values_of(entry)
        why: MemoryOnly | None = None
        for key in keys:
            value = values.get(key)
            if value is None or value == SECRET_REFERENCE:
                continue
            why = self.keep(entry.name, kind_of(entry), key, Secret(value)) or why
            values[key] = SECRET_REFERENCE
        return with_values(entry, values), why

    def fill(self, entry: ServerEntry) -> ServerEntry:
        """`entry` with each reference replaced by its secret value, for starting the server (never saved).
        Raises McpSecretMissing naming every value that is not there."""
        keys = secret_keys(entry)
        if not keys:
            return entry
        kind = kind_of(entry)
        values = values_of(entry)
        missing: list[str] = []
        for key in keys:
            secret = self.get(entry.name, kind, key)
            if secret:
                values[key] = secret.reveal()
            else:
                missing.append(key)
        if missing:
            raise self._missing(entry, missing)
        return with_values(entry, values)

    def _missing(self, entry: ServerEntry, missing: list[str]) -> McpSecretMissing:
        kind = kind_of(entry)
        many = len(missing) > 1
        if isinstance(entry, StdioServer):
            what = (
                say("Mcp", "variables", "mcp.secret-variables")
                if many
                else say("Mcp", "variable", "mcp.secret-variable")
            )
        else:
            what = say("Mcp", "headers", "mcp.secret-headers") if many else say("Mcp", "header", "mcp.secret-header")
        names = ", ".join(missing)
        why = self.memory_only
        if why is None:
            where = say("Mcp", "is not in this computer's password store", "mcp.secret-not-stored")
        elif why is MemoryOnly.NO_STORE:
            where = say(
                "Mcp",
                "was kept only until Hearth closed, since this computer has no password store",
                "mcp.secret-no-store",
            )
        else:
            where = say(
                "Mcp", "was kept only until Hearth closed, since the password store failed", "mcp.secret-store-failed"
            )
        example = f"{missing[0]}=…"
        return McpSecretMissing(
            say(
                "Mcp",
                "The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it "
                "again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.",
                "mcp.secret-missing",
            ).format(
                name=entry.name,
                what=what,
                names=names,
                where=where,
                quoted=quoted(entry.name),
                example=example,
            ),
            details=f"password store entries: {', '.join(_user(entry.name, kind, key) for key in missing)}",
        )

    def _find(self) -> None:
        with self._lock:
            if not self._found:
                self._backend = find_password_store(self._given)
                self._found = True

    def _slot(self, server: str, kind: SecretKind, key: str) -> KeyringSlot:
        self._find()
        user = _user(server, kind, key)
        with self._lock:
            slot = self._slots.get(user)
            if slot is None:
                if self._file is None:
                    self._file = KeyFile()
                slot = self._slots[user] = KeyringSlot(
                    user, self._backend, self._file, what="a tool server's secret", memory_after_failure=True
                )
            return slot

    def __repr__(self) -> str:
        kind = type(self._backend).__module__ if self._backend is not None else "not looked for or none"
        return f"McpSecrets({kind})"


def quoted(name: str) -> str:
    """A server's name as a shell word in a command a sentence suggests."""
    return f'"{name}"' if " " in name else name


def _user(server: str, kind: SecretKind, key: str) -> str:
    return f"mcp:{server}:{kind}:{key}"

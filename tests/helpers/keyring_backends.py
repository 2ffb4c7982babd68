"""Password stores for tests: no real OS keyring exists on the test machines, and a developer's own must never be
touched by a test. Each is a real `keyring` backend, so Hearth's code runs unchanged against it.

`FileKeyring` is for subprocess tests
(`PYTHON_KEYRING_BACKEND=tests.helpers.keyring_backends.FileKeyring`): it keeps its entries in the JSON file
named by `HEARTH_TEST_KEYRING_FILE`, which tests place outside HEARTH_HOME, standing in for the OS store that
lives outside Hearth's folders.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

FILE_ENV = "HEARTH_TEST_KEYRING_FILE"


class MemoryKeyring(KeyringBackend):
    priority = -10  # type: ignore[assignment]  # never chosen on its own: only where a test installs it

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LockedKeyring(KeyringBackend):
    """A store that exists but refuses every use, as a locked or dismissed keyring does."""

    priority = -10  # type: ignore[assignment]  # never chosen on its own: only where a test installs it

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")


class FileKeyring(KeyringBackend):
    priority = -10  # type: ignore[assignment]  # never chosen on its own: only where a test installs it

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            entries: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return entries

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not found")
        self.path.write_text(json.dumps(entries), encoding="utf-8")

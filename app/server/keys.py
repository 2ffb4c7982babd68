"""The local server's API key: made for the person, kept in the OS keyring (never in Hearth's files or logs).

`HEARTH_API_KEY` in the environment wins (headless machines, scripts). Otherwise the key is in its keyring slot
(app/keys/keyring_slot.py): without a usable keyring the key lives in memory for this session only, and the Settings
card says so and offers the key file (app/keys/key_file.py): only when the person chooses it is the key kept there,
where `hearth serve` and the next run find it. A store that fails is tried again at the next call.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from keyring.backend import KeyringBackend

from app.keys.key_file import KeyFile
from app.keys.keyring_slot import KeyringSlot, find_password_store
from app.keys.secret import Secret

USERNAME = "api-server-key"
ENV = "HEARTH_API_KEY"


def new_key() -> str:
    return f"hearth-{secrets.token_urlsafe(24)}"


class ApiKeyStore:
    def __init__(
        self,
        backend: KeyringBackend | None = None,
        environ: dict[str, str] | None = None,
        key_file: KeyFile | None = None,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        self._file = key_file if key_file is not None else KeyFile()
        self._slot = KeyringSlot(USERNAME, find_password_store(backend), self._file, what="the API key")

    @property
    def persistent(self) -> bool:
        """Whether a key made without the file outlives this run (a password store exists)."""
        return self._slot.memory_only is None

    password_store = persistent

    @property
    def in_file(self) -> bool:
        """Whether the key is kept in the key file (the person chose it)."""
        return self._slot.in_file

    @property
    def file_path(self) -> Path:
        return self._file.path

    def get(self) -> Secret | None:
        if value := self._environ.get(ENV, "").strip():
            return Secret(value)
        return self._slot.get()

    def create(self, *, keep_in_file: bool = False) -> Secret:
        """A new key, saved (replacing the old one wherever it was kept): shown to the person once. In the key file
        when the person chose it (`keep_in_file`), else in the password store, else in memory for this run."""
        key = Secret(new_key())
        self._slot.set(key, in_file=keep_in_file)
        return key

    def __repr__(self) -> str:
        return f"ApiKeyStore({self._slot.kind}, {self._file!r})"

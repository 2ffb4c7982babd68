"""The local server's API key: made for the person, kept in the OS keyring (never in Hearth's files or logs).

`HEARTH_API_KEY` in the environment wins (headless machines, scripts). Without a usable keyring the key lives in
memory for this session only, and the Settings card says so and offers the key file (app/key_file.py): only when
the person chooses it is the key kept there, where `hearth serve` and the next run find it.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.key_file import KeyFile
from app.secrets import SERVICE, Secret, _usable

log = logging.getLogger("hearth.server")
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
        self._memory: Secret | None = None
        self._file = key_file if key_file is not None else KeyFile()
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except Exception:  # a broken keyring configuration must not stop the server
                backend = None
        self._backend = backend if backend is not None and _usable(backend) else None

    @property
    def persistent(self) -> bool:
        """Whether a key made without the file outlives this run (a password store exists)."""
        return self._backend is not None

    password_store = persistent

    @property
    def in_file(self) -> bool:
        """Whether the key is kept in the key file (the person chose it)."""
        return self._file.has(USERNAME)

    @property
    def file_path(self) -> Path:
        return self._file.path

    def get(self) -> Secret | None:
        if value := self._environ.get(ENV, "").strip():
            return Secret(value)
        if self._memory is not None:
            return self._memory
        if kept := self._file.get(USERNAME):
            return Secret(kept)
        if self._backend is not None:
            try:
                stored = self._backend.get_password(SERVICE, USERNAME)
            except Exception as exc:
                log.warning("the password store could not be read (%s)", type(exc).__name__)
            else:
                if stored:
                    return Secret(stored)
        return None

    def create(self, *, keep_in_file: bool = False) -> Secret:
        """A new key, saved (replacing the old one wherever it was kept): shown to the person once. In the key file
        when the person chose it (`keep_in_file`), else in the password store, else in memory for this run."""
        key = Secret(new_key())
        if keep_in_file:
            self._file.set(USERNAME, key.reveal())
            self._memory = None
            self._forget_in_store()
            return key
        self._file.delete(USERNAME)
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE, USERNAME, key.reveal())
                self._memory = None
                return key
            except Exception as exc:
                log.warning("the password store could not save the API key (%s)", type(exc).__name__)
        self._memory = key
        return key

    def _forget_in_store(self) -> None:
        if self._backend is None:
            return
        try:
            self._backend.delete_password(SERVICE, USERNAME)
        except PasswordDeleteError:
            pass
        except Exception as exc:
            log.warning("the password store could not remove the old API key (%s)", type(exc).__name__)

    def __repr__(self) -> str:
        kind = type(self._backend).__module__ if self._backend is not None else "memory"
        return f"ApiKeyStore({kind}, {self._file!r})"

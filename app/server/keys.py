"""The local server's API key: made for the person, kept in the OS keyring (never in Hearth's files or logs).

`HEARTH_API_KEY` in the environment wins (headless machines, scripts). Without a usable keyring the key lives in
memory for this session only, and the Settings card says so.
"""

from __future__ import annotations

import logging
import os
import secrets

import keyring
from keyring.backend import KeyringBackend

from app.secrets import SERVICE, Secret, _usable

log = logging.getLogger("hearth.server")
USERNAME = "api-server-key"
ENV = "HEARTH_API_KEY"


def new_key() -> str:
    return f"hearth-{secrets.token_urlsafe(24)}"


class ApiKeyStore:
    def __init__(self, backend: KeyringBackend | None = None, environ: dict[str, str] | None = None) -> None:
        self._environ = os.environ if environ is None else environ
        self._memory: Secret | None = None
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except Exception:  # a broken keyring configuration must not stop the server
                backend = None
        self._backend = backend if backend is not None and _usable(backend) else None

    @property
    def persistent(self) -> bool:
        return self._backend is not None

    def get(self) -> Secret | None:
        if value := self._environ.get(ENV, "").strip():
            return Secret(value)
        if self._backend is not None:
            try:
                stored = self._backend.get_password(SERVICE, USERNAME)
            except Exception as exc:
                log.warning("the password store could not be read (%s)", type(exc).__name__)
            else:
                if stored:
                    return Secret(stored)
        return self._memory

    def create(self) -> Secret:
        """A new key, saved (replacing the old one): shown to the person once."""
        key = Secret(new_key())
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE, USERNAME, key.reveal())
                self._memory = None
                return key
            except Exception as exc:
                log.warning("the password store could not save the API key (%s)", type(exc).__name__)
        self._memory = key
        return key

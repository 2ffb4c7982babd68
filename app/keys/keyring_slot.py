"""One key in the OS password store (a keyring slot), with the in-memory fallback and the key file the person may
choose. The only module that talks to `keyring`.

Hearth's key owners (the Hugging Face token in app/secrets.py, the local server's key in app/server/keys.py, other
computers' keys in app/providers/registry.py) each keep a key in a `KeyringSlot`: the entry (SERVICE, username) of
the OS password store (Keychain on macOS, Credential Manager on Windows, the Secret Service or KWallet on Linux).
A slot keeps its key in one place at a time: in the key file when the person chose it (app/keys/key_file.py), else
in the password store, else in memory for this run only. Where no password store exists (a bare Linux box, a
container) or it fails when used (locked, refused, gone), the slot keeps the key in memory and says why
(`memory_only`); it never moves a key into the file by itself.

The owners differ in what a failure means, and each says so where it composes its slot: the token stops using a
store that failed once (`memory_after_failure`), so that the sentence telling where it is stays true; the other
keys try the store again at the next call. A store that refuses to delete raises to the owner, who decides whether
that is the person's problem.
"""

from __future__ import annotations

import enum
import logging
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordDeleteError

from app.keys.key_file import KeyFile
from app.keys.secret import Secret

__all__ = ["SERVICE", "KeyringSlot", "MemoryOnly", "find_password_store"]

log = logging.getLogger(__name__)

SERVICE = "Hearth"  # every key Hearth keeps is an entry of this service, under its owner's username


class MemoryOnly(enum.Enum):
    """Why a slot keeps what it is given in memory, for this run only."""

    NO_STORE = "no password store"  # this computer has none (or keyring could not load one)
    STORE_FAILED = "the password store failed"  # it failed when used, and the slot stopped using it


def find_password_store(backend: KeyringBackend | None = None) -> KeyringBackend | None:
    """The OS password store to use: `backend` where given (a test's), else keyring's own; None where there is none.

    keyring says "none" with its `fail` and `null` backends, or a chain of no backends; a broken keyring
    configuration raises, and must not stop Hearth."""
    if backend is None:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:
            log.warning("No password store could be loaded (%s)", type(exc).__name__)
            return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def store_name(backend: KeyringBackend) -> str:
    """The password store as the person knows it, for a sentence telling where a key is."""
    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        backend = backend.backends[0]  # the chain writes to its first (highest-priority) store
    module = type(backend).__module__
    if "macOS" in module:
        return "the macOS Keychain"
    if "Windows" in module:
        return "Windows Credential Manager"
    if "SecretService" in module or "libsecret" in module:
        return "your system keyring"
    if "kwallet" in module:
        return "KDE Wallet"
    return f"this computer's password store ({backend.name})"


class KeyringSlot:
    """One key: the password store's entry (SERVICE, `username`), its entry in the key file, and its copy in memory.
    Safe to call from any thread; every call may talk to the OS password store (which can show a prompt), so the
    GUI calls it from a worker."""

    def __init__(
        self,
        username: str,
        backend: KeyringBackend | None,
        key_file: KeyFile,
        *,
        what: str,
        memory_after_failure: bool = False,
    ) -> None:
        """`backend` is what `find_password_store` found (None: there is none); `what` names the key in log lines
        ("the Hugging Face token"). With `memory_after_failure`, a store that fails once is not used again this
        run; without it, every call tries the store again."""
        self.username = username
        self._backend = backend
        self._file = key_file
        self._what = what
        self._memory_after_failure = memory_after_failure
        self._lock = threading.Lock()
        self._memory: Secret | None = None
        self._failed = False

    @property
    def memory_only(self) -> MemoryOnly | None:
        """Why a key given without the file is kept in memory for this run only; None while the password store
        keeps it."""
        with self._lock:
            if self._backend is None:
                return MemoryOnly.NO_STORE
            return MemoryOnly.STORE_FAILED if self._failed else None

    @property
    def store_name(self) -> str:
        """The password store in use, as the person knows it ("" where none is)."""
        with self._lock:
            store = self._store()
        return store_name(store) if store is not None else ""

    @property
    def kind(self) -> str:
        """The password store's module, or "memory": for the owners' reprs."""
        with self._lock:
            store = self._store()
        return type(store).__module__ if store is not None else "memory"

    @property
    def in_file(self) -> bool:
        """Whether the key is kept in the key file (the person chose it)."""
        return self._file.has(self.username)

    def get(self) -> Secret | None:
        """The key given last: in memory for this run, else in the key file, else in the password store (each `set`
        keeps it in one of them only). A store that fails to read gives None."""
        with self._lock:
            if self._memory is not None:
                return self._memory
            if value := self._file.get(self.username):
                return Secret(value)
            store = self._store()
            if store is None:
                return None
            try:
                stored = store.get_password(SERVICE, self.username)
            except Exception as exc:
                self._fall_back("read", exc)
                return None
            return Secret(stored) if stored else None

    def set(self, secret: Secret, *, in_file: bool = False) -> None:
        """Keep `secret`: in the key file when the person chose it (`in_file`), else in the password store, else in
        memory for this run. It replaces the key wherever the one before was kept."""
        with self._lock:
            if in_file:
                self._file.set(self.username, secret.reveal())
                self._memory = None
                self._forget_in_store()
                return
            self._file.delete(self.username)
            store = self._store()
            if store is not None:
                try:
                    store.set_password(SERVICE, self.username, secret.reveal())
                except Exception as exc:
                    self._fall_back("save", exc, secret)
                else:
                    self._memory = None
                    log.info("Saved %s in the password store", self._what)
                    return
            self._memory = secret
            log.info("Keeping %s in memory for this run", self._what)

    def delete(self) -> None:
        """Forget the key: in memory, in the key file and in the password store (nothing kept is fine). Raises what
        the password store raised when it refused; the owner decides whether the person hears of it."""
        with self._lock:
            self._memory = None
            self._file.delete(self.username)
            if self._delete_in_store():
                log.info("Removed %s from the password store", self._what)

    def _store(self) -> KeyringBackend | None:
        """The password store while it is used (call with the lock held)."""
        return None if self._failed else self._backend

    def _delete_in_store(self) -> bool:
        """True when the password store held the key and removed it; raises what it raised on a refusal."""
        store = self._store()
        if store is None:
            return False
        try:
            store.delete_password(SERVICE, self.username)
        except PasswordDeleteError:
            return False  # nothing was stored
        return True

    def _forget_in_store(self) -> None:
        """The password store's copy goes when the key moves to the file (best effort: the file's is read first)."""
        try:
            self._delete_in_store()
        except Exception as exc:
            log.warning("The password store failed to remove the old copy of %s (%s)", self._what, type(exc).__name__)

    def _fall_back(self, action: str, exc: Exception, secret: Secret | None = None) -> None:
        detail = secret.scrub(str(exc)) if secret else str(exc)
        if self._memory_after_failure:
            self._failed = True
        log.warning(
            "The password store failed to %s %s (%s: %s)%s",
            action,
            self._what,
            type(exc).__name__,
            detail,
            "; it is kept in memory for this run" if self._memory_after_failure else "",
        )

    def __repr__(self) -> str:
        return f"KeyringSlot({self.username!r}, {self.kind}, {self._file!r})"

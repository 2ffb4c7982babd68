"""Keys kept in a file that only the person can read, for a computer with no password store, by their choice only.

A headless Linux machine or a container has no OS password store, so a key given to Hearth there lasts only until
Hearth closes. Where the person asks for it (`--store-key-in-file`, `--store-token-in-file`, or the "Keep … in a
file" boxes in Settings), `KeyFile` keeps the key in `keys.json` in Hearth's config folder instead, as
`huggingface-cli` keeps its token in `~/.cache/huggingface/token` and `gh` its hosts file: readable and writable by
the person's account only (mode 0600 from the moment it exists: each write goes to a new file created with that
mode, then takes the real name with `os.replace`). The keys in it are plain text to whoever can read the person's
files (an administrator, a backup), which is why Hearth never chooses the file by itself.

One file serves every key owner (the Hugging Face token, other computers' keys, the local server's own key), each
entry under the name the owner also uses in the password store. Values never reach a log line or a repr.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import stat
import threading
from pathlib import Path

from app import paths

__all__ = ["FILE_NAME", "KeyFile"]

log = logging.getLogger(__name__)

FILE_NAME = "keys.json"
MODE = 0o600  # read and write for the person's account; nothing for the group or anyone else


class KeyFile:
    """`keys.json` in Hearth's config folder (HEARTH_HOME moves it with the rest). Safe to use from any thread;
    every call reads the file again, so a key another process kept meanwhile is found."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.resolve().config / FILE_NAME
        self._lock = threading.Lock()

    def get(self, entry: str) -> str | None:
        with self._lock:
            return self._load().get(entry) or None

    def has(self, entry: str) -> bool:
        return self.get(entry) is not None

    def set(self, entry: str, value: str) -> None:
        if not value:
            raise ValueError("an empty key is not kept")
        with self._lock:
            keys = self._load()
            keys[entry] = value
            self._write(keys)
        log.info("A key (%s) was kept in %s, by the person's choice", entry, self.path)

    def delete(self, entry: str) -> bool:
        """Forget `entry`; True when it was there. The file goes once it holds no key."""
        with self._lock:
            keys = self._load()
            if keys.pop(entry, None) is None:
                return False
            if keys:
                self._write(keys)
            else:
                self.path.unlink(missing_ok=True)
        log.info("A key (%s) was removed from %s", entry, self.path)
        return True

    def _load(self) -> dict[str, str]:
        try:
            with self.path.open(encoding="utf-8") as handle:
                self._keep_private(handle.fileno())
                raw = json.load(handle)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # never quote the content: it may hold keys
            log.warning("%s could not be read (%s); keeping it as .bad", self.path, type(exc).__name__)
            self._set_aside()
            return {}
        keys = raw.get("keys") if isinstance(raw, dict) else None
        if not isinstance(keys, dict):
            log.warning("%s is not a key file Hearth wrote; keeping it as .bad", self.path)
            self._set_aside()
            return {}
        return {name: value for name, value in keys.items() if isinstance(name, str) and isinstance(value, str)}

    def _keep_private(self, fd: int) -> None:
        """A file someone opened up to others (chmod) is made private again before it is used."""
        if os.name != "posix":
            return
        mode = stat.S_IMODE(os.fstat(fd).st_mode)
        if mode & 0o077:
            log.warning("%s could be read by others (mode %o); it is private again (0600)", self.path, mode)
            os.fchmod(fd, MODE)

    def _write(self, keys: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}-{secrets.token_hex(6)}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(temp, flags, MODE)  # private from its first byte: never a moment readable by others
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                if os.name == "posix":
                    os.fchmod(handle.fileno(), MODE)  # exactly 0600, whatever the umask took away
                json.dump({"keys": keys}, handle, indent=2)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def _set_aside(self) -> None:
        try:
            os.replace(self.path, self.path.with_name(self.path.name + ".bad"))  # os.replace keeps the mode
        except OSError:
            pass

    def __repr__(self) -> str:
        return f"KeyFile({str(self.path)!r})"

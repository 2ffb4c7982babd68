"""Prompt states kept on disk, so coming back to yesterday's long conversation does not read it all again.

The memory cache (app/host/prompt_cache.py) forgets everything when Hearth closes and lets old states go when it is
full. States of at least `MIN_TOKENS` tokens therefore spill here when they leave memory, and the most recent ones
when the host closes: one file per conversation (a longer state of the same conversation replaces the shorter one),
written by one background thread so no reply waits for the disk. A state is written when it would otherwise be lost,
not after every reply: a 7B model's state of a long conversation is hundreds of megabytes.

A state is only good for the very model file, load settings and engine build that made it: each model's states sit
in a folder named by a hash of that identity, and each file repeats the identity and a SHA-256 of its bytes, checked
before the state is given back (llama.cpp checks the layout again when it restores). Files are written to a temporary
name and renamed, so a crash or a full disk never leaves half a state; a write that fails is logged and dropped.

The folder is bounded (the person's prompt-cache size, the same as in memory): the least recently used files go first,
across every model's folder, and nothing is written when the disk would keep less than `FREE_SPACE_FLOOR` free.
Short prompts are not written: reading a few hundred tokens again takes moments.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt

from app.engines.llama.prompt_state import SavedPrompt, common_prefix, covers

__all__ = ["FREE_SPACE_FLOOR", "MIN_TOKENS", "DiskPrompts", "PromptDisk", "PromptDiskStats"]

log = logging.getLogger(__name__)

MIN_TOKENS = 512
FREE_SPACE_FLOOR = 1024**3  # a cache never takes the last GiB of the disk
MAGIC = b"HEARTH-PROMPT-STATE 1\n"
SUFFIX = ".state"
# States waiting for the writer: with more, the oldest waiting is dropped, so memory never waits long on the disk
# (a cache may lose a state; nothing else is lost).
PENDING_MAX = 4


@dataclass(frozen=True)
class PromptDiskStats:
    entries: int
    bytes: int


@dataclass(frozen=True)
class _Entry:
    path: Path
    tokens: npt.NDArray[np.intc]
    canonical: int


def identity_name(identity: Mapping[str, object]) -> str:
    """The folder name of a model's states: a hash of everything a state depends on."""
    return hashlib.sha256(_identity_json(identity).encode()).hexdigest()[:32]


def _identity_json(identity: Mapping[str, object]) -> str:
    return json.dumps(identity, sort_keys=True, default=str)


class PromptDisk:
    """Every model's states on disk under one folder and one size limit, and the one thread that writes them."""

    def __init__(self, folder: Path, limit_bytes: int) -> None:
        self.folder = folder
        self._limit = max(limit_bytes, 0)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._pending: list[tuple[DiskPrompts, SavedPrompt]] = []
        self._writing = False
        self._closed = False
        self._writer: threading.Thread | None = None
        self._shares: dict[str, DiskPrompts] = {}

    # ---- what the host asks
    def share(self, identity: Mapping[str, object]) -> DiskPrompts:
        """One model's states (read from its folder the first time it is asked for)."""
        name = identity_name(identity)
        with self._lock:
            if name not in self._shares:
                self._shares[name] = DiskPrompts(self, self.folder / name, _identity_json(identity))
            return self._shares[name]

    def set_limit(self, limit_bytes: int) -> None:
        """Hold at most this much on disk from now on (0: nothing; the files go now)."""
        with self._lock:
            self._limit = max(limit_bytes, 0)
            if not self._limit:
                self._pending.clear()
        self._trim()

    def stats(self) -> PromptDiskStats:
        files = self._files()
        return PromptDiskStats(len(files), sum(size for _, size, _ in files))

    def flush(self) -> None:
        """Wait until every state offered so far is written (or dropped)."""
        with self._wake:
            self._wake.wait_for(lambda: not self._pending and not self._writing)

    def close(self) -> None:
        """Write what is waiting, then stop the writer (the host closes it after its last reply)."""
        with self._wake:
            self._closed = True
            self._wake.notify_all()
            writer = self._writer
        if writer is not None:
            writer.join()

    # ---- the writer
    def _offer(self, share: DiskPrompts, saved: SavedPrompt) -> None:
        with self._wake:
            if self._closed or saved.nbytes > self._limit:
                return
            self._pending = [(s, p) for s, p in self._pending if s is not share or not covers(saved, p)]
            self._pending.append((share, saved))
            del self._pending[:-PENDING_MAX]
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_loop, name="hearth-prompt-disk", daemon=True)
                self._writer.start()
            self._wake.notify_all()

    def _write_loop(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return
                share, saved = self._pending.pop(0)
                self._writing = True
            try:
                share._write(saved)
                self._trim()
            finally:
                with self._wake:
                    self._writing = False
                    self._wake.notify_all()

    def _room_for(self, nbytes: int) -> bool:
        with self._lock:
            if nbytes > self._limit:
                return False
        existing = next((folder for folder in (self.folder, *self.folder.parents) if folder.exists()), self.folder)
        try:
            free = shutil.disk_usage(existing).free  # the disk it will be written to, made or not yet
        except OSError:
            return False
        return free - nbytes >= FREE_SPACE_FLOOR

    def _files(self) -> list[tuple[float, int, Path]]:
        """(last used, size, path) of every state file, every model's."""
        found: list[tuple[float, int, Path]] = []
        for path in self.folder.glob(f"*/*{SUFFIX}"):
            with contextlib.suppress(OSError):
                info = path.stat()
                found.append((info.st_mtime, info.st_size, path))
        return found

    def _trim(self) -> None:
        """Remove the least recently used files until the folder is within the limit."""
        with self._lock:
            limit = self._limit
        files = sorted(self._files())
        total = sum(size for _, size, _ in files)
        for _, size, path in files:
            if total <= limit:
                break
            self._forget_file(path)
            total -= size

    def _forget_file(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
        with self._lock:
            shares = list(self._shares.values())
        for share in shares:
            share._forget(path)


class DiskPrompts:
    """One model identity's states on disk: found by their tokens, read back checked."""

    def __init__(self, disk: PromptDisk, folder: Path, identity: str) -> None:
        self._disk = disk
        self._folder = folder
        self._identity = identity
        self._lock = threading.Lock()
        self._entries: list[_Entry] | None = None  # read on first use

    def offer(self, saved: SavedPrompt) -> None:
        """Write this state in the background if it is long enough to be worth it (it is leaving memory, or the
        host is closing)."""
        if len(saved.tokens) >= MIN_TOKENS:
            self._disk._offer(self, saved)

    def find(
        self, tokens: npt.NDArray[np.intc], *, better_than: tuple[int, int] = (0, 0)
    ) -> tuple[SavedPrompt, int] | None:
        """The state on disk sharing the longest start with `tokens` (its checks passed), and that start's length;
        None unless its (shared start, canonical cells) beat `better_than` (what memory has already)."""
        ranked = sorted(
            ((common_prefix(e.tokens, tokens), e.canonical, e) for e in self._read_index()),
            key=lambda item: (item[0], item[1]),
            reverse=True,
        )
        for shared, canonical, entry in ranked:
            if not shared or (shared, canonical) <= better_than:
                return None
            saved = self._load(entry)
            if saved is not None:
                return saved, shared
        return None

    # ---- the files
    def _read_index(self) -> list[_Entry]:
        with self._lock:
            if self._entries is None:
                self._entries = []
                for path in sorted(self._folder.glob(f"*{SUFFIX}")):
                    entry = self._read_head(path)
                    if entry is not None:
                        self._entries.append(entry)
                for stale in self._folder.glob("*.tmp"):  # a write cut short by a crash
                    with contextlib.suppress(OSError):
                        stale.unlink()
            return list(self._entries)

    def _read_head(self, path: Path) -> _Entry | None:
        try:
            with path.open("rb") as file:
                head = _read_header(file)
                if head is None or head.get("identity") != self._identity:
                    return None
                count = int(head["tokens"])
                tokens = np.frombuffer(file.read(count * 4), dtype="<i4").astype(np.intc)
                if len(tokens) != count:
                    return None
                return _Entry(path, tokens, int(head["canonical"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.info("a saved prompt state was not read (%s): %s", path.name, exc)
            return None

    def _load(self, entry: _Entry) -> SavedPrompt | None:
        try:
            with entry.path.open("rb") as file:
                head = _read_header(file)
                if head is None or head.get("identity") != self._identity:
                    raise ValueError("not a state of this model")
                file.seek(len(entry.tokens) * 4, os.SEEK_CUR)
                data = file.read()
            if hashlib.sha256(data).hexdigest() != head.get("sha256"):
                raise ValueError("its bytes do not match their checksum")
            os.utime(entry.path)  # recently used: the last to go
        except (OSError, ValueError) as exc:
            log.warning("a saved prompt state on disk was dropped (%s): %s", entry.path.name, exc)
            self._disk._forget_file(entry.path)
            return None
        return SavedPrompt(entry.tokens, entry.canonical, data)

    def _write(self, saved: SavedPrompt) -> None:
        if not self._disk._room_for(saved.nbytes):
            log.info("a prompt state of %d tokens was not written to disk: no room", len(saved.tokens))
            return
        name = hashlib.sha256(saved.tokens.astype("<i4").tobytes()).hexdigest()[:32]
        path = self._folder / f"{name}{SUFFIX}"
        temporary = path.with_suffix(".tmp")
        head = {
            "identity": self._identity,
            "tokens": len(saved.tokens),
            "canonical": saved.canonical,
            "sha256": hashlib.sha256(saved.data).hexdigest(),
        }
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as file:
                file.write(MAGIC)
                file.write(json.dumps(head).encode() + b"\n")
                file.write(saved.tokens.astype("<i4").tobytes())
                file.write(saved.data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except OSError as exc:  # a full or read-only disk: the state stays in memory only
            log.warning("a prompt state could not be written to disk: %s", exc)
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        entries = self._read_index()
        covered = [e for e in entries if e.path != path and covers(saved, SavedPrompt(e.tokens, e.canonical, b""))]
        for old in covered:  # the same conversation, shorter: this file holds the same cells and more
            self._disk._forget_file(old.path)
        with self._lock:
            assert self._entries is not None
            self._entries = [e for e in self._entries if e.path != path]
            self._entries.append(_Entry(path, saved.tokens, saved.canonical))

    def _forget(self, path: Path) -> None:
        with self._lock:
            if self._entries is not None:
                self._entries = [e for e in self._entries if e.path != path]


def _read_header(file: BinaryIO) -> dict[str, Any] | None:
    if file.read(len(MAGIC)) != MAGIC:
        return None
    head = json.loads(file.readline(1 << 20))
    return head if isinstance(head, dict) else None

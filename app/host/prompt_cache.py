"""The model host's prompt-state cache: the KV states saved after replies, for every client at once.

Chat, Compare, Documents, prompt-set runs, the API server and the CLI all reply through the one host, so one cache
serves them all: after a reply the engine saves the sequence's state (app/engines/llama/prompt_state.py) and before
a prompt it asks here for the saved state sharing the longest start with it. Each loaded model has its own share
(`for_model`); a model's states go when it is unloaded. Least recently used states leave first when the cache is
over its size, which the host sets from what its memory budget leaves beside the loaded models (never more than the
person's setting), so the cache gives way before a model has to.

States leaving memory (least recently used, memory short, the model unloaded) spill to disk when they are long
enough (app/host/prompt_disk.py), and so do the most recently used when the host closes: a state is written once,
when it would otherwise be lost, not after every reply.

Each model's states sit in a trie of token blocks (app/host/token_trie.py, after SGLang's radix tree), so a lookup
walks the prompt's blocks instead of comparing it with every state. A state whose tokens are the start of a newer
one (the same conversation one turn earlier) is dropped when the newer one is kept: the newer holds the same cells
and more.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.engines.llama.prompt_state import SavedPrompt, covers
from app.host.prompt_disk import DiskPrompts
from app.host.token_trie import TokenTrie
from app.paths import HearthPaths

__all__ = ["DEFAULT_PROMPT_CACHE_BYTES", "PromptCache", "PromptCacheStats", "prompt_states_folder", "setting_bytes"]

DEFAULT_PROMPT_CACHE_BYTES = 2 * 1024**3  # Settings.prompt_cache_mb's default; the memory budget may allow less


def prompt_states_folder(hearth_paths: HearthPaths) -> Path:
    """Where the states that outlive the process are kept (app/host/prompt_disk.py)."""
    return hearth_paths.cache / "prompt-states"


def setting_bytes(megabytes: int) -> int:
    """The cache's size for the setting `prompt_cache_mb` (0 or less: off)."""
    return max(megabytes, 0) * 1024 * 1024


@dataclass(frozen=True)
class PromptCacheStats:
    entries: int
    tokens: int
    bytes: int
    limit_bytes: int  # what it may hold now: the setting, or less when the memory budget leaves less
    disk_entries: int = 0  # states kept on disk for after a restart (app/host/prompt_disk.py)
    disk_bytes: int = 0


class PromptCache:
    def __init__(
        self, limit_bytes: int = DEFAULT_PROMPT_CACHE_BYTES, *, memory_left: Callable[[], int] | None = None
    ) -> None:
        """`limit_bytes` is the most it may hold (0: off). `memory_left` says how much the machine can still give
        without swapping (the host's: free memory less the safety margin the verdicts keep), asked before each state
        is kept: other programs may have taken what the budget counted on since it was measured."""
        self._memory_left = memory_left
        self._lock = threading.Lock()
        self._entries: OrderedDict[int, tuple[Hashable, SavedPrompt]] = OrderedDict()  # least recently used first
        self._tries: dict[Hashable, TokenTrie] = {}  # each model's states by their tokens
        self._used: dict[int, int] = {}  # when each state was last kept or found (the most recent wins a tie)
        self._disks: dict[Hashable, DiskPrompts] = {}  # where each model's states spill
        self._on_disk: set[int] = set()  # states read back from disk: there already
        self._next_id = 0
        self._bytes = 0
        self._limit = max(limit_bytes, 0)

    def for_model(self, model: Hashable) -> ModelPrompts:
        """One model's share: what its engine keeps and finds (app/engines/llama/prompt_state.PromptStates)."""
        return ModelPrompts(self, model)

    def set_limit(self, limit_bytes: int) -> None:
        """Hold at most this much from now on (0: nothing); the least recently used states go at once."""
        with self._lock:
            self._limit = max(limit_bytes, 0)
            self._shrink()

    def drop(self, model: Hashable) -> None:
        """Forget a model's states (it was unloaded: they cannot be restored into another context); the long ones
        spill to disk first."""
        with self._lock:
            for key in list(self._tries.pop(model, TokenTrie()).keys()):
                self._remove(key, spill=True)
            self._disks.pop(model, None)

    def clear(self, *, spill_recent: int = 0) -> None:
        """Forget every state, after sending the `spill_recent` most recently used to disk (the host is closing)."""
        with self._lock:
            for key in list(reversed(self._entries))[:spill_recent]:
                self._spill(key)
            self._entries.clear()
            self._tries.clear()
            self._used.clear()
            self._on_disk.clear()
            self._bytes = 0

    def spill_all(self) -> None:
        """Send every state not on disk yet to disk, keeping it in memory too."""
        with self._lock:
            for key in list(self._entries):
                self._spill(key)

    def stats(self) -> PromptCacheStats:
        with self._lock:
            tokens = sum(len(saved.tokens) for _, saved in self._entries.values())
            return PromptCacheStats(len(self._entries), tokens, self._bytes, self._limit)

    def find(self, model: Hashable, tokens: npt.NDArray[np.intc]) -> tuple[SavedPrompt, int] | None:
        with self._lock:
            trie = self._tries.get(model)
            candidates = trie.best(tokens) if trie is not None else {}
            if not candidates:
                return None
            key = max(candidates, key=lambda k: (candidates[k], self._entries[k][1].canonical, self._used[k]))
            self._touch(key)
            return self._entries[key][1], candidates[key]

    def takes(self, nbytes: int) -> bool:
        """Whether a state this large may be kept; when it may, the least recently used states go now, before it is
        copied out of llama.cpp, so the cache never holds more than its limit even for a moment."""
        with self._lock:
            if nbytes > self._limit:
                return False
            while self._entries and self._bytes + nbytes > self._limit:
                self._remove(next(iter(self._entries)), spill=True)
            if self._memory_left is None:
                return True
            left = self._memory_left()
            while self._entries and left < nbytes:  # the machine is short: older states give their memory back
                left += self._remove(next(iter(self._entries)), spill=True)
            return left >= nbytes

    def keep(self, model: Hashable, saved: SavedPrompt, *, on_disk: bool = False) -> None:
        with self._lock:
            if saved.nbytes > self._limit:
                return
            trie = self._tries.setdefault(model, TokenTrie())
            for key in trie.prefixes_of(saved.tokens):
                if covers(saved, self._entries[key][1]):  # an earlier turn: the new state holds its cells and more
                    self._remove(key, spill=False)
            key, self._next_id = self._next_id, self._next_id + 1
            self._entries[key] = (model, saved)
            if on_disk:
                self._on_disk.add(key)
            trie = self._tries.setdefault(model, TokenTrie())  # the removals may have dropped an emptied one
            trie.add(key, saved.tokens)
            self._touch(key)
            self._bytes += saved.nbytes
            self._shrink()

    def _set_disk(self, model: Hashable, disk: DiskPrompts) -> None:
        with self._lock:
            self._disks[model] = disk

    def _touch(self, key: int) -> None:
        self._entries.move_to_end(key)
        self._used[key] = self._next_id
        self._next_id += 1

    def _spill(self, key: int) -> None:
        model, saved = self._entries[key]
        disk = self._disks.get(model)
        if disk is not None and key not in self._on_disk:
            disk.offer(saved)
            self._on_disk.add(key)

    def _remove(self, key: int, *, spill: bool) -> int:
        if spill:
            self._spill(key)
        model, saved = self._entries.pop(key)
        self._used.pop(key, None)
        self._on_disk.discard(key)
        trie = self._tries.get(model)
        if trie is not None and key in trie:
            trie.remove(key)
            if not len(trie):
                del self._tries[model]
        self._bytes -= saved.nbytes
        return saved.nbytes

    def _shrink(self) -> None:
        while self._bytes > self._limit and self._entries:
            self._remove(next(iter(self._entries)), spill=True)


class ModelPrompts:
    """One model's states in the host's cache, spilling to disk once the host says where."""

    def __init__(self, cache: PromptCache, model: Hashable) -> None:
        self._cache = cache
        self._model = model
        self._disk: DiskPrompts | None = None

    def find(self, tokens: npt.NDArray[np.intc], *, held: tuple[int, int] = (0, 0)) -> tuple[SavedPrompt, int] | None:
        """Memory's best, or the disk's when it shares a longer start than memory's and the context's (`held`): a
        conversation from before a restart, or one memory let go; that one is read back and kept in memory again."""
        found = self._cache.find(self._model, tokens)
        if self._disk is None:
            return found
        better_than = max(held, (found[1], found[0].canonical) if found else (0, 0))
        on_disk = self._disk.find(tokens, better_than=better_than)
        if on_disk is None:
            return found
        if self._cache.takes(on_disk[0].nbytes):
            self._cache.keep(self._model, on_disk[0], on_disk=True)
        return on_disk

    def use_disk(self, disk: DiskPrompts) -> None:
        """Spill this model's states to disk and find them there too (known once the model is loaded: its identity
        is how it was loaded)."""
        self._disk = disk
        self._cache._set_disk(self._model, disk)

    def keep(self, saved: SavedPrompt) -> None:
        self._cache.keep(self._model, saved)

    def takes(self, nbytes: int) -> bool:
        return self._cache.takes(nbytes)

"""The model host's prompt-state cache: the KV states saved after replies, for every client at once.

Chat, Compare, Documents, prompt-set runs, the API server and the CLI all reply through the one host, so one cache
serves them all: after a reply the engine saves the sequence's state (app/engines/llama/prompt_state.py) and before
a prompt it asks here for the saved state sharing the longest start with it. Each loaded model has its own share
(`for_model`); a model's states go when it is unloaded. Least recently used states leave first when the cache is
over its size, which the host sets from what its memory budget leaves beside the loaded models (never more than the
person's setting), so the cache gives way before a model has to.

The lookup is a scan over the model's states comparing token arrays (numpy): a few dozen states of a few thousand
tokens take well under a millisecond. A state whose tokens are the start of a newer one (the same conversation one
turn earlier) is dropped when the newer one is kept: the newer holds the same cells and more.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.engines.llama.prompt_state import SavedPrompt, common_prefix, covers
from app.host.prompt_disk import DiskPrompts

__all__ = ["DEFAULT_PROMPT_CACHE_BYTES", "PromptCache", "PromptCacheStats", "setting_bytes"]

DEFAULT_PROMPT_CACHE_BYTES = 2 * 1024**3  # Settings.prompt_cache_mb's default; the memory budget may allow less


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
    def __init__(self, limit_bytes: int = DEFAULT_PROMPT_CACHE_BYTES) -> None:
        """`limit_bytes` is the most it may hold (0: off)."""
        self._lock = threading.Lock()
        self._entries: OrderedDict[int, tuple[Hashable, SavedPrompt]] = OrderedDict()  # least recently used first
        self._next_id = 0
        self._bytes = 0
        self._limit = max(limit_bytes, 0)

    def for_model(self, model: Hashable) -> ModelPrompts:
        """One model's share: what its engine keeps and finds (app/engines/llama/prompt_state.PromptStates)."""
        return ModelPrompts(self, model, None)

    def set_limit(self, limit_bytes: int) -> None:
        """Hold at most this much from now on (0: nothing); the least recently used states go at once."""
        with self._lock:
            self._limit = max(limit_bytes, 0)
            self._shrink()

    def drop(self, model: Hashable) -> None:
        """Forget a model's states (it was unloaded: they cannot be restored into another context)."""
        with self._lock:
            for key in [k for k, (owner, _) in self._entries.items() if owner == model]:
                self._remove(key)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def stats(self) -> PromptCacheStats:
        with self._lock:
            tokens = sum(len(saved.tokens) for _, saved in self._entries.values())
            return PromptCacheStats(len(self._entries), tokens, self._bytes, self._limit)

    def find(self, model: Hashable, tokens: npt.NDArray[np.intc]) -> tuple[SavedPrompt, int] | None:
        best: tuple[int, SavedPrompt, int] | None = None
        with self._lock:
            for key, (owner, saved) in reversed(self._entries.items()):  # the most recent wins a tie
                if owner != model:
                    continue
                shared = common_prefix(saved.tokens, tokens)
                if shared and (best is None or (shared, saved.canonical) > (best[2], best[1].canonical)):
                    best = (key, saved, shared)
            if best is None:
                return None
            self._entries.move_to_end(best[0])
        return best[1], best[2]

    def takes(self, nbytes: int) -> bool:
        """Whether a state this large may be kept; when it may, the least recently used states go now, before it is
        copied out of llama.cpp, so the cache never holds more than its limit even for a moment."""
        with self._lock:
            if nbytes > self._limit:
                return False
            while self._entries and self._bytes + nbytes > self._limit:
                self._remove(next(iter(self._entries)))
            return True

    def keep(self, model: Hashable, saved: SavedPrompt) -> None:
        with self._lock:
            if saved.nbytes > self._limit:
                return
            for key in [k for k, (owner, old) in self._entries.items() if owner == model and covers(saved, old)]:
                self._remove(key)
            self._entries[self._next_id] = (model, saved)
            self._next_id += 1
            self._bytes += saved.nbytes
            self._shrink()

    def _remove(self, key: int) -> None:
        _, saved = self._entries.pop(key)
        self._bytes -= saved.nbytes

    def _shrink(self) -> None:
        while self._bytes > self._limit and self._entries:
            self._remove(next(iter(self._entries)))


class ModelPrompts:
    """One model's states in the host's cache, and on disk when the host keeps them there."""

    def __init__(self, cache: PromptCache, model: Hashable, disk: DiskPrompts | None) -> None:
        self._cache = cache
        self._model = model
        self._disk = disk

    def find(self, tokens: npt.NDArray[np.intc]) -> tuple[SavedPrompt, int] | None:
        """Memory's best, or the disk's when it shares a longer start (a conversation from before a restart, or one
        memory let go): that one is read back and kept in memory again."""
        found = self._cache.find(self._model, tokens)
        if self._disk is None:
            return found
        on_disk = self._disk.find(tokens, better_than=(found[1], found[0].canonical) if found else (0, 0))
        if on_disk is None:
            return found
        self._cache.keep(self._model, on_disk[0])
        return on_disk

    def use_disk(self, disk: DiskPrompts) -> None:
        """Keep and find this model's states on disk too (known once the model is loaded: its identity is how it
        was loaded)."""
        self._disk = disk

    def keep(self, saved: SavedPrompt) -> None:
        self._cache.keep(self._model, saved)
        if self._disk is not None:
            self._disk.offer(saved)

    def takes(self, nbytes: int) -> bool:
        return self._cache.takes(nbytes)

"""A sequence's KV state saved after a reply and restored before a later prompt, so a long conversation is not read
again when someone comes back to it (the model host keeps the states: app/host/prompt_cache.py).

Exactness is the point, and it has two sides:
- Coming back to a conversation after a detour gives the same logits, bit for bit, as if it had never been left:
  the saved cells are llama.cpp's own bytes (`llama_state_seq_get_data`), and restoring them (`..._set_data`) into
  an emptied cache puts them where they were, so the rest of the prompt is read exactly as it would have been.
- A prompt that only shares the start of an earlier *prompt* (the same system prompt and tools, another question)
  gives the logits reading it from scratch gives. llama.cpp rounds a token's numbers differently depending on which
  micro-batch it is read in, so reusing a prefix that ends anywhere and reading the rest from there changed a greedy
  reply (seen: "Apple" alone, "The red fruit is orange" after a similar question). Every cell that came from a
  prompt read whose micro-batches started at multiples of the read's grain is "canonical": reading from scratch
  computes it the same way. Reuse inside the canonical cells stops at a multiple of the grain (`reuse_point`), and
  the rest is then read in the same micro-batches a read from scratch uses, so the result is the same.
  Cells past the canonical ones (a reply's tokens, decoded one at a time) are kept as they are: a prompt that goes
  on past them continues that conversation, and reads what follows as the conversation itself would have.
Measured on the Qwen test model (CPU): a prefix reused at 600 of 808 tokens happened to give the same logits, at
256 it did not; at 512 (the grain) it did, and a restored state continued bit for bit.

Sliding-window models (Gemma 3) keep only the last window's cells in their SWA layers unless loaded with the
full-size SWA cache: a prefix whose window was already dropped is not reused at all (`usable`, as llama.cpp's own
server decides), and once a conversation is longer than the window those layers' cells sit in the cache in another
order after a restore, so the bit-for-bit promise is made for models without sliding windows only.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from app.engines.llama import internals
from app.engines.llama import runtime as llama_runtime

__all__ = [
    "PromptStates",
    "SavedPrompt",
    "common_prefix",
    "covers",
    "engine_build",
    "grain",
    "keep_only",
    "restore",
    "reuse_point",
    "save",
    "size",
    "usable",
]

SEQUENCE = 0  # Hearth reads every prompt into sequence 0


@dataclass(frozen=True, eq=False)
class SavedPrompt:
    """The KV cells of `tokens` (position i holds tokens[i]); the first `canonical` of them were computed as a read
    from scratch computes them (module docstring)."""

    tokens: npt.NDArray[np.intc]
    canonical: int
    data: bytes | bytearray  # never changed once saved

    @property
    def nbytes(self) -> int:
        return len(self.data) + int(self.tokens.nbytes)


class PromptStates(Protocol):
    """Where an engine keeps its saved states and finds them again (one model's share of the host's cache)."""

    def find(self, tokens: npt.NDArray[np.intc], *, held: tuple[int, int] = (0, 0)) -> tuple[SavedPrompt, int] | None:
        """The saved state sharing the longest start with `tokens`, and how many tokens that start has. `held` is
        what the context already has (shared tokens, canonical cells): a state on disk is only read when it beats
        that."""
        ...

    def keep(self, saved: SavedPrompt) -> None: ...

    def takes(self, nbytes: int) -> bool:
        """Whether a state this large may be kept at all (asked before llama.cpp copies it out)."""
        ...


def common_prefix(a: npt.NDArray[np.intc], b: npt.NDArray[np.intc]) -> int:
    """How many leading tokens two token arrays share."""
    n = min(len(a), len(b))
    differ = np.flatnonzero(a[:n] != b[:n])
    return int(differ[0]) if len(differ) else n


def covers(new: SavedPrompt, old: SavedPrompt) -> bool:
    """Whether `new` holds every cell `old` does, computed the same way (the same conversation, later): then `old`
    can go."""
    return (
        len(old.tokens) <= len(new.tokens)
        and old.canonical <= new.canonical
        and common_prefix(old.tokens, new.tokens) == len(old.tokens)
    )


def engine_build() -> str:
    """Which llama.cpp wrote a state: its version and the CPU features it was built for (a state saved by another
    build may hold its numbers laid out or rounded another way)."""
    module = llama_runtime.llama_cpp()
    info = module.llama_print_system_info()
    return f"{getattr(module, '__version__', '?')} {info.decode(errors='replace') if isinstance(info, bytes) else info}"


def grain(llm: Any) -> int:
    """The positions every read's micro-batches start at: multiples of the micro-batch when it divides the batch
    (llama-cpp-python cuts a prompt into batches, llama.cpp each batch into micro-batches), else of the batch."""
    module = llama_runtime.llama_cpp()
    batch, ubatch = int(module.llama_n_batch(llm.ctx)), int(module.llama_n_ubatch(llm.ctx))
    return ubatch if ubatch and batch % ubatch == 0 else max(batch, 1)


def reuse_point(common: int, canonical: int, step: int) -> int:
    """How many cached cells a prompt sharing `common` leading tokens with them keeps: all of them when it goes on
    past the canonical cells (a conversation continued), else the largest multiple of `step` within `common`, so
    the rest is read as from scratch."""
    if common > canonical:
        return common
    return common - common % step


def size(llm: Any) -> int:
    """The bytes `save` would copy out now."""
    return int(llama_runtime.llama_cpp().llama_state_seq_get_size(llm.ctx, SEQUENCE))


def usable(llm: Any, point: int) -> int:
    """`point`, or 0 when a sliding-window model's cache no longer holds the cells a read from there attends to."""
    module = llama_runtime.llama_cpp()
    window = int(module.llama_model_n_swa(llm.model))
    if point == 0 or window <= 0:
        return point
    lowest = int(module.llama_memory_seq_pos_min(module.llama_get_memory(llm.ctx), SEQUENCE))
    return point if lowest <= max(0, point - window) else 0


def save(llm: Any, canonical: int) -> SavedPrompt:
    """What the context holds now (`input_ids[:n_tokens]`), as llama.cpp's bytes for sequence 0."""
    module = llama_runtime.llama_cpp()
    count = int(llm.n_tokens)
    size = int(module.llama_state_seq_get_size(llm.ctx, SEQUENCE))
    data = bytearray(size)  # llama.cpp writes straight into it: the state is never held twice
    view = (ctypes.c_uint8 * size).from_buffer(data)
    written = int(module.llama_state_seq_get_data(llm.ctx, view, size, SEQUENCE))
    del view  # releases the buffer, so it may be cut to what was written
    del data[written:]
    tokens = np.array(llm.input_ids[:count], dtype=np.intc)
    return SavedPrompt(tokens, min(canonical, count), data)


def restore(llm: Any, saved: SavedPrompt) -> bool:
    """Put a saved state back in place of whatever the context holds; False (and an empty context) when llama.cpp
    refused it."""
    module = llama_runtime.llama_cpp()
    internals.kv_remove(llm, 0)
    llm.n_tokens = 0
    internals.logits_stale(llm)
    if isinstance(saved.data, bytearray):  # read in place, not copied
        data: Any = (ctypes.c_uint8 * len(saved.data)).from_buffer(saved.data)
    else:
        data = ctypes.cast(ctypes.c_char_p(saved.data), ctypes.POINTER(ctypes.c_uint8))
    if not int(module.llama_state_seq_set_data(llm.ctx, data, len(saved.data), SEQUENCE)):
        internals.kv_remove(llm, 0)
        return False
    count = len(saved.tokens)
    llm.input_ids[:count] = saved.tokens
    llm.n_tokens = count
    return True


def keep_only(llm: Any, count: int) -> None:
    """Drop the cells from position `count` on (the prompt is read from there)."""
    if count < int(llm.n_tokens):
        internals.kv_remove(llm, count)
        llm.n_tokens = count
        internals.logits_stale(llm)

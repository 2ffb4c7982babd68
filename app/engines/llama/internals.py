"""The one module that reaches into llama-cpp-python's private parts, so a version bump is checked in one place.

Hearth drives llama.cpp through llama-cpp-python's public `Llama` (tokenize, generate, eval, n_tokens, input_ids,
ctx) and, where that has no door, through these private parts:
- `Llama._model` (`_internals.LlamaModel`): `.vocab` (the end-of-generation test) and `.token_get_text` (the BOS
  and EOS tokens' text for the chat format);
- `Llama._ctx` (`_internals.LlamaContext`): `.ctx`, `.decode(batch)`, `.kv_cache_seq_rm(seq, p0, p1)` (drafting's
  batches and the cells a rejected draft leaves);
- `Llama._batch` (`_internals.LlamaBatch`): `.batch` (the llama_batch struct drafting fills);
- `Llama._sampler` (`_internals.LlamaSampler`): the chain `generate` built, and its `.sample(ctx, idx)`;
- `Llama._requires_eval`: set when the context's last logits are not those of the cache's last token;
- `_internals.LlamaModel(path_model=, params=, verbose=)`: a vocabulary-only model (the API's embedding usage);
- the multimodal chat handlers' `_init_mtmd_context(llama)` and `_create_bitmap_from_bytes(image)` (vision).

On a bump of the pin (pyproject.toml's `llama-cpp-python==`, which the Makefile builds): read `Llama.__init__`,
`Llama.eval`, `Llama.generate`, `Llama.sample`, `_internals.py` and `llama_chat_format.Llava15ChatHandler` for the
names above, change `TESTED_VERSION`, and run tests/engines/llama/test_internals.py (which also fails when any other
module under app/ touches these), tests/engines/llama/test_speedup.py and tests/engines/llama/test_vision.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.engines.llama import runtime as llama_runtime

__all__ = [
    "TESTED_VERSION",
    "decode_batch",
    "image_bitmap",
    "is_end_of_generation",
    "kv_remove",
    "logits_row",
    "logits_stale",
    "open_projector",
    "sample",
    "sampler",
    "token_text",
    "version_checked",
    "vocab_only_model",
]

log = logging.getLogger("hearth.llama")

TESTED_VERSION = "0.3.36"  # the llama-cpp-python these names were read from (pyproject.toml pins it)


def version_checked() -> bool:
    """Whether the installed llama-cpp-python is the one this module was checked against (logged when not)."""
    installed = str(getattr(llama_runtime.llama_cpp(), "__version__", ""))
    if installed != TESTED_VERSION:
        log.warning("llama-cpp-python %s is installed; Hearth's use of its internals was checked on %s",
                    installed, TESTED_VERSION)  # fmt: skip
        return False
    return True


# ---- the model's vocabulary
def vocab(llm: Any) -> Any:
    """llama.cpp's `llama_vocab *` of a loaded `Llama`."""
    return llm._model.vocab


def is_end_of_generation(llm: Any, token: int) -> bool:
    """Whether `token` ends the reply (EOS, EOT and the model's other end-of-generation tokens)."""
    return bool(llama_runtime.llama_cpp().llama_vocab_is_eog(vocab(llm), token))


def token_text(llm: Any, token: int) -> str:
    """A token's text as the vocabulary spells it (special tokens included); "" for -1 (no such token)."""
    return str(llm._model.token_get_text(token)) if token != -1 else ""


def vocab_only_model(path: Path) -> Any:
    """llama.cpp's model with its vocabulary only (no weights, a few MB): `.tokenize(...)` and `.close()`."""
    module = llama_runtime.llama_cpp()
    from llama_cpp._internals import LlamaModel

    params = module.llama_model_default_params()
    params.vocab_only = True
    with llama_runtime.prints_to_log():
        return LlamaModel(path_model=str(path), params=params, verbose=True)  # False would dup2 over fd 1 and 2


# ---- sampling and the context, for drafting (app/engines/llama/draft_decode.py)
def sampler(llm: Any) -> Any:
    """The sampler chain `Llama.generate` built for the reply under way (closing generate leaves it in place)."""
    return llm._sampler


def sample(llm: Any, chain: Any, row: int) -> int:
    """A token from `chain` for the logits of batch row `row` (-1: the last batch's last row)."""
    return int(chain.sample(llm._ctx, row))


def kv_remove(llm: Any, start: int) -> None:
    """Drop the KV cache's cells from position `start` on (`n_tokens` is the caller's to keep in step)."""
    llm._ctx.kv_cache_seq_rm(-1, start, -1)


def logits_stale(llm: Any) -> None:
    """The context's last logits are not those of the cache's last token: the next generate evaluates again."""
    llm._requires_eval = True


def logits_row(llm: Any, row: int) -> npt.NDArray[np.float32]:
    """A copy of the logits of row `row` of the last batch."""
    pointer = llama_runtime.llama_cpp().llama_get_logits_ith(llm._ctx.ctx, row)
    return np.ctypeslib.as_array(pointer, shape=(int(llm.n_vocab()),)).copy()


def decode_batch(llm: Any, tokens: list[int], n_past: int) -> None:
    """One llama.cpp batch at positions n_past..; logits for each of them (only them, not the prompt's). The cells
    from n_past on are dropped first; `input_ids` gets the tokens, `n_tokens` is the caller's to move."""
    kv_remove(llm, n_past)
    batch = llm._batch.batch
    batch.n_tokens = len(tokens)
    for i, token in enumerate(tokens):
        batch.token[i] = token
        batch.pos[i] = n_past + i
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = 0
        batch.logits[i] = True
    llm._ctx.decode(llm._batch)
    llm.input_ids[n_past : n_past + len(tokens)] = tokens


# ---- vision (app/engines/llama/vision.py)
def open_projector(handler: Any, llm: Any) -> None:
    """Open a multimodal chat handler's mtmd context for `llm` now (not at its first reply)."""
    handler._init_mtmd_context(llm)


def image_bitmap(handler: Any, image: bytes) -> Any:
    """mtmd's bitmap of an encoded image (the caller frees it); ValueError when the image cannot be read."""
    return handler._create_bitmap_from_bytes(image)

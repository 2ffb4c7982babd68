"""The one decode loop: a prompt's tokens in, the reply's text out, for chat replies and raw completions alike.

`decode` reads the prompt (llama-cpp-python's `generate` reuses the cached prefix of the turn before), then takes
the reply's tokens one by one until the model ends it (an end-of-generation token), a stop string appears, the
reply reaches its `max_tokens`, the context is full, or `cancel` is set. Tokens become text through an incremental
UTF-8 decoder (a character split over two tokens waits for its second half); text that may still become a stop
string waits too (`app/engines/held_back.py`). While the prompt is read, llama.cpp's abort callback watches
`cancel` (`AbortWindow`); between tokens the loop checks it itself. Drafting from the prompt is a pluggable part:
with a pacer (`app/engines/llama/speedup.py`) the tokens come from `app/engines/llama/draft_decode.py`'s draft
steps, which give the same tokens plain decoding would.

The chat splits the text into reasoning and answer on top of this (`LlamaEngine.chat`); a raw completion shows it
as it comes (`LlamaEngine.complete`).
"""

from __future__ import annotations

import codecs
import contextlib
import random
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.engines.chat_types import ReplyStats, Sampling, StopReason
from app.engines.errors import GenerationFailed
from app.engines.held_back import release
from app.engines.llama import draft_decode, internals
from app.engines.llama import runtime as llama_runtime
from app.engines.llama.speedup import Pacer
from app.i18n import say

__all__ = ["AbortWindow", "Counter", "decode", "generate_options"]


class AbortWindow:
    """llama.cpp's abort callback, set only while a prompt is read: llama.cpp calls it after every graph node
    (hundreds per token) and each call takes the GIL, which stalled decoding whenever the GUI thread was running
    Python. One per loaded model; llama.cpp holds only the callbacks' addresses, so they live as long as this."""

    def __init__(self) -> None:
        self._cancel: threading.Event | None = None
        self._on = llama_runtime.abort_callback(self._should_abort)
        self._off = llama_runtime.no_abort_callback()

    @contextlib.contextmanager
    def open(self, llm: Any, cancel: threading.Event) -> Iterator[None]:
        """Inside: setting `cancel` stops llama.cpp's reading of a batch (llama_decode then fails)."""
        self._cancel = cancel
        llama_runtime.llama_cpp().llama_set_abort_callback(llm.ctx, self._on, None)
        try:
            yield
        finally:
            self.shut(llm)
            self._cancel = None

    def shut(self, llm: Any) -> None:
        """No more checks between graph nodes (the prompt is read: the loop checks `cancel` between tokens)."""
        llama_runtime.llama_cpp().llama_set_abort_callback(llm.ctx, self._off, None)

    def _should_abort(self) -> bool:
        cancel = self._cancel
        return cancel is not None and cancel.is_set()


@dataclass
class Counter:
    """A reply's numbers as they come: `decode` counts the tokens and their times, the caller the prompt."""

    prompt_tokens: int
    reused: int = 0
    left_out: int = 0
    started: float = 0.0
    generated: int = 0
    first_at: float = 0.0
    last_at: float = 0.0
    arrivals: int = 0
    evaluated: int = 0

    def token_arrived(self) -> None:
        now = time.perf_counter()
        if not self.arrivals:
            self.first_at = now
        self.last_at = now
        self.arrivals += 1

    def result(self, reason: StopReason) -> ReplyStats:
        decoding = self.last_at - self.first_at
        speed = (self.arrivals - 1) / decoding if self.arrivals > 1 and decoding > 0 else 0.0
        return ReplyStats(
            prompt_tokens=self.prompt_tokens,
            generated_tokens=self.generated,
            ttft_s=self.first_at - self.started if self.arrivals else 0.0,
            tokens_per_second=speed,
            stop_reason=reason,
            prompt_tokens_reused=self.reused,
            messages_left_out=self.left_out,
            prompt_tokens_evaluated=self.evaluated,
        )


def generate_options(sampling: Sampling) -> dict[str, Any]:
    """`Llama.generate`'s sampler arguments for `sampling`."""
    return {
        "top_k": sampling.top_k,
        "top_p": sampling.top_p,
        "min_p": sampling.min_p,
        "temp": sampling.temperature,
        "repeat_penalty": sampling.repeat_penalty,
        "frequency_penalty": sampling.frequency_penalty,
        "presence_penalty": sampling.presence_penalty,
    }


def decode(
    llm: Any,
    prompt: Sequence[int],
    sampling: Sampling,
    cancel: threading.Event,
    window: AbortWindow,
    counter: Counter,
    *,
    stops: Sequence[str] = (),
    grammar: Any = None,
    pacer: Pacer | None = None,
    evaluated: int = 0,
) -> Generator[str, None, StopReason]:
    """The reply to `prompt`, as pieces of text; returns why it ended. `stops` are the stop strings (the text from
    the first one on is never shown), `grammar` llama-cpp-python's grammar object or None, `pacer` drafting's or
    None (plain decoding), `evaluated` the prompt tokens read already (images), else llama.cpp's count is taken.
    `counter` gets the reply's token counts and times."""
    module = llama_runtime.llama_cpp()
    context = int(llm.n_ctx())
    stops = tuple(s for s in stops if s)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    held = ""  # text that might be the start of a stop string
    llm.set_seed(sampling.seed if sampling.seed is not None else random.randrange(2**31))
    module.llama_perf_context_reset(llm.ctx)
    options = {**generate_options(sampling), "grammar": grammar}
    generator = draft_decode.reply_tokens(llm, prompt, options, pacer, context=context, max_tokens=sampling.max_tokens)
    reason = StopReason.MAX_TOKENS
    with window.open(llm, cancel):
        try:
            while True:
                try:
                    token = next(generator)
                except StopIteration:
                    reason = StopReason.FINISHED
                    break
                except RuntimeError as exc:  # llama_decode returned 2: the abort callback said stop
                    if cancel.is_set():
                        reason = StopReason.CANCELLED
                        break
                    raise GenerationFailed(
                        say(
                            "Engines",
                            "The model stopped with an error while writing its reply.",
                            "engines.generation-failed",
                        ),
                        str(exc),
                    ) from exc
                if not counter.arrivals:
                    counter.evaluated = evaluated or _prompt_tokens_evaluated(module, llm)
                    window.shut(llm)
                counter.token_arrived()
                if cancel.is_set():
                    reason = StopReason.CANCELLED
                    break
                if internals.is_end_of_generation(llm, token):
                    reason = StopReason.FINISHED
                    break
                counter.generated += 1
                shown, held, stopped = release(held + decoder.decode(llm.detokenize([token])), stops)
                if shown:
                    yield shown
                if stopped:
                    reason = StopReason.STOP_STRING
                    held = ""
                    break
                if counter.generated >= sampling.max_tokens:
                    break
                if llm.n_tokens + 1 >= context:
                    reason = StopReason.CONTEXT_FULL
                    break
        finally:
            generator.close()
    if rest := held + decoder.decode(b"", final=True):
        yield rest
    return reason


def _prompt_tokens_evaluated(module: Any, llm: Any) -> int:
    """llama.cpp's count since the reset: multi-token batches add to n_p_eval, one-token batches to n_eval; both
    read at least 1, so a remainder batch of one token may go uncounted or be counted once too often."""
    perf = module.llama_perf_context(llm.ctx)
    return int(perf.n_p_eval) if perf.n_p_eval > 1 else 1

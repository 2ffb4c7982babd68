"""Chat with a local GGUF model through llama.cpp (llama-cpp-python): load with the memory plan, stream, cancel.

One `LlamaEngine` owns one `Llama` at a time and is not thread-safe: the GUI loads and chats on one worker thread
at a time. `chat()` and `complete()` (a raw text continued as is) are generators of small frozen events that return
`ReplyStats`, both over the one decode loop (`decode.py`); cancelling is an Event the loop checks between tokens
and, through llama.cpp's abort callback, inside the reading of a long prompt.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from app.engines import numerics
from app.engines.chat_types import (
    Event,
    Message,
    Notice,
    ReplyStats,
    Sampling,
    StopReason,
    TextDelta,
)
from app.engines.errors import (
    GenerationFailed,
    MessageTooLong,
    ModelLoadFailed,
    ModelTooLarge,
    NoModelLoaded,
    ProcessorUnsupported,
)
from app.engines.llama import (
    chat_format,
    internals,
    load_marker,
    load_tuning,
    prompt_fit,
    prompt_state,
    speedup,
    vision,
)
from app.engines.llama import runtime as llama_runtime
from app.engines.llama.decode import AbortWindow, Counter, decode, generate_options
from app.engines.llama.load_marker import crashed_during_load, forget_crashed_load
from app.engines.llama.prompt_lookup import PromptLookup
from app.engines.llama.prompt_state import PromptStates
from app.engines.llama.speedup import Pacer, Tally
from app.engines.llama.speedup_record import SpeedupRecord, record_key
from app.engines.think_split import ThinkSplitter
from app.fit.estimate import LoadPlan
from app.fit.shape import from_header
from app.fit.verdict import Fit, Verdict, fits_here, judge
from app.hardware import HardwareProfile
from app.hardware.engine_build import cpu_problem
from app.i18n import say
from app.models.gguf_info import read_file

__all__ = [
    "LlamaEngine",
    "LoadedModel",
    "crashed_during_load",
    "default_threads",
    "forget_crashed_load",
    "generate_options",
]

log = logging.getLogger("hearth.llama")

EventT = TypeVar("EventT", bound=Event)


def default_threads() -> int:
    """The threads a model is loaded with unless asked otherwise (numerics.processor_threads says which)."""
    return numerics.processor_threads()


@dataclass(frozen=True)
class LoadedModel:
    path: Path
    plan: LoadPlan
    threads: int
    load_seconds: float
    context: int  # what llama.cpp really allocated
    has_chat_template: bool
    template_options: frozenset[str]
    verdict: Verdict  # the memory guard's judgement (TOO_LARGE when loaded anyway)
    mmproj: Path | None = None
    vision_handler: str = ""  # llama-cpp-python's chat handler for images; "" when loaded without a projector


class LlamaEngine:
    def __init__(self, *, speedup_record: Path | None = None, prompt_states: PromptStates | None = None) -> None:
        """`speedup_record` is the file where drafting's results per model are kept
        (app/engines/llama/speedup_record.py), given by the caller; None: `SpeedupRecord`'s own default, the config
        folder's. `prompt_states` is where the state after each reply is kept and a later prompt's longest cached
        start is found (the model host's prompt cache, app/engines/llama/prompt_state.py); None: only what the
        context holds now is reused."""
        self._llm: Any = None
        self._loaded: LoadedModel | None = None
        self._format: chat_format.ChatFormat | None = None
        self._fallback_announced = False
        self._window: AbortWindow | None = None
        self._vision: vision.VisionSession | None = None  # the projector of a model loaded with its mmproj
        self._speedup_record = speedup_record
        self._states = prompt_states
        self._canonical = 0  # the context's leading cells computed as a read from scratch would (prompt_state.py)

    # ---- loading
    @property
    def loaded(self) -> LoadedModel | None:
        return self._loaded

    def load(
        self,
        model_path: Path,
        plan: LoadPlan,
        *,
        threads: int | None = None,
        mmproj: Path | None = None,
        profile: HardwareProfile,
        force: bool = False,
    ) -> LoadedModel:
        """Load `model_path` exactly as `plan` says (so memory matches the estimate). Refuses with ModelTooLarge
        when the verdict for this machine (`profile`: the caller's one scan) is "too large", unless `force`, and
        always with ProcessorUnsupported when the engine was compiled for instruction sets this processor lacks."""
        module = llama_runtime.llama_cpp()
        model_path = Path(model_path)
        if mmproj is not None and not plan.projector_bytes:
            plan = replace(plan, projector_bytes=vision.projector_bytes(Path(mmproj)))
        if problem := cpu_problem(profile):  # never "load anyway": it would end in an illegal instruction
            raise ProcessorUnsupported(problem, profile.llama.system_info)
        verdict = self.check_fit(model_path, plan, profile)
        if verdict.fit is Fit.TOO_LARGE and not force:
            raise ModelTooLarge(verdict.reason, f"{model_path} with {plan}")
        self.close()
        threads = threads or default_threads()
        started = time.perf_counter()
        with load_marker.loading(model_path, plan):
            # Long-prompt settings are measured (the first time) with the weights loaded once more: inside the marker.
            tuned = _long_prompt_plan(model_path, plan, profile, threads) if verdict.runs else plan
            tuned = numerics.with_micro_batch(tuned)
            if tuned != plan:
                plan = tuned
                verdict = self.check_fit(model_path, plan, profile)
            try:
                with llama_runtime.prints_to_log():
                    llm = module.Llama(
                        model_path=str(model_path),
                        n_threads=threads,
                        n_threads_batch=threads,
                        use_mmap=True,
                        verbose=True,  # False would dup2 /dev/null over the process's stdout and stderr
                        **plan.llama_kwargs(),
                    )
            except (ValueError, RuntimeError, OSError) as exc:
                raise ModelLoadFailed(
                    say(
                        "Engines",
                        "{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp "
                        "than the one in Hearth.",
                        "engines.load-failed-damaged",
                    ).format(name=model_path.name),
                    f"{type(exc).__name__}: {exc}",
                ) from exc
            if mmproj is not None:
                try:
                    self._vision = vision.VisionSession(llm, Path(mmproj))
                except BaseException:
                    llm.close()
                    raise
        llm.verbose = False  # no per-reply prints; after the constructor nothing redirects descriptors
        seconds = time.perf_counter() - started
        internals.version_checked()
        self._window = AbortWindow()
        self._llm = llm
        self._canonical = 0
        self._format = chat_format.for_model(llm.metadata, *self._special_tokens(llm))
        self._fallback_announced = False
        self._loaded = LoadedModel(
            path=model_path,
            plan=plan,
            threads=threads,
            load_seconds=seconds,
            context=int(llm.n_ctx()),
            has_chat_template=self._format.has_template,
            template_options=self._format.options,
            verdict=verdict,
            mmproj=mmproj,
            vision_handler=self._vision.handler_name if self._vision else "",
        )
        log.info("loaded %s in %.2f s (%d threads, context %d)", model_path.name, seconds, threads, llm.n_ctx())
        return self._loaded

    @staticmethod
    def check_fit(model_path: Path, plan: LoadPlan, profile: HardwareProfile) -> Verdict:
        """The memory guard's verdict for loading this file with this plan's context here."""
        shape = from_header(read_file(model_path))
        return judge(shape, profile, plan.context, projector_bytes=plan.projector_bytes, settings=plan)

    def close(self) -> None:
        """Free the model and its context now (not whenever the garbage collector gets to it)."""
        llm, self._llm, self._loaded, self._format, self._vision = self._llm, None, None, None, None
        if llm is not None:
            llm.close()

    def next_token_logits(self) -> npt.NDArray[np.float32]:
        """The logits the model gave for the token after the last prompt it read (a copy): what tests of exactness
        compare, right after a reply of one token."""
        llm, _ = self._require()
        return internals.logits_row(llm, -1)

    def __enter__(self) -> LlamaEngine:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def template_options(self) -> frozenset[str]:
        """Options the model's chat template reads beyond the conversation (e.g. Qwen3's `enable_thinking`);
        pass them to `chat(..., template_options=...)`."""
        return self._format.options if self._format is not None else frozenset()

    # ---- chatting
    def prompt_tokens(
        self, messages: Sequence[Message], template_options: Mapping[str, object] | None = None
    ) -> list[int]:
        """The tokens the model reads for this conversation (with the generation prompt)."""
        llm, fmt = self._require()
        rendered = fmt.render(messages, template_options)
        return list(llm.tokenize(rendered.text.encode("utf-8"), add_bos=rendered.add_bos, special=True))

    def chat(
        self,
        messages: Sequence[Message],
        sampling: Sampling,
        cancel: threading.Event,
        *,
        template_options: Mapping[str, object] | None = None,
        grammar: str | None = None,
    ) -> Generator[Event, None, ReplyStats]:
        """Stream the model's reply to `messages` (the last is the newest user message).

        `grammar` (GBNF text) confines the reply to what it allows: how the API server enforces `response_format`
        and forced tool calls through this same loop instead of a copy of it."""
        llm, fmt = self._require()
        started = time.perf_counter()
        if not fmt.has_template and not self._fallback_announced:
            self._fallback_announced = True
            yield Notice(chat_format.FALLBACK_NOTICE)
        context = int(llm.n_ctx())
        reply_room = min(sampling.max_tokens, context)
        if self._vision is None and any(m.images for m in messages):
            messages, dropped = vision.without_images(messages)
            if dropped:
                yield Notice(
                    say(
                        "Engines",
                        "Earlier images in this chat are not shown to this model: it cannot see images.",
                        "engines.earlier-images-hidden",
                    )
                )
        if any(m.images for m in messages):
            prompt = yield from self._image_prompt(llm, messages, cancel, context, reply_room, template_options)
            if prompt is None:
                return Counter(0, started=started).result(StopReason.CANCELLED)
        else:
            prompt = yield from self._text_prompt(llm, fmt, messages, context, reply_room, template_options)
            prompt = replace(prompt, reused=self._bring_back(llm, prompt.tokens))
        stats = Counter(len(prompt.tokens), reused=prompt.reused, left_out=prompt.left_out, started=started)
        splitter = ThinkSplitter(starts_inside=prompt.opens_thinking)
        pacer = self._pacer(sampling, prompt.tokens, grammar or prompt.evaluated)
        assert self._window is not None
        reason = yield from self._events(
            decode(
                llm,
                prompt.tokens,
                sampling,
                cancel,
                self._window,
                stats,
                stops=(*prompt.stop, *sampling.stop),
                grammar=_grammar(grammar) if grammar else None,
                pacer=pacer,
                evaluated=prompt.evaluated,
            ),
            splitter.feed,
        )
        yield from splitter.flush()
        self._keep_state(llm, stats, with_images=prompt.evaluated > 0)
        return self._with_speedup(stats.result(reason), pacer)

    def complete(
        self, text: str | Sequence[int], sampling: Sampling, cancel: threading.Event
    ) -> Generator[TextDelta, None, ReplyStats]:
        """Continue a raw `text` as is (the API's `/v1/completions`; its `text_tokens` when the caller has counted
        them already): no chat template, no thinking split, no grammar; the same loop as `chat` otherwise (stop
        strings, max tokens, context end, cancelling, drafting). Raises MessageTooLong when the text leaves no room
        in the context for one token of reply."""
        llm, _ = self._require()
        started = time.perf_counter()
        tokens = self.text_tokens(text) if isinstance(text, str) else list(text)
        if len(tokens) + 1 > int(llm.n_ctx()):
            raise MessageTooLong(
                say(
                    "Engines",
                    "This text is too long for the model's memory (its context); shorten it.",
                    "engines.message-too-long",
                ),
                f"{len(tokens)} tokens, context {int(llm.n_ctx())}",
            )
        stats = Counter(len(tokens), reused=self._bring_back(llm, tokens), started=started)
        pacer = self._pacer(sampling, tokens, False)
        assert self._window is not None
        pieces = decode(llm, tokens, sampling, cancel, self._window, stats, stops=sampling.stop, pacer=pacer)
        reason = yield from self._events(pieces, lambda piece: [TextDelta(piece)])
        self._keep_state(llm, stats, with_images=False)
        return self._with_speedup(stats.result(reason), pacer)

    def text_tokens(self, text: str) -> list[int]:
        """The tokens a raw completion reads for `text` (with the model's start token, specials as plain text)."""
        llm, _ = self._require()
        return list(llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))

    @staticmethod
    def _events(
        pieces: Generator[str, None, StopReason], events_of: Callable[[str], Sequence[EventT]]
    ) -> Generator[EventT, None, StopReason]:
        """The decode loop's text as events; returns why it ended. Closing this closes the loop (its cleanup runs
        now, not when the garbage collector gets to it)."""
        try:
            while True:
                try:
                    piece = next(pieces)
                except StopIteration as done:
                    reason: StopReason = done.value
                    return reason
                yield from events_of(piece)
        finally:
            pieces.close()

    # ---- internals
    def _bring_back(self, llm: Any, tokens: Sequence[int]) -> int:
        """Make the context hold the longest start of `tokens` it can reuse, restoring a saved state when one shares
        more than the context does now, and return how many tokens that is; the decode loop reads the rest. At least
        the last token is always read (its logits give the reply's first token)."""
        self._canonical = min(self._canonical, int(llm.n_tokens))  # a reply that failed halfway left fewer cells
        step = prompt_state.grain(llm)
        wanted = np.array(tokens[:-1], dtype=np.intc)
        held = np.array(llm.input_ids[: llm.n_tokens], dtype=np.intc)
        common = prompt_state.common_prefix(held, wanted)
        point = prompt_state.reuse_point(common, self._canonical, step)
        found = self._states.find(wanted, held=(common, self._canonical)) if self._states is not None else None
        if found is not None and prompt_state.reuse_point(found[1], found[0].canonical, step) > point:
            saved, shared = found
            if prompt_state.restore(llm, saved):
                self._canonical = saved.canonical
                point = prompt_state.reuse_point(shared, saved.canonical, step)
            else:
                log.warning("llama.cpp refused a saved state of %d tokens; the prompt is read", len(saved.tokens))
                point, self._canonical = 0, 0
        point = prompt_state.usable(llm, point)
        prompt_state.keep_only(llm, point)
        if point <= self._canonical:
            self._canonical = len(tokens)  # read from a multiple of the grain on: as from scratch
        return point

    def _keep_state(self, llm: Any, stats: Counter, *, with_images: bool) -> None:
        """Save what the context holds after a reply whose prompt was read. Not with images: their cells are not
        tokens (`input_ids` holds -1 there), so no later prompt could be matched to them exactly; the context's
        cells then count as read in no canonical way."""
        if with_images:
            self._canonical = 0
            return
        self._canonical = min(self._canonical, int(llm.n_tokens))
        if self._states is None or not stats.arrivals or not self._states.takes(prompt_state.size(llm)):
            return
        self._states.keep(prompt_state.save(llm, self._canonical))

    def _pacer(self, sampling: Sampling, prompt: list[int], plain_only: object) -> Pacer | None:
        """A pacer when this reply may draft from its prompt; None for plain decoding. Never when `plain_only`
        (a grammar: its sampler state is not rewound; images: their positions are not text) or for a prompt with
        little to copy."""
        loaded = self._loaded
        if not (speedup.DRAFTING and sampling.speedup) or plain_only or loaded is None:
            return None
        if not speedup.grounded(len(prompt)):
            return None
        record = SpeedupRecord(self._speedup_record).get(_record_key(loaded))
        if record.off:
            return None
        return Pacer(PromptLookup(prompt), tally=Tally(checked_up_to=record.checked_up_to))

    def _with_speedup(self, stats: ReplyStats, pacer: Pacer | None) -> ReplyStats:
        """The reply's numbers with what drafting gave, added (with its checks) to the model's record here."""
        if pacer is None or self._loaded is None:
            return stats
        tally = pacer.tally
        key = _record_key(self._loaded)
        try:
            total = SpeedupRecord(self._speedup_record).add(key, tally)
        except OSError as exc:  # a read-only or full disk: the reply is still good
            log.warning("could not keep the speed-up record: %s", exc)
        else:
            if tally.inexact:
                log.info("drafting is off for %s: a batch's logits differ from one-token decodes' here", key)
            elif total.off and tally.draft_steps:
                log.info("drafting is off for %s here: its draft steps were slower than plain ones", key)
        if not tally.draft_steps:
            return stats
        return replace(stats, drafted_tokens=tally.drafted, accepted_tokens=tally.accepted, speedup=tally.gain())

    def _text_prompt(
        self,
        llm: Any,
        fmt: chat_format.ChatFormat,
        messages: Sequence[Message],
        context: int,
        reply_room: int,
        template_options: Mapping[str, object] | None,
    ) -> Generator[Notice, None, _Prompt]:
        fitted = prompt_fit.fit(messages, lambda kept: self.prompt_tokens(kept, template_options), context, reply_room)
        if fitted.left_out:
            yield _left_out(fitted.left_out)
        rendered = fmt.render(fitted.messages, template_options)
        return _Prompt(list(fitted.tokens), rendered.stop, rendered.opens_thinking, 0, fitted.left_out)

    def _image_prompt(
        self,
        llm: Any,
        messages: Sequence[Message],
        cancel: threading.Event,
        context: int,
        reply_room: int,
        template_options: Mapping[str, object] | None,
    ) -> Generator[Notice, None, _Prompt | None]:
        """Read a conversation with images into the context now (None: cancelled while reading)."""
        assert self._vision is not None
        fitted = vision.fit_with_images(
            self._vision, llm, messages, lambda kept: self.prompt_tokens(kept, template_options), context, reply_room
        )
        if fitted.left_out:
            yield _left_out(fitted.left_out)
        if fitted.warning:
            yield Notice(fitted.warning)
        assert self._window is not None
        try:
            with self._window.open(llm, cancel):
                tokens = self._vision.read_prompt(llm, fitted.messages, template_options)
        except (ValueError, RuntimeError) as exc:  # llama_decode said stop (our abort callback), or mtmd failed
            if cancel.is_set():
                return None
            raise GenerationFailed(
                say(
                    "Engines",
                    "The model could not read the images in this conversation.",
                    "engines.images-unreadable",
                ),
                str(exc),
            ) from exc
        return _Prompt(tokens, (), False, 0, fitted.left_out, evaluated=len(tokens))

    def _require(self) -> tuple[Any, chat_format.ChatFormat]:
        if self._llm is None or self._format is None:
            raise NoModelLoaded(
                say(
                    "Engines",
                    "Load a model before starting a chat.",
                    "engines.no-model-for-chat",
                )
            )
        return self._llm, self._format

    @staticmethod
    def _special_tokens(llm: Any) -> tuple[str, str]:
        return internals.token_text(llm, int(llm.token_bos())), internals.token_text(llm, int(llm.token_eos()))


def _long_prompt_plan(model_path: Path, plan: LoadPlan, profile: HardwareProfile, threads: int) -> LoadPlan:
    """The plan with the batch sizes and flash-attention setting measured fastest for long prompts here, among
    those whose memory fits now (app/engines/llama/load_tuning.py)."""
    shape = from_header(read_file(model_path))
    return load_tuning.tuned_plan(model_path, plan, profile, threads, lambda tried: fits_here(shape, tried, profile))


@dataclass(frozen=True)
class _Prompt:
    tokens: list[int]
    stop: tuple[str, ...]  # stop strings the format needs
    opens_thinking: bool
    reused: int  # prompt tokens already in the KV cache (or brought back into it)
    left_out: int
    evaluated: int = 0  # read already, before the reply's counters started (a prompt with images); 0: count them


def _left_out(count: int) -> Notice:
    left_out = (
        say(
            "Engines",
            "{count} earlier message was left out so the conversation fits in the model's memory; the model no longer "
            "sees them.",
            "engines.message-left-out",
        )
        if count == 1
        else say(
            "Engines",
            "{count} earlier messages were left out so the conversation fits in the model's memory; the model no "
            "longer sees them.",
            "engines.messages-left-out",
        )
    )
    return Notice(left_out.format(count=count))


def _grammar(text: str) -> Any:
    """llama-cpp-python's grammar object only carries the text, and llama.cpp parses it when the sampler is built,
    where one it cannot parse becomes a null sampler and a segmentation fault (seen). So it is parsed here first
    (parsing needs no vocabulary) and refused with a sentence."""
    module = llama_runtime.llama_cpp()
    from llama_cpp.llama_grammar import LlamaGrammar

    checked = module.llama_sampler_init_grammar(None, text.encode("utf-8"), b"root")
    if not checked:
        raise GenerationFailed(
            say(
                "Engines",
                "The rules this reply must follow (its grammar) could not be read.",
                "engines.grammar-unreadable",
            ),
            text[:500],
        )
    module.llama_sampler_free(checked)
    return LlamaGrammar.from_string(text, verbose=False)


def _record_key(loaded: LoadedModel) -> str:
    plan = loaded.plan
    return record_key(loaded.path, plan.gpu_layers, plan.kv_type, plan.flash_attention)

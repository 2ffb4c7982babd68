"""When drafting from the prompt pays, decided per reply and per step from what this reply measures.

A draft costs a batch: on a CPU limited by memory bandwidth a batch of a few tokens takes little more than one,
but every draft token the model rejects was computed for nothing, and on some machines (few cores, a slow
batch path) even a kept token costs more than it saves. So the pacer times both kinds of step as the reply goes:
plain steps (one token) and draft steps (the tokens a draft gave). Once it has seen enough draft steps, drafting
pauses if their tokens came slower than plain ones, and is tried again, with a fresh count, some plain tokens
later: a summary copies little at its start and whole phrases further on, so one bad stretch says little about
the next. Across replies the record (`app/engines/llama/speedup_record.py`) turns drafting off for a model that is
slower with it on this machine, or whose batches were found to compute differently (see DRAFTING).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.engines.chat_types import ReplyStats
from app.engines.llama.prompt_lookup import DraftLength, PromptLookup
from app.units import plural

__all__ = ["DRAFTING", "GROUNDED_TOKENS", "Pacer", "Tally", "cells_bucket", "described", "grounded"]

# On, but checked. A draft is only worth keeping if llama.cpp gives a token the same logits in a batch as alone,
# and whether it does depends on the build and the settings: on this CPU build, with an f16 cache the one-token
# path splits the attention over the cache once it holds 512 cells or more (measured: logits apart by up to 0.3,
# the greedy meeting summary parted from plain decoding at its 44th token), while with a q8_0 K and V cache and
# flash attention the two were bit-identical; batches of four rows or more go through repacked matrix kernels and
# differ with either cache. So drafts are at most two tokens (three rows with the last token), and before a model
# drafts at a cache size not checked yet, the pacer asks for one check (`needs_check`): the same tokens decoded
# one by one and as one batch, their logits compared bit for bit. A difference turns drafting off for that model
# and those settings for good (app/engines/llama/speedup_record.py); the reply goes on plainly, as plain decoding would.
DRAFTING = True

# A prompt shorter than this is a question, not material to copy: a poem or a chat answer has little to take from
# it, and the drafts it would give are mostly wrong.
GROUNDED_TOKENS = 160
MAX_DRAFT = 2  # the longest draft: see DRAFTING for why not more
PLAIN_PROBES = 2  # plain steps at the start of a reply, so the comparison has this reply's own plain speed
JUDGE_AFTER = 6  # draft steps before the pacer judges them (a few misses at the start say little)
PAUSE_TOKENS = 32  # plain tokens after a stretch of slower draft steps, before drafting is tried again


SMALLEST_BUCKET = 256


def cells_bucket(cells: int) -> int:
    """The cache size class a check stands for: llama.cpp's kernels change paths at powers of two of the cache
    (padded to 256 cells), so one check per class, at the first draft that reaches it."""
    bucket = SMALLEST_BUCKET
    while bucket < cells:
        bucket *= 2
    return bucket


def grounded(prompt_tokens: int) -> bool:
    """Whether the prompt has enough text of its own for a reply to copy from."""
    return prompt_tokens >= GROUNDED_TOKENS


def described(stats: ReplyStats) -> str:
    """What drafting gave a reply, for its numbers line; "" when the reply did not draft."""
    if not stats.drafted_tokens:
        return ""
    kept = f"{stats.accepted_tokens} of {plural(stats.drafted_tokens, 'drafted token')} kept"
    return f"drafted from the prompt: {kept}, {stats.speedup:.2f}× plain speed" if stats.speedup else f"drafted: {kept}"


@dataclass
class Tally:
    """What drafting did in one reply: the counts the numbers line shows and the times the record keeps."""

    drafted: int = 0  # draft tokens the model checked
    accepted: int = 0  # of them, the ones it kept
    draft_steps: int = 0
    draft_tokens: int = 0  # tokens the draft steps produced (the kept ones and the model's own after each draft)
    draft_seconds: float = 0.0
    plain_tokens: int = 0
    plain_seconds: float = 0.0
    stopped: bool = False  # drafting was switched off for the rest of the reply (a check found batches inexact)
    checked_up_to: int = 0  # the largest cache size class where batches were checked equal to single decodes
    inexact: bool = False  # a check found a batch's logits different from single decodes': drafting is off

    @property
    def plain_rate(self) -> float:
        return self.plain_tokens / self.plain_seconds if self.plain_seconds > 0 else 0.0

    @property
    def draft_rate(self) -> float:
        return self.draft_tokens / self.draft_seconds if self.draft_seconds > 0 else 0.0

    def gain(self) -> float:
        """This reply's decoding speed over its own plain steps' speed: above 1 drafting helped, below 1 it
        cost; 0 when there is nothing to compare."""
        plain = self.plain_rate
        seconds = self.draft_seconds + self.plain_seconds
        if not self.draft_steps or plain <= 0 or seconds <= 0:
            return 0.0
        return (self.draft_tokens + self.plain_tokens) / seconds / plain


@dataclass
class Pacer:
    """Chooses each step of one reply: a draft of the right length, or a plain token."""

    lookup: PromptLookup
    length: DraftLength = field(default_factory=lambda: DraftLength(current=min(4, MAX_DRAFT), longest=MAX_DRAFT))
    tally: Tally = field(default_factory=Tally)
    recent: Tally = field(default_factory=Tally)  # the draft steps since drafting was last (re)started
    resume_at: int = 0  # plain tokens: while fewer, drafting is paused

    @property
    def drafting(self) -> bool:
        return not self.tally.stopped and self.tally.plain_tokens >= self.resume_at

    def draft(self, room: int) -> list[int]:
        """The draft for the next step, at most `room` tokens; [] means a plain step."""
        tally = self.tally
        if not self.drafting or room <= 0:
            return []
        if tally.plain_tokens < PLAIN_PROBES:
            return []
        return self.lookup.draft(min(room, self.length.current))

    def took(self, token: int) -> None:
        """A token of the reply, whichever step gave it: later drafts can copy from the reply itself."""
        self.lookup.add(token)

    def plain_step(self, seconds: float) -> None:
        self.tally.plain_tokens += 1
        self.tally.plain_seconds += seconds

    def needs_check(self, cells: int) -> bool:
        """Whether a draft reaching `cells` cache cells must first be checked (`checked` says how it went)."""
        return cells_bucket(cells) > self.tally.checked_up_to

    def checked(self, cells: int, exact: bool) -> None:
        if exact:
            self.tally.checked_up_to = max(self.tally.checked_up_to, cells_bucket(cells))
        else:
            self.tally.inexact = self.tally.stopped = True

    def draft_step(self, drafted: int, accepted: int, produced: int, seconds: float) -> None:
        tally = self.tally
        tally.drafted += drafted
        tally.accepted += accepted
        tally.draft_steps += 1
        tally.draft_tokens += produced
        tally.draft_seconds += seconds
        recent = self.recent
        recent.draft_steps += 1
        recent.draft_tokens += produced
        recent.draft_seconds += seconds
        self.length.update(drafted, accepted)
        if recent.draft_steps >= JUDGE_AFTER and recent.draft_rate < tally.plain_rate:
            self.resume_at = tally.plain_tokens + PAUSE_TOKENS
            self.recent = Tally()

"""When drafting from the prompt pays, decided per reply and per step from what this reply measures.

A draft costs a batch: on a CPU limited by memory bandwidth a batch of a few tokens takes little more than one,
but every draft token the model rejects was computed for nothing, and on some machines (few cores, a slow
batch path) even a kept token costs more than it saves. So the pacer times both kinds of step as the reply goes:
plain steps (one token) and draft steps (the tokens a draft gave). Once it has seen enough of both, drafting
stops for the rest of the reply if its tokens came slower than plain ones. Across replies the record
(`app/engines/speedup_record.py`) turns drafting off for a model that is slower with it on this machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.engines.chat_types import ReplyStats
from app.engines.prompt_lookup import DraftLength, PromptLookup

__all__ = ["DRAFTING", "GROUNDED_TOKENS", "Pacer", "Tally", "described", "grounded"]

# Off. On this engine build llama.cpp gives a token different logits in a batch than alone: its CPU attention
# takes a split-KV path for one-token decodes over 512 cache cells or more (and micro-batches the one-chunk path),
# and four rows or more go through repacked matrix kernels. Measured with the Qwen test model: logits differ by up
# to 0.3 and the greedy meeting summary parted from plain decoding at its 44th token. Hearth does not trade its
# text for speed, so replies decode plainly; the tests switch this on to hold the rest of the machinery.
DRAFTING = False

# A prompt shorter than this is a question, not material to copy: a poem or a chat answer has little to take from
# it, and the drafts it would give are mostly wrong.
GROUNDED_TOKENS = 160
MAX_DRAFT = 12  # the longest draft: past it a miss wastes more than a hit gains
PLAIN_PROBES = 2  # plain steps at the start of a reply, so the comparison has this reply's own plain speed
JUDGE_AFTER = 6  # draft steps before the pacer judges them (a few misses at the start say little)


def grounded(prompt_tokens: int) -> bool:
    """Whether the prompt has enough text of its own for a reply to copy from."""
    return prompt_tokens >= GROUNDED_TOKENS


def described(stats: ReplyStats) -> str:
    """What drafting gave a reply, for its numbers line; "" when the reply did not draft."""
    if not stats.drafted_tokens:
        return ""
    kept = f"{stats.accepted_tokens} of {stats.drafted_tokens} drafted tokens kept"
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
    stopped: bool = False  # drafting was switched off part way: it did not pay in this reply

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

    @property
    def drafting(self) -> bool:
        return not self.tally.stopped

    def draft(self, room: int) -> list[int]:
        """The draft for the next step, at most `room` tokens; [] means a plain step."""
        tally = self.tally
        if tally.stopped or room <= 0:
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

    def draft_step(self, drafted: int, accepted: int, produced: int, seconds: float) -> None:
        tally = self.tally
        tally.drafted += drafted
        tally.accepted += accepted
        tally.draft_steps += 1
        tally.draft_tokens += produced
        tally.draft_seconds += seconds
        self.length.update(drafted, accepted)
        if tally.draft_steps >= JUDGE_AFTER and tally.draft_rate < tally.plain_rate:
            tally.stopped = True

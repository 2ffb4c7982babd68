"""What goes into a chat and what comes out of it: small frozen values, safe to hand across threads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Message:
    role: str  # "system", "user" or "assistant"
    content: str
    # PNG or JPEG files shown to the model with this message (app/images.py prepares them); needs a vision model
    images: tuple[bytes, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Sampling:
    """How the next token is chosen. temperature 0 always picks the likeliest token (repeatable answers)."""

    temperature: float = 0.7
    top_p: float = 0.9
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    frequency_penalty: float = 0.0  # OpenAI's: lowers a token's odds by how often the reply has used it
    presence_penalty: float = 0.0  # OpenAI's: lowers a token's odds once the reply has used it at all
    max_tokens: int = 1024
    seed: int | None = None  # None: a fresh random seed per reply
    stop: tuple[str, ...] = ()
    speedup: bool = True  # False: plain decoding for this reply, whatever the engine could do faster


PRECISE = Sampling(temperature=0.2, top_p=0.9, top_k=20, min_p=0.05, repeat_penalty=1.05)
BALANCED = Sampling()
CREATIVE = Sampling(temperature=1.0, top_p=0.95, top_k=80, min_p=0.03, repeat_penalty=1.1)
PRESETS = {"precise": PRECISE, "balanced": BALANCED, "creative": CREATIVE}


@dataclass(frozen=True)
class TextDelta:
    """More of the visible reply."""

    text: str


@dataclass(frozen=True)
class ThinkingDelta:
    """More of the model's reasoning (between <think> and </think>), shown apart from the reply."""

    text: str


@dataclass(frozen=True)
class Notice:
    """Something the person should know about this reply, in plain words."""

    message: str


@dataclass(frozen=True)
class ToolCall:
    """The model asks for a tool to be run: the call's id, the function's name and its arguments (a JSON object,
    kept as an object; the OpenAI wire writes it as text). A reply may end with several, in order."""

    id: str
    name: str
    arguments: dict[str, Any] = field(default_factory=dict, hash=False)


Event = TextDelta | ThinkingDelta | Notice | ToolCall


class StopReason(StrEnum):
    FINISHED = "finished"  # the model ended its reply
    STOP_STRING = "stop_string"  # one of the sampling's stop strings appeared
    MAX_TOKENS = "max_tokens"  # the reply reached the sampling's max_tokens
    CONTEXT_FULL = "context_full"  # no room left in the context
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ReplyStats:
    """A reply's numbers, as the engine counted them and as the conversation store keeps them."""

    prompt_tokens: int = 0  # the whole prompt, as the model sees it
    generated_tokens: int = 0
    ttft_s: float = 0.0  # time to the first token, including reading the prompt; 0 when none came
    tokens_per_second: float = 0.0  # decoding speed after the first token; 0 with fewer than two tokens
    stop_reason: StopReason = StopReason.FINISHED
    prompt_tokens_reused: int = 0  # of prompt_tokens, the ones not read: kept from the turn before or restored
    prompt_tokens_evaluated: int = 0  # prompt tokens llama.cpp really processed for this reply (its own count, ±1)
    messages_left_out: int = 0  # earlier messages dropped so the conversation fits the context
    drafted_tokens: int = 0  # tokens guessed from the prompt and checked by the model (0: no speed-up used)
    accepted_tokens: int = 0  # of drafted_tokens, the ones the model kept
    speedup: float = 0.0  # decoding speed with drafting over this reply's plain steps (0: not measured)

    def to_json(self, *, rounded: bool = False) -> dict[str, Any]:
        """Every number and the stop reason's word: what the conversation and comparison stores keep and what every
        `--json` prints. `rounded` gives people's precision (times to the millisecond, speeds to a tenth, the
        speed-up to a hundredth); the stores keep the exact values."""
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["stop_reason"] = str(self.stop_reason)
        if rounded:
            data |= {
                "ttft_s": round(self.ttft_s, 3),
                "tokens_per_second": round(self.tokens_per_second, 1),
                "speedup": round(self.speedup, 2),
            }
        return data

    @classmethod
    def from_json(cls, raw: object) -> ReplyStats | None:
        """The numbers from a stored value; a damaged or older one keeps what it can (None: nothing to read)."""
        if not isinstance(raw, Mapping):
            return None
        values: dict[str, Any] = {}
        for item in fields(cls):
            value = raw.get(item.name)
            if item.name != "stop_reason" and isinstance(value, int | float) and not isinstance(value, bool):
                values[item.name] = type(getattr(cls(), item.name))(value)
        reason = str(raw.get("stop_reason"))
        known = {str(r): r for r in StopReason}
        values["stop_reason"] = known.get(reason) or _OLDER_REASONS.get(reason, StopReason.FINISHED)
        return cls(**values)


_OLDER_REASONS = {"length": StopReason.MAX_TOKENS, "stop": StopReason.FINISHED}  # OpenAI's words, kept by older rows

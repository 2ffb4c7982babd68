"""Guessing the next few tokens of a reply from the text it is copying, and checking the guess in one pass.

A summary, an answer from a document or an edited text repeats runs of tokens from the prompt. When the last few
tokens of the reply also occur in the prompt (or earlier in the reply), the tokens that followed them there are a
cheap guess — a draft — of what comes next. The model reads the draft in one batch, which costs little more than
one token on hardware limited by memory bandwidth, and every draft token its own sampler would have chosen anyway
is kept; the first that differs is replaced by the sampler's choice and the rest are thrown away. Because each
kept token is the sampler's own pick from the model's logits at that position, in order, the reply is the one
plain decoding writes (greedy: token for token; sampling: the same distribution, and with the same seed the same
tokens, since the sampler draws exactly once per kept token).

This module holds the parts that need no model: the n-gram index and the draft length's adaptation to how much
of each draft is kept. `app/engines/draft_step.py` runs a draft through llama.cpp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DraftLength", "PromptLookup"]


class PromptLookup:
    """An index from each short run of tokens (n-gram) to where its most recent occurrence was followed by more.

    The index grows with the reply, so a reply that repeats itself (a list with a fixed pattern) is drafted from its
    own earlier lines too. Longer matches are tried first: they predict better than a single shared token.
    """

    def __init__(self, tokens: Sequence[int], *, longest: int = 4, shortest: int = 2) -> None:
        if not 1 <= shortest <= longest:
            raise ValueError(f"n-gram sizes must satisfy 1 <= shortest <= longest, not {shortest}..{longest}")
        self.longest = longest
        self.shortest = shortest
        self.tokens: list[int] = []
        self._next: dict[tuple[int, ...], int] = {}  # n-gram -> index of the token that followed it last time
        for token in tokens:
            self.add(token)

    def add(self, token: int) -> None:
        """Take one more token of the prompt or the reply; the n-grams that end just before it now point at it."""
        tokens = self.tokens
        end = len(tokens)
        for size in range(self.shortest, min(self.longest, end) + 1):
            self._next[tuple(tokens[end - size : end])] = end
        tokens.append(token)

    def extend(self, tokens: Sequence[int]) -> None:
        for token in tokens:
            self.add(token)

    def draft(self, limit: int) -> list[int]:
        """Up to `limit` tokens that followed the longest recent match of the text's end; [] when nothing matches."""
        tokens = self.tokens
        if limit <= 0:
            return []
        for size in range(min(self.longest, len(tokens)), self.shortest - 1, -1):
            start = self._next.get(tuple(tokens[len(tokens) - size :]))
            if start is not None:
                return tokens[start : start + limit]
        return []


@dataclass
class DraftLength:
    """How many tokens to draft next: longer after a draft was kept whole, back to what was kept after a miss.

    Every rejected draft token was computed for nothing, so the length follows the acceptance: a reply copying a
    long passage earns long drafts quickly, and one that only touches the prompt now and then drafts one token.
    """

    current: int = 4
    shortest: int = 1
    longest: int = 12
    grow: int = 2

    def update(self, drafted: int, accepted: int) -> None:
        if drafted <= 0:
            return
        if accepted >= drafted:
            self.current = min(self.longest, self.current + self.grow)
        else:
            self.current = max(self.shortest, min(self.current, accepted + 1))

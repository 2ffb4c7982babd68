"""Text that must wait: the end of a stream that may still become a marker (a stop string, `</think>`, a tool call).

Tokens split markers anywhere ("</", "think", ">"), so whatever streams text and looks for markers holds back the
longest end that is the start of one, until the next piece decides. Stop strings, the thinking splitter and the
tool-call stream all ask this one function, so they agree on what "might still become a marker" means.
"""

from __future__ import annotations

from collections.abc import Iterable


def held_back(text: str, markers: Iterable[str]) -> int:
    """How many characters at the end of `text` are the start of one of `markers` (0: all of it can go out).

    A marker already whole inside `text` is the caller's to find first; this only measures the unfinished end."""
    keep = 0
    for marker in markers:
        for size in range(min(len(text), len(marker) - 1), keep, -1):
            if marker.startswith(text[-size:]):
                keep = size
                break
    return keep


def release(text: str, stops: Iterable[str]) -> tuple[str, str, bool]:
    """Split streamed `text` at stop strings: what can be shown now, what must wait, and whether one was hit
    (then the text from the stop string on is dropped)."""
    stops = tuple(s for s in stops if s)
    if not stops:
        return text, "", False
    hits = [at for stop in stops if (at := text.find(stop)) >= 0]
    if hits:
        return text[: min(hits)], "", True
    keep = held_back(text, stops)
    return text[: len(text) - keep], text[len(text) - keep :], False

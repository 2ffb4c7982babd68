"""Split a streamed reply into reasoning (`<think>…</think>`) and the answer, whatever the token boundaries.

Reasoning models (DeepSeek-R1 distills, Qwen3, QwQ) write `<think>`, their reasoning, `</think>`, then the answer.
Some chat templates open the tag themselves at the end of the prompt, so the output starts inside it and only
`</think>` appears. A tag may arrive split over several tokens ("</", "think", ">"), so text that could still
become a tag is held back until it cannot. Only one reasoning block is recognised, at the start of the reply: a
tag written later (the model talking about tags) is part of the answer.
"""

from __future__ import annotations

from app.engines.chat_types import TextDelta, ThinkingDelta
from app.engines.held_back import held_back

OPEN = "<think>"
CLOSE = "</think>"


class ThinkSplitter:
    def __init__(self, starts_inside: bool = False) -> None:
        self._inside = starts_inside
        self._done_with_tags = False  # after </think>, or once the answer began without a think block
        self._section_start = True  # strip the blank lines a section begins with
        self._buffer = ""

    @property
    def inside(self) -> bool:
        return self._inside

    def feed(self, text: str) -> list[TextDelta | ThinkingDelta]:
        self._buffer += text
        out: list[TextDelta | ThinkingDelta] = []
        while True:
            if self._inside:
                end = self._buffer.find(CLOSE)
                if end >= 0:
                    self._emit(out, self._buffer[:end])
                    self._buffer = self._buffer[end + len(CLOSE) :]
                    self._inside = False
                    self._done_with_tags = True
                    self._section_start = True
                    continue
                keep = held_back(self._buffer, (CLOSE,))
                self._emit(out, self._buffer[: len(self._buffer) - keep])
                self._buffer = self._buffer[len(self._buffer) - keep :]
                return out
            if not self._done_with_tags:
                head = self._buffer.lstrip()
                if head.startswith(OPEN):
                    self._buffer = head[len(OPEN) :]
                    self._inside = True
                    self._section_start = True
                    continue
                if OPEN.startswith(head):
                    return out  # blank so far, or a tag still arriving
                self._done_with_tags = True
            self._emit(out, self._buffer)
            self._buffer = ""
            return out

    def flush(self) -> list[TextDelta | ThinkingDelta]:
        """What is left at the end of the reply (an unfinished tag is just text)."""
        out: list[TextDelta | ThinkingDelta] = []
        self._emit(out, self._buffer)
        self._buffer = ""
        return out

    def _emit(self, out: list[TextDelta | ThinkingDelta], text: str) -> None:
        if self._section_start:
            text = text.lstrip()
            if not text:
                return
            self._section_start = False
        if not text:
            return
        event: TextDelta | ThinkingDelta = ThinkingDelta(text) if self._inside else TextDelta(text)
        if out and type(out[-1]) is type(event):
            out[-1] = type(event)(out[-1].text + text)
        else:
            out.append(event)

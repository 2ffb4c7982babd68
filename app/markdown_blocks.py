"""Split a reply into prose and fenced code blocks, so each code block gets its own view and Copy button.

Streaming-safe: an opening fence without its closing one yet is a code block still being written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")


@dataclass(frozen=True)
class Block:
    kind: str  # "text" | "code"
    content: str
    language: str = ""
    closed: bool = True  # False for a code block whose closing fence has not arrived yet


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    prose: list[str] = []
    code: list[str] = []
    fence = ""
    language = ""
    for line in text.split("\n"):
        match = _FENCE.match(line)
        if not fence and match:
            if prose:
                blocks.append(Block("text", "\n".join(prose)))
                prose = []
            fence, language = match["fence"], match["info"].strip().split(" ")[0]
        elif fence and line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            blocks.append(Block("code", "\n".join(code), language))
            code, fence, language = [], "", ""
        elif fence:
            code.append(line)
        else:
            prose.append(line)
    if fence:
        blocks.append(Block("code", "\n".join(code), language, closed=False))
    elif prose and "\n".join(prose).strip():
        blocks.append(Block("text", "\n".join(prose)))
    return [b for b in blocks if b.kind == "code" or b.content.strip()]


def keep_line_breaks(prose: str, mark: str = "") -> str:
    """Markdown for prose in which a single line break stays a line break, as chat apps show a message (three lines
    "1", "2", "3" stay three lines), where Markdown joins the lines of a paragraph into one: each line that another
    line follows ends in Markdown's hard break (two spaces), after `mark` (for the view to find the breaks again).

    Blank lines still part paragraphs; an indented line goes on joining the one before (a list item's own next
    line); code blocks are not prose (split_blocks keeps them apart)."""
    lines = prose.split("\n")
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if line.strip() and following.strip() and not following[0].isspace() and not line.endswith(("  ", "\\")):
            lines[index] = line.rstrip() + mark + "  "
    return "\n".join(lines)

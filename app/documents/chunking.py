"""Pages cut into chunks of about 512 tokens that overlap, each a slice of its page's text with its offsets.

Tokens are counted the way the fit arithmetic does without a tokenizer at hand: about four characters each (English
prose with the common model vocabularies). A chunk ends at a paragraph, sentence or word break near its size, and
the next one starts `overlap` tokens before it ended, so a fact cut at a boundary is whole in one of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.documents.extract import Page

CHARS_PER_TOKEN = 4
CHUNK_TOKENS = 512
OVERLAP_TOKENS = 64


@dataclass(frozen=True)
class Chunk:
    page: int
    start: int  # character offsets in the page's text: text == page.text[start:end]
    end: int
    text: str


def estimate_tokens(text: str) -> int:
    return -(-len(text) // CHARS_PER_TOKEN)


def _break_before(text: str, start: int, limit: int) -> int:
    """The best place to end a chunk that may not go past `limit`: a paragraph, a sentence, a word break."""
    if limit >= len(text):
        return len(text)
    floor = start + (limit - start) // 2
    for marks in (("\n\n",), (". ", "? ", "! ", ".\n", "\n"), (" ", "\t")):
        best = max(text.rfind(mark, floor, limit) for mark in marks)
        if best > floor:
            return best + 1
    return limit


def chunk_page(page: Page, tokens: int = CHUNK_TOKENS, overlap: int = OVERLAP_TOKENS) -> Iterator[Chunk]:
    text = page.text
    size, back = tokens * CHARS_PER_TOKEN, overlap * CHARS_PER_TOKEN
    start = 0
    while start < len(text):
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= len(text):
            return
        end = _break_before(text, start, start + size)
        stripped = end
        while stripped > start and text[stripped - 1].isspace():
            stripped -= 1
        yield Chunk(page.number, start, stripped, text[start:stripped])
        if end >= len(text):
            return
        following = max(end - back, start + 1)
        space = text.find(" ", following, end)  # start the overlap at a word
        start = space + 1 if space != -1 else following


WINDOW_TOKENS = 64
WINDOW_OVERLAP = 8


def windows(text: str) -> list[str]:
    """The parts of a chunk that are embedded: about 64 tokens each (two or three sentences), cut at sentences."""
    return [part.text for part in chunk_page(Page(0, text), WINDOW_TOKENS, WINDOW_OVERLAP)] or [text]


def chunk_pages(pages: tuple[Page, ...], tokens: int = CHUNK_TOKENS, overlap: int = OVERLAP_TOKENS) -> list[Chunk]:
    return [chunk for page in pages for chunk in chunk_page(page, tokens, overlap)]

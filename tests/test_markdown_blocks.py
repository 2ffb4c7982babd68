"""Replies split into prose and code blocks, also while a code block is still streaming."""

from __future__ import annotations

from app.markdown_blocks import Block, split_blocks


def test_prose_and_a_fenced_block() -> None:
    text = "Here:\n\n```python\ndef add(a, b):\n    return a + b\n```\nDone."
    assert split_blocks(text) == [
        Block("text", "Here:\n"),
        Block("code", "def add(a, b):\n    return a + b", "python"),
        Block("text", "Done."),
    ]


def test_an_unclosed_fence_is_a_code_block_still_streaming() -> None:
    assert split_blocks("x\n```js\nlet a = 1;") == [Block("text", "x"), Block("code", "let a = 1;", "js", closed=False)]


def test_tilde_fences_longer_fences_and_no_language() -> None:
    assert split_blocks("~~~\nplain\n~~~") == [Block("code", "plain")]
    assert split_blocks("````md\n```inner```\n````") == [Block("code", "```inner```", "md")]


def test_empty_and_plain_text() -> None:
    assert split_blocks("") == []
    assert split_blocks("just words") == [Block("text", "just words")]

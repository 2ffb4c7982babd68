"""Replies split into prose and code blocks, also while a code block is still streaming."""

from __future__ import annotations

from app.markdown_blocks import Block, keep_line_breaks, split_blocks


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


def test_single_line_breaks_become_hard_breaks_and_paragraphs_stay_apart() -> None:
    assert keep_line_breaks("1\n2\n3") == "1  \n2  \n3"
    assert keep_line_breaks("One.\n\nTwo\nlines.") == "One.\n\nTwo  \nlines."
    assert keep_line_breaks("Already  \nbroken\\\nhere") == "Already  \nbroken\\\nhere"
    assert keep_line_breaks("single line") == "single line"


def test_an_indented_line_still_joins_the_list_item_before_it() -> None:
    assert keep_line_breaks("1. Step\n   its detail\n2. Next") == "1. Step\n   its detail  \n2. Next"


def test_the_view_can_mark_the_breaks() -> None:
    assert keep_line_breaks("a\nb", mark="|") == "a|  \nb"

"""The reasoning splitter on token streams recorded from reasoning models (as llama.cpp detokenizes them)."""

from __future__ import annotations

import pytest

from app.engines.chat_types import TextDelta, ThinkingDelta
from app.engines.think_split import ThinkSplitter

# DeepSeek-R1-Distill-Qwen-1.5B Q4_K_M, "What is 7 * 8?", temperature 0: its template ends the prompt with
# "<｜Assistant｜><think>\n", so the output starts inside the reasoning and only "</think>" appears.
R1_DISTILL_OPENED_BY_TEMPLATE = [
    "Okay", ",", " so", " I", " need", " to", " figure", " out", " what", " ", "7", " multiplied", " by", " ",
    "8", " is", ".", " Hmm", ",", " ", "7", " times", " ", "8", " is", " ", "5", "6", ".\n", "</think>", "\n\n",
    "7", " ×", " ", "8", " =", " **", "5", "6", "**",
]  # fmt: skip

# Qwen3-0.6B Q8_0 with enable_thinking left on: the model writes the opening tag itself; some runtimes split the
# tags into pieces ("<th", "ink", ">"), as a byte-level detokenizer does for tags that are not single tokens.
QWEN3_TAG_IN_OUTPUT = [
    "<th", "ink", ">\n", "The", " user", " asks", " for", " the", " capital", " of", " France", ".", " That",
    "'s", " Paris", ".\n", "</", "think", ">\n\n", "The", " capital", " of", " France", " is", " **", "Paris",
    "**", ".",
]  # fmt: skip

# Qwen3 with enable_thinking=False: the template writes an empty "<think>\n\n</think>\n\n" into the prompt, so
# the output is the answer alone.
QWEN3_NO_THINKING = ["The", " capital", " of", " France", " is", " Paris", "."]


def run(stream: list[str], starts_inside: bool = False) -> tuple[str, str, list[TextDelta | ThinkingDelta]]:
    splitter = ThinkSplitter(starts_inside=starts_inside)
    events: list[TextDelta | ThinkingDelta] = []
    for piece in stream:
        events += splitter.feed(piece)
    events += splitter.flush()
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    return thinking, text, events


def test_output_that_starts_inside_the_tag_splits_at_the_closing_tag() -> None:
    thinking, text, events = run(R1_DISTILL_OPENED_BY_TEMPLATE, starts_inside=True)
    assert thinking.startswith("Okay, so I need to figure out")
    assert thinking.rstrip().endswith("7 times 8 is 56.")
    assert text == "7 × 8 = **56**"
    assert "think>" not in thinking + text
    # reasoning streams as it comes, then the answer: never back to reasoning
    kinds = [type(e) for e in events]
    assert kinds.index(TextDelta) > 0
    assert ThinkingDelta not in kinds[kinds.index(TextDelta) :]


def test_tags_split_across_tokens_are_recognised() -> None:
    thinking, text, _ = run(QWEN3_TAG_IN_OUTPUT)
    assert thinking.strip() == "The user asks for the capital of France. That's Paris."
    assert text == "The capital of France is **Paris**."


def test_a_reply_without_reasoning_is_all_text() -> None:
    thinking, text, events = run(QWEN3_NO_THINKING)
    assert thinking == ""
    assert text == "The capital of France is Paris."
    assert all(isinstance(e, TextDelta) for e in events)


def test_text_that_only_looks_like_a_tag_is_released() -> None:
    thinking, text, _ = run(["<", "html", ">", " is a tag"])
    assert (thinking, text) == ("", "<html> is a tag")


def test_a_tag_later_in_the_answer_is_part_of_the_answer() -> None:
    thinking, text, _ = run(["Use ", "<think>", " tags like this."])
    assert thinking == ""
    assert text == "Use <think> tags like this."


def test_unfinished_reasoning_stays_reasoning() -> None:
    thinking, text, _ = run(["Let me", " think about", " this </th"], starts_inside=True)
    assert thinking == "Let me think about this </th"
    assert text == ""


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8])
def test_any_chunking_gives_the_same_split(size: int) -> None:
    whole = "".join(QWEN3_TAG_IN_OUTPUT)
    chunks = [whole[i : i + size] for i in range(0, len(whole), size)]
    assert run(chunks)[:2] == run(QWEN3_TAG_IN_OUTPUT)[:2]

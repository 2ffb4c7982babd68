"""Drafting from the prompt: the n-gram index and the draft length (pure), without a model."""

from __future__ import annotations

import pytest

from app.engines.llama.prompt_lookup import DraftLength, PromptLookup


def test_the_draft_is_what_followed_the_end_of_the_text_in_the_prompt() -> None:
    lookup = PromptLookup([10, 11, 12, 13, 14, 15, 16])
    lookup.extend([99, 12, 13])  # the reply so far ends with "12 13", as the prompt had it
    assert lookup.draft(3) == [14, 15, 16]
    assert lookup.draft(10) == [14, 15, 16, 99, 12, 13]  # runs on into the reply itself
    assert lookup.draft(0) == []


def test_longer_matches_win_over_shorter_ones() -> None:
    # "2 3" is followed by 7 early and by 4 after "1 2 3": the reply ending "1 2 3" takes the three-token match.
    lookup = PromptLookup([1, 2, 3, 4, 5, 8, 2, 3, 7, 9])
    lookup.extend([1, 2, 3])
    assert lookup.draft(2) == [4, 5]


def test_the_most_recent_occurrence_of_a_match_is_used() -> None:
    lookup = PromptLookup([5, 6, 1, 8, 5, 6, 2])
    lookup.extend([5, 6])
    assert lookup.draft(1) == [2]


def test_no_match_no_draft() -> None:
    lookup = PromptLookup([1, 2, 3, 4])
    lookup.extend([9, 8])
    assert lookup.draft(4) == []
    lookup = PromptLookup([1, 2, 3, 4])
    lookup.add(3)  # a single shared token is too weak a match (the shortest n-gram is 2)
    assert lookup.draft(4) == []


def test_the_draft_grows_while_it_is_kept_and_shrinks_to_what_was_kept() -> None:
    length = DraftLength(current=4, longest=8)
    length.update(drafted=4, accepted=4)
    assert length.current == 6
    length.update(drafted=6, accepted=6)
    length.update(drafted=8, accepted=8)
    assert length.current == 8
    length.update(drafted=8, accepted=2)
    assert length.current == 3
    length.update(drafted=3, accepted=0)
    assert length.current == 1
    length.update(drafted=0, accepted=0)
    assert length.current == 1


def test_ngram_sizes_are_checked() -> None:
    with pytest.raises(ValueError, match="n-gram"):
        PromptLookup([], longest=1, shortest=2)

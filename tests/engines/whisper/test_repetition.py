"""Whisper's repetition loops are cut; ordinary repeats in speech are kept."""

from __future__ import annotations

from app.engines.whisper.repetition import RepetitionGuard, loop_free_indices, without_inner_loop
from app.transcription.transcripts import Segment, Word


def kept(texts: list[str]) -> tuple[list[str], int]:
    guard = RepetitionGuard()
    out = [s.text for t in texts for s in guard.push(Segment(0, 1, t))]
    out += [s.text for s in guard.flush()]
    return out, guard.removed


def test_the_same_line_to_the_end_of_the_file_is_kept_once() -> None:
    texts, removed = kept(["Welcome back.", *["Thank you for watching."] * 40])
    assert texts == ["Welcome back.", "Thank you for watching."]
    assert removed == 39


def test_a_loop_that_ends_lets_the_next_line_through() -> None:
    texts, _ = kept(["Go on.", "I see.", "I see.", "I see.", "Right, next point."])
    assert texts == ["Go on.", "I see.", "Right, next point."]


def test_a_sentence_said_twice_is_speech_not_a_loop() -> None:
    texts, removed = kept(["Can you hear me?", "Can you hear me?", "Yes."])
    assert texts == ["Can you hear me?", "Can you hear me?", "Yes."]
    assert removed == 0


def test_a_phrase_looping_inside_a_segment_is_kept_once() -> None:
    tokens = ["And", "then", *["I'm", "going", "to", "go,"] * 5, "home."]
    assert [tokens[i] for i in loop_free_indices(tokens)] == ["And", "then", "I'm", "going", "to", "go,", "home."]


def test_a_short_emphatic_repeat_stays() -> None:
    tokens = ["It", "was", "very,", "very,", "very", "good."]
    assert loop_free_indices(tokens) == list(range(len(tokens)))


def test_an_inner_loop_in_timed_words_keeps_their_times() -> None:
    words = tuple(Word(i, i + 1, f" {w}") for i, w in enumerate(["Yes", *["no"] * 8, "maybe."]))
    segment, cut = without_inner_loop(Segment(0, 10, "".join(w.text for w in words), words))
    assert cut
    assert segment.text == "Yes no maybe."
    assert [w.start for w in segment.words] == [0, 1, 9]

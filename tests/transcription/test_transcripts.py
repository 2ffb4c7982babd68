"""Exports: subtitle lines and times, the four formats, and saving that never replaces a file."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from app.transcription.transcripts import Segment, Transcript, Word
from app.transcription.transcripts.cues import build_cues
from app.transcription.transcripts.saving import TranscriptNotSaved, save, target_folder
from app.transcription.transcripts.sentences import split_sentences
from app.transcription.transcripts.writers import FORMATS, render
from tests.helpers.subtitles import assert_well_formed, parse_srt, parse_vtt

LONG = (
    "This is a rather long sentence that Whisper could well produce in one segment, far too long for one "
    "line of subtitles. And here is a second sentence, shorter."
)


def words_for(text: str, start: float, end: float) -> tuple[Word, ...]:
    tokens = text.split()
    step = (end - start) / len(tokens)
    return tuple(Word(start + i * step, start + (i + 1) * step, " " + t) for i, t in enumerate(tokens))


def sample(with_words: bool = False) -> Transcript:
    texts = [(0.0, 9.5, LONG), (9.4, 12.0, "Overlapping a little."), (12.0, 12.0, "A zero-length one."),
             (13.0, 14.0, "Tags <b>and</b> arrows --> & ampersands.")]  # fmt: skip
    segments = tuple(
        Segment(start, end, text, words_for(text, start, end) if with_words else ()) for start, end, text in texts
    )
    return Transcript("/recordings/talk.wav", "en", 14.0, segments, model="faster-whisper-base")


@pytest.mark.parametrize("with_words", [False, True])
def test_srt_parses_back_with_increasing_times_and_short_lines(with_words: bool) -> None:
    cues = parse_srt(render(sample(with_words), "srt"))
    assert_well_formed(cues)
    assert len(cues) >= 5  # the long segment became several cues
    assert " ".join(" ".join(c.lines) for c in cues).split() == " ".join(s.text for s in sample().segments).split()


@pytest.mark.parametrize("with_words", [False, True])
def test_vtt_parses_back_with_increasing_times_short_lines_and_escaped_text(with_words: bool) -> None:
    text = render(sample(with_words), "vtt")
    cues = parse_vtt(text)
    assert_well_formed(cues)
    assert "&lt;b&gt;and&lt;/b&gt; arrows --&gt; &amp; ampersands." in text


def test_lines_break_between_words_and_two_lines_are_balanced() -> None:
    cues = build_cues([Segment(0, 4, "one two three four five six seven eight nine ten eleven twelve thirteen")])
    assert len(cues) == 1
    first, second = cues[0].lines
    assert abs(len(first) - len(second)) <= 8
    assert f"{first} {second}" == "one two three four five six seven eight nine ten eleven twelve thirteen"


def test_a_word_longer_than_a_line_is_cut_to_fit() -> None:
    url = "https://example.org/" + "a" * 80
    cues = build_cues([Segment(0, 3, f"Visit {url} today.")])
    assert_well_formed(parse_srt(render(Transcript("x.wav", "en", 3, (Segment(0, 3, f"Visit {url} today."),)), "srt")))
    assert "".join(line for c in cues for line in c.lines).replace(" ", "").count("a" * 40) >= 2


def test_a_cue_ends_at_a_sentence_when_it_is_half_full() -> None:
    cues = build_cues(
        [Segment(0, 6, "This sentence is a good forty-five characters. Then another sentence starts here.")]
    )
    assert cues[0].lines[-1].endswith("characters.")
    assert cues[1].lines == ("Then another sentence starts here.",)


def test_word_times_set_cue_times() -> None:
    words = (Word(1.0, 1.5, " Hello"), Word(1.5, 2.0, " there."), Word(5.0, 5.5, " Later"), Word(5.5, 6.0, " words."))
    cues = build_cues([Segment(1.0, 6.0, "Hello there. Later words.", words)], max_chars=12, max_lines=1)
    assert [(c.start, c.end) for c in cues] == [(1.0, 2.0), (5.0, 6.0)]


def test_txt_is_one_line_per_segment_and_json_keeps_segments_and_words() -> None:
    transcript = sample(with_words=True)
    assert render(transcript, "txt").splitlines()[1] == "Overlapping a little."
    document = json.loads(render(transcript, "json"))
    assert document["language"] == "en"
    first_word = document["segments"][0]["words"][0]
    assert set(first_word) == {"start", "end", "word", "probability"}
    assert first_word["word"] == " This"
    assert Transcript.from_json(document).to_json() == document


def test_a_damaged_transcript_file_keeps_its_good_segments() -> None:
    raw = sample().to_json()
    raw["segments"].insert(1, {"start": "soon", "text": 42})
    raw["duration"] = "long"
    loaded = Transcript.from_json(raw)
    assert len(loaded.segments) == len(sample().segments)
    assert loaded.duration == 0.0


def test_edited_text_drops_the_words_whose_timing_no_longer_matches() -> None:
    transcript = sample(with_words=True)
    edited = transcript.with_texts(["Changed.", *[s.text for s in transcript.segments[1:]]])
    assert edited.segments[0].text == "Changed."
    assert edited.segments[0].words == ()
    assert edited.segments[1] == transcript.segments[1]


def test_split_sentences_by_words_and_by_length() -> None:
    text = "First one here. Second one is longer than that! Third?"
    untimed = split_sentences(Segment(10.0, 20.0, text))
    assert [s.text for s in untimed] == ["First one here.", "Second one is longer than that!", "Third?"]
    assert untimed[0].start == 10.0
    assert untimed[-1].end == 20.0
    assert all(a.end == pytest.approx(b.start) for a, b in itertools.pairwise(untimed))
    timed = split_sentences(Segment(10.0, 20.0, text, words_for(text, 10.0, 20.0)))
    assert [s.text for s in timed] == [s.text for s in untimed]
    assert timed[1].words[0].text == " Second"


def test_saving_next_to_the_recording_never_overwrites(tmp_path: Path) -> None:
    source = tmp_path / "talk.wav"
    (tmp_path / "talk.srt").write_text("the user's own subtitles", encoding="utf-8")
    first = save(sample(), ["txt", "srt"], target_folder(source, ""), "talk")
    assert [p.name for p in first.paths] == ["talk (2).txt", "talk (2).srt"]
    second = save(sample(), ["txt", "srt"], target_folder(source, ""), "talk")
    assert [p.name for p in second.paths] == ["talk (3).txt", "talk (3).srt"]
    assert (tmp_path / "talk.srt").read_text(encoding="utf-8") == "the user's own subtitles"


def test_saving_into_a_chosen_folder(tmp_path: Path) -> None:
    chosen = tmp_path / "Subtitles"
    saved = save(sample(), FORMATS, target_folder(Path("/elsewhere/talk.mp4"), str(chosen)), "talk")
    assert {p.name for p in saved.paths} == {"talk.txt", "talk.srt", "talk.vtt", "talk.json"}
    assert all(p.parent == chosen for p in saved.paths)


def test_a_folder_that_cannot_be_written_falls_back_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    blocked = tmp_path / "not-a-folder" / "subtitles"
    saved = save(sample(), ["srt"], blocked, "talk", fallback=tmp_path / "fallback")
    assert saved.fallback_used
    assert saved.paths[0].parent == tmp_path / "fallback"
    with pytest.raises(TranscriptNotSaved, match="could not be saved"):
        save(sample(), ["srt"], blocked, "talk")

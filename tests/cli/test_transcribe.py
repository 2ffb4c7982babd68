"""`hearth transcribe`: a file per input and format, the others done after a failure, and the exit codes."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import pytest

from app import cli
from app.models.library import Library
from tests.helpers.speech import CLIP_WER_BOUND, SpeechSet, speech_set, word_error_rate
from tests.helpers.subtitles import assert_well_formed, parse_vtt


@pytest.fixture(scope="module")
def speech() -> SpeechSet:
    return speech_set()


@pytest.mark.model
def test_each_input_becomes_a_file_and_a_bad_one_fails_after_the_others_are_done(
    tmp_path: Path, speech: SpeechSet, whisper_base_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = [speech.text_as_mp3, speech.clips["m4a"].path, speech.noisy.path]
    code = cli.main(["transcribe", *map(str, inputs), "--model", str(whisper_base_dir), "--format", "vtt",
                     "--format", "txt", "--output", str(tmp_path), "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 1
    document = json.loads(out)
    failed, clip, noisy = document["results"]
    assert failed["error"].startswith("notes.mp3 is not a recording")
    assert failed["outputs"] == []
    assert clip["outputs"] == [str(tmp_path / "clip.vtt"), str(tmp_path / "clip.txt")]
    assert noisy["outputs"] == [str(tmp_path / "noisy.vtt"), str(tmp_path / "noisy.txt")]
    assert word_error_rate(speech.clips["m4a"].text, clip["text"]) <= CLIP_WER_BOUND
    assert clip["language"] == "en"
    assert_well_formed(parse_vtt((tmp_path / "noisy.vtt").read_text(encoding="utf-8")))
    assert "processor" in document["device"]
    assert "hearth: notes.mp3: notes.mp3 is not a recording" in err
    assert "Finding the speech and the language" in err
    assert err.strip().splitlines()[-1] == "hearth: 1 of 3 recordings could not be transcribed."


@pytest.mark.model
def test_a_library_id_names_the_model_and_paths_go_to_stdout(
    tmp_path: Path, speech: SpeechSet, whisper_base_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (model,) = Library().import_path(whisper_base_dir).imported
    code = cli.main(["transcribe", str(speech.clips["flac"].path), "--model", model.id, "--format", "srt",
                     "--output", str(tmp_path), "--language", "en", "--word-timestamps"])  # fmt: skip
    out, _err = capsys.readouterr()
    assert code == 0
    assert out.splitlines() == [str(tmp_path / "clip.srt")]


@pytest.mark.model
def test_no_voice_filter_transcribes_a_silent_recording_that_the_filter_skips(
    tmp_path: Path, whisper_base_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The voice filter finds no speech in silence and Whisper never sees it; without the filter it hears it all."""
    silence = tmp_path / "silence.wav"
    with wave.open(str(silence), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(bytes(2 * 16_000 * 3))
    command = ["transcribe", str(silence), "--model", str(whisper_base_dir), "--language", "en", "--json"]
    assert cli.main(command) == 0
    (filtered,) = json.loads(capsys.readouterr().out)["results"]
    assert cli.main([*command, "--no-voice-filter"]) == 0
    (unfiltered,) = json.loads(capsys.readouterr().out)["results"]
    assert "No speech was found in this recording." in filtered["notices"]
    assert "No speech was found in this recording." not in unfiltered["notices"]
    assert unfiltered["error"] is None


def test_the_help_says_what_turning_the_voice_filter_off_changes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["transcribe", "--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "--no-voice-filter transcribe every part of the recording, silence and noise included" in shown
    assert "Whisper may write text for noise" in shown


def test_an_unknown_model_is_one_sentence_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["transcribe", str(tmp_path / "a.wav"), "--model", "imported:nothing"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("hearth: No model called “imported:nothing”")
    assert len(err.strip().splitlines()) == 1


def test_a_folder_that_is_not_a_whisper_model_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["transcribe", str(tmp_path / "a.wav"), "--model", str(tmp_path)]) == 1
    assert "is not a Whisper model" in capsys.readouterr().err


def test_an_unknown_format_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["transcribe", "a.wav", "--model", "x", "--format", "docx"])
    assert exited.value.code == 2

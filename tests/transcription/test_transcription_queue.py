"""The queue: one recording at a time, failures that stop nothing, re-runs, cancel, and a restart in between."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.downloads.queue_state import QueueState
from app.engines.whisper.options import TranscribeOptions
from app.host import SpeechHost
from app.transcription.transcription_queue import QueueItem, SavePlan, TranscriptionQueue, run_item
from tests.helpers.generators import drain, finish
from tests.helpers.speech import SpeechSet, speech_set


@pytest.fixture(scope="module")
def speech() -> SpeechSet:
    return speech_set()


@pytest.fixture(scope="module")
def transcriber() -> Iterator[SpeechHost]:
    """The one Whisper engine for the module, closed when it ends: the model is freed then, once any window a cancel
    left decoding is done."""
    transcriber = SpeechHost()
    yield transcriber
    transcriber.close()


def run_all(queue: TranscriptionQueue, transcriber: SpeechHost, model: Path, plan: SavePlan) -> list[QueueItem]:
    """What the window does: the next queued item, until none is left."""
    finished = []
    while (item := queue.next_waiting()) is not None:
        finished.append(finish(run_item(queue, item.id, transcriber, model, plan, threading.Event())))
    return finished


@pytest.mark.model
def test_bad_files_fail_with_a_reason_while_the_rest_of_the_queue_goes_on(
    tmp_path: Path, speech: SpeechSet, transcriber: SpeechHost, whisper_base_dir: Path
) -> None:
    queue = TranscriptionQueue(tmp_path / "queue")
    sources = [speech.clips["wav"].path, speech.empty, speech.text_as_mp3, speech.truncated, speech.clips["mp3"].path]
    queue.add(sources, TranscribeOptions())
    plan = SavePlan(formats=("txt", "srt"), folder=str(tmp_path / "out"))
    finished = run_all(queue, transcriber, whisper_base_dir, plan)

    assert [i.state for i in finished] == ["done", "failed", "failed", "failed", "done"]
    assert "is empty" in finished[1].error
    assert "is not a recording" in finished[2].error
    assert "is cut short" in finished[3].error
    assert [Path(p).name for p in finished[0].outputs] == ["clip.txt", "clip.srt"]
    assert [Path(p).name for p in finished[4].outputs] == ["clip (2).txt", "clip (2).srt"]  # never overwritten
    assert "lazy dog" in Path(finished[4].outputs[0]).read_text(encoding="utf-8").lower()

    # The queue and the finished transcripts are there after a restart.
    reopened = TranscriptionQueue(tmp_path / "queue")
    assert [(i.id, i.state, i.error, i.outputs) for i in reopened.items()] == [
        (i.id, i.state, i.error, i.outputs) for i in finished
    ]
    transcript = reopened.transcript(finished[0].id)
    assert transcript is not None
    assert "lazy dog" in transcript.text().lower()


@pytest.mark.model
def test_an_item_runs_again_with_other_options(
    tmp_path: Path, speech: SpeechSet, transcriber: SpeechHost, whisper_base_dir: Path
) -> None:
    queue = TranscriptionQueue(tmp_path / "queue")
    (item,) = queue.add([speech.clips["ogg"].path], TranscribeOptions())
    plan = SavePlan(formats=("json",), folder=str(tmp_path))
    run_all(queue, transcriber, whisper_base_dir, plan)
    first = queue.transcript(item.id)
    assert first is not None
    assert not first.segments[0].words

    again = queue.rerun(item.id, TranscribeOptions(language="en", word_timestamps=True))
    assert (again.state, again.progress, again.options.word_timestamps) == (QueueState.QUEUED, 0.0, True)
    (done,) = run_all(queue, transcriber, whisper_base_dir, plan)
    second = queue.transcript(item.id)
    assert second is not None
    assert second.segments[0].words
    # Its first file, untouched since Hearth wrote it, is replaced: not "clip (2).json" beside it.
    assert Path(done.outputs[0]).name == "clip.json"
    assert json.loads(Path(done.outputs[0]).read_text(encoding="utf-8"))["segments"][0]["words"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["clip.json"]

    # A file the person changed is theirs: never replaced, the next run goes beside it.
    mine = tmp_path / "clip.json"
    mine.write_text("my notes", encoding="utf-8")
    queue.rerun(item.id)
    (third,) = run_all(queue, transcriber, whisper_base_dir, plan)
    assert Path(third.outputs[0]).name == "clip (2).json"
    assert mine.read_text(encoding="utf-8") == "my notes"


@pytest.mark.model
def test_progress_is_reported_and_a_cancelled_item_says_so(
    tmp_path: Path, speech: SpeechSet, transcriber: SpeechHost, whisper_base_dir: Path
) -> None:
    queue = TranscriptionQueue(tmp_path / "queue")
    (item,) = queue.add([speech.noisy.path], TranscribeOptions())
    seen, done = drain(
        run_item(queue, item.id, transcriber, whisper_base_dir, SavePlan(folder=str(tmp_path)), threading.Event())
    )
    assert seen[0].state is QueueState.RUNNING
    assert any(i.phase.startswith("Finding the speech") for i in seen)
    assert any("processor" in i.phase for i in seen)
    progress = [i.progress for i in seen]
    assert progress == sorted(progress)
    assert done.state is QueueState.DONE
    assert done.progress == 1.0

    queue.rerun(item.id)
    cancel = threading.Event()
    job = run_item(queue, item.id, transcriber, whisper_base_dir, SavePlan(folder=str(tmp_path)), cancel)
    next(job)
    cancel.set()
    assert finish(job).state is QueueState.CANCELLED


def test_a_queued_item_is_cancelled_at_once_and_can_be_removed(tmp_path: Path) -> None:
    queue = TranscriptionQueue(tmp_path)
    first, second = queue.add([tmp_path / "a.wav", tmp_path / "b.wav"], TranscribeOptions())
    assert queue.cancel(first.id).state is QueueState.CANCELLED
    assert queue.next_waiting() == second
    queue.remove(first.id)
    assert [i.id for i in TranscriptionQueue(tmp_path).items()] == [second.id]


def test_an_item_running_when_hearth_stopped_is_queued_again(tmp_path: Path) -> None:
    queue = TranscriptionQueue(tmp_path)
    (item,) = queue.add([tmp_path / "a.wav"], TranscribeOptions(fast=True))
    queue.start(item.id)
    (again,) = TranscriptionQueue(tmp_path).items()
    assert again.state is QueueState.QUEUED
    assert again.options == TranscribeOptions(fast=True)


def test_a_queue_file_written_before_the_states_had_one_spelling_still_loads(tmp_path: Path) -> None:
    """Versions before the shared QueueState wrote a recording waiting its turn as "waiting"."""
    old = [
        {"id": "w", "source": "/a.wav", "state": "waiting"},
        {"id": "r", "source": "/b.wav", "state": "running"},
        {"id": "d", "source": "/c.wav", "state": "done", "outputs": ["/c.txt"]},
        {"id": "c", "source": "/d.wav", "state": "cancelled"},
        {"id": "f", "source": "/e.wav", "state": "failed", "error": "Not a recording."},
    ]
    (tmp_path / "queue.json").write_text(json.dumps({"version": 1, "items": old}), encoding="utf-8")
    queue = TranscriptionQueue(tmp_path)
    assert [(i.id, i.state) for i in queue.items()] == [
        ("w", QueueState.QUEUED),
        ("r", QueueState.QUEUED),
        ("d", QueueState.DONE),
        ("c", QueueState.CANCELLED),
        ("f", QueueState.FAILED),
    ]
    assert queue.next_waiting() == queue.get("w")
    queue.cancel("w")  # a change saves the queue, in today's spelling
    saved = json.loads((tmp_path / "queue.json").read_text(encoding="utf-8"))
    assert [entry["state"] for entry in saved["items"]] == ["cancelled", "queued", "done", "cancelled", "failed"]
    reloaded = TranscriptionQueue(tmp_path)
    assert [(i.id, i.state) for i in reloaded.items()] == [(i.id, i.state) for i in queue.items()]


def test_a_dropped_folder_adds_the_recordings_inside(tmp_path: Path) -> None:
    for name in ("a.wav", "b.MP3", "notes.txt", "sub/c.mkv", "sub/.hidden/d.flac"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_bytes(b"x")
    added = TranscriptionQueue(None).add([tmp_path / "in"], TranscribeOptions())
    assert sorted(i.name for i in added) == ["a.wav", "b.MP3", "c.mkv", "d.flac"]


def test_a_damaged_queue_file_starts_an_empty_queue(tmp_path: Path) -> None:
    (tmp_path / "queue.json").write_text("{not json", encoding="utf-8")
    assert TranscriptionQueue(tmp_path).items() == []
    (tmp_path / "queue.json").write_text(
        json.dumps({"items": [{"id": 3}, {"id": "x", "source": "/a.wav", "state": "odd"}]})
    )
    (item,) = TranscriptionQueue(tmp_path).items()
    assert (item.id, item.state, item.options) == ("x", QueueState.QUEUED, TranscribeOptions())

"""The transcription queue: recordings queued, running, done, failed or cancelled, kept across restarts.

Items are frozen snapshots; every change makes a new one and, when the state changes, the whole queue is saved
atomically (progress ticks are not saved: after a crash an item simply starts again). Finished transcripts are
kept beside it, one JSON file per item, so the window can show and edit them after a restart. A lock makes the
queue safe to read from the window while a worker runs an item on the speech host (the one Whisper engine, shared
with the API server), the window only adds, cancels, re-runs and removes.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
import uuid
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.atomic_json import write_json
from app.downloads.queue_state import QueueState
from app.engines.whisper.options import TranscribeOptions
from app.engines.whisper.transcriber import Preparing, SegmentDone, Started, TranscribeNotice
from app.errors import HearthError
from app.host import JobCancelled, SpeechHost
from app.i18n import say
from app.settings import Settings
from app.transcription.transcripts.model import Transcript
from app.transcription.transcripts.saving import save, target_folder
from app.transcription.transcripts.writers import FORMATS, render

log = logging.getLogger(__name__)

QUEUE_FILE = "queue.json"
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".flac", ".ogg", ".oga", ".opus", ".aac", ".wma", ".aif", ".aiff", ".amr")
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mkv", ".webm", ".mov", ".avi", ".wmv", ".3gp", ".mpg", ".mpeg", ".ts")
MEDIA_SUFFIXES = frozenset(AUDIO_SUFFIXES + VIDEO_SUFFIXES)


@dataclass(frozen=True)
class QueueItem:
    id: str
    source: str
    options: TranscribeOptions
    state: QueueState = QueueState.QUEUED  # never PAUSED: a transcription is cancelled or run again
    progress: float = 0.0  # 0..1 while running
    phase: str = ""  # what it is doing now ("Finding the speech…", "on the processor (4 threads)")
    error: str = ""  # why it failed, a sentence
    outputs: tuple[str, ...] = ()  # the files saved for it
    notices: tuple[str, ...] = ()
    language: str = ""
    duration: float = 0.0
    added_at: str = ""
    finished_at: str = ""

    @property
    def name(self) -> str:
        return Path(self.source).name

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["state"] = self.state.value
        data["options"] = self.options.to_json()
        data["outputs"] = list(self.outputs)
        data["notices"] = list(self.notices)
        return data

    @classmethod
    def from_json(cls, raw: Any) -> QueueItem | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("source"), str):
            return None
        state = QueueState.read(raw.get("state"))
        if state is None or state is QueueState.PAUSED:
            state = QueueState.QUEUED  # a state this queue does not know: the item runs again

        def text(key: str) -> str:
            value = raw.get(key)
            return value if isinstance(value, str) else ""

        def texts(key: str) -> tuple[str, ...]:
            value = raw.get(key)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        duration = raw.get("duration")
        return cls(
            id=raw["id"],
            source=raw["source"],
            options=TranscribeOptions.from_json(raw.get("options")),
            state=state,
            error=text("error"),
            outputs=texts("outputs"),
            notices=texts("notices"),
            language=text("language"),
            duration=float(duration) if isinstance(duration, int | float) else 0.0,
            added_at=text("added_at"),
            finished_at=text("finished_at"),
        )


@dataclass(frozen=True)
class SavePlan:
    """Where finished transcripts are written, from Settings."""

    formats: tuple[str, ...] = ("txt", "srt")
    folder: str = ""  # "" = next to the recording
    fallback: Path | None = None  # used when that folder cannot be written


def save_plan(settings: Settings, fallback: Path) -> SavePlan:
    formats = tuple(f for f in settings.transcript_formats.split(",") if f in FORMATS) or ("txt",)
    return SavePlan(formats, settings.transcripts_dir, fallback)


def media_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given (whatever their name: the decoder judges them), and the recordings inside folders."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES))
        else:
            found.append(path)
    return found


class TranscriptionQueue:
    def __init__(self, folder: Path | None) -> None:
        """`folder` holds queue.json and the transcripts; None keeps everything in memory (the CLI)."""
        self._folder = folder
        self._lock = threading.RLock()
        self._items: dict[str, QueueItem] = {}
        self._transcripts: dict[str, Transcript] = {}  # in-memory queues only
        if folder is not None:
            self._load(folder / QUEUE_FILE)

    # ---- reading
    def items(self) -> list[QueueItem]:
        with self._lock:
            return list(self._items.values())

    def get(self, item_id: str) -> QueueItem:
        with self._lock:
            return self._items[item_id]

    def next_waiting(self) -> QueueItem | None:
        with self._lock:
            return next((i for i in self._items.values() if i.state is QueueState.QUEUED), None)

    def transcript(self, item_id: str) -> Transcript | None:
        with self._lock:
            if self._folder is None:
                return self._transcripts.get(item_id)
            path = self._transcript_path(item_id)
        try:
            return Transcript.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None

    def own_files(self, source: Path) -> list[Path]:
        """The files Hearth saved for this recording earlier (a run before a Run again, or the same file dropped
        twice) that are still exactly as Hearth wrote them: a new run may take their names. A file the person
        edited, or one of theirs, is never among them."""
        with self._lock:
            earlier = [i for i in self._items.values() if i.source == str(source) and i.outputs]
        own = []
        for item in earlier:
            transcript = self.transcript(item.id)
            for output in map(Path, item.outputs):
                fmt = output.suffix.removeprefix(".")
                if transcript is None or fmt not in FORMATS:
                    continue
                try:
                    unchanged = output.read_bytes() == render(transcript, fmt).encode("utf-8")
                except (OSError, ValueError):
                    continue
                if unchanged and output not in own:
                    own.append(output)
        return own

    # ---- changes the window makes
    def add(self, paths: Sequence[Path], options: TranscribeOptions) -> list[QueueItem]:
        stamp = _now()
        added = [
            QueueItem(uuid.uuid4().hex[:12], str(path.expanduser().absolute()), options, added_at=stamp)
            for path in media_files(paths)
        ]
        with self._lock:
            self._items.update((item.id, item) for item in added)
            self._save()
        return added

    def cancel(self, item_id: str) -> QueueItem:
        """A queued item is cancelled at once; a running one when its job returns (its Event is the caller's)."""
        with self._lock:
            item = self._items[item_id]
            if item.state is QueueState.QUEUED:
                return self._set(item, state=QueueState.CANCELLED, finished_at=_now())
            return item

    def rerun(self, item_id: str, options: TranscribeOptions | None = None) -> QueueItem:
        with self._lock:
            item = self._items[item_id]
            if item.state is QueueState.RUNNING:
                return item
            return self._set(
                item,
                state=QueueState.QUEUED,
                options=options or item.options,
                progress=0.0,
                phase="",
                error="",
                notices=(),
                finished_at="",
            )

    def remove(self, item_id: str) -> None:
        with self._lock:
            if self._items.get(item_id, None) is None or self._items[item_id].state is QueueState.RUNNING:
                return
            del self._items[item_id]
            self._transcripts.pop(item_id, None)
            if self._folder is not None:
                self._transcript_path(item_id).unlink(missing_ok=True)
            self._save()

    def save_transcript(self, item_id: str, transcript: Transcript) -> None:
        """The user's edits, kept for the next start (the exported files are not touched)."""
        with self._lock:
            if self._folder is None:
                self._transcripts[item_id] = transcript
            else:
                write_json(self._transcript_path(item_id), transcript.to_json(), indent=None)

    # ---- changes the worker makes
    def start(self, item_id: str) -> QueueItem:
        with self._lock:
            return self._set(
                self._items[item_id],
                state=QueueState.RUNNING,
                progress=0.0,
                phase=say("Transcription", "Waiting to start…", "transcription.waiting"),
            )

    def update(self, item_id: str, **changes: Any) -> QueueItem:
        """Progress, phase, language: not saved, they change many times a second."""
        with self._lock:
            item = dataclasses.replace(self._items[item_id], **changes)
            self._items[item_id] = item
            return item

    def finish(
        self, item_id: str, transcript: Transcript, outputs: Sequence[Path], notices: Sequence[str]
    ) -> QueueItem:
        with self._lock:
            self.save_transcript(item_id, transcript)
            return self._set(
                self._items[item_id],
                state=QueueState.DONE,
                progress=1.0,
                phase="",
                outputs=tuple(str(p) for p in outputs),
                notices=tuple(notices),
                language=transcript.language,
                duration=transcript.duration,
                finished_at=_now(),
            )

    def fail(self, item_id: str, message: str) -> QueueItem:
        with self._lock:
            return self._set(self._items[item_id], state=QueueState.FAILED, phase="", error=message, finished_at=_now())

    def mark_cancelled(self, item_id: str) -> QueueItem:
        with self._lock:
            return self._set(self._items[item_id], state=QueueState.CANCELLED, phase="", finished_at=_now())

    # ---- storage
    def _set(self, item: QueueItem, **changes: Any) -> QueueItem:
        item = dataclasses.replace(item, **changes)
        self._items[item.id] = item
        self._save()
        return item

    def _save(self) -> None:
        if self._folder is not None:
            write_json(self._folder / QUEUE_FILE, {"version": 1, "items": [i.to_json() for i in self._items.values()]})

    def _transcript_path(self, item_id: str) -> Path:
        assert self._folder is not None
        return self._folder / "transcripts" / f"{item_id}.json"

    def _load(self, path: Path) -> None:
        """An item that was running when Hearth stopped is queued again; an unreadable file starts an empty queue."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("Transcription queue %s could not be read (%s); starting an empty one", path, exc)
            return
        for entry in raw.get("items", []) if isinstance(raw, dict) else []:
            item = QueueItem.from_json(entry)
            if item is not None:
                self._items[item.id] = (
                    dataclasses.replace(item, state=QueueState.QUEUED) if item.state is QueueState.RUNNING else item
                )


def run_item(
    queue: TranscriptionQueue,
    item_id: str,
    speech: SpeechHost,
    model_folder: Path,
    plan: SavePlan,
    cancel: threading.Event,
) -> Generator[QueueItem, None, QueueItem]:
    """Transcribe one item on the speech host (behind a transcription the API server may be running) and save its
    files; yields the item as it changes and returns it finished. A problem with this recording fails this item
    only (the caller goes on with the next one); `cancel` set before its turn cancels it without running."""
    item = queue.start(item_id)
    yield item
    notices: list[str] = []
    try:
        job = speech.transcribe(Path(item.source), model_folder, item.options, cancel)
        for event in job.events():
            if isinstance(event, Preparing):
                yield queue.update(item_id, phase=event.message)
            elif isinstance(event, Started):
                yield queue.update(item_id, phase=event.device, language=event.language, duration=event.duration)
            elif isinstance(event, SegmentDone):
                yield queue.update(item_id, progress=event.progress)
            elif isinstance(event, TranscribeNotice):
                notices.append(event.message)
        try:
            transcript = job.result()
        except JobCancelled:
            return queue.mark_cancelled(item_id)
        if not transcript.complete:
            return queue.mark_cancelled(item_id)
        source = Path(item.source)
        with _set_aside(queue.own_files(source)):
            saved = save(transcript, plan.formats, target_folder(source, plan.folder), source.stem, plan.fallback)
    except HearthError as exc:
        return queue.fail(item_id, exc.sentence)
    if saved.fallback_used:
        notices.append(
            say(
                "Transcription",
                "The folder chosen for transcripts could not be written, so they are in {folder}.",
                "transcription.fallback-folder",
            ).format(folder=saved.paths[0].parent)
        )
    return queue.finish(item_id, transcript, saved.paths, notices)


@contextmanager
def _set_aside(files: Sequence[Path]) -> Iterator[None]:
    """Hearth's own earlier files out of the way while the new ones are saved, so a run again is `a1.txt` again,
    not `a1 (2).txt`; put back if the new ones could not be saved, deleted once they are."""
    moved: list[tuple[Path, Path]] = []
    for path in files:
        aside = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.earlier")
        try:
            path.rename(aside)
        except OSError:
            continue
        moved.append((path, aside))
    try:
        yield
    except BaseException:
        for path, aside in moved:
            if not path.exists():
                aside.rename(path)
        raise
    for _path, aside in moved:
        aside.unlink(missing_ok=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

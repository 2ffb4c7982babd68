"""Where a finished transcript's files go, without ever replacing a file that is already there.

Next to the recording by default, so people find the subtitles where the video is; or in a folder they chose in
Settings. When `talk.srt` exists (an earlier run, or the user's own file), the set is saved as `talk (2).srt`,
`talk (2).txt`, ...: one number for all formats of one run, so they stay together. Files are opened with
exclusive creation, so even a file that appears meanwhile is never overwritten. A folder that cannot be written
(a read-only share, a DVD) falls back to Hearth's own transcripts folder, and the result says so.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import HearthError
from app.i18n import say
from app.transcription.transcripts.model import Transcript
from app.transcription.transcripts.writers import render

MAX_NUMBER = 9999


class TranscriptNotSaved(HearthError):
    """No folder Hearth may write to could take the transcript's files."""


@dataclass(frozen=True)
class SavedFiles:
    paths: tuple[Path, ...]
    fallback_used: bool = False  # the wanted folder could not be written; `paths` are in the fallback folder


def save(
    transcript: Transcript,
    formats: Sequence[str],
    folder: Path,
    stem: str,
    fallback: Path | None = None,
) -> SavedFiles:
    texts = {fmt: render(transcript, fmt) for fmt in formats}
    try:
        return SavedFiles(_write_set(texts, folder, stem))
    except OSError as exc:
        if fallback is None or fallback == folder:
            raise TranscriptNotSaved(
                say(
                    "Transcription",
                    "The transcript could not be saved in {folder}: {problem}.",
                    "transcription.transcript-not-saved-in-folder",
                ).format(folder=folder, problem=exc.strerror or str(exc)),
                str(exc),
            ) from exc
    try:
        return SavedFiles(_write_set(texts, fallback, stem), fallback_used=True)
    except OSError as exc:
        raise TranscriptNotSaved(
            say(
                "Transcription",
                "The transcript could not be saved in {folder} nor in {fallback}: {problem}.",
                "transcription.transcript-not-saved",
            ).format(folder=folder, fallback=fallback, problem=exc.strerror or str(exc)),
            str(exc),
        ) from exc


def target_folder(source: Path, chosen: str) -> Path:
    """The folder from Settings ("" = next to the recording)."""
    return Path(chosen).expanduser() if chosen else source.parent


def _write_set(texts: dict[str, str], folder: Path, stem: str) -> tuple[Path, ...]:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, MAX_NUMBER + 1):
        name = stem if number == 1 else f"{stem} ({number})"
        paths = {fmt: folder / f"{name}.{fmt}" for fmt in texts}
        if any(p.exists() for p in paths.values()):
            continue
        created: list[Path] = []
        try:
            for fmt, text in texts.items():
                created.append(_create(paths[fmt], text))
        except FileExistsError:  # another program took one of the names meanwhile: the next number
            for path in created:
                path.unlink(missing_ok=True)
            continue
        return tuple(created)
    raise OSError(f"{MAX_NUMBER} transcripts named {stem} are already there")


def _create(path: Path, text: str) -> Path:
    with open(path, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return path

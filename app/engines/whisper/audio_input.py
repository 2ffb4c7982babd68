"""Reading a recording into the 16 kHz mono samples Whisper wants, or refusing it with a sentence.

Hearth decodes instead of handing the path to faster-whisper for three reasons. A file that is empty, not a
recording at all, or has no sound track gets a sentence instead of a PyAV traceback. A file cut short (a copy or
download that did not finish) decodes "fine" up to where it stops, so its declared length is compared with what
was read, for the containers whose header states the length exactly; FFmpeg quietly trusts the file size of a
WAV over its header, so a WAV's header is read here. And faster-whisper's decoder calls
`gc.collect()`, which on a worker thread could destroy Qt objects there; the app collects garbage on the GUI
thread only (ui/gc_guard.py). Cancelling is checked between blocks of decoded sound.
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import av.error
import numpy as np
import numpy.typing as npt

from app.engines.whisper.errors import RecordingUnreadable
from app.i18n import say

SAMPLE_RATE = 16_000
# Containers whose header gives the exact length: for these a shorter decode means the file is cut short. MP3 and
# raw AAC lengths are estimates from the bit rate, so a shorter decode proves nothing there.
EXACT_LENGTH_FORMATS = frozenset({"wav", "w64", "flac", "aiff", "caf", "mov", "mp4", "m4a", "matroska", "webm"})
CUT_SHORT_RATIO = 0.95
CUT_SHORT_SECONDS = 0.5
BLOCK_SAMPLES = 500_000


@dataclass(frozen=True)
class DecodedAudio:
    samples: npt.NDArray[np.float32]
    duration: float  # seconds


def clock(seconds: float) -> str:
    """1:05, or 1:02:05 past an hour."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def decode(path: Path, cancel: threading.Event) -> DecodedAudio | None:
    """The samples, or None when cancelled."""
    _check_file(path)
    _check_wav_length(path)
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        raise _not_a_recording(path, exc) from exc
    with container:
        if not container.streams.audio:
            raise RecordingUnreadable(
                say(
                    "Engines",
                    "{name} has no sound track, so there is nothing to transcribe.",
                    "engines.recording-no-sound-track",
                ).format(name=path.name),
                f"streams: {[s.type for s in container.streams]}",
            )
        declared = container.duration / av.time_base if container.duration else 0.0
        formats = set(container.format.name.split(","))
        chunks: list[npt.NDArray[np.int16]] = []
        try:
            for block in _resampled(container):
                if cancel.is_set():
                    return None
                chunks.append(block)
        except av.error.FFmpegError as exc:
            raise _not_a_recording(path, exc) from exc
    samples = (np.concatenate(chunks) if chunks else np.zeros(0, np.int16)).astype(np.float32) / 32768.0
    read = samples.size / SAMPLE_RATE
    if formats & EXACT_LENGTH_FORMATS and read < declared * CUT_SHORT_RATIO - CUT_SHORT_SECONDS:
        raise RecordingUnreadable(
            say(
                "Engines",
                "{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not "
                "have finished copying or downloading.",
                "engines.recording-cut-short",
            ).format(name=path.name, declared=clock(declared), read=clock(read)),
            f"declared {declared:.2f} s, decoded {read:.2f} s, format {container.format.name}",
        )
    if samples.size == 0:
        raise RecordingUnreadable(
            say(
                "Engines",
                "{name} holds no sound that could be read; it may be damaged.",
                "engines.recording-no-sound",
            ).format(name=path.name)
        )
    return DecodedAudio(samples, read)


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RecordingUnreadable(
            say(
                "Engines",
                "There is no file at {path}; it may have been moved or deleted.",
                "engines.recording-missing",
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise RecordingUnreadable(
            say(
                "Engines",
                "{name} could not be opened: {strerror}.",
                "engines.recording-unopened",
            ).format(name=path.name, strerror=exc.strerror),
            str(exc),
        ) from exc
    if path.is_dir():
        raise RecordingUnreadable(
            say(
                "Engines",
                "{name} is a folder, not a recording.",
                "engines.recording-is-folder",
            ).format(name=path.name)
        )
    if size == 0:
        raise RecordingUnreadable(
            say(
                "Engines",
                "{name} is empty (0 bytes). It may not have finished copying.",
                "engines.recording-empty",
            ).format(name=path.name)
        )


def _check_wav_length(path: Path) -> None:
    """A WAV whose data chunk claims more bytes than the file holds was cut short. Streamed WAVs that did not
    know their length (size 0 or 0xFFFFFFFF) are left alone."""
    with path.open("rb") as handle:
        head = handle.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return
        byte_rate = 0
        while chunk := handle.read(8):
            if len(chunk) < 8:
                return
            name, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            if name == b"fmt ":
                fmt = handle.read(size + size % 2)
                byte_rate = struct.unpack("<I", fmt[8:12])[0] if len(fmt) >= 12 else 0
            elif name == b"data":
                available = path.stat().st_size - handle.tell()
                if byte_rate and size not in (0, 0xFFFFFFFF) and available < size * CUT_SHORT_RATIO:
                    declared, read = size / byte_rate, available / byte_rate
                    raise RecordingUnreadable(
                        say(
                            "Engines",
                            "{name} is cut short: it should last {declared}, but only {read} of it is in the file. It "
                            "may not have finished copying or downloading.",
                            "engines.recording-cut-short-in-file",
                        ).format(name=path.name, declared=clock(declared), read=clock(read)),
                        f"WAV data chunk {size} bytes, {available} in the file",
                    )
                return
            else:
                handle.seek(size + size % 2, 1)


def _not_a_recording(path: Path, exc: Exception) -> RecordingUnreadable:
    return RecordingUnreadable(
        say(
            "Engines",
            "{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.",
            "engines.recording-unreadable",
        ).format(name=path.name),
        str(exc),
    )


def _resampled(container: av.container.InputContainer) -> Iterator[npt.NDArray[np.int16]]:
    """Mono 16-bit at 16 kHz, in blocks; frames the decoder calls invalid are skipped, as faster-whisper does."""
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    fifo = av.AudioFifo()
    frames = container.decode(audio=0)
    while True:
        try:
            frame = next(frames)
        except StopIteration:
            break
        except av.error.InvalidDataError:
            continue
        frame.pts = None
        fifo.write(frame)
        if fifo.samples >= BLOCK_SAMPLES:
            yield from _resample(resampler, fifo.read())
    if fifo.samples:
        yield from _resample(resampler, fifo.read())
    yield from _resample(resampler, None)


def _resample(resampler: av.AudioResampler, frame: av.AudioFrame | None) -> Iterator[npt.NDArray[np.int16]]:
    for out in resampler.resample(frame):
        yield out.to_ndarray().reshape(-1).astype(np.int16, copy=False)

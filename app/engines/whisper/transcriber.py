"""Transcribing a recording with faster-whisper: load a library model, stream segments, report progress, cancel.

`Transcriber.transcribe` is a generator of small frozen events that returns the `Transcript`. Before the first
segment there is a long quiet stretch (decoding the file, finding speech, detecting the language) that other apps
show as "0 %" for minutes; here it is a `Preparing` event per step, then `Started` with the length and language,
then `SegmentDone` events whose progress is the end of the last segment over the length. Cancelling is an Event
checked between segments, between blocks while decoding, and while CTranslate2 decodes a window (see
`_CancellableWhisper`); a cancelled run returns what it had, marked incomplete. One loaded model is kept and
reused for every file until another model or device is asked for (the options of a run never need a reload). A
Transcriber is not shared between threads: one worker uses it at a time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Generator, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.engines.whisper.audio_input import SAMPLE_RATE, DecodedAudio, decode
from app.engines.whisper.errors import LanguageNotSupported, SpeechModelUnusable, TranscriptionFailed
from app.engines.whisper.options import Device, TranscribeOptions, cpu_device, detect_device
from app.engines.whisper.repetition import RepetitionGuard
from app.i18n import say
from app.models.model_files import is_whisper_folder
from app.transcription.transcripts.model import Segment, Transcript, Word
from app.transcription.transcripts.sentences import split_sentences

log = logging.getLogger("hearth.whisper")

WINDOW_SECONDS = 30
# Without the voice filter, fast mode cuts the recording itself: each cut goes in the quietest moment of the last
# PAUSE_SEARCH_SECONDS before a window's 30-second limit, measured over PAUSE_SECONDS in steps of FRAME_SAMPLES.
PAUSE_SEARCH_SECONDS = 8
PAUSE_SECONDS = 0.2
FRAME_SAMPLES = SAMPLE_RATE // 100  # 10 ms
BATCH_SIZE_GPU = 8
BATCH_SIZE_CPU = 4  # smaller on the processor: cancelling waits for a whole batch


@dataclass(frozen=True)
class Preparing:
    message: str  # what is happening before the first segment, for the progress line


@dataclass(frozen=True)
class Started:
    language: str
    language_probability: float
    duration: float  # seconds of audio
    speech_duration: float  # what the voice filter kept
    device: str  # "on the graphics card", "on the processor (4 threads)"


@dataclass(frozen=True)
class SegmentDone:
    segment: Segment
    progress: float  # 0..1: the end of this segment over the recording's length


@dataclass(frozen=True)
class TranscribeNotice:
    message: str


TranscribeEvent = Preparing | Started | SegmentDone | TranscribeNotice


class _Stopped(Exception):
    """Raised inside faster-whisper's segment loop when the user cancels while a window is being decoded."""


class _CancellableWhisper:
    """Stands in for the CTranslate2 model inside one faster-whisper model, so a cancel needs no wait.

    CTranslate2 decodes a whole 30-second window (or a batch of them) in one call, which takes seconds on a
    processor, and faster-whisper yields nothing meanwhile. Asked asynchronously, the call runs in CTranslate2's
    own worker and this waits on the cancel Event instead, so a cancel returns at once; the abandoned window
    finishes in the background and is thrown away. Everything else goes straight to the real model.

    Abandoned work is kept track of until it ends, and `settle` waits for it: the model must not be freed, nor the
    interpreter end, while CTranslate2 still computes for it (see `encode`)."""

    POLL_SECONDS = 0.005

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.cancel = threading.Event()
        self._abandoned_results: list[Any] = []  # CTranslate2 AsyncResults a cancel stopped waiting for
        self._abandoned_encodes: list[threading.Thread] = []

    def generate(self, *args: Any, **kwargs: Any) -> list[Any]:
        pending = self._inner.generate(*args, asynchronous=True, **kwargs)
        for result in pending:
            while not result.done():
                if self.cancel.wait(self.POLL_SECONDS):
                    self._abandoned_results = [r for r in self._abandoned_results if not r.done()] + pending
                    raise _Stopped
        return [result.result() for result in pending]

    def encode(self, *args: Any, **kwargs: Any) -> Any:
        """The encoder has no asynchronous form, and in fast mode it runs over a whole batch of windows (seconds on
        a processor; over 2 s under load in CI, which is what a cancel then waited for). It runs on its own thread
        (CTranslate2 lets go of the GIL) while this waits on the cancel Event.

        The thread is not a daemon, so the interpreter waits for an abandoned encode before it finalizes. A daemon
        thread whose encode returned while Python was shutting down ended inside pybind11's GIL guard, whose
        destructor cannot unwind: the process aborted with "terminate called without an active exception" (seen
        after the test suite, whose last module cancels a fast-mode batch), or CTranslate2's worker crashed while
        the process's static destructors ran."""
        encoded: Future[Any] = Future()

        def work() -> None:
            try:
                encoded.set_result(self._inner.encode(*args, **kwargs))
            except BaseException as exc:  # handed to the waiting thread, which raises it
                encoded.set_exception(exc)

        thread = threading.Thread(target=work, name="whisper-encode")
        thread.start()
        while not self.cancel.wait(self.POLL_SECONDS):
            if encoded.done():
                return encoded.result()
        self._abandoned_encodes = [t for t in self._abandoned_encodes if t.is_alive()] + [thread]
        raise _Stopped

    def settle(self) -> None:
        """Wait until the windows abandoned by cancels are done (at most one batch each): only then can the model
        be freed without CTranslate2 still computing for it."""
        for thread in self._abandoned_encodes:
            thread.join()
        for result in self._abandoned_results:
            try:
                result.result()
            except Exception:  # its error concerns a transcript nobody waits for any more
                log.debug("an abandoned window ended with an error", exc_info=True)
        self._abandoned_encodes, self._abandoned_results = [], []

    def close(self) -> None:
        """Settle, then let go of the CTranslate2 model."""
        self.settle()
        self._inner = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@dataclass(frozen=True)
class _Loaded:
    folder: Path
    device: Device
    model: Any  # faster_whisper.WhisperModel, its `model` replaced by a _CancellableWhisper
    guard: _CancellableWhisper


class Transcriber:
    def __init__(self, device: Device | None = None) -> None:
        self._wanted_device = device
        self._loaded: _Loaded | None = None
        self._batched: Any = None  # faster_whisper.BatchedInferencePipeline over the same model

    @property
    def device(self) -> Device | None:
        return self._loaded.device if self._loaded else None

    def loaded_folder(self) -> Path | None:
        return self._loaded.folder if self._loaded else None

    def close(self) -> None:
        """Free the model now, on this thread, once the work a cancel left running is done.

        Waiting matters at exit: CTranslate2 still computing for an abandoned window while the interpreter
        finalizes crashed the process (see `_CancellableWhisper.encode`). The CTranslate2 model is let go of
        explicitly, so its threads end here even if a stray faster-whisper generator still holds the wrapper."""
        loaded, self._loaded, self._batched = self._loaded, None, None
        if loaded is None:
            return
        loaded.guard.close()
        loaded.model.model = None

    def load(self, folder: Path) -> list[str]:
        """Load `folder` unless it is already loaded; returns notices (a graphics card that could not be used)."""
        folder = folder.resolve()
        if self._loaded is not None and self._loaded.folder == folder:
            return []
        if not is_whisper_folder(folder):
            raise SpeechModelUnusable(
                say(
                    "Engines",
                    "{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.",
                    "engines.speech-model-unusable",
                ).format(name=folder.name)
            )
        self.close()
        device = self._wanted_device or detect_device()
        try:
            self._loaded = _load(folder, device)
            return []
        except SpeechModelUnusable:
            if device.name == "cpu":
                raise
        self._loaded = _load(folder, cpu_device())
        return [
            say(
                "Engines",
                "The graphics card could not be used for {name}, so it runs on the processor instead.",
                "engines.speech-on-processor",
            ).format(name=folder.name)
        ]

    def transcribe(
        self, source: Path, model_folder: Path, options: TranscribeOptions, cancel: threading.Event
    ) -> Generator[TranscribeEvent, None, Transcript]:
        yield Preparing(say("Engines", "Reading the recording…", "engines.reading-recording"))
        audio = decode(source, cancel)
        if audio is None:
            return _cancelled(source, model_folder, options)
        if self.loaded_folder() != model_folder.resolve():
            yield Preparing(
                say("Engines", "Loading the speech model {name}…", "engines.loading-speech-model").format(
                    name=model_folder.name
                )
            )
        for notice in self.load(model_folder):
            yield TranscribeNotice(notice)
        self._check_language(options.language)
        yield Preparing(
            say("Engines", "Finding the speech and the language…", "engines.finding-speech-language")
            if not options.language
            else say("Engines", "Finding the speech…", "engines.finding-speech")
        )
        assert self._loaded is not None
        self._loaded.guard.cancel = cancel
        try:
            try:
                raw_segments, info = self._start(audio, options)
            except _Stopped:  # Stop pressed while the language was being found (an encode)
                return _cancelled(source, model_folder, options, audio.duration)
            yield Started(
                info.language,
                float(info.language_probability),
                audio.duration,
                float(info.duration_after_vad),
                self._device().describe(),
            )
            if info.duration_after_vad == 0:
                yield TranscribeNotice(say("Engines", "No speech was found in this recording.", "engines.no-speech"))
            guard = RepetitionGuard()
            kept: list[Segment] = []
            complete = yield from _stream(raw_segments, guard, kept, audio.duration, cancel)
        except RuntimeError as exc:  # CTranslate2 reports its failures (out of memory, CUDA) as RuntimeError
            raise TranscriptionFailed(
                say(
                    "Engines",
                    "Whisper stopped with an error while transcribing {name}.",
                    "engines.transcription-failed",
                ).format(name=source.name),
                str(exc),
            ) from exc
        if guard.removed:
            yield TranscribeNotice(
                say(
                    "Engines",
                    "Removed {count} repeated lines (Whisper was repeating itself).",
                    "engines.repeats-removed",
                ).format(count=guard.removed)
            )
        return Transcript(
            source=str(source),
            language=info.language,
            duration=audio.duration,
            segments=tuple(kept),
            model=model_folder.name,
            task=options.task,
            complete=complete,
            repeats_removed=guard.removed,
        )

    def _check_language(self, language: str) -> None:
        assert self._loaded is not None
        supported: list[str] = self._loaded.model.supported_languages
        if language and language not in supported:
            raise LanguageNotSupported(
                say("Engines", "{name} understands English only.", "engines.english-only").format(
                    name=self._loaded.folder.name
                )
                if supported == ["en"]
                else say(
                    "Engines",
                    "“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.",
                    "engines.unknown-language",
                ).format(language=language)
            )

    def _device(self) -> Device:
        assert self._loaded is not None
        return self._loaded.device

    def _start(self, audio: DecodedAudio, options: TranscribeOptions) -> tuple[Iterator[Segment], Any]:
        """faster-whisper finds the speech and the language here, before it returns; segments come lazily."""
        assert self._loaded is not None
        common: dict[str, Any] = {
            "language": options.language or None,
            "task": options.task,
            "beam_size": options.beam_size,
            "word_timestamps": options.word_timestamps,
            "initial_prompt": options.initial_prompt or None,
            "vad_filter": options.vad,
        }
        if not options.fast:
            segments, info = self._loaded.model.transcribe(audio.samples, **common)
            return (_segment(segment) for segment in segments), info
        if self._batched is None:
            from faster_whisper import BatchedInferencePipeline

            self._batched = BatchedInferencePipeline(self._loaded.model)
        batch_size = BATCH_SIZE_GPU if self._loaded.device.name == "cuda" else BATCH_SIZE_CPU
        if not options.vad and audio.duration >= WINDOW_SECONDS:
            # Without the voice filter, the batched pipeline has nothing to cut the audio by and refuses a
            # recording over 30 s; windows cut at pauses take the filter's place.
            common["clip_timestamps"] = quiet_windows(audio.samples)
        segments, info = self._batched.transcribe(audio.samples, batch_size=batch_size, **common)
        return (piece for segment in segments for piece in split_sentences(_segment(segment))), info


def _load(folder: Path, device: Device) -> _Loaded:
    from faster_whisper import WhisperModel

    started = time.perf_counter()
    try:
        model = WhisperModel(
            str(folder),
            device=device.name,
            compute_type=device.compute_type,
            cpu_threads=device.threads,
            local_files_only=True,
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise SpeechModelUnusable(
            say(
                "Engines",
                "The speech model {name} could not be loaded; its files may be damaged or incomplete.",
                "engines.speech-model-load-failed",
            ).format(name=folder.name),
            str(exc),
        ) from exc
    seconds = time.perf_counter() - started
    log.info("Loaded %s %s (%s) in %.1f s", folder, device.name, device.compute_type, seconds)
    guard = _CancellableWhisper(model.model)
    model.model = guard
    return _Loaded(folder, device, model, guard)


def _stream(
    raw_segments: Iterator[Segment],
    guard: RepetitionGuard,
    kept: list[Segment],
    duration: float,
    cancel: threading.Event,
) -> Generator[SegmentDone, None, bool]:
    """Segments as they come, loops cut; True when the whole recording was done, False when cancelled."""
    try:
        for raw in raw_segments:
            for segment in guard.push(raw):
                kept.append(segment)
                yield SegmentDone(segment, _progress(segment.end, duration))
            if cancel.is_set():
                return False
    except _Stopped:
        return False
    for segment in guard.flush():
        kept.append(segment)
        yield SegmentDone(segment, _progress(segment.end, duration))
    return True


def _progress(end: float, duration: float) -> float:
    return min(max(end / duration, 0.0), 1.0) if duration > 0 else 1.0


def _segment(raw: Any) -> Segment:
    words = tuple(Word(float(w.start), float(w.end), str(w.word), float(w.probability)) for w in raw.words or ())
    return Segment(float(raw.start), float(raw.end), str(raw.text).strip(), words)


def quiet_windows(samples: npt.NDArray[np.float32]) -> list[dict[str, float]]:
    """Windows of at most 30 s that cover the recording end to end, each cut in a pause rather than at 30 s.

    The batched pipeline decodes each window on its own, so a word that a cut goes through is lost or written
    twice; fixed 30-second cuts did that at most cuts (word error rate 0.22 on the tests' meeting, against 0.03
    with cuts in pauses and 0.04 in the normal mode). The quietest moment of the last few seconds before a limit
    is nearly always a pause between sentences or words, and looking only backwards keeps every window short
    enough for Whisper."""
    total = len(samples)
    limit = WINDOW_SECONDS * SAMPLE_RATE
    cuts = [0]
    while total - cuts[-1] > limit:
        cuts.append(_quietest(samples, cuts[-1] + limit - PAUSE_SEARCH_SECONDS * SAMPLE_RATE, cuts[-1] + limit))
    cuts.append(total)
    return [{"start": start / SAMPLE_RATE, "end": end / SAMPLE_RATE} for start, end in pairwise(cuts)]


def _quietest(samples: npt.NDArray[np.float32], low: int, high: int) -> int:
    """The sample between `low` and `high` in the middle of the quietest PAUSE_SECONDS there.

    Digital silence is often longer than PAUSE_SECONDS, and then many stretches are equally quiet (all zero):
    the cut goes in the middle of them, as far as it can be from the words on either side."""
    frames = (high - low) // FRAME_SAMPLES
    energy = np.square(samples[low : low + frames * FRAME_SAMPLES], dtype=np.float64)
    per_frame = energy.reshape(frames, FRAME_SAMPLES).sum(axis=1)
    width = round(PAUSE_SECONDS * SAMPLE_RATE / FRAME_SAMPLES)
    stretches = np.convolve(per_frame, np.ones(width), mode="valid")  # stretches[i]: frames i to i + width - 1
    first = int(np.argmin(stretches))
    louder = np.flatnonzero(stretches[first:] != stretches[first])
    last = first + (int(louder[0]) - 1 if len(louder) else len(stretches) - 1 - first)
    return low + round(((first + last) / 2 + width / 2) * FRAME_SAMPLES)


def _cancelled(source: Path, model_folder: Path, options: TranscribeOptions, duration: float = 0.0) -> Transcript:
    return Transcript(str(source), options.language, duration, (), model_folder.name, options.task, complete=False)

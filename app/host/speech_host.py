"""`SpeechHost`: the one Whisper engine, for the Transcribe page, the CLI and the local API server alike.

Transcriptions are jobs on a `JobQueue("hearth-speech")`: they run one at a time, first in, first out, on one
thread that owns the `Transcriber` (which is not thread-safe). The loaded Whisper model is kept and reused for the
next job that asks for the same model folder, so a recording from the window and one from the API load Whisper
once; another folder replaces it. Closing frees the model on that thread, after the work a cancel left running.

Memory: the model host's budget counts the loaded Whisper model. Before loading one, the speech host asks its
model host to unload the llama.cpp models that do not fit beside it (least recently used first, on the engine
thread), and while it is loaded the model host counts it when it makes room for a model of its own. Whisper itself
is never unloaded to make room for a llama.cpp model: it stays until another folder is asked for or the host
closes. Whisper's memory is the catalog verdict's arithmetic (`app/fit/advice.py`), taken from the folder's
`model.bin` size because a folder on disk has no catalog entry: on a graphics card the weights plus a fixed
working set; on the processor half the weights (float16 files run as int8) plus that working set and the runtime's
overhead. It is an estimate, not a measurement: CTranslate2's own allocations are not read back.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from app.engines.chat_types import Notice
from app.engines.whisper.options import Device, TranscribeOptions, detect_device
from app.engines.whisper.transcriber import Preparing, TranscribeEvent, TranscribeNotice, Transcriber
from app.fit.advice import WHISPER_WORKING_SET
from app.fit.estimate import CPU_RUNTIME_OVERHEAD, DeviceMemory, LoadPlan, MemoryEstimate
from app.host.jobs import DoneCallback, EventCallback, Job, JobKind, JobQueue, drive
from app.i18n import say
from app.transcription.transcripts.model import Transcript

if TYPE_CHECKING:
    from app.host.model_host import ModelHost

WHISPER_WEIGHTS = "model.bin"


def whisper_estimate(folder: Path, device: Device) -> MemoryEstimate:
    """What a faster-whisper model folder takes once loaded on `device` (see the module's note on memory)."""
    try:
        weights = (Path(folder) / WHISPER_WEIGHTS).stat().st_size
    except OSError:
        weights = 0
    plan = LoadPlan(context=448)
    if device.name == "cuda":
        gpu = DeviceMemory(weights_bytes=weights, compute_bytes=WHISPER_WORKING_SET)
        return MemoryEstimate(plan, {"cpu": DeviceMemory(overhead_bytes=CPU_RUNTIME_OVERHEAD), "gpu0": gpu})
    cpu = DeviceMemory(
        weights_bytes=weights // 2, compute_bytes=WHISPER_WORKING_SET, overhead_bytes=CPU_RUNTIME_OVERHEAD
    )
    return MemoryEstimate(plan, {"cpu": cpu})


class SpeechHost:
    def __init__(self, models: ModelHost | None = None, *, device: Device | None = None) -> None:
        """`models` is the model host whose memory budget Whisper shares (None: a speech host on its own, which
        makes no room for itself); `device` overrides the graphics card or processor Whisper would choose."""
        self._models = models
        self._device = device
        self._transcriber = Transcriber(device)
        self._lock = threading.Lock()
        self._estimate: MemoryEstimate | None = None
        self._loads = 0
        self._jobs = JobQueue("hearth-speech", on_close=self._unload)

    @property
    def loads(self) -> int:
        """How many times a Whisper model was loaded (a reused one is not loaded again)."""
        return self._loads

    @property
    def device(self) -> Device | None:
        """Where the loaded model runs; None while none is loaded."""
        return self._transcriber.device

    def loaded_folder(self) -> Path | None:
        return self._transcriber.loaded_folder()

    def memory(self) -> MemoryEstimate | None:
        """The loaded Whisper model's estimate, which the model host counts in its budget; None when none is."""
        with self._lock:
            return self._estimate

    def transcribe(
        self,
        source: Path,
        model_folder: Path,
        options: TranscribeOptions,
        cancel: threading.Event | None = None,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[Transcript] | None = None,
    ) -> Job[Transcript]:
        """Queue a transcription: its events are `Transcriber.transcribe`'s (`Preparing`, `Started`, `SegmentDone`,
        `TranscribeNotice`), its result the `Transcript` (incomplete when cancelled while running). `cancel` is the
        client's Stop when it has one; a job cancelled before its turn never runs (`JobCancelled`)."""
        job: Job[Transcript] = Job(
            JobKind.TRANSCRIBE, f"transcribe {Path(source).name}", on_event=on_event, on_done=on_done, cancel=cancel
        )
        if self._jobs.closed:
            raise RuntimeError("the speech host is closed")
        return self._jobs.submit(job, lambda running: self._run(running, Path(source), Path(model_folder), options))

    def close(self, timeout: float = 30.0) -> None:
        """Cancel what waits, let the running transcription stop, free the Whisper model and end the thread."""
        self._jobs.close(timeout)

    def __enter__(self) -> SpeechHost:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- the speech thread
    def _run(self, job: Job[Transcript], source: Path, folder: Path, options: TranscribeOptions) -> Transcript:
        folder = folder.resolve()
        if self._transcriber.loaded_folder() != folder:
            if job.cancel_event.is_set():  # stopped at its start: no model is loaded for a transcript nobody wants
                return Transcript(str(source), options.language, 0.0, (), folder.name, options.task, complete=False)
            self._load(job, folder)
        events: Generator[TranscribeEvent, None, Transcript] = self._transcriber.transcribe(
            source, folder, options, job.cancel_event
        )
        return drive(events, job.emit)

    def _load(self, job: Job[Transcript], folder: Path) -> None:
        job.emit(
            Preparing(
                say("Engines", "Loading the speech model {name}…", "engines.loading-speech-model").format(
                    name=folder.name
                )
            )
        )
        self._unload()
        if self._models is not None:
            room = self._models.make_room(whisper_estimate(folder, self._device or detect_device()), folder.name)
            for event in room.events():
                if isinstance(event, Notice):  # a chat model unloaded to make room
                    job.emit(TranscribeNotice(event.message))
            room.result()
        notices = self._transcriber.load(folder)
        self._loads += 1
        device = self._transcriber.device
        with self._lock:
            self._estimate = whisper_estimate(folder, device) if device is not None else None
        for notice in notices:
            job.emit(TranscribeNotice(notice))

    def _unload(self) -> None:
        with self._lock:
            self._estimate = None
        self._transcriber.close()

"""`hearth self-test`: the first thing support asks for. Do the engines load here, and does a model really run?

Each check is independent and reports a sentence; a failure in one never stops the others, because the report
is most useful exactly when something is broken. The checks use the same code the app uses (the llama.cpp
engine, the Whisper transcriber, the library), so a frozen bundle that passes them is a bundle that works.
"""

from __future__ import annotations

import importlib
import math
import platform
import struct
import sys
import tempfile
import time
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app import __version__
from app.engines.chat_types import Message, Sampling
from app.engines.llama import runtime as llama_runtime
from app.errors import HearthError
from app.hardware import HardwareProfile
from app.models.library import Library, LibraryModel

SELF_TEST_CONTEXT = 512  # enough for a one-line prompt and a few tokens; loads fast on any machine


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"  # nothing to test (no model of that kind installed)


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str


def run_all(library: Library, profile: HardwareProfile) -> Iterator[CheckResult]:
    """Every check in order; each result is yielded as soon as it is known (a model load takes seconds)."""
    yield _guarded("Hearth", _about)
    yield _guarded("Chat engine (llama.cpp)", _chat_engine)
    yield _guarded("Speech engine (CTranslate2)", _speech_engine)
    yield _guarded("Audio and video decoding (PyAV)", _audio_decoding)
    yield _guarded("A chat model answers", lambda: _chat_model(library, profile))
    yield _guarded("A Whisper model listens", lambda: _whisper_model(library))


def _guarded(name: str, check: Callable[[], tuple[Status, str]]) -> CheckResult:
    try:
        status, detail = check()
    except HearthError as exc:
        return CheckResult(name, Status.FAILED, exc.message)
    except Exception as exc:  # a self-test reports every failure, whatever its kind, and goes on
        return CheckResult(name, Status.FAILED, f"{type(exc).__name__}: {exc}")
    return CheckResult(name, status, detail)


def _about() -> tuple[Status, str]:
    frozen = "installed app" if getattr(sys, "frozen", False) else "source install"
    return Status.PASSED, (
        f"Hearth {__version__} ({frozen}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} on {platform.machine()}"
    )


def _chat_engine() -> tuple[Status, str]:
    module = llama_runtime.llama_cpp()  # raises EngineUnavailable with a sentence when the library is broken
    gpu = "GPU offload built in" if module.llama_supports_gpu_offload() else "processor only (no GPU offload)"
    features = module.llama_print_system_info().decode("utf-8", "replace")
    # "CPU : SSE3 = 1 | AVX2 = 1 | ... | OPENMP = 1 |": the features this build uses
    flags = [part.split("=")[0].split(":")[-1].strip() for part in features.split("|") if part.strip().endswith("= 1")]
    return Status.PASSED, f"llama-cpp-python {module.__version__}, {gpu}; {' '.join(flags)}"


def _speech_engine() -> tuple[Status, str]:
    ctranslate2 = importlib.import_module("ctranslate2")
    cuda = int(ctranslate2.get_cuda_device_count())
    where = f"{cuda} CUDA device(s)" if cuda else "processor only (no CUDA device seen)"
    types = ", ".join(sorted(ctranslate2.get_supported_compute_types("cpu")))
    return Status.PASSED, f"CTranslate2 {ctranslate2.__version__}, {where}; processor compute types: {types}"


def _audio_decoding() -> tuple[Status, str]:
    av = importlib.import_module("av")
    decode_audio = importlib.import_module("faster_whisper").decode_audio
    with tempfile.TemporaryDirectory(prefix="hearth-self-test-") as folder:
        tone = _write_tone(Path(folder) / "tone.wav")
        samples = decode_audio(str(tone), sampling_rate=16_000)
    if abs(len(samples) - 16_000) > 160:
        return Status.FAILED, f"one second of sound decoded to {len(samples)} samples instead of 16000"
    codec = ".".join(map(str, av.library_versions["libavcodec"][:2]))
    return Status.PASSED, f"PyAV {av.__version__} with libavcodec {codec}; one second of sound decoded"


def _chat_model(library: Library, profile: HardwareProfile) -> tuple[Status, str]:
    from app.host import ModelHost, plan_load

    model = _smallest(library, "gguf")
    if model is None:
        return Status.SKIPPED, "no chat model is installed (download one in Discover, or `hearth import` a GGUF)"
    planned = plan_load(model.path, profile, context=SELF_TEST_CONTEXT, force=True)
    verdict, request = planned.verdict, planned.request
    with ModelHost() as host:
        loaded = host.load(request).result()
        hello = [Message("user", "Say hello in one short sentence.")]
        stats = host.reply(request, hello, Sampling(temperature=0.0, max_tokens=8, seed=1)).result()
    if stats.generated_tokens == 0:
        return Status.FAILED, f"{model.name} loaded but wrote nothing"
    where = f"{verdict.plan.gpu_layers} layers on the GPU" if verdict.plan.gpu_layers else "on the processor"
    return Status.PASSED, (
        f"{model.name}: loaded in {loaded.load_seconds:.1f} s {where}, {stats.generated_tokens} tokens at "
        f"{stats.tokens_per_second:.1f} tokens/s"
    )


def _whisper_model(library: Library) -> tuple[Status, str]:
    from app.engines.whisper.options import TranscribeOptions
    from app.host import SpeechHost

    model = _smallest(library, "ctranslate2")
    if model is None:
        return Status.SKIPPED, "no Whisper model is installed (download one in Discover)"
    speech = SpeechHost()  # the app's one Whisper engine, as Transcribe and the API server use it
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="hearth-self-test-") as folder:
            tone = _write_tone(Path(folder) / "tone.wav")
            transcript = speech.transcribe(tone, model.path, TranscribeOptions()).result()
        seconds = time.perf_counter() - started
        device = speech.device.describe() if speech.device else "on the processor"
    finally:
        speech.close()  # the model is freed here, also when the run failed, not at the interpreter's exit
    if not transcript.complete:
        return Status.FAILED, f"{model.name} stopped before the end of one second of sound"
    return Status.PASSED, f"{model.name} {device}: one second of sound transcribed in {seconds:.1f} s"


def _smallest(library: Library, model_format: str) -> LibraryModel | None:
    """The quickest model of a kind to load: a self-test should take seconds, not minutes."""
    models = [m for m in library.models() if m.format == model_format]
    return min(models, key=lambda m: m.size_bytes, default=None)


def _write_tone(path: Path, seconds: float = 1.0, rate: int = 16_000) -> Path:
    """One second of a 440 Hz tone as 16-bit PCM: Hearth carries no speech synthesiser, and a tone proves the
    whole path (decoding, resampling, voice-activity filter, the model) runs without claiming any words."""
    frames = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / rate))) for n in range(int(seconds * rate))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path

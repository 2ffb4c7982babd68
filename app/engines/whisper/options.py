"""What a person can choose for a transcription, and where it runs.

Options are a frozen value so a queue item keeps the options it was started with, and saved as JSON so a re-run
after a restart uses the same ones. The device is decided here, without loading anything, so the decision can be
tested for machines Hearth's tests do not run on.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from app.engines import numerics

Task = Literal["transcribe", "translate"]
TASKS: tuple[Task, ...] = ("transcribe", "translate")
# The languages offered by name on the Transcribe page (Whisper knows about a hundred; these cover most people).
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "ar": "Arabic",
    "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
}  # fmt: skip
DEFAULT_BEAM_SIZE = 5
MAX_BEAM_SIZE = 10


@dataclass(frozen=True)
class TranscribeOptions:
    language: str = ""  # "" = detect it; else a code Whisper knows ("en", "fr", ...)
    task: Task = "transcribe"  # "translate" = an English transcript of speech in any language
    vad: bool = True  # skip silence and noise before Whisper sees them (fewer invented sentences)
    word_timestamps: bool = False  # each word's own time: tighter subtitles, a little slower
    initial_prompt: str = ""  # names and terms to spell right, or a style to follow
    beam_size: int = DEFAULT_BEAM_SIZE
    fast: bool = False  # several 30-second windows decoded together (faster, no context between windows)

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}, not {self.task!r}")
        if not 1 <= self.beam_size <= MAX_BEAM_SIZE:
            raise ValueError(f"beam size must be between 1 and {MAX_BEAM_SIZE}, not {self.beam_size}")

    def summary(self) -> str:
        """A few words for the queue, e.g. "auto language · fast · word times"."""
        parts = [self.language or "auto language"]
        if self.task == "translate":
            parts.append("to English")
        if self.fast:
            parts.append("fast")
        if self.word_timestamps:
            parts.append("word times")
        if not self.vad:
            parts.append("no voice filter")
        return " · ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, raw: Any) -> TranscribeOptions:
        """Unknown keys and values of the wrong type fall back to the defaults."""
        if not isinstance(raw, dict):
            return cls()
        values: dict[str, Any] = {}
        for fld in dataclasses.fields(cls):
            value = raw.get(fld.name)
            if value is not None and type(value) is type(getattr(cls(), fld.name)):
                values[fld.name] = value
        try:
            return cls(**values)
        except ValueError:
            return cls()


@dataclass(frozen=True)
class Device:
    name: str  # "cuda" | "cpu": what CTranslate2 is asked for
    compute_type: str  # "float16" on a graphics card, "int8" on the processor
    threads: int  # processor threads (CTranslate2 uses them on the CPU only)

    def describe(self) -> str:
        return "on the graphics card" if self.name == "cuda" else f"on the processor ({self.threads} threads)"


def choose_device(cuda_devices: int, cuda_compute_types: frozenset[str], physical_cores: int) -> Device:
    """A CUDA card when CTranslate2 sees one (float16 where it can, else int8_float32); otherwise the CPU with
    int8, which is what makes Whisper quick there. Apple computers have no CUDA, so they take the CPU path:
    CTranslate2 has no Metal backend."""
    threads = max(physical_cores, 1)
    if cuda_devices > 0:
        for compute_type in ("float16", "int8_float16", "int8_float32", "float32"):
            if compute_type in cuda_compute_types:
                return Device("cuda", compute_type, threads)
    return Device("cpu", "int8", threads)


def detect_device() -> Device:
    import ctranslate2

    try:
        count = int(ctranslate2.get_cuda_device_count())
        types = frozenset(ctranslate2.get_supported_compute_types("cuda")) if count else frozenset()
    except (RuntimeError, OSError):  # a broken CUDA install: the CPU still works
        count, types = 0, frozenset()
    return choose_device(count, types, numerics.processor_threads())


def cpu_device() -> Device:
    return choose_device(0, frozenset(), numerics.processor_threads())

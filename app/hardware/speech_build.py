"""What the installed CTranslate2 can do here: whether transcription can run at all, and on which device.

Asked of the library itself, as for llama.cpp: a GPU that CTranslate2 cannot see (its CUDA libraries missing) is
useless to Whisper even when llama.cpp uses it. A broken library becomes a warning, never a failed scan.
"""

from __future__ import annotations

from app.hardware.profile import SpeechBuildInfo
from app.i18n import say


def probe_speech_build(warnings: list[str]) -> SpeechBuildInfo:
    try:
        import ctranslate2
    except Exception as exc:  # ImportError, OSError from a missing .so / DLL
        warnings.append(
            say(
                "Hardware",
                "The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}",
                "hardware.speech-engine-missing",
            ).format(problem=str(exc))
        )
        return SpeechBuildInfo()
    try:
        cuda = int(ctranslate2.get_cuda_device_count())
    except (RuntimeError, OSError):  # a broken CUDA install: the processor still works
        cuda = 0
    return SpeechBuildInfo(importable=True, version=str(ctranslate2.__version__), cuda_devices=cuda)

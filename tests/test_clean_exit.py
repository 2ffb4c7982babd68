"""Hearth's process ends cleanly after its engines have run, whether they were closed or left to the exit.

After a full suite had passed, pytest aborted at exit with "terminate called without an active exception" (main
thread in Py_FinalizeEx → finalize_modules → the garbage collector). The cause: the suite's last module cancels a
fast-mode transcription, and the batch CTranslate2 was encoding went on in a daemon thread. When the encode
returned while Python finalized, the thread was ended inside pybind11's GIL guard, whose destructor cannot unwind,
so C++ called std::terminate; when it was still running after finalization, CTranslate2's worker crashed as the
process's static destructors ran (a segmentation fault, 10 children of 10 here before the fix).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from app.engines.whisper.options import TranscribeOptions
from app.engines.whisper.transcriber import Started, Transcriber
from tests.helpers.speech import speech_set

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
LIVES = 10


def test_ten_lives_in_a_row_end_with_exit_code_0_and_no_abort(qwen_gguf: Path, whisper_base_dir: Path) -> None:
    """Half close their engines as the window and the CLI do; half leave them to the interpreter's exit."""
    clip = speech_set().clips["wav"].path
    command = [sys.executable, "-m", "tests.helpers.clean_exit_child", str(qwen_gguf), str(whisper_base_dir), str(clip)]
    for life in range(LIVES):
        ending = ["--leave-open"] if life % 2 else []
        child = subprocess.run(
            [*command, *ending],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        said = f"life {life + 1} {ending}: exit code {child.returncode}\n{child.stdout}\n{child.stderr[-3000:]}"
        assert "terminate called" not in child.stderr, said
        assert child.returncode == 0, said
        assert child.stdout.splitlines()[-1] == "exiting", said


class GatedEncoder:
    """Stands for the CTranslate2 model: an encode starts only once the test opens the gate, so it is surely still
    running when the transcript has come back, on a machine of any speed."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.gate = threading.Event()

    def encode(self, *args: Any, **kwargs: Any) -> Any:
        self.gate.wait(timeout=600)  # a guard against a hang, never reached: the test opens the gate
        return self._inner.encode(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_close_waits_for_the_window_a_cancel_left_encoding(whisper_base_dir: Path) -> None:
    """Stop pressed as a fast-mode batch starts leaves its encode running; once `close` returns, nothing of it
    runs any more, so neither freeing the model nor the interpreter's exit can meet it half way."""
    transcriber = Transcriber()
    transcriber.load(whisper_base_dir)
    guard = transcriber._loaded.guard  # type: ignore[union-attr]
    gated = GatedEncoder(guard._inner)
    guard._inner = gated
    stop = threading.Event()
    job = transcriber.transcribe(
        speech_set().clips["wav"].path, whisper_base_dir, TranscribeOptions(language="en", fast=True), stop
    )
    for event in job:
        if isinstance(event, Started):  # the next step encodes the clip's window
            stop.set()
    abandoned = [thread for thread in threading.enumerate() if thread.name == "whisper-encode"]
    assert [thread.is_alive() for thread in abandoned] == [True]
    assert not abandoned[0].daemon  # an encode nobody closes still holds the interpreter's exit until it is done
    gated.gate.set()
    transcriber.close()
    assert not abandoned[0].is_alive()

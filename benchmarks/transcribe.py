"""Hearth's transcriber against faster-whisper called directly, and the fast mode against the normal one.

    .venv/bin/python benchmarks/transcribe.py [--rounds 3]

Uses the two-minute espeak-ng meeting of the tests (two voices, two speaking rates) and the real Whisper base
model, both loaded once before timing. Each round runs, interleaved: faster-whisper's own `transcribe` on the
file path (its defaults plus the voice filter, as Hearth's defaults), Hearth's `Transcriber` with the same
settings (decoding, refusal checks, repetition guard and progress events included), and Hearth's fast mode (the
batched pipeline). Prints for each the fastest and the median wall time, the processor time (all threads), and
the word error rate against the text; the ratios use the fastest round, the one least disturbed by other programs
(on a busy machine the median mostly measures them), and the processor time is shown as a check on that.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from faster_whisper import WhisperModel  # noqa: E402

from app.engines.whisper.audio_input import decode  # noqa: E402
from app.engines.whisper.options import TranscribeOptions, detect_device  # noqa: E402
from app.engines.whisper.transcriber import Transcriber  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.generators import finish  # noqa: E402
from tests.helpers.speech import speech_set, word_error_rate  # noqa: E402


def seconds_of(path: Path) -> float:
    decoded = decode(path, threading.Event())
    assert decoded is not None
    return decoded.duration


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = assets.whisper_base_dir()
    meeting = speech_set().long
    device = detect_device()
    direct_model = WhisperModel(
        str(folder), device=device.name, compute_type=device.compute_type, cpu_threads=device.threads
    )
    hearth = Transcriber(device)
    hearth.load(folder)

    def direct() -> str:
        segments, _info = direct_model.transcribe(str(meeting.path), vad_filter=True)
        return " ".join(s.text for s in segments)

    def hearth_run(fast: bool) -> str:
        options = TranscribeOptions(fast=fast)
        return finish(hearth.transcribe(meeting.path, folder, options, threading.Event())).text()

    runs = {"faster-whisper": direct, "Hearth": lambda: hearth_run(False), "Hearth fast": lambda: hearth_run(True)}
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    texts: dict[str, str] = {}
    for _ in range(args.rounds):
        for name, job in runs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            texts[name] = job()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    best = {name: min(values) for name, values in wall.items()}
    duration = seconds_of(meeting.path)
    print(f"{meeting.path.name}: {duration:.0f} s of speech, Whisper base, {device.describe()}, {device.compute_type}")
    print(f"{args.rounds} interleaved rounds     fastest   median   processor   real time   WER")
    for name in runs:
        wer = word_error_rate(meeting.text, texts[name])
        print(
            f"  {name:15} {best[name]:8.2f} s {statistics.median(wall[name]):6.2f} s {min(cpu[name]):8.2f} s"
            f"   {duration / best[name]:6.1f}x   {wer:.3f}"
        )
    cpu_ratio = min(cpu["Hearth"]) / min(cpu["faster-whisper"])
    print(
        f"Hearth / faster-whisper: {best['Hearth'] / best['faster-whisper']:.3f} (goal: at most 1.05; "
        f"processor time {cpu_ratio:.3f})"
    )
    print(f"fast / normal:           {best['Hearth fast'] / best['Hearth']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

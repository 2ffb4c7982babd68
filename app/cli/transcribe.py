"""`hearth transcribe FILE... --model (PATH | LIBRARY_ID)`: transcripts and subtitles from the terminal.

Each input becomes `DIR/<input file stem>.<format>` (DIR: `--output`, else the input's own folder); a file that
is already there is never replaced: the new one is saved as `<stem> (2).<format>` and its path printed. A problem
with one input is reported and the others are still done; the exit code is then 1. Progress goes to stderr,
the written paths to stdout (one per line), or one JSON document with `--json`.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from app import paths
from app.downloads.queue_state import QueueState
from app.engines.whisper.options import TASKS, TranscribeOptions
from app.errors import HearthError
from app.host import SpeechHost, drive
from app.models.library import Library
from app.models.model_files import is_whisper_folder
from app.transcription.transcription_queue import QueueItem, SavePlan, TranscriptionQueue, run_item
from app.transcription.transcripts.writers import FORMATS


def register(commands: Any) -> None:
    parser = commands.add_parser("transcribe", help="turn recordings into transcripts and subtitles")
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path, help="recordings or videos (or folders)")
    parser.add_argument("--model", required=True, metavar="PATH|LIBRARY_ID", help="a Whisper model folder or an id")
    parser.add_argument("--language", default="", metavar="xx", help="the spoken language (default: detect it)")
    parser.add_argument("--task", choices=TASKS, default="transcribe", help="translate: an English transcript")
    parser.add_argument(
        "--format", action="append", choices=FORMATS, dest="formats", help="txt (default), srt, vtt or json; repeatable"
    )
    parser.add_argument("--output", type=Path, metavar="DIR", help="folder for the files (default: beside each input)")
    parser.add_argument("--word-timestamps", action="store_true", help="time every word (tighter subtitles)")
    parser.add_argument("--fast", action="store_true", help="decode several parts at once (faster, a little rougher)")
    parser.add_argument(
        "--no-voice-filter",
        action="store_false",
        dest="vad",
        help="transcribe every part of the recording, silence and noise included (the GUI's “Skip silence and "
        "noise” unticked); slower, and Whisper may write text for noise",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    model = resolve_whisper_model(args.model)
    options = TranscribeOptions(
        language=args.language.strip().lower(),
        task=args.task,
        vad=args.vad,
        word_timestamps=args.word_timestamps,
        fast=args.fast,
    )
    plan = SavePlan(formats=tuple(dict.fromkeys(args.formats or ["txt"])), folder=str(args.output or ""))
    queue = TranscriptionQueue(None)
    items = queue.add(args.files, options)
    if not items:
        print("hearth transcribe: no recordings found in the folders given", file=sys.stderr)
        return 1
    speech = SpeechHost()  # the command's own: no llama.cpp model is loaded beside it
    try:
        results = _transcribe_each(queue, items, speech, model, plan)
        device = speech.device.describe() if speech.device else ""
    finally:
        # Before the interpreter exits, and after Ctrl+C too: that cancel leaves a window decoding, and the model
        # must not be freed (nor Python finalize) while CTranslate2 still computes for it.
        speech.close()
    failed = [r for r in results if r["error"]]
    if args.json:
        json.dump({"model": str(model), "device": device, "results": results}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for result in results:
            for output in result["outputs"]:
                print(output)
    if failed:
        print(f"hearth: {len(failed)} of {len(results)} recordings could not be transcribed.", file=sys.stderr)
        return 1
    return 0


def _transcribe_each(
    queue: TranscriptionQueue, items: list[QueueItem], speech: SpeechHost, model: Path, plan: SavePlan
) -> list[dict[str, Any]]:
    cancel = threading.Event()
    results = []
    for item in items:
        started = time.perf_counter()
        progress = _Progress(item.name)
        job = run_item(queue, item.id, speech, model, plan, cancel)
        try:
            done = drive(job, progress.show)
        except KeyboardInterrupt:
            cancel.set()
            job.close()
            raise
        progress.end(done)
        transcript = queue.transcript(done.id)
        results.append(
            {
                "input": done.source,
                "outputs": list(done.outputs),
                "error": done.error or None,
                "language": done.language,
                "duration": round(done.duration, 3),
                "seconds": round(time.perf_counter() - started, 3),
                "notices": list(done.notices),
                "text": transcript.text() if transcript else "",
            }
        )
    return results


def resolve_whisper_model(model: str) -> Path:
    path = Path(model).expanduser()
    if path.is_dir():
        if not is_whisper_folder(path):
            raise HearthError(
                f"{path} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json."
            )
        return path
    found = Library(paths.resolve()).find(model)
    if found is None:
        raise HearthError(
            f"No model called “{model}” is on this computer; `hearth list` shows the ones that are, and "
            "`hearth models --task speech` the Whisper models you can download."
        )
    if found.format != "ctranslate2":
        raise HearthError(f"{found.name} is a chat model; `hearth transcribe` needs a Whisper (speech) model.")
    return found.path


class _Progress:
    """One line per phase and per tenth of the way on stderr; redrawn in place on a terminal."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tty = sys.stderr.isatty()
        self.phase = ""
        self.tenth = -1

    def show(self, item: QueueItem) -> None:
        if item.phase and item.phase != self.phase and item.progress == 0:
            self.phase = item.phase
            self._line(f"{self.name}: {item.phase}")
        tenth = int(item.progress * 10)
        if self.tty:
            self._line(f"{self.name}: {item.progress:.0%}")
        elif tenth > self.tenth and item.progress > 0:
            self.tenth = tenth
            self._line(f"{self.name}: {tenth * 10} %")

    def end(self, item: QueueItem) -> None:
        if self.tty:
            sys.stderr.write("\n")
        if item.state is QueueState.FAILED:
            print(f"hearth: {item.name}: {item.error}", file=sys.stderr)
        for notice in item.notices:
            print(f"hearth: {item.name}: {notice}", file=sys.stderr)

    def _line(self, text: str) -> None:
        if self.tty:
            sys.stderr.write(f"\r\x1b[K{text}")
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

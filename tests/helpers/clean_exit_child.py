"""One short life of Hearth's engines in a process of its own, for tests/test_clean_exit.py.

`python -m tests.helpers.clean_exit_child QWEN_GGUF WHISPER_FOLDER CLIP [--leave-open]`

A chat model loaded on the model host and one reply, a Whisper model loaded and one clip transcribed, then the same
clip in fast mode with Stop pressed while CTranslate2 encodes it (the window is abandoned, still decoding: what the
last module of the suite did before the run aborted at exit), and the local API server started, asked for its model
list, and stopped. Then the engines are closed the way the window and the CLI close theirs, or, with `--leave-open`,
left to the interpreter's exit. Prints one line per step, so a crash says how far the child got.
"""

from __future__ import annotations

import sys
import threading
import urllib.request
from pathlib import Path

from app import settings
from app.engines.chat_types import Message, Sampling
from app.engines.whisper.options import TranscribeOptions
from app.engines.whisper.transcriber import Started, Transcriber
from app.fit.estimate import LoadPlan
from app.hardware import probe
from app.host import ModelHost, ModelRequest
from app.server import LocalServer, ServedModels, ServerOptions
from tests.helpers.generators import finish


def main(argv: list[str]) -> int:
    qwen, whisper, clip = (Path(arg) for arg in argv[:3])
    leave_open = "--leave-open" in argv[3:]
    host = ModelHost()
    profile = probe(settings.configured_models_dir())
    request = ModelRequest(qwen, LoadPlan(context=256, batch=64, ubatch=64), profile)
    host.load(request).result(timeout=120)
    stats = host.reply(request, [Message("user", "Hi")], Sampling(temperature=0.0, max_tokens=2)).result(timeout=60)
    print("replied", stats.generated_tokens, flush=True)

    transcriber = Transcriber()
    english = TranscribeOptions(language="en")
    transcript = finish(transcriber.transcribe(clip, whisper, english, threading.Event()))
    print("transcribed", transcript.complete, flush=True)
    stop = threading.Event()
    job = transcriber.transcribe(clip, whisper, TranscribeOptions(language="en", fast=True), stop)
    for event in job:
        if isinstance(event, Started):  # the next step encodes the clip's window: Stop is pressed as it starts
            stop.set()
    print("stopped", flush=True)

    server = LocalServer(ServedModels(host, profile, extra=(qwen, whisper), use_library=False), ServerOptions(), port=0)
    address = server.start()
    with urllib.request.urlopen(f"{address.base_url}/models", timeout=60) as answer:
        print("served", answer.status, flush=True)
    server.stop()

    if not leave_open:
        transcriber.close()
        host.close()
    print("exiting", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

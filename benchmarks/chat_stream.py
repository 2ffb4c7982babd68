"""Does Hearth add cost on top of llama.cpp? Streaming speed, GUI responsiveness and prefix reuse, in one run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/chat_stream.py [--rounds 3] [--tokens 96]

For the Qwen test model, interleaved rounds of: raw llama-cpp-python (`create_completion(stream=True)` on the
same rendered prompt), Hearth's engine (`LlamaEngine.chat`), and Hearth as the Chat page streams (the model host's
reply, coalesced, through ui/shared/host_job.py into a MessageView while a timer measures the longest stall of the
event loop). Then
time to first token at turn 1 and turn 8 of one conversation. Prints medians and ratios; the machine is noisy,
so only ratios from the same run mean anything.

All three run on the model host's one engine thread (app/host, `with_engine`): llama.cpp's OpenMP keeps a
team of threads per calling thread, and a second team (raw runs on the main thread, say) would push libgomp into
its short-spin mode and slow every contender, measuring the benchmark instead of Hearth.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import settings  # noqa: E402
from app.engines.chat_types import Message, Sampling, TextDelta  # noqa: E402
from app.engines.coalesce import INTERVAL_S  # noqa: E402
from app.engines.llama import LlamaEngine, default_threads  # noqa: E402
from app.fit.estimate import LoadPlan  # noqa: E402
from app.hardware import probe  # noqa: E402
from app.host import ModelHost, ModelRequest  # noqa: E402
from tests import assets  # noqa: E402
from ui.chat.message_view import MessageView  # noqa: E402
from ui.shared.host_job import HostJob  # noqa: E402

PROMPT = "Write a Python function that checks whether a number is prime, with a docstring."


def raw_rate(llm: object, prompt_tokens: list[int], tokens: int) -> float:
    """Bare llama-cpp-python: stream the same prompt tokens, decoding only (after the first token)."""
    first = 0.0
    count = 0
    llm.reset()  # type: ignore[attr-defined]
    for _ in llm.create_completion(prompt_tokens, max_tokens=tokens, temperature=0.0, stream=True):  # type: ignore[attr-defined]
        count += 1
        if count == 1:
            first = time.perf_counter()
    return (count - 1) / (time.perf_counter() - first)


def engine_rate(engine: LlamaEngine, tokens: int) -> float:
    engine._llm.reset()
    generator = engine.chat([Message("user", PROMPT)], Sampling(temperature=0.0, max_tokens=tokens), threading.Event())
    while True:
        try:
            next(generator)
        except StopIteration as finished:
            return float(finished.value.tokens_per_second)


class _Stream(QObject):
    """The Chat page's side of a streaming reply: text into a MessageView, and the event loop's longest stall."""

    def __init__(self, view: MessageView, loop: QEventLoop) -> None:
        super().__init__()
        self.view, self.loop = view, loop
        self.text: list[str] = []
        self.rate = 0.0
        self.worst = 0.0
        self.clock = QElapsedTimer()
        self.clock.start()

    @Slot()
    def on_tick(self) -> None:
        gap = self.clock.restart() / 1000
        self.worst = max(self.worst, gap - 0.016)

    @Slot(object)
    def on_event(self, event: object) -> None:
        if isinstance(event, TextDelta):
            self.text.append(event.text)
            self.view.set_content("".join(self.text), final=False)

    @Slot(object)
    def on_done(self, stats: object) -> None:
        self.rate = float(stats.tokens_per_second)  # type: ignore[attr-defined]
        self.loop.quit()


def widget_rate(host: ModelHost, request: ModelRequest, tokens: int) -> tuple[float, float]:
    """As the Chat page streams: the host's reply coalesced, through the Qt bridge into a MessageView; tokens/s
    and the event loop's longest stall."""
    view = MessageView("assistant")
    view.show()
    loop = QEventLoop()
    stream = _Stream(view, loop)
    ticker = QTimer()
    ticker.setInterval(16)
    ticker.timeout.connect(stream.on_tick)
    host.with_engine(request, lambda engine: engine._llm.reset()).result()
    ticker.start()
    job = HostJob()
    job.yielded.connect(stream.on_event)
    job.returned.connect(stream.on_done)
    job.attach(
        host.reply(
            request,
            [Message("user", PROMPT)],
            Sampling(temperature=0.0, max_tokens=tokens),
            coalesce_s=INTERVAL_S,
            on_event=job.on_event,
            on_done=job.on_done,
        )
    )
    loop.exec()
    ticker.stop()
    view.set_content("".join(stream.text), final=True)
    QApplication.processEvents()
    view.deleteLater()
    return stream.rate, stream.worst


def ttft_by_turn(engine: LlamaEngine) -> tuple[float, float]:
    engine._llm.reset()
    history: list[Message] = []
    ttfts = []
    for turn in range(1, 9):
        history.append(Message("user", f"Turn {turn}: give one short tip about Python {turn}."))
        generator = engine.chat(history, Sampling(temperature=0.0, max_tokens=24), threading.Event())
        reply = []
        while True:
            try:
                event = next(generator)
                if isinstance(event, TextDelta):
                    reply.append(event.text)
            except StopIteration as finished:
                ttfts.append(float(finished.value.ttft_s))
                break
        history.append(Message("assistant", "".join(reply)))
    return ttfts[0], ttfts[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=96)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    host = ModelHost()
    request = ModelRequest(
        assets.qwen_gguf(), LoadPlan(context=4096), probe(settings.configured_models_dir()), force=True
    )
    host.load(request).result()
    prompt_tokens = host.with_engine(request, lambda engine: engine.prompt_tokens([Message("user", PROMPT)])).result()
    raw, hearth, widget, stalls = [], [], [], []
    for _ in range(args.rounds):  # interleaved, so drift on a noisy machine hits all three alike
        raw.append(host.with_engine(request, lambda e: raw_rate(e._llm, prompt_tokens, args.tokens)).result())
        hearth.append(host.with_engine(request, lambda e: engine_rate(e, args.tokens)).result())
        rate, stall = widget_rate(host, request, args.tokens)
        widget.append(rate)
        stalls.append(stall)
    turn1, turn8 = host.with_engine(request, ttft_by_turn).result()
    host.close()
    del app
    r, h, w = statistics.median(raw), statistics.median(hearth), statistics.median(widget)
    print(f"Qwen2.5-Coder 0.5B Q4_K_M, {default_threads()} threads, {args.tokens} tokens, {args.rounds} rounds")
    print(f"raw llama-cpp-python   {r:6.1f} tokens/s")
    print(f"Hearth engine          {h:6.1f} tokens/s   ratio {h / r:.2f}")
    print(f"Hearth chat widget     {w:6.1f} tokens/s   ratio {w / r:.2f}")
    print(f"longest event-loop stall while streaming: {max(stalls) * 1000:.0f} ms")
    print(f"time to first token: turn 1 {turn1:.3f} s, turn 8 {turn8:.3f} s (ratio {turn8 / turn1:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

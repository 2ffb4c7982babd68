"""Does comparing cost speed? Each pane's tokens per second against the same model alone, and one-after-another
against interleaved, in one run.

    .venv/bin/python benchmarks/compare.py [--tokens 64]

With the Qwen and Gemma test models loaded together on one model host:
1. each model alone through the host (`host.reply`, as the Chat page asks), then both as the panes of one
   Compare turn (`Comparison.ask`), then each alone again; a pane's ratio is its tokens/s over the median of its
   two alone runs, so a machine that slows down during the run does not count against Compare;
2. the two replies one after another against the two interleaved token by token on the engine thread (each
   generator advanced in turn), as a comparison that streamed every pane at once would run them: both replies'
   decoding speeds and the wall time for the pair.
The machine is shared and noisy: only ratios from the same run mean anything.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Generator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import settings  # noqa: E402
from app.compare import Comparison  # noqa: E402
from app.compare.plan import Contender, contender_for  # noqa: E402
from app.engines.chat_types import Event, Message, ReplyStats, Sampling  # noqa: E402
from app.engines.llama import LlamaEngine  # noqa: E402
from app.hardware import probe  # noqa: E402
from app.host import ModelHost  # noqa: E402
from app.host.budget import MemoryBudget  # noqa: E402
from tests import assets  # noqa: E402

PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle."


def alone(host: ModelHost, contender: Contender) -> float:
    stats = contender.responder.reply([Message("user", PROMPT)], contender.sampling).result()
    return stats.tokens_per_second


def drain(generator: Generator[Event, None, ReplyStats]) -> ReplyStats:
    while True:
        try:
            next(generator)
        except StopIteration as end:
            return end.value


def sequential(engines: list[LlamaEngine], sampling: Sampling) -> tuple[list[float], float]:
    started = time.perf_counter()
    rates = [drain(e.chat([Message("user", PROMPT)], sampling, threading.Event())).tokens_per_second for e in engines]
    return rates, time.perf_counter() - started


def interleaved(engines: list[LlamaEngine], sampling: Sampling) -> tuple[list[float], float]:
    started = time.perf_counter()
    generators = [e.chat([Message("user", PROMPT)], sampling, threading.Event()) for e in engines]
    results: list[ReplyStats | None] = [None] * len(generators)
    while any(r is None for r in results):
        for index, generator in enumerate(generators):
            if results[index] is None:
                try:
                    next(generator)
                except StopIteration as end:
                    results[index] = end.value
    return [r.tokens_per_second for r in results if r is not None], time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    sampling = Sampling(temperature=0.0, max_tokens=args.tokens, seed=0)
    profile = probe(settings.configured_models_dir())
    with ModelHost() as host:
        contenders = [
            contender_for(host, path, sampling, profile, name=name, context=2048)[0]
            for path, name in ((assets.qwen_gguf(), "Qwen2.5-Coder 0.5B"), (assets.gemma_gguf(), "Gemma 3 270M"))
        ]
        for contender in contenders:
            contender.responder.prepare().result()
        before = [alone(host, c) for c in contenders]
        comparison = Comparison(contenders, MemoryBudget.of(profile))
        turn = comparison.ask(PROMPT)
        turn.wait()
        after = [alone(host, c) for c in contenders]
        panes = [r.stats.tokens_per_second if r is not None else 0.0 for r in turn.replies]
        print(f"loaded together: {comparison.plan.together}; {args.tokens} tokens per reply")
        for contender, pane, first, second in zip(contenders, panes, before, after, strict=True):
            base = statistics.median([first, second])
            print(
                f"{contender.name}: pane {pane:.1f} tokens/s, alone {first:.1f} / {second:.1f} tokens/s, "
                f"ratio {pane / base:.2f}"
            )
        engines = [host.with_engine(c.responder.request, lambda engine: engine).result() for c in contenders]  # type: ignore[attr-defined]
        one_by_one = host.call(lambda: sequential(engines, sampling)).result()
        mixed = host.call(lambda: interleaved(engines, sampling)).result()
        one_by_one_again = host.call(lambda: sequential(engines, sampling)).result()
    for label, (rates, wall) in (
        ("one after another", one_by_one),
        ("interleaved", mixed),
        ("one after another again", one_by_one_again),
    ):
        speeds = ", ".join(f"{c.name} {r:.1f}" for c, r in zip(contenders, rates, strict=True))
        print(f"{label}: {speeds} tokens/s; both replies in {wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Is Hearth faster than the raw engine on the work people do? Decoding speed on a meeting summary and a poem.

    .venv/bin/python benchmarks/speed.py [--rounds 3] [--tokens 160]

The Qwen test model at temperature 0, interleaved rounds of:
- raw llama-cpp-python with its defaults: `Llama(path, n_ctx=4096, n_threads=physical cores)`,
  `create_chat_completion(stream=True)`;
- Hearth's engine as shipped (`LlamaEngine.chat`, its own plan for a 4K context, f16 cache), where drafting from
  the prompt is allowed but checked first (app/engines/llama/speedup.py): on this build a batch's logits differ from
  one-token decodes' with an f16 cache, so the check turns drafting off and the reply decodes plainly;
- the same with a q8_0 K and V cache (flash attention on), where the check passes and replies draft;
- each of the two with drafting switched off (`Sampling.speedup=False`): plain decoding, whose text the drafted
  replies must equal (the run says whether they do and, if not, at which character they part).
The summary prompt is the two-minute meeting of the transcription tests (the text espeak-ng reads there,
tests/helpers/speech.py), the poem an ordinary chat request. Decode speed is tokens after the first over the time
since the first. Everything runs on the main thread: llama.cpp's OpenMP keeps one team of threads per calling
thread, and two teams would slow every contender. Then benchmarks/speed_load.py (long prompts, KV memory) runs if
it is there. Only ratios from the same run mean anything on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import paths, settings  # noqa: E402
from app.engines.chat_types import Message, ReplyStats, Sampling, TextDelta  # noqa: E402
from app.engines.llama import (  # noqa: E402
    LlamaEngine,
    default_threads,
    speedup,
)
from app.fit.estimate import LoadPlan  # noqa: E402
from app.hardware import probe  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.speech import LONG_SENTENCES  # noqa: E402

TRANSCRIPT = " ".join(LONG_SENTENCES)
TASKS = {
    "summary": f"Here is the transcript of a meeting:\n\n{TRANSCRIPT}\n\nSummarize this meeting.",
    "poem": "Write a poem about the sea.",
}


def raw_run(llm: Any, prompt: str, tokens: int) -> tuple[float, str]:
    llm.reset()
    first, count, text = 0.0, 0, []
    stream = llm.create_chat_completion(
        [{"role": "user", "content": prompt}], temperature=0.0, max_tokens=tokens, stream=True
    )
    for chunk in stream:
        piece = chunk["choices"][0]["delta"].get("content")
        if not piece:
            continue
        count += 1
        text.append(piece)
        if count == 1:
            first = time.perf_counter()
    seconds = time.perf_counter() - first
    return ((count - 1) / seconds if count > 1 and seconds > 0 else 0.0), "".join(text)


def hearth_run(engine: LlamaEngine, prompt: str, tokens: int, drafting: bool) -> tuple[ReplyStats, str]:
    engine._llm.reset()  # the whole prompt read each time, as in the raw runs
    sampling = Sampling(temperature=0.0, max_tokens=tokens, seed=0, speedup=drafting)
    generator = engine.chat([Message("user", prompt)], sampling, threading.Event())
    text = []
    while True:
        try:
            event = next(generator)
        except StopIteration as finished:
            return finished.value, "".join(text)
        if isinstance(event, TextDelta):
            text.append(event.text)


# (label, cache, drafting allowed): as shipped, drafting is allowed and checked (app/engines/llama/speedup.py)
CONTENDERS = (
    ("hearth, f16 cache (as shipped)", "f16", True),
    ("hearth, f16 cache, plain decoding", "f16", False),
    ("hearth, q8_0 cache", "q8_0", True),
    ("hearth, q8_0 cache, plain decoding", "q8_0", False),
)


def parted_at(plain: str, drafted: str) -> str:
    if plain == drafted:
        return "same text as plain decoding"
    pairs = enumerate(zip(plain, drafted, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), min(len(plain), len(drafted)))
    start = max(0, at - 30)
    return (
        f"TEXT DIFFERS from plain decoding at character {at}: "
        f"{plain[start : at + 20]!r} vs {drafted[start : at + 20]!r}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=160)
    args = parser.parse_args()
    # A fresh Hearth home: no earlier record of this model's speed-up (or of its load tuning) decides for this run.
    os.environ[paths.HOME_ENV] = tempfile.mkdtemp(prefix="hearth-speed-")
    import llama_cpp

    model = assets.qwen_gguf()
    raw = llama_cpp.Llama(str(model), n_ctx=4096, n_threads=default_threads(), verbose=False)
    profile = probe(settings.configured_models_dir())
    engine = LlamaEngine()
    engine.load(model, LoadPlan(context=4096), profile=profile)
    exact = LlamaEngine()
    exact.load(model, LoadPlan(context=4096, kv_type="q8_0"), profile=profile)
    rates: dict[str, list[float]] = {}
    texts: dict[str, str] = {}
    tallies: dict[str, ReplyStats] = {}
    for _ in range(args.rounds):  # interleaved, so drift on a shared machine hits every contender alike
        for task, prompt in TASKS.items():
            rate, texts[f"{task} raw"] = raw_run(raw, prompt, args.tokens)
            rates.setdefault(f"{task} raw", []).append(rate)
            for label, contender, drafting in CONTENDERS:
                chosen = exact if contender == "q8_0" else engine
                stats, texts[f"{task} {label}"] = hearth_run(chosen, prompt, args.tokens, drafting)
                rates.setdefault(f"{task} {label}", []).append(stats.tokens_per_second)
                tallies[f"{task} {label}"] = stats
    plan = engine.loaded.plan if engine.loaded else None
    engine.close()
    exact.close()
    raw.close()
    print(f"Qwen2.5-Coder 0.5B Q4_K_M, {default_threads()} threads, {args.tokens} tokens, {args.rounds} rounds")
    print(f"Hearth's plan: {plan}")
    for task in TASKS:
        base = statistics.median(rates[f"{task} raw"])
        print(f"{task}: raw llama-cpp-python {base:.1f} tokens/s  (rounds {_rounds(rates[f'{task} raw'])})")
        for label, *_ in CONTENDERS:
            median = statistics.median(rates[f"{task} {label}"])
            stats = tallies[f"{task} {label}"]
            drafted = f", {speedup.described(stats)}" if stats.drafted_tokens else ", no drafting"
            print(
                f"  {label:34s} {median:6.1f} tokens/s  ratio {median / base:.2f}  "
                f"(rounds {_rounds(rates[f'{task} {label}'])}{drafted})"
            )
        for cache in ("f16 cache (as shipped)", "q8_0 cache"):
            checked = texts[f"{task} hearth, {cache}"]
            plain = texts[f"{task} hearth, {cache.split(' (')[0]}, plain decoding"]
            print(f"  {cache}: {parted_at(plain, checked)}")
    load_benchmark = ROOT / "benchmarks" / "speed_load.py"
    if load_benchmark.exists():
        sys.path.insert(0, str(load_benchmark.parent))
        import speed_load

        speed_load.main([])
    return 0


def _rounds(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


if __name__ == "__main__":
    raise SystemExit(main())

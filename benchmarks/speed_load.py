"""Long prompts and long contexts: time to first token for a 4,000-token prompt, Hearth against raw
llama-cpp-python's defaults, and the memory a 32K context takes with a q8_0 KV cache against f16.

    .venv/bin/python benchmarks/speed_load.py [--rounds 2] [--json]

Time to first token: the Qwen test model reads one ~4,000-token document and a request to summarize it, in
interleaved rounds on this thread (one OpenMP team for both), the cache emptied before each read. Hearth loads as
it does for a person, settings measured at the first load (in a fresh Hearth home, so the measurement is part of
this run and its choice is printed); raw is `Llama(path, n_ctx=4608, n_threads=physical cores)` with every other
argument at its default, through `create_chat_completion(stream=True)`. Goal: Hearth / raw <= 0.9.

Memory: in a fresh process per load, resident-memory growth over loading with exactly a plan's `Llama(...)`
arguments at a 32K context and one short generation, against the estimate for that plan (f16; q8_0 with flash
attention, K and V quantized; q8_0 without, K only). Goal: each within 10 % of its estimate.

`main()` is also called by benchmarks/speed.py. The machine may be shared: only ratios from one run mean much.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import hardware, settings  # noqa: E402
from app.engines.chat_types import Message, Sampling, TextDelta  # noqa: E402
from app.engines.llama import (  # noqa: E402
    LlamaEngine,
    default_threads,
    load_tuning,
)
from app.fit.estimate import LoadPlan, estimate, kv_bytes  # noqa: E402
from app.fit.shape import from_header  # noqa: E402
from app.models.gguf_info import read_file  # noqa: E402
from benchmarks.estimate_accuracy import measure as rss_growth  # noqa: E402  (a fresh process per load)

CONTEXT = 4096 + 512  # the prompt and room for a reply
PROMPT_TOKENS = 4000
LONG_CONTEXT = 32768
MIB = 1024**2
TOPICS = ("the budget", "the release date", "hiring", "the support queue", "the office move", "the customer survey")
NAMES = ("Ana", "Bilal", "Chen", "Dana", "Emeka", "Freya", "Goran", "Hana")


def document(sentences: int) -> str:
    """A meeting record that reads like one: who said what about which topic, each line a little different."""
    lines = []
    for i in range(sentences):
        name, topic = NAMES[i % len(NAMES)], TOPICS[(i * 5) % len(TOPICS)]
        lines.append(
            f"[{i // 60:02d}:{i % 60:02d}] {name}: On {topic}, item {i} needs a decision by week {i % 13 + 1}."
        )
    return "\n".join(lines)


def long_request(engine: LlamaEngine) -> list[Message]:
    """The user's message, grown until the whole prompt (template included) is about PROMPT_TOKENS."""
    sentences = 20
    while True:
        messages = [Message("user", f"Summarize this meeting:\n\n{document(sentences)}")]
        count = len(engine.prompt_tokens(messages))
        if count >= PROMPT_TOKENS:
            return messages
        sentences = max(sentences + 1, int(sentences * PROMPT_TOKENS / count))


def hearth_ttft(engine: LlamaEngine, messages: list[Message]) -> float:
    engine._llm.reset()  # an empty cache: the whole prompt is read
    started = time.perf_counter()
    events = engine.chat(messages, Sampling(temperature=0.0, max_tokens=2), threading.Event())
    try:
        for event in events:
            if isinstance(event, TextDelta):
                return time.perf_counter() - started
    finally:
        events.close()
    raise RuntimeError("Hearth wrote nothing")


def raw_ttft(llm: Any, messages: list[Message]) -> float:
    llm.reset()
    started = time.perf_counter()
    stream = llm.create_chat_completion(
        [{"role": m.role, "content": m.content} for m in messages], max_tokens=2, temperature=0.0, stream=True
    )
    for _chunk in stream:
        return time.perf_counter() - started  # the first chunk comes with the first token
    raise RuntimeError("raw llama-cpp-python wrote nothing")


def time_to_first_token(model: Path, rounds: int) -> dict[str, Any]:
    import llama_cpp

    profile = hardware.probe(settings.configured_models_dir())  # the app's one scan, made before any load
    engine = LlamaEngine()
    started = time.perf_counter()
    first = engine.load(model, LoadPlan(context=CONTEXT), profile=profile)
    first_load = time.perf_counter() - started
    started = time.perf_counter()
    loaded = engine.load(model, LoadPlan(context=CONTEXT), profile=profile)  # from the record: what a later load costs
    later_load = time.perf_counter() - started
    assert loaded.plan == first.plan
    (probe,) = json.loads(load_tuning.record_path().read_text(encoding="utf-8"))["models"]
    messages = long_request(engine)
    prompt = len(engine.prompt_tokens(messages))
    raw = llama_cpp.Llama(str(model), n_ctx=CONTEXT, n_threads=default_threads(), verbose=False)
    hearth_times: list[float] = []
    raw_times: list[float] = []
    try:
        for index in range(rounds):  # interleaved, alternating who goes first
            pair = [("hearth", hearth_times), ("raw", raw_times)]
            for who, times in pair if index % 2 == 0 else reversed(pair):
                seconds = hearth_ttft(engine, messages) if who == "hearth" else raw_ttft(raw, messages)
                times.append(seconds)
                print(f"  round {index + 1}: {who} {seconds:.2f} s", file=sys.stderr, flush=True)
    finally:
        raw.close()
        engine.close()
    hearth, plain = statistics.median(hearth_times), statistics.median(raw_times)
    return {
        "prompt_tokens": prompt,
        "hearth_settings": {
            "batch": loaded.plan.batch,
            "ubatch": loaded.plan.ubatch,
            "flash_attention": loaded.plan.flash_attention,
        },
        "raw_settings": {"batch": 512, "ubatch": 512, "flash_attention": False},
        "probe_tokens": probe["probe_tokens"],
        "probe_rates": [
            {**rate["candidate"], "tokens_per_second": rate["tokens_per_second"]} for rate in probe["rates"]
        ],
        "first_load_s": first_load,
        "later_load_s": later_load,
        "hearth_ttft_s": hearth_times,
        "raw_ttft_s": raw_times,
        "ratio": hearth / plain,
    }


def long_context_memory(model: Path) -> list[dict[str, Any]]:
    shape = from_header(read_file(model))
    rows = []
    for label, plan in (
        ("f16", LoadPlan(context=LONG_CONTEXT)),
        ("q8_0", LoadPlan(context=LONG_CONTEXT, kv_type="q8_0")),
        ("q8_0, flash attention off (K only)", LoadPlan(context=LONG_CONTEXT, kv_type="q8_0", flash_attention=False)),
    ):
        estimated = estimate(shape, plan).devices["cpu"].total_bytes
        measured = rss_growth(model, plan)
        rows.append(
            {
                "kv": label,
                "kv_bytes": kv_bytes(shape, plan),
                "estimated_bytes": estimated,
                "measured_bytes": measured,
                "error": (measured - estimated) / estimated,
            }
        )
    return rows


def report(ttft: dict[str, Any], memory: list[dict[str, Any]]) -> str:
    settings = ttft["hearth_settings"]
    hearth, raw = statistics.median(ttft["hearth_ttft_s"]), statistics.median(ttft["raw_ttft_s"])
    lines = [
        f"Time to first token, {ttft['prompt_tokens']}-token prompt ({len(ttft['hearth_ttft_s'])} interleaved rounds):",
        f"  Hearth {hearth:.2f} s (batch {settings['batch']}, ubatch {settings['ubatch']}, flash attention "
        f"{'on' if settings['flash_attention'] else 'off'}), raw defaults {raw:.2f} s: ratio {ttft['ratio']:.2f} "
        "(goal <= 0.9)",
        f"  first load with the measurement {ttft['first_load_s']:.1f} s, a later load {ttft['later_load_s']:.1f} s; "
        f"the probe read {ttft['probe_tokens']} tokens: "
        + ", ".join(
            f"{r['batch']}/{r['ubatch']} flash {'on' if r['flash_attention'] else 'off'} {r['tokens_per_second']:.0f}/s"
            for r in ttft["probe_rates"]
        ),
        f"Memory at a {LONG_CONTEXT // 1024}K context (resident growth against the estimate, goal within 10 %):",
    ]
    for row in memory:
        lines.append(
            f"  {row['kv']:36} KV {row['kv_bytes'] / MIB:6.0f} MiB  estimate {row['estimated_bytes'] / MIB:7.0f} MiB  "
            f"measured {row['measured_bytes'] / MIB:7.0f} MiB  {row['error']:+.1%}"
        )
    f16, q8 = memory[0], memory[1]
    lines.append(
        f"  q8_0 saves {(f16['measured_bytes'] - q8['measured_bytes']) / MIB:.0f} MiB measured, "
        f"{(f16['estimated_bytes'] - q8['estimated_bytes']) / MIB:.0f} MiB estimated"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--model", type=Path, help="a GGUF file (default: the Qwen test model)")
    args = parser.parse_args(argv)
    if args.model is None:
        from tests import assets

        args.model = assets.qwen_gguf()
    with tempfile.TemporaryDirectory(prefix="hearth-speed-load-") as home:
        previous = os.environ.get("HEARTH_HOME")
        os.environ["HEARTH_HOME"] = home  # a fresh record: the first load measures, in this run
        try:
            ttft = time_to_first_token(args.model, args.rounds)
        finally:
            if previous is None:
                os.environ.pop("HEARTH_HOME", None)
            else:
                os.environ["HEARTH_HOME"] = previous
    memory = long_context_memory(args.model)
    if args.json:
        print(json.dumps({"time_to_first_token": ttft, "memory": memory}, indent=2))
    else:
        print(report(ttft, memory))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

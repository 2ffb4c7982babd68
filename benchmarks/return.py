"""Coming back to a long conversation: is it read all again? One run, interleaved rounds.

    .venv/bin/python benchmarks/return.py [--rounds 3] [--lines 95] [--agent-requests 10]

Through the official `openai` client, streamed, with the Qwen test model (tests/assets.py), against Hearth's local
API server (what `hearth serve` runs, on 127.0.0.1) and against llama-cpp-python's own server
(`python -m llama_cpp.server`, its defaults) on the same machine:
- Coming back: a conversation over a text of about 2,400 tokens gets a reply, another short conversation gets one,
  then the first goes on with a follow-up. The result is the follow-up's time to first token over the first
  request's, which read the whole text from scratch (each round's text starts differently, so nothing of an
  earlier round is reused). Goal (issue 30): at most 0.1.
- An agent loop: a system prompt of about 2,000 tokens with a tool list, then requests 2 to N each adding the
  previous reply and a tool result. The result is the median time to first token of requests 2..N over the first
  request's. Goal: at most 0.15. The tools are written into the system prompt as text, not sent as `tools`: what is
  measured is the prompt's reading, and a reply parsed as a tool call arrives whole at its end (Hearth) or goes
  through another chat handler (llama-cpp-python), which would time the reply instead.
Which server goes first alternates from round to round; each round's ratio is taken, and the medians printed.
Then, Hearth only (llama-cpp-python's server keeps nothing across a restart: coming back reads everything again):
- After a restart: a conversation over another text gets a reply, the server and its model host close (the states
  are written to the cache folder, a temporary one here), a new host and server open on that folder, load the model
  and take the follow-up. The result is the follow-up's time to first token over the first request's. The new host
  is in the same process (the file may still sit in the OS's page cache, as after a quick restart). Goal: at most
  0.25.
- Memory: with the cache held to `--memory-limit-mb`, `--memory-conversations` conversations of the text's length
  each leave a state; this process's resident memory is sampled every 20 ms from before the first (the model loaded,
  the cache empty) to after the last, and its highest rise is compared with the cache's limit (goal: never above it).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openai  # noqa: E402
import psutil  # noqa: E402

from app import settings  # noqa: E402
from app.hardware import probe  # noqa: E402
from app.host import ModelHost  # noqa: E402
from app.server import LocalServer, ServedModels, ServerOptions  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.llama_server import LlamaServer  # noqa: E402

TOOLS: Any = [
    {
        "type": "function",
        "function": {
            "name": f"lookup_{topic}",
            "description": f"Look up a {topic} record by its number and return its fields as JSON.",
            "parameters": {"type": "object", "properties": {"number": {"type": "integer"}}, "required": ["number"]},
        },
    }
    for topic in ("ship", "storm", "keeper", "lamp")
]


def logbook(round_number: int, lines: int) -> str:
    """About 25 tokens a line; the first words differ per round, so a round shares nothing with the one before."""
    rows = [
        f"Day {i}: lighthouse {i % 7} logged {i * 13 % 97} ships, {i * 7 % 23} storms and {i * 5 % 11} repairs."
        for i in range(lines)
    ]
    return f"Logbook {round_number} of the northern coast.\n" + "\n".join(rows)


def first_token(client: openai.OpenAI, model: str, messages: Any, **extra: Any) -> tuple[float, str, Any]:
    """(seconds to the first streamed piece of the reply, the reply's text, the usage)."""
    started = time.perf_counter()
    first, text, usage = 0.0, [], None
    for chunk in client.chat.completions.create(
        model=model,
        messages=messages,
        max_tokens=12,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
        **extra,
    ):
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            if (choice.delta.content or choice.delta.tool_calls) and not first:
                first = time.perf_counter() - started
            text.append(choice.delta.content or "")
    return first or time.perf_counter() - started, "".join(text), usage


def coming_back(client: openai.OpenAI, model: str, round_number: int, lines: int) -> tuple[float, float, int]:
    """(first read's seconds to first token, coming back's, coming back's prompt tokens)."""
    asked: Any = [{"role": "user", "content": f"{logbook(round_number, lines)}\n\nWhich day had the most ships?"}]
    read, answer, _ = first_token(client, model, asked)
    first_token(client, model, [{"role": "user", "content": "Write a haiku about the sea."}])  # elsewhere
    follow_up = [*asked, {"role": "assistant", "content": answer}, {"role": "user", "content": "And the fewest?"}]
    back, _, usage = first_token(client, model, follow_up)
    return read, back, usage.prompt_tokens if usage else 0


def agent_loop(client: openai.OpenAI, model: str, round_number: int, requests: int) -> tuple[float, float]:
    """(first request's seconds to first token, the median of the later ones')."""
    rules = f"{logbook(round_number, 70)}\nTools:\n{json.dumps(TOOLS)}"
    messages: Any = [
        {"role": "system", "content": f"You answer questions about this logbook, using the tools.\n{rules}"},
        {"role": "user", "content": "Which ship was seen on day 3?"},
    ]
    times = []
    for step in range(requests):
        seconds, text, _ = first_token(client, model, messages)
        times.append(seconds)
        messages += [
            {"role": "assistant", "content": text or "Looking it up."},
            {"role": "user", "content": f'Tool result {step}: {{"number": {step}, "name": "Gull {step}"}}'},
        ]
    return times[0], statistics.median(times[1:])


def measure(name: str, client: openai.OpenAI, model: str, round_number: int, args: argparse.Namespace) -> list[float]:
    read, back, tokens = coming_back(client, model, round_number, args.lines)
    agent_first, agent_later = agent_loop(client, model, round_number, args.agent_requests)
    line = (
        f"round {round_number + 1} {name:8s} coming back to {tokens or 'its (unreported)'} tokens: {back:.2f} s vs "
        f"{read:.2f} s read "
        f"({back / read:.3f}); agent loop {agent_later:.2f} s vs {agent_first:.2f} s ({agent_later / agent_first:.3f})"
    )
    print(line, file=sys.stderr, flush=True)
    return [back / read, agent_later / agent_first]


def after_restart(qwen: Path, folder: Path, lines: int) -> tuple[float, float, int]:
    """(first read's seconds to first token, coming back's after the host closed and opened again, reused tokens)."""
    asked: Any = [{"role": "user", "content": f"{logbook(99, lines)}\n\nWhich day had the most storms?"}]
    with served(qwen, folder) as (client, model, _):
        read, answer, _ = first_token(client, model, asked)
    follow_up = [*asked, {"role": "assistant", "content": answer}, {"role": "user", "content": "And the fewest?"}]
    with served(qwen, folder) as (client, model, _):
        back, _, usage = first_token(client, model, follow_up)
    details = usage.prompt_tokens_details if usage else None
    return read, back, (details.cached_tokens or 0) if details else 0


def memory_rise(qwen: Path, folder: Path, lines: int, conversations: int, limit_mb: int) -> tuple[int, int, int, int]:
    """(highest rise of resident memory over the start with the cache off, the same with it on, its limit, what it
    counted at the end). Off first: what reading long prompts takes anyway (llama.cpp's buffers, the server's
    copies) is then in both, and the difference is the cache's."""
    with served(qwen, folder, cache_mb=0) as (client, model, host):
        first_token(client, model, [{"role": "user", "content": "Hi"}])
        process = psutil.Process()
        start = process.memory_info().rss
        rises = []
        for phase, cache_mb in enumerate((0, limit_mb)):
            host.set_prompt_cache_bytes(cache_mb * 1024 * 1024)
            peak = start
            done = threading.Event()

            def sample(done: threading.Event = done) -> None:
                nonlocal peak
                while not done.wait(0.02):
                    peak = max(peak, process.memory_info().rss)

            sampler = threading.Thread(target=sample)
            sampler.start()
            try:
                for number in range(conversations):
                    content = f"{logbook(200 + 100 * phase + number, lines)}\n\nWhich day had the fewest repairs?"
                    first_token(client, model, [{"role": "user", "content": content}])
            finally:
                done.set()
                sampler.join()
            rises.append(max(peak, process.memory_info().rss) - start)
        cache = host.prompt_cache()
    return rises[0], rises[1], cache.limit_bytes, cache.bytes


@contextlib.contextmanager
def served(qwen: Path, folder: Path, cache_mb: int = 2048) -> Iterator[tuple[openai.OpenAI, str, ModelHost]]:
    """Hearth's server over a fresh model host whose prompt states live in `folder`, the model loaded."""
    model = qwen.name.removesuffix(".gguf")
    with ModelHost(prompt_cache_bytes=cache_mb * 1024 * 1024, prompt_cache_folder=folder) as host:
        models = ServedModels(host, probe(settings.configured_models_dir()), extra=(qwen,), use_library=False)
        with (
            LocalServer(models, ServerOptions(), port=0) as server,
            openai.OpenAI(base_url=server.address.base_url, api_key="x", max_retries=0, timeout=900) as client,  # type: ignore[union-attr]
        ):
            models.load(models.find(model))[1].result()
            yield client, model, host


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lines", type=int, default=95, help="logbook lines (about 25 tokens each)")
    parser.add_argument("--agent-requests", type=int, default=10)
    parser.add_argument("--memory-limit-mb", type=int, default=64)
    parser.add_argument("--memory-conversations", type=int, default=6)
    args = parser.parse_args()
    qwen = assets.qwen_gguf()
    model = qwen.name.removesuffix(".gguf")
    results: dict[str, list[list[float]]] = {"hearth": [], "llama": []}
    folder = Path(tempfile.mkdtemp(prefix="hearth-return-"))
    with ModelHost(prompt_cache_folder=folder / "first") as host, LlamaServer(qwen, n_ctx=8192) as other:
        models = ServedModels(host, probe(settings.configured_models_dir()), extra=(qwen,), use_library=False)
        with (
            LocalServer(models, ServerOptions(), port=0) as server,
            openai.OpenAI(base_url=server.address.base_url, api_key="x", max_retries=0, timeout=900) as hearth,  # type: ignore[union-attr]
            openai.OpenAI(base_url=other.base_url, api_key="x", max_retries=0, timeout=900) as llama,
        ):
            models.load(models.find(model))[1].result()
            first_token(hearth, model, [{"role": "user", "content": "Hi"}])  # warm-up
            first_token(llama, model, [{"role": "user", "content": "Hi"}])
            for round_number in range(args.rounds):
                order = ("hearth", "llama") if round_number % 2 == 0 else ("llama", "hearth")
                for name in order:
                    client = hearth if name == "hearth" else llama
                    results[name].append(measure(name, client, model, round_number, args))
            cache = host.prompt_cache()
            resident = psutil.Process().memory_info().rss
    restarts = [after_restart(qwen, folder / f"restart-{n}", args.lines) for n in range(args.rounds)]
    for read, back, reused in restarts:
        print(
            f"after a restart: {back:.2f} s vs {read:.2f} s read ({back / read:.3f}), {reused} reused", file=sys.stderr
        )
    off_rise, on_rise, limit, counted = memory_rise(
        qwen, folder / "memory", args.lines, args.memory_conversations, args.memory_limit_mb
    )
    shutil.rmtree(folder, ignore_errors=True)
    for name, label in (("hearth", "Hearth"), ("llama", "llama-cpp-python's server")):
        back = statistics.median(r[0] for r in results[name])
        agent = statistics.median(r[1] for r in results[name])
        print(
            f"{label}: coming back / reading again {back:.3f} (goal <= 0.1); agent loop requests "
            f"2-{args.agent_requests} / first {agent:.3f} (goal <= 0.15); medians of {args.rounds} rounds"
        )
    restart = statistics.median(back / read for read, back, _ in restarts)
    print(f"Hearth after a restart: coming back / reading again {restart:.3f} (goal <= 0.25); median of {args.rounds}")
    print(
        f"Hearth's memory over {args.memory_conversations} conversations each way: resident memory rose at most "
        f"{off_rise / 1e6:.1f} MB with the prompt cache off and {on_rise / 1e6:.1f} MB with it held to "
        f"{limit / 1e6:.0f} MB, so the cache added {(on_rise - off_rise) / 1e6:.1f} MB (goal: never above its limit); "
        f"it counted {counted / 1e6:.1f} MB at the end"
    )
    print(
        f"Hearth's prompt cache at the end: {cache.entries} states, {cache.tokens} tokens, "
        f"{cache.bytes / 1e6:.1f} MB (limit {cache.limit_bytes / 1e6:.0f} MB); "
        f"this process's resident memory {resident / 1e6:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

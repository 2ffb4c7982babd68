"""Does the local API server add cost on top of llama.cpp and Hearth's transcriber? One run, interleaved rounds.

    .venv/bin/python benchmarks/server.py [--rounds 6] [--tokens 64]

With the Qwen test model and Whisper base (tests/assets.py): streamed decode tokens per second through the official
`openai` client against the server on 127.0.0.1, over raw llama-cpp-python (`create_completion(stream=True)` on
the same rendered prompt, temperature 0, on the host's engine thread); the time to first token the server adds
(client-side, request sent to first content chunk, minus raw's time to first token on the same prompt read from
scratch); and one transcription through /v1/audio/transcriptions over Hearth's own Transcriber on the same clip.
Both read the prompt from scratch each round: the engine's context is emptied before each one and the server's host
runs without its prompt cache (app/host/prompt_cache.py, measured on its own by benchmarks/return.py), so what is
measured is the server's cost, not the cache's gain. Which goes first alternates from round to round, and each round's
ratio (or added time) is taken; the medians of those are the results. This machine is shared: its speed moves between
two levels (about 18 and 30 tokens/s with the Qwen model) for seconds at a time, so only ratios of neighbouring
measurements mean anything.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openai  # noqa: E402

from app import settings  # noqa: E402
from app.engines.chat_types import Message  # noqa: E402
from app.engines.whisper.options import TranscribeOptions  # noqa: E402
from app.engines.whisper.transcriber import Transcriber  # noqa: E402
from app.hardware import probe  # noqa: E402
from app.host import ModelHost  # noqa: E402
from app.server import LocalServer, ServedModels, ServerOptions  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.speech import speech_set  # noqa: E402

MESSAGES: Any = [{"role": "user", "content": "Write a short story about a lighthouse keeper."}]


def raw_round(engine: Any, tokens: int) -> tuple[float, float]:
    """(decode tokens/s, time to first token) of raw llama-cpp-python on the rendered prompt."""
    llm = engine._llm
    prompt = engine._format.render([Message("user", MESSAGES[0]["content"])]).text  # what the server renders
    llm.reset()
    started = time.perf_counter()
    stamps = []
    for _ in llm.create_completion(prompt, max_tokens=tokens, temperature=0, stream=True, top_k=40, top_p=0.95):
        stamps.append(time.perf_counter())
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]), stamps[0] - started


def api_round(client: openai.OpenAI, model: str, tokens: int) -> tuple[float, float]:
    started = time.perf_counter()
    stamps = []
    for chunk in client.chat.completions.create(
        model=model, messages=MESSAGES, max_tokens=tokens, temperature=0, top_p=0.95, stream=True
    ):
        if chunk.choices and chunk.choices[0].delta.content:
            stamps.append(time.perf_counter())
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]), stamps[0] - started


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    qwen, whisper = assets.qwen_gguf(), assets.whisper_base_dir()
    clip = speech_set().clips["wav"].path
    model = qwen.name.removesuffix(".gguf")
    with ModelHost(prompt_cache_bytes=0) as host:
        models = ServedModels(host, probe(settings.configured_models_dir()), extra=(qwen, whisper), use_library=False)
        with (
            LocalServer(models, ServerOptions(), port=0) as server,
            openai.OpenAI(base_url=server.address.base_url, api_key="x", max_retries=0) as client,  # type: ignore[union-attr]
        ):
            request, job = models.load(models.find(model))
            job.result()
            api_round(client, model, 4)  # warm-up
            raw, api = [], []
            for round_number in range(args.rounds):  # which goes first alternates: the machine drifts
                for which in ("raw", "api") if round_number % 2 == 0 else ("api", "raw"):
                    if which == "raw":
                        raw.append(host.with_engine(request, lambda e: raw_round(e, args.tokens)).result())
                    else:
                        host.with_engine(request, lambda e: e._llm.reset()).result()  # read from scratch, as raw
                        api.append(api_round(client, model, args.tokens))
                    rate, ttft = (raw if which == "raw" else api)[-1]
                    print(f"round {round_number + 1} {which:3s} {rate:5.1f} tokens/s, first token {ttft * 1000:.0f} ms",
                          file=sys.stderr)  # fmt: skip
            with clip.open("rb") as audio:
                client.audio.transcriptions.create(model="whisper-1", file=audio)  # loads Whisper
            through_api, own = [], []
            transcriber = Transcriber()
            list(_drain(transcriber, clip, whisper))
            for round_number in range(args.rounds):
                for which in ("api", "own") if round_number % 2 == 0 else ("own", "api"):
                    started = time.perf_counter()
                    if which == "api":
                        with clip.open("rb") as audio:
                            client.audio.transcriptions.create(model="whisper-1", file=audio)
                        through_api.append(time.perf_counter() - started)
                    else:
                        list(_drain(transcriber, clip, whisper))
                        own.append(time.perf_counter() - started)
    raw_rate = statistics.median(r for r, _ in raw)
    api_rate = statistics.median(r for r, _ in api)
    raw_ttft = statistics.median(t for _, t in raw)
    api_ttft = statistics.median(t for _, t in api)
    ratio = statistics.median(a[0] / r[0] for a, r in zip(api, raw, strict=True))
    added = statistics.median(a[1] - r[1] for a, r in zip(api, raw, strict=True))
    print(f"decode tokens/s: openai client {api_rate:.1f}, raw llama-cpp-python {raw_rate:.1f} (medians); "
          f"median of the rounds' ratios {ratio:.3f}")  # fmt: skip
    print(
        f"time to first token: openai client {api_ttft * 1000:.0f} ms, raw {raw_ttft * 1000:.0f} ms (medians); "
        f"added, median of the rounds {added * 1000:.0f} ms"
    )
    api_s, own_s = statistics.median(through_api), statistics.median(own)
    share = statistics.median(a / o for a, o in zip(through_api, own, strict=True))
    print(f"transcription of {clip.name}: API {api_s:.2f} s, Transcriber {own_s:.2f} s (medians); "
          f"median of the rounds' ratios {share:.3f}")  # fmt: skip
    return 0


def _drain(transcriber: Transcriber, clip: Path, whisper: Path) -> Any:
    events = transcriber.transcribe(clip, whisper, TranscribeOptions(), threading.Event())
    yield from events


if __name__ == "__main__":
    raise SystemExit(main())

"""Does going through Hearth's provider cost decoding speed? One run, interleaved.

    .venv/bin/python benchmarks/remote.py [--rounds 8] [--tokens 96]

llama-cpp-python's own OpenAI-compatible server (`python -m llama_cpp.server`) with the Qwen test model on
127.0.0.1 stands for the other computer. Each round streams the same greedy reply twice, alternating which goes
first: through Hearth's provider (app/providers, `ProviderClient.stream_chat`) and read directly by the official
`openai` client. Decoding speed is measured the same way for both: content chunks after the first, over the time
from the first to the last. Prints the medians and the median of the rounds' ratios (provider / openai), the
result: this machine's speed moves between two levels for seconds at a time, so only neighbours compare.

Then, apart from any model, what the provider itself costs per streamed event: a scripted server on 127.0.0.1
(tests/helpers/fake_openai.py) streams 5,000 events as fast as it can, three times; the wall time per event is an
upper bound (that server runs in this process too), to set against a token's time at the speeds above.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openai  # noqa: E402

from app.engines.chat_types import Message, Sampling, TextDelta  # noqa: E402
from app.providers import Provider, ProviderClient  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.fake_openai import FakeOpenAI, Script  # noqa: E402
from tests.helpers.llama_server import LlamaServer  # noqa: E402

PROMPT = "Write a Python function that checks whether a number is prime, with a docstring."


def provider_rate(client: ProviderClient, model: str, tokens: int) -> tuple[float, int]:
    stream = client.stream_chat(
        model, [Message("user", PROMPT)], Sampling(temperature=0.0, top_p=1.0, max_tokens=tokens)
    )
    count = 0
    try:
        while True:
            if isinstance(next(stream), TextDelta):
                count += 1
    except StopIteration as end:
        stats = end.value
    return stats.tokens_per_second, stats.generated_tokens


def openai_rate(client: openai.OpenAI, model: str, tokens: int) -> tuple[float, int]:
    first = last = 0.0
    count = 0
    stream = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT}],
        temperature=0.0,
        top_p=1.0,
        max_tokens=tokens,
        stream=True,
        stream_options={"include_usage": True},  # the provider asks for usage too: the two requests are the same
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            last = time.perf_counter()
            if not count:
                first = last
            count += 1
    stream.close()
    return (count - 1) / (last - first) if count > 1 else 0.0, count


def provider_cost_us(events: int = 5000) -> list[float]:
    """Microseconds of wall time per event, reading `events` streamed events from the scripted server."""
    costs = []
    with (
        FakeOpenAI(Script(chunks=[f" t{i}" for i in range(events)])) as server,
        ProviderClient(Provider("scripted", server.url)) as client,
    ):
        for _ in range(3):
            started = time.perf_counter()
            stream = client.stream_chat("fake-model", [Message("user", "hi")], Sampling(max_tokens=events))
            for _event in stream:
                pass
            costs.append((time.perf_counter() - started) * 1e6 / events)
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=96)
    args = parser.parse_args()
    model_path = assets.qwen_gguf()
    with tempfile.TemporaryDirectory(), LlamaServer(model_path) as server:
        provider = Provider("bench", server.url)
        with (
            ProviderClient(provider) as hearth,
            openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0) as direct,
        ):
            model = hearth.models()[0]
            provider_rate(hearth, model, 8)  # warm: the server's first reply reads the prompt cold
            through: list[float] = []
            straight: list[float] = []
            for round_number in range(args.rounds):
                order = ("provider", "openai") if round_number % 2 == 0 else ("openai", "provider")
                for which in order:
                    if which == "provider":
                        rate, count = provider_rate(hearth, model, args.tokens)
                        through.append(rate)
                    else:
                        rate, count = openai_rate(direct, model, args.tokens)
                        straight.append(rate)
                    print(f"round {round_number + 1} {which:8s} {rate:6.1f} tokens/s ({count} tokens)", file=sys.stderr)
    provider_median, openai_median = statistics.median(through), statistics.median(straight)
    pairs = statistics.median(a / b for a, b in zip(through, straight, strict=True) if b)
    print(f"decode tokens/s, median of {args.rounds}: provider {provider_median:.1f}, openai {openai_median:.1f}")
    print(f"ratio provider / openai, median of the rounds' ratios: {pairs:.3f} "
          f"(ratio of the medians {provider_median / openai_median:.3f})")  # fmt: skip
    costs = provider_cost_us()
    print("provider's own cost per streamed event (scripted server, 3 runs): " + ", ".join(f"{c:.1f}" for c in costs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How close is Hearth's memory estimate to what llama.cpp really uses? (CPU, real test models)

For each model and context, a fresh process measures its resident-memory growth over `Llama(...)` plus one short
generation, loading with exactly the plan the estimate was made for; this process prints both numbers.

    .venv/bin/python benchmarks/estimate_accuracy.py [--json]

Needs the test models (assembled by the test suite into ~/.cache/hearth-test-assets, or HEARTH_TEST_ASSETS).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.fit.estimate import LoadPlan, estimate  # noqa: E402
from app.fit.shape import from_header  # noqa: E402
from app.models.gguf_info import read_file  # noqa: E402

CONTEXTS = (2048, 8192, 32768)
MIB = 1024**2

CHILD = """
import json, sys, psutil
import llama_cpp
kwargs = json.loads(sys.argv[2])
process = psutil.Process()
before = process.memory_info().rss
llm = llama_cpp.Llama(model_path=sys.argv[1], n_threads=psutil.cpu_count(logical=False) or 1, verbose=False, **kwargs)
llm.create_completion("Hello, my name is", max_tokens=8, temperature=0.0)
print(json.dumps({"growth_bytes": process.memory_info().rss - before}))
"""


def measure(model: Path, plan: LoadPlan) -> int:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(model), json.dumps(plan.llama_kwargs())],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return int(json.loads(result.stdout.strip().splitlines()[-1])["growth_bytes"])


def run(models: list[Path]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for model in models:
        shape = from_header(read_file(model))
        for context in CONTEXTS:
            plan = LoadPlan(context=context)
            estimated = estimate(shape, plan).devices["cpu"].total_bytes
            measured = measure(model, plan)
            rows.append(
                {
                    "model": model.name,
                    "context": context,
                    "estimated_bytes": estimated,
                    "measured_bytes": measured,
                    "error": (estimated - measured) / measured,
                }
            )
    return rows


def default_models() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from tests import assets

    return [assets.qwen_gguf(), assets.gemma_gguf()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path, help="GGUF files (default: the two test models)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = run(args.models or default_models())
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'model':45} {'context':>8} {'estimate MiB':>13} {'measured MiB':>13} {'error':>7}")
    for row in rows:
        print(
            f"{row['model']:45} {row['context']:>8} {int(row['estimated_bytes']) / MIB:>13.1f} "  # type: ignore[call-overload]
            f"{int(row['measured_bytes']) / MIB:>13.1f} {float(row['error']):>+7.1%}"  # type: ignore[arg-type]
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

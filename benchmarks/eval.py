"""What checking costs: the time spent grading replies against the whole run of a suite, on the Qwen test model.

    .venv/bin/python benchmarks/eval.py [--suite structured-output] [--repeats 2] [--max-tokens 128] [--regrade 200]

Runs a ready suite (by default structured output, whose JSON-schema checks are the costliest Hearth runs) through
the evaluation runner exactly as `hearth eval` does — the model host, one reply at a time, each reply graded as it
ends and kept in a fresh evaluations file — and adds up the time each reply's grading took (`EvalProgress.grading_s`,
measured around `grade()` inside the runner). The run without checks is the same run minus that time, so the share
printed is grading ÷ (run − grading): what checking adds over the same run without checks. Then every stored reply
is graded again `--regrade` times in a loop, for a steadier figure of the grading time per reply than one pass
gives. The goal (issue 28) is at most 2 %.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import settings  # noqa: E402
from app.compare.plan import contender_for  # noqa: E402
from app.engines.chat_types import Sampling  # noqa: E402
from app.evals.checks import grade  # noqa: E402
from app.evals.provenance import Hashes  # noqa: E402
from app.evals.run import open_run, run_suite  # noqa: E402
from app.evals.store import EvalStore  # noqa: E402
from app.evals.suite import ready_suites  # noqa: E402
from app.hardware import probe  # noqa: E402
from app.host import ModelHost  # noqa: E402
from app.host.budget import MemoryBudget  # noqa: E402
from app.models.catalog_match import FileHashes  # noqa: E402
from tests import assets  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--suite", default="structured-output")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--temperature", type=float, default=0.7)
    parser.add_argument("--regrade", type=int, default=200)
    args = parser.parse_args()
    suite = next(s for s in ready_suites() if s.name == args.suite)
    sampling = Sampling(temperature=args.temperature, max_tokens=args.max_tokens)
    profile = probe(settings.configured_models_dir())
    with tempfile.TemporaryDirectory() as folder, ModelHost() as host:
        store = EvalStore(Path(folder) / "evals.db")
        contender = contender_for(host, assets.qwen_gguf(), sampling, profile, name="Qwen", context=2048)[0]
        contender.responder.prepare().result()  # the load is not the run's: Compare's runner pays it once too
        hashes = Hashes(FileHashes(Path(folder) / "hashes.json"))
        run = open_run(store, suite, [contender], repeats=args.repeats, seed=0, hashes=hashes)
        started = time.perf_counter()
        steps = run_suite(  # the replies a schema's grammar forces are a measurement of their own, not checking
            store, [contender], MemoryBudget.of(profile), run, threading.Event(), schema_with_grammar=False
        )
        grading = [p.grading_s for p in steps]
        whole = time.perf_counter() - started
        results = store.results(run.id)
        store.close()
    cases = {r.key: run.cases[r.case_index] for r in results}
    regrade_started = time.perf_counter()
    for _ in range(args.regrade):
        for result in results:
            grade(cases[result.key], result.reply)
    per_reply = (time.perf_counter() - regrade_started) / (args.regrade * len(results))
    graded = sum(grading)
    print(f"suite {suite.name}: {len(suite.cases)} cases × {args.repeats} repeats = {len(results)} replies")
    median_ms = statistics.median(grading) * 1000
    print(f"run {whole:.1f} s, of which grading {graded * 1000:.1f} ms (median {median_ms:.2f} ms a reply)")
    print(f"checking adds {100 * graded / (whole - graded):.3f} % over the same run without checks")
    print(
        f"grading again {args.regrade}×: {per_reply * 1000:.3f} ms per reply, "
        f"{100 * per_reply * len(results) / (whole - graded):.3f} % of the run"
    )
    print(f"passed {sum(r.graded.passed for r in results)} of {len(results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

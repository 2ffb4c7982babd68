"""Hearth's downloader against plain `hf_hub_download`, same file, same local server, same run.

    .venv/bin/python benchmarks/download_throughput.py [--rounds 3]

Serves the Qwen test model (491 MB) from the Hugging Face-protocol test server on 127.0.0.1 and downloads it
alternately with huggingface_hub and with Hearth (resumable .part, SHA-256 while writing, manifest); prints the
median throughput of each and their ratio. Loopback is far faster than any internet link, so this measures the
per-byte cost of each client, which is what could ever make Hearth slower.
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

from huggingface_hub import hf_hub_download  # noqa: E402

from app.downloads.install import install  # noqa: E402
from app.downloads.plan import for_repo_files  # noqa: E402
from app.downloads.transfer import StopSignal, TransferOptions  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.hf_server import HubServer  # noqa: E402

REPO, FILE = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"


def timed_hf(endpoint: str, folder: Path) -> float:
    start = time.perf_counter()
    hf_hub_download(REPO, FILE, local_dir=folder, endpoint=endpoint, token=False)
    return time.perf_counter() - start


def timed_hearth(endpoint: str, folder: Path) -> float:
    start = time.perf_counter()
    for _ in install(for_repo_files(REPO, [FILE]), folder, TransferOptions(endpoint=endpoint), StopSignal()):
        pass
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    model = assets.qwen_gguf()
    size = model.stat().st_size
    hf_times, hearth_times = [], []
    with HubServer() as hub:
        hub.add(REPO, FILE, model)
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
                hf_times.append(timed_hf(hub.url, Path(a)))
                hearth_times.append(timed_hearth(hub.url, Path(b)))
    hf_rate = size / statistics.median(hf_times) / 1e6
    hearth_rate = size / statistics.median(hearth_times) / 1e6
    print(f"file: {FILE} ({size / 1e6:.0f} MB), {args.rounds} rounds, median")
    print(f"hf_hub_download: {hf_rate:8.1f} MB/s")
    print(f"Hearth:          {hearth_rate:8.1f} MB/s  (verifies SHA-256 while downloading)")
    print(f"ratio Hearth / hf_hub_download: {hearth_rate / hf_rate:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time to first window: the frozen app (`make package`) against the source install, in the same run.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/first_window.py [--rounds 5] [--against DIR]

`--against DIR` times another checkout's source (e.g. `git worktree add DIR <commit>`) instead of the frozen app,
with this checkout's .venv: the ratio then says what a change did to the time to first window.

Each round starts both (interleaved, so a noisy machine hits them alike) with a fresh, empty HEARTH_HOME, and
measures from the process start until X11 has a mapped window whose title contains "Hearth" (xdotool
`search --sync` waits on the X server: nothing is polled from here); then the app is ended. Prints medians and
the ratio frozen / source. Needs a display (Xvfb), xdotool, and build/package/dist/Hearth.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "build" / "package" / "dist" / "Hearth" / "Hearth"
SOURCE = [str(ROOT / ".venv" / "bin" / "python"), "-m", "ui.launcher"]


def first_window_seconds(command: list[str], checkout: Path = ROOT) -> float:
    with tempfile.TemporaryDirectory(prefix="hearth-first-window-") as home:
        env = {**os.environ, "HEARTH_HOME": home, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(checkout)}
        started = time.perf_counter()
        app = subprocess.Popen(
            command, cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        try:
            subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid), "--name", "Hearth"],
                check=True,
                capture_output=True,
                timeout=120,
            )
            return time.perf_counter() - started
        finally:
            os.killpg(app.pid, signal.SIGTERM)
            app.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout whose source to time instead of the frozen app")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs a display: run it under xvfb-run", file=sys.stderr)
        return 2
    if args.against is not None:
        return against(args.against.resolve(), args.rounds)
    if not FROZEN.is_file():
        print(f"no frozen app at {FROZEN}: run `make package` first", file=sys.stderr)
        return 2
    first_window_seconds(SOURCE)  # warm the file cache for both, so the first round is not an outlier
    first_window_seconds([str(FROZEN)])
    source, frozen = [], []
    for _ in range(args.rounds):
        source.append(first_window_seconds(SOURCE))
        frozen.append(first_window_seconds([str(FROZEN)]))
    s, f = statistics.median(source), statistics.median(frozen)
    print(f"time to first window, median of {args.rounds} (warm file cache)")
    print(f"source install (.venv/bin/python -m ui.launcher)  {s:.2f} s   {sorted(round(x, 2) for x in source)}")
    print(f"frozen app (build/package/dist/Hearth/Hearth)     {f:.2f} s   {sorted(round(x, 2) for x in frozen)}")
    print(f"ratio frozen / source                             {f / s:.2f}")
    return 0


def against(other: Path, rounds: int) -> int:
    first_window_seconds(SOURCE)
    first_window_seconds(SOURCE, other)
    here, there = [], []
    for _ in range(rounds):
        here.append(first_window_seconds(SOURCE))
        there.append(first_window_seconds(SOURCE, other))
    h, t = statistics.median(here), statistics.median(there)
    print(f"time to first window, median of {rounds} (warm file cache), both from source with .venv")
    print(f"this checkout     {h:.2f} s   {sorted(round(x, 2) for x in here)}")
    print(f"{other}  {t:.2f} s   {sorted(round(x, 2) for x in there)}")
    print(f"ratio this / other {h / t:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`hearth cache [status] [--json] | set MB | clear`: the prompt cache (app/host/prompt_cache.py), the CLI twin of
Settings → Coming back to conversations.

What the cache holds in memory lives only as long as the process that filled it (the window, `hearth serve`, which
print it themselves); what outlives them is the setting and the states on disk, so those are what this shows, sets
and clears. `set` writes `prompt_cache_mb` as the window does (0 turns the cache off); a running window follows it at
its next start, `hearth serve` too. `clear` removes the states on disk (nothing else: they are a cache).
"""

from __future__ import annotations

import argparse
import json
import shutil
from typing import Any

from app import paths, settings
from app.errors import HearthError
from app.host.prompt_cache import prompt_states_folder
from app.host.prompt_disk import PromptDisk


def register(commands: Any) -> None:
    parser = commands.add_parser("cache", help="show, size or clear the prompt cache (coming back to conversations)")
    actions = parser.add_subparsers(dest="cache_action", metavar="ACTION")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # `hearth cache --json` = status
    parser.set_defaults(run=run_status)
    status = actions.add_parser("status", help="the setting and what is kept on disk")
    status.add_argument(
        "--json", action="store_true", help='print {"prompt_cache_mb", "folder", "disk_entries", "disk_bytes"}'
    )
    status.set_defaults(run=run_status)
    size = actions.add_parser("set", help="the most the cache may hold in memory, and on disk, in MB (0: off)")
    size.add_argument("megabytes", type=int, metavar="MB")
    size.set_defaults(run=run_set)
    clear = actions.add_parser("clear", help="remove the prompt states kept on disk")
    clear.set_defaults(run=run_clear)


def run_status(args: argparse.Namespace) -> int:
    hearth_paths = paths.resolve()
    current = settings.load(hearth_paths.config)
    folder = prompt_states_folder(hearth_paths)
    on_disk = PromptDisk(folder, 0).stats()
    if args.json:
        status = {
            "prompt_cache_mb": current.prompt_cache_mb,
            "folder": str(folder),
            "disk_entries": on_disk.entries,
            "disk_bytes": on_disk.bytes,
        }
        print(json.dumps(status))
        return 0
    if current.prompt_cache_mb <= 0:
        print("The prompt cache is off: every prompt is read from its start.")
    else:
        print(f"The prompt cache may hold up to {current.prompt_cache_mb} MB in memory (as memory allows) and on disk.")
    print(f"On disk: {on_disk.entries} states, {on_disk.bytes / 1e6:.1f} MB in {folder}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    if args.megabytes < 0:
        raise HearthError("The size is in megabytes, 0 or more (0 turns the cache off).")
    store = settings.SettingsStore(paths.resolve().ensure().config)
    store.update(prompt_cache_mb=args.megabytes)
    if args.megabytes == 0:
        PromptDisk(prompt_states_folder(paths.resolve()), 0).set_limit(0)  # off: nothing stays on disk either
        print("The prompt cache is off.")
    else:
        print(f"The prompt cache may hold up to {args.megabytes} MB.")
    return 0


def run_clear(args: argparse.Namespace) -> int:
    folder = prompt_states_folder(paths.resolve())
    before = PromptDisk(folder, 0).stats()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"Removed {before.entries} prompt states ({before.bytes / 1e6:.1f} MB) from {folder}.")
    return 0

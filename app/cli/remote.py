"""`hearth remote add NAME URL [--key-from-stdin [--store-key-in-file]]`, `hearth remote list [--json]`,
`hearth remote remove NAME`: the Settings page's "Other computers" card without a screen.

A key is read from stdin (never from the command line, where it would stay in the shell's history and the process
list) and kept in the OS password store. A computer without one (a headless Linux box, a container) cannot keep it
past the command: `add` says so, and `--store-key-in-file` keeps it instead in a file only the person can read
(app/keys/key_file.py), chosen by them. `add` tests the connection first and keeps nothing when it fails.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from app import paths, settings
from app.providers import Provider, Providers, ProvidersOffline
from app.providers.service import OFFLINE
from app.secrets import Secret


def providers() -> Providers:
    """The providers as every command sees them; Offline mode is read from the saved settings at each use."""
    config = paths.resolve().config
    return Providers(config, lambda: settings.load(config).offline)


def register(commands: Any) -> None:
    remote = commands.add_parser("remote", help="use models on another computer (an OpenAI-compatible server)")
    actions = remote.add_subparsers(dest="remote_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add another computer's server after testing the connection")
    add.add_argument("name", help="what to call it (letters, digits, spaces, . _ -)")
    add.add_argument("url", help="its address, e.g. http://192.168.1.20:11434 (Ollama) or http://HOST:8080/v1")
    add.add_argument("--key-from-stdin", action="store_true", help="read its API key from stdin")
    add.add_argument(
        "--store-key-in-file",
        action="store_true",
        help="keep the key in a file only you can read, in Hearth's config folder (for a computer with no password "
        "store, where it would otherwise be forgotten when the command ends)",
    )
    add.set_defaults(run=run_add)
    lister = actions.add_parser("list", help="the other computers, checked now, with their models")
    lister.add_argument("--json", action="store_true", help="print one JSON document")
    lister.set_defaults(run=run_list)
    remove = actions.add_parser("remove", help="forget another computer and its key")
    remove.add_argument("name")
    remove.set_defaults(run=run_remove)


def run_add(args: argparse.Namespace) -> int:
    key = None
    if args.key_from_stdin:
        value = sys.stdin.readline().strip()
        key = Secret(value) if value else None
    service = providers()
    provider = service.add(args.name, args.url, key=key, keep_key_in_file=args.store_key_in_file)
    print(
        f"Added {provider.name} ({provider.host}) with {len(provider.models)} model(s). Conversations with its "
        "models leave this computer.",
        file=sys.stderr,
    )
    if key and args.store_key_in_file:
        print(f"Its key is kept in {service.keys.file_path}, a file only you can read.", file=sys.stderr)
    elif key and not service.keys.password_store:
        print(key_not_kept(provider, service.keys.file_path), file=sys.stderr)
    for model in provider.models:
        print(f"{provider.name}/{model}")
    return 0


def key_not_kept(provider: Provider, file: Path) -> str:
    """What `add` says when the key it was given ends with the command."""
    name = shlex.quote(provider.name)
    return (
        f"This computer has no password store, so {provider.name}'s key is NOT kept after this command ends: the "
        f"next command will be refused. To keep the key in a file only you can read ({file}), add it again with "
        f"--store-key-in-file: `hearth remote remove {name}`, then `hearth remote add {name} "
        f"{shlex.quote(provider.url)} --key-from-stdin --store-key-in-file`."
    )


def _checked(service: Providers, provider: Provider) -> dict[str, Any]:
    if service.offline:
        return {"name": provider.name, "url": provider.url, "ok": False, "problem": OFFLINE, "models": []}
    try:
        checked = service.check(provider.name)
    except ProvidersOffline as exc:
        return {"name": provider.name, "url": provider.url, "ok": False, "problem": exc.message, "models": []}
    ok = not checked.problem
    return {
        "name": checked.name,
        "url": checked.url,
        "ok": ok,
        "problem": checked.problem or None,
        "models": list(checked.models) if ok else [],
    }


def run_list(args: argparse.Namespace) -> int:
    service = providers()
    rows = [_checked(service, provider) for provider in service.all()]
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("No other computers yet. Add one with `hearth remote add NAME URL`.", file=sys.stderr)
    for row in rows:
        state = f"{len(row['models'])} model(s)" if row["ok"] else row["problem"]
        print(f"{row['name']}  {row['url']}  {state}")
        for model in row["models"]:
            print(f"  {row['name']}/{model}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    service = providers()
    in_file = service.keys.in_file(args.name)
    removed = service.remove(args.name)
    place = f"from {service.keys.file_path}" if in_file else "from the password store"
    print(f"Removed {removed.name}; its key is gone {place}.", file=sys.stderr)
    return 0

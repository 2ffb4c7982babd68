"""`hearth token set [--check] [--store-token-in-file] | status [--json] | clear`: the Hugging Face token, never
shown.

`set` reads the token from standard input (a hidden prompt on a terminal, or a pipe such as
`hearth token set < token.txt`), never from the command line, so it lands neither in the shell history nor in the
list of running processes. It keeps the token in the OS password store; a computer without one (a headless Linux
box, a container) cannot keep it from one command to the next, so `set` refuses there and says how to keep it:
`--store-token-in-file` keeps it in a file only the person can read (app/keys/key_file.py), by their choice, as
`huggingface-cli` does. `status` says whether a token is saved and where, never the token itself; `clear` removes
it from wherever it is kept.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from app import paths, settings
from app.errors import HearthError
from app.secrets import TokenStore, as_secret, test_token

NO_STORE_FOR_COMMANDS = (
    "This computer has no password store, so Hearth cannot keep a token from one command to the next; nothing was "
    "saved. To keep it in a file only you can read ({file}), run `hearth token set --store-token-in-file`. Or add "
    "the token in the Hearth window, which keeps it until you close it."
)
STORE_FAILED_FOR_COMMANDS = (
    "Hearth could not use this computer's password store, so nothing was saved. To keep the token in a file only you "
    "can read ({file}), run `hearth token set --store-token-in-file`. Or add it in the Hearth window, which keeps it "
    "until you close it."
)


def register(commands: Any) -> None:
    parser = commands.add_parser("token", help="save, check or remove your Hugging Face token")
    actions = parser.add_subparsers(dest="token_action", metavar="ACTION", required=True)

    set_parser = actions.add_parser(
        "set",
        help="save a token read from standard input",
        description="Save a Hugging Face token read from standard input (never from the command line).",
    )
    set_parser.add_argument(
        "--check", action="store_true", help="ask Hugging Face whether the token works first; save it only if so"
    )
    set_parser.add_argument(
        "--endpoint", metavar="URL", help="a Hugging Face mirror to check against (default: Settings)"
    )
    set_parser.add_argument(
        "--store-token-in-file",
        action="store_true",
        help="keep the token in a file only you can read, in Hearth's config folder (for a computer with no password "
        "store, where it cannot be kept otherwise)",
    )
    set_parser.set_defaults(run=run_set)

    status = actions.add_parser("status", help="say whether a token is saved and where (never the token)")
    status.add_argument("--json", action="store_true", help='print {"stored", "persistent", "where"}')
    status.set_defaults(run=run_status)

    clear = actions.add_parser("clear", help="remove the saved token")
    clear.set_defaults(run=run_clear)


def run_set(args: argparse.Namespace) -> int:
    store = TokenStore()
    in_file = args.store_token_in_file
    if not in_file and not store.password_store and not args.check:  # say so before asking for the token
        raise HearthError(NO_STORE_FOR_COMMANDS.format(file=store.file_path))
    secret = as_secret(_read_token())
    if args.check:
        user_settings = settings.load(paths.resolve().config)
        print("Checking the token with Hugging Face…", file=sys.stderr)
        account = test_token(secret, args.endpoint or user_settings.hf_endpoint or None, offline=user_settings.offline)
        print(f"Signed in as {account}.", file=sys.stderr)
    if not in_file and not store.password_store:
        raise HearthError(NO_STORE_FOR_COMMANDS.format(file=store.file_path))
    store.set(secret, keep_in_file=in_file)
    if not store.persistent:  # the store failed while saving; the token only reached this process's memory
        raise HearthError(STORE_FAILED_FOR_COMMANDS.format(file=store.file_path))
    print(f"Saved your Hugging Face token. {store.where}", file=sys.stderr)
    return 0


def run_status(args: argparse.Namespace) -> int:
    store = TokenStore()
    stored = store.has_token()
    if args.json:
        json.dump({"stored": stored, "persistent": store.persistent, "where": store.where}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print("A Hugging Face token is saved." if stored else "No Hugging Face token is saved.")
        print(store.where)
    return 0


def run_clear(args: argparse.Namespace) -> int:
    store = TokenStore()
    had_token = store.has_token()
    store.clear()
    print("Removed your Hugging Face token." if had_token else "No Hugging Face token was saved.", file=sys.stderr)
    return 0


def _read_token() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        try:
            return getpass.getpass("Hugging Face token (hidden as you type): ", stream=sys.stderr)
        except EOFError:
            return ""
    return sys.stdin.readline()

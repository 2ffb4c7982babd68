"""`hearth serve [--port N] [--share] [--model ID_OR_PATH]... [--idle-unload MINUTES]`: the local API server in
the foreground, until Ctrl+C or SIGTERM.

It prints the base URL (stdout), then one line per request (stderr). `--model` loads models before the first
request and also serves files that are not in the library. `--share` listens on the network and needs an API key
(from the keyring, or HEARTH_API_KEY); without one it exits 1 with a sentence.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import paths, settings
from app.cli.chat import quiet_native_log
from app.errors import HearthError
from app.hardware import probe
from app.host import ModelHost
from app.host.prompt_cache import PromptCacheStats, setting_bytes
from app.models.library import Library
from app.server import KeyNeeded, LocalServer, RequestRecord, ServedModels, ServerOptions
from app.server.keys import ApiKeyStore
from app.server.models import ServedModel


def register(commands: Any) -> None:
    parser = commands.add_parser("serve", help="serve this computer's models to other apps (OpenAI-compatible API)")
    parser.add_argument("--port", type=int, metavar="N", help="the port (default: the one in Settings, 8421)")
    parser.add_argument("--share", action="store_true", help="listen on your network too (needs the API key)")
    parser.add_argument(
        "--model",
        action="append",
        default=[],
        metavar="ID_OR_PATH",
        help="load this model before the first request (a library id, a GGUF file or a Whisper folder); repeatable",
    )
    parser.add_argument("--idle-unload", type=float, metavar="MINUTES", help="unload a model unused this long")
    parser.add_argument("--cors", action="append", default=[], metavar="ORIGIN", help="allow this web origin")
    parser.add_argument(
        "--prompt-cache-mb",
        type=int,
        metavar="MB",
        help="the most the prompt cache may hold in memory and on disk (default: Settings, 2048; 0: off)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stop: threading.Event | None = None) -> int:
    current = settings.load(paths.resolve().config)
    port = args.port if args.port is not None else current.server_port
    if not 0 <= port <= 65535:
        print("hearth serve: --port must be between 0 and 65535", file=sys.stderr)
        return 2
    idle = args.idle_unload if args.idle_unload is not None else float(current.server_idle_unload_minutes)
    key = ApiKeyStore().get()
    if args.share and key is None:
        raise KeyNeeded()
    quiet_native_log()
    library = Library()
    files = []
    for name in args.model:
        path = Path(name).expanduser()
        if path.exists():
            files.append(path)
        elif library.find(name) is None:
            raise HearthError(f"No model called “{name}” is on this computer; `hearth list` shows the ones that are.")
    origins = tuple(args.cors) or tuple(o.strip() for o in current.server_cors_origins.split(",") if o.strip())
    options = ServerOptions(api_key=key.reveal() if key else "", cors_origins=origins, idle_unload_s=idle * 60)
    cache_mb = args.prompt_cache_mb if args.prompt_cache_mb is not None else current.prompt_cache_mb
    with ModelHost(prompt_cache_bytes=setting_bytes(cache_mb)) as host:
        models = ServedModels(host, probe(settings.configured_models_dir()), library=library, extra=tuple(files))
        server = LocalServer(models, options, port=port, share=args.share)
        server.service.subscribe(_print_record)
        address = server.start()
        try:
            print(address.base_url, flush=True)
            if key is not None:
                print("Requests need the API key (Authorization: Bearer …).", file=sys.stderr)
            for name in args.model:
                _preload(models, name)
            print(_cache_line(host.prompt_cache(), cache_mb), file=sys.stderr)
            print("Serving; Ctrl+C stops.", file=sys.stderr, flush=True)
            stopping = stop or threading.Event()
            with _stopped_by_terminate(stopping):
                stopping.wait()
            if stop is None:
                print("Stopping…", file=sys.stderr)
        except KeyboardInterrupt:
            print("Stopping…", file=sys.stderr)
        finally:
            server.stop()
    return 0


@contextlib.contextmanager
def _stopped_by_terminate(stopping: threading.Event) -> Iterator[None]:
    """SIGTERM (what `kill`, systemd and Docker send) stops the server as Ctrl+C does, so the host closes and the
    latest prompt states reach the disk; Ctrl+C alone is not enough, since a shell starts a background job with it
    ignored. Only the main thread may set a handler (a test may run this on another)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _preload(models: ServedModels, name: str) -> None:
    chosen: ServedModel | None = None
    path = Path(name).expanduser()
    for model in models.all():
        if name in (model.id, model.library_id) or (path.exists() and model.path == path.resolve()):
            chosen = model
    if chosen is None or chosen.format != "gguf":
        return  # a Whisper model loads with its first request
    _, job = models.load(chosen)
    loaded = job.result()
    print(f"Loaded {chosen.id} (context {loaded.context} tokens) in {loaded.load_seconds:.1f} s.", file=sys.stderr)


def _print_record(record: RequestRecord) -> None:
    print(record.line(), file=sys.stderr, flush=True)


def _cache_line(cache: PromptCacheStats, setting_mb: int) -> str:
    """What the prompt cache may hold and what is on disk from before (the request lines say what it holds)."""
    if setting_mb <= 0:
        return "Prompt cache: off: every request reads its whole prompt."
    return (
        f"Prompt cache: up to {setting_mb} MB in memory as memory allows, and as much on disk; "
        f"{cache.disk_entries} states on disk from before ({cache.disk_bytes / 1e6:.1f} MB)."
    )

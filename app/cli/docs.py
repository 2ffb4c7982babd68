"""`hearth docs add|list|search|ask|remove`: document collections, indexed and asked on this computer.

    hearth docs add PATH... --collection NAME [--embedder MODEL] [--json]
    hearth docs list [--json]
    hearth docs search NAME "query" [--top K] [--json]
    hearth docs ask NAME "question" --model MODEL [--json]   (MODEL may be NAME/MODEL_ID on another computer)
    hearth docs remove NAME

`MODEL` and `--embedder` take a library id or a file path, as `hearth chat` does. A collection remembers its
embedding model; naming another one with `add` re-indexes it. Progress goes to stderr, `--json` prints one document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import settings
from app.cli import remote_chat
from app.cli.chat import quiet_native_log, resolve_model
from app.documents import collections
from app.documents.answer import AnswerMode, PreparedAnswer, prepare
from app.documents.chat import REMOTE_CONTEXT, reader_of
from app.documents.collections import EMBEDDER_PATH
from app.documents.embedder import HostEmbedder, first_embedding_model
from app.documents.index import DocumentIndex
from app.documents.indexer import FileOutcome, IndexProgress, index_collection
from app.engines.chat_types import BALANCED, ReplyStats, TextDelta
from app.engines.llama.embedding import is_embedding_architecture
from app.errors import HearthError
from app.hardware import HardwareProfile, probe
from app.host import ModelHost, drive, plan_load
from app.models.gguf_info import read_file
from app.providers import RemoteModel
from app.providers.replies import RemoteReplies
from app.responders import LocalResponder, RemoteResponder, Responder
from app.units import plural


def register(commands: Any) -> None:
    docs = commands.add_parser("docs", help="collections of your documents, to search and ask about")
    sub = docs.add_subparsers(dest="docs_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add files or folders to a collection and index them")
    add.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    add.add_argument("--collection", required=True, metavar="NAME")
    add.add_argument("--embedder", metavar="MODEL", help="an embedding model: library id or GGUF file")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="the collections and what is in them")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)

    search = sub.add_parser("search", help="the passages that answer a query best")
    search.add_argument("name", metavar="NAME")
    search.add_argument("query")
    search.add_argument("--top", type=int, default=5, metavar="K")
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=run_search)

    ask = sub.add_parser("ask", help="ask a chat model a question about a collection")
    ask.add_argument("name", metavar="NAME")
    ask.add_argument("question")
    ask.add_argument(
        "--model",
        required=True,
        metavar="MODEL",
        help="a chat model: library id, GGUF file, or another computer's NAME/MODEL_ID (`hearth remote list`)",
    )
    ask.add_argument(
        "--ctx",
        type=int,
        metavar="N",
        help=f"context length in tokens (default: chosen for here; {REMOTE_CONTEXT} for another computer's model)",
    )
    ask.add_argument("--max-tokens", type=int, default=512, metavar="N")
    ask.add_argument("--seed", type=int, metavar="S")
    ask.add_argument("--json", action="store_true")
    ask.set_defaults(run=run_ask)

    remove = sub.add_parser("remove", help="forget a collection (the documents themselves stay)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(run=run_remove)


def embedder_path(index: DocumentIndex, chosen: str | None) -> Path:
    if chosen:
        path = resolve_model(chosen)
    elif recorded := index.meta(EMBEDDER_PATH):
        path = Path(recorded)
        if not path.is_file():
            raise HearthError(f"This collection's embedding model is gone ({path}); choose one with --embedder.")
    else:
        path = first_embedding_model()
    if not is_embedding_architecture(read_file(path).architecture):
        raise HearthError(f"{path.name} is not an embedding model (bert, nomic-bert…); it cannot index documents.")
    return path


def _outcome(outcome: FileOutcome) -> dict[str, object]:
    return {"file": str(outcome.file), "chunks": outcome.chunks, "problem": outcome.problem}


def run_add(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not Path(p).exists()]
    if missing:
        raise HearthError(f"Not found: {', '.join(missing)}.")
    quiet_native_log()
    with collections.open_collection(args.collection, create=True) as index, ModelHost() as host:
        path = embedder_path(index, args.embedder)
        index.set_meta(EMBEDDER_PATH, str(path))
        embedder = HostEmbedder.of(host, path, this_computer())
        progress = index_collection(index, embedder, add=[Path(p) for p in args.paths])
        outcomes: list[FileOutcome] = drive(progress, _show_indexing)
        name = index.meta("name")
    if args.json:
        print(json.dumps({"collection": name, "files": [_outcome(o) for o in outcomes]}))
    else:
        for outcome in outcomes:
            told = f" — {outcome.problem}" if outcome.problem else ""
            print(f"{outcome.file}: {plural(outcome.chunks, 'chunk')}{told}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    found = collections.list_collections()
    if args.json:
        print(json.dumps({"collections": [c.to_json() for c in found]}))
        return 0
    for info in found:
        state = " (needs re-indexing)" if info.needs_reindex else f", {info.waiting} waiting" if info.waiting else ""
        counts = f"{plural(info.files, 'file')}, {plural(info.chunks, 'chunk')}"
        print(f"{info.name}: {counts}, embedder {info.embedder or '—'}{state}")
        for problem in info.problems:
            print(f"  {problem}")
    return 0


def this_computer() -> HardwareProfile:
    """The one hardware scan a command plans its models with."""
    return probe(settings.configured_models_dir())


def run_search(args: argparse.Namespace) -> int:
    profile = this_computer()
    if args.top < 1:
        print("hearth docs search: --top must be at least 1", file=sys.stderr)
        return 2
    quiet_native_log()
    with collections.open_collection(args.name) as index, ModelHost() as host:
        embedder = HostEmbedder.of(host, embedder_path(index, None), profile)
        hits = index.search(embedder.query(args.query), args.query, args.top)
    results = [{"file": str(h.file), "page": h.page, "score": round(h.score, 6), "text": h.text} for h in hits]
    if args.json:
        print(json.dumps({"results": results}))
    else:
        for result in results:
            page = f", page {result['page']}" if result["page"] else ""
            print(f"{result['file']}{page} ({result['score']:.4f})\n  {' '.join(str(result['text']).split())[:300]}")
    return 0


def _answer_json(prepared: PreparedAnswer, answer: str, stats: ReplyStats, remote: RemoteModel | None) -> str:
    document: dict[str, object] = {
        "answer": answer,
        "mode": str(prepared.mode),
        "sources": [source.to_json() for source in prepared.sources],
        "notice": prepared.notice,
        "stats": stats.to_json(rounded=True),
    }
    if remote is not None:  # where the question and the documents' text went
        document["remote"] = remote.provider
    return json.dumps(document)


def _tell_how(prepared: PreparedAnswer) -> None:
    how = "read whole" if prepared.mode is AnswerMode.WHOLE else f"{len(prepared.sources)} passages retrieved"
    print(f"The documents were {how} ({prepared.prompt_tokens} prompt tokens).", file=sys.stderr)
    if prepared.notice:
        print(prepared.notice, file=sys.stderr)


def _print_reply(events: Iterator[object], as_json: bool) -> str:
    parts = []
    for event in events:
        if isinstance(event, TextDelta):
            parts.append(event.text)
            if not as_json:
                print(event.text, end="", flush=True)
    return "".join(parts)


def run_ask(args: argparse.Namespace) -> int:
    profile = this_computer()
    quiet_native_log()
    remote = remote_chat.find(args.model)  # NAME/MODEL_ID of another computer: nothing to load here
    sampling = replace(BALANCED, temperature=0.2, max_tokens=args.max_tokens, seed=args.seed)
    with (
        collections.open_collection(args.name) as index,
        ModelHost() as host,
        RemoteReplies(remote_chat.providers()) as queue,
    ):
        embedder = HostEmbedder.of(host, embedder_path(index, None), profile)
        responder: Responder
        if remote is not None:
            responder, context = RemoteResponder(queue, remote), args.ctx or REMOTE_CONTEXT
        else:
            model_path = resolve_model(args.model)
            profile = probe(settings.configured_models_dir())
            print(f"Loading {model_path.name}…", file=sys.stderr)
            responder = LocalResponder(host, plan_load(model_path, profile, context=args.ctx).request)
            context = responder.prepare().result().context
        reader = reader_of(responder, context)
        prepared = prepare(
            index,
            args.question,
            embedder,
            reader.count_tokens,
            reader.context,
            trained_context=reader.trained_context,
            reply_room=args.max_tokens,
        )
        _tell_how(prepared)
        if remote is not None:
            remote_chat.say_it_leaves(remote)  # before the text leaves this computer
        job = responder.reply(prepared.messages, sampling)
        answer = _print_reply(job.events(), args.json)
        stats = job.result()
    if args.json:
        print(_answer_json(prepared, answer, stats, remote))
    else:
        print("\n\nSources:")
        for source in prepared.sources:
            page = f", page {source.page}" if source.page else ""
            print(f"  {source.file}{page}: “{' '.join(source.text.split())[:200]}…”")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    path = collections.remove_collection(args.name)
    print(f"Removed the collection “{args.name}” ({path.name}); the documents themselves were not touched.")
    return 0


def _show_indexing(step: IndexProgress) -> None:
    if step.file is not None:
        left = f", about {step.seconds_left:.0f} s left" if step.seconds_left is not None else ""
        print(
            f"{step.files_done}/{plural(step.files_total, 'file')}, {plural(step.chunks_done, 'chunk')}: "
            f"{step.file.name}{left}",
            file=sys.stderr,
        )

"""`hearth import PATH` and `hearth list [--json]`: the Library page without a screen."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import remote
from app.errors import HearthError
from app.models.library import Library, LibraryModel
from app.providers import RemoteModel
from app.units import format_bytes


def register(commands: Any) -> None:
    importer = commands.add_parser("import", help="add a GGUF file, a faster-whisper folder or a folder of models")
    importer.add_argument("path", type=Path, help="a .gguf file (the first part of a split model) or a folder")
    importer.set_defaults(run=run_import)
    lister = commands.add_parser("list", help="list the models on this computer")
    lister.add_argument("--json", action="store_true", help="print one JSON document (a list of models)")
    lister.add_argument("--all", action="store_true", help="include the models you hid")
    lister.set_defaults(run=run_list)


def run_import(args: argparse.Namespace) -> int:
    result = Library().import_path(args.path)
    for refusal in result.refused:
        print(f"hearth: skipped {refusal.path}: {refusal.reason}", file=sys.stderr)
    for model in result.imported:
        print(model.path)
    return 0


def run_list(args: argparse.Namespace) -> int:
    library = Library()
    models = library.models(include_hidden=args.all)
    remote_models = remote.providers().remote_models()  # as last seen: listing connects to nothing
    ids = library.short_ids()
    if args.json:
        documents = [_as_json(library, m, ids.get(m.id, m.id)) for m in models]
        documents += [_remote_json(m) for m in remote_models]
        json.dump(documents, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    for found in remote_models:
        print(f"{found.id}  [on {found.host}; conversations leave this computer]")
    if not models and not remote_models:
        print("No models yet. Download one from Discover, or add yours with `hearth import PATH`.", file=sys.stderr)
    width = max((len(ids.get(m.id, m.id)) for m in models), default=0)
    for model in models:  # the id first: what `hearth chat --model` and `hearth serve --model` take
        shown = model.quantization and model.quantization.casefold() in model.name.casefold()
        quantization = f" {model.quantization}" if model.quantization and not shown else ""
        short = ids.get(model.id, model.id).ljust(width)
        print(f"{short}  {model.name}{quantization}  [{model.source}]  {format_bytes(model.size_bytes)}  {model.path}")
    return 0


def _as_json(library: Library, model: LibraryModel, short_id: str) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": model.id,
        "short_id": short_id,  # the same model, as the local server names it; both work with --model
        "name": model.name,
        "source": model.source,
        "path": str(model.path),
        "files": [str(f) for f in model.files],
        "format": model.format,
        "size_bytes": model.size_bytes,
        "quantization": model.quantization,
        "catalog_id": model.catalog_id,
        "license": model.spec.license.name if model.spec else None,
        "tasks": list(model.spec.tasks) if model.spec else [],
        "architecture": None,
        "parameter_count": None,
        "context_length": None,
        "has_chat_template": None,
        "mmproj": str(model.mmproj) if model.mmproj else None,
        "deletable": model.deletable,
        "problem": None,
        "remote": None,
    }
    try:
        facts = library.describe(model)
    except HearthError as exc:  # one damaged file in another app's folder must not hide the rest
        document["problem"] = exc.message
        return document
    document.update(
        architecture=facts.architecture,
        parameter_count=facts.parameter_count or None,
        context_length=facts.context_length or None,
        has_chat_template=facts.has_chat_template,
        quantization=model.quantization or facts.file_type,
    )
    if facts.is_embedding and not document["tasks"]:
        document["tasks"] = ["embeddings"]  # an imported embedding GGUF: for documents, not for chat
    return document


def _remote_json(model: RemoteModel) -> dict[str, Any]:
    """Another computer's model, with the same keys as a local one (what is not known there is null)."""
    return {
        "id": model.id,
        "short_id": model.id,
        "name": model.model_id,
        "source": "remote",
        "path": None,
        "files": [],
        "format": "remote",
        "size_bytes": None,
        "quantization": None,
        "catalog_id": None,
        "license": None,
        "tasks": ["chat"],
        "architecture": None,
        "parameter_count": None,
        "context_length": None,
        "has_chat_template": None,
        "mmproj": None,
        "deletable": False,
        "problem": None,
        "remote": model.provider,
        "host": model.host,
    }

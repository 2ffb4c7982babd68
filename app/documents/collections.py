"""The person's document collections: one index file each under Hearth's data folder, found by name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.documents.index import DocumentIndex, FileState
from app.errors import HearthError
from app.i18n import say

EMBEDDER_PATH = "embedder_path"  # the meta key of the embedding model file the collection is indexed with


class UnknownCollection(HearthError):
    """No collection of that name."""


@dataclass(frozen=True)
class CollectionInfo:
    name: str
    path: Path
    embedder: str
    files: int
    chunks: int
    waiting: int  # files not fully indexed yet
    problems: tuple[str, ...]
    needs_reindex: bool

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "embedder": self.embedder,
            "files": self.files,
            "chunks": self.chunks,
            "waiting": self.waiting,
            "problems": list(self.problems),
            "needs_reindex": self.needs_reindex,
        }


def folder() -> Path:
    return paths.resolve().data / "collections"


def index_path(name: str) -> Path:
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.strip().lower()).strip("-.") or "collection"
    return folder() / f"{slug}.sqlite"


def _unknown(name: str, path: Path) -> UnknownCollection:
    return UnknownCollection(
        say("Documents", "There is no collection named “{name}”.", "documents.unknown-collection").format(name=name),
        f"looked for {path}",
    )


def open_collection(name: str, *, create: bool = False) -> DocumentIndex:
    path = index_path(name)
    if not path.exists() and not create:
        raise _unknown(name, path)
    index = DocumentIndex(path)
    if not index.meta("name"):
        index.set_meta("name", name.strip())
    return index


def describe(index: DocumentIndex) -> CollectionInfo:
    files = index.files()
    return CollectionInfo(
        name=index.meta("name") or index.path.stem,
        path=index.path,
        embedder=index.embedder,
        files=len(files),
        chunks=index.chunk_count(),
        waiting=sum(1 for f in files if f.state is not FileState.DONE),
        problems=tuple(f"{f.path.name}: {f.problem}" for f in files if f.problem),
        needs_reindex=index.needs_reindex,
    )


def list_collections() -> list[CollectionInfo]:
    found = []
    for path in sorted(folder().glob("*.sqlite")) if folder().is_dir() else ():
        with DocumentIndex(path) as index:
            found.append(describe(index))
    return found


def remove_collection(name: str) -> Path:
    """Delete the collection's index (never the documents themselves)."""
    path = index_path(name)
    if not path.exists():
        raise _unknown(name, path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path

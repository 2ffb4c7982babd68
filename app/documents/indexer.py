"""Indexing a collection: its sources scanned, new and changed files read, chunked and embedded, removed ones dropped.

`index_collection` is a generator of `IndexProgress` that returns one `FileOutcome` per file it looked at. It does
its work only while it is pulled, so pausing is not pulling (superqt's GeneratorWorker pauses between yields) and
resuming is pulling again; a cancel event stops it between batches. Each batch of chunks is written with its
vectors in one transaction, so a kill costs at most the batch being embedded, and the next run continues there.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.documents.chunking import chunk_pages, windows
from app.documents.embedder import Embedder
from app.documents.extract import can_read, extract
from app.documents.index import DocumentIndex, FileRecord, FileState

BATCH = 32  # chunks per embedding call and per transaction


@dataclass(frozen=True)
class IndexProgress:
    files_done: int
    files_total: int  # files to read in this run
    chunks_done: int  # chunks embedded in this run
    chunks_total: int  # chunks of the files read so far in this run
    file: Path | None  # the file being read
    seconds_left: float | None  # None until a first batch has been timed


@dataclass(frozen=True)
class FileOutcome:
    file: Path
    chunks: int
    problem: str = ""
    removed: bool = False


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def expand(sources: Iterable[Path]) -> list[Path]:
    """The readable files under the given files and folders (hidden ones skipped), each once, in order."""
    found: dict[Path, None] = {}
    for source in sources:
        source = Path(source)
        if source.is_dir():
            for folder, dirs, names in os.walk(source):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    path = Path(folder) / name
                    if not name.startswith(".") and can_read(path):
                        found[path.resolve()] = None
        elif source.is_file():
            found[source.resolve()] = None
    return list(found)


@dataclass(frozen=True)
class _Work:
    record: FileRecord
    size: int
    mtime_ns: int
    sha256: str
    resume: bool  # an interrupted file with the same content: continue at its first missing chunk


def _plan(index: DocumentIndex, outcomes: list[FileOutcome]) -> list[_Work]:
    present = expand(index.sources())
    wanted = set(present)
    for record in index.files():
        if record.path not in wanted:
            index.remove_file(record.id)
            outcomes.append(FileOutcome(record.path, 0, "removed from the collection: the file is gone", True))
    work = []
    for path in present:
        record = index.register(path)
        stat = path.stat()
        unchanged_stat = (record.size, record.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
        if record.state is FileState.DONE and unchanged_stat:
            continue
        digest = sha256_of(path)
        if record.state is FileState.DONE and digest == record.sha256:
            index.touch_file(record.id, stat.st_size, stat.st_mtime_ns)
            continue
        resume = record.state is FileState.INDEXING and digest == record.sha256
        work.append(_Work(record, stat.st_size, stat.st_mtime_ns, digest, resume))
    return work


def index_collection(
    index: DocumentIndex,
    embedder: Embedder,
    *,
    add: Sequence[Path] = (),
    cancel: threading.Event | None = None,
    batch: int = BATCH,
) -> Generator[IndexProgress, None, list[FileOutcome]]:
    """Bring the index up to date with its sources (and `add`, which become sources)."""
    if add:
        index.add_sources(add)
    if index.use_embedder(embedder.name) or index.needs_reindex:
        index.reindex_started()
    outcomes: list[FileOutcome] = []
    work = _plan(index, outcomes)
    total_bytes = sum(item.size for item in work) or 1
    bytes_done = 0
    chunks_done = chunks_total = 0
    started = time.perf_counter()
    for number, item in enumerate(work):
        record = item.record
        extracted = extract(record.path)
        chunks = chunk_pages(extracted.pages)
        chunks_total += len(chunks)
        first = index.chunks_written(record.id) if item.resume else 0
        if not item.resume:
            index.restart_file(record.id, item.size, item.mtime_ns, item.sha256)
        yield IndexProgress(number, len(work), chunks_done, chunks_total, record.path, None)
        for start in range(first, len(chunks), batch):
            if cancel is not None and cancel.is_set():
                return outcomes
            some = chunks[start : start + batch]
            parts = [windows(chunk.text) for chunk in some]
            flat = np.asarray(embedder.documents([part for chunk in parts for part in chunk]), dtype=np.float32)
            bounds = np.cumsum([len(chunk) for chunk in parts])[:-1]
            index.add_chunks(record.id, start, some, np.split(flat, bounds))
            chunks_done += len(some)
            share = bytes_done + item.size * min(1.0, (start + len(some)) / max(len(chunks), 1))
            elapsed = time.perf_counter() - started
            left = elapsed / share * (total_bytes - share) if share else None
            yield IndexProgress(number, len(work), chunks_done, chunks_total, record.path, left)
        index.file_done(record.id, extracted.pages, extracted.problem)
        bytes_done += item.size
        outcomes.append(FileOutcome(record.path, len(chunks), extracted.problem))
        yield IndexProgress(number + 1, len(work), chunks_done, chunks_total, None, None)
    return outcomes

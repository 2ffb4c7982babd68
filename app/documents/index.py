"""One collection's index: a SQLite file (WAL) with its files, their chunks, FTS5 over the chunks' words and the
chunks' vectors, searched by words, by meaning, or both fused by reciprocal rank.

A chunk (about 512 tokens) is searched by meaning through the vectors of its windows (about 64 tokens each, cut
at sentences): one fact among twenty look-alike sentences is lost in the average that one vector of the whole chunk
is, but stands out in its window's. The chunk's score is its best window's cosine. This costs no more embedding
work than one vector per chunk (the same tokens, in shorter sequences). Vectors are float32 blobs scanned with
numpy (10,000 chunks' windows of 384 numbers are about 60 MB, one matrix product). sqlite-vec would keep them
in a vec0 table, but it is a loadable extension and the Python builds Hearth runs on here have no
`enable_load_extension`, so the scan is the one path, and it is measured (benchmarks/documents.py).

A chunk row is written only together with its vector, in the same transaction as the file's progress, so a kill
leaves whole chunks: the next indexer continues at the first chunk that is missing and writes no duplicate
(UNIQUE(file_id, ordinal)).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np

from app.documents.chunking import Chunk
from app.documents.extract import Page
from app.errors import HearthError
from app.i18n import say
from app.store.sqlite import open_sqlite, statements

RRF_K = 10  # reciprocal rank fusion's constant: Cormack et al. use 60 for rankings of 1,000; ours are 50 deep
CANDIDATES = 50  # how deep each ranking is read before fusing

# Words that carry no topic: left out of a question's words search, where every chunk would match them.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "might",
        "much",
        "many",
        "of",
        "on",
        "or",
        "our",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "about",
        "after",
        "before",
    ]
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources(path TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY,
    path TEXT UNIQUE NOT NULL,
    size INTEGER NOT NULL DEFAULT -1,
    mtime_ns INTEGER NOT NULL DEFAULT -1,
    sha256 TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    chunks INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    problem TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS chunks(
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    page INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE(file_id, ordinal)
);
CREATE TABLE IF NOT EXISTS vectors(
    chunk_id INTEGER NOT NULL REFERENCES chunks(id) ON DELETE CASCADE,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS vectors_of_chunk ON vectors(chunk_id);
CREATE TABLE IF NOT EXISTS pages(
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    problem TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(file_id, number)
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, content='chunks', content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS chunks_added AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS chunks_removed AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""


def _v1_collection(db: sqlite3.Connection) -> None:
    """Indexes made before versions were counted already hold these tables: every statement says IF NOT EXISTS."""
    for statement in statements(SCHEMA):
        db.execute(statement)


MIGRATIONS = (_v1_collection,)


class FileState(StrEnum):
    PENDING = "pending"  # registered, not read yet (or changed since)
    INDEXING = "indexing"  # some of its chunks are in; an indexer continues it
    DONE = "done"


class SearchMode(StrEnum):
    HYBRID = "hybrid"
    VECTOR = "vector"
    WORDS = "words"


class NeedsReindex(HearthError):
    """The collection's vectors come from another embedding model than the one chosen now."""


@dataclass(frozen=True)
class FileRecord:
    id: int
    path: Path
    size: int
    mtime_ns: int
    sha256: str
    state: FileState
    chunks: int
    pages: int
    problem: str


@dataclass(frozen=True)
class Hit:
    chunk_id: int
    file: Path
    page: int
    start: int
    end: int
    text: str
    score: float  # the fused reciprocal-rank score (or cosine for vector-only, -bm25 for words-only)


class DocumentIndex:
    """The index of one collection. Thread-safe for one writer and readers (one connection, a lock)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = open_sqlite(self.path, MIGRATIONS, rows_by_name=False)
        self._lock = threading.RLock()
        self._matrix: tuple[int, np.ndarray, np.ndarray] | None = None  # (version, chunk ids, vectors)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> DocumentIndex:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- the collection's facts
    def meta(self, key: str, default: str = "") -> str:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @property
    def embedder(self) -> str:
        return self.meta("embedder")

    @property
    def needs_reindex(self) -> bool:
        return self.meta("needs_reindex") == "1"

    def use_embedder(self, embedder: str) -> bool:
        """Record the embedding model; a different one than the vectors were made with marks every file for
        re-indexing (True). The first one simply becomes the collection's."""
        with self._lock:
            current = self.embedder
            if current == embedder:
                return False
            self.set_meta("embedder", embedder)
            if not current or not self.chunk_count():
                return False
            self.set_meta("needs_reindex", "1")
            return True

    def reindex_started(self) -> None:
        """Drop every chunk made with the former embedder and mark every file pending."""
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM vectors")
            self._db.execute("DELETE FROM chunks")
            self._db.execute("UPDATE files SET state = 'pending', chunks = 0, sha256 = ''")
            self._db.execute("DELETE FROM meta WHERE key = 'needs_reindex'")
        self._matrix = None

    # ---- sources and files
    def add_sources(self, paths: Iterable[Path]) -> None:
        with self._lock, self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO sources(path) VALUES (?)", [(str(Path(p).resolve()),) for p in paths]
            )

    def sources(self) -> list[Path]:
        with self._lock:
            return [Path(row[0]) for row in self._db.execute("SELECT path FROM sources ORDER BY path")]

    def files(self) -> list[FileRecord]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, path, size, mtime_ns, sha256, state, chunks, pages, problem FROM files ORDER BY path"
            ).fetchall()
        return [FileRecord(r[0], Path(r[1]), r[2], r[3], r[4], FileState(r[5]), r[6], r[7], r[8]) for r in rows]

    def file(self, path: Path) -> FileRecord | None:
        wanted = str(Path(path).resolve())
        return next((f for f in self.files() if str(f.path) == wanted), None)

    def register(self, path: Path) -> FileRecord:
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO files(path) VALUES (?)", (str(Path(path).resolve()),))
        record = self.file(path)
        assert record is not None
        return record

    def remove_file(self, file_id: int) -> None:
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))
            self._db.execute("DELETE FROM pages WHERE file_id = ?", (file_id,))
            self._db.execute("DELETE FROM files WHERE id = ?", (file_id,))
        self._matrix = None

    def restart_file(self, file_id: int, size: int, mtime_ns: int, sha256: str) -> None:
        """The file is new or changed: its old chunks go, and it is read again from its first chunk."""
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))
            self._db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, sha256 = ?, state = 'indexing', chunks = 0, problem = '' "
                "WHERE id = ?",
                (size, mtime_ns, sha256, file_id),
            )
        self._matrix = None

    def touch_file(self, file_id: int, size: int, mtime_ns: int) -> None:
        """Same content under a new modification time: nothing to re-read."""
        with self._lock:
            self._db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (size, mtime_ns, file_id))

    def chunks_written(self, file_id: int) -> int:
        with self._lock:
            row = self._db.execute("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM chunks WHERE file_id = ?", (file_id,))
            return int(row.fetchone()[0])

    def add_chunks(
        self, file_id: int, first_ordinal: int, chunks: Sequence[Chunk], vectors: Sequence[np.ndarray]
    ) -> None:
        """Chunks with their windows' vectors (one row of `vectors[n]` per window of `chunks[n]`), in one go."""
        with self._lock, self._transaction():
            for n, (chunk, windows) in enumerate(zip(chunks, vectors, strict=True)):
                cursor = self._db.execute(
                    'INSERT OR IGNORE INTO chunks(file_id, ordinal, page, start, "end", text) '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (file_id, first_ordinal + n, chunk.page, chunk.start, chunk.end, chunk.text),
                )
                if cursor.rowcount != 1:
                    continue  # written already by an earlier run
                self._db.executemany(
                    "INSERT INTO vectors(chunk_id, vector) VALUES (?, ?)",
                    [(cursor.lastrowid, np.asarray(v, dtype=np.float32).tobytes()) for v in np.atleast_2d(windows)],
                )
            self._db.execute(
                "UPDATE files SET chunks = (SELECT COUNT(*) FROM chunks WHERE file_id = ?) WHERE id = ?",
                (file_id, file_id),
            )
        self._matrix = None

    def file_done(self, file_id: int, pages: Sequence[Page], problem: str) -> None:
        """The file's chunks are all in: keep its extracted pages (what quotations are checked against)."""
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM pages WHERE file_id = ?", (file_id,))
            self._db.executemany(
                "INSERT INTO pages(file_id, number, text, problem) VALUES (?, ?, ?, ?)",
                [(file_id, page.number, page.text, page.problem) for page in pages],
            )
            self._db.execute(
                "UPDATE files SET state = 'done', pages = ?, problem = ? WHERE id = ?", (len(pages), problem, file_id)
            )

    def pages(self, file_id: int) -> list[Page]:
        with self._lock:
            rows = self._db.execute(
                "SELECT number, text, problem FROM pages WHERE file_id = ? ORDER BY number", (file_id,)
            ).fetchall()
        return [Page(r[0], r[1], r[2]) for r in rows]

    def chunk_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    def duplicate_chunks(self) -> int:
        """Chunks whose file and offsets appear more than once (none, ever: a test holds the index to it)."""
        with self._lock:
            row = self._db.execute(
                'SELECT COUNT(*) - COUNT(DISTINCT file_id || ":" || page || ":" || start || ":" || "end") FROM chunks'
            ).fetchone()
        return int(row[0])

    def file_chunks(self, file_id: int) -> list[Hit]:
        with self._lock:
            rows = self._db.execute(
                'SELECT c.id, f.path, c.page, c.start, c."end", c.text FROM chunks c JOIN files f ON f.id = c.file_id '
                "WHERE c.file_id = ? ORDER BY c.ordinal",
                (file_id,),
            ).fetchall()
        return [Hit(r[0], Path(r[1]), r[2], r[3], r[4], r[5], 0.0) for r in rows]

    # ---- search
    def search(
        self, query_vector: Sequence[float] | None, query_text: str, top: int = 5, mode: SearchMode = SearchMode.HYBRID
    ) -> list[Hit]:
        """The `top` best chunks for a question: by meaning (its vector), by its words (FTS5 bm25), or both fused."""
        if mode is not SearchMode.WORDS and self.needs_reindex:
            raise NeedsReindex(
                say(
                    "Documents",
                    "This collection was indexed with another embedding model; index it again to search it by meaning.",
                    "documents.needs-reindex",
                ),
                f"recorded embedder: {self.embedder}",
            )
        rankings: list[list[tuple[int, float]]] = []
        if mode is not SearchMode.WORDS:
            if query_vector is None:
                raise ValueError("a vector search needs the question's vector")
            rankings.append(self._by_vector(query_vector, CANDIDATES if mode is SearchMode.HYBRID else top))
        if mode is not SearchMode.VECTOR:
            rankings.append(self._by_words(query_text, CANDIDATES if mode is SearchMode.HYBRID else top))
        if mode is SearchMode.HYBRID:
            fused: dict[int, float] = {}
            for ranking in rankings:
                for rank, (chunk_id, _) in enumerate(ranking):
                    fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            ranked = sorted(fused.items(), key=lambda item: -item[1])[:top]
        else:
            ranked = rankings[0][:top]
        return self._hits(ranked)

    def _vectors(self) -> tuple[np.ndarray, np.ndarray]:
        with self._lock:
            version = int(self._db.execute("PRAGMA data_version").fetchone()[0]) + self._db.total_changes
            if self._matrix is not None and self._matrix[0] == version:
                return self._matrix[1], self._matrix[2]
            rows = self._db.execute("SELECT chunk_id, vector FROM vectors ORDER BY chunk_id").fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
        matrix = vectors.reshape(len(rows), -1) if rows else np.zeros((0, 0), dtype=np.float32)
        self._matrix = (version, ids, matrix)
        return ids, matrix

    def _by_vector(self, query: Sequence[float], depth: int) -> list[tuple[int, float]]:
        ids, matrix = self._vectors()
        if not len(ids):
            return []
        scores = matrix @ np.asarray(query, dtype=np.float32)
        order = np.lexsort((-scores, ids))  # by chunk, its best window first
        first = np.ones(len(order), dtype=bool)
        first[1:] = ids[order][1:] != ids[order][:-1]
        chunk_ids, best_scores = ids[order][first], scores[order][first]
        depth = min(depth, len(chunk_ids))
        best = np.argpartition(-best_scores, depth - 1)[:depth]
        best = best[np.argsort(-best_scores[best])]
        return [(int(chunk_ids[i]), float(best_scores[i])) for i in best]

    def _by_words(self, text: str, depth: int) -> list[tuple[int, float]]:
        words = [w for w in re.findall(r"\w+", text.lower()) if len(w) > 1 and w not in STOPWORDS]
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        with self._lock:
            rows = self._db.execute(
                "SELECT rowid, bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY bm25(chunks_fts) "
                "LIMIT ?",
                (match, depth),
            ).fetchall()
        return [(int(r[0]), -float(r[1])) for r in rows]

    def _hits(self, ranked: list[tuple[int, float]]) -> list[Hit]:
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        with self._lock:
            rows = self._db.execute(
                f'SELECT c.id, f.path, c.page, c.start, c."end", c.text FROM chunks c JOIN files f ON f.id = c.file_id '
                f"WHERE c.id IN ({marks})",
                [chunk_id for chunk_id, _ in ranked],
            ).fetchall()
        by_id = {r[0]: r for r in rows}
        return [
            Hit(cid, Path(by_id[cid][1]), by_id[cid][2], by_id[cid][3], by_id[cid][4], by_id[cid][5], score)
            for cid, score in ranked
            if cid in by_id
        ]

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")

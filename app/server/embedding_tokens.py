"""Token counts for `/v1/embeddings` usage, from the embedding model's own tokenizer.

The host's embedder returns vectors only, so the server keeps the model's vocabulary (llama.cpp's `vocab_only` load:
no weights, a few MB) and counts what the embedder reads: each text with its start and end tokens, cut at the
model's window as the embedder cuts it. Used on the model host's engine thread (`ModelHost.call`), like every other
call into llama.cpp.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.engines.llama import internals
from app.engines.llama.embedding import embedding_window


class EmbeddingTokens:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._vocabs: dict[Path, tuple[Any, int]] = {}  # file -> (llama.cpp model with its vocabulary only, window)

    def count(self, path: Path, texts: Sequence[str]) -> int:
        vocab, window = self._vocab(path)
        total = 0
        for text in texts:
            tokens = vocab.tokenize((text if text.strip() else " ").encode("utf-8"), add_bos=True, special=False)
            total += min(len(tokens), window)
        return total

    def forget(self, path: Path) -> None:
        with self._lock:
            entry = self._vocabs.pop(path, None)
        if entry is not None:
            entry[0].close()

    def close(self) -> None:
        for path in list(self._vocabs):
            self.forget(path)

    def _vocab(self, path: Path) -> tuple[Any, int]:
        with self._lock:
            entry = self._vocabs.get(path)
        if entry is not None:
            return entry
        entry = (internals.vocab_only_model(path), embedding_window(path))
        with self._lock:
            self._vocabs[path] = entry
        return entry

"""A stand-in embedding model for tests about the index's bookkeeping (changes, removals, embedder changes), where
what the vectors mean does not matter: each word hashed into one of 64 buckets, the counts made unit length. The
retrieval tests use the real all-MiniLM-L6-v2 instead."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np


class WordHashEmbedder:
    def __init__(self, name: str = "word-hash-64") -> None:
        self._name = name
        self.embedded = 0  # texts embedded so far, to see what a run re-read

    @property
    def name(self) -> str:
        return self._name

    def _vector(self, text: str) -> list[float]:
        counts = np.zeros(64)
        for word in re.findall(r"\w+", text.lower()):
            counts[hashlib.blake2b(word.encode(), digest_size=2).digest()[0] % 64] += 1
        norm = float(np.linalg.norm(counts)) or 1.0
        return [float(v) for v in counts / norm]

    def documents(self, texts: Sequence[str]) -> list[list[float]]:
        self.embedded += len(texts)
        return [self._vector(text) for text in texts]

    def query(self, text: str) -> list[float]:
        return self._vector(text)

"""The embedding model a collection is indexed and searched with, run as `embed` jobs on the model host.

Some models were trained with task prefixes and retrieve well only with them: nomic-embed-text wants
`search_document: ` before each passage and `search_query: ` before each question; mxbai-embed-large wants its
retrieval instruction before questions only. bge-m3 and all-MiniLM-L6-v2 take plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.engines.llama.embedding import is_embedding_architecture
from app.errors import HearthError
from app.hardware import HardwareProfile
from app.host import ModelHost, ModelRequest, embedding_request
from app.i18n import say
from app.models.gguf_info import read_file
from app.models.library import Library

# (pattern in the file's or the model's name, query prefix, document prefix)
PREFIXES = (
    ("nomic-embed", "search_query: ", "search_document: "),
    ("mxbai-embed", "Represent this sentence for searching relevant passages: ", ""),
)


class Embedder(Protocol):
    @property
    def name(self) -> str:
        """What the collection records: a different name means different vectors."""
        ...

    def documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def query(self, text: str) -> list[float]: ...


def prefixes_for(path: Path) -> tuple[str, str]:
    """(query prefix, document prefix) for this model file."""
    try:
        model_name = read_file(path).name
    except (OSError, ValueError):
        model_name = ""
    names = f"{Path(path).name} {model_name}".lower()
    for pattern, query, document in PREFIXES:
        if pattern in names:
            return query, document
    return "", ""


@dataclass
class HostEmbedder:
    """An embedding GGUF on the model host (loaded on first use, kept loaded beside the chat model)."""

    host: ModelHost
    request: ModelRequest
    query_prefix: str = ""
    document_prefix: str = ""
    timeout: float = 600.0

    @staticmethod
    def of(host: ModelHost, path: Path, profile: HardwareProfile) -> HostEmbedder:
        """The embedding model at `path`, planned for this computer (`profile`: its one hardware scan)."""
        query, document = prefixes_for(path)
        return HostEmbedder(host, embedding_request(Path(path), profile), query, document)

    @property
    def name(self) -> str:
        path = Path(self.request.path)
        return f"{path.name} ({path.stat().st_size} bytes)"

    @property
    def path(self) -> Path:
        return Path(self.request.path)

    def documents(self, texts: Sequence[str]) -> list[list[float]]:
        prefixed = [self.document_prefix + text for text in texts]
        return self.host.embed(self.request, prefixed).result(timeout=self.timeout)

    def query(self, text: str) -> list[float]:
        return self.host.embed(self.request, [self.query_prefix + text]).result(timeout=self.timeout)[0]


def first_embedding_model(library: Library | None = None) -> Path:
    """The first embedding model in the library: what indexes documents when the person did not name one."""
    for model in (library or Library()).models():
        if model.format == "gguf" and model.path.is_file():
            try:
                if is_embedding_architecture(read_file(model.path).architecture):
                    return model.path
            except (OSError, ValueError):
                continue
    raise HearthError(
        say(
            "Documents",
            "Reading documents needs an embedding model, and none is on this computer: download one "
            "(Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with "
            "--embedder.",
            "documents.no-embedding-model",
        )
    )

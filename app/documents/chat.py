"""A chat question answered from documents: a collection the person chose, or the files attached to the
conversation itself. What the chat session (or any client) runs off its main thread before it asks for the reply,
from a model on this computer or on another one.

Attached files are indexed into an index of the conversation's own (under the collections folder, but not in the
collections list), so they are read with the same fit arithmetic and the same retrieval as a collection, a file
is read once however many questions follow, and the next message's attachments join the earlier ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.documents import collections
from app.documents.answer import PreparedAnswer, prepare
from app.documents.embedder import HostEmbedder, first_embedding_model
from app.documents.index import DocumentIndex
from app.documents.indexer import index_collection
from app.engines.chat_types import Message
from app.errors import HearthError
from app.hardware import HardwareProfile
from app.host import ModelHost, drive
from app.i18n import say
from app.responders import Responder

REMOTE_CONTEXT = 4096  # what another computer's model is taken to read when nothing says more (Ollama's default)


@dataclass(frozen=True)
class Reader:
    """The chat model as answering from documents needs it: what a prompt costs it, how much it reads now, and
    how much it could read (0: unknown), for the offer to read everything whole."""

    count_tokens: Callable[[Sequence[Message]], int]
    context: int
    trained_context: int = 0


def reader_of(responder: Responder, context: int) -> Reader:
    """The chat model as answering from documents needs it, wherever it runs: prompts counted by the responder (its
    own tokenizer here, through the host, which blocks; a generous estimate for another computer's), and the
    context it was trained for when that is known."""
    return Reader(lambda messages: responder.count_tokens(messages).result(), context, responder.trained_context)


def embedder_of(host: ModelHost, index_meta_path: str, profile: HardwareProfile) -> HostEmbedder:
    path = Path(index_meta_path)
    if not index_meta_path or not path.is_file():
        raise HearthError(
            say(
                "Documents",
                "This collection's embedding model is not on this computer any more; add its documents again on "
                "the Documents page with an embedding model that is.",
                "documents.embedding-model-gone",
            ),
            f"recorded embedding model: {index_meta_path or 'none'}",
        )
    return HostEmbedder.of(host, path, profile)


def _prepare(
    index: DocumentIndex,
    embedder: HostEmbedder,
    reader: Reader,
    question: str,
    history: Sequence[Message],
    reply_room: int,
) -> PreparedAnswer:
    return prepare(
        index,
        question,
        embedder,
        reader.count_tokens,
        reader.context,
        trained_context=reader.trained_context,
        history=history,
        reply_room=reply_room,
    )


def prepare_chat_answer(
    host: ModelHost,
    profile: HardwareProfile,
    reader: Reader,
    collection: str,
    question: str,
    history: Sequence[Message] = (),
    reply_room: int = 512,
) -> PreparedAnswer:
    """A question about a collection. Blocks on the host (the question's vector, the prompt's token count): call
    it from a worker."""
    with collections.open_collection(collection) as index:
        embedder = embedder_of(host, index.meta(collections.EMBEDDER_PATH), profile)
        return _prepare(index, embedder, reader, question, history, reply_room)


def conversation_index_path(conversation_id: int) -> Path:
    """Inside the collections folder, one level down, where the collections list does not look."""
    return collections.folder() / "conversations" / f"conversation-{conversation_id}.sqlite"


def prepare_attached_answer(
    host: ModelHost,
    profile: HardwareProfile,
    reader: Reader,
    conversation_id: int,
    files: Sequence[Path],
    question: str,
    history: Sequence[Message] = (),
    reply_room: int = 512,
) -> PreparedAnswer:
    """A question about the files attached to a conversation: new (or changed) ones are indexed first, with the
    embedding model the conversation's index began with (else the library's first). Blocks: call it from a
    worker."""
    with DocumentIndex(conversation_index_path(conversation_id)) as index:
        recorded = index.meta(collections.EMBEDDER_PATH)
        model = Path(recorded) if recorded and Path(recorded).is_file() else first_embedding_model()
        index.set_meta(collections.EMBEDDER_PATH, str(model))
        embedder = HostEmbedder.of(host, model, profile)
        indexing = index_collection(index, embedder, add=list(files))
        outcomes = drive(indexing, _passed_over)
        if not index.chunk_count():
            problems = "; ".join(o.problem for o in outcomes if o.problem) or "no text was found in them"
            raise HearthError(
                say(
                    "Documents",
                    "The attached documents could not be read: {problems}.",
                    "documents.attachments-unreadable",
                ).format(problems=problems)
            )
        return _prepare(index, embedder, reader, question, history, reply_room)


def forget_attached(conversation_id: int) -> None:
    """A deleted conversation's index of its attached files (never the files themselves)."""
    path = conversation_index_path(conversation_id)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _passed_over(_progress: object) -> None:
    """Indexing progress, which this headless path does not show."""

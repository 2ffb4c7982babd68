"""A chat question answered from a collection: what the chat session (or any client) runs off its main thread
before it asks the model host for the reply."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.documents import collections
from app.documents.answer import PreparedAnswer, prepare
from app.documents.embedder import HostEmbedder
from app.engines.chat_types import Message
from app.errors import HearthError
from app.gguf_info import read_file
from app.host import ModelHost, ModelRequest


def embedder_of(host: ModelHost, index_meta_path: str) -> HostEmbedder:
    path = Path(index_meta_path)
    if not index_meta_path or not path.is_file():
        raise HearthError(
            "This collection's embedding model is not on this computer any more; add its documents again on the "
            "Documents page with an embedding model that is.",
            f"recorded embedding model: {index_meta_path or 'none'}",
        )
    return HostEmbedder.of(host, path)


def prepare_chat_answer(
    host: ModelHost,
    chat: ModelRequest,
    context: int,
    collection: str,
    question: str,
    history: Sequence[Message] = (),
    reply_room: int = 512,
) -> PreparedAnswer:
    """Blocks on the host (the question's vector, the prompt's token count): call it from a worker."""
    with collections.open_collection(collection) as index:
        embedder = embedder_of(host, index.meta(collections.EMBEDDER_PATH))
        try:
            trained = read_file(Path(chat.path)).context_length
        except (OSError, ValueError):
            trained = 0
        return prepare(
            index,
            question,
            embedder,
            lambda messages: host.prompt_tokens(chat, messages).result(),
            context,
            trained_context=trained,
            history=history,
            reply_room=reply_room,
        )

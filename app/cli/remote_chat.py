"""`hearth chat --model NAME/MODEL_ID`: the same chat, with a model on another computer.

The conversation leaves this computer, so that is said on stderr before anything is sent. The reply streams from
the provider's generator; `ReplyStream` gives it the shape of a model host job (events, result, cancel), so the
chat command's printing and conversation loop are the same for both.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from app.cli.remote import providers
from app.engines.chat_types import Event, Message, ReplyStats, Sampling, StopReason
from app.providers import ProviderClient, RemoteModel
from app.providers.service import split_model


class ReplyStream:
    """A provider's reply seen as a host job: iterate `events()`, then `result()`; `cancel()` stops it."""

    def __init__(self, stream: Generator[Event, None, ReplyStats], cancel: threading.Event) -> None:
        self._stream = stream
        self._cancel = cancel
        self._stats = ReplyStats(stop_reason=StopReason.CANCELLED)

    def events(self) -> Iterator[object]:
        self._stats = yield from self._stream

    def result(self, timeout: float | None = None) -> ReplyStats:
        return self._stats

    def cancel(self) -> None:
        self._cancel.set()
        self._stream.close()  # closes the HTTP stream at once

    def wait(self, timeout: float | None = None) -> bool:
        return True


def find(model: str) -> RemoteModel | None:
    """The remote model `model` names (NAME/MODEL_ID of an added provider, checked now), or None for a local one."""
    if Path(model).expanduser().is_file() or split_model(model) is None:
        return None
    return providers().resolve(model)


def _reply(client: ProviderClient, model: str, history: list[Message], sampling: Sampling) -> ReplyStream:
    cancel = threading.Event()
    return ReplyStream(client.stream_chat(model, list(history), sampling, cancel=cancel), cancel)


@contextmanager
def connect(remote: RemoteModel) -> Iterator[partial[ReplyStream]]:
    """The reply function for `remote`, after telling that the conversation leaves this computer."""
    print(
        f"hearth: this conversation leaves this computer for {remote.host} ({remote.provider}).",
        file=sys.stderr,
    )
    with providers().client(remote.provider) as client:
        yield partial(_reply, client, remote.model_id)

"""`hearth chat --model NAME/MODEL_ID`: which of another computer's models the command names, and the sentence
that says the conversation leaves this computer (on stderr, before anything is sent), with `--tools` the one saying
that the tools' results go there too. The reply itself comes from a `RemoteResponder`, like a local model's from a
`LocalResponder`, so the chat command prints both the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.remote import providers
from app.providers import RemoteModel
from app.providers.service import split_model

__all__ = ["find", "providers", "say_it_leaves"]


def find(model: str) -> RemoteModel | None:
    """The remote model `model` names (NAME/MODEL_ID of an added provider, checked now), or None for a local one."""
    if Path(model).expanduser().is_file() or split_model(model) is None:
        return None
    return providers().resolve(model)


def say_it_leaves(remote: RemoteModel, *, tools: bool = False) -> None:
    """With `tools`, also that the tools run here while what they answer goes there with the conversation."""
    print(
        f"hearth: this conversation leaves this computer for {remote.host} ({remote.provider}).",
        file=sys.stderr,
    )
    if tools:
        print(
            f"hearth: the tools run on this computer; their descriptions and the results of the calls the model "
            f"asks for are sent to {remote.host} too.",
            file=sys.stderr,
        )

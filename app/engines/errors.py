"""What can go wrong with a chat model, in sentences a person can act on."""

from __future__ import annotations

from app.errors import HearthError


class EngineUnavailable(HearthError):
    """The llama.cpp library that ships with Hearth could not be loaded on this computer."""


class ProcessorUnsupported(HearthError):
    """The engine was compiled for instruction sets this processor lacks: loading would kill the app."""


class ModelTooLarge(HearthError):
    """The memory guard refused to load a model the verdict says does not fit."""


class ModelLoadFailed(HearthError):
    """llama.cpp could not open the model file with this plan."""


class MessageTooLong(HearthError):
    """The newest message (with the system prompt and room for a reply) does not fit in the context."""


class ChatTemplateFailed(HearthError):
    """The model's own chat template could not turn the conversation into a prompt."""


class GenerationFailed(HearthError):
    """llama.cpp stopped with an error while reading the prompt or writing the reply."""


class NoModelLoaded(HearthError):
    """A chat was started before a model was loaded (or after it was closed)."""

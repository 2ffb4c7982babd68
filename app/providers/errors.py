"""What can go wrong with another computer's models, each as a sentence a person can act on.

The message says what happened and what to try; `details` keeps the technical cause (the exception, the status
code, the start of an answer that was not JSON) for the curious and the log. A key never appears in either.
"""

from __future__ import annotations

from app.errors import HearthError


class ProviderProblem(HearthError):
    """Any problem reaching or using another computer's models."""


class ProvidersOffline(ProviderProblem):
    """Offline mode is on: no provider is contacted."""


class UnknownProvider(ProviderProblem):
    """No provider of that name was added."""


class ProviderExists(ProviderProblem):
    """A provider of that name is already there."""


class BadAddress(ProviderProblem):
    """The address is not an http:// or https:// URL."""


class ConnectionRefused(ProviderProblem):
    """Nothing answers at that address and port."""


class ServerTimedOut(ProviderProblem):
    """The server took too long to connect or to answer."""


class NotOpenAICompatible(ProviderProblem):
    """The server answered, but not as an OpenAI-compatible API does."""


class KeyRefused(ProviderProblem):
    """401 or 403: the key is wrong, missing or not allowed."""


class TlsProblem(ProviderProblem):
    """The secure connection failed (a certificate that is not trusted, or https spoken to a plain http server)."""


class ModelGone(ProviderProblem):
    """The server no longer offers the model asked for."""


class ServerFailed(ProviderProblem):
    """The server answered with an error of its own (5xx, or 4xx other than the key)."""


class ConnectionLost(ProviderProblem):
    """The server went away in the middle of a reply; what arrived before is kept."""

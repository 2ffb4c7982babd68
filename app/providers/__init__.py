"""Models on other computers: any OpenAI-compatible API (Ollama, LM Studio, llama-server, vLLM, another Hearth).

A conversation with one of them leaves this computer: the only exception to Hearth's offline promise, shown as
such wherever it happens, and never made while Offline mode is on.
"""

from app.providers.client import ProviderClient
from app.providers.errors import (
    BadAddress,
    ConnectionLost,
    ConnectionRefused,
    KeyRefused,
    ModelGone,
    NotOpenAICompatible,
    ProviderExists,
    ProviderProblem,
    ProvidersOffline,
    ServerFailed,
    ServerTimedOut,
    TlsProblem,
    UnknownProvider,
)
from app.providers.registry import Provider, ProviderKeys, ProviderList
from app.providers.service import Providers, RemoteModel, split_model

__all__ = [
    "BadAddress",
    "ConnectionLost",
    "ConnectionRefused",
    "KeyRefused",
    "ModelGone",
    "NotOpenAICompatible",
    "Provider",
    "ProviderClient",
    "ProviderExists",
    "ProviderKeys",
    "ProviderList",
    "ProviderProblem",
    "Providers",
    "ProvidersOffline",
    "RemoteModel",
    "ServerFailed",
    "ServerTimedOut",
    "TlsProblem",
    "UnknownProvider",
    "split_model",
]

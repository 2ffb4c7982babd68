"""Hearth's local API server: OpenAI-compatible endpoints over the model host, the library and Whisper."""

from app.server.api import ApiService, RequestRecord, ServerOptions
from app.server.local_server import DEFAULT_PORT, KeyNeeded, LocalServer, PortTaken, ServerAddress, lan_addresses
from app.server.models import ServedModels

__all__ = [
    "DEFAULT_PORT",
    "ApiService",
    "KeyNeeded",
    "LocalServer",
    "PortTaken",
    "RequestRecord",
    "ServedModels",
    "ServerAddress",
    "ServerOptions",
    "lan_addresses",
]

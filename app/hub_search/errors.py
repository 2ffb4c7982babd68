"""What can go wrong while searching Hugging Face, each a sentence; none of them looks like an empty result.

Gated and missing repositories are the download's own errors (`app.hub_search.hub`), so a person reads the same
sentence in Discover and in Downloads. The rest are `NetworkProblem`s: something to retry later.
"""

from __future__ import annotations

from app.errors import HearthError
from app.hub_search.hub import GatedModel, ModelNotFound, NetworkProblem

__all__ = [
    "GatedModel",
    "HubBusy",
    "HubFailed",
    "HubUnreachable",
    "ModelNotFound",
    "NetworkProblem",
    "SearchOffline",
]


class SearchOffline(HearthError):
    """Offline mode is on: the search made no request at all."""


class HubUnreachable(NetworkProblem):
    """No answer: no connection, a name that does not resolve, or a timeout."""


class HubFailed(NetworkProblem):
    """The server answered with an error of its own (5xx)."""

    def __init__(self, message: str, details: str = "", status: int = 0) -> None:
        super().__init__(message, details)
        self.status = status


class HubBusy(NetworkProblem):
    """Too many requests (429): `retry_after` is the wait the server asked for, in seconds (None if it did not say)."""

    def __init__(self, message: str, details: str = "", retry_after: int | None = None) -> None:
        super().__init__(message, details)
        self.retry_after = retry_after

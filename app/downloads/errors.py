"""What can go wrong with a download, each with a sentence that says what to do."""

from __future__ import annotations

from app.errors import HearthError, Stopped
from app.hub_search.hub import GatedModel, ModelNotFound, NetworkProblem

__all__ = [
    "CorruptDownload",
    "DiskFull",
    "DownloadStopped",
    "GatedModel",
    "ModelNotFound",
    "NetworkProblem",
    "NotEnoughDisk",
    "OfflineMode",
]


class NotEnoughDisk(HearthError):
    """Refused before the first byte: the files and a safety margin do not fit on the disk."""


class DiskFull(HearthError):
    """The disk filled up during the download; what arrived is kept, so it resumes once space is freed."""


class CorruptDownload(HearthError):
    """The bytes that arrived are not the published file (SHA-256 mismatch); they were deleted."""


class OfflineMode(HearthError):
    """Offline mode is on: Hearth makes no network connection."""


class DownloadStopped(Stopped):
    """Paused or cancelled by the user: not an error, so not a HearthError."""

    def __init__(self, keep_partial: bool) -> None:
        super().__init__("paused" if keep_partial else "cancelled")
        self.keep_partial = keep_partial

"""What can go wrong with the conversation store, each with a sentence a person can act on.

SQLite reports problems as codes; `translate` turns the ones a user can meet (a damaged file, a full disk, a
folder they may not write to) into these types, so no SQLite message ever reaches a dialog. Programming errors
(a closed store, a broken constraint) are left as they are: they are bugs, not situations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import HearthError
from app.i18n import say

# Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep these in their low byte.
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 10, 11, 13, 14, 26


class StoreDamaged(HearthError):
    """The database file cannot be read as Hearth's conversations; it is left exactly as it was."""


class StoreUnavailable(HearthError):
    """The file or its folder cannot be opened or written (permissions, a missing drive, another program)."""


class StoreDiskFull(HearthError):
    """The disk (or the database's size limit) is full; nothing half-written is kept."""


class StoreTooNew(HearthError):
    """Written by a newer Hearth whose schema this version does not know; left untouched."""


class ConversationNotFound(HearthError):
    """The conversation was deleted (perhaps in another window) or never existed."""


class MessageNotFound(HearthError):
    """The message was deleted (perhaps by a regenerate in another window) or never existed."""


def damaged(path: Path, details: str) -> StoreDamaged:
    return StoreDamaged(
        say(
            "Store",
            "Hearth cannot read your saved conversations because the file {path} is damaged. It has been "
            "left exactly as it was: move it aside to start with an empty list, or restore it from a backup.",
            "store.store-damaged",
        ).format(path=path),
        details,
    )


def not_hearths(path: Path, details: str) -> StoreDamaged:
    return StoreDamaged(
        say(
            "Store",
            "The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere "
            "to start with an empty list.",
            "store.not-conversations-file",
        ).format(path=path),
        details,
    )


def too_new(path: Path, version: int, known: int) -> StoreTooNew:
    return StoreTooNew(
        say(
            "Store",
            "Your conversations were saved by a newer version of Hearth; update Hearth to open them. The "
            "file was left untouched.",
            "store.store-too-new",
        ),
        f"{path}: schema version {version}, this Hearth knows up to {known}",
    )


def unavailable(path: Path, details: str) -> StoreUnavailable:
    return StoreUnavailable(
        say(
            "Store",
            "Hearth cannot open your saved conversations at {path}. Check that the folder exists and that "
            "you are allowed to write to it.",
            "store.store-unavailable",
        ).format(path=path),
        details,
    )


def translate(exc: sqlite3.Error | OSError, path: Path) -> HearthError:
    """The sentence for a SQLite or file-system failure met while using the store at `path`."""
    details = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, OSError):
        return unavailable(path, details)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _FULL:
        return StoreDiskFull(
            say(
                "Store",
                "The disk is full, so Hearth could not save your conversation. Free some space and try again.",
                "store.store-disk-full",
            ),
            details,
        )
    if code in (_CORRUPT, _NOTADB):
        return damaged(path, details)
    if code in (_BUSY, _LOCKED):
        return StoreUnavailable(
            say(
                "Store",
                "Your conversations are busy in another Hearth window or program; try again in a moment.",
                "store.busy",
            ),
            details,
        )
    if code == _READONLY:
        return StoreUnavailable(
            say(
                "Store",
                "Hearth cannot save conversations because {path} is read-only. Check the file's permissions or "
                "free the drive it is on.",
                "store.read-only",
            ).format(path=path),
            details,
        )
    if code in (_PERM, _CANTOPEN, _IOERR):
        return unavailable(path, details)
    return HearthError(
        say(
            "Store",
            "Hearth could not read or save your conversations.",
            "store.failed",
        ),
        details,
    )

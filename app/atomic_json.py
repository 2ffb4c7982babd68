"""Writing a small JSON (or text) file so that a crash or a full disk mid-write never leaves half of it.

The data goes to a temporary file in the same folder, is flushed to disk, and then takes the real name with
`os.replace`, which is atomic on every platform Hearth runs on: readers see the old file or the new one.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def write_json(path: Path, data: Any, indent: int | None = 2) -> None:
    write_text(path, json.dumps(data, indent=indent))


def write_text(path: Path, text: str) -> None:
    """`text` as the whole of `path` (UTF-8, "\n" line ends), all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def set_aside(path: Path) -> Path:
    """A damaged file moved out of the way as NAME.bad (then .bad2, …: an earlier one is never overwritten), so
    Hearth can start afresh without losing it; returns where it went (`path` itself if it could not be moved)."""
    aside = path.with_name(path.name + ".bad")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.bad{number}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        log.warning("Could not set %s aside as %s: %s", path, aside, exc)
        return path
    log.info("%s was damaged; kept as %s", path, aside)
    return aside

"""Small JSON lists in the data folder (imported models, hidden models), written atomically.

Atomic (temp file + `os.replace`) so a crash mid-save keeps the previous list whole; tolerant on read so a damaged
or hand-edited list costs the user that list (logged), never the library.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from app.atomic_json import write_json

log = logging.getLogger(__name__)


def read(path: Path) -> list[Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("%s could not be read (%s); treating it as empty", path, exc)
        return []
    return data if isinstance(data, list) else []


def write(path: Path, items: list[Any]) -> None:
    write_json(path, items)

"""The list of downloads and their states, kept on disk so a restart or a crash resumes them.

The queue decides (which item may start, given the concurrency limit); it starts nothing itself: the GUI runs
items on its workers, the CLI runs them in turn. An item found running when the queue is loaded was
interrupted, so it is queued again and continues from its `.part` files.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.atomic_json import write_json
from app.downloads.plan import DownloadPlan
from app.downloads.progress import DownloadProgress
from app.downloads.queue_state import QueueState
from app.downloads.transfer import RemoteFile

# The enum's members under their own names, for the code that reads a download's state (one spelling: these are
# the QueueState members themselves).
QUEUED, RUNNING, PAUSED, FAILED, DONE, CANCELLED = (
    QueueState.QUEUED,
    QueueState.RUNNING,
    QueueState.PAUSED,
    QueueState.FAILED,
    QueueState.DONE,
    QueueState.CANCELLED,
)
ACTIVE = {QUEUED, RUNNING, PAUSED, FAILED}


@dataclass(frozen=True)
class DownloadStatus:
    """One download as it is at one moment, copied, so a view that receives it later (a queued signal) shows that
    moment and the item's next change cannot alter it under the view."""

    item_id: str
    catalog_id: str  # "" for a download not from the catalog
    quantization: str
    name: str
    state: QueueState
    done_bytes: int
    total_bytes: int
    error: str = ""
    installed_path: str = ""
    progress: DownloadProgress | None = None  # the latest tick of a running download (kept in memory only)


@dataclass
class QueueItem:
    id: str
    plan: DownloadPlan
    state: QueueState = QUEUED
    error: str = ""
    done_bytes: int = 0
    total_bytes: int = 0
    installed_path: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def status(self, progress: DownloadProgress | None = None) -> DownloadStatus:
        return DownloadStatus(
            item_id=self.id,
            catalog_id=self.plan.catalog_id,
            quantization=self.plan.quantization,
            name=self.plan.name,
            state=self.state,
            done_bytes=self.done_bytes,
            total_bytes=self.total_bytes,
            error=self.error,
            installed_path=self.installed_path,
            progress=progress if self.state == RUNNING else None,
        )


class DownloadQueue:
    def __init__(self, path: Path, concurrency: int = 2) -> None:
        self.path = path
        self.concurrency = max(1, concurrency)
        self.items: list[QueueItem] = self._load()

    def add(self, plan: DownloadPlan) -> QueueItem:
        for item in self.items:
            if item.plan.key == plan.key and item.state in ACTIVE:
                if item.state in (PAUSED, FAILED):
                    item.state, item.error = QUEUED, ""
                    self.save()
                return item
        item = QueueItem(id=uuid.uuid4().hex[:12], plan=plan, total_bytes=plan.known_bytes)
        self.items.append(item)
        self.save()
        return item

    def get(self, item_id: str) -> QueueItem:
        return next(item for item in self.items if item.id == item_id)

    def update(self, item_id: str, **changes: Any) -> QueueItem:
        item = self.get(item_id)
        for key, value in changes.items():
            setattr(item, key, value)
        self.save()
        return item

    def startable(self) -> list[QueueItem]:
        running = sum(1 for item in self.items if item.state == RUNNING)
        waiting = [item for item in self.items if item.state == QUEUED]
        return waiting[: max(0, self.concurrency - running)]

    def remove(self, item_id: str) -> None:
        self.items = [item for item in self.items if item.id != item_id]
        self.save()

    def save(self) -> None:
        write_json(self.path, [dataclasses.asdict(item) for item in self.items], indent=1)

    def _load(self) -> list[QueueItem]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        items = []
        for entry in raw if isinstance(raw, list) else []:
            try:
                plan_raw = entry.pop("plan")
                files = tuple(RemoteFile(**f) for f in plan_raw.pop("files"))
                state = QueueState.read(entry.pop("state", QUEUED))
                if state is None:
                    continue
                item = QueueItem(plan=DownloadPlan(files=files, **plan_raw), state=state, **entry)
            except (TypeError, KeyError, AttributeError):
                continue  # an entry from an incompatible version: drop it rather than fail to start
            if item.state == RUNNING:
                item.state = QUEUED
            items.append(item)
        return items

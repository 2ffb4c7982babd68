"""A marker file that outlives a crash during a model load, so the next start can say which model it was.

Written before llama.cpp opens the model and removed after the load succeeded or failed with an error. A load
that takes the whole process down (out of memory, a driver crash, a native abort) leaves it behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

from app import paths
from app.fit.estimate import LoadPlan

MARKER_NAME = "loading.json"


def marker_path() -> Path:
    return paths.resolve().data / MARKER_NAME


@contextlib.contextmanager
def loading(model_path: Path, plan: LoadPlan) -> Iterator[None]:
    marker = marker_path()
    marker.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "model": str(model_path),
        "plan": dataclasses.asdict(plan),
        "pid": os.getpid(),
        "started": time.time(),
    }
    temporary = marker.with_suffix(".tmp")
    temporary.write_text(json.dumps(record, indent=2), encoding="utf-8")
    os.replace(temporary, marker)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            marker.unlink()


def crashed_during_load() -> dict[str, Any] | None:
    """The leftover marker of a load that never finished: `{"model": path, "plan": {...}, "pid", "started"}`, or
    None. A load still running in another live process is not a crash."""
    marker = marker_path()
    try:
        record = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("model"), str):
        return None
    pid = record.get("pid")
    if isinstance(pid, int) and pid != os.getpid() and _alive(pid):
        return None
    return record


def forget_crashed_load() -> None:
    """Once the person has been told (and has chosen CPU only or a smaller context)."""
    with contextlib.suppress(FileNotFoundError):
        marker_path().unlink()


def plan_from_record(record: dict[str, Any]) -> LoadPlan | None:
    try:
        plan = dict(record["plan"])
        plan["gpu_split"] = tuple(plan.get("gpu_split", ()))
        return LoadPlan(**plan)
    except (KeyError, TypeError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        return psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False

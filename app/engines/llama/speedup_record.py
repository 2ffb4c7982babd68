"""What drafting gave each model on this machine, so a model it slows down stops using it.

The pacer (`app/engines/llama/speedup.py`) protects one reply; this record protects the model. It adds up, over the
replies that drafted, the time and tokens of plain steps and of draft steps, and once there are enough of both
it compares their speeds: a model whose draft steps came slower than its plain steps here is turned off for
good (until the file is deleted). It also keeps the exactness checks (`Pacer.needs_check`): the largest cache size
class where a batch's logits were found equal to single decodes', and whether a check ever found them different,
which turns drafting off as well. The key is the model file (name and size), the machine (host name, processor,
cores), whether layers ran on a GPU, and the cache type and flash attention: the same file can pay on one and
cost on another, and the kernels llama.cpp picks differ with each.
"""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import psutil

from app import paths
from app.atomic_json import write_json
from app.engines.llama.speedup import Tally

__all__ = [
    "MIN_DRAFT_TOKENS",
    "MIN_PLAIN_TOKENS",
    "RECORD_FILE",
    "ModelSpeedup",
    "SpeedupRecord",
    "default_path",
    "record_key",
]

RECORD_FILE = "speedup.json"
# Enough steps that one disturbed reply (the machine busy with something else) does not decide.
MIN_DRAFT_TOKENS = 200
MIN_PLAIN_TOKENS = 16


@dataclass(frozen=True)
class ModelSpeedup:
    draft_tokens: int = 0
    draft_seconds: float = 0.0
    plain_tokens: int = 0
    plain_seconds: float = 0.0
    off: bool = False
    checked_up_to: int = 0  # cache cells: batches were checked equal to single decodes up to this size class
    inexact: bool = False  # a check found them different: drafting would change the text

    def added(self, tally: Tally) -> ModelSpeedup:
        total = ModelSpeedup(
            draft_tokens=self.draft_tokens + tally.draft_tokens,
            draft_seconds=self.draft_seconds + tally.draft_seconds,
            plain_tokens=self.plain_tokens + tally.plain_tokens,
            plain_seconds=self.plain_seconds + tally.plain_seconds,
            off=self.off,
            checked_up_to=max(self.checked_up_to, tally.checked_up_to),
            inexact=self.inexact or tally.inexact,
        )
        return replace(total, off=self.off or total.inexact or total.slower())

    def slower(self) -> bool:
        """The auto-off rule: enough of both kinds of step, and draft steps gave fewer tokens per second."""
        if self.draft_tokens < MIN_DRAFT_TOKENS or self.plain_tokens < MIN_PLAIN_TOKENS:
            return False
        if self.draft_seconds <= 0 or self.plain_seconds <= 0:
            return False
        return self.draft_tokens / self.draft_seconds < self.plain_tokens / self.plain_seconds


def record_key(model: Path, gpu_layers: int, kv_type: str = "f16", flash_attention: bool = True) -> str:
    try:
        size = model.stat().st_size
    except OSError:
        size = 0
    cores = psutil.cpu_count(logical=False) or psutil.cpu_count() or 0
    where = "gpu" if gpu_layers else "cpu"
    machine = f"{platform.node()}|{platform.machine()}|{platform.processor()}|{cores}|{where}"
    return f"{model.name}|{size}|{machine}|{kv_type}|{'flash' if flash_attention else 'no-flash'}"


def default_path() -> Path:
    """Where Hearth keeps the record: `speedup.json` in its config folder (the host hands it to its engine)."""
    return paths.resolve().config / RECORD_FILE


class SpeedupRecord:
    """The record's file (`default_path()` unless given): `{"models": {key: ModelSpeedup fields}}`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def get(self, key: str) -> ModelSpeedup:
        return self._read().get(key, ModelSpeedup())

    def allows(self, key: str) -> bool:
        return not self.get(key).off

    def add(self, key: str, tally: Tally) -> ModelSpeedup:
        """Add one reply's steps and checks (a reply that did neither changes nothing) and save; the new totals."""
        models = self._read()
        before = models.get(key, ModelSpeedup())
        if not tally.draft_steps and not tally.inexact and tally.checked_up_to <= before.checked_up_to:
            return before
        models[key] = before.added(tally)
        write_json(self.path, {"models": {name: asdict(entry) for name, entry in models.items()}})
        return models[key]

    def _read(self) -> dict[str, ModelSpeedup]:
        """What the file holds; a missing or damaged file (or entry) is a fresh start, never an error."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        models = raw.get("models") if isinstance(raw, dict) else None
        if not isinstance(models, dict):
            return {}
        found: dict[str, ModelSpeedup] = {}
        for key, entry in models.items():
            try:
                found[str(key)] = ModelSpeedup(
                    draft_tokens=int(entry["draft_tokens"]),
                    draft_seconds=float(entry["draft_seconds"]),
                    plain_tokens=int(entry["plain_tokens"]),
                    plain_seconds=float(entry["plain_seconds"]),
                    off=bool(entry["off"]),
                    checked_up_to=int(entry.get("checked_up_to", 0)),
                    inexact=bool(entry.get("inexact", False)),
                )
            except (KeyError, TypeError, ValueError):
                continue
        return found

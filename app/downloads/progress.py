"""Progress of a download as small frozen values, and the speed/ETA arithmetic behind them."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from enum import StrEnum

from app.i18n import say


class DownloadPhase(StrEnum):
    """What a running download is doing (its queue state is RUNNING throughout)."""

    CHECKING = "checking"  # asking the hub about the files
    DOWNLOADING = "downloading"
    RETRYING = "retrying"  # waiting before the next attempt after a dropped connection
    VERIFYING = "verifying"  # SHA-256 of what is here
    INSTALLING = "installing"  # reading the GGUF headers, writing the manifest


@dataclass(frozen=True)
class DownloadProgress:
    phase: DownloadPhase
    done_bytes: int
    total_bytes: int
    speed_bps: float = 0.0
    file_name: str = ""
    message: str = ""  # e.g. "Connection dropped; trying again in 2 s (attempt 2 of 8)"

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0

    @property
    def eta_seconds(self) -> float | None:
        if self.speed_bps <= 0 or not self.total_bytes:
            return None
        return max(0.0, (self.total_bytes - self.done_bytes) / self.speed_bps)


class SpeedMeter:
    """Bytes per second over the last few seconds: steady enough to read, quick to follow a change."""

    def __init__(self, window_s: float = 3.0) -> None:
        self.window_s = window_s
        self.samples: deque[tuple[float, int]] = deque()

    def add(self, total_done: int, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        self.samples.append((now, total_done))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window_s:
            self.samples.popleft()
        first_time, first_done = self.samples[0]
        elapsed = now - first_time
        return (total_done - first_done) / elapsed if elapsed > 0 else 0.0


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds)
    if seconds < 60:
        return say("Downloads", "{seconds} s left", "downloads.seconds-left").format(seconds=seconds)
    if seconds < 3600:
        return say("Downloads", "{minutes} min left", "downloads.minutes-left").format(minutes=seconds // 60)
    return say("Downloads", "{hours} h {minutes} min left", "downloads.hours-left").format(
        hours=seconds // 3600, minutes=seconds % 3600 // 60
    )

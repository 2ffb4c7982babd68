"""One file from the hub into the models folder: resumable, retried, verified, never a half file under its name.

While it downloads, a file is `<name>.part` with `<name>.part.json` beside it (the URL, the size and the ETag it
belongs to). A later attempt — after a dropped connection, a pause, a crash or a restart — checks that the
remote file is still the same and continues with `Range: bytes=<size of .part>-`. The SHA-256 is computed
while writing (the bytes already on disk are hashed once when resuming) and compared with the catalog's hash or
the hub's LFS ETag; only a verified file is renamed to its real name.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
from huggingface_hub import get_hf_file_metadata, get_session, hf_raise_for_status
from huggingface_hub.errors import HfHubHTTPError

from app.downloads.errors import CorruptDownload, DiskFull, DownloadStopped, NotEnoughDisk
from app.downloads.progress import DownloadPhase, DownloadProgress, SpeedMeter
from app.hub_search import hub
from app.i18n import Size, say
from app.units import MB

CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RemoteFile:
    repo: str
    name: str  # path inside the repo
    revision: str | None = None
    size: int | None = None  # from the catalog; the server's answer wins
    sha256: str | None = None  # from the catalog; else the hub's LFS ETag
    role: str = "model"


@dataclass(frozen=True)
class TransferOptions:
    endpoint: str | None = None
    token: str | None = None
    stall_timeout: float = 30.0  # seconds without a byte before the connection counts as dropped
    max_attempts: int = 8  # consecutive failures without progress before giving up
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    disk_margin: int = 256 * MB


class StopSignal:
    """Pause (keep what arrived) or cancel (delete it), checked between chunks and during back-off waits."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.keep_partial = True

    def pause(self) -> None:
        self.keep_partial = True
        self._event.set()

    def cancel(self) -> None:
        self.keep_partial = False
        self._event.set()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(seconds)


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def sidecar_path(target: Path) -> Path:
    return target.with_name(target.name + ".part.json")


def remove_partial(target: Path) -> None:
    part_path(target).unlink(missing_ok=True)
    sidecar_path(target).unlink(missing_ok=True)


@dataclass(frozen=True)
class RemoteFacts:
    url: str
    size: int
    sha256: str | None
    commit: str
    etag: str


def resolve(remote: RemoteFile, options: TransferOptions) -> RemoteFacts:
    """Ask the hub about the file (HEAD, following its redirects): size, LFS hash, commit."""
    url = hub.file_url(remote.repo, remote.name, remote.revision, options.endpoint)
    try:
        meta = get_hf_file_metadata(
            url, token=options.token or False, endpoint=options.endpoint, timeout=options.stall_timeout
        )
    except Exception as exc:
        raise hub.explain(exc, remote.repo, remote.name) from exc
    etag = (meta.etag or "").strip('"').lower()
    expected = remote.sha256 or (etag if _SHA256.match(etag) else None)
    if meta.size is None:
        raise hub.NetworkProblem(
            say(
                "Downloads",
                "Hugging Face did not say how large {name} is; try again later.",
                "downloads.size-unknown",
            ).format(name=remote.name)
        )
    return RemoteFacts(url=url, size=int(meta.size), sha256=expected, commit=meta.commit_hash or "", etag=etag)


def check_disk(folder: Path, needed: int, margin: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(folder).free
    if needed + margin > free:
        raise NotEnoughDisk(
            say(
                "Downloads",
                "Not enough disk space: this download needs {needed} more, but only {free} is free on the disk "
                "that holds {folder}. Free some space or choose another models folder in Settings.",
                "downloads.not-enough-disk",
            ).format(needed=Size(needed), free=Size(free), folder=folder),
            f"needed={needed} margin={margin} free={free}",
        )


def fetch(
    remote: RemoteFile,
    target: Path,
    options: TransferOptions,
    stop: StopSignal,
    facts: RemoteFacts | None = None,
) -> Generator[DownloadProgress, None, RemoteFacts]:
    """Download `remote` to `target`, yielding progress; returns what the hub said about it."""
    facts = facts or resolve(remote, options)
    if target.is_file() and target.stat().st_size == facts.size and _already_verified(target, facts):
        return facts
    part, sidecar = part_path(target), sidecar_path(target)
    done = _resumable_bytes(part, sidecar, facts)
    target.parent.mkdir(parents=True, exist_ok=True)
    sidecar.write_text(json.dumps({"url": facts.url, "size": facts.size, "etag": facts.etag}), encoding="utf-8")
    hasher = hashlib.sha256()
    if done:
        yield DownloadProgress(
            DownloadPhase.VERIFYING,
            done,
            facts.size,
            file_name=remote.name,
            message=say("Downloads", "Checking what is here", "downloads.checking-what-is-here"),
        )
        done = _hash_existing(part, hasher, done)
    meter = SpeedMeter()
    failures = 0
    with part.open("ab") as out:
        while done < facts.size:
            if stop.requested:
                raise DownloadStopped(stop.keep_partial)
            before = done
            try:
                for received in _stream(facts, options, out, hasher, before, stop):
                    done = received
                    yield DownloadProgress(DownloadPhase.DOWNLOADING, done, facts.size, meter.add(done), remote.name)
            except DownloadStopped:
                raise
            except HfHubHTTPError as exc:
                raise hub.explain(exc, remote.repo, remote.name) from exc
            except _Retry as retry:
                out.flush()
                done = out.tell()  # the file is the truth: progress is reported less often than chunks arrive
                failures = 0 if done > before else failures + 1
                if failures >= options.max_attempts:
                    raise hub.NetworkProblem(
                        say(
                            "Downloads",
                            "The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to "
                            "continue from there.",
                            "downloads.download-keeps-failing",
                        ).format(name=remote.name, reason=retry.reason),
                        retry.reason,
                    ) from None
                delay = retry.after or min(options.backoff_cap, options.backoff_base * 2 ** max(0, failures - 1))
                yield DownloadProgress(
                    DownloadPhase.RETRYING,
                    done,
                    facts.size,
                    file_name=remote.name,
                    message=say(
                        "Downloads",
                        "{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})",
                        "downloads.retrying",
                    ).format(reason=retry.reason, delay=delay, attempt=failures + 1, attempts=options.max_attempts),
                )
                if stop.wait(delay):
                    raise DownloadStopped(stop.keep_partial) from None
                if retry.restart:
                    out.seek(0)
                    out.truncate()
                    hasher = hashlib.sha256()
                    done = 0
    yield DownloadProgress(DownloadPhase.VERIFYING, done, facts.size, file_name=remote.name)
    if facts.sha256 and hasher.hexdigest() != facts.sha256:
        remove_partial(target)
        raise CorruptDownload(
            say(
                "Downloads",
                "{name} arrived damaged (its checksum does not match the published one), so it was deleted and "
                "nothing was installed. Try the download again.",
                "downloads.corrupt-download",
            ).format(name=remote.name),
            f"expected {facts.sha256}, got {hasher.hexdigest()}",
        )
    os.replace(part, target)
    sidecar.unlink(missing_ok=True)
    return facts


class _Retry(Exception):
    def __init__(self, reason: str, after: float | None = None, restart: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after
        self.restart = restart


def _stream(
    facts: RemoteFacts,
    options: TransferOptions,
    out: Any,
    hasher: Any,
    done: int,
    stop: StopSignal,
) -> Generator[int, None, None]:
    headers = hub.request_headers(options.token)
    headers["Accept-Encoding"] = "identity"
    if done:
        headers["Range"] = f"bytes={done}-"
    timeout = httpx2.Timeout(connect=options.stall_timeout, read=options.stall_timeout, write=30.0, pool=30.0)
    last_report = 0.0
    try:
        with get_session().stream("GET", facts.url, headers=headers, follow_redirects=True, timeout=timeout) as r:
            if r.status_code in _RETRYABLE_STATUS:
                after = r.headers.get("Retry-After", "")
                busy = say("Downloads", "Hugging Face is busy ({status})", "downloads.retry-busy")
                raise _Retry(busy.format(status=r.status_code), float(after) if after.isdigit() else None)
            hf_raise_for_status(r)
            if done and r.status_code == 200:
                raise _Retry(
                    say("Downloads", "The server restarted the file from the beginning", "downloads.retry-restarted"),
                    after=0.0,
                    restart=True,
                )
            for chunk in r.iter_bytes(CHUNK):
                try:
                    out.write(chunk)
                except OSError as exc:
                    if exc.errno == errno.ENOSPC:
                        out.flush()
                        raise DiskFull(
                            say(
                                "Downloads",
                                "The disk is full. What has arrived is kept: free some space, then press Retry to "
                                "continue the download.",
                                "downloads.disk-full",
                            ),
                            str(exc),
                        ) from exc
                    raise
                hasher.update(chunk)
                done += len(chunk)
                now = time.monotonic()
                if now - last_report >= 0.1 or done >= facts.size:
                    last_report = now
                    out.flush()
                    yield done
                if stop.requested:
                    out.flush()
                    raise DownloadStopped(stop.keep_partial)
            out.flush()
            if done < facts.size:
                raise _Retry(say("Downloads", "The connection closed early", "downloads.retry-closed-early"))
    except HfHubHTTPError:
        raise  # an answer from the server (401, 404 ...), not a transport failure: fetch() explains it
    except httpx2.HTTPError as exc:
        out.flush()
        dropped = say("Downloads", "The connection dropped ({error})", "downloads.retry-dropped")
        raise _Retry(dropped.format(error=type(exc).__name__)) from exc
    yield done


def _resumable_bytes(part: Path, sidecar: Path, facts: RemoteFacts) -> int:
    """Bytes of an earlier attempt worth keeping: only if they belong to the same remote file."""
    if not part.exists():
        return 0
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        same = meta.get("size") == facts.size and meta.get("etag") == facts.etag
    except (OSError, ValueError):
        same = False
    size = part.stat().st_size
    if not same or size > facts.size:
        part.unlink()
        return 0
    return size


def _hash_existing(part: Path, hasher: Any, size: int) -> int:
    read = 0
    with part.open("rb") as handle:
        while read < size:
            block = handle.read(min(4 * CHUNK, size - read))
            if not block:
                break
            hasher.update(block)
            read += len(block)
    return read


def _already_verified(target: Path, facts: RemoteFacts) -> bool:
    """A file that is already in place is trusted only after its hash is checked again."""
    if not facts.sha256:
        return True
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        while block := handle.read(4 * CHUNK):
            digest.update(block)
    return digest.hexdigest() == facts.sha256

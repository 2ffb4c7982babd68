"""A GGUF header read over HTTP: about 2 MB at a time until the tensor list has been read, at most 32 MB.

A server that ignores `Range` (answers 200 with the whole file) is read from the start and cut off at the cap;
when the header is not complete by then, there is no header and the verdict can only be a rough one from the size.
Headers are cached in Hearth's cache folder per repository, revision and file, so a second look costs nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from app.hub_search.client import HubAccess, stream_range
from app.i18n import say
from app.models.gguf_info import CorruptModelFile, GgufHeader, NeedMoreBytes, parse_header
from app.units import MB

STEP = 2 * MB
CAP = 32 * MB


@dataclass(frozen=True)
class RemoteHeader:
    header: GgufHeader | None  # None when the cap came before the end of the header: judge by size only
    bytes_read: int  # fetched over the network for this read (0 from the cache)
    cached: bool = False
    ranges_honoured: bool = True


@dataclass(frozen=True)
class HeaderSource:
    access: HubAccess
    repo: str
    revision: str  # a commit where known, so a cached header belongs to exactly these bytes
    cache_dir: Path | None = None
    step: int = STEP
    cap: int = CAP


def read_header(source: HeaderSource, path: str, size: int) -> RemoteHeader:
    cached = _cache_file(source, path)
    if cached is not None and cached.exists():
        try:
            return RemoteHeader(parse_header(cached.read_bytes()), 0, cached=True)
        except (NeedMoreBytes, CorruptModelFile):
            cached.unlink(missing_ok=True)  # a damaged cache entry is read again
    result = _fetch(source, path, size)
    if result.header is not None and cached is not None:
        _store(cached, result.header, result.data)
    return RemoteHeader(result.header, result.bytes_read, ranges_honoured=result.ranges_honoured)


@dataclass(frozen=True)
class _Fetched:
    header: GgufHeader | None
    data: bytes
    bytes_read: int
    ranges_honoured: bool


def _fetch(source: HeaderSource, path: str, size: int) -> _Fetched:
    url = source.access.file_url(source.repo, path, source.revision)
    buffer = bytearray()
    read = 0
    limit = min(source.cap, size) if size > 0 else source.cap
    while True:
        target = min(limit, len(buffer) + source.step)
        with stream_range(source.access, url, len(buffer), target - 1, source.repo) as response:
            if response.status_code != 206:  # the whole file is coming: read it from the start, up to the cap
                whole = _from_whole_file(response.iter_bytes(64 * 1024), source, path)
                return replace(whole, bytes_read=read + whole.bytes_read)
            for block in response.iter_bytes(64 * 1024):
                buffer += block
                read += len(block)
        try:
            header = parse_header(bytes(buffer))
        except NeedMoreBytes:
            if len(buffer) >= source.cap:
                return _Fetched(None, b"", read, True)
            if len(buffer) < target or len(buffer) >= size > 0:
                raise _cut_short(path, len(buffer)) from None
            continue
        return _Fetched(header, bytes(buffer), read, True)


def _from_whole_file(blocks: Iterator[bytes], source: HeaderSource, path: str) -> _Fetched:
    buffer = bytearray()
    next_try = source.step
    for block in blocks:
        buffer += block
        if len(buffer) >= next_try:
            header = _try_parse(buffer)
            if header is not None:
                return _Fetched(header, bytes(buffer), len(buffer), False)
            if len(buffer) >= source.cap:
                return _Fetched(None, b"", len(buffer), False)  # stop here: the connection is closed on return
            next_try += source.step
    header = _try_parse(buffer)
    if header is None:
        raise _cut_short(path, len(buffer))
    return _Fetched(header, bytes(buffer), len(buffer), False)


def _try_parse(buffer: bytearray) -> GgufHeader | None:
    try:
        return parse_header(bytes(buffer))
    except NeedMoreBytes:
        return None


def _cut_short(path: str, have: int) -> CorruptModelFile:
    return CorruptModelFile(
        say(
            "HubSearch",
            "{path} on Hugging Face ends inside its header: the file is damaged there.",
            "hub_search.corrupt-model-file",
        ).format(path=path),
        f"the header continues past the {have} bytes the file has",
    )


def _cache_file(source: HeaderSource, path: str) -> Path | None:
    if source.cache_dir is None:
        return None
    key = hashlib.sha256(f"{source.access.base}\n{source.repo}\n{source.revision}\n{path}".encode()).hexdigest()
    return source.cache_dir / "hub-headers" / f"{key[:40]}.gguf-header"


def _store(target: Path, header: GgufHeader, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_bytes(data[: header.header_bytes])
        os.replace(partial, target)
    except OSError:
        pass  # a cache that cannot be written only costs a second read

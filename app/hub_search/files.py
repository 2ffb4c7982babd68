"""A repository's facts from the Hub: its commit, whether it is gated, its tags, and its files with sizes and SHA-256
from the tree API (`lfs.size`, `lfs.oid`)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from app.hub_search.client import HubAccess, get_json
from app.hub_search.quants import RemoteFile


@dataclass(frozen=True)
class RepoFacts:
    repo: str
    revision: str  # the commit the files belong to
    gated: bool
    tags: tuple[str, ...]
    files: tuple[RemoteFile, ...]


def repo_facts(access: HubAccess, repo: str, revision: str | None = None) -> RepoFacts:
    """Two requests: the model's card (commit, gated, tags), then its file tree at that commit."""
    info_path = f"models/{repo}" + (f"/revision/{quote(revision, safe='')}" if revision else "")
    info, _ = get_json(access, access.api(info_path), [("blobs", "true")], repo=repo)
    commit = str(info.get("sha") or revision or "main")
    files: list[RemoteFile] = []
    url: str | None = access.api(f"models/{repo}/tree/{quote(commit, safe='')}")
    params: list[tuple[str, str]] | None = [("recursive", "true")]
    while url is not None:  # the tree is paged like the search (Link: rel="next")
        entries, url = get_json(access, url, params, repo=repo)
        params = None
        files += [_file(entry) for entry in entries if isinstance(entry, dict) and entry.get("type") == "file"]
    return RepoFacts(
        repo=str(info.get("id") or repo),
        revision=commit,
        gated=bool(info.get("gated")),
        tags=tuple(str(t) for t in info.get("tags") or ()),
        files=tuple(files),
    )


def _file(entry: dict[str, object]) -> RemoteFile:
    lfs = entry.get("lfs")
    if isinstance(lfs, dict):
        size = lfs.get("size")
        return RemoteFile(str(entry["path"]), size if isinstance(size, int) else 0, str(lfs.get("oid")))
    size = entry.get("size")
    return RemoteFile(str(entry["path"]), size if isinstance(size, int) else 0, None)

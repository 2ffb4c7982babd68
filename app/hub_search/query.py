"""What a person typed or pasted into the search box: words, `org/repo`, an address, or `hf.co/org/repo:QUANT`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

_REPO_PART = r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}"
_REPO = re.compile(rf"^(?P<repo>{_REPO_PART}/{_REPO_PART})(?::(?P<quant>[A-Za-z0-9_.-]+))?$")
_HOSTS = {"huggingface.co", "www.huggingface.co", "hf.co"}
_FILE_VIEWS = {"blob", "resolve", "tree"}


@dataclass(frozen=True)
class SearchQuery:
    text: str  # what goes to the Hub's `search` parameter
    repo: str | None = None  # a repository named outright (org/repo or an address)
    file: str | None = None  # a file inside it (from a /blob/ or /resolve/ address)
    quantization: str | None = None  # from `repo:Q4_K_M`
    revision: str | None = None  # from a /blob/<rev>/ or /tree/<rev>/ address


def parse(typed: str) -> SearchQuery:
    text = typed.strip()
    if not text:
        return SearchQuery("")
    address = _address(text)
    if address is not None:
        return address
    named = _REPO.match(text)
    if named:
        quant = named["quant"].upper() if named["quant"] else None
        return SearchQuery(named["repo"], repo=named["repo"], quantization=quant)
    return SearchQuery(" ".join(text.split()))


def _address(text: str) -> SearchQuery | None:
    candidate = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in _HOSTS:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if segments and segments[0] in ("models", "api"):
        segments = segments[1:] if segments[0] == "models" else []
    if len(segments) < 2:
        return None
    named = _REPO.match("/".join(segments[:2]))
    if not named:
        return None
    repo = named["repo"]
    quant = named["quant"].upper() if named["quant"] else None
    file = revision = None
    if len(segments) >= 4 and segments[2] in _FILE_VIEWS:
        revision = segments[3]
        file = "/".join(segments[4:]) or None
    return SearchQuery(repo, repo=repo, file=file, quantization=quant, revision=revision)

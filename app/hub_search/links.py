"""Links from Hugging Face's "Use this model" button: `hearth://open_from_hf?model=ORG/REPO[&file=PATH]`.

The shape is LM Studio's (`lmstudio://open_from_hf?...`), so the Hub can list Hearth among its local apps with the
same deep-link function. A link only names a repository (and perhaps one file in it) for Discover to show; it never
downloads anything by itself, so everything here is about refusing what a link must not carry.

What is taken, and why:
- The scheme and host in any case (`HEARTH://Open_From_HF`), with or without a slash before `?` (Windows adds one).
- `model` and `file` percent-decoded exactly once (`org%2Frepo`, `Q4_K_M%2Fmodel.gguf`); a `+` stays a `+`, as
  the Hub writes the values unencoded and never form-encodes them. Surrounding spaces, one trailing slash on the
  repository (`org/repo/`) and an empty `file=` are forgiven; other parameters (`utm_source=...`) and a `#fragment`
  are ignored.
- No revision: `org/repo@main` and Ollama's `org/repo:Q4_K_M` tag are refused with a sentence saying so. Hearth
  shows a repository's current files (`main`), the Hub's link never names a revision, and a link that could pin an
  old commit would show files the repository page does not.
- `file` is a relative path inside the repository to a `.gguf` file: no `..`, no absolute path or drive letter, no
  backslash, no empty or `.` segment, no control character.
- At most 2048 characters, checked before anything else is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from app.errors import HearthError
from app.i18n import say

SCHEME = "hearth"
HOST = "open_from_hf"
MAX_LINK_LENGTH = 2048
MAX_NAME_LENGTH = 96  # the Hub's limit for each half of a repository id

# huggingface_hub's validate_repo_id, in ASCII: letters, digits, "_", "-", "."; starts and ends with a letter, digit
# or "_"; no "--" or ".."; not ending in ".git".
_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")


class BadLink(HearthError):
    """A `hearth://` link Hearth will not open: malformed, for another app, or naming something it must not."""


@dataclass(frozen=True)
class HubLink:
    """A Hugging Face repository to show in Discover, and perhaps the one file the link pointed at."""

    repo: str  # "org/name"
    file: str | None = None  # a relative path inside the repository, e.g. "Q4_K_M/model-00001-of-00002.gguf"

    def url(self) -> str:
        """The canonical link, as the Hub writes it (parse_link(link.url()) == link)."""
        text = f"{SCHEME}://{HOST}?model={self.repo}"
        if self.file:
            text += f"&file={quote(self.file, safe='/')}"
        return text

    def as_json(self) -> dict[str, str | None]:
        return {"repo": self.repo, "file": self.file}


def parse_link(text: str) -> HubLink:
    """The repository (and file) a "Use this model" link names, or BadLink with a sentence."""
    if len(text) > MAX_LINK_LENGTH:
        raise BadLink(
            say(
                "HubSearch",
                "This link is too long for a Hugging Face model link ({length} characters; at most "
                "{max_link_length}), so Hearth did not open it.",
                "hub_search.link-too-long",
            ).format(length=len(text), max_link_length=MAX_LINK_LENGTH),
            text[:200],
        )
    link = text.strip()
    if _CONTROL.search(link):
        raise BadLink(
            say(
                "HubSearch",
                "This link contains invisible control characters, so Hearth did not open it.",
                "hub_search.link-control-characters",
            ),
            repr(link),
        )
    try:
        parts = urlsplit(link)
    except ValueError as exc:
        raise BadLink(
            say(
                "HubSearch",
                "This is not a link Hearth can read.",
                "hub_search.link-unreadable",
            ),
            f"{link!r}: {exc}",
        ) from exc
    if parts.scheme.lower() != SCHEME:
        raise BadLink(
            say(
                "HubSearch",
                "Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.",
                "hub_search.link-other-site",
            ).format(scheme=SCHEME, host=HOST),
            link,
        )
    if (parts.netloc.lower() != HOST) or parts.path not in ("", "/"):
        raise BadLink(
            say(
                "HubSearch",
                "Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks "
                "for something else.",
                "hub_search.link-not-model",
            ).format(scheme=SCHEME, host=HOST),
            link,
        )
    params = _query(parts.query, link)
    models = params.get("model", [])
    if not models or not models[0].strip():
        raise BadLink(
            say(
                "HubSearch",
                "This link does not say which model to open (it has no model=ORG/REPO).",
                "hub_search.link-without-model",
            ),
            link,
        )
    if len(models) > 1 or len(params.get("file", [])) > 1:
        raise BadLink(
            say(
                "HubSearch",
                "This link names more than one model or file, so Hearth cannot tell which to open.",
                "hub_search.link-names-several",
            ),
            link,
        )
    repo = _repo(models[0].strip(), link)
    files = params.get("file", [])
    file = _file(files[0], link) if files and files[0] else None
    return HubLink(repo, file)


def _query(query: str, link: str) -> dict[str, list[str]]:
    """`key=value` pairs percent-decoded once; a `+` stays a `+` (see the module's note)."""
    params: dict[str, list[str]] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        try:
            decoded = unquote(value, errors="strict")
        except UnicodeDecodeError as exc:
            raise BadLink(
                say(
                    "HubSearch",
                    "This link is garbled (its letters are not encoded correctly).",
                    "hub_search.link-garbled-letters",
                ),
                link,
            ) from exc
        if _CONTROL.search(decoded):
            raise BadLink(
                say(
                    "HubSearch",
                    "This link contains invisible control characters, so Hearth did not open it.",
                    "hub_search.link-control-characters",
                ),
                link,
            )
        params.setdefault(key, []).append(decoded)
    return params


def _repo(value: str, link: str) -> str:
    repo = value.removesuffix("/")
    base = re.split("[@:]", repo, maxsplit=1)[0]
    if base != repo and _valid_repo(base):
        raise BadLink(
            say(
                "HubSearch",
                "This link names a version or a tag of {base}; Hearth opens a model's current files, so use the "
                "model's link without the part after '@' or ':'.",
                "hub_search.link-names-version",
            ).format(base=base),
            link,
        )
    if not _valid_repo(repo):
        raise BadLink(
            say(
                "HubSearch",
                "'{repo}' is not a Hugging Face model name; a model link names one like 'organization/model-name'.",
                "hub_search.link-bad-repo",
            ).format(repo=repo),
            link,
        )
    return repo


def _valid_repo(repo: str) -> bool:
    halves = repo.split("/")
    return len(halves) == 2 and all(_valid_name(half) for half in halves)


def _valid_name(name: str) -> bool:
    return (
        len(name) <= MAX_NAME_LENGTH
        and _NAME.fullmatch(name) is not None
        and "--" not in name
        and ".." not in name
        and not name.endswith(".git")
    )


def _file(value: str, link: str) -> str:
    value = value.removesuffix("/")
    refused = BadLink(
        say(
            "HubSearch",
            "This link points at a file outside the model's folder ('{file}'), so Hearth did not open it.",
            "hub_search.file-outside-folder",
        ).format(file=value),
        link,
    )
    if "\\" in value or value.startswith("/") or _DRIVE.match(value):
        raise refused
    segments = value.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        raise refused
    if not value.lower().endswith(".gguf"):
        raise BadLink(
            say(
                "HubSearch",
                "This link points at '{file}', which is not a GGUF model file; Hearth runs GGUF files only.",
                "hub_search.not-a-gguf-file",
            ).format(file=value),
            link,
        )
    return value

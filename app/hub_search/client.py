"""The Hub's model API, one request at a time, through the endpoint (mirror) and token in Settings.

huggingface_hub's own listing helpers retry with sleeps and hide the `Link` header; Hearth makes exactly one request
per page or range, through huggingface_hub's session (its proxies, headers and error types), and turns each failure
into a sentence. Offline mode is checked before anything else: no request is made at all.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx2
from huggingface_hub import constants, get_session, hf_raise_for_status
from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

from app.errors import HearthError
from app.hub_search import hub
from app.hub_search.errors import HubBusy, HubFailed, HubUnreachable, SearchOffline
from app.i18n import say


@dataclass(frozen=True)
class HubAccess:
    """Where and as whom Hearth asks: Settings' mirror (else HF_ENDPOINT, else huggingface.co), its token, offline."""

    endpoint: str | None = None
    token: str | None = None
    offline: bool = False
    timeout: float = 15.0  # seconds without an answer before Hugging Face counts as unreachable

    @property
    def base(self) -> str:
        return (self.endpoint or constants.ENDPOINT).rstrip("/")

    def api(self, path: str) -> str:
        return f"{self.base}/api/{path.lstrip('/')}"

    def file_url(self, repo: str, path: str, revision: str) -> str:
        return f"{self.base}/{repo}/resolve/{quote(revision, safe='')}/{quote(path)}"

    def headers(self) -> dict[str, str]:
        return hub.request_headers(self.token)


def check_online(access: HubAccess) -> None:
    if access.offline:
        raise SearchOffline(
            say(
                "HubSearch",
                "Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.",
                "hub_search.search-offline",
            )
        )


def get_json(
    access: HubAccess, url: str, params: list[tuple[str, str]] | None = None, repo: str = ""
) -> tuple[Any, str | None]:
    """One GET of a JSON document: (the document, the next page's URL from `Link: rel="next"` or None)."""
    check_online(access)
    try:
        response = get_session().get(
            url,
            params=tuple(params) if params else None,
            headers=access.headers(),
            timeout=access.timeout,
            follow_redirects=True,
        )
        hf_raise_for_status(response)
        document = response.json()
    except (httpx2.HTTPError, HfHubHTTPError, ValueError) as exc:
        raise explain(exc, access, repo) from exc
    return document, response.links.get("next", {}).get("url")


@contextmanager
def stream_range(access: HubAccess, url: str, start: int, end: int, repo: str = "") -> Iterator[httpx2.Response]:
    """A streamed GET of bytes start..end (inclusive); the answer may be 200 with the whole file when the server
    ignores ranges — the caller reads only what it needs and closes it."""
    check_online(access)
    headers = access.headers() | {"Range": f"bytes={start}-{end}"}
    try:
        with get_session().stream(
            "GET", url, headers=headers, timeout=access.timeout, follow_redirects=True
        ) as response:
            if response.status_code >= 400:
                response.read()
                hf_raise_for_status(response)
            yield response
    except (httpx2.HTTPError, HfHubHTTPError) as exc:
        raise explain(exc, access, repo) from exc


def explain(exc: Exception, access: HubAccess, repo: str) -> HearthError:
    """A failed request as a sentence that says what happened and what to do."""
    host = urlsplit(access.base).netloc or access.base
    if isinstance(exc, (GatedRepoError, RepositoryNotFoundError)):
        return hub.explain(exc, repo, repo)
    if isinstance(exc, HfHubHTTPError) and exc.response is not None:
        status = exc.response.status_code
        if status == 429:
            wait = retry_after(exc.response.headers.get("Retry-After"))
            when = (
                say("HubSearch", "in {wait} seconds", "hub_search.in-seconds").format(wait=wait)
                if wait is not None
                else say("HubSearch", "in a minute", "hub_search.in-a-minute")
            )
            return HubBusy(
                say(
                    "HubSearch",
                    "Hugging Face is receiving too many requests from here; retry {when}.",
                    "hub_search.hub-busy",
                ).format(when=when),
                str(exc),
                retry_after=wait,
            )
        if status >= 500:
            return HubFailed(
                say(
                    "HubSearch",
                    "Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.",
                    "hub_search.hub-server-error",
                ).format(status=status),
                str(exc),
                status=status,
            )
        if status in (401, 403) and repo:
            return hub.explain(exc, repo, repo)
        return HubFailed(
            say(
                "HubSearch",
                "Hugging Face refused the request ({status}).",
                "hub_search.request-refused",
            ).format(status=status),
            str(exc),
            status=status,
        )
    if isinstance(exc, httpx2.TimeoutException):
        return HubUnreachable(
            say(
                "HubSearch",
                "{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.",
                "hub_search.hub-unreachable",
            ).format(host=host),
            str(exc),
        )
    if isinstance(exc, httpx2.HTTPError):
        return HubUnreachable(
            say(
                "HubSearch",
                "Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.",
                "hub_search.unreachable",
            ).format(host=host),
            str(exc),
        )
    return HubFailed(
        say(
            "HubSearch",
            "Hugging Face sent an answer Hearth could not read. Retry in a moment.",
            "hub_search.hub-failed",
        ),
        str(exc),
    )


def retry_after(value: str | None) -> int | None:
    """Retry-After in seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0, int(moment.timestamp() - time.time()))

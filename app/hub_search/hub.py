"""Talking to Hugging Face (or a mirror), and nothing else: every network call Hearth makes starts here.

huggingface_hub builds the URLs (honouring `HF_ENDPOINT` for mirrors), the auth and user-agent headers, and maps
HTTP answers to its error types; this module turns those into sentences a person can act on.
"""

from __future__ import annotations

from huggingface_hub import constants, hf_hub_url
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    RepositoryNotFoundError,
)
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]  # lazily exported

from app.errors import HearthError
from app.i18n import say

# huggingface_hub (2.x) builds every request's user-agent with a look-up of "AI agent harnesses" that it fetches
# from huggingface.co (HF_ENDPOINT, not the mirror the request goes to) once a day and caches outside Hearth's
# folders. Hearth sends nothing but the requests the person asked for: its documented switch turns that off
# (read at each call; tests/ui/test_offline_promise.py caught the fetch).
constants.HF_HUB_DISABLE_TELEMETRY = True


class GatedModel(HearthError):
    """The repository asks for its licence to be accepted (and a token) before downloading."""


class ModelNotFound(HearthError):
    """The repository or the file does not exist (or is private and we have no access)."""


class NetworkProblem(HearthError):
    """The server could not be reached or the connection dropped."""


def file_url(repo: str, filename: str, revision: str | None = None, endpoint: str | None = None) -> str:
    return hf_hub_url(repo, filename, revision=revision or "main", endpoint=endpoint)


def request_headers(token: str | None) -> dict[str, str]:
    # token=False: never pick up a token from the environment or disk behind the user's back.
    headers: dict[str, str] = build_hf_headers(token=token or False, library_name="hearth")
    return headers


def explain(exc: Exception, repo: str, filename: str) -> HearthError:
    """A huggingface_hub / HTTP failure as a sentence saying what to do."""
    page = f"https://huggingface.co/{repo}"
    if isinstance(exc, GatedRepoError):
        return GatedModel(
            say(
                "HubSearch",
                "{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging "
                "Face token in Settings.",
                "hub_search.gated-model",
            ).format(repo=repo, page=page),
            str(exc),
        )
    if isinstance(exc, RepositoryNotFoundError):
        return ModelNotFound(
            say(
                "HubSearch",
                "The model {repo} was not found. It may have been renamed, or it is private and needs a token.",
                "hub_search.model-not-found",
            ).format(repo=repo),
            str(exc),
        )
    if isinstance(exc, EntryNotFoundError):
        return ModelNotFound(
            say(
                "HubSearch",
                "{filename} is no longer in {repo}.",
                "hub_search.file-gone",
            ).format(filename=filename, repo=repo),
            str(exc),
        )
    if isinstance(exc, HfHubHTTPError):
        status = exc.response.status_code if exc.response is not None else "?"
        if status in (401, 403):
            return GatedModel(
                say(
                    "HubSearch",
                    "Hugging Face refused access to {repo} ({status}). Accept the model's licence on {page} and add "
                    "a token in Settings.",
                    "hub_search.access-refused",
                ).format(repo=repo, status=status, page=page),
                str(exc),
            )
        return NetworkProblem(
            say(
                "HubSearch",
                "Hugging Face answered with an error ({status}) for {filename}. Try again later.",
                "hub_search.file-error",
            ).format(status=status, filename=filename),
            str(exc),
        )
    return NetworkProblem(
        say(
            "HubSearch",
            "Could not reach Hugging Face to read {filename}. Check your connection.",
            "hub_search.network-problem",
        ).format(filename=filename),
        str(exc),
    )

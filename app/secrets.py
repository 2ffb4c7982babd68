"""The Hugging Face token: kept in the operating system's password store, never in Hearth's files or logs.

`TokenStore` puts the token in the OS keyring through its keyring slot (app/keys/keyring_slot.py: Keychain on
macOS, Credential Manager on Windows, the Secret Service or KWallet on Linux). Where no password store exists (a bare
Linux box, a container) or it fails when used (locked, refused, gone), the store says so in a sentence and keeps the
token in memory for this run only: Hearth never falls back to writing it into a file by itself. Only when the person
chooses it (`hearth token set --store-token-in-file`, or the box under the token field in Settings) is the token
kept in a file only they can read (app/keys/key_file.py), where every later run finds it. Inside Hearth the token
travels as a `Secret` (app/keys/secret.py), whose repr and str are masked, so a log line, a traceback or a debugger
never shows it.

`test_token` asks Hugging Face (or the mirror in Settings) which account a token belongs to; in offline mode it
makes no connection at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import httpx2
from huggingface_hub import constants, get_session, hf_raise_for_status
from huggingface_hub.errors import HfHubHTTPError
from keyring.backend import KeyringBackend

from app.downloads.errors import OfflineMode
from app.errors import HearthError
from app.hub_search import hub
from app.hub_search.hub import NetworkProblem
from app.i18n import say
from app.keys.key_file import KeyFile
from app.keys.keyring_slot import SERVICE, KeyringSlot, MemoryOnly, find_password_store
from app.keys.secret import Secret

__all__ = [
    "IN_KEY_FILE",
    "NO_PASSWORD_STORE",
    "NetworkProblem",
    "OfflineMode",
    "Secret",
    "TokenCheck",
    "TokenRejected",
    "TokenStore",
    "TokenStoreProblem",
    "as_secret",
    "save_and_test",
    "test_token",
]

log = logging.getLogger(__name__)

USERNAME = "huggingface-token"
HUGGING_FACE = "Hugging Face"  # a name, the same in every language
TOKENS_PAGE = "https://huggingface.co/settings/tokens"
CHECK_TIMEOUT = 15.0  # seconds; huggingface_hub's shared session has none, and a token check must not hang

NO_PASSWORD_STORE = say(
    "Secrets",
    "This computer has no password store, so Hearth keeps your token only until you close it.",
    "secrets.no-password-store",
)
IN_KEY_FILE = say(
    "Secrets", "Your token is kept in a file only you can read ({path}), as you chose.", "secrets.in-key-file"
)
STORE_FAILED = say(
    "Secrets",
    "Hearth could not use this computer's password store, so it keeps your token only until you close it.",
    "secrets.store-failed",
)
MEMORY_ONLY = {MemoryOnly.NO_STORE: NO_PASSWORD_STORE, MemoryOnly.STORE_FAILED: STORE_FAILED}


class TokenRejected(HearthError):
    """Hugging Face (or the mirror) answered 401: the token is wrong, expired or revoked."""


class TokenStoreProblem(HearthError):
    """The password store refused to remove the token."""


def as_secret(token: str | Secret) -> Secret:
    """A pasted token, trimmed and checked for what cannot be a token (nothing, spaces inside, odd characters)."""
    value = (token.reveal() if isinstance(token, Secret) else token).strip()
    if not value:
        raise TokenRejected(
            say(
                "Secrets",
                "There is no token. Paste the whole token, which starts with hf_.",
                "secrets.no-token",
            )
        )
    if not (value.isascii() and value.isprintable()) or any(char.isspace() for char in value):
        raise TokenRejected(
            say(
                "Secrets",
                "That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy "
                "it again from {tokens_page}.",
                "secrets.token-malformed",
            ).format(tokens_page=TOKENS_PAGE)
        )
    return Secret(value)


class TokenStore:
    """The one place Hearth keeps the Hugging Face token, in its keyring slot (app/keys/keyring_slot.py). Safe to
    call from any thread; every call may talk to the OS password store (which can show a prompt), so the GUI calls
    it from a worker. A store that fails once is not used again this run, so that `where` stays true."""

    def __init__(self, backend: KeyringBackend | None = None, key_file: KeyFile | None = None) -> None:
        self._file = key_file if key_file is not None else KeyFile()
        self._slot = KeyringSlot(
            USERNAME,
            find_password_store(backend),
            self._file,
            what="the Hugging Face token",
            memory_after_failure=True,
        )
        if self._slot.memory_only is not None:
            log.info("No password store on this computer: the Hugging Face token is kept in memory only")

    @property
    def password_store(self) -> bool:
        """Whether this computer's password store keeps a token saved without the file (it exists and works)."""
        return self._slot.memory_only is None

    @property
    def persistent(self) -> bool:
        """Whether a saved token is still there after Hearth is closed: in the password store, or in the key file
        the person chose."""
        return self.password_store or self.in_file

    @property
    def in_file(self) -> bool:
        """Whether the token is kept in the key file (the person chose it)."""
        return self._slot.in_file

    @property
    def file_path(self) -> Path:
        """The file a token is kept in when the person chooses it."""
        return self._file.path

    @property
    def where(self) -> str:
        """Where the token is kept, as a sentence for the Settings page and `hearth token status`."""
        if self.in_file:
            return IN_KEY_FILE.format(path=self._file.path)
        why = self._slot.memory_only
        if why is not None:
            return MEMORY_ONLY[why]
        return say("Secrets", "Your token is kept in {store}, not in Hearth's files.", "secrets.in-store").format(
            store=self._slot.store_name
        )

    def get(self) -> str | None:
        secret = self.get_secret()
        return secret.reveal() if secret else None

    def get_secret(self) -> Secret | None:
        """The token given last: in memory for this run, else in the key file, else in the password store (each
        `set` keeps it in one of them only)."""
        return self._slot.get()

    def has_token(self) -> bool:
        return self.get_secret() is not None

    def set(self, token: str | Secret, *, keep_in_file: bool = False) -> None:
        """Keep `token`: in the key file when the person chose it (`keep_in_file`), else in the password store,
        else in memory for this run. It replaces the token wherever the one before was kept."""
        self._slot.set(as_secret(token), in_file=keep_in_file)

    def clear(self) -> None:
        try:
            self._slot.delete()
        except Exception as exc:
            raise TokenStoreProblem(
                say(
                    "Secrets",
                    "Hearth could not remove your token from this computer's password store. Try again, or remove "
                    "the entry “{service}” there yourself.",
                    "secrets.token-store-problem",
                ).format(service=SERVICE),
                type(exc).__name__,
            ) from None  # the original may quote the store's answer; keep it out of tracebacks

    def __repr__(self) -> str:
        return f"TokenStore({self._slot.kind}, {self._file!r})"


def test_token(token: str | Secret, endpoint: str | None, *, offline: bool) -> str:
    """The account name Hugging Face (or the mirror at `endpoint`; None is huggingface.co or HF_ENDPOINT) gives for
    `token`. `offline` is required so that no caller forgets the user's offline setting.

    Raises OfflineMode without any connection when `offline` is on, TokenRejected when the server says 401,
    NetworkProblem when it cannot be reached or answers with another error."""
    if offline:
        raise OfflineMode(
            say(
                "Secrets",
                "Offline mode is on, so Hearth did not contact Hugging Face to check the token.",
                "secrets.offline-mode",
            )
        )
    secret = as_secret(token)
    base = (endpoint or constants.ENDPOINT).rstrip("/")
    place, capital = _place(base), _place(base, capital=True)
    not_understood = say("Secrets", "{place} gave an answer Hearth does not understand.", "secrets.unreadable-answer")
    not_understood = not_understood.format(place=capital)
    try:
        response = get_session().get(
            f"{base}/api/whoami-v2", headers=hub.request_headers(secret.reveal()), timeout=CHECK_TIMEOUT
        )
        hf_raise_for_status(response)
        account = response.json()
    except HfHubHTTPError as exc:
        _raise_for_answer(exc, place, capital, secret)
    except (httpx2.HTTPError, OSError) as exc:
        unreachable = (
            say(
                "Secrets",
                "Could not reach {place} to check the token. Check your internet connection.",
                "secrets.unreachable",
            )
            if place == HUGGING_FACE
            else say(
                "Secrets",
                "Could not reach {place} to check the token. Check your internet connection and the mirror "
                "address in Settings.",
                "secrets.mirror-unreachable",
            )
        )
        raise NetworkProblem(
            unreachable.format(place=place),
            secret.scrub(f"{type(exc).__name__}: {exc}"),
        ) from None
    except ValueError as exc:
        raise NetworkProblem(not_understood, str(exc)) from None
    name = account.get("name") if isinstance(account, dict) else None
    if not isinstance(name, str) or not name:
        raise NetworkProblem(not_understood, "no account name in the reply")
    return name


test_token.__test__ = False  # type: ignore[attr-defined]  # a function named test_* is not a pytest test


@dataclass(frozen=True)
class TokenCheck:
    """How "Save and test" ended, as the Settings page tells it."""

    saved: bool
    account: str  # the account Hugging Face named; "" when the token could not be checked
    message: str  # one sentence for the user


def save_and_test(
    store: TokenStore, token: str | Secret, endpoint: str | None, *, offline: bool, keep_in_file: bool = False
) -> TokenCheck:
    """Check a pasted token, then keep it unless Hugging Face refused it (in the key file when `keep_in_file`).

    A refused token is never saved, so a good token saved earlier stays in place. When it cannot be checked
    (offline mode, no connection) it is saved all the same and the message says it was not checked. Runs network
    and password-store calls: call it off the GUI thread."""
    try:
        secret = as_secret(token)
        account = test_token(secret, endpoint, offline=offline)
    except TokenRejected as exc:
        nothing = say("Secrets", "{problem} Nothing was saved.", "secrets.nothing-saved").format(problem=exc.sentence)
        return TokenCheck(saved=False, account="", message=nothing)
    except HearthError as exc:  # offline mode, no connection, a server error
        store.set(secret, keep_in_file=keep_in_file)
        unchecked = say("Secrets", "Saved, but not checked: {problem}", "secrets.saved-unchecked")
        return TokenCheck(saved=True, account="", message=unchecked.format(problem=exc.sentence))
    store.set(secret, keep_in_file=keep_in_file)
    signed_in = say("Secrets", "Signed in as {account}.", "secrets.signed-in").format(account=account)
    return TokenCheck(saved=True, account=account, message=signed_in)


def _place(base: str, *, capital: bool = False) -> str:
    """Who checks the token, as a sentence names it (`capital`: at the start of one)."""
    host = urlsplit(base).hostname or base
    if host in ("huggingface.co", "hf.co"):
        return HUGGING_FACE
    if capital:
        return say("Secrets", "The mirror at {host}", "secrets.mirror-at-start").format(host=host)
    return say("Secrets", "the mirror at {host}", "secrets.mirror-at").format(host=host)


def _raise_for_answer(exc: HfHubHTTPError, place: str, capital: str, secret: Secret) -> NoReturn:
    status = exc.response.status_code if exc.response is not None else 0
    details = secret.scrub(str(exc))
    if status == 401:
        raise TokenRejected(  # a mirror passes tokens on to Hugging Face, which is who refused it
            say(
                "Secrets",
                "Hugging Face did not accept this token. Check that you copied all of it, or create a new one at "
                "{tokens_page}.",
                "secrets.token-refused",
            ).format(tokens_page=TOKENS_PAGE),
            details,
        ) from None
    if status == 429:
        raise NetworkProblem(
            say(
                "Secrets",
                "{place} is getting too many token checks right now. Try again in a minute.",
                "secrets.too-many-checks",
            ).format(place=capital),
            details,
        ) from None
    raise NetworkProblem(
        say(
            "Secrets",
            "{place} answered with an error ({status}) while checking the token. Try again later.",
            "secrets.error-answer",
        ).format(place=capital, status=status or say("Secrets", "unknown", "secrets.unknown-status")),
        details,
    ) from None

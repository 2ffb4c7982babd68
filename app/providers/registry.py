"""The other computers Hearth may use: their names, addresses and what was last seen of them.

Kept in `providers.json` in Hearth's config folder, written atomically (app/atomic_json.py) and read tolerantly:
a damaged file is set aside as `.bad` and costs the list, never the start. A provider's key is never in this
file: `ProviderKeys` keeps it in the OS password store (keyring), or in memory for this run where there is none,
or, only where the person chose it (`--store-key-in-file`, or the box beside the key field in Settings), in the
key file only they can read (app/keys/key_file.py).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from keyring.backend import KeyringBackend

from app.atomic_json import write_json
from app.i18n import say
from app.keys.key_file import KeyFile
from app.keys.keyring_slot import KeyringSlot, find_password_store
from app.keys.secret import Secret
from app.providers.errors import BadAddress, ProviderExists, UnknownProvider

log = logging.getLogger(__name__)

PROVIDERS_FILE = "providers.json"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$")


@dataclass(frozen=True)
class Provider:
    """Another computer's OpenAI-compatible API, as the person added it and as Hearth last found it."""

    name: str  # what the person calls it ("desk", "work-gpu"); shown in pickers; no "/"
    url: str  # as given, without a trailing slash: http://192.168.1.20:11434 or .../v1
    has_key: bool = False  # a key is kept for it in the password store
    last_seen: str = ""  # ISO time of the last answer it gave; "" when it never answered
    problem: str = ""  # the sentence of the last check that failed; "" after one that worked
    models: tuple[str, ...] = field(default=())  # the model ids it offered at the last check that worked

    @property
    def api_base(self) -> str:
        """The API's root, ending in /v1 (servers are usually given without it: Ollama, LM Studio, vLLM)."""
        return self.url if urlsplit(self.url).path.rstrip("/").endswith("/v1") else f"{self.url}/v1"

    @property
    def host(self) -> str:
        """Where a conversation with it goes, for the "leaves this computer" mark: host and port."""
        parts = urlsplit(self.url)
        return parts.netloc.rsplit("@", 1)[-1] or self.url


def check_name(name: str) -> str:
    name = name.strip()
    if not NAME_PATTERN.match(name):
        raise BadAddress(
            say(
                "Providers",
                "A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, "
                "starting with a letter or digit (not “{name}”).",
                "providers.bad-address",
            ).format(name=name)
        )
    return name


def normalize_url(url: str) -> str:
    """The address as stored: trimmed, no trailing slash; a bare host:port gets http://."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = f"http://{url}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadAddress(
            say(
                "Providers",
                "“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example "
                "http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.",
                "providers.bad-url",
            ).format(url=url)
        )
    if parts.username or parts.password:
        raise BadAddress(
            say(
                "Providers",
                "Put the key in the key field, not in the address.",
                "providers.key-in-address",
            )
        )
    return url


def _from_json(raw: Any) -> Provider | None:
    if not isinstance(raw, dict):
        return None
    name, url = raw.get("name"), raw.get("url")
    if not isinstance(name, str) or not isinstance(url, str):
        return None
    models = raw.get("models", [])
    return Provider(
        name=name,
        url=url,
        has_key=bool(raw.get("has_key", False)),
        last_seen=str(raw.get("last_seen", "")),
        problem=str(raw.get("problem", "")),
        models=tuple(m for m in models if isinstance(m, str)) if isinstance(models, list) else (),
    )


class ProviderList:
    """The providers file, read once and changed provider by provider; safe to use from any thread."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / PROVIDERS_FILE
        self._lock = threading.Lock()
        self._providers: dict[str, Provider] = {p.name: p for p in self._load()}

    def all(self) -> list[Provider]:
        with self._lock:
            return sorted(self._providers.values(), key=lambda p: p.name.lower())

    def get(self, name: str) -> Provider:
        with self._lock:
            provider = self._providers.get(name)
        if provider is None:
            raise UnknownProvider(
                say(
                    "Providers",
                    "No other computer called “{name}” was added; `hearth remote list` shows the ones that are.",
                    "providers.unknown-provider",
                ).format(name=name)
            )
        return provider

    def find(self, name: str) -> Provider | None:
        with self._lock:
            return self._providers.get(name)

    def add(self, provider: Provider) -> Provider:
        with self._lock:
            if provider.name in self._providers:
                raise ProviderExists(
                    say(
                        "Providers",
                        "There is already another computer called “{name}”.",
                        "providers.provider-exists",
                    ).format(name=provider.name)
                )
            self._providers[provider.name] = provider
            self._save()
        return provider

    def replace(self, provider: Provider) -> Provider:
        """Keep what was learned of an existing provider (a check's outcome)."""
        with self._lock:
            if provider.name not in self._providers:
                raise UnknownProvider(
                    say(
                        "Providers",
                        "No other computer called “{name}” was added.",
                        "providers.unknown-provider-short",
                    ).format(name=provider.name)
                )
            self._providers[provider.name] = provider
            self._save()
        return provider

    def rename(self, old: str, new: str) -> Provider:
        new = check_name(new)
        with self._lock:
            provider = self._providers.get(old)
            if provider is None:
                raise UnknownProvider(
                    say(
                        "Providers",
                        "No other computer called “{old}” was added.",
                        "providers.unknown-provider-old",
                    ).format(old=old)
                )
            if new != old and new in self._providers:
                raise ProviderExists(
                    say(
                        "Providers",
                        "There is already another computer called “{new}”.",
                        "providers.provider-exists-new",
                    ).format(new=new)
                )
            renamed = dataclasses.replace(provider, name=new)
            del self._providers[old]
            self._providers[new] = renamed
            self._save()
        return renamed

    def remove(self, name: str) -> Provider:
        with self._lock:
            provider = self._providers.pop(name, None)
            if provider is None:
                raise UnknownProvider(
                    say(
                        "Providers",
                        "No other computer called “{name}” was added.",
                        "providers.unknown-provider-short",
                    ).format(name=name)
                )
            self._save()
        return provider

    def _save(self) -> None:
        data = [{**dataclasses.asdict(p), "models": list(p.models)} for p in self._providers.values()]
        write_json(self.path, {"providers": data})

    def _load(self) -> list[Provider]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("%s could not be read (%s); keeping it as .bad", self.path, exc)
            self._set_aside()
            return []
        entries = raw.get("providers") if isinstance(raw, dict) else None
        if not isinstance(entries, list):
            self._set_aside()
            return []
        return [p for p in (_from_json(entry) for entry in entries) if p is not None]

    def _set_aside(self) -> None:
        try:
            os.replace(self.path, self.path.with_suffix(".json.bad"))
        except OSError:
            pass


class ProviderKeys:
    """Providers' API keys, each in its keyring slot (app/keys/keyring_slot.py): the password store's entry
    "provider:NAME". Where there is no store, or it fails, a key is kept in memory for this run only (the store is
    tried again at the next call), unless the person chose the key file for it (`in_file`): Hearth never picks the
    file by itself. A key is kept in one place at a time."""

    def __init__(self, backend: KeyringBackend | None = None, key_file: KeyFile | None = None) -> None:
        self._lock = threading.Lock()
        self._file = key_file if key_file is not None else KeyFile()
        self._backend = find_password_store(backend)
        self._slots: dict[str, KeyringSlot] = {}

    @property
    def persistent(self) -> bool:
        """Whether a key saved without the file outlives this run (a password store exists)."""
        return self._backend is not None

    password_store = persistent

    @property
    def file_path(self) -> Path:
        """The file a key is kept in when the person chooses it."""
        return self._file.path

    def in_file(self, name: str) -> bool:
        """Whether NAME's key is kept in the key file (the person chose it)."""
        return self._slot(name).in_file

    def get(self, name: str) -> Secret | None:
        return self._slot(name).get()

    def set(self, name: str, key: Secret, *, in_file: bool = False) -> None:
        """Keep NAME's key: in the key file when the person chose it (`in_file`), else in the password store, else
        in memory for this run. It replaces NAME's key wherever the one before was kept."""
        self._slot(name).set(key, in_file=in_file)

    def delete(self, name: str) -> None:
        try:
            self._slot(name).delete()
        except Exception as exc:
            log.warning("The password store failed to remove a provider key (%s)", type(exc).__name__)

    def _slot(self, name: str) -> KeyringSlot:
        """NAME's slot, made at its first use; it holds NAME's key in memory when that is where it is kept."""
        with self._lock:
            slot = self._slots.get(name)
            if slot is None:
                slot = self._slots[name] = KeyringSlot(_user(name), self._backend, self._file, what="a provider key")
            return slot

    def __repr__(self) -> str:
        kind = type(self._backend).__module__ if self._backend is not None else "memory"
        return f"ProviderKeys({kind}, {self._file!r})"


def _user(name: str) -> str:
    return f"provider:{name}"

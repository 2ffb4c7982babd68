"""Other computers' models as one service: add (after a test of the connection), check, rename, remove, and a
client for a chat. Offline mode turns every provider off: nothing here connects while it is on.

`offline` is asked each time (the Settings page can change it at any moment); the CLI passes the saved setting,
the window its SettingsStore's current value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath

from app.i18n import say
from app.providers.client import ProviderClient
from app.providers.errors import ModelGone, ProviderExists, ProviderProblem, ProvidersOffline
from app.providers.registry import Provider, ProviderKeys, ProviderList, check_name, normalize_url
from app.secrets import Secret

OFFLINE = say(
    "Providers",
    "Offline mode is on, so Hearth does not use other computers' models. Turn it off in Settings to use them.",
    "providers.offline",
)


@dataclass(frozen=True)
class RemoteModel:
    """A model another computer offers, as pickers and `hearth list` show it."""

    provider: str
    model_id: str
    host: str

    @property
    def id(self) -> str:
        """How it is named on the command line and in a conversation: NAME/MODEL_ID."""
        return f"{self.provider}/{self.model_id}"

    @property
    def label(self) -> str:
        """The model as a person reads it in a picker: llama.cpp's servers name a model by its file's path on the
        other computer (`/home/me/models/qwen.gguf`), where the file name is what says which model it is."""
        if self.model_id.lower().endswith(".gguf") and ("/" in self.model_id or "\\" in self.model_id):
            return PureWindowsPath(self.model_id).name  # splits at "/" and at "\\"
        return self.model_id


def split_model(name: str) -> tuple[str, str] | None:
    """("desk", "llama3:8b") for "desk/llama3:8b"; None for a name with no "/"."""
    provider, slash, model = name.partition("/")
    return (provider, model) if slash and provider and model else None


class Providers:
    def __init__(
        self,
        config_dir: Path,
        offline: Callable[[], bool],
        keys: ProviderKeys | None = None,
        client_options: dict[str, float] | None = None,
    ) -> None:
        self.list = ProviderList(config_dir)
        self.keys = keys if keys is not None else ProviderKeys()
        self._offline = offline
        self._client_options = client_options or {}

    @property
    def offline(self) -> bool:
        return self._offline()

    def all(self) -> list[Provider]:
        return self.list.all()

    def get(self, name: str) -> Provider:
        return self.list.get(name)

    def client(self, provider: Provider | str) -> ProviderClient:
        """A client for a chat or a check; raises ProvidersOffline in Offline mode, before any connection."""
        if self.offline:
            raise ProvidersOffline(OFFLINE)
        provider = self.get(provider) if isinstance(provider, str) else provider
        key = self.keys.get(provider.name) if provider.has_key else None
        return ProviderClient(provider, key, **self._client_options)

    def add(self, name: str, url: str, key: Secret | None = None, *, keep_key_in_file: bool = False) -> Provider:
        """Test the connection, then keep the provider (and its key: in the key file when the person chose it with
        `keep_key_in_file`). A failed test keeps nothing and raises the problem's sentence."""
        name, url = check_name(name), normalize_url(url)
        if "/" in name:
            raise ProviderExists(
                say(
                    "Providers",
                    "A name cannot contain “/”.",
                    "providers.name-with-slash",
                )
            )
        if self.list.find(name) is not None:
            raise ProviderExists(
                say(
                    "Providers",
                    "There is already another computer called “{name}”.",
                    "providers.provider-exists",
                ).format(name=name)
            )
        if self.offline:
            raise ProvidersOffline(OFFLINE)
        provider = Provider(name=name, url=url, has_key=bool(key))
        with ProviderClient(provider, key, **self._client_options) as client:
            models = client.models()
        provider = dataclasses.replace(provider, models=tuple(models), last_seen=_now())
        if key:
            self.keys.set(name, key, in_file=keep_key_in_file)
        return self.list.add(provider)

    def check(self, name: str) -> Provider:
        """Ask the provider for its models now; the outcome (models and last seen, or the problem) is kept and
        returned. Never raises for the provider's own problems: they are in `problem`."""
        provider = self.get(name)
        try:
            with self.client(provider) as client:
                models = client.models()
        except ProvidersOffline:
            raise
        except ProviderProblem as exc:
            return self.list.replace(dataclasses.replace(provider, problem=exc.sentence))
        return self.list.replace(dataclasses.replace(provider, models=tuple(models), problem="", last_seen=_now()))

    def rename(self, old: str, new: str) -> Provider:
        provider = self.list.rename(old, new)
        if provider.has_key and provider.name != old:
            key = self.keys.get(old)
            if key:
                self.keys.set(provider.name, key, in_file=self.keys.in_file(old))
            self.keys.delete(old)
        return provider

    def remove(self, name: str) -> Provider:
        provider = self.list.remove(name)
        self.keys.delete(name)
        return provider

    def remote_models(self) -> list[RemoteModel]:
        """Every model the providers offered at their last check (no connection: the list as last seen);
        none in Offline mode."""
        if self.offline:
            return []
        return [RemoteModel(p.name, model, p.host) for p in self.all() for model in p.models]

    def resolve(self, name: str) -> RemoteModel | None:
        """The remote model NAME/MODEL_ID names, checked against the provider's list now; None when NAME is not a
        provider (it may be a local library id)."""
        parts = split_model(name)
        if parts is None or self.list.find(parts[0]) is None:
            return None
        provider = self.get(parts[0])
        with self.client(provider) as client:
            models = client.models()
        self.list.replace(dataclasses.replace(provider, models=tuple(models), problem="", last_seen=_now()))
        if parts[1] not in models:
            offers = (
                say(
                    "Providers",
                    "{name} does not offer a model called “{model}”. It offers: {models}.",
                    "providers.offers",
                )
                if models
                else say(
                    "Providers",
                    "{name} does not offer a model called “{model}”. It offers: none.",
                    "providers.offers-none",
                )
            )
            raise ModelGone(offers.format(name=provider.name, model=parts[1], models=", ".join(models)))
        return RemoteModel(provider.name, parts[1], provider.host)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

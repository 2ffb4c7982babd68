"""The user's settings: a small typed object in one JSON file, written atomically.

Atomic (temp file + `os.replace`) so a crash mid-save never leaves half a file; tolerant on load so a damaged or
hand-edited file costs the user their preferences at worst (it is kept aside as `.bad`), never the app's start.
Unknown keys are ignored and missing ones take defaults, so older and newer versions can share a file.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import paths
from app.atomic_json import write_json
from app.paths import HearthPaths

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Settings:
    window_geometry: str = ""  # Qt's saveGeometry(), base64; opaque to the core
    last_page: str = "hardware"
    models_dir: str = ""  # "" = the default models folder of app.paths
    hf_endpoint: str = ""  # a Hugging Face mirror (the HF_ENDPOINT convention); "" = huggingface.co
    offline: bool = False  # no network call at all
    download_concurrency: int = 2
    first_run_done: bool = False  # set once the welcome flow is finished or skipped; it never shows again
    transcripts_dir: str = ""  # where finished transcripts are saved; "" = next to the recording
    transcript_formats: str = "txt,srt"  # saved automatically when a transcription finishes
    whisper_model: str = ""  # the library id last chosen on the Transcribe page
    server_enabled: bool = False  # the local API server (app/server/) runs while Hearth is open
    server_port: int = 8421
    server_share: bool = False  # listen on the network too (needs the API key), not only on this computer
    server_idle_unload_minutes: int = 60  # a model the server loaded is unloaded after this long unused; 0 = never
    server_cors_origins: str = ""  # comma-separated web origins allowed to call the server from a browser
    language: str = ""  # the window's language ("it", "pt_BR", …); "" = the system's, English when Hearth lacks it
    text_scale: int = 100  # the whole interface's text size, in percent (Ctrl+= / Ctrl+- / Ctrl+0)
    prompt_cache_mb: int = 2048  # the most the model host's prompt cache may hold (less if memory is short); 0 = off


EVERY_FIELD = tuple(f.name for f in dataclasses.fields(Settings))


def load(config_dir: Path) -> Settings:
    path = config_dir / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s could not be read (%s); using defaults and keeping it as .bad", path, exc)
        _set_aside(path)
        return Settings()
    if not isinstance(raw, dict):
        _set_aside(path)
        return Settings()
    known = {f.name: f for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        fld = known.get(name)
        if fld is not None and isinstance(value, type(fld.default)):
            values[name] = value
    return Settings(**values)


def save(config_dir: Path, settings: Settings) -> None:
    write_json(config_dir / SETTINGS_FILE, dataclasses.asdict(settings))


def _set_aside(path: Path) -> None:
    try:
        os.replace(path, path.with_suffix(".json.bad"))
    except OSError:
        pass


def models_dir(settings: Settings, hearth_paths: HearthPaths) -> Path:
    """Where models live: the folder the user chose, else Hearth's default."""
    return Path(settings.models_dir).expanduser() if settings.models_dir else hearth_paths.models


def configured_models_dir(hearth_paths: HearthPaths | None = None) -> Path:
    """The models folder chosen in Settings, read from the file, for code that runs without the window's
    SettingsStore (the commands, the engine): `hearth scan` and the Hardware page must measure the same folder,
    which the default of app.paths is not once the user has chosen another."""
    hearth_paths = hearth_paths or paths.resolve()
    return models_dir(load(hearth_paths.config), hearth_paths)


class SettingsStore:
    """The one current Settings of a running Hearth, built once by the composition root and handed to every view
    that shows or changes a setting.

    A change names only the fields it changes and lands on top of the current values, so a view can never put back
    stale values of fields changed elsewhere (a page that kept its own copy once undid the first run's done flag
    and the chosen Whisper model). Each change is saved at once, atomically, so a crash never loses a preference;
    listeners hear it, so no two views disagree. Changes come from the GUI thread, where the listeners live.
    """

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self._current = load(config_dir)
        self._listeners: list[tuple[Callable[[Settings], None], frozenset[str]]] = []

    @property
    def current(self) -> Settings:
        return self._current

    def update(self, **changes: Any) -> Settings:
        old, new = self._current, dataclasses.replace(self._current, **changes)
        if new != old:
            save(self.config_dir, new)  # first: if the disk refuses, memory still matches the file
            self._current = new
            changed = {f.name for f in dataclasses.fields(Settings) if getattr(old, f.name) != getattr(new, f.name)}
            for listener, fields in list(self._listeners):
                if fields & changed:
                    listener(new)
        return new

    def subscribe(self, listener: Callable[[Settings], None], *, fields: Collection[str]) -> Callable[[], None]:
        """Call `listener` with the new Settings after a change of one of `fields` (`EVERY_FIELD` for a view that
        shows them all): the window saving its size at exit must not restart the server or rescan the computer.
        Returns what stops it, for a view that goes away before the store."""
        unknown = set(fields) - set(EVERY_FIELD)
        if unknown or not fields:
            raise ValueError(f"Settings has no fields {sorted(unknown)}" if unknown else "No settings fields named")
        entry = (listener, frozenset(fields))
        self._listeners.append(entry)

        def unsubscribe() -> None:
            if entry in self._listeners:
                self._listeners.remove(entry)

        return unsubscribe

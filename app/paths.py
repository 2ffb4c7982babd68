"""Where Hearth keeps its files.

Every folder Hearth writes to comes from here, so one environment variable (`HEARTH_HOME`) can move all of them
at once: tests point it at a temporary folder, and a portable install can keep everything beside itself.
Without it the OS conventions apply (platformdirs), and models sit in a `models` folder the
Hardware and Settings pages show (the user may move it later).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Hearth"
HOME_ENV = "HEARTH_HOME"


@dataclass(frozen=True)
class HearthPaths:
    config: Path
    data: Path
    models: Path
    cache: Path
    logs: Path

    def all(self) -> tuple[Path, ...]:
        return (self.config, self.data, self.models, self.cache, self.logs)

    def ensure(self) -> HearthPaths:
        """Create the folders; cheap to call again."""
        for folder in self.all():
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(environ: os._Environ[str] | dict[str, str] | None = None) -> HearthPaths:
    """The folders for this process, honouring `HEARTH_HOME` when it is set (and not blank)."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser().resolve()
        return HearthPaths(
            config=root / "config",
            data=root / "data",
            models=root / "models",
            cache=root / "cache",
            logs=root / "logs",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return HearthPaths(
        config=Path(dirs.user_config_dir),
        data=data,
        models=data / "models",
        cache=Path(dirs.user_cache_dir),
        logs=Path(dirs.user_log_dir),
    )


def bundled(name: str) -> Path:
    """A folder shipped with Hearth (`resources`, `models_manifest`): beside the code in a checkout, inside the
    bundle when frozen by PyInstaller. Read-only: Hearth never writes there."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / name

"""Finding a tool server's program (`npx`, `uvx`, `node`, `docker`, ...) the way a terminal would.

A desktop app started from a menu or the Dock does not see the PATH the person's shell builds (nvm, volta, uv and
Homebrew add themselves in shell start-up files), so `npx` "is not found" though it runs in a terminal — the most
common complaint about tool servers in other apps. Hearth searches PATH and then the places those installers use.
The search path that found it is handed to the server too, so `npx` finds its `node` beside it.
"""

from __future__ import annotations

import glob
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from app.i18n import say
from app.mcp.errors import McpProgramNotFound

# Where Node (nvm, volta, fnm, Homebrew, the official installer), uv/pipx (~/.local/bin), cargo and Bun put their
# programs. Globs are expanded newest-looking first (nvm keeps one folder per Node version).
_POSIX_PLACES = (
    "~/.local/bin",
    "~/.cargo/bin",
    "~/.volta/bin",
    "~/.bun/bin",
    "~/.deno/bin",
    "~/.nvm/versions/node/*/bin",
    "~/.local/share/fnm/aliases/default/bin",
    "~/.fnm/aliases/default/bin",
    "~/.asdf/shims",
    "~/.local/share/mise/shims",
    "/opt/homebrew/bin",
    "/usr/local/bin",
    "/usr/bin",
    "/bin",
    "/snap/bin",
)
_WINDOWS_PLACES = (
    "~/AppData/Roaming/npm",
    "~/AppData/Local/Volta/bin",
    "~/.local/bin",
    "~/.cargo/bin",
    "C:/Program Files/nodejs",
)


def usual_places(home: Path | None = None) -> list[Path]:
    """The folders searched after PATH, those that exist, in order."""
    home = home or Path.home()
    found: list[Path] = []
    for place in _WINDOWS_PLACES if sys.platform == "win32" else _POSIX_PLACES:
        pattern = str(home / place[2:]) if place.startswith("~/") else place
        for folder in sorted(glob.glob(pattern), reverse=True):
            if Path(folder).is_dir():
                found.append(Path(folder))
    return found


def search_path(environ: Mapping[str, str] | None = None, home: Path | None = None) -> str:
    """PATH followed by the usual places not already on it: what programs are looked up in, and what a server is
    given as its PATH."""
    environ = os.environ if environ is None else environ
    entries = [entry for entry in environ.get("PATH", "").split(os.pathsep) if entry]
    entries += [str(folder) for folder in usual_places(home)]
    return os.pathsep.join(dict.fromkeys(entries))


def find_program(command: str, path: str) -> Path:
    """The program a server's `command` names, as an absolute path. A command with a folder in it is taken as it
    is (relative to nothing: it must exist); a bare name is looked up in `path`."""
    if os.sep in command or (os.altsep and os.altsep in command):
        candidate = Path(command).expanduser()
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
        raise McpProgramNotFound(
            say(
                "Mcp",
                "The program {command} does not exist or cannot be run. Check the path in the server's settings.",
                "mcp.program-unusable",
            ).format(command=command),
            details=f"command: {command}",
        )
    found = shutil.which(command, path=path)
    if found:
        return Path(found)
    raise McpProgramNotFound(
        say(
            "Mcp",
            "The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: "
            "uv), or write its full path as the server's command.",
            "mcp.program-not-found",
        ).format(command=command),
        details=f"searched: {path}",
    )

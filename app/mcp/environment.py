"""The environment a stdio tool server is given: a small allow-list of the host's variables, plus its own `env`.

A tool server is someone else's program. It gets what a program needs to run — where home and the temporary folder
are, the PATH to find its interpreter, the user's name and language, and on Windows the variables without which
programs cannot start — and nothing else of Hearth's environment: no tokens, no keys, no proxies, no HEARTH_*.
What a server needs beyond that is written in its `env` in mcp.json.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

# POSIX: HOME, PATH, USER, LOGNAME, SHELL (some servers run commands through it), TERM, LANG and the LC_* the
# locale needs, TMPDIR. Windows: the variables a process needs to start and find its profile (SYSTEMROOT, APPDATA,
# ...), and TEMP/TMP. The MCP SDK's own default inheritance (HOME, LOGNAME, PATH, SHELL, TERM, USER on POSIX) is a
# subset of this list, so what a server sees is exactly this list plus its `env`.
ALLOWED_VARIABLES = frozenset(
    {
        "HOME",
        "PATH",
        "USER",
        "LOGNAME",
        "SHELL",
        "TERM",
        "LANG",
        "LANGUAGE",
        "LC_ALL",
        "LC_CTYPE",
        "LC_MESSAGES",
        "TMPDIR",
        "TEMP",
        "TMP",
        # Windows
        "SYSTEMROOT",
        "SYSTEMDRIVE",
        "WINDIR",
        "COMSPEC",
        "PATHEXT",
        "APPDATA",
        "LOCALAPPDATA",
        "PROGRAMDATA",
        "PROGRAMFILES",
        "USERPROFILE",
        "USERNAME",
        "HOMEDRIVE",
        "HOMEPATH",
        "PROCESSOR_ARCHITECTURE",
    }
)


def server_environment(own: Mapping[str, str], path: str, host: Mapping[str, str] | None = None) -> dict[str, str]:
    """The allow-listed part of the host's environment, PATH replaced by `path` (the search path Hearth used, so
    a server started through `npx` or `uvx` finds `node` or `python` too), then the server's own `env` over it."""
    host = os.environ if host is None else host
    env = {key: value for key, value in host.items() if key.upper() in ALLOWED_VARIABLES and key.upper() != "PATH"}
    env["PATH"] = path
    env.update(own)
    return env

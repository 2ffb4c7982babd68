"""The npm tool servers the MCP tests run for real, where `make setup` installed them: `<venv>/mcp-npm` (the Makefile's
MCP_NPM, pinned there), beside the Python that runs the tests.

Each is started the way its package says, with `node` and the script its `bin` names, so no `npx` download happens
during a test. A test that needs them is skipped, saying how to install them, only when that folder is missing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

NPM_SERVERS_DIR = Path(sys.prefix) / "mcp-npm"
SCOPE = "@modelcontextprotocol"


def npm_server_script(package: str) -> Path:
    """The node script of an installed `@modelcontextprotocol/<package>` (e.g. "server-filesystem")."""
    if not NPM_SERVERS_DIR.is_dir():
        pytest.skip(f"The npm tool servers are not installed in {NPM_SERVERS_DIR}: run `make setup` (it needs npm).")
    folder = NPM_SERVERS_DIR / "node_modules" / SCOPE / package
    manifest = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    bin_entry = manifest["bin"]
    script = bin_entry if isinstance(bin_entry, str) else next(iter(bin_entry.values()))
    return folder / script


def npm_server(package: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """The server's entry for mcp.json: `node SCRIPT ARGS...`, `node` found on the search path as any command is."""
    entry: dict[str, Any] = {"command": "node", "args": [str(npm_server_script(package)), *args]}
    if env:
        entry["env"] = env
    return entry

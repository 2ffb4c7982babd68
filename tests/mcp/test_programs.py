"""A GUI app does not see the shell's PATH: programs are also looked for where Node and uv install them."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.mcp import McpProgramNotFound
from app.mcp.connection import runs
from app.mcp.environment import ALLOWED_VARIABLES, server_environment
from app.mcp.programs import find_program, search_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the POSIX places")


def _program(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True)
    program = folder / name
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_npx_installed_by_nvm_is_found_without_it_on_path(tmp_path: Path) -> None:
    npx = _program(tmp_path / ".nvm" / "versions" / "node" / "v22.1.0" / "bin", "npx")
    uvx = _program(tmp_path / ".local" / "bin", "uvx")
    path = search_path({"PATH": str(tmp_path / "empty")}, home=tmp_path)
    assert find_program("npx", path) == npx
    assert find_program("uvx", path) == uvx
    assert path.split(os.pathsep)[0] == str(tmp_path / "empty")  # the person's own PATH comes first


def test_a_missing_program_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(McpProgramNotFound) as caught:
        find_program("no-such-mcp-program", str(tmp_path))
    assert caught.value.message.startswith("The program “no-such-mcp-program” was not found on this computer.")
    with pytest.raises(McpProgramNotFound, match="does not exist or cannot be run"):
        find_program(str(tmp_path / "missing" / "server"), str(tmp_path))


def test_the_environment_is_the_allow_list_and_the_servers_own() -> None:
    host = {"HOME": "/home/me", "HF_TOKEN": "hf_secret", "OPENAI_API_KEY": "sk", "LANG": "de_DE.UTF-8", "PATH": "/x"}
    env = server_environment({"TZ": "UTC"}, "/x:/y", host)
    assert env == {"HOME": "/home/me", "LANG": "de_DE.UTF-8", "PATH": "/x:/y", "TZ": "UTC"}
    assert "HF_TOKEN" not in ALLOWED_VARIABLES


def test_a_server_started_through_a_link_is_recognised_by_its_command_line(tmp_path: Path) -> None:
    script = _program(tmp_path / "lib" / "npm" / "bin", "npx-cli.js")
    (tmp_path / "bin").mkdir()
    npx = tmp_path / "bin" / "npx"
    npx.symlink_to(script)
    args = ["-y", "@modelcontextprotocol/server-everything"]
    assert runs(["node", str(script), *args], str(npx), args)  # how a `#!/usr/bin/env node` script shows
    assert runs([str(npx), *args], str(npx), args)
    assert not runs(["node", str(script), "-y", "another-server"], str(npx), args)
    assert not runs(["node", "/elsewhere/cli.js", *args], str(npx), args)
    assert not runs(args, str(npx), args)

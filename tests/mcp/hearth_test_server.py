"""Hearth's own test tool server, written with the MCP SDK's MCPServer (FastMCP in SDK 1.x), run as a real stdio
server (or over Streamable HTTP by tests/mcp/test_http.py).

    python hearth_test_server.py            a well-behaved server
    python hearth_test_server.py --crash    writes a line to stderr and exits before speaking MCP
    python hearth_test_server.py --only write_file    offers that one tool (a chat test's model then has one choice)
    python hearth_test_server.py --flood    floods stderr with log lines and stdout with lines that are not MCP
                                            messages before it serves

Its tools let the tests see what a server is given and how it is treated: its environment's names, its pid, a child
it leaves behind, and a call that never ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Annotated

import anyio
from mcp.server.mcpserver import Context, Image, MCPServer
from pydantic import Field

CRASH_LINE = "hearth-test-server: cannot open its database (the test asked it to fail)"

PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a2f9a1d40000000049454e44ae426082"
)
EXIT_LINE = "hearth-test-server: out of memory (the test asked it to crash)"
FLOOD_STDERR_BYTES = 4_000_000
FLOOD_STDOUT_LINES = 500

server = MCPServer("hearth-test")


@server.tool()
def environment_names() -> list[str]:
    """The names of the variables in this server's environment."""
    return sorted(os.environ)


@server.tool()
def environment_value(name: str) -> str:
    """The value of one variable in this server's environment, or an empty text."""
    return os.environ.get(name, "")


@server.tool()
def pid() -> int:
    """This server's process id."""
    return os.getpid()


@server.tool()
def echo(text: str) -> str:
    """The text it was given."""
    return text


@server.tool()
def header(name: str, ctx: Context) -> str:
    """The value of one HTTP header of this request (over Streamable HTTP), or an empty text."""
    return (ctx.headers or {}).get(name.lower(), "")


@server.tool(structured_output=False)
def picture() -> list[str | Image]:
    """A caption and a tiny PNG (a 1×1 pixel)."""
    return ["one pixel", Image(data=PIXEL_PNG, format="png")]


@server.tool()
async def hang() -> str:
    """Never answers (until the server is stopped)."""
    await anyio.sleep_forever()
    return "unreachable"


@server.tool()
def exit_now() -> str:
    """Says why on stderr and exits mid-call, as a server that crashes does."""
    print(EXIT_LINE, file=sys.stderr, flush=True)
    os._exit(4)


@server.tool()
def flood(megabytes: int) -> str:
    """A text of that many megabytes (a server that answers far more than anyone can read)."""
    line = "flood " * 16 + "\n"
    return line * (megabytes * 1_000_000 // len(line))


@server.tool()
def write_file(path: str, text: str) -> str:
    """Writes the text to a new file at the path (a tool whose call leaves a trace a test can look for)."""
    with open(path, "x", encoding="utf-8") as file:
        file.write(text)
    return f"Wrote {len(text)} characters to {path}."


@server.tool()
def impossible(count: Annotated[int, Field(ge=2, le=1)]) -> str:
    """Takes a count no number can be (at least 2 and at most 1): every call of it has arguments that do not match."""
    return f"unreachable: {count}"


@server.tool()
def leave_a_child() -> int:
    """Starts a long-running child in the server's process group and returns its pid."""
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(600)"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return child.pid


if __name__ == "__main__":
    if "--crash" in sys.argv:
        print("starting…", file=sys.stderr)
        print(CRASH_LINE, file=sys.stderr)
        sys.exit(3)
    if "--flood" in sys.argv:  # before serving, where the SDK does not yet keep stdout for MCP messages alone
        for number in range(FLOOD_STDOUT_LINES):
            print(f"hearth-test-server: debug line {number}, on stdout by mistake")
        line = "hearth-test-server: a log line nobody asked for " + "." * 60 + "\n"
        for _ in range(FLOOD_STDERR_BYTES // len(line)):
            sys.stderr.write(line)
        sys.stdout.flush()
    if "--only" in sys.argv:
        kept = sys.argv[sys.argv.index("--only") + 1]
        for tool in anyio.run(server.list_tools):
            if tool.name != kept:
                server.remove_tool(tool.name)
    server.run()

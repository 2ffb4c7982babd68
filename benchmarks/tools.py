"""Tools: do a model's tool calls validate, and do its turns end readably rather than in a loop? One run.

    .venv/bin/python benchmarks/tools.py [--model PATH ...] [--out PATH] [--temperature 0.7] [--max-tokens 160]

Over the held set of requests in benchmarks/tool_requests.json (time questions, file writes, look-ups, two that
need no tool), each asked once as a new conversation with `tool_choice` auto, through Hearth's own tool loop
(app/tool_use, as `hearth chat --tools` and the window use it) with real tool servers: `mcp-server-time` (PyPI) and
Hearth's test server (tests/mcp/hearth_test_server.py), started three times with one tool each — `write_file` (in a
temporary folder), `echo` and `environment_names` — so the model never meets the test server's hanging or crashing
tools. Every call is approved. The model is the tests' Qwen GGUF by default (the Gemma test model has no chat
template, so no way of its own to call tools).

Measured, per model:
- calls: the share of the calls the model wrote in its first reply with calls whose arguments validate against the
  tool's input schema (and name an offered tool) — the raw first attempt; the same over every call it wrote — and
  the share of turns whose last calls
  validated, after Hearth's validation sent the faults back (at most 2 repair rounds). Hearth never runs a call that
  does not validate; `invalid_calls_run` counts any that did (0 expected).
- turns: the share that end with a readable answer or, failing that, with a call that ran (its result or error is
  the card the person sees) — not with nothing but a note that Hearth stopped a loop (the round limit, a repeated
  call, calls that could not be repaired), nor with a call written as text Hearth did not read as one (JSON with a
  name and arguments, call markup, the tool list echoed back: "call as text"), nor empty. A readable answer is text
  that is none of those and came with no such note.
- the right tool: whether the first call named the tool the request is for (and no call for the two that need none).

The calls the model wrote are read at the responder (each reply's `ToolCall` events), before the loop checks them.
Prints a line per request and the totals, and writes everything as JSON (`--out`; by default
hearth-tools-benchmark.json in the temporary folder).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import settings  # noqa: E402
from app.engines.chat_types import BALANCED, Message, ReplyStats, Sampling, TextDelta, ToolCall  # noqa: E402
from app.hardware import probe  # noqa: E402
from app.host import ModelHost, plan_load  # noqa: E402
from app.host.jobs import Job  # noqa: E402
from app.mcp import McpHost  # noqa: E402
from app.openai.messages import ChatMessage  # noqa: E402
from app.openai.tool_checks import problem_with  # noqa: E402
from app.responders import LocalResponder, Responder  # noqa: E402
from app.tool_use import ToolCallRecord, ToolLoop, ToolSet, model_tool_style  # noqa: E402
from tests import assets  # noqa: E402

REQUESTS = Path(__file__).with_name("tool_requests.json")
TEST_SERVER = ROOT / "tests" / "mcp" / "hearth_test_server.py"
TIME_SERVER = Path(sys.executable).with_name("mcp-server-time")
MARKUP = ("<tool_call>", "</tool_call>", "[TOOL_CALLS]", "<|python_tag|>", "to=functions.", "<tools>")
ENDINGS = ("answer", "result", "stopped", "call as text", "empty")
CALL_JSON = re.compile(r'"name"\s*:')
ARGUMENTS_JSON = re.compile(r'"(arguments|parameters)"\s*:')


class WatchedJob:
    """A reply's job whose events are read as they pass, by the one reader the job allows (the tool loop)."""

    def __init__(self, inner: Job[ReplyStats], calls: list[ToolCall]) -> None:
        self.inner = inner
        self.calls = calls

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def events(self) -> Iterator[Any]:
        for event in self.inner.events():
            if isinstance(event, ToolCall):
                self.calls.append(event)
            yield event


class WatchedResponder:
    """The model's responder, noting the calls each reply wrote before the tool loop checks them."""

    def __init__(self, inner: Responder) -> None:
        self.inner = inner
        self.replies: list[list[ToolCall]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def reply(self, messages: Sequence[Message | ChatMessage], sampling: Sampling, **options: Any) -> WatchedJob:
        self.replies.append([])
        return WatchedJob(self.inner.reply(messages, sampling, **options), self.replies[-1])


def servers(folder: Path) -> dict[str, Any]:
    def test_server(tool: str) -> dict[str, Any]:
        return {"command": sys.executable, "args": [str(TEST_SERVER), "--only", tool], "cwd": str(folder)}

    return {
        "time": {"command": str(TIME_SERVER), "args": ["--local-timezone", "UTC"]},
        "files": test_server("write_file"),
        "echo": test_server("echo"),
        "lookup": test_server("environment_names"),
    }


def call_like(text: str) -> bool:
    """Text that is a tool call (or the tool list) the model wrote in a shape Hearth did not read as one: call
    markup, a JSON object with a name and arguments, or the offered tools echoed back."""
    return (
        any(marker in text for marker in MARKUP)
        or bool(CALL_JSON.search(text) and ARGUMENTS_JSON.search(text))
        or '"type": "function"' in text
    )


def readable(text: str) -> bool:
    return bool(text.strip()) and not call_like(text)


def valid(call: ToolCall, tools: ToolSet) -> bool:
    return problem_with(call, tools.offered()) is None


def one_turn(
    responder: Responder, mcp: McpHost, tools: ToolSet, model: Path, request: Mapping[str, Any], sampling: Sampling
) -> dict[str, Any]:
    watched = WatchedResponder(responder)
    last_text: list[str] = []  # the text after the last call's record: the last reply's

    def on_event(event: object) -> None:
        if isinstance(event, ToolCallRecord):
            last_text.clear()
        elif isinstance(event, TextDelta):
            last_text.append(event.text)

    loop = ToolLoop(watched, mcp, tools, model_tool_style(model), lambda *_: True, on_event=on_event)
    started = time.monotonic()
    result = loop.run([ChatMessage("user", request["prompt"])], sampling)
    seconds = time.monotonic() - started
    with_calls = [calls for calls in watched.replies if calls]
    first = with_calls[0] if with_calls else []
    ran = [r for r in result.calls if r.approved]  # each shows its card: the server's answer or its error
    answer = "".join(last_text)
    if readable(answer) and not result.notes:
        ending = "answer"
    elif ran:
        ending = "result"
    elif result.notes:
        ending = "stopped"
    else:
        ending = "call as text" if call_like(answer) else "empty"
    expects = request["expects"]
    first_tool = tools.find(first[0].name).tool.name if first and tools.find(first[0].name) else None
    return {
        "id": request["id"],
        "expects": expects,
        "replies": len(watched.replies),
        "calls_written": [
            [{"name": c.name, "arguments": c.arguments, "valid": valid(c, tools)} for c in calls]
            for calls in with_calls
        ],
        "first_calls": len(first),
        "first_calls_valid": sum(valid(c, tools) for c in first),
        "first_try_valid": bool(first) and all(valid(c, tools) for c in first),
        "valid_in_the_end": bool(with_calls) and all(valid(c, tools) for c in with_calls[-1]),
        "invalid_calls_run": sum(
            1 for r in ran if problem_with(ToolCall("x", _offered_name(tools, r), r.arguments), tools.offered())
        ),
        "calls_run": len(ran),
        "right_tool": (first_tool == expects) if expects else not with_calls,
        "ending": ending,
        "last_reply_is_call_as_text": call_like(answer),
        "notes": list(result.notes),
        "answer": answer.strip()[:300],
        "seconds": round(seconds, 1),
    }


def _offered_name(tools: ToolSet, record: ToolCallRecord) -> str:
    return next(t.offered_name for t in tools.tools if (t.server, t.tool.name) == (record.server, record.tool))


def share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def totals(turns: list[dict[str, Any]]) -> dict[str, Any]:
    called = [t for t in turns if t["calls_written"]]
    first_calls = sum(t["first_calls"] for t in turns)
    readable_turns = sum(t["ending"] in ("answer", "result") for t in turns)
    return {
        "turns": len(turns),
        "turns_with_calls": len(called),
        "first_attempt_calls_valid_percent": share(sum(t["first_calls_valid"] for t in turns), first_calls),
        "all_calls_valid_percent": share(
            sum(c["valid"] for t in turns for r in t["calls_written"] for c in r),
            sum(len(r) for t in turns for r in t["calls_written"]),
        ),
        "first_attempt_turns_valid_percent": share(sum(t["first_try_valid"] for t in called), len(called)),
        "after_repair_turns_valid_percent": share(sum(t["valid_in_the_end"] for t in called), len(called)),
        "invalid_calls_run": sum(t["invalid_calls_run"] for t in turns),
        "readable_ending_percent": share(readable_turns, len(turns)),
        "endings": {e: sum(t["ending"] == e for t in turns) for e in ENDINGS},
        "last_reply_is_call_as_text": sum(t["last_reply_is_call_as_text"] for t in turns),
        "stopped_by_a_guard": sum(bool(t["notes"]) for t in turns),
        "right_tool_percent": share(sum(t["right_tool"] for t in turns), len(turns)),
        "median_turn_seconds": round(statistics.median(t["seconds"] for t in turns), 1) if turns else None,
    }


def bench_model(
    host: ModelHost, model: Path, requests: Collection[Mapping[str, Any]], sampling: Sampling
) -> dict[str, Any]:
    request = plan_load(model, probe(settings.configured_models_dir()), context=4096).request
    responder = LocalResponder(host, request)
    responder.prepare().result()
    turns = []
    with tempfile.TemporaryDirectory(prefix="hearth-tools-bench-") as temp:
        config, folder = Path(temp) / "config", Path(temp) / "files"
        config.mkdir()
        folder.mkdir()
        (config / "mcp.json").write_text(json.dumps({"mcpServers": servers(folder)}))
        with McpHost(config) as mcp:
            each = {name: mcp.tools(name) for name in ("time", "files", "echo", "lookup")}
            tools = ToolSet.of_servers(each)
            print(f"{model.name}: {len(tools.names)} tools ({', '.join(tools.names)})", flush=True)
            for index, item in enumerate(requests):
                turn = one_turn(responder, mcp, tools, model, item, dataclasses.replace(sampling, seed=index + 1))
                turns.append(turn)
                written = " | ".join(
                    ", ".join(f"{c['name']}{'' if c['valid'] else ' (invalid)'}" for c in calls)
                    for calls in turn["calls_written"]
                )
                notes = f"; {' '.join(turn['notes'])}" if turn["notes"] else ""
                line = f"  {turn['id']:<24} {turn['ending']:<8} calls: {written or '-'}{notes} ({turn['seconds']} s)"
                print(line, flush=True)
    host.unload(request).result()
    return {"model": model.name, "totals": totals(turns), "turns": turns}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="append", type=Path, help="a GGUF (repeat; default: the tests' Qwen)")
    parser.add_argument("--temperature", type=float, default=BALANCED.temperature)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "hearth-tools-benchmark.json")
    args = parser.parse_args()
    requests = json.loads(REQUESTS.read_text())["requests"]
    models = args.model or [assets.qwen_gguf()]
    sampling = dataclasses.replace(BALANCED, temperature=args.temperature, max_tokens=args.max_tokens)
    report: dict[str, Any] = {
        "requests": str(REQUESTS.relative_to(ROOT)),
        "temperature": args.temperature,
        "max_tokens": args.max_tokens,
        "models": [],
    }
    with ModelHost() as host:
        for model in models:
            report["models"].append(bench_model(host, model, requests, sampling))
    for measured in report["models"]:
        print(f"{measured['model']}: {json.dumps(measured['totals'], indent=2)}")
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

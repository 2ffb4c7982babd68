"""`hearth chat --model (PATH | LIBRARY_ID) [--prompt TEXT] [--image PATH ...] ...`: talk to a local model.

With `--prompt`, one reply; without it, a conversation read line by line from stdin. `--image` shows the model
pictures with the prompt; it needs a vision model (a GGUF with its mmproj file beside it, or paired in the
library). Replies stream to stdout, the model's reasoning and Hearth's notices to stderr (dimmed on a terminal), so
stdout stays the answer alone.

`--tools NAME[,NAME...]` lets the model use tool servers' tools for the one `--prompt` (app/cli/tool_chat.py),
a model on another computer too: the tools run here, and their descriptions and results are sent there.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import settings
from app.cli import remote_chat, tool_chat, tool_options
from app.engines.chat_types import BALANCED, Event, Message, Notice, ReplyStats, Sampling, TextDelta, ThinkingDelta
from app.engines.errors import ModelTooLarge
from app.engines.llama import speedup
from app.engines.llama.chat_format import ToolStyle
from app.errors import HearthError
from app.fit.verdict import Fit
from app.hardware import probe
from app.host import Job, ModelHost, plan_load
from app.images import PreparedImage, prepare_file
from app.models.library import Library
from app.models.model_files import find_mmproj
from app.providers.replies import RemoteReplies
from app.responders import LocalResponder, RemoteResponder, Responder
from app.tool_use import model_tool_style

DIM, RESET = "\x1b[2m", "\x1b[0m"


def register(commands: Any) -> None:
    parser = commands.add_parser("chat", help="chat with a model on this computer")
    parser.add_argument(
        "--model",
        required=True,
        metavar="PATH|LIBRARY_ID|NAME/MODEL_ID",
        help="a GGUF file, an id from `hearth list`, or another computer's model (`hearth remote list`)",
    )
    parser.add_argument(
        "--prompt", metavar="TEXT", help="ask one question and print the reply (default: a conversation)"
    )
    parser.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="PATH",
        help="with --prompt: show the model this picture (PNG, JPEG, WebP, BMP, GIF); repeat for more",
    )
    parser.add_argument("--system", metavar="TEXT", help="a system prompt")
    parser.add_argument("--max-tokens", type=int, default=BALANCED.max_tokens, metavar="N", help="longest reply")
    parser.add_argument("--temperature", type=float, default=BALANCED.temperature, metavar="T")
    parser.add_argument("--seed", type=int, metavar="S", help="for repeatable replies")
    parser.add_argument(
        "--no-speedup", action="store_true", help="plain decoding only: no drafting of replies from the prompt"
    )
    parser.add_argument("--ctx", type=int, metavar="N", help="context length in tokens (default: chosen for here)")
    parser.add_argument("--json", action="store_true", help="with --prompt: print one JSON document")
    parser.add_argument("--anyway", action="store_true", help="load a model even when it looks too large")
    tool_options.register(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.json and args.prompt is None:
        print("hearth chat: --json needs --prompt", file=sys.stderr)
        return 2
    if args.image and args.prompt is None:
        print("hearth chat: --image needs --prompt", file=sys.stderr)
        return 2
    if args.ctx is not None and args.ctx < 256:
        print("hearth chat: --ctx must be at least 256 tokens", file=sys.stderr)
        return 2
    if args.max_tokens < 1:
        print("hearth chat: --max-tokens must be at least 1", file=sys.stderr)
        return 2
    if (usage := tool_options.usage_problem(args)) is not None:
        print(f"hearth chat: {usage}", file=sys.stderr)
        return 2
    quiet_native_log()
    sampling = replace(
        BALANCED,
        temperature=args.temperature,
        max_tokens=args.max_tokens,
        seed=args.seed,
        speedup=not args.no_speedup,
    )
    remote = remote_chat.find(args.model)  # NAME/MODEL_ID of another computer: nothing to load here
    if remote is not None:
        remote_images = [prepare_file(Path(image)) for image in args.image]
        with ExitStack() as stack:
            toolbox = tool_chat.open_toolbox(args.tools, stack) if args.tools else None  # before anything is sent
            remote_chat.say_it_leaves(remote, tools=toolbox is not None)
            queue = stack.enter_context(RemoteReplies(remote_chat.providers()))
            responder = RemoteResponder(queue, remote)
            if toolbox is not None:  # its server takes the tools as they are: no style of a template here
                return tool_chat.answer(responder, ToolStyle.GENERIC, toolbox, args, sampling, remote_images)
            return _talk(responder, args, sampling, remote_images)
    with ExitStack() as stack:
        toolbox = tool_chat.open_toolbox(args.tools, stack) if args.tools else None  # a server problem: before a load
        return _local(args, sampling, toolbox)


def _local(args: argparse.Namespace, sampling: Sampling, toolbox: tool_chat.Toolbox | None) -> int:
    model_path = resolve_model(args.model)
    images = [prepare_file(Path(image)) for image in args.image]
    mmproj = projector_for(args.model, model_path) if images else None
    profile = probe(settings.configured_models_dir())
    planned = plan_load(model_path, profile, context=args.ctx, mmproj=mmproj, force=args.anyway)
    verdict = planned.verdict
    if verdict.fit is Fit.TOO_LARGE:
        if not args.anyway:
            raise ModelTooLarge(f"{verdict.reason} Add --anyway to load it all the same.")
        print(f"hearth: {verdict.reason} Loading it anyway.", file=sys.stderr)
    print(f"Loading {model_path.name}…", file=sys.stderr)
    with ModelHost() as host:
        responder = LocalResponder(host, planned.request)
        loaded = responder.prepare().result()
        seeing = f"; images through {loaded.vision_handler}" if loaded.vision_handler else ""
        print(f"Loaded in {loaded.load_seconds:.1f} s (context {loaded.context} tokens{seeing}).", file=sys.stderr)
        if toolbox is not None:
            return tool_chat.answer(responder, model_tool_style(model_path), toolbox, args, sampling, images)
        return _talk(responder, args, sampling, images)


def _talk(responder: Responder, args: argparse.Namespace, sampling: Sampling, images: list[PreparedImage]) -> int:
    history = [Message("system", args.system)] if args.system else []
    if args.prompt is not None:
        history.append(Message("user", args.prompt, images=tuple(image.data for image in images)))
        if args.json:
            return _one_json_reply(responder, history, sampling, images)
        _stream_reply(responder, history, sampling)
        return 0
    return _conversation(responder, history, sampling)


def resolve_model(model: str) -> Path:
    path = Path(model).expanduser()
    if path.is_file():
        return path
    found = Library().find(model)  # before the suffix test: an imported model's id ends in .gguf too
    if found is None and path.suffix.lower() == ".gguf":
        raise HearthError(f"There is no model file at {path}.")
    if found is None:
        raise HearthError(f"No model called “{model}” is on this computer; `hearth list` shows the ones that are.")
    if found.format != "gguf":
        raise HearthError(f"{found.name} is a speech model; `hearth chat` needs a chat model.")
    return found.path


def projector_for(model: str, path: Path) -> Path:
    """The vision companion of the model named on the command line; a sentence saying what to do when none."""
    found = None if Path(model).expanduser().is_file() else Library().find(model)
    mmproj = found.mmproj if found is not None else find_mmproj(path)
    if mmproj is None:
        raise HearthError(
            f"{path.name} cannot see images: there is no vision companion (an mmproj file) beside it. Put the "
            "model's mmproj file in the same folder, or choose a vision model (`hearth models --task vision`)."
        )
    return mmproj


def quiet_native_log() -> None:
    """llama.cpp's log goes to the "hearth.llama" logger; without a logging setup Python would print its
    warnings on stderr, between the reply's lines."""
    if not logging.getLogger().handlers:
        logging.getLogger("hearth.llama").addHandler(logging.NullHandler())
        logging.getLogger("hearth.llama").propagate = False


def _drive(job: Job[ReplyStats], on_event: Callable[[Any], None]) -> ReplyStats:
    for event in job.events():
        on_event(event)
    return job.result()


def _one_json_reply(
    responder: Responder, history: list[Message], sampling: Sampling, images: list[PreparedImage]
) -> int:
    text: list[str] = []
    thinking: list[str] = []
    notices: list[str] = []

    def collect(event: Event) -> None:
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, ThinkingDelta):
            thinking.append(event.text)
        elif isinstance(event, Notice):
            notices.append(event.message)
            print(f"hearth: {event.message}", file=sys.stderr)

    stats = _drive(responder.reply(history, sampling), collect)
    document = {
        "reply": "".join(text),
        "thinking": "".join(thinking),
        "notices": notices,
        "images": [{"name": i.name, "width": i.width, "height": i.height} for i in images],
        "stats": stats.to_json(rounded=True),
    }
    json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _stream_reply(responder: Responder, history: list[Message], sampling: Sampling) -> str:
    dim = sys.stderr.isatty()
    text: list[str] = []

    def show(event: Event) -> None:
        if isinstance(event, TextDelta):
            text.append(event.text)
            sys.stdout.write(event.text)
            sys.stdout.flush()
        elif isinstance(event, ThinkingDelta):
            sys.stderr.write(f"{DIM}{event.text}{RESET}" if dim else event.text)
            sys.stderr.flush()
        elif isinstance(event, Notice):
            print(f"hearth: {event.message}", file=sys.stderr)

    job = responder.reply(history, sampling)
    try:
        stats = _drive(job, show)
    except KeyboardInterrupt:
        job.cancel()
        job.wait()
        sys.stdout.write("\n")
        print("(stopped)", file=sys.stderr)
        return "".join(text)
    sys.stdout.write("\n")
    sys.stdout.flush()
    drafted = f", {speedup.described(stats)}" if stats.drafted_tokens else ""
    reused = (
        f", {stats.prompt_tokens_reused:,} of {stats.prompt_tokens:,} prompt tokens reused"
        if stats.prompt_tokens_reused
        else ""
    )
    print(
        f"({stats.generated_tokens} tokens, {stats.tokens_per_second:.1f} tokens/s, "
        f"first token after {stats.ttft_s:.2f} s{reused}{drafted})",
        file=sys.stderr,
    )
    return "".join(text)


def _conversation(responder: Responder, history: list[Message], sampling: Sampling) -> int:
    interactive = sys.stdin.isatty()
    if interactive:
        print("Type a message and press Enter; Ctrl+D ends the chat, Ctrl+C stops a reply.", file=sys.stderr)
    while True:
        if interactive:
            print("> ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if not text:
            continue
        history.append(Message("user", text))
        answer = _stream_reply(responder, history, sampling)
        history.append(Message("assistant", answer))

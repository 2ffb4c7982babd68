"""Reading OpenAI request bodies: every field checked for its type and range, with a sentence when it is wrong.

Fields Hearth does not use (`user`, `metadata`, `store`, ...) are accepted and ignored, as other servers do; fields
that would change the answer and that Hearth cannot honour (`n` > 1, `logprobs`) are refused, never ignored.

The sampling fields map one to one onto the engine's `Sampling`: OpenAI's (temperature, top_p, frequency_penalty,
presence_penalty, seed, stop, max_tokens) and llama.cpp's server's own (top_k, min_p, repeat_penalty). One set of
defaults: a field left out takes `Sampling()`'s value, the window's Balanced preset, so the API and the window give
the same reply with the same settings. Only `/v1/completions` keeps OpenAI's 16 tokens when `max_tokens` is left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.engines.chat_types import Sampling
from app.openai.messages import from_json
from app.server.errors import ApiError, bad_request
from app.server.generation import ChatPrompt, TextPrompt

DEFAULTS = Sampling()
MAX_STOPS = 4
MAX_TOKENS_LIMIT = 1_000_000


@dataclass(frozen=True)
class ToolChoice:
    mode: str = "auto"  # auto | none | required | named
    name: str = ""


@dataclass(frozen=True)
class CompletionRequest:
    model: str
    prompt: ChatPrompt | TextPrompt
    sampling: Sampling
    max_tokens: int | None = None  # as asked (None: left out; the reply may then take `sampling.max_tokens`)
    stream: bool = False
    include_usage: bool = False
    tools: tuple[dict[str, Any], ...] = ()
    tool_choice: ToolChoice = field(default_factory=ToolChoice)
    response_format: str = "text"  # text | json_object | json_schema
    json_schema: dict[str, Any] | None = None
    images: int = 0  # how many images the messages carry

    @property
    def prompt_has_tools(self) -> bool:
        return isinstance(self.prompt, ChatPrompt) and bool(self.prompt.tools)


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"The request body is not valid JSON ({exc}).", code="invalid_json") from exc
    if not isinstance(raw, dict):
        raise bad_request("The request body must be a JSON object.", code="invalid_json")
    return raw


def chat_request(raw: dict[str, Any]) -> CompletionRequest:
    model = _model(raw)
    messages_raw = raw.get("messages")
    if not isinstance(messages_raw, list) or not messages_raw:
        raise bad_request("“messages” must be a non-empty list of messages.", param="messages")
    messages = tuple(from_json(message, index) for index, message in enumerate(messages_raw))
    images = sum(len(message.images) for message in messages)
    tools = _tools(raw.get("tools"))
    choice = _tool_choice(raw.get("tool_choice"), tools)
    response_format, schema = _response_format(raw.get("response_format"))
    if response_format != "text" and choice.mode in ("required", "named"):
        raise bad_request(
            "A forced tool call and a JSON response_format cannot both be enforced in one reply.",
            param="response_format",
        )
    stream, include_usage = _stream(raw)
    max_tokens = raw.get("max_completion_tokens", raw.get("max_tokens"))
    return CompletionRequest(
        model=model,
        prompt=ChatPrompt(messages, tools if choice.mode != "none" else ()),
        sampling=_sampling(raw, max_tokens, DEFAULTS.max_tokens),
        max_tokens=max_tokens,
        stream=stream,
        include_usage=include_usage,
        tools=tools,
        tool_choice=choice,
        response_format=response_format,
        json_schema=schema,
        images=images,
    )


def completion_request(raw: dict[str, Any]) -> CompletionRequest:
    model = _model(raw)
    prompt = raw.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise bad_request("“prompt” must be a string (one prompt per request).", param="prompt")
    if raw.get("echo") or raw.get("best_of") not in (None, 1) or raw.get("suffix"):
        raise bad_request("“echo”, “best_of” and “suffix” are not supported by Hearth.", param="echo")
    stream, include_usage = _stream(raw)
    return CompletionRequest(
        model=model,
        prompt=TextPrompt(prompt),
        sampling=_sampling(raw, raw.get("max_tokens"), 16),
        max_tokens=raw.get("max_tokens"),
        stream=stream,
        include_usage=include_usage,
    )


def _model(raw: dict[str, Any]) -> str:
    model = raw.get("model")
    if not isinstance(model, str) or not model.strip():
        raise bad_request("“model” must name a model (GET /v1/models lists them).", param="model")
    return model


def _stream(raw: dict[str, Any]) -> tuple[bool, bool]:
    stream = raw.get("stream", False)
    if stream is not None and not isinstance(stream, bool):
        raise bad_request("“stream” must be true or false.", param="stream")
    options = raw.get("stream_options")
    include = False
    if options is not None:
        if not isinstance(options, dict):
            raise bad_request("“stream_options” must be an object.", param="stream_options")
        include = options.get("include_usage", False)
        if not isinstance(include, bool):
            raise bad_request("“stream_options.include_usage” must be true or false.", param="stream_options")
    return bool(stream), include


def _number(raw: dict[str, Any], name: str, default: float, low: float, high: float) -> float:
    value = raw.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise bad_request(f"“{name}” must be a number.", param=name)
    if not low <= value <= high:
        raise bad_request(f"“{name}” must be between {low:g} and {high:g}, not {value:g}.", param=name)
    return float(value)


def _sampling(raw: dict[str, Any], max_tokens: Any, default_max: int) -> Sampling:
    """The request's `Sampling`: each field it gives, checked; each it leaves out, `Sampling()`'s."""
    if max_tokens is not None and (isinstance(max_tokens, bool) or not isinstance(max_tokens, int)):
        raise bad_request("“max_tokens” must be a whole number.", param="max_tokens")
    if max_tokens is not None and not 1 <= max_tokens <= MAX_TOKENS_LIMIT:
        raise bad_request(f"“max_tokens” must be at least 1 (and a sensible size), not {max_tokens}.", "max_tokens")
    seed = raw.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**31):
        raise bad_request("“seed” must be a whole number from 0 to 2147483647.", param="seed")
    n = raw.get("n", 1)
    if n != 1 or isinstance(n, bool):
        raise bad_request("Hearth writes one reply per request: “n” must be 1.", param="n")
    if raw.get("logprobs") or raw.get("top_logprobs"):
        raise bad_request("Hearth does not return log probabilities.", param="logprobs")
    stop = raw.get("stop")
    if stop is None:
        stops: tuple[str, ...] = ()
    elif isinstance(stop, str):
        stops = (stop,)
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop) and len(stop) <= MAX_STOPS:
        stops = tuple(stop)
    else:
        raise bad_request(f"“stop” must be a string or a list of at most {MAX_STOPS} strings.", param="stop")
    top_k = raw.get("top_k")
    if top_k is not None and (isinstance(top_k, bool) or not isinstance(top_k, int) or not 0 <= top_k <= 1000):
        raise bad_request("“top_k” must be a whole number from 0 (all tokens) to 1000.", param="top_k")
    return Sampling(
        temperature=_number(raw, "temperature", DEFAULTS.temperature, 0.0, 2.0),
        top_p=_number(raw, "top_p", DEFAULTS.top_p, 0.0, 1.0),
        top_k=top_k if top_k is not None else DEFAULTS.top_k,
        min_p=_number(raw, "min_p", DEFAULTS.min_p, 0.0, 1.0),
        repeat_penalty=_number(raw, "repeat_penalty", DEFAULTS.repeat_penalty, 0.0, 10.0),
        frequency_penalty=_number(raw, "frequency_penalty", DEFAULTS.frequency_penalty, -2.0, 2.0),
        presence_penalty=_number(raw, "presence_penalty", DEFAULTS.presence_penalty, -2.0, 2.0),
        max_tokens=max_tokens if max_tokens is not None else default_max,
        seed=seed,
        stop=stops,
    )


def _tools(tools: Any) -> tuple[dict[str, Any], ...]:
    if tools is None:
        return ()
    if not isinstance(tools, list):
        raise bad_request("“tools” must be a list of functions.", param="tools")
    out = []
    for index, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, dict) else None
        if (
            not isinstance(tool, dict)
            or tool.get("type", "function") != "function"
            or not isinstance(function, dict)
            or not isinstance(function.get("name"), str)
            or not function["name"]
        ):
            raise bad_request(f"tools[{index}] must be a function with a name.", param=f"tools[{index}]")
        parameters = function.get("parameters")
        if parameters is not None and not isinstance(parameters, dict):
            raise bad_request(f"tools[{index}].function.parameters must be a JSON schema object.", param="tools")
        out.append({"type": "function", "function": function})
    return tuple(out)


def _tool_choice(choice: Any, tools: tuple[dict[str, Any], ...]) -> ToolChoice:
    if choice is None:
        return ToolChoice("auto" if tools else "none")
    if choice in ("auto", "none", "required"):
        if choice != "none" and not tools:
            raise bad_request(f"tool_choice “{choice}” needs “tools”.", param="tool_choice")
        return ToolChoice(choice)
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        name = choice["function"].get("name")
        if not any(tool["function"]["name"] == name for tool in tools):
            raise bad_request(f"tool_choice names {name!r}, which is not among the tools.", param="tool_choice")
        return ToolChoice("named", str(name))
    raise bad_request("“tool_choice” must be auto, none, required or a named function.", param="tool_choice")


def _response_format(value: Any) -> tuple[str, dict[str, Any] | None]:
    if value is None:
        return "text", None
    kind = value.get("type") if isinstance(value, dict) else None
    if kind == "text":
        return "text", None
    if kind == "json_object":
        return "json_object", None
    if kind == "json_schema":
        spec = value.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise bad_request("response_format json_schema needs json_schema.schema, an object.", "response_format")
        return "json_schema", schema
    raise bad_request("“response_format” must be text, json_object or json_schema.", param="response_format")


def require(condition: bool, error: ApiError) -> None:
    if not condition:
        raise error

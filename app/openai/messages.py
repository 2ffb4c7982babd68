"""Chat messages ⇄ OpenAI message JSON: text, images as data URLs, an assistant's tool calls and a tool's result.

Inside Hearth a tool call's arguments are an object (`ToolCall.arguments`); on the wire they are a JSON text, as
OpenAI sends them. A call without an id is given one. Images travel as `data:` URLs only: Hearth never fetches an
image address (nothing leaves the computer), and an image read from the wire is prepared as the window prepares
an attachment (PNG or JPEG, bounded).
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.engines.chat_types import Message, ToolCall
from app.i18n import say
from app.openai.errors import WireError

ROLES = ("system", "developer", "user", "assistant", "tool")


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat as the wire carries it: the engine's `Message` and what only tool use adds."""

    role: str  # system, user, assistant or tool ("developer" is read as system)
    content: str
    images: tuple[bytes, ...] = field(default=(), repr=False)
    tool_calls: tuple[ToolCall, ...] = ()  # an assistant's calls
    tool_call_id: str = ""  # a tool's result: the call it answers
    name: str = ""

    @property
    def message(self) -> Message:
        return Message(self.role, self.content, self.images)


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"


def data_url(image: bytes) -> str:
    """A picture as the data URL OpenAI-compatible vision models take (app/images.py makes PNG or JPEG)."""
    mime = "image/png" if image.startswith(b"\x89PNG") else "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(image).decode('ascii')}"


def to_json(message: Message | ChatMessage) -> dict[str, Any]:
    """The OpenAI message for `message`."""
    content: Any = message.content
    if message.images:
        parts: list[dict[str, Any]] = [{"type": "text", "text": message.content}] if message.content else []
        content = parts + [{"type": "image_url", "image_url": {"url": data_url(image)}} for image in message.images]
    out: dict[str, Any] = {"role": message.role, "content": content}
    if isinstance(message, ChatMessage):
        if message.tool_calls:
            out["content"] = content or None
            out["tool_calls"] = [tool_call_json(call) for call in message.tool_calls]
        if message.role == "tool":
            out["tool_call_id"] = message.tool_call_id
        if message.name:
            out["name"] = message.name
    return out


def tool_call_json(call: ToolCall) -> dict[str, Any]:
    """A call as OpenAI writes it: its arguments as a JSON text."""
    arguments = json.dumps(call.arguments, ensure_ascii=False)
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": arguments}}


def tool_call_of(raw: Any, param: str = "tool_calls") -> ToolCall:
    """A call from its OpenAI JSON (arguments as a JSON text or already an object); an id is made when missing."""
    function = raw.get("function") if isinstance(raw, dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise WireError(
            say(
                "OpenAI",
                "{param} has a call without a function name.",
                "openai.call-without-name",
            ).format(param=param),
            param=param,
        )
    arguments = arguments_of(function.get("arguments"), param)
    ident = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id") else new_call_id()
    return ToolCall(str(ident), function["name"], arguments)


def arguments_of(arguments: Any, param: str = "tool_calls") -> dict[str, Any]:
    """A call's arguments as an object: from the JSON text the wire carries ("" or none: no arguments)."""
    if arguments is None or arguments == "":
        return {}
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            raise WireError(
                say(
                    "OpenAI",
                    "{param} has arguments that are not JSON.",
                    "openai.arguments-not-json",
                ).format(param=param),
                arguments[:200],
                param=param,
            ) from None
    if not isinstance(arguments, dict):
        raise WireError(
            say(
                "OpenAI",
                "{param} has arguments that are not a JSON object.",
                "openai.arguments-not-object",
            ).format(param=param),
            param=param,
        )
    return arguments


def from_json(raw: Any, index: int) -> ChatMessage:
    """The message `messages[index]` of a request, checked; raises WireError with a sentence."""
    param = f"messages[{index}]"
    if not isinstance(raw, dict):
        raise WireError(
            say(
                "OpenAI",
                "{param} must be an object with a role and content.",
                "openai.message-not-object",
            ).format(param=param),
            param=param,
        )
    role = raw.get("role")
    if role not in ROLES:
        raise WireError(
            say(
                "OpenAI",
                "{param} has the role {role!r}; a role is one of {roles}.",
                "openai.unknown-role",
            ).format(param=param, role=role, roles=", ".join(ROLES)),
            param=param,
        )
    content = raw.get("content")
    images: list[bytes] = []
    if isinstance(content, list):
        texts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") not in ("text", "image_url", "input_text"):
                raise WireError(
                    say(
                        "OpenAI",
                        "{param}.content has a part that is neither text nor an image.",
                        "openai.content-part-unknown",
                    ).format(param=param),
                    param=param,
                )
            if part["type"] == "image_url":
                if role != "user":
                    raise WireError(
                        say(
                            "OpenAI",
                            "{param}: only a user's message can carry images.",
                            "openai.images-not-from-user",
                        ).format(param=param),
                        param=param,
                    )
                images.append(image_of(part.get("image_url"), param))
            elif not isinstance(part.get("text"), str):
                raise WireError(
                    say(
                        "OpenAI",
                        "{param}.content has a text part without text.",
                        "openai.text-part-empty",
                    ).format(param=param),
                    param=param,
                )
            else:
                texts.append(part["text"])
        content = "\n".join(texts)
    elif content is None:
        if role != "assistant" or not raw.get("tool_calls"):
            raise WireError(
                say(
                    "OpenAI",
                    "{param} has no content.",
                    "openai.no-content",
                ).format(param=param),
                param=param,
            )
    elif not isinstance(content, str):
        raise WireError(
            say(
                "OpenAI",
                "{param}.content must be text or a list of parts.",
                "openai.content-not-text",
            ).format(param=param),
            param=param,
        )
    calls: tuple[ToolCall, ...] = ()
    if role == "assistant" and raw.get("tool_calls") is not None:
        if not isinstance(raw["tool_calls"], list):
            raise WireError(
                say(
                    "OpenAI",
                    "{param}.tool_calls must be a list.",
                    "openai.tool-calls-not-list",
                ).format(param=param),
                param=param,
            )
        calls = tuple(tool_call_of(call, f"{param}.tool_calls") for call in raw["tool_calls"])
    call_id = raw.get("tool_call_id", "") if role == "tool" else ""
    if not isinstance(call_id, str):
        raise WireError(
            say(
                "OpenAI",
                "{param}.tool_call_id must be text.",
                "openai.tool-call-id-not-text",
            ).format(param=param),
            param=param,
        )
    name = raw.get("name")
    return ChatMessage(
        role="system" if role == "developer" else str(role),
        content=content or "",
        images=tuple(images),
        tool_calls=calls,
        tool_call_id=call_id,
        name=name if isinstance(name, str) else "",
    )


def image_of(image: Any, param: str) -> bytes:
    """The picture of an image_url part, prepared as the window prepares an attachment (PNG or JPEG, bounded)."""
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str):
        raise WireError(
            say(
                "OpenAI",
                "{param} has an image_url without a url.",
                "openai.image-url-empty",
            ).format(param=param),
            param=param,
        )
    if url.lower().startswith(("http://", "https://", "ftp://", "file:")):
        raise WireError(
            say(
                "OpenAI",
                "{param} has an image given by its address; Hearth never fetches anything from the network "
                "(nothing leaves this computer), so send the picture itself as a data URL "
                "(data:image/png;base64,…).",
                "openai.image-by-address",
            ).format(param=param),
            param=param,
            code="invalid_image",
        )
    if not url.startswith("data:image/") or ";base64," not in url:
        raise WireError(
            say(
                "OpenAI",
                "{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never "
                "fetches images from the network.",
                "openai.image-not-data-url",
            ).format(param=param),
            param=param,
            code="invalid_image",
        )
    try:
        data = base64.b64decode(url.split(";base64,", 1)[1], validate=True)
    except (binascii.Error, ValueError):
        raise WireError(
            say(
                "OpenAI",
                "{param} has an image whose base64 data is damaged.",
                "openai.image-damaged",
            ).format(param=param),
            param=param,
            code="invalid_image",
        ) from None
    from app.images import ImageRefused, prepare_bytes

    try:
        return prepare_bytes(data, "The image").data
    except ImageRefused as exc:
        raise WireError(
            say(
                "OpenAI",
                "{param}: {message}",
                "openai.image-refused",
            ).format(param=param, message=exc.sentence),
            param=param,
            code="invalid_image",
        ) from None

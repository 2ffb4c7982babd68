"""Errors in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`, each with a sentence a person reads."""

from __future__ import annotations

from typing import Any

from app.engines.errors import ChatTemplateFailed, MessageTooLong, ModelTooLarge, NoModelLoaded
from app.engines.llama.vision import CannotSeeImages, ImagesDoNotFit
from app.errors import HearthError
from app.openai.errors import WireError


class ApiError(HearthError):
    """A request the server refuses, with the HTTP status and OpenAI's error type and code."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",  # OpenAI's field name
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"message": str(self.sentence), "type": self.type, "param": self.param, "code": self.code}}


def bad_request(message: str, param: str | None = None, code: str | None = None) -> ApiError:
    return ApiError(400, message, param=param, code=code)


def model_not_found(name: str) -> ApiError:
    return ApiError(
        404,
        f"There is no model called “{name}” on this server; GET /v1/models lists the ones there are.",
        param="model",
        code="model_not_found",
    )


def server_error(message: str) -> ApiError:
    return ApiError(500, message, type="server_error", code="internal_error")


def context_too_long(prompt_tokens: int, wanted: int, context: int, param: str = "messages") -> ApiError:
    return ApiError(
        400,
        f"This request needs {prompt_tokens} tokens of prompt plus {wanted} for the reply, but the model is "
        f"loaded with room for {context} tokens. Shorten the messages or ask for fewer max_tokens.",
        param=param,
        code="context_length_exceeded",
    )


def api_error_of(exc: BaseException) -> ApiError | None:
    """The OpenAI-shaped answer to an error from the engine or the host (None: not one of theirs, a bug)."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, WireError):  # a message, a schema or a grammar the request asked for that cannot be read
        return ApiError(400, exc.sentence, param=exc.param, code=exc.code)
    if isinstance(exc, ModelTooLarge):
        return ApiError(400, exc.sentence, param="model", code="model_too_large")
    if isinstance(exc, MessageTooLong | ImagesDoNotFit):
        return ApiError(400, exc.sentence, param="messages", code="context_length_exceeded")
    if isinstance(exc, CannotSeeImages):
        return ApiError(400, exc.sentence, param="messages", code="images_not_supported")
    if isinstance(exc, ChatTemplateFailed):
        return ApiError(
            400,
            f"{exc.sentence} ({exc.details})" if exc.details else exc.sentence,
            param="messages",
            code="invalid_messages",
        )
    if isinstance(exc, NoModelLoaded):
        return ApiError(
            503,
            "The model was unloaded before this request reached it (the window or another client unloaded it); "
            "send the request again.",
            type="server_error",
            code="model_unloaded",
        )
    if isinstance(exc, HearthError):
        return ApiError(500, exc.sentence, type="server_error", code="engine_error")
    return None

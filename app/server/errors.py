"""Errors in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`, each with a sentence a person reads."""

from __future__ import annotations

from typing import Any

from app.errors import HearthError


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
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


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

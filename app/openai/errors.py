"""What the wire refuses: a message, a schema or a stream that is not what the OpenAI API says it is."""

from __future__ import annotations

from app.errors import HearthError


class WireError(HearthError):
    """Something on the wire Hearth cannot read or honour; `param` and `code` as OpenAI's error names them."""

    def __init__(self, message: str, details: str = "", *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message, details)
        self.param = param
        self.code = code

"""`Secret`: a key that never shows itself by accident. Every key Hearth keeps (the Hugging Face token, the local
server's key, other computers' keys) travels inside Hearth as one, so a log line, a traceback or a debugger never
shows it.
"""

from __future__ import annotations

import hmac
from typing import NoReturn

__all__ = ["Secret"]


class Secret:
    """A token that never shows itself by accident: repr and str are masked, it cannot be pickled, and only
    `reveal()` gives the value (at the one place it goes into an HTTP header or the keyring)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def masked(self) -> str:
        return "hf_…" if self._value.startswith("hf_") else "…"

    def __repr__(self) -> str:
        return f"Secret({self.masked()!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    __hash__ = None  # type: ignore[assignment]  # equal by value, and never a dict key that could be printed

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")

    def scrub(self, text: str) -> str:
        """`text` with this secret masked, for error details that might quote it."""
        return text.replace(self._value, self.masked()) if self._value else text

"""How checks write what they saw: values quoted and shortened, lists joined in plain English, numbers and seconds as
a person reads them. Shared by every check family, so their sentences read alike."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def quoted(value: object, limit: int = 80) -> str:
    text = str(value)
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def listed(values: Sequence[object], last: str = "and") -> str:
    texts = [quoted(value) for value in values]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + f" {last} " + texts[-1]


def shown(value: Any) -> str:
    """A JSON value as a person reads it: text as it is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def number_text(value: float) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def seconds_text(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def quoted_json(value: Any) -> str:
    return quoted(json.dumps(value, ensure_ascii=False))

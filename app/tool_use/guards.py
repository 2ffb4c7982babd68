"""What keeps one message's tool use bounded, as small pure pieces: a result's text capped before the model reads
it, an identical call asked again, and the counts of tool rounds and repair rounds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

RESULT_LIMIT = 8000  # characters of one result the model reads
MAX_TOOL_ROUNDS = 4  # replies with calls that ran, per message
MAX_REPAIR_ROUNDS = 2  # replies whose calls could not run (unknown tool, bad arguments) sent back to be written again


def capped(text: str, limit: int = RESULT_LIMIT) -> str:
    """`text`, or its first `limit` characters and a marker saying how many more there were."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\n[Hearth cut this result here: {len(text) - limit} more characters were not shown.]"


def call_key(tool: str, arguments: dict[str, Any]) -> str:
    """The same text for the same tool and arguments, whatever the order of their keys."""
    return json.dumps([tool, arguments], sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class RepeatedCalls:
    """The calls of one message so far: `seen_before` is True for a call with the same tool and arguments."""

    def __init__(self) -> None:
        self._keys: set[str] = set()

    def seen_before(self, tool: str, arguments: dict[str, Any]) -> bool:
        key = call_key(tool, arguments)
        if key in self._keys:
            return True
        self._keys.add(key)
        return False


@dataclass
class Rounds:
    """How many replies with calls one message has had. A reply with any call that ran is a tool round; a reply
    with any call that could not run (sent back as an error to be written again) is a repair round."""

    max_tool_rounds: int = MAX_TOOL_ROUNDS
    max_repair_rounds: int = MAX_REPAIR_ROUNDS
    tool_rounds: int = 0
    repair_rounds: int = 0

    @property
    def tools_left(self) -> bool:
        return self.tool_rounds < self.max_tool_rounds

    @property
    def repairs_left(self) -> bool:
        return self.repair_rounds < self.max_repair_rounds

    def count(self, *, ran: bool, repaired: bool) -> None:
        self.tool_rounds += ran
        self.repair_rounds += repaired

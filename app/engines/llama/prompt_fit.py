"""Make a conversation fit the context before llama.cpp runs out of room in the middle of a reply.

The system prompt and the newest message always stay; the oldest turns go first, a whole turn at a time (so
the kept part still starts with a person's message, as chat templates expect). A newest message too long to fit
is an error the person can act on, never silently cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.engines.chat_types import Message
from app.engines.errors import MessageTooLong
from app.i18n import say


@dataclass(frozen=True)
class FittedPrompt:
    messages: tuple[Message, ...]
    tokens: tuple[int, ...]
    left_out: int  # earlier messages dropped


def fit(
    messages: Sequence[Message],
    tokenize: Callable[[Sequence[Message]], Sequence[int]],
    context: int,
    reply_room: int,
) -> FittedPrompt:
    """The longest tail of the conversation whose prompt plus `reply_room` tokens fits in `context`."""
    budget = context - reply_room
    system = [m for m in messages[:1] if m.role == "system"]
    body = list(messages[len(system) :])
    whole = tuple(tokenize(messages))
    if len(whole) <= budget:
        return FittedPrompt(tuple(messages), whole, 0)
    # Where the kept part may start: at a person's message, never after the newest message.
    starts = [i for i, m in enumerate(body) if m.role == "user" and i > 0] or [len(body) - 1]
    if starts[-1] != len(body) - 1:
        starts.append(len(body) - 1)

    def prompt_from(start: int) -> tuple[int, ...]:
        return tuple(tokenize([*system, *body[start:]]))

    shortest = prompt_from(starts[-1])
    if len(shortest) > budget:
        raise MessageTooLong(
            say(
                "Engines",
                "Your message is too long for this model's memory: with room for a {reply_room}-token reply it "
                "needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the "
                "message, ask for a shorter reply, or load the model with a longer context.",
                "engines.message-too-long-for-reply",
            ).format(reply_room=reply_room, needed=len(shortest) + reply_room, context=context),
            f"prompt {len(shortest)} tokens (system + newest message), reply {reply_room}, context {context}",
        )
    # Fewer messages never make a longer prompt: binary search for the earliest start that fits.
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high) // 2
        if len(prompt_from(starts[middle])) <= budget:
            high = middle
        else:
            low = middle + 1
    start = starts[low]
    tokens = shortest if low == len(starts) - 1 else prompt_from(start)
    return FittedPrompt((*system, *body[start:]), tokens, start)

"""What the prompt-state tests share: a long, regular text (its length in lines) and a reply that also returns the
logits of the token after its prompt, which is how exactness is checked bit for bit."""

from __future__ import annotations

import numpy as np

from app.engines.chat_types import Message, Sampling, TextDelta
from app.host import ModelHost, ModelRequest

GREEDY = Sampling(temperature=0.0, max_tokens=4, seed=0, speedup=False)
FIRST_TOKEN = Sampling(temperature=0.0, max_tokens=1, seed=0, speedup=False)


def marble_notes(lines: int) -> str:
    return " ".join(f"Box {i} holds {i * 7 % 13} {('red', 'blue', 'green')[i % 3]} marbles." for i in range(lines))


def reply_with_logits(
    host: ModelHost, request: ModelRequest, messages: list[Message], sampling: Sampling
) -> tuple[str, int, np.ndarray]:
    """(the reply's text, how many prompt tokens it reused, the logits after its prompt: read right after a reply of
    one token)."""
    job = host.reply(request, messages, sampling)
    text = "".join(e.text for e in job.events() if isinstance(e, TextDelta))
    logits = host.with_engine(request, lambda engine: engine.next_token_logits()).result(timeout=60)
    return text, job.result(timeout=300).prompt_tokens_reused, logits

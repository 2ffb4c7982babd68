"""A stand-in for the app streaming a reply, to be killed mid-stream by tests/store/test_store_crash.py.

    python -m tests.helpers.store_streamer DB CONVERSATION_ID ROUND

Opens the store, adds the user message "Question ROUND", starts a reply, prints one `ready` line, then appends a
word about every 20 ms (the pace of a model) until it is killed. The store's clock is a step clock that moves 20 ms
per word, so when it writes depends on the words given, not on how busy this machine is. Each word is reported on
stdout *before* it is appended, with that clock's time, so the parent knows every delta the store could have been
given and when.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from app.store import ChatStore

STEP_S = 0.02  # the step clock's time per word
WORDS = ("the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "and", "keeps", "running", "ünïcode")


def say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def main(db: str, conversation_id: str, round_number: str) -> None:
    rng = random.Random(int(round_number))
    words = 0
    store = ChatStore(Path(db), clock=lambda: words * STEP_S)
    chat = int(conversation_id)
    store.add_message(chat, "user", f"Question {round_number}")
    reply = store.start_reply(chat, "test-model", {"temperature": 0.7})
    say(event="ready", message_id=reply.message_id, t=0.0)
    while True:
        words += 1
        word = rng.choice(WORDS) + " "
        say(t=words * STEP_S, delta=word)
        reply.append(word)
        time.sleep(STEP_S)  # the pace of a model, so that the kill lands at varied points of the store's work


if __name__ == "__main__":
    main(*sys.argv[1:4])

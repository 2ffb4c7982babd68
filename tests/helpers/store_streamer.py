"""A stand-in for the app streaming a reply, to be killed mid-stream by tests/test_store_crash.py.

    python -m tests.helpers.store_streamer DB CONVERSATION_ID ROUND

Opens the store, adds the user message "Question ROUND", starts a reply, prints one `ready` line, then appends a
word about every 20 ms (the pace of a model) until it is killed. Each word is reported on stdout *before* it is
appended, with the monotonic time, so the parent knows every delta the store could have been given and when.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from app.store import ChatStore

WORDS = ("the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "and", "keeps", "running", "ünïcode")


def say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def main(db: str, conversation_id: str, round_number: str) -> None:
    rng = random.Random(int(round_number))
    store = ChatStore(Path(db))
    chat = int(conversation_id)
    store.add_message(chat, "user", f"Question {round_number}")
    reply = store.start_reply(chat, "test-model", {"temperature": 0.7})
    say(event="ready", message_id=reply.message_id, t=time.monotonic())
    while True:
        word = rng.choice(WORDS) + " "
        say(t=time.monotonic(), delta=word)
        reply.append(word)
        time.sleep(0.02)


if __name__ == "__main__":
    main(*sys.argv[1:4])

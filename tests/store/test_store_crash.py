"""Killing the app mid-reply (SIGKILL, no chance to clean up) loses at most the last second of that reply.

The streaming child's store runs on a step clock (20 ms per word), so "the last second" is counted in the words
that reached the store, not in this machine's time: a busy machine changes where the kill lands, not the promise."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from app.store import ChatStore, StoredMessage
from tests.helpers.store_streamer import STEP_S
from tests.locations import REPO_ROOT

REPO = REPO_ROOT
ROUNDS = 10
MAX_LAG_S = 1.0  # the ReplyWriter's promise
IN_FLIGHT_S = 3 * STEP_S  # the word reported but not yet appended, and a flush the kill cut short
MOST_WORDS_BEFORE_KILL = 150  # three seconds of the step clock: most kills land after a flush
CHILD_START_TIMEOUT_S = 30.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def stream_and_kill(db: Path, conversation_id: int, round_number: int, words: int) -> tuple[int, str]:
    """Run the streamer, kill it once it has reported `words` words; returns the reply's message id and everything
    the child reported."""
    command = [sys.executable, "-m", "tests.helpers.store_streamer", str(db), str(conversation_id), str(round_number)]
    with subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        watchdog = threading.Timer(CHILD_START_TIMEOUT_S, child.kill)  # a hung child must not hang the suite
        watchdog.start()
        try:
            first = child.stdout.readline()  # returns once the reply row is committed (or at EOF if it crashed)
        finally:
            watchdog.cancel()
        if not first:
            raise AssertionError(f"the streamer exited before starting its reply:\n{child.stderr.read()}")
        ready = json.loads(first)
        seen = [child.stdout.readline() for _ in range(words)]  # the child is mid-stream, a word or two ahead
        os.kill(child.pid, signal.SIGKILL)
        reported = "".join(seen) + child.stdout.read()
        errors = child.stderr.read()
        child.wait()
    assert child.returncode == -signal.SIGKILL, errors
    return ready["message_id"], reported


def deltas_from(reported: str) -> list[tuple[float, str]]:
    lines = reported.split("\n")[:-1]  # a last line cut by the kill has no newline: the parent never saw it whole
    return [(item["t"], item["delta"]) for item in map(json.loads, lines)]


def integrity(db: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


@pytest.mark.slow
def test_sigkill_mid_reply_keeps_earlier_messages_and_all_but_the_last_second(tmp_path: Path) -> None:
    db = tmp_path / "conversations.db"
    with ChatStore(db) as store:
        chat = store.create_conversation(model="test-model")
    rng = random.Random(20260501)
    earlier: list[StoredMessage] = []
    flushed_lengths: list[int] = []
    for round_number in range(ROUNDS):
        reply_id, reported = stream_and_kill(db, chat.id, round_number, rng.randint(0, MOST_WORDS_BEFORE_KILL))
        assert integrity(db) == [("ok",)]

        with ChatStore(db) as store:
            messages = store.messages(chat.id)
        assert messages[:-2] == earlier, f"round {round_number}: an earlier message changed"
        question, reply = messages[-2:]
        assert (question.role, question.content, question.state) == ("user", f"Question {round_number}", "complete")
        assert (reply.id, reply.role, reply.state) == (reply_id, "assistant", "stopped")

        deltas = deltas_from(reported)
        appended = "".join(delta for _, delta in deltas)
        assert appended.startswith(reply.content), f"round {round_number}: stored text is not what was appended"
        last = deltas[-1][0] if deltas else 0.0
        due = "".join(delta for t, delta in deltas if t < last - MAX_LAG_S - IN_FLIGHT_S)
        assert len(reply.content) >= len(due), (
            f"round {round_number}: {len(appended) - len(reply.content)} characters lost, "
            f"more than the last {MAX_LAG_S} s of the reply"
        )
        flushed_lengths.append(len(reply.content))
        earlier = messages
        assert integrity(db) == [("ok",)]
    assert len(earlier) == 2 * ROUNDS
    assert sum(1 for length in flushed_lengths if length) >= ROUNDS // 2, "most kills should land after a flush"

"""The message bridge: the one way Hearth tells the person something, headless (no Qt)."""

from __future__ import annotations

import logging
import threading

import pytest

from app import messages
from app.downloads.errors import DownloadStopped
from app.errors import HearthError
from app.messages import MessageBridge
from tests.helpers.told import told


def test_messages_told_before_anyone_listens_wait_for_the_first_listener_only() -> None:
    bridge = MessageBridge()
    bridge.error("The models folder cannot be read.")
    bridge.info("A model was found in LM Studio's folder.")
    first = told(bridge)
    assert first == [
        messages.Error("The models folder cannot be read."),
        messages.Info("A model was found in LM Studio's folder."),
    ]
    second = told(bridge)
    assert second == []  # handed over once, not to every later listener
    bridge.warning("That is not a web address.")
    assert first[-1] == second[-1] == messages.Warning("That is not a web address.")


def test_an_ended_subscription_hears_nothing_more_and_later_messages_wait_again() -> None:
    bridge = MessageBridge()
    seen: list[messages.Message] = []
    unsubscribe = bridge.subscribe(seen.append)
    bridge.info("one")
    unsubscribe()
    unsubscribe()  # twice is harmless: a view may end it when closed and again at exit
    bridge.info("two")
    assert seen == [messages.Info("one")]
    assert told(bridge) == [messages.Info("two")]


def test_a_hearth_error_is_told_with_its_own_sentence_and_details_and_not_logged_as_a_bug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bridge = MessageBridge()
    seen = told(bridge)
    with caplog.at_level(logging.ERROR):
        error = bridge.error_from(HearthError("There is not enough free space for this model.", "needs 4.1 GB"))
    assert seen == [error] == [messages.Error("There is not enough free space for this model.", "needs 4.1 GB")]
    assert caplog.records == []


def test_an_unexpected_exception_is_told_as_a_bug_and_its_traceback_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    bridge = MessageBridge()
    seen = told(bridge)

    def broken() -> None:
        raise KeyError("size")

    try:
        broken()
    except KeyError as exc:
        caught = exc
    with caplog.at_level(logging.ERROR):
        error = bridge.error_from(caught)
    assert seen == [error]
    assert error.text == "Something went wrong inside Hearth: 'size'"
    assert "in broken" in error.details  # the traceback, for a bug report
    (record,) = caplog.records
    assert record.exc_info is not None
    assert record.exc_info[1] is caught  # the log keeps where it happened


def test_a_bridge_nobody_listens_to_keeps_only_the_latest_messages() -> None:
    bridge = MessageBridge()
    for number in range(messages.PENDING_LIMIT + 5):
        bridge.info(str(number))
    kept = told(bridge)
    assert len(kept) == messages.PENDING_LIMIT
    assert kept[-1] == messages.Info(str(messages.PENDING_LIMIT + 4))


def test_messages_from_many_threads_all_arrive() -> None:
    bridge = MessageBridge()
    seen = told(bridge)
    threads = [threading.Thread(target=lambda n=n: [bridge.info(f"{n}-{i}") for i in range(50)]) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(m.text for m in seen) == sorted(f"{n}-{i}" for n in range(4) for i in range(50))


def test_an_os_error_says_what_the_computer_answered_and_is_logged_as_a_warning_not_a_bug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    full = OSError(28, "No space left on device")
    with caplog.at_level(logging.INFO):
        error = messages.describe(full)
        named = messages.describe(full, "The reply failed")
    assert error.text == "Hearth could not finish this: No space left on device."
    assert named.text == "The reply failed: No space left on device."
    (record,) = caplog.records  # described twice, logged once
    assert record.levelno == logging.WARNING
    assert record.exc_info is not None
    assert record.exc_info[1] is full


def test_a_hearth_error_is_logged_below_warning_and_a_stop_is_not_told_as_a_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        refused = messages.describe(HearthError("That is not a web address.", "ftp://x"))
        stopped = messages.describe(DownloadStopped(keep_partial=True))
    assert refused == messages.Error("That is not a web address.", "ftp://x")
    assert stopped.text == "paused"
    assert [record.levelno for record in caplog.records] == [logging.INFO, logging.DEBUG]

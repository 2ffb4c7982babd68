"""The one job queue (`JobQueue`) and the one loop over a generator (`drive`): no models needed."""

from __future__ import annotations

import threading
from collections.abc import Generator

import pytest

from app.engines.chat_types import ReplyStats, StopReason
from app.host.jobs import Job, JobCancelled, JobKind, JobQueue, drive


def _events() -> Generator[int, None, str]:
    yield 1
    yield 2
    return "done"


def _thread_name() -> str:
    return threading.current_thread().name


def test_drive_hands_over_every_event_and_returns_what_the_generator_returned() -> None:
    seen: list[int] = []
    assert drive(_events(), seen.append) == "done"
    assert seen == [1, 2]


def test_jobs_run_first_in_first_out_on_the_queue_s_one_named_thread() -> None:
    jobs = JobQueue("test-queue")
    ran: list[tuple[int, str]] = []
    try:
        submitted = [
            jobs.submit(
                Job(JobKind.CALL, f"job {n}"), lambda _job, n=n: ran.append((n, threading.current_thread().name))
            )
            for n in range(5)
        ]
        for job in submitted:
            job.result(timeout=30)
    finally:
        jobs.close()
    assert ran == [(n, "test-queue") for n in range(5)]


def test_a_job_s_events_and_result_reach_the_client() -> None:
    with_queue = JobQueue("test-queue")
    try:
        job: Job[str] = with_queue.submit(Job(JobKind.CALL, "events"), lambda running: drive(_events(), running.emit))
        assert list(job.events()) == [1, 2]
        assert job.result(timeout=30) == "done"
    finally:
        with_queue.close()


def test_an_error_fails_its_job_only_and_the_thread_goes_on() -> None:
    jobs = JobQueue("test-queue")

    def fail(_job: Job[None]) -> None:
        raise ValueError("broken")

    try:
        failed = jobs.submit(Job(JobKind.CALL, "fails"), fail)
        after = jobs.submit(Job(JobKind.CALL, "after"), lambda _job: 42)
        assert after.result(timeout=30) == 42
        with pytest.raises(ValueError, match="broken"):
            failed.result(timeout=30)
    finally:
        jobs.close()


def test_a_job_cancelled_while_queued_never_runs() -> None:
    jobs = JobQueue("test-queue")
    release = threading.Event()
    ran: list[str] = []
    try:
        blocker = jobs.submit(Job(JobKind.CALL, "blocker"), lambda _job: release.wait(30))
        waiting_call = jobs.submit(Job(JobKind.CALL, "waiting"), lambda _job: ran.append("call"))

        def reply(_job: Job[ReplyStats]) -> ReplyStats:
            ran.append("reply")
            return ReplyStats()

        waiting_reply: Job[ReplyStats] = jobs.submit(Job(JobKind.REPLY, "waiting reply"), reply)
        waiting_call.cancel()
        waiting_reply.cancel()
        release.set()
        assert blocker.result(timeout=30) is True
        with pytest.raises(JobCancelled):
            waiting_call.result(timeout=30)
        assert waiting_reply.result(timeout=30).stop_reason is StopReason.CANCELLED
    finally:
        jobs.close()
    assert ran == []


def test_a_job_uses_the_client_s_cancel_event_when_given_one() -> None:
    stop = threading.Event()
    job: Job[None] = Job(JobKind.CALL, "with the client's event", cancel=stop)
    job.cancel()
    assert stop.is_set()


def test_close_cancels_what_waits_stops_the_running_job_runs_on_close_and_ends_the_thread() -> None:
    closed_on: list[str] = []
    jobs = JobQueue("test-queue-close", on_close=lambda: closed_on.append(threading.current_thread().name))
    started = threading.Event()

    def running(job: Job[str]) -> str:
        started.set()
        job.cancel_event.wait(30)
        return "stopped"

    first = jobs.submit(Job(JobKind.CALL, "running"), running)
    waiting = jobs.submit(Job(JobKind.CALL, "waiting"), lambda _job: "ran")
    assert started.wait(30)
    jobs.close()
    assert first.result(timeout=0) == "stopped"
    with pytest.raises(JobCancelled):
        waiting.result(timeout=0)
    assert closed_on == ["test-queue-close"]
    assert not any(t.name == "test-queue-close" for t in threading.enumerate())
    with pytest.raises(RuntimeError, match="closed"):
        jobs.submit(Job(JobKind.CALL, "late"), lambda _job: None)


def test_a_queue_never_used_starts_no_thread_and_closes_at_once() -> None:
    jobs = JobQueue("test-queue-unused")
    jobs.close()
    assert not any(t.name == "test-queue-unused" for t in threading.enumerate())
    assert jobs.closed


def test_a_client_callback_that_raises_does_not_stop_the_queue(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_job: Job[None]) -> None:
        raise ValueError("a client's bug")

    jobs = JobQueue("test-queue")
    try:
        first = jobs.submit(Job(JobKind.CALL, "with a broken callback", on_done=broken), lambda _job: None)
        second = jobs.submit(Job(JobKind.CALL, "after it"), lambda _job: 7)
        assert second.result(timeout=30) == 7
        assert first.done
    finally:
        jobs.close()
    assert "a callback of with a broken callback failed" in caplog.text

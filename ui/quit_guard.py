"""Asks before Hearth quits while it is still at work for the person: the local server answering other apps, or
recordings waiting to be transcribed. Nothing running, nothing asked.

MainWindow.closeEvent calls `may_quit(window, event, server, queue)` with the window's own owners (the server state
set by the composition root, the Transcribe page's queue); nothing is recomputed here.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from app.downloads.queue_state import QueueState
from app.transcription.transcription_queue import TranscriptionQueue
from ui.shared.prompter import Prompter
from ui.state.server import ServerState


def recordings(count: int) -> str:
    return "1 recording" if count == 1 else f"{count} recordings"


def what_is_running(server_running: bool, transcribing: int, waiting: int) -> list[str]:
    """One sentence per thing still at work ([] when nothing is)."""
    reasons = []
    if server_running:
        reasons.append("The local server is answering other apps; they lose their connection when Hearth quits.")
    if transcribing:
        reasons.append(f"{recordings(transcribing).capitalize()} is being transcribed now.")
    if waiting:
        verb = "is" if waiting == 1 else "are"
        reasons.append(f"{recordings(waiting).capitalize()} {verb} waiting to be transcribed.")
    if transcribing or waiting:
        reasons.append("The queue is kept: it goes on the next time Hearth opens.")
    return reasons


def _facts(server: ServerState | None, queue: TranscriptionQueue) -> tuple[bool, int, int]:
    states = [item.state for item in queue.items()]
    return (
        bool(server is not None and server.running),
        states.count(QueueState.RUNNING),
        states.count(QueueState.QUEUED),
    )


def may_quit(
    window: QWidget,
    event: QCloseEvent,
    server: ServerState | None,
    queue: TranscriptionQueue,
    prompter: Prompter | None = None,
) -> bool:
    """True when nothing is running, or the person said to quit anyway (asked through `prompter`, the real dialog
    by default). Only the person's own close (from the window system) is asked about: a close Hearth makes itself
    (a test, the screenshot script) is not."""
    if not event.spontaneous():
        return True
    reasons = what_is_running(*_facts(server, queue))
    if not reasons:
        return True
    return (prompter or Prompter()).ask_yes_no(window, "Quit Hearth?", "\n\n".join([*reasons, "Quit anyway?"]))

"""Asks before Hearth quits while it is still at work for the person: the local server answering other apps, or
recordings waiting to be transcribed. Nothing running, nothing asked.

MainWindow.closeEvent calls `may_quit(window, event, server, queue)` with the window's own owners (the server state
set by the composition root, the Transcribe page's queue); nothing is recomputed here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from app.downloads.queue_state import QueueState
from app.transcription.transcription_queue import TranscriptionQueue
from ui.shared.prompter import Prompter
from ui.state.server import ServerState


class QuitGuard(QObject):
    """The question's sentences (a QObject so that `self.tr` gives them their plurals in every language)."""

    def reasons(self, server_running: bool, transcribing: int, waiting: int) -> list[str]:
        reasons = []
        if server_running:
            reasons.append(
                self.tr("The local server is answering other apps; they lose their connection when Hearth quits.")
            )
        if transcribing:
            reasons.append(self.tr("%n recordings are being transcribed now.", "", transcribing))
        if waiting:
            reasons.append(self.tr("%n recordings are waiting to be transcribed.", "", waiting))
        if transcribing or waiting:
            reasons.append(self.tr("The queue is kept: it goes on the next time Hearth opens."))
        return reasons

    def ask(self, window: QWidget, reasons: list[str], prompter: Prompter) -> bool:
        question = "\n\n".join([*reasons, self.tr("Quit anyway?")])
        return prompter.ask_yes_no(window, self.tr("Quit Hearth?"), question)


def what_is_running(server_running: bool, transcribing: int, waiting: int) -> list[str]:
    """One sentence per thing still at work ([] when nothing is), in the chosen language."""
    return QuitGuard().reasons(server_running, transcribing, waiting)


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
    return QuitGuard().ask(window, reasons, prompter or Prompter())

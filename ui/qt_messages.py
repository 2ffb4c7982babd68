"""The message bridge as a Qt signal: whatever thread told something, the widget that shows it hears it on the
GUI thread.

The bridge (app/messages.py) calls its subscribers on the sender's thread, and a worker's thread must never touch a
widget. This object lives on the GUI thread and re-emits each message through a queued connection, so the slot
always runs there, after the sender has moved on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.messages import Message, MessageBridge


class QtMessages(QObject):
    arrived = Signal(object)  # app.messages.Message, on the GUI thread
    _sent = Signal(object)  # from any thread; queued to _on_sent

    def __init__(self, bridge: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sent.connect(self._on_sent, Qt.ConnectionType.QueuedConnection)
        unsubscribe = bridge.subscribe(self._sent.emit)
        self.destroyed.connect(lambda: unsubscribe())  # the bridge outlives a window closed in a test

    @Slot(object)
    def _on_sent(self, message: Message) -> None:
        self.arrived.emit(message)

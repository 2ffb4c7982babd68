"""One spoken sentence for a screen reader when something finishes out of sight: a reply, a download, a
transcription, an error. Qt's accessibility announcement event (Qt 6.8+) reaches Orca, NVDA and VoiceOver through
the platform bridge; nothing is sent when no assistive technology is active, so calling it costs nothing.

Callers announce once per finished thing, never per streamed token; the sentence is already translated (the caller's
`self.tr`). `announced` keeps the last sentences so a test can see what a screen reader would have heard.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

announced: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, sentence: str, *, urgent: bool = False) -> None:
    """Say `sentence` on behalf of `widget` (its window is the source a reader reports). `urgent` interrupts what the
    reader is saying (an error); otherwise it waits its turn (a reply finished)."""
    announced.append(sentence)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, sentence)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)

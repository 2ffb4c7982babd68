"""A screen reader's walk through Hearth over AT-SPI, for tests/ui/test_screen_reader.py.

`/usr/bin/python3 tests/helpers/atspi_reader.py MESSAGE [DEADLINE_S]`

It runs with the system's Python, the one Debian's python3-pyatspi is built for (the venv's Python cannot import
it), on the display and session bus the test gives it, and knows Hearth only through the accessibility tree: what
Orca would read. It finds the application "Hearth"; the sidebar's pages (the first list on screen); the named push
buttons; it clicks "Chat" (the pointer on the item's centre, as a screen reader's "click" routes it: selecting the
list item through AT-SPI's Selection or its Toggle action marks it selected without changing the page, and
synthesised keys reach the window only once a click has made it active, as no window manager gives it the focus
under Xvfb); it opens the combo box named "Model", clicks its first model and waits for the header's "Ready" status;
it ticks Options and sets Temperature to 0 and "Longest reply (tokens)" to 16 through their Value interface (a
short reply, the same on every run); it puts MESSAGE in the composer (the text field beside Send) through its
EditableText interface and presses Send through its Action interface; then it waits for the reply to finish (Send
back on screen and the statistics line shown under the reply) and reads the reply's text from its bubble.

Each step polls the tree until one deadline for the whole walk. Prints one JSON object on stdout: what was found,
and, when a step never came, `waiting_for` says which.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

import pyatspi
from gi.repository import GLib

APP_NAME = "Hearth"
POLL_S = 0.2  # between two looks at the tree: a screen reader hears events, this walk asks again
MAX_TOKENS = 16


class NotFound(Exception):
    """A step's deadline passed; the message says what never came."""


class Walk:
    def __init__(self, deadline_s: float) -> None:
        self.deadline = time.monotonic() + deadline_s
        self.found: dict[str, Any] = {"waiting_for": None}

    def until(self, what: str, look: Callable[[], Any]) -> Any:
        """What `look` returns once it is truthy; tree errors (an object gone while the page changes) count as not
        yet."""
        while True:
            try:
                seen = look()
            except (GLib.Error, IndexError):  # an object that went away, or a list not filled yet, as pages change
                seen = None
            if seen:
                return seen
            if time.monotonic() > self.deadline:
                raise NotFound(what)
            time.sleep(POLL_S)


def matches(node: Any, role: Any) -> list[Any]:
    """Every descendant of `node` with `role`, in reading order: one call through the Collection interface."""
    collection = node.queryCollection()
    rule = collection.createMatchRule(
        pyatspi.StateSet(),
        collection.MATCH_ALL,
        "",
        collection.MATCH_NONE,
        [role],
        collection.MATCH_ANY,
        "",
        collection.MATCH_NONE,
        False,
    )
    return list(collection.getMatches(rule, collection.SORT_ORDER_CANONICAL, 0, True))


def showing(node: Any) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def click(node: Any) -> None:
    x, y, width, height = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "b1c")


def do_action(node: Any, name: str) -> None:
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index(name))


def text_of(node: Any) -> str:
    text = node.queryText()
    return str(text.getText(0, -1))


def has_text(node: Any) -> bool:
    return "Text" in pyatspi.utils.listInterfaces(node)


def find_application() -> Any:
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == APP_NAME:
            return app
    return None


def shown_texts(node: Any) -> list[str]:
    """The text of every text-bearing descendant on screen, in reading order (a reply's prose and code blocks)."""
    found: list[str] = []
    for child in node:
        if child is None or not showing(child):
            continue
        if has_text(child):
            found.append(text_of(child))
        else:
            found.extend(shown_texts(child))
    return found


def walk(message: str, walk_: Walk) -> None:
    found = walk_.found
    app = walk_.until("the application Hearth", find_application)
    found["application"] = app.name
    frame = walk_.until("Hearth's window", lambda: next((c for c in app if c.getRole() == pyatspi.ROLE_FRAME), None))
    found["window"] = frame.name

    sidebar = walk_.until(
        "the sidebar", lambda: next((s for s in matches(frame, pyatspi.ROLE_LIST) if showing(s) and s.childCount), None)
    )
    pages = {item.name: item for item in sidebar}
    found["pages"] = list(pages)

    send = walk_.until(
        "a Send button",
        lambda: next((b for b in matches(frame, pyatspi.ROLE_PUSH_BUTTON) if b.name == "Send the message"), None),
    )
    click(pages["Chat"])
    walk_.until("the Chat page", lambda: showing(send))
    found["chat_selected"] = pages["Chat"].getState().contains(pyatspi.STATE_SELECTED)
    buttons = [b for b in matches(frame, pyatspi.ROLE_PUSH_BUTTON) if showing(b)]
    found["buttons"] = sorted({b.name for b in buttons if b.name})
    found["unnamed_buttons"] = sum(1 for b in buttons if not b.name)

    chat = send.parent.parent  # the Chat page: its header, transcript and composer
    picker = walk_.until(
        "the Model combo box",
        lambda: next((c for c in matches(chat, pyatspi.ROLE_COMBO_BOX) if c.name == "Model" and showing(c)), None),
    )
    choices = walk_.until("a model in the Model list", lambda: picker[0] if picker[0].childCount else None)
    model = choices[0]
    found["model"] = model.name
    do_action(picker, "ShowMenu")
    walk_.until("the Model list open", lambda: showing(model))
    click(model)
    found["ready"] = walk_.until(
        "the model loaded (the header's Ready status)",
        lambda: next(
            (
                label.name
                for label in matches(chat, pyatspi.ROLE_LABEL)
                if label.name.startswith("Ready") and showing(label)
            ),
            None,
        ),
    )

    options = next(c for c in matches(chat, pyatspi.ROLE_CHECK_BOX) if c.name == "Show the chat options")
    if not options.getState().contains(pyatspi.STATE_CHECKED):
        do_action(options, "Toggle")
    wanted = ("Temperature", "Longest reply (tokens)")

    def option_fields() -> dict[str, Any] | None:
        shown = {s.name: s for s in matches(chat, pyatspi.ROLE_SPIN_BUTTON) if s.name in wanted and showing(s)}
        return shown if len(shown) == len(wanted) else None

    spins = walk_.until("the chat's Options", option_fields)
    spins["Temperature"].queryValue().currentValue = 0.0
    spins["Longest reply (tokens)"].queryValue().currentValue = float(MAX_TOKENS)

    composer = next(t for t in matches(send.parent, pyatspi.ROLE_TEXT) if showing(t))
    composer.queryEditableText().setTextContents(message)
    found["typed"] = text_of(composer)
    do_action(send, "Press")
    walk_.until("the message sent (the composer emptied)", lambda: not text_of(composer))

    def finished_bubble() -> Any:
        if not showing(send):  # still replying
            return None
        bubbles = [p for p in matches(chat, pyatspi.ROLE_PANEL) if p.childCount and p[0].name == "Assistant"]
        if not bubbles:
            return None
        bubble = bubbles[-1]
        stats = [c.name for c in bubble if c.getRole() == pyatspi.ROLE_LABEL and not has_text(c) and showing(c)]
        return (bubble, stats[1]) if len(stats) > 1 else None  # the author, then the statistics line

    bubble, found["stats"] = walk_.until("the finished reply", finished_bubble)
    found["reply"] = "\n".join(shown_texts(bubble))


def main(argv: list[str]) -> int:
    message = argv[0]
    deadline_s = float(argv[1]) if len(argv) > 1 else 240.0
    walk_ = Walk(deadline_s)
    code = 0
    try:
        walk(message, walk_)
    except NotFound as missing:
        walk_.found["waiting_for"] = str(missing)
    except Exception as exc:  # what the tree did that this walk did not expect: said with what was found so far
        walk_.found["error"] = repr(exc)
        code = 1
    print(json.dumps(walk_.found), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A stand-in for ui/shared/prompter.py's `Prompter`: it answers from a script and records what was asked, so a
test hands it to a page instead of patching Qt's dialogs.

    prompter = ScriptedPrompter([target])        # the next question is answered with `target`
    page = SomePage(..., prompter=prompter)
    ...
    assert prompter.asked == [Asked("save_file", "Export chat", "Plans.md")]

Answers are given in order, one per question: True/False for a yes/no, a Path (or None, "cancelled") for a file or
a folder, a list of Paths for several files, a str (or None) for text. A question with no answer left fails the
test, as does an answer of the wrong kind.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.shared.prompter import Prompter


@dataclass(frozen=True)
class Asked:
    kind: str  # the Prompter method: "ask_yes_no", "open_file", "open_files", "choose_folder", "save_file", ...
    title: str  # the dialog's title or caption
    text: str = ""  # the question, the suggested file name or start folder, or the starting text


class ScriptedPrompter(Prompter):
    def __init__(self, answers: Iterable[object] = ()) -> None:
        self.answers: deque[object] = deque(answers)
        self.asked: list[Asked] = []

    def answer(self, *answers: object) -> None:
        """Script more answers, after those still waiting."""
        self.answers.extend(answers)

    def _next(self, asked: Asked) -> object:
        self.asked.append(asked)
        assert self.answers, f"nothing scripted to answer {asked}"
        return self.answers.popleft()

    def _path(self, asked: Asked) -> Path | None:
        answer = self._next(asked)
        assert answer is None or isinstance(answer, Path), f"{asked} was answered with {answer!r}"
        return answer

    def _text(self, asked: Asked) -> str | None:
        answer = self._next(asked)
        assert answer is None or isinstance(answer, str), f"{asked} was answered with {answer!r}"
        return answer

    def ask_yes_no(self, parent: QWidget, title: str, text: str) -> bool:
        asked = Asked("ask_yes_no", title, text)
        answer = self._next(asked)
        assert isinstance(answer, bool), f"{asked} was answered with {answer!r}"
        return answer

    def open_file(self, parent: QWidget, caption: str, folder: str = "", kinds: str = "") -> Path | None:
        return self._path(Asked("open_file", caption, folder))

    def open_files(self, parent: QWidget, caption: str, folder: str = "", kinds: str = "") -> list[Path]:
        asked = Asked("open_files", caption, folder)
        answer = self._next(asked)
        assert isinstance(answer, list), f"{asked} was answered with {answer!r}"
        return [Path(path) for path in answer]

    def choose_folder(self, parent: QWidget, caption: str, folder: str = "") -> Path | None:
        return self._path(Asked("choose_folder", caption, folder))

    def save_file(self, parent: QWidget, caption: str, suggested: str = "", kinds: str = "") -> Path | None:
        return self._path(Asked("save_file", caption, suggested))

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        return self._text(Asked("ask_text", title, text))

    def ask_lines(self, parent: QWidget, title: str, label: str) -> str | None:
        return self._text(Asked("ask_lines", title))

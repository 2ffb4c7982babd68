"""What goes wrong with a promptfoo configuration, in sentences a person can act on: a file Hearth cannot read as
one, and a file it could not save."""

from __future__ import annotations

from pathlib import Path

from app.errors import HearthError
from app.i18n import say


class UnreadablePromptfooConfig(HearthError):
    """A promptfoo configuration Hearth cannot read: not YAML, not promptfoo's shape, or a file it names is not
    there. The message names what is wrong, so the person can fix that one thing."""

    def __init__(self, path: Path, problem: str, details: str = "") -> None:
        super().__init__(
            say(
                "Evals",
                "Hearth cannot read {name} as a promptfoo configuration: {problem}",
                "evals.promptfoo-unreadable",
            ).format(name=path.name, problem=problem),
            details,
        )
        self.path = path


class PromptfooConfigNotSaved(HearthError):
    def __init__(self, path: Path, details: str) -> None:
        super().__init__(
            say(
                "Evals",
                "Hearth could not save {path}. Choose another folder, or free some disk space.",
                "evals.promptfoo-not-saved",
            ).format(path=path),
            details,
        )

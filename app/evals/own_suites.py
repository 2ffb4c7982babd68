"""The person's own suites: Hearth JSONL files in a folder of Hearth's data (`suites/`), one file a suite, named by
the suite. Written by the suite editor, listed by Compare's Checks tab after the ready ones.

A suite's name is its file's name, so a name that is not a safe file name on every system Hearth runs on (slashes,
colons, a reserved Windows name, a leading dot) is made one. A file is written whole or not at all (a temporary
file, then `os.replace`), and only once it reads back as a suite, so a saved suite is always one that runs.

The editor shows a suite as prompts, not cases: a prompt with `{{variables}}` and a table of values is one case per
row. `group` and `TablePrompt.cases` turn one into the other, so a suite loaded and saved again is unchanged.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app import paths
from app.atomic_json import write_text
from app.errors import HearthError
from app.evals.cases import Case, Check, Suite
from app.evals.suite import SuiteError, load_jsonl, parse_jsonl, to_jsonl
from app.i18n import say

FOLDER = "suites"
SUFFIX = ".jsonl"
MAX_NAME = 80
DEFAULT_NAME = "My suite"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)


class OwnSuiteError(HearthError):
    """A suite of the person's own could not be written, renamed or deleted (the sentence says which and why)."""


# ---- prompts with a table of values, as the editor shows them -------------------------------------------------


@dataclass(frozen=True)
class TablePrompt:
    """One prompt as the editor shows it: its checks, threshold, description and tools, and `rows`, each the vars
    of one case. No rows: one case with no vars."""

    prompt: str
    checks: tuple[Check, ...] = ()
    threshold: float | None = None
    description: str = ""
    tools: tuple[dict[str, Any], ...] = ()
    rows: tuple[dict[str, Any], ...] = ()

    def cases(self) -> tuple[Case, ...]:
        """One case per row (the same prompt, checks, threshold, description and tools), or one case."""
        return tuple(
            Case(
                prompt=self.prompt,
                vars=dict(row),
                checks=self.checks,
                threshold=self.threshold,
                description=self.description,
                tools=self.tools,
            )
            for row in (self.rows or ({},))
        )


def group(cases: Sequence[Case]) -> list[TablePrompt]:
    """Consecutive cases that differ only in their vars' values (the same names), as one prompt with a row each;
    every other case a prompt of its own (a case without vars is never merged, so two equal cases stay two)."""
    prompts: list[TablePrompt] = []
    for case in cases:
        last = prompts[-1] if prompts else None
        if last is not None and last.rows and set(case.vars) == set(last.rows[0]) and _same_but_vars(last, case):
            prompts[-1] = replace(last, rows=(*last.rows, dict(case.vars)))
            continue
        prompts.append(
            TablePrompt(
                prompt=case.prompt,
                checks=case.checks,
                threshold=case.threshold,
                description=case.description,
                tools=case.tools,
                rows=(dict(case.vars),) if case.vars else (),
            )
        )
    return prompts


def cases_of(prompts: Sequence[TablePrompt]) -> tuple[Case, ...]:
    return tuple(case for prompt in prompts for case in prompt.cases())


def _same_but_vars(prompt: TablePrompt, case: Case) -> bool:
    return (
        prompt.prompt == case.prompt
        and prompt.threshold == case.threshold
        and prompt.description == case.description
        and prompt.tools == case.tools
        and _written(prompt.checks) == _written(case.checks)
    )


def _written(checks: Sequence[Check]) -> list[dict[str, Any]]:
    return [check.raw or check.to_json() for check in checks]


# ---- the files ----------------------------------------------------------------------------------------------------


def folder() -> Path:
    return paths.resolve().data / FOLDER


def safe_name(name: str) -> str:
    """The name as a file name every system accepts: unsafe characters become "-", spaces are tidied, leading and
    trailing dots and dashes go, a reserved Windows name gets " suite" added, and it is at most 80 characters."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name))
    text = _UNSAFE.sub("-", text).strip(" .-")
    text = text[:MAX_NAME].rstrip(" .-")
    if not text:
        return DEFAULT_NAME
    if text.split(".")[0].strip().lower() in _RESERVED:
        text += " suite"
    return text


def path_of(name: str) -> Path:
    return folder() / (safe_name(name) + SUFFIX)


def names() -> list[str]:
    """Every own suite's name, alphabetically (ignoring case)."""
    if not folder().is_dir():
        return []
    return sorted((file.stem for file in folder().glob("*" + SUFFIX) if file.is_file()), key=str.casefold)


def exists(name: str) -> bool:
    return path_of(name).is_file()


def load(name: str) -> Suite:
    return load_jsonl(path_of(name))


def load_all() -> tuple[list[Suite], list[str]]:
    """The suites that read, alphabetically, and a sentence for each file that does not (it is left as it is)."""
    suites, problems = [], []
    for name in names():
        try:
            suites.append(load(name))
        except SuiteError as exc:
            problems.append(exc.sentence)
    return suites, problems


def save(name: str, cases: Sequence[Case]) -> Suite:
    """Write the cases as the suite `name` (its safe form), replacing a suite of that name; returns the suite as it
    reads back. Raises SuiteError when the cases would not read back as a suite (nothing is written then)."""
    stem = safe_name(name)
    text = to_jsonl(Suite(stem, tuple(cases)))
    suite = parse_jsonl(
        text, name=stem, where=say("Evals", "the suite “{name}”", "evals.the-named-suite").format(name=stem)
    )
    target = path_of(stem)
    try:
        write_text(target, text)
    except OSError as exc:
        raise OwnSuiteError(
            say("Evals", "Hearth could not save the suite “{name}” in {folder}.", "evals.suite-not-saved").format(
                name=stem, folder=target.parent
            ),
            str(exc),
        ) from exc
    return suite


def rename(old: str, new: str) -> str:
    """The suite `old` renamed to `new` (its safe form, returned); refuses to replace another suite."""
    source, target = path_of(old), path_of(new)
    if source == target:
        return safe_name(new)
    if target.exists() and not (source.exists() and os.path.samefile(source, target)):  # "Cats" → "cats" is fine
        raise OwnSuiteError(
            say(
                "Evals", "There is already a suite named “{name}”: choose another name.", "evals.suite-name-taken"
            ).format(name=safe_name(new))
        )
    try:
        os.replace(source, target)
    except OSError as exc:
        raise OwnSuiteError(
            say("Evals", "Hearth could not rename the suite “{name}”.", "evals.suite-not-renamed").format(
                name=safe_name(old)
            ),
            str(exc),
        ) from exc
    return safe_name(new)


def delete(name: str) -> None:
    try:
        path_of(name).unlink(missing_ok=True)
    except OSError as exc:
        raise OwnSuiteError(
            say("Evals", "Hearth could not delete the suite “{name}”.", "evals.suite-not-deleted").format(
                name=safe_name(name)
            ),
            str(exc),
        ) from exc


def free_name(wanted: str) -> str:
    """`wanted` (made safe), or with " 2", " 3", … added when a suite already has that name."""
    stem = safe_name(wanted)
    number, name = 1, stem
    while exists(name):
        number += 1
        name = f"{stem} {number}"
    return name

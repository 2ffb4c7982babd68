"""What reading a configuration gives beside the suite: each prompt with the entry of `prompts` it came from, each
test as rows (one per combination of its list vars) with the item of `tests` it came from. Writing needs these to put
the person's changes back in place and leave the rest of the file as written."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.evals.cases import Case, Check

# In Suite.source beside the file's own keys, dropped on writing: where the file was, for its file:// references.
ORIGIN_KEY = "x-hearth-read-from"
FILE_PREFIX = "file://"


@dataclass(frozen=True)
class ConfigPrompt:
    """One prompt as the configuration gives it (an entry of `prompts` may give several, from a file)."""

    text: str
    entry: int  # its entry in `prompts`
    names: tuple[str, ...]  # what a test's `prompts` filter may call it: label, id, the text


@dataclass
class CaseRow:
    """One test with one combination of its vars: the fields its cases share and the prompts it asks."""

    vars: dict[str, Any]
    checks: tuple[Check, ...]
    threshold: float | None
    description: str
    prompts: tuple[str, ...]
    origin: tuple[int, int] | None = None  # (source, test) it was read from

    def same_test(self, case: Case) -> bool:
        return (self.vars, self.checks, self.threshold, self.description) == (
            case.vars,
            case.checks,
            case.threshold,
            case.description,
        )

    def key(self) -> str:
        checks = [[c.type, c.value, c.weight, c.threshold] for c in self.checks]
        content = [self.vars, checks, self.threshold, self.description, list(self.prompts)]
        return json.dumps(content, sort_keys=True, default=repr, ensure_ascii=False)


@dataclass
class TestsItem:
    """One item of `tests`: a test written inline, or a file of tests (written None: promptfoo's implicit test)."""

    written: Any
    tests: list[dict[str, Any]]
    rows: tuple[int, int] = (0, 0)
    test_rows: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ParsedConfig:
    """A configuration as read: the file's own settings, its cases, and where each prompt and case came from."""

    config: dict[str, Any]
    path: Path
    name: str
    prompts: list[ConfigPrompt]
    entry_sizes: list[int]  # how many prompts each entry of `prompts` gave
    sources: list[TestsItem]
    rows: list[CaseRow]
    cases: list[Case]
    unsupported: list[str]
    default_test: dict[str, Any]
    default_checks: tuple[Check, ...]
    default_vars: dict[str, Any]  # with var files read in
    templates: dict[str, Any]

    @staticmethod
    def empty(path: Path) -> ParsedConfig:
        return ParsedConfig({}, path, path.stem, [], [], [], [], [], [], {}, (), {}, {})


def entries_as_written(written: Any) -> list[Any]:
    if isinstance(written, list):
        return written
    if isinstance(written, dict):
        return [
            {"raw": k, "label": v} if not k.startswith(FILE_PREFIX) else {"id": k, "label": v}
            for k, v in written.items()
        ]
    return [written]

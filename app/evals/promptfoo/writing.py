"""A suite written as a promptfoo configuration, over the file it was read from: the cases lined up with the tests
read (unchanged ones written back as they were, edited ones over the test they replace, keeping its other keys), and
the rest of the file left as written."""

from __future__ import annotations

import copy
import difflib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from app.evals.cases import Case, Suite
from app.evals.promptfoo.assertions import assertion_of, plain_number
from app.evals.promptfoo.errors import UnreadablePromptfooConfig
from app.evals.promptfoo.parsed_config import ORIGIN_KEY, CaseRow, ParsedConfig, entries_as_written
from app.evals.promptfoo.prompts_out import prompts_out
from app.evals.promptfoo.reading import ConfigReader
from app.evals.promptfoo.saving import ConfigDumper, rebased, write_whole


def write_config(suite: Suite, path: Path) -> None:
    """The suite as a promptfoo configuration. A suite read from one is written from its source: what Hearth did
    not change stays as it was written; `file://` references still point at their files from the new folder.
    Neighbouring cases that differ only in their prompt are one test; a test asked of some prompts only gets
    promptfoo's `prompts` filter (and those prompts a label). Within a test, promptfoo asks prompts in its list's
    order, so cases written in another order come back in that one."""
    path = Path(path)
    origin = suite.source.get(ORIGIN_KEY)
    origin_path = Path(origin) if isinstance(origin, str) else path.resolve()
    config = {k: v for k, v in suite.source.items() if k != ORIGIN_KEY}
    read = ConfigReader(origin_path).read(config) if config else ParsedConfig.empty(origin_path)
    updated = _updated_config(suite, read)
    text = yaml.dump(
        rebased(updated, origin_path.parent, path.resolve().parent),
        Dumper=ConfigDumper,
        sort_keys=False,
        allow_unicode=True,
        width=120,
    )
    write_whole(path, text)


def _updated_config(suite: Suite, read: ParsedConfig) -> dict[str, Any]:
    config = copy.deepcopy(read.config)
    if list(suite.cases) == read.cases and suite.name == read.name:
        return config
    if suite.name != read.name:
        config = {"description": suite.name, **{k: v for k, v in config.items() if k != "description"}}
    rows = _rows_of(suite.cases)
    texts, entries, labels = prompts_out(read, rows)
    if entries != entries_as_written(read.config.get("prompts")):
        config["prompts"] = entries
    matches = _matched(read.rows, rows)
    templates = [_template(read, read.rows[m[1]]) if m else {} for m in matches]
    disabled = [bool((t.get("options") or {}).get("disableDefaultAsserts")) for t in templates]
    d = len(read.default_checks)
    keep_default = all(
        row.checks[:d] == read.default_checks for row, off in zip(rows, disabled, strict=True) if not off
    )
    if not keep_default:
        matches = [None if m is None else (False, m[1]) for m in matches]
        default_test = {k: v for k, v in read.default_test.items() if k != "assert"}
        if default_test:
            config["defaultTest"] = default_test
        else:
            config.pop("defaultTest", None)
    writer = _TestWriter(read, keep_default, texts, labels)
    tests: list[Any] = []
    j = 0
    while j < len(rows):
        whole = _whole_written(read, matches, j)
        if whole is not None:
            written, count = whole
            if written is not None:
                tests.append(copy.deepcopy(written))
            j += count
            continue
        tests.append(writer.test(rows[j], templates[j], disabled[j]))
        j += 1
    if tests != [s.written for s in read.sources if s.written is not None]:
        config["tests"] = tests
    return config


def _rows_of(cases: Iterable[Case]) -> list[CaseRow]:
    """Cases back into tests: neighbours with the same vars, checks, threshold and description are one test asked
    of several prompts (as promptfoo orders them), until a prompt comes round again."""
    rows: list[CaseRow] = []
    for case in cases:
        if rows and rows[-1].same_test(case) and case.prompt not in rows[-1].prompts:
            rows[-1].prompts += (case.prompt,)
        else:
            rows.append(CaseRow(dict(case.vars), case.checks, case.threshold, case.description, (case.prompt,)))
    return rows


def _matched(old: Sequence[CaseRow], new: Sequence[CaseRow]) -> list[tuple[bool, int] | None]:
    """For each new row, the row read from the file it stands for: (unchanged, index), or None for a new one.
    An edited row is paired with the one it replaced, so the test's other keys (options, metadata) stay."""
    matches: list[tuple[bool, int] | None] = [None] * len(new)
    old_keys, new_keys = [r.key() for r in old], [r.key() for r in new]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes():
        if op == "equal":
            for k in range(j2 - j1):
                matches[j1 + k] = (True, i1 + k)
        elif op == "replace":
            for k in range(min(i2 - i1, j2 - j1)):
                matches[j1 + k] = (False, i1 + k)
    return matches


def _template(read: ParsedConfig, row: CaseRow) -> dict[str, Any]:
    if row.origin is None:
        return {}
    source, test = row.origin
    return read.sources[source].tests[test]


def _whole_written(read: ParsedConfig, matches: list[tuple[bool, int] | None], j: int) -> tuple[Any, int] | None:
    """Where the rows from j on are a whole item of `tests` (or a whole test of a file) unchanged and in order:
    that item as written and how many rows it covers."""
    match = matches[j]
    if match is None or not match[0] or read.rows[match[1]].origin is None:
        return None
    s, t = read.rows[match[1]].origin or (0, 0)
    source = read.sources[s]

    def unchanged(span: tuple[int, int]) -> bool:
        start, end = span
        return start == match[1] and all(
            j + k < len(matches) and matches[j + k] == (True, start + k) for k in range(end - start)
        )

    if unchanged(source.rows):
        return source.written, source.rows[1] - source.rows[0]
    span = source.test_rows[t]
    if unchanged(span):
        return source.tests[t], span[1] - span[0]
    return None


class _TestWriter:
    """A test written from a row Hearth changed, over the test it replaced: vars, assert, threshold, description
    and prompts filter are Hearth's; every other key of the test stays as it was."""

    def __init__(self, read: ParsedConfig, keep_default: bool, texts: list[str], labels: dict[str, str]) -> None:
        self.read = read
        self.keep_default = keep_default
        self.texts = texts
        self.labels = labels
        self.default_threshold = read.default_test.get("threshold")
        self.reader = ConfigReader(read.path)

    def test(self, row: CaseRow, template: dict[str, Any], disabled: bool) -> dict[str, Any]:
        test = copy.deepcopy(template)
        written_vars: dict[str, Any] = template["vars"] if isinstance(template.get("vars"), dict) else {}
        variables = {}
        for name, value in row.vars.items():
            if name in written_vars and self.read_var(written_vars[name]) == value:
                variables[name] = copy.deepcopy(written_vars[name])
            elif name not in written_vars and self.read.default_vars.get(name, _MISSING) == value:
                continue
            else:
                variables[name] = value
        _set(test, "vars", variables, keep_empty="vars" in template)
        checks = row.checks
        if self.keep_default and not disabled:
            checks = checks[len(self.read.default_checks) :]
        asserts = [assertion_of(check, self.read.templates) for check in checks]
        _set(test, "assert", asserts, keep_empty="assert" in template)
        if row.threshold is None or (row.threshold == self.default_threshold and "threshold" not in template):
            test.pop("threshold", None)
        else:
            test["threshold"] = plain_number(row.threshold)
        _set(test, "description", row.description)
        if set(row.prompts) == set(self.texts):
            test.pop("prompts", None)
        else:
            test["prompts"] = [self.labels[text] for text in row.prompts]
        return test

    def read_var(self, written: Any) -> Any:
        try:
            return self.reader.var_value(written)
        except UnreadablePromptfooConfig:
            return written


_MISSING = object()


def _set(test: dict[str, Any], key: str, value: Any, keep_empty: bool = False) -> None:
    if value or keep_empty:
        test[key] = value
    else:
        test.pop(key, None)

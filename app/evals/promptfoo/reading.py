"""A promptfoo configuration read as a Hearth suite: its prompts (written out or in files), its tests (written out,
or in CSV, YAML, JSON and JSON Lines files), `defaultTest` merged into each, and a test whose vars hold lists asked
once per combination, as promptfoo does."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from pathlib import Path
from typing import Any

import yaml

from app.evals.cases import Case, Check, Suite
from app.evals.promptfoo.assertions import check_of, is_supported, known_types
from app.evals.promptfoo.csv_tests import test_from_csv_row
from app.evals.promptfoo.errors import UnreadablePromptfooConfig
from app.evals.promptfoo.parsed_config import (
    FILE_PREFIX,
    ORIGIN_KEY,
    CaseRow,
    ConfigPrompt,
    ParsedConfig,
    TestsItem,
    entries_as_written,
)
from app.i18n import say

_PROMPT_FILES = {".txt", ".md", ".j2", ".json"}


_TEST_FILES = {".csv", ".yaml", ".yml", ".json", ".jsonl"}


_VAR_TEXT_FILES = {".txt", ".md"}


def read_config(path: Path) -> Suite:
    """A promptfoo configuration as a suite: one case per test (and per combination of its list vars) per prompt."""
    path = Path(path)
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadablePromptfooConfig(
            path, say("Evals", "the file cannot be opened.", "evals.promptfoo-not-opened"), str(exc)
        ) from exc
    except yaml.YAMLError as exc:
        raise UnreadablePromptfooConfig(
            path,
            say("Evals", "it is not valid YAML (see the details for where).", "evals.promptfoo-not-yaml"),
            str(exc),
        ) from exc
    if not isinstance(config, dict):
        raise UnreadablePromptfooConfig(
            path,
            say(
                "Evals",
                "it should hold settings such as 'prompts' and 'tests', and it does not.",
                "evals.promptfoo-not-settings",
            ),
        )
    read = ConfigReader(path.resolve()).read(config)
    source = {**config, ORIGIN_KEY: str(path.resolve())}
    return Suite(read.name, tuple(read.cases), tuple(read.unsupported), source)


class ConfigReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent
        self.templates: dict[str, Any] = {}
        self.unsupported: list[str] = []
        self.known = known_types()

    def problem(self, sentence: str, details: str = "") -> UnreadablePromptfooConfig:
        return UnreadablePromptfooConfig(self.path, sentence, details)

    def read(self, config: dict[str, Any]) -> ParsedConfig:
        templates = config.get("assertionTemplates") or {}
        if not isinstance(templates, dict):
            raise self.problem(
                say(
                    "Evals",
                    "its 'assertionTemplates' should be named assertions, and they are not.",
                    "evals.promptfoo-bad-templates",
                )
            )
        self.templates = templates
        prompts, sizes = self.prompts(config.get("prompts"))
        default_test = self.default_test(config.get("defaultTest"))
        default_vars = self.vars(default_test.get("vars"), "defaultTest")
        default_checks = self.checks(default_test.get("assert"), "defaultTest")
        default_threshold = self.number(
            default_test.get("threshold"),
            say("Evals", "the threshold of defaultTest", "evals.promptfoo-default-threshold"),
        )
        sources = self.sources(config.get("tests"))
        rows: list[CaseRow] = []
        for s, source in enumerate(sources):
            start = len(rows)
            for t, test in enumerate(source.tests):
                where = (
                    say("Evals", "test {number} of {file}", "evals.promptfoo-test-of-file").format(
                        number=t + 1, file=source.written
                    )
                    if isinstance(source.written, str)
                    else say("Evals", "test {number}", "evals.promptfoo-test").format(number=s + 1)
                )
                if isinstance(test.get("description"), str) and test["description"]:
                    where = say("Evals", "the test '{name}'", "evals.promptfoo-named-test").format(
                        name=test["description"]
                    )
                test_start = len(rows)
                rows += self.rows(test, (s, t), where, prompts, default_vars, default_checks, default_threshold)
                source.test_rows.append((test_start, len(rows)))
            source.rows = (start, len(rows))
        cases = [
            Case(prompt, dict(row.vars), row.checks, row.threshold, row.description)
            for row in rows
            for prompt in row.prompts
        ]
        description = config.get("description")
        name = description if isinstance(description, str) and description.strip() else self.path.stem
        return ParsedConfig(
            config, self.path, name, prompts, sizes, sources, rows, cases, self.unsupported, default_test,
            default_checks, default_vars, templates,
        )  # fmt: skip

    # -- prompts

    def prompts(self, written: Any) -> tuple[list[ConfigPrompt], list[int]]:
        if written is None:
            raise self.problem(
                say(
                    "Evals", "it has no 'prompts', so there is nothing to ask the models.", "evals.promptfoo-no-prompts"
                )
            )
        if not isinstance(written, str | dict | list):
            raise self.problem(
                say(
                    "Evals",
                    "its 'prompts' should be a prompt or a list of prompts, and they are not.",
                    "evals.promptfoo-bad-prompts",
                )
            )
        entries = entries_as_written(written)
        prompts: list[ConfigPrompt] = []
        sizes = []
        for index, entry in enumerate(entries):
            texts, names = self.prompt_texts(entry, index)
            prompts += [ConfigPrompt(text, index, (*names, text)) for text in texts]
            sizes.append(len(texts))
        if not prompts:
            raise self.problem(
                say(
                    "Evals",
                    "its 'prompts' list is empty, so there is nothing to ask the models.",
                    "evals.promptfoo-empty-prompts",
                )
            )
        return prompts, sizes

    def prompt_texts(self, entry: Any, index: int) -> tuple[list[str], tuple[str, ...]]:
        if isinstance(entry, str):
            return (self.prompt_file(entry) if entry.startswith(FILE_PREFIX) else [entry]), (entry,)
        if isinstance(entry, dict):
            names = tuple(v for v in (entry.get("label"), entry.get("id")) if isinstance(v, str))
            raw, ref = entry.get("raw"), entry.get("id")
            if isinstance(raw, str):
                return [raw], names
            if isinstance(ref, str) and ref.startswith(FILE_PREFIX):
                return self.prompt_file(ref), names
            if isinstance(ref, str):
                return [ref], names
        raise self.problem(
            say(
                "Evals",
                "prompt {number} is neither text, a file:// reference, nor a prompt with 'raw' text.",
                "evals.promptfoo-bad-prompt",
            ).format(number=index + 1)
        )

    def prompt_file(self, ref: str) -> list[str]:
        file = self.file(ref, "prompt")
        if file.suffix.lower() not in _PROMPT_FILES:
            raise self.problem(
                say(
                    "Evals",
                    "Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.",
                    "evals.promptfoo-prompt-file-kind",
                ).format(file=ref)
            )
        text = self.text(file, ref)
        if file.suffix.lower() != ".txt":
            return [text]
        return [part.strip() for part in text.split("---") if part.strip()]  # promptfoo's separator

    # -- tests

    def default_test(self, written: Any) -> dict[str, Any]:
        if written is None:
            return {}
        loaded = self.structured(written, "defaultTest") if isinstance(written, str) else written
        if not isinstance(loaded, dict):
            raise self.problem(
                say(
                    "Evals",
                    "its 'defaultTest' should be a test (vars, assert, …), and it is not.",
                    "evals.promptfoo-bad-default-test",
                )
            )
        return loaded

    def sources(self, written: Any) -> list[TestsItem]:
        if written is None:
            return [TestsItem(None, [{}])]  # promptfoo asks each prompt once with defaultTest alone
        items = [written] if isinstance(written, str | dict) else written
        if not isinstance(items, list):
            raise self.problem(
                say(
                    "Evals",
                    "its 'tests' should be a list of tests or a file:// reference, and they are not.",
                    "evals.promptfoo-bad-tests",
                )
            )
        sources = []
        for item in items:
            if isinstance(item, dict):
                sources.append(TestsItem(item, [item]))
            elif isinstance(item, str) and item.startswith(FILE_PREFIX):
                sources.append(TestsItem(item, self.tests_file(item)))
            elif isinstance(item, str):
                raise self.problem(
                    say(
                        "Evals",
                        "Hearth reads tests written in the file or in files it names (file://…), not {item}.",
                        "evals.promptfoo-tests-elsewhere",
                    ).format(item=item)
                )
            else:
                raise self.problem(
                    say(
                        "Evals",
                        "an item of its 'tests' is neither a test nor a file:// reference.",
                        "evals.promptfoo-bad-tests-item",
                    )
                )
        return sources

    def tests_file(self, ref: str) -> list[dict[str, Any]]:
        file = self.file(ref, "tests")
        suffix = file.suffix.lower()
        if suffix not in _TEST_FILES:
            raise self.problem(
                say(
                    "Evals",
                    "Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.",
                    "evals.promptfoo-tests-file-kind",
                ).format(file=ref)
            )
        if suffix == ".csv":
            text = io.StringIO(self.text(file, ref), newline="")  # a quoted cell may span lines
            return [test_from_csv_row(row) for row in csv.DictReader(text)]
        loaded: Any
        if suffix == ".jsonl":
            try:
                loaded = [json.loads(line) for line in self.text(file, ref).splitlines() if line.strip()]
            except json.JSONDecodeError as exc:
                raise self.problem(
                    say("Evals", "{file} is not JSON Lines.", "evals.promptfoo-not-jsonl").format(file=ref), str(exc)
                ) from exc
        else:
            loaded = self.structured(ref, "tests")
        tests = loaded if isinstance(loaded, list) else [loaded]
        if not all(isinstance(test, dict) for test in tests):
            raise self.problem(
                say(
                    "Evals", "{file} should hold a list of tests, and it does not.", "evals.promptfoo-not-tests"
                ).format(file=ref)
            )
        return tests

    def rows(
        self,
        test: dict[str, Any],
        origin: tuple[int, int],
        where: str,
        prompts: list[ConfigPrompt],
        default_vars: dict[str, Any],
        default_checks: tuple[Check, ...],
        default_threshold: float | None,
    ) -> list[CaseRow]:
        options = test.get("options") or {}
        if not isinstance(options, dict):
            raise self.problem(
                say("Evals", "the 'options' of {where} are not settings.", "evals.promptfoo-bad-options").format(
                    where=where
                )
            )
        merged = {**default_vars, **self.vars(test.get("vars"), where)}
        checks = self.checks(test.get("assert"), where)
        if not options.get("disableDefaultAsserts"):
            checks = default_checks + checks
        threshold = self.number(
            test.get("threshold"),
            say("Evals", "the threshold of {where}", "evals.promptfoo-threshold-of").format(where=where),
        )
        threshold = default_threshold if threshold is None else threshold
        description = test.get("description") if isinstance(test.get("description"), str) else ""
        asked = tuple(p.text for p in self.selected(prompts, test.get("prompts"), where))
        combinations = [merged] if options.get("disableVarExpansion") else _combinations(merged)
        return [CaseRow(combo, checks, threshold, description or "", asked, origin) for combo in combinations]

    def selected(self, prompts: list[ConfigPrompt], chosen: Any, where: str) -> list[ConfigPrompt]:
        if chosen is None:
            return prompts
        if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
            raise self.problem(
                say(
                    "Evals",
                    "the 'prompts' of {where} should be a list of prompt labels, and they are not.",
                    "evals.promptfoo-bad-test-prompts",
                ).format(where=where)
            )
        return [p for p in prompts if any(_names_match(c, name) for c in chosen for name in p.names)]

    def vars(self, written: Any, where: str) -> dict[str, Any]:
        if written is None:
            return {}
        if not isinstance(written, dict):
            raise self.problem(
                say(
                    "Evals",
                    "the 'vars' of {where} should be names with values, and they are not.",
                    "evals.promptfoo-bad-vars",
                ).format(where=where)
            )
        return {str(k): self.var_value(v) for k, v in written.items()}

    def var_value(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith(FILE_PREFIX) and Path(value).suffix.lower() in _VAR_TEXT_FILES:
            return self.text(self.file(value, "var"), value)
        return value

    def checks(self, written: Any, where: str) -> tuple[Check, ...]:
        if written is None:
            return ()
        if not isinstance(written, list):
            raise self.problem(
                say(
                    "Evals",
                    "the 'assert' of {where} should be a list of assertions, and it is not.",
                    "evals.promptfoo-bad-assert",
                ).format(where=where)
            )

        def in_test(problem: str) -> Exception:
            return self.problem(
                say("Evals", "{problem} (in {where}).", "evals.promptfoo-in-test").format(problem=problem, where=where)
            )

        checks = tuple(check_of(a, self.templates, in_test) for a in written)
        for check in checks:
            if not is_supported(check.type, self.known) and check.type not in self.unsupported:
                self.unsupported.append(check.type)
        return checks

    def number(self, value: Any, what: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.problem(
                say("Evals", "{what} should be a number, and it is {value}.", "evals.promptfoo-not-number").format(
                    what=what, value=repr(value)
                )
            )
        return float(value)

    # -- files

    def file(self, ref: str, what: str) -> Path:
        name = ref[len(FILE_PREFIX) :]
        if any(c in name for c in "*?[") or re.search(r"\.(py|js|ts|mjs|cjs)(:|$)", name):
            raise self.problem(
                say(
                    "Evals",
                    "its {what} {file} is made by code or a pattern of files, which Hearth does not run.",
                    "evals.promptfoo-code-file",
                ).format(what=what, file=ref)
            )
        return Path(name) if Path(name).is_absolute() else self.folder / name

    def text(self, file: Path, ref: str) -> str:
        try:
            return file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise self.problem(
                say("Evals", "the file it names, {file}, cannot be read.", "evals.promptfoo-file-unreadable").format(
                    file=ref
                ),
                str(exc),
            ) from exc

    def structured(self, ref: str, what: str) -> Any:
        if not ref.startswith(FILE_PREFIX):
            raise self.problem(
                say(
                    "Evals",
                    "its {what} '{file}' is neither written out nor a file:// reference.",
                    "evals.promptfoo-not-written-out",
                ).format(what=what, file=ref)
            )
        file = self.file(ref, what)
        try:
            return yaml.safe_load(self.text(file, ref))  # JSON is YAML too
        except yaml.YAMLError as exc:
            raise self.problem(
                say("Evals", "{file} is not valid YAML or JSON.", "evals.promptfoo-file-not-yaml").format(file=ref),
                str(exc),
            ) from exc


def _names_match(chosen: str, name: str) -> bool:
    return name.startswith(chosen[:-1]) if chosen.endswith("*") else name == chosen


def _combinations(merged: dict[str, Any]) -> list[dict[str, Any]]:
    """promptfoo asks once per value of a var holding a list of plain values; the first such var changes slowest."""
    choices = [
        v if isinstance(v, list) and v and all(not isinstance(x, dict | list) for x in v) else [v]
        for v in merged.values()
    ]
    return [dict(zip(merged, values, strict=True)) for values in itertools.product(*choices)]

"""promptfoo's configuration in and out (issue 28, item 7): a `promptfooconfig.yaml` read as a Hearth suite, and a
suite written back as one.

People who already test prompts with promptfoo keep their files; Hearth runs what it can of them on local models.
What Hearth does not run (providers, options, assertion types it lacks, keys it does not know) is never dropped:
`Suite.source` keeps the parsed file, and writing starts from it and replaces only what the person changed in
Hearth, so a round trip leaves the rest of the file as it was, and an unchanged suite gives the file back whole.

promptfoo's rules followed here: every test × every prompt, test by test as promptfoo orders its rows, narrowed by a
test's `prompts` filter; `defaultTest`'s vars under each test's, its assertions before each test's (unless the test
sets `options.disableDefaultAsserts`), its threshold where a test has none; a var holding a list asks once per value
(every combination where several do); `tests: file://tests.csv`, one column per var and `__expected…` columns in
promptfoo's one-line form (`icontains:paris`, `contains-any:a,b`, `llm-rubric:…`). `file://` references are
relative to the configuration's folder; a prompt file's text (a .txt file holding several prompts between `---`
lines) and a text var file are read in, and written back as the reference while their text is unchanged.
"""

from __future__ import annotations

import copy
import csv
import difflib
import importlib
import io
import itertools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.errors import HearthError
from app.evals.cases import Case, Check, Suite

# In Suite.source beside the file's own keys, dropped on writing: where the file was, for its file:// references.
ORIGIN_KEY = "x-hearth-read-from"

# Until app.evals.checks (KNOWN_TYPES) is in this branch: the types Hearth runs, each also with promptfoo's "not-".
_FALLBACK_KNOWN_TYPES = frozenset({
    "equals", "contains", "icontains", "contains-any", "icontains-any", "contains-all", "icontains-all",
    "not-contains", "not-icontains", "starts-with", "regex", "is-json", "contains-json", "latency",
})  # fmt: skip

# promptfoo's assertion types, for reading a CSV's one-line assertions the way promptfoo does (src/csv.ts).
_PROMPTFOO_TYPES = (
    "answer-relevance", "bleu", "classifier", "contains", "contains-all", "contains-any", "contains-html",
    "contains-json", "contains-sql", "contains-xml", "context-faithfulness", "context-recall", "context-relevance",
    "conversation-relevance", "cost", "equals", "factuality", "finish-reason", "g-eval", "gleu", "guardrails",
    "icontains", "icontains-all", "icontains-any", "is-html", "is-json", "is-refusal", "is-sql",
    "is-valid-function-call", "is-valid-openai-function-call", "is-valid-openai-tools-call", "is-xml", "javascript",
    "latency", "levenshtein", "llm-rubric", "pi", "meteor", "model-graded-closedqa", "model-graded-factuality",
    "moderation", "perplexity", "perplexity-score", "python", "regex", "rouge-n", "ruby", "similar", "similar:cosine",
    "similar:dot", "similar:euclidean", "starts-with", "tool-call-f1", "trace-error-spans", "trace-span-count",
    "trace-span-duration", "search-rubric", "webhook", "word-count",
)  # fmt: skip
_ONE_LINE = re.compile(
    r"^(not-)?(" + "|".join(map(re.escape, _PROMPTFOO_TYPES)) + r")(?:\((\d+(?:\.\d+)?)\))?(?::([\s\S]*))?$"
)
_LIST_VALUED = {"contains-all", "contains-any", "icontains-all", "icontains-any"}
_THRESHOLD_DEFAULTED = {
    "answer-relevance", "classifier", "context-faithfulness", "context-recall", "context-relevance", "cost",
    "latency", "levenshtein", "perplexity-score", "perplexity", "rouge-n", "similar", "starts-with",
}  # fmt: skip
_PROMPT_FILES = {".txt", ".md", ".j2", ".json"}
_TEST_FILES = {".csv", ".yaml", ".yml", ".json", ".jsonl"}
_VAR_TEXT_FILES = {".txt", ".md"}
_FILE = "file://"


class UnreadablePromptfooConfig(HearthError):
    """A promptfoo configuration Hearth cannot read: not YAML, not promptfoo's shape, or a file it names is not
    there. The message names what is wrong, so the person can fix that one thing."""

    def __init__(self, path: Path, problem: str, details: str = "") -> None:
        super().__init__(f"Hearth cannot read {path.name} as a promptfoo configuration: {problem}", details)
        self.path = path


class PromptfooConfigNotSaved(HearthError):
    def __init__(self, path: Path, details: str) -> None:
        super().__init__(f"Hearth could not save {path}. Choose another folder, or free some disk space.", details)


def known_types() -> frozenset[str]:
    """The assertion types Hearth runs. Looked up when needed so this module stands without the checks module."""
    try:
        module = importlib.import_module("app.evals.checks")
    except ImportError:
        return _FALLBACK_KNOWN_TYPES
    return frozenset(module.KNOWN_TYPES)


def is_supported(kind: str, known: frozenset[str]) -> bool:
    return kind in known or (kind.startswith("not-") and kind[4:] in known)


def read_config(path: Path) -> Suite:
    """A promptfoo configuration as a suite: one case per test (and per combination of its list vars) per prompt."""
    path = Path(path)
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadablePromptfooConfig(path, "the file cannot be opened.", str(exc)) from exc
    except yaml.YAMLError as exc:
        raise UnreadablePromptfooConfig(path, "it is not valid YAML (see the details for where).", str(exc)) from exc
    if not isinstance(config, dict):
        raise UnreadablePromptfooConfig(path, "it should hold settings such as 'prompts' and 'tests', and it does not.")
    read = _Reader(path.resolve()).read(config)
    source = {**config, ORIGIN_KEY: str(path.resolve())}
    return Suite(read.name, tuple(read.cases), tuple(read.unsupported), source)


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
    read = _Reader(origin_path).read(config) if config else _Read.empty(origin_path)
    updated = _updated_config(suite, read)
    text = yaml.dump(
        _rebased(updated, origin_path.parent, path.resolve().parent),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=120,
    )
    _write_text(path, text)


@dataclass(frozen=True)
class _Prompt:
    text: str
    entry: int  # its entry in `prompts`
    names: tuple[str, ...]  # what a test's `prompts` filter may call it: label, id, the text


@dataclass
class _Row:
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
class _Source:
    """One item of `tests`: a test written inline, or a file of tests (written None: promptfoo's implicit test)."""

    written: Any
    tests: list[dict[str, Any]]
    rows: tuple[int, int] = (0, 0)
    test_rows: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Read:
    config: dict[str, Any]
    path: Path
    name: str
    prompts: list[_Prompt]
    entry_sizes: list[int]  # how many prompts each entry of `prompts` gave
    sources: list[_Source]
    rows: list[_Row]
    cases: list[Case]
    unsupported: list[str]
    default_test: dict[str, Any]
    default_checks: tuple[Check, ...]
    default_vars: dict[str, Any]  # with var files read in
    templates: dict[str, Any]

    @staticmethod
    def empty(path: Path) -> _Read:
        return _Read({}, path, path.stem, [], [], [], [], [], [], {}, (), {}, {})


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent
        self.templates: dict[str, Any] = {}
        self.unsupported: list[str] = []
        self.known = known_types()

    def problem(self, sentence: str, details: str = "") -> UnreadablePromptfooConfig:
        return UnreadablePromptfooConfig(self.path, sentence, details)

    def read(self, config: dict[str, Any]) -> _Read:
        templates = config.get("assertionTemplates") or {}
        if not isinstance(templates, dict):
            raise self.problem("its 'assertionTemplates' should be named assertions, and they are not.")
        self.templates = templates
        prompts, sizes = self.prompts(config.get("prompts"))
        default_test = self.default_test(config.get("defaultTest"))
        default_vars = self.vars(default_test.get("vars"), "defaultTest")
        default_checks = self.checks(default_test.get("assert"), "defaultTest")
        default_threshold = self.number(default_test.get("threshold"), "the threshold of defaultTest")
        sources = self.sources(config.get("tests"))
        rows: list[_Row] = []
        for s, source in enumerate(sources):
            start = len(rows)
            for t, test in enumerate(source.tests):
                where = f"test {t + 1} of {source.written}" if isinstance(source.written, str) else f"test {s + 1}"
                if isinstance(test.get("description"), str) and test["description"]:
                    where = f"the test '{test['description']}'"
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
        return _Read(
            config, self.path, name, prompts, sizes, sources, rows, cases, self.unsupported, default_test,
            default_checks, default_vars, templates,
        )  # fmt: skip

    # -- prompts

    def prompts(self, written: Any) -> tuple[list[_Prompt], list[int]]:
        if written is None:
            raise self.problem("it has no 'prompts', so there is nothing to ask the models.")
        if not isinstance(written, str | dict | list):
            raise self.problem("its 'prompts' should be a prompt or a list of prompts, and they are not.")
        entries = _entries_as_written(written)
        prompts: list[_Prompt] = []
        sizes = []
        for index, entry in enumerate(entries):
            texts, names = self.prompt_texts(entry, index)
            prompts += [_Prompt(text, index, (*names, text)) for text in texts]
            sizes.append(len(texts))
        if not prompts:
            raise self.problem("its 'prompts' list is empty, so there is nothing to ask the models.")
        return prompts, sizes

    def prompt_texts(self, entry: Any, index: int) -> tuple[list[str], tuple[str, ...]]:
        if isinstance(entry, str):
            return (self.prompt_file(entry) if entry.startswith(_FILE) else [entry]), (entry,)
        if isinstance(entry, dict):
            names = tuple(v for v in (entry.get("label"), entry.get("id")) if isinstance(v, str))
            raw, ref = entry.get("raw"), entry.get("id")
            if isinstance(raw, str):
                return [raw], names
            if isinstance(ref, str) and ref.startswith(_FILE):
                return self.prompt_file(ref), names
            if isinstance(ref, str):
                return [ref], names
        raise self.problem(f"prompt {index + 1} is neither text, a file:// reference, nor a prompt with 'raw' text.")

    def prompt_file(self, ref: str) -> list[str]:
        file = self.file(ref, "prompt")
        if file.suffix.lower() not in _PROMPT_FILES:
            raise self.problem(f"Hearth reads prompts from .txt, .md, .j2 and .json files, and {ref} is not one.")
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
            raise self.problem("its 'defaultTest' should be a test (vars, assert, …), and it is not.")
        return loaded

    def sources(self, written: Any) -> list[_Source]:
        if written is None:
            return [_Source(None, [{}])]  # promptfoo asks each prompt once with defaultTest alone
        items = [written] if isinstance(written, str | dict) else written
        if not isinstance(items, list):
            raise self.problem("its 'tests' should be a list of tests or a file:// reference, and they are not.")
        sources = []
        for item in items:
            if isinstance(item, dict):
                sources.append(_Source(item, [item]))
            elif isinstance(item, str) and item.startswith(_FILE):
                sources.append(_Source(item, self.tests_file(item)))
            elif isinstance(item, str):
                raise self.problem(
                    f"Hearth reads tests written in the file or in files it names (file://…), not {item}."
                )
            else:
                raise self.problem("an item of its 'tests' is neither a test nor a file:// reference.")
        return sources

    def tests_file(self, ref: str) -> list[dict[str, Any]]:
        file = self.file(ref, "tests")
        suffix = file.suffix.lower()
        if suffix not in _TEST_FILES:
            raise self.problem(
                f"Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {ref} is not one."
            )
        if suffix == ".csv":
            text = io.StringIO(self.text(file, ref), newline="")  # a quoted cell may span lines
            return [_test_from_csv_row(row) for row in csv.DictReader(text)]
        loaded: Any
        if suffix == ".jsonl":
            try:
                loaded = [json.loads(line) for line in self.text(file, ref).splitlines() if line.strip()]
            except json.JSONDecodeError as exc:
                raise self.problem(f"{ref} is not JSON Lines.", str(exc)) from exc
        else:
            loaded = self.structured(ref, "tests")
        tests = loaded if isinstance(loaded, list) else [loaded]
        if not all(isinstance(test, dict) for test in tests):
            raise self.problem(f"{ref} should hold a list of tests, and it does not.")
        return tests

    def rows(
        self,
        test: dict[str, Any],
        origin: tuple[int, int],
        where: str,
        prompts: list[_Prompt],
        default_vars: dict[str, Any],
        default_checks: tuple[Check, ...],
        default_threshold: float | None,
    ) -> list[_Row]:
        options = test.get("options") or {}
        if not isinstance(options, dict):
            raise self.problem(f"the 'options' of {where} are not settings.")
        merged = {**default_vars, **self.vars(test.get("vars"), where)}
        checks = self.checks(test.get("assert"), where)
        if not options.get("disableDefaultAsserts"):
            checks = default_checks + checks
        threshold = self.number(test.get("threshold"), f"the threshold of {where}")
        threshold = default_threshold if threshold is None else threshold
        description = test.get("description") if isinstance(test.get("description"), str) else ""
        asked = tuple(p.text for p in self.selected(prompts, test.get("prompts"), where))
        combinations = [merged] if options.get("disableVarExpansion") else _combinations(merged)
        return [_Row(combo, checks, threshold, description or "", asked, origin) for combo in combinations]

    def selected(self, prompts: list[_Prompt], chosen: Any, where: str) -> list[_Prompt]:
        if chosen is None:
            return prompts
        if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
            raise self.problem(f"the 'prompts' of {where} should be a list of prompt labels, and they are not.")
        return [p for p in prompts if any(_names_match(c, name) for c in chosen for name in p.names)]

    def vars(self, written: Any, where: str) -> dict[str, Any]:
        if written is None:
            return {}
        if not isinstance(written, dict):
            raise self.problem(f"the 'vars' of {where} should be names with values, and they are not.")
        return {str(k): self.var_value(v) for k, v in written.items()}

    def var_value(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith(_FILE) and Path(value).suffix.lower() in _VAR_TEXT_FILES:
            return self.text(self.file(value, "var"), value)
        return value

    def checks(self, written: Any, where: str) -> tuple[Check, ...]:
        if written is None:
            return ()
        if not isinstance(written, list):
            raise self.problem(f"the 'assert' of {where} should be a list of assertions, and it is not.")
        checks = tuple(_check_of(a, self.templates, lambda s: self.problem(f"{s} (in {where}).")) for a in written)
        for check in checks:
            if not is_supported(check.type, self.known) and check.type not in self.unsupported:
                self.unsupported.append(check.type)
        return checks

    def number(self, value: Any, what: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.problem(f"{what} should be a number, and it is {value!r}.")
        return float(value)

    # -- files

    def file(self, ref: str, what: str) -> Path:
        name = ref[len(_FILE) :]
        if any(c in name for c in "*?[") or re.search(r"\.(py|js|ts|mjs|cjs)(:|$)", name):
            raise self.problem(f"its {what} {ref} is made by code or a pattern of files, which Hearth does not run.")
        return Path(name) if Path(name).is_absolute() else self.folder / name

    def text(self, file: Path, ref: str) -> str:
        try:
            return file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise self.problem(f"the file it names, {ref}, cannot be read.", str(exc)) from exc

    def structured(self, ref: str, what: str) -> Any:
        if not ref.startswith(_FILE):
            raise self.problem(f"its {what} '{ref}' is neither written out nor a file:// reference.")
        file = self.file(ref, what)
        try:
            return yaml.safe_load(self.text(file, ref))  # JSON is YAML too
        except yaml.YAMLError as exc:
            raise self.problem(f"{ref} is not valid YAML or JSON.", str(exc)) from exc


def _names_match(chosen: str, name: str) -> bool:
    return name.startswith(chosen[:-1]) if chosen.endswith("*") else name == chosen


def _combinations(merged: dict[str, Any]) -> list[dict[str, Any]]:
    """promptfoo asks once per value of a var holding a list of plain values; the first such var changes slowest."""
    choices = [
        v if isinstance(v, list) and v and all(not isinstance(x, dict | list) for x in v) else [v]
        for v in merged.values()
    ]
    return [dict(zip(merged, values, strict=True)) for values in itertools.product(*choices)]


def _check_of(assertion: Any, templates: dict[str, Any], problem: Callable[[str], Exception]) -> Check:
    """One assertion as a Check; `raw` keeps it as written (a `$ref` to an assertion template included)."""
    if not isinstance(assertion, dict):
        raise problem("an assertion should be a type with its value, and one is not")
    resolved: Any = assertion
    ref = assertion.get("$ref")
    if isinstance(ref, str):
        prefix = "#/assertionTemplates/"
        resolved = templates.get(ref[len(prefix) :]) if ref.startswith(prefix) else None
        if not isinstance(resolved, dict):
            raise problem(f"the assertion {ref} names no assertion template")
    kind = resolved.get("type")
    if not isinstance(kind, str) or not kind:
        raise problem("an assertion has no type")
    weight, threshold = resolved.get("weight", 1.0), resolved.get("threshold")
    for what, value in (("weight", weight), ("threshold", threshold)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise problem(f"the {what} of a {kind} assertion should be a number, and it is {value!r}")
    return Check(
        kind,
        resolved.get("value"),
        float(weight),
        None if threshold is None else float(threshold),
        raw=copy.deepcopy(assertion),
    )


def _assertion_from_line(line: str) -> dict[str, Any]:
    """promptfoo's one-line assertion of a CSV cell, as promptfoo reads it: `type:value`, `type(0.8):value`, a few
    older prefixes for code and graders, and anything else an `equals`."""
    for prefixes, kind in ((("javascript:", "fn:", "eval:"), "javascript"), (("grade:", "llm-rubric:"), "llm-rubric")):
        for prefix in prefixes:
            if line.startswith(prefix):
                value = line[len(prefix) :]
                return {"type": kind, "value": value.strip() if kind == "javascript" else value}
    if line.startswith("python:"):
        return {"type": "python", "value": line[len("python:") :].strip()}
    if line.startswith(_FILE) and re.search(r"\.py(:|$)", line):
        return {"type": "python", "value": line[len(_FILE) :].strip()}
    if line.startswith(_FILE) and re.search(r"\.(js|ts)(:|$)", line):
        return {"type": "javascript", "value": line[len(_FILE) :].strip()}
    match = _ONE_LINE.match(line)
    if match is None:
        return {"type": "equals", "value": line}
    negated, base, threshold, value = match.groups()
    assertion: dict[str, Any] = {"type": f"not-{base}" if negated else base}
    if base in _LIST_VALUED:
        assertion["value"] = [part.strip() for part in (value or "").split(",")]
        return assertion
    if value is not None:
        assertion["value"] = value
    if base in _THRESHOLD_DEFAULTED:
        assertion["threshold"] = (
            float(threshold) if threshold and float(threshold) else (0.8 if base == "similar" else 0.75)
        )
    return assertion


def _test_from_csv_row(row: dict[str | None, str | None]) -> dict[str, Any]:
    """One CSV row as the test promptfoo makes of it: columns are vars, `__expected…` are assertions, and
    `__description`, `__threshold`, `__metric`, `__prefix`, `__suffix`, `__metadata:…` set the rest."""
    variables: dict[str, Any] = {}
    asserts: list[dict[str, Any]] = []
    test: dict[str, Any] = {"vars": variables, "assert": asserts}
    options: dict[str, Any] = {}
    metadata: dict[str, Any] = {}
    metric = ""
    for key, cell in row.items():
        value = cell or ""
        if key is None:
            continue
        if key.startswith("__expected"):
            if value.strip():
                asserts.append(_assertion_from_line(value))
        elif key in ("__prefix", "__suffix"):
            options[key[2:]] = value
        elif key in ("__description", "__providerOutput") and value:
            test[key[2:]] = value
        elif key == "__metric":
            metric = value
        elif key == "__threshold":
            try:
                if float(value):
                    test["threshold"] = float(value)
            except ValueError:
                pass
        elif key.startswith("__metadata:"):
            metadata[key[len("__metadata:") :]] = value
        else:
            variables[key] = value
    for assertion in asserts:
        if metric:
            assertion["metric"] = metric
    if options:
        test["options"] = options
    if metadata:
        test["metadata"] = metadata
    return test


def _updated_config(suite: Suite, read: _Read) -> dict[str, Any]:
    config = copy.deepcopy(read.config)
    if list(suite.cases) == read.cases and suite.name == read.name:
        return config
    if suite.name != read.name:
        config = {"description": suite.name, **{k: v for k, v in config.items() if k != "description"}}
    rows = _rows_of(suite.cases)
    texts, entries, labels = _prompts_out(read, rows)
    if entries != _entries_as_written(read.config.get("prompts")):
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


def _rows_of(cases: Iterable[Case]) -> list[_Row]:
    """Cases back into tests: neighbours with the same vars, checks, threshold and description are one test asked
    of several prompts (as promptfoo orders them), until a prompt comes round again."""
    rows: list[_Row] = []
    for case in cases:
        if rows and rows[-1].same_test(case) and case.prompt not in rows[-1].prompts:
            rows[-1].prompts += (case.prompt,)
        else:
            rows.append(_Row(dict(case.vars), case.checks, case.threshold, case.description, (case.prompt,)))
    return rows


def _matched(old: Sequence[_Row], new: Sequence[_Row]) -> list[tuple[bool, int] | None]:
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


def _template(read: _Read, row: _Row) -> dict[str, Any]:
    if row.origin is None:
        return {}
    source, test = row.origin
    return read.sources[source].tests[test]


def _whole_written(read: _Read, matches: list[tuple[bool, int] | None], j: int) -> tuple[Any, int] | None:
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

    def __init__(self, read: _Read, keep_default: bool, texts: list[str], labels: dict[str, str]) -> None:
        self.read = read
        self.keep_default = keep_default
        self.texts = texts
        self.labels = labels
        self.default_threshold = read.default_test.get("threshold")
        self.reader = _Reader(read.path)

    def test(self, row: _Row, template: dict[str, Any], disabled: bool) -> dict[str, Any]:
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
        asserts = [_assertion_of(check, self.read.templates) for check in checks]
        _set(test, "assert", asserts, keep_empty="assert" in template)
        if row.threshold is None or (row.threshold == self.default_threshold and "threshold" not in template):
            test.pop("threshold", None)
        else:
            test["threshold"] = _plain_number(row.threshold)
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


def _assertion_of(check: Check, templates: dict[str, Any]) -> dict[str, Any]:
    """A check as promptfoo's assertion: as written while unchanged, else its written keys with Hearth's edits."""
    if check.raw:
        try:
            if _check_of(check.raw, templates, ValueError) == check:
                return copy.deepcopy(check.raw)
        except ValueError:
            pass
    assertion = {} if "$ref" in check.raw else copy.deepcopy(check.raw)
    assertion["type"] = check.type
    if check.value is None:
        assertion.pop("value", None)
    else:
        assertion["value"] = check.value
    if check.weight != 1.0 or "weight" in assertion:
        assertion["weight"] = _plain_number(check.weight)
    if check.threshold is None:
        assertion.pop("threshold", None)
    else:
        assertion["threshold"] = _plain_number(check.threshold)
    return assertion


def _plain_number(number: float) -> float | int:
    return int(number) if number.is_integer() else number


def _entries_as_written(written: Any) -> list[Any]:
    if isinstance(written, list):
        return written
    if isinstance(written, dict):
        return [
            {"raw": k, "label": v} if not k.startswith(_FILE) else {"id": k, "label": v} for k, v in written.items()
        ]
    return [written]


def _prompts_out(read: _Read, rows: list[_Row]) -> tuple[list[str], list[Any], dict[str, str]]:
    """The prompts the rows ask, in the file's order with new ones after (an edited prompt keeps its place), as
    `prompts` entries: unchanged ones as written, and a label on each prompt that a test's filter must name."""
    asked = list(dict.fromkeys(text for row in rows for text in row.prompts))
    old = list(dict.fromkeys(p.text for p in read.prompts))
    gone = [text for text in old if text not in asked]
    fresh = [text for text in asked if text not in old]
    edits = dict(zip(gone, fresh, strict=True)) if len(gone) == len(fresh) else {}
    texts = [text if text in asked else edits[text] for text in old if text in asked or text in edits]
    texts += [text for text in fresh if text not in texts]
    everything = set(texts)
    filtered = {text for row in rows if set(row.prompts) != everything for text in row.prompts}
    written = _entries_as_written(read.config.get("prompts"))
    by_text = {p.text: p for p in read.prompts}
    replaced = {new: by_text[old_text] for old_text, new in edits.items()}
    taken = {name for p in read.prompts for name in p.names[:-1]}
    labels: dict[str, str] = {}
    entries: list[Any] = []
    done_entries: set[int] = set()
    for number, text in enumerate(texts, start=1):
        label = None
        if text in filtered:
            label = f"prompt {number}"
            while label in taken:
                label += "'"
        origin = by_text.get(text) or replaced.get(text)
        entry: Any = text
        if origin is not None:
            size = read.entry_sizes[origin.entry]
            entry = copy.deepcopy(written[origin.entry])
            if size > 1:  # a file of several prompts: kept whole while all of them are asked unchanged, in order
                parts = [p.text for p in read.prompts if p.entry == origin.entry]
                start = texts.index(parts[0]) if parts[0] in texts else -1
                if origin.entry in done_entries:
                    continue
                if start >= 0 and texts[start : start + size] == parts and not filtered & set(parts):
                    entries.append(entry)
                    done_entries.add(origin.entry)
                    continue
                entry = text
            elif text in replaced:
                entry = {**entry, "raw": text} if isinstance(entry, dict) else text
                if isinstance(entry, dict) and str(entry.get("id", "")).startswith(_FILE):
                    entry.pop("id")
        if label is not None:
            existing = _label_of(entry)
            if existing is not None:
                label = existing
            elif isinstance(entry, dict):
                entry = {**entry, "label": label}
            else:
                entry = {"id": entry, "label": label} if entry.startswith(_FILE) else {"raw": entry, "label": label}
            labels[text] = label
        entries.append(entry)
    return texts, entries, labels


def _label_of(entry: Any) -> str | None:
    if isinstance(entry, dict):
        for key in ("label", "id"):
            if isinstance(entry.get(key), str):
                return str(entry[key])
    return None


def _rebased(node: Any, old: Path, new: Path) -> Any:
    """`file://` references stay relative to the configuration: rewritten from its old folder to its new one."""
    if old == new:
        return node
    if isinstance(node, dict):
        return {k: _rebased(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebased(v, old, new) for v in node]
    if isinstance(node, str) and node.startswith(_FILE) and not os.path.isabs(node[len(_FILE) :]):
        target = old / node[len(_FILE) :]
        try:
            return _FILE + Path(os.path.relpath(target, new)).as_posix()
        except ValueError:  # another drive (Windows): only an absolute path reaches it
            return _FILE + target.as_posix()
    return node


def _literal_strings(dumper: Any, text: str) -> Any:
    """Prompts span lines: written as YAML's literal blocks, the way people write them, not as escaped lines."""
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


def _indented(dumper: Any, flow: bool = False, indentless: bool = False) -> Any:
    """Lists indented under their key, as promptfoo's own examples are."""
    return yaml.SafeDumper.increase_indent(dumper, flow, False)


_Dumper: Any = type(
    "_Dumper", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True, "increase_indent": _indented}
)
_Dumper.add_representer(str, _literal_strings)


def _write_text(path: Path, text: str) -> None:
    """Written whole or not at all (a temporary file renamed over it), like Hearth's other saves."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PromptfooConfigNotSaved(path, str(exc)) from exc

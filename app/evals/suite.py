"""Suites as files: Hearth's JSONL (one case a line), a table of variables a person fills (one case a row), and the
ready suites shipped in resources/evals/.

A JSONL line is `{"prompt", "vars", "checks": [{"type", "value", "weight", "threshold"}], "threshold",
"description", "tools"}`; only "prompt" is required. "tools" are OpenAI tool objects the runner offers for that
case (kept in `Case.tools`, not in its vars). A check of a type Hearth does not run is kept as written and listed in
`Suite.unsupported`, never dropped; a check Hearth runs but whose value it cannot use, a prompt asking for a
variable its case does not give, or a line that is not JSON is an error naming the line, so a suite that loads is
one that runs.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app import paths
from app.errors import HearthError
from app.evals.cases import Case, Check, Suite
from app.evals.checks import NEGATION, OPTIONAL_TYPES, is_known
from app.evals.checks import problem as check_problem
from app.evals.variables import MissingVariable, fill
from app.i18n import say

READY_FOLDER = "evals"
CASE_KEYS = ("prompt", "vars", "checks", "threshold", "description", "tools")
NO_VALUE_TYPES = frozenset({"is-json", "contains-json", "is-valid-openai-tools-call"})
EXPECTED_ALIASES = {"grade": "llm-rubric"}  # promptfoo's short names in a table's __expected column
# promptfoo's types Hearth does not run, as a table's __expected column may name them (kept and listed, not run).
PROMPTFOO_OTHER_TYPES = frozenset(
    {
        "javascript", "python", "fn", "webhook", "levenshtein", "rouge-n", "bleu", "gleu", "meteor", "is-xml",
        "contains-xml", "is-sql", "contains-sql", "is-html", "contains-html", "perplexity", "perplexity-score",
        "cost", "classifier", "moderation", "factuality", "answer-relevance", "model-graded-closedqa", "select-best",
    }
)  # fmt: skip


class SuiteError(HearthError):
    """A suite file or table Hearth cannot read as cases (the sentence names the line or row)."""


def render(case: Case) -> str:
    """The prompt a model is asked: `{{variables}}` filled from the case's vars."""
    return fill(case.prompt, case.vars)


# ---- Hearth's JSONL ---------------------------------------------------------------------------------------------


def load_jsonl(path: Path) -> Suite:
    """A suite from Hearth's JSONL file, named by the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SuiteError(
            say("Evals", "Hearth cannot read the suite {path}.", "evals.suite-unreadable").format(path=path), str(exc)
        ) from exc
    return parse_jsonl(text, name=path.stem, where=str(path))


THE_SUITE = say("Evals", "the suite", "evals.the-suite")


def parse_jsonl(text: str, name: str, where: str = THE_SUITE) -> Suite:
    cases, documents = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SuiteError(
                say(
                    "Evals",
                    "Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a "
                    "JSON object on one line.",
                    "evals.line-not-json",
                ).format(number=number, where=where, error=exc.msg, column=exc.colno),
                line,
            ) from exc
        try:
            cases.append(case_from_json(document))
        except SuiteError as exc:
            raise SuiteError(
                say("Evals", "Line {number} of {where}: {problem}", "evals.line-problem").format(
                    number=number, where=where, problem=exc.sentence
                ),
                line,
            ) from exc
        documents.append(document)
    if not cases:
        raise SuiteError(
            say(
                "Evals",
                "There are no cases in {where}: write one JSON object a line, with at least a “prompt”.",
                "evals.no-cases",
            ).format(where=where)
        )
    return Suite(
        name=name,
        cases=tuple(cases),
        unsupported=unsupported_types(cases),
        source={"format": "jsonl", "cases": documents},
    )


def case_from_json(document: Any) -> Case:
    """One case from its JSON object; every problem is a SuiteError whose sentence says what to change."""
    if not isinstance(document, dict):
        raise SuiteError(
            say(
                "Evals",
                "a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.",
                "evals.case-not-object",
            )
        )
    unknown = [key for key in document if key not in CASE_KEYS]
    if unknown:
        not_part = (
            say("Evals", "{names} is not part of a case; a case may have {allowed}.", "evals.unknown-key")
            if len(unknown) == 1
            else say("Evals", "{names} are not part of a case; a case may have {allowed}.", "evals.unknown-keys")
        ).format(names=_names(unknown), allowed=_names(CASE_KEYS))
        if "assert" in unknown:
            not_part = say("Evals", "{problem} Write promptfoo's “assert” as “checks”.", "evals.assert-hint").format(
                problem=not_part
            )
        raise SuiteError(not_part)
    prompt = document.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        raise SuiteError(say("Evals", "the case has no “prompt” (the text to ask each model).", "evals.no-prompt"))
    variables = document.get("vars", {})
    if not isinstance(variables, dict):
        raise SuiteError(
            say("Evals", "“vars” must be an object of names and values, such as {{“city”: “Paris”}}.", "evals.bad-vars")
        )
    raw_checks = document.get("checks", [])
    if not isinstance(raw_checks, list):
        raise SuiteError(
            say(
                "Evals",
                "“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].",
                "evals.bad-checks",
            )
        )
    description = document.get("description", "")
    if not isinstance(description, str):
        raise SuiteError(say("Evals", "“description” must be text.", "evals.bad-description"))
    tools = document.get("tools", [])
    if not isinstance(tools, list) or not all(isinstance(tool, dict) and _tool_name(tool) for tool in tools):
        raise SuiteError(
            say(
                "Evals",
                "“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.",
                "evals.bad-tools",
            )
        )
    case = Case(
        prompt=prompt,
        vars=variables,
        checks=tuple(check_from_json(item, index, variables) for index, item in enumerate(raw_checks, start=1)),
        threshold=_threshold(document.get("threshold"), say("Evals", "the case's “threshold”", "evals.case-threshold")),
        description=description,
        tools=tuple(tools),
    )
    try:
        render(case)
    except MissingVariable as exc:
        raise SuiteError(
            say(
                "Evals",
                "the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column "
                "or var (this case gives: {given}).",
                "evals.case-missing-variable",
            ).format(**exc.fields)
        ) from exc
    return case


def check_from_json(document: Any, index: int = 1, variables: Mapping[str, Any] | None = None) -> Check:
    """One check from its JSON object (`index` names it in a sentence; `variables` fill its value to try it)."""
    if not isinstance(document, dict) or not isinstance(document.get("type"), str) or not document["type"]:
        raise SuiteError(
            say(
                "Evals",
                "check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.",
                "evals.check-no-type",
            ).format(index=index)
        )
    weight = document.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
        raise SuiteError(
            say(
                "Evals",
                "check {index}'s “weight” must be a number, 0 or more (0: shown, never counted).",
                "evals.check-bad-weight",
            ).format(index=index)
        )
    threshold = document.get("threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float)):
        raise SuiteError(
            say("Evals", "check {index}'s “threshold” must be a number.", "evals.check-bad-threshold").format(
                index=index
            )
        )
    check = Check(
        type=document["type"],
        value=document.get("value"),
        weight=float(weight),
        threshold=None if threshold is None else float(threshold),
        raw=dict(document),
    )
    problem = check_problem(check, variables)
    if problem:
        raise SuiteError(
            say("Evals", "check {index} ({type}): {problem}", "evals.check-problem").format(
                index=index, type=check.type, problem=problem
            )
        )
    return check


def case_to_json(case: Case, *, as_written: bool = True) -> dict[str, Any]:
    """A case as a JSONL line writes it (only what differs from the defaults); checks keep what was written, or,
    with `as_written=False`, are written in Hearth's own form (what a run keeps: a promptfoo assertion's other keys
    are not Hearth's to read back)."""
    document: dict[str, Any] = {"prompt": case.prompt}
    if case.vars:
        document["vars"] = case.vars
    if case.checks:
        document["checks"] = [(check.raw if as_written else None) or check.to_json() for check in case.checks]
    if case.threshold is not None:
        document["threshold"] = case.threshold
    if case.description:
        document["description"] = case.description
    if case.tools:
        document["tools"] = list(case.tools)
    return document


def to_jsonl(suite: Suite) -> str:
    return "".join(json.dumps(case_to_json(case), ensure_ascii=False) + "\n" for case in suite.cases)


def unsupported_types(cases: Sequence[Case]) -> tuple[str, ...]:
    """The check types in these cases that Hearth does not run, each once, in the order they first appear."""
    found = (check.type for case in cases for check in case.checks if not is_known(check.type))
    return tuple(dict.fromkeys(found))


# ---- a table of variables ---------------------------------------------------------------------------------------


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file (or TSV, or CSV with semicolons, as spreadsheets in some languages save it), each a
    dict from the header row's names. Empty rows are skipped; a short row's missing cells are empty."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SuiteError(
            say("Evals", "Hearth cannot read the table {path}.", "evals.table-unreadable").format(path=path), str(exc)
        ) from exc
    if not text.strip():
        raise SuiteError(
            say(
                "Evals",
                "The table {path} is empty: its first row must name the variables, one a column.",
                "evals.table-empty",
            ).format(path=path)
        )
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(text)
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    header = [name.strip() for name in next(reader)]
    if not all(header) or len(set(header)) != len(header):
        raise SuiteError(
            say(
                "Evals",
                "The first row of {path} must name each column once (it reads: {header}).",
                "evals.table-header",
            ).format(path=path, header=", ".join(header))
        )
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            raise SuiteError(
                say(
                    "Evals",
                    "Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes "
                    "around a value that holds a comma.",
                    "evals.table-row-too-long",
                ).format(number=number, path=path, cells=len(cells), columns=len(header))
            )
        rows.append({name: cells[index] if index < len(cells) else "" for index, name in enumerate(header)})
    return rows


def cases_from_table(prompt: str, rows: Sequence[Mapping[str, Any]], checks: Sequence[Check]) -> tuple[Case, ...]:
    """One case per row: the prompt and checks the same, the row's cells its vars (a check's `{{name}}` filled from
    them too). As in promptfoo's CSV tests, a `__description` column names the case and `__expected` columns add a
    check each, written `type: value` (`icontains: Paris`, `is-json`), plain text meaning `equals`."""
    if not prompt.strip():
        raise SuiteError(
            say(
                "Evals", "Write the prompt first: the table's rows fill its {{{{variables}}}}.", "evals.table-no-prompt"
            )
        )
    if not rows:
        raise SuiteError(
            say("Evals", "The table has no rows: each row of values becomes one case.", "evals.table-no-rows")
        )
    cases = []
    for number, row in enumerate(rows, start=1):
        variables = {str(name): value for name, value in row.items() if not str(name).startswith("__")}
        expected = [
            _expected_check(str(value), number, variables)
            for name, value in row.items()
            if str(name).startswith("__expected") and str(value).strip()
        ]
        case = Case(
            prompt=prompt,
            vars=variables,
            checks=(*checks, *expected),
            description=str(row.get("__description", "") or ""),
        )
        try:
            render(case)
        except MissingVariable as exc:
            raise SuiteError(
                say("Evals", "Row {number} of the table: {problem}", "evals.table-row-problem").format(
                    number=number, problem=exc.sentence
                )
            ) from exc
        cases.append(case)
    return tuple(cases)


_EXPECTED = re.compile(r"^(?P<type>(?:not-)?[a-z][a-z-]*)(?:\((?P<threshold>[\d.]+)\))?:\s*(?P<value>.*)$", re.DOTALL)


def _expected_check(text: str, row: int, variables: Mapping[str, Any]) -> Check:
    """promptfoo's compact assertion: `type: value`, `type(threshold): value`, a bare type that takes no value, or
    any other text for `equals` (so "Note: be brief" is a text to equal, not a type)."""
    text = text.strip()
    bare = text[len(NEGATION) :] if text.startswith(NEGATION) else text
    if bare in NO_VALUE_TYPES:
        return Check(text, raw={"type": text})
    match = _EXPECTED.match(text)
    if not match:
        return Check("equals", text, raw={"type": "equals", "value": text})
    kind = match["type"]
    negated = kind.startswith(NEGATION)
    bare_kind = kind[len(NEGATION) :] if negated else kind
    bare_kind = EXPECTED_ALIASES.get(bare_kind, bare_kind)
    if not is_known(bare_kind) and bare_kind not in OPTIONAL_TYPES | PROMPTFOO_OTHER_TYPES:
        return Check("equals", text, raw={"type": "equals", "value": text})
    kind = (NEGATION if negated else "") + bare_kind
    threshold = float(match["threshold"]) if match["threshold"] else None
    raw: dict[str, Any] = {"type": kind, "value": match["value"]}
    if threshold is not None:
        raw["threshold"] = threshold
    check = Check(kind, match["value"], threshold=threshold, raw=raw)
    problem = check_problem(check, variables)
    if problem:
        raise SuiteError(
            say("Evals", "The row {row} of the table's __expected column: {problem}", "evals.table-expected").format(
                row=row, problem=problem
            )
        )
    return check


# ---- the ready suites -------------------------------------------------------------------------------------------


def ready_suites() -> list[Suite]:
    """The suites shipped with Hearth (resources/evals/*.jsonl), each named by its file."""
    folder = paths.bundled("resources") / READY_FOLDER
    return [load_jsonl(file) for file in sorted(folder.glob("*.jsonl"))]


# ---- helpers ----------------------------------------------------------------------------------------------------


def _threshold(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise SuiteError(
            say(
                "Evals",
                "{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).",
                "evals.bad-threshold",
            ).format(what=what)
        )
    return float(value)


def _tool_name(tool: Mapping[str, Any]) -> str:
    function = tool.get("function", tool)
    name = function.get("name") if isinstance(function, Mapping) else None
    return name if isinstance(name, str) else ""


def _names(names: Sequence[str]) -> str:
    quoted = [f"“{name}”" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _delimiter(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        return ","

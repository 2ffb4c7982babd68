"""A CSV file of tests, read the way promptfoo reads one (its src/csv.ts): a row per test, a column per var, and
`__expected…` columns holding promptfoo's one-line assertions (`icontains:paris`, `contains-any:a,b`,
`llm-rubric:…`)."""

from __future__ import annotations

import re
from typing import Any

from app.evals.promptfoo.parsed_config import FILE_PREFIX

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
    if line.startswith(FILE_PREFIX) and re.search(r"\.py(:|$)", line):
        return {"type": "python", "value": line[len(FILE_PREFIX) :].strip()}
    if line.startswith(FILE_PREFIX) and re.search(r"\.(js|ts)(:|$)", line):
        return {"type": "javascript", "value": line[len(FILE_PREFIX) :].strip()}
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


def test_from_csv_row(row: dict[str | None, str | None]) -> dict[str, Any]:
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

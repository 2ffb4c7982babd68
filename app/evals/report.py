"""A run's results as a person takes them away: one JSON document (what `hearth eval --json` prints), a CSV of
every graded reply, a self-contained HTML report (inline style, no script, nothing fetched: it opens anywhere,
offline), and the three tables as plain text for a terminal.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.evals.provenance import ModelProvenance
from app.evals.store import EvalResult, EvalRun
from app.evals.tables import ReliabilityRow, Tables
from app.i18n import say
from app.units import format_bytes

FORMATS = (".json", ".csv", ".html")
CSV_COLUMNS = (
    "model",
    "case",
    "repeat",
    "seed",
    "passed",
    "score",
    "stop_reason",
    "tokens_per_second",
    "ttft_s",
    "schema_valid_with_grammar",
    "failed_checks",
    "reply",
)


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def document(
    run: EvalRun, results: Sequence[EvalResult], tables: Tables, not_comparable: Sequence[str] = ()
) -> dict[str, Any]:
    """The issue's document: per model its rates and verdict, per reply its grade and checks; with the flaky cases,
    the disagreements, the recommendation and each model's provenance added, and per reply asked again with its
    schema's grammar, that reply and whether it matches (`with_grammar`)."""
    reliability = {row.model: row for row in tables.reliability}
    computer = {row.model: row for row in tables.this_computer}
    models = []
    for row in tables.real_work:
        steady, here = reliability[row.model], computer[row.model]
        models.append(
            {
                "model": row.model,
                "pass_rate": _rate(row.pass_rate),
                "json_valid_rate": _rate(steady.json_valid_rate),
                "schema_valid_rate": _rate(steady.schema_valid_rate),
                "schema_valid_with_grammar_rate": _rate(steady.schema_valid_with_grammar_rate),
                "tool_args_valid_rate": _rate(steady.tool_args_valid_rate),
                "length_cut_rate": _rate(steady.length_cut_rate),
                "median_tokens_per_second": round(here.median_tokens_per_second, 1),
                "verdict": here.here.verdict,
                "passed": row.passed,
                "replies": row.replies,
                "pass_rate_spread": _rate(steady.pass_rate_spread),
                "median_ttft_s": round(here.median_ttft_s, 3),
                "memory_bytes": here.here.memory_bytes,
                "licence": here.here.licence_label,
            }
        )
    ordered = sorted(results, key=lambda r: (r.case_index, run.models.index(r.model), r.repeat))
    return {
        "suite": run.suite,
        "run": run.id,
        "finished": run.finished,
        "models": models,
        "cases": [
            {
                "index": r.case_index,
                "model": r.model,
                "repeat": r.repeat,
                "seed": r.seed,
                "reply": r.reply.text,
                "passed": r.graded.passed,
                "score": round(r.graded.score, 4),
                "checks": [o.to_json() for o in r.graded.outcomes],
            }
            | (
                {"tool_calls": [{"name": c.name, "arguments": c.arguments} for c in r.reply.tool_calls]}
                if r.reply.tool_calls
                else {}
            )
            | ({"with_grammar": r.grammar.to_json()} if r.grammar is not None else {})
            for r in ordered
        ],
        "flaky": {row.model: list(row.flaky) for row in tables.reliability},
        "disagreements": [
            {"index": d.case_index, "case": d.case, "outcomes": d.outcomes} for d in tables.disagreements
        ],
        "recommendation": tables.recommendation,
        "provenance": {name: p.to_json() for name, p in run.provenance.items()},
        "not_comparable": list(not_comparable),
    }


def to_json(run: EvalRun, results: Sequence[EvalResult], tables: Tables, not_comparable: Sequence[str] = ()) -> str:
    return json.dumps(document(run, results, tables, not_comparable), indent=2, ensure_ascii=False) + "\n"


def to_csv(run: EvalRun, results: Sequence[EvalResult]) -> str:
    """One row per graded reply, with the failed checks' reasons: what a spreadsheet sorts and filters."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in sorted(results, key=lambda r: (r.case_index, run.models.index(r.model), r.repeat)):
        failed = "; ".join(f"{o.check.type}: {o.reason}" for o in r.graded.outcomes if not o.passed)
        writer.writerow(
            [
                r.model,
                r.case_index,
                r.repeat,
                r.seed,
                r.graded.passed,
                round(r.graded.score, 4),
                str(r.reply.stop_reason),
                round(r.reply.tokens_per_second, 1),
                round(r.reply.ttft_s, 3),
                "" if r.grammar is None else r.grammar.valid,
                failed,
                r.reply.text,
            ]
        )
    return out.getvalue()


# ---------------------------------------------------------------- the tables as rows of words
def _pct(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def table_rows(tables: Tables) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each table's header and rows as a person reads them: the text and HTML forms share these words, and the
    window shows them (headers and words are sentences it says in its language; the captions are its keys)."""
    model = say("Evals", "Model", "evals.column-model")
    work: tuple[list[str], list[list[str]]] = (
        [model, say("Evals", "Pass rate", "evals.column-pass-rate"), say("Evals", "Passed", "evals.column-passed")],
        [
            [
                r.model,
                _pct(r.pass_rate),
                say("Evals", "{passed} of {replies}", "evals.passed-of").format(passed=r.passed, replies=r.replies),
            ]
            for r in tables.real_work
        ],
    )
    steady: tuple[list[str], list[list[str]]] = (
        [
            model,
            say("Evals", "JSON valid", "evals.column-json-valid"),
            say("Evals", "Schema valid", "evals.column-schema-valid"),
            say("Evals", "Schema valid with Hearth's grammar", "evals.column-schema-valid-grammar"),
            say("Evals", "Tool arguments valid", "evals.column-tool-arguments-valid"),
            say("Evals", "Cut by the length limit", "evals.column-length-cut"),
            say("Evals", "Pass-rate spread", "evals.column-spread"),
            say("Evals", "Flaky cases", "evals.column-flaky"),
        ],
        [_reliability_row(r) for r in tables.reliability],
    )
    computer: tuple[list[str], list[list[str]]] = (
        [
            model,
            say("Evals", "First token", "evals.column-first-token"),
            say("Evals", "Tokens/s", "evals.column-speed"),
            say("Evals", "Memory", "evals.column-memory"),
            say("Evals", "Verdict", "evals.column-verdict"),
            say("Evals", "Licence", "evals.column-licence"),
        ],
        [
            [
                r.model,
                say("Evals", "{seconds} s", "evals.seconds").format(seconds=f"{r.median_ttft_s:.2f}")
                if r.median_ttft_s
                else "—",
                f"{r.median_tokens_per_second:.1f}" if r.median_tokens_per_second else "—",
                format_bytes(r.here.memory_bytes) if r.here.memory_bytes else "—",
                r.here.verdict or "—",
                r.here.licence_label or "—",
            ]
            for r in tables.this_computer
        ],
    )
    return {"Real work": work, "Reliability": steady, "This computer": computer}


def _reliability_row(row: ReliabilityRow) -> list[str]:
    flaky = ", ".join(f"#{i + 1}" for i in row.flaky) or say("Evals", "none", "evals.no-flaky-cases")
    return [
        row.model,
        _pct(row.json_valid_rate),
        _pct(row.schema_valid_rate),
        _pct(row.schema_valid_with_grammar_rate),
        _pct(row.tool_args_valid_rate),
        _pct(row.length_cut_rate),
        say("Evals", "{points} points", "evals.spread-points").format(points=round(row.pass_rate_spread * 100)),
        flaky,
    ]


def as_text(tables: Tables, not_comparable: Sequence[str] = ()) -> str:
    """The three tables in aligned columns, the disagreements, and the sentence."""
    lines: list[str] = []
    for title, (header, rows) in table_rows(tables).items():
        widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
        lines.append(title)
        for cells in (header, *rows):
            lines.append(
                "  " + "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()
            )
        lines.append("")
    if tables.disagreements:
        lines.append("Cases where the models disagree")
        for d in tables.disagreements:
            said = ", ".join(f"{model} {outcome}" for model, outcome in d.outcomes.items())
            lines.append(f"  #{d.case_index + 1} {_short(d.case)}: {said}")
        lines.append("")
    lines += [f"Not comparable: {sentence}" for sentence in not_comparable]
    lines.append(tables.recommendation)
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------- HTML
STYLE = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;
color:#1d1d1f;background:#fff}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.35rem .6rem;
border-bottom:1px solid #ddd;vertical-align:top}th{background:#f4f4f6}.pass{color:#1a7f37}.fail{color:#b42318}
.verdict{font-weight:600;padding:.6rem .8rem;background:#f4f4f6;border-radius:6px}pre{white-space:pre-wrap;
margin:0;font:13px/1.4 ui-monospace,monospace}details{margin:.3rem 0}small{color:#666}
"""


def to_html(run: EvalRun, results: Sequence[EvalResult], tables: Tables, not_comparable: Sequence[str] = ()) -> str:
    e = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(run.suite)} — Hearth evaluation</title><style>{STYLE}</style></head><body>",
        f"<h1>{e(run.suite)}</h1>",
        f"<p><small>{len(run.cases)} cases × {len(run.models)} models × {run.repeats} repeats (seeds "
        f"{run.seed}–{run.seed + run.repeats - 1}){'' if run.finished else '; the run is not finished'}</small></p>",
        f'<p class="verdict">{e(tables.recommendation)}</p>',
    ]
    parts += [f"<p>Not comparable: {e(sentence)}</p>" for sentence in not_comparable]
    for title, (header, rows) in table_rows(tables).items():
        parts.append(f"<h2>{e(title)}</h2><table><tr>{''.join(f'<th>{e(h)}</th>' for h in header)}</tr>")
        parts += ["<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>" for row in rows]
        parts.append("</table>")
        if title == "Real work" and tables.disagreements:
            count = len(tables.disagreements)
            parts.append(
                f"<details><summary>{count} case{'s' if count > 1 else ''} where the models disagree</summary><ul>"
            )
            for d in tables.disagreements:
                said = ", ".join(f"{model} {outcome}" for model, outcome in d.outcomes.items())
                parts.append(f"<li>#{d.case_index + 1} {e(_short(d.case, 120))}: {e(said)}</li>")
            parts.append("</ul></details>")
    parts.append("<h2>Every reply</h2>")
    by_case: dict[int, list[EvalResult]] = {}
    for r in results:
        by_case.setdefault(r.case_index, []).append(r)
    for index, case in enumerate(run.cases):
        mine = sorted(by_case.get(index, []), key=lambda r: (run.models.index(r.model), r.repeat))
        passed = sum(r.graded.passed for r in mine)
        parts.append(
            f"<details><summary>#{index + 1} {e(_short(case.description or case.prompt, 100))} "
            f"<small>({passed} of {len(mine)} passed)</small></summary><table>"
        )
        parts.append("<tr><th>Model</th><th>Seed</th><th>Reply</th><th>Checks</th></tr>")
        for r in mine:
            checks = "<br>".join(
                f'<span class="{"pass" if o.passed else "fail"}">{"✓" if o.passed else "✗"} {e(o.check.type)}</span> '
                f"{e(o.reason)}"
                for o in r.graded.outcomes
            )
            if r.grammar is not None:  # the same case asked again with the schema's grammar: not a check, a measure
                mark = "pass" if r.grammar.valid else "fail"
                checks += (
                    f'<br><small class="{mark}">{"✓" if r.grammar.valid else "✗"} with Hearth\'s grammar:</small> '
                    f"<small>{e(r.grammar.reason)}</small>"
                )
            parts.append(
                f"<tr><td>{e(r.model)}</td><td>{r.seed}</td><td><pre>{e(r.reply.text)}</pre></td><td>{checks}</td></tr>"
            )
        parts.append("</table></details>")
    parts.append(
        "<h2>Provenance</h2><table><tr><th>Model</th><th>File</th><th>SHA-256</th><th>Quantization</th>"
        "<th>Context</th><th>Sampler</th><th>Hearth</th></tr>"
    )
    parts += [_provenance_row(p) for p in run.provenance.values()]
    parts.append("</table></body></html>")
    return "\n".join(parts) + "\n"


def _provenance_row(p: ModelProvenance) -> str:
    e = html.escape
    sampler = ", ".join(f"{k} {v}" for k, v in p.sampling.items() if v not in ([], None))
    return (
        f"<tr><td>{e(p.model)}</td><td>{e(p.file)}</td><td><small>{e(p.sha256 or '—')}</small></td>"
        f"<td>{e(p.quantization or '—')}</td><td>{p.context or '—'}</td><td>{e(sampler)}</td>"
        f"<td>{e(p.hearth_version)}</td></tr>"
    )


def write(
    path: Path, run: EvalRun, results: Sequence[EvalResult], tables: Tables, not_comparable: Sequence[str] = ()
) -> None:
    """The report in the format its name asks for (.json, .csv or .html)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        text = to_json(run, results, tables, not_comparable)
    elif suffix == ".csv":
        text = to_csv(run, results)
    elif suffix in (".html", ".htm"):
        text = to_html(run, results, tables, not_comparable)
    else:
        raise ValueError(f"a report is .json, .csv or .html, not {suffix or 'a file without one'}")
    path.write_text(text, encoding="utf-8")

"""The three tables of a run, as the model landscape asks for them, and the one sentence that follows.

- *Real work*: each model's pass rate on the person's cases (the share of replies whose checks all pass, over
  every case and repeat), and the cases where the models disagree.
- *Reliability*: JSON valid %, schema valid % (as the models wrote, and again with Hearth's grammar forcing the
  schema), tool arguments valid %, replies cut by the length limit %, and the spread of the pass rate across
  repeats (with the flaky cases). A rate is None where the suite never asks for it (no JSON check, no schema, no
  tools); the rate with the grammar is None for a model on another computer too, which takes no grammar.
- *This computer*: median time to the first token, median tokens per second, memory (the load plan's estimate),
  the fit verdict and the licence tier.

All of it is arithmetic over the graded results as stored, so the tables of a finished or half-done run can be
made again at any time, and a recount from the stored rows gives the same numbers.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from app.compare.plan import Contender
from app.engines.chat_types import StopReason
from app.evals.cases import Case, Check
from app.evals.checks import run_check
from app.evals.run import flaky_cases
from app.evals.store import EvalResult, EvalRun
from app.evals.suite import render
from app.fit.verdict import FIT_LABELS, Verdict
from app.i18n import say
from app.models.catalog import LICENSE_TIERS, License
from app.openai.tool_checks import OfferedTool, problem_with

Use = Literal["personal", "commercial"]
JSON_CHECKS = frozenset({"is-json", "contains-json"})
CLOSED_TIER = 5
PASSED = say("Evals", "passed", "evals.case-passed")
FAILED = say("Evals", "failed", "evals.case-failed")
FLAKY = say("Evals", "flaky", "evals.case-flaky")
ELSEWHERE = say("Evals", "On another computer", "evals.on-another-computer")
# the verdicts kept with a run as their English words, read back as the sentences they were (the window says them)
_LABELS: dict[str, str] = {str(label): label for label in (ELSEWHERE, *FIT_LABELS.values())}


@dataclass(frozen=True)
class ModelHere:
    """One model's facts on this computer, kept with the run: the verdict's label and sentence, the memory its
    load plan takes, and its licence as the catalog knows it (None fields: not known here)."""

    verdict: str
    runs_here: bool
    memory_bytes: int = 0
    reason: str = ""
    licence: str = ""
    licence_tier: int | None = None
    commercial_use: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ModelHere:
        tier, commercial = raw.get("licence_tier"), raw.get("commercial_use")
        return cls(
            verdict=_LABELS.get(str(raw.get("verdict", "")), str(raw.get("verdict", ""))),
            runs_here=bool(raw.get("runs_here", False)),
            memory_bytes=int(raw.get("memory_bytes", 0)),
            reason=str(raw.get("reason", "")),
            licence=str(raw.get("licence", "")),
            licence_tier=int(tier) if tier is not None else None,
            commercial_use=bool(commercial) if commercial is not None else None,
        )

    @property
    def licence_label(self) -> str:
        if self.licence_tier is None:
            return say("Evals", "Not known to Hearth", "evals.licence-unknown")
        return f"{self.licence} · {LICENSE_TIERS.get(self.licence_tier, '')}" if self.licence else ""


def model_here(contender: Contender, verdict: Verdict | None, licence: License | None) -> ModelHere:
    """What the third table says of a contender: None for `verdict` means a model on another computer."""
    if verdict is None:
        return ModelHere(
            ELSEWHERE,
            runs_here=False,
            reason=say("Evals", "It runs on another computer.", "evals.runs-on-another-computer"),
        )
    return ModelHere(
        verdict=verdict.label,
        runs_here=verdict.runs,
        memory_bytes=contender.memory_bytes,
        reason=verdict.reason,
        licence=licence.name if licence is not None else "",
        licence_tier=licence.tier if licence is not None else None,
        commercial_use=licence.commercial_use if licence is not None else None,
    )


@dataclass(frozen=True)
class RealWorkRow:
    model: str
    passed: int  # replies whose checks all pass
    replies: int

    @property
    def pass_rate(self) -> float:
        return self.passed / self.replies if self.replies else 0.0


@dataclass(frozen=True)
class Disagreement:
    """A case the models did not all answer alike: per model "passed", "failed" or "flaky" (both, across seeds)."""

    case_index: int
    case: str
    outcomes: dict[str, str]


@dataclass(frozen=True)
class ReliabilityRow:
    model: str
    json_valid_rate: float | None
    schema_valid_rate: float | None
    tool_args_valid_rate: float | None
    length_cut_rate: float
    pass_rate_spread: float  # the highest repeat's pass rate minus the lowest's; 0 with one repeat
    flaky: tuple[int, ...]
    # the same cases asked again with Hearth's grammar forcing the schema (models here only); None: not measured
    schema_valid_with_grammar_rate: float | None = None


@dataclass(frozen=True)
class ComputerRow:
    model: str
    median_ttft_s: float
    median_tokens_per_second: float
    here: ModelHere


@dataclass(frozen=True)
class Tables:
    real_work: tuple[RealWorkRow, ...]
    disagreements: tuple[Disagreement, ...]
    reliability: tuple[ReliabilityRow, ...]
    this_computer: tuple[ComputerRow, ...]
    recommendation: str


def tables(run: EvalRun, results: Sequence[EvalResult], use: Use = "personal") -> Tables:
    here = {name: ModelHere.from_json(run.here.get(name, {})) for name in run.models}
    work = real_work(results, run.models)
    computer = this_computer(results, run.models, here)
    return Tables(
        real_work=work,
        disagreements=disagreements(results, run.cases, run.models),
        reliability=reliability(results, run.cases, run.models),
        this_computer=computer,
        recommendation=recommend(work, computer, use),
    )


# ---------------------------------------------------------------- real work
def real_work(results: Iterable[EvalResult], models: Sequence[str]) -> tuple[RealWorkRow, ...]:
    mine = _by_model(results, models)
    return tuple(RealWorkRow(m, sum(r.graded.passed for r in mine[m]), len(mine[m])) for m in models)


def case_outcomes(results: Iterable[EvalResult]) -> dict[tuple[str, int], str]:
    """Per (model, case): passed on every seed, failed on every seed, or flaky."""
    seen: dict[tuple[str, int], set[bool]] = {}
    for result in results:
        seen.setdefault((result.model, result.case_index), set()).add(result.graded.passed)
    return {key: FLAKY if len(v) > 1 else PASSED if True in v else FAILED for key, v in seen.items()}


def disagreements(
    results: Iterable[EvalResult], cases: Sequence[Case], models: Sequence[str]
) -> tuple[Disagreement, ...]:
    outcomes = case_outcomes(results)
    found = []
    for index, case in enumerate(cases):
        mine = {m: outcomes[(m, index)] for m in models if (m, index) in outcomes}
        if len(set(mine.values())) > 1:
            found.append(Disagreement(index, case.description or render(case), mine))
    return tuple(found)


# ---------------------------------------------------------------- reliability
def reliability(
    results: Iterable[EvalResult], cases: Sequence[Case], models: Sequence[str]
) -> tuple[ReliabilityRow, ...]:
    listed = list(results)
    mine = _by_model(listed, models)
    flaky = flaky_cases(listed)
    return tuple(
        ReliabilityRow(
            model=m,
            json_valid_rate=_share(_json_valid(r, cases[r.case_index]) for r in mine[m]),
            schema_valid_rate=_share(_schema_valid(r) for r in mine[m]),
            tool_args_valid_rate=_share(valid for r in mine[m] for valid in _tool_args_valid(r, cases[r.case_index])),
            length_cut_rate=_share(r.reply.stop_reason is StopReason.MAX_TOKENS for r in mine[m]) or 0.0,
            pass_rate_spread=_spread(mine[m]),
            flaky=tuple(flaky.get(m, ())),
            schema_valid_with_grammar_rate=_share(r.grammar.valid if r.grammar else None for r in mine[m]),
        )
        for m in models
    )


def _json_valid(result: EvalResult, case: Case) -> bool | None:
    """Whether the reply is JSON as the case's JSON check reads it (the whole reply, or JSON within it), whatever
    its schema; None when the case asks for no JSON."""
    check = next((c for c in case.checks if c.type in JSON_CHECKS), None)
    if check is None:
        return None
    return run_check(Check(check.type), result.reply, case).passed


def _schema_valid(result: EvalResult) -> bool | None:
    """Whether the reply's JSON matches the case's schema: the stored outcome of its JSON check that has one."""
    outcomes = [o for o in result.graded.outcomes if o.check.type in JSON_CHECKS and o.check.value is not None]
    return all(o.passed for o in outcomes) if outcomes else None


def _tool_args_valid(result: EvalResult, case: Case) -> list[bool]:
    """One verdict per call made to a case that offers tools: an offered tool, arguments matching its schema."""
    if not case.tools:
        return []
    offered = [OfferedTool.from_openai(tool) for tool in case.tools]
    return [problem_with(call, offered) is None for call in result.reply.tool_calls]


def _spread(results: Sequence[EvalResult]) -> float:
    per_repeat: dict[int, list[bool]] = {}
    for result in results:
        per_repeat.setdefault(result.repeat, []).append(result.graded.passed)
    rates = [sum(passes) / len(passes) for passes in per_repeat.values()]
    return max(rates) - min(rates) if rates else 0.0


# ---------------------------------------------------------------- this computer
def this_computer(
    results: Iterable[EvalResult], models: Sequence[str], here: Mapping[str, ModelHere]
) -> tuple[ComputerRow, ...]:
    mine = _by_model(results, models)
    rows = []
    for m in models:
        answered = [r.reply for r in mine[m] if r.reply.generated_tokens > 0]
        ttft = [r.ttft_s for r in answered if r.ttft_s > 0]
        speed = [r.tokens_per_second for r in answered if r.tokens_per_second > 0]
        rows.append(
            ComputerRow(
                model=m,
                median_ttft_s=statistics.median(ttft) if ttft else 0.0,
                median_tokens_per_second=statistics.median(speed) if speed else 0.0,
                here=here.get(m) or ModelHere("", runs_here=False),
            )
        )
    return tuple(rows)


# ---------------------------------------------------------------- the sentence
def licence_suits(here: ModelHere, use: Use) -> str | None:
    """None when the licence allows `use`; else why not, in a few words. A licence Hearth does not know is taken
    to allow personal use (the person's own file, their own business), never business use."""
    if use == "commercial":
        if here.licence_tier is None:
            return say("Evals", "its licence is not known to Hearth", "evals.licence-not-known")
        if here.commercial_use:
            return None
        return say("Evals", "its licence ({licence}) does not allow business use", "evals.licence-not-business").format(
            licence=here.licence
        )
    if here.licence_tier is not None and here.licence_tier >= CLOSED_TIER:
        return say("Evals", "its licence ({licence}) does not allow it", "evals.licence-closed").format(
            licence=here.licence
        )
    return None


def recommend(work: Sequence[RealWorkRow], computer: Sequence[ComputerRow], use: Use = "personal") -> str:
    """The model that passes the most cases among those that fit here and whose licence suits `use`, or why none
    does. A tie goes to the faster model here."""
    kind = (
        say("Evals", "business use", "evals.business-use")
        if use == "commercial"
        else say("Evals", "personal use", "evals.personal-use")
    )
    speed = {row.model: row.median_tokens_per_second for row in computer}
    facts = {row.model: row.here for row in computer}
    ranked = sorted(work, key=lambda row: (-row.pass_rate, -speed.get(row.model, 0.0)))
    running = [row for row in ranked if facts[row.model].runs_here]
    if not running:
        return say(
            "Evals",
            "None of these models runs on this computer, so Hearth recommends none of them here.",
            "evals.recommend-none-runs",
        )
    suited = [row for row in running if licence_suits(facts[row.model], use) is None]
    if not suited:
        reasons = _semicolons(
            say("Evals", "{model}: {reason}", "evals.recommend-licence-reason").format(
                model=row.model, reason=licence_suits(facts[row.model], use)
            )
            for row in running
        )
        return say(
            "Evals",
            "None of the models that run here has a licence that allows {use} ({reasons}).",
            "evals.recommend-no-licence",
        ).format(use=kind, reasons=reasons)
    best = suited[0]
    if best.passed == 0:
        return say(
            "Evals",
            "No model that runs here with a licence for {use} passed any case; none is recommended.",
            "evals.recommend-none-passed",
        ).format(use=kind)
    sentence = say(
        "Evals",
        "{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}",
        "evals.recommend-best",
    ).format(model=best.model, rate=_percent(best.pass_rate), use=kind)
    tied = [row.model for row in suited[1:] if row.pass_rate == best.pass_rate]
    if len(tied) == 1:
        sentence = say(
            "Evals", "{recommendation}; {tied} passes as many, and {model} is faster", "evals.recommend-tied-one"
        ).format(recommendation=sentence, tied=tied[0], model=best.model)
    elif tied:
        sentence = say(
            "Evals", "{recommendation}; {tied} pass as many, and {model} is faster", "evals.recommend-tied"
        ).format(recommendation=sentence, tied=", ".join(tied), model=best.model)
    better = [row for row in ranked if row.pass_rate > best.pass_rate]
    if better:
        why = _semicolons(
            say("Evals", "{model} passes {rate}, but {reason}", "evals.recommend-better-excluded").format(
                model=row.model, rate=_percent(row.pass_rate), reason=_excluded(facts[row.model], use)
            )
            for row in better
        )
        sentence = say("Evals", "{recommendation} ({why})", "evals.recommend-why-not-better").format(
            recommendation=sentence, why=why
        )
    if facts[best.model].licence_tier is None:
        sentence = say(
            "Evals",
            "{recommendation}; its licence is not known to Hearth: read its model card",
            "evals.recommend-licence-unknown",
        ).format(recommendation=sentence)
    return say("Evals", "{recommendation}.", "evals.recommendation").format(recommendation=sentence)


def _excluded(here: ModelHere, use: Use) -> str:
    if not here.runs_here:
        if here.verdict != ELSEWHERE:
            return say("Evals", "it does not run here", "evals.does-not-run-here")
        return say("Evals", "it runs on another computer", "evals.elsewhere")
    return licence_suits(here, use) or ""


def _semicolons(parts: Iterable[str]) -> str:
    """Parts as one list in a sentence, each still a sentence of its own (so the window says each in its language)."""
    listed = list(parts)
    joined = listed[0]
    for part in listed[1:]:
        joined = say("Evals", "{first}; {second}", "evals.list-semicolon").format(first=joined, second=part)
    return joined


# ---------------------------------------------------------------- helpers
def _by_model(results: Iterable[EvalResult], models: Sequence[str]) -> dict[str, list[EvalResult]]:
    mine: dict[str, list[EvalResult]] = {m: [] for m in models}
    for result in results:
        if result.model in mine:
            mine[result.model].append(result)
    return mine


def _share(verdicts: Iterable[bool | None]) -> float | None:
    counted = [v for v in verdicts if v is not None]
    return sum(counted) / len(counted) if counted else None


def _percent(rate: float) -> str:
    return f"{round(rate * 100)} %"

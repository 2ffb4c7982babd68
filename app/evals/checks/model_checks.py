"""The two checks that need a model besides the one answering, with promptfoo's meaning: `similar` (the cosine
similarity of the reply's embedding with the expected answer's, from an embedding model of the person's library)
and `llm-rubric` (a judge model reads the reply and a rubric and gives its verdict).

What they need comes in as `GradingAids`: an `embed` function and a `judge` function, each optional. A check whose
aid is missing is not run: it is reported with a sentence saying which model to choose, and never counted, as a
type Hearth does not run is (grading does that). The functions are plain callables so the checks stay pure
arithmetic and parsing over what the models return; `app.evals.checks.aids` makes them from the model host and a
responder.

The judge is asked with promptfoo's default grading prompt (its instruction and answer shape; Hearth's own
examples) and, for a model on this computer, a grammar that forces the answer to be the JSON verdict
`{"reason", "pass", "score"}`, at temperature 0: the shape is Hearth's, the words and the verdict the model's. A
model on another computer gets no grammar, so its answer is read leniently (the first JSON object holding a verdict,
code fences and prose around it allowed; promptfoo's defaults for what it leaves out) and a check whose judge did
not answer with a verdict fails, saying so.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.engines.chat_types import Message
from app.evals.cases import Case, Check, Reply
from app.evals.checks.json_checks import json_objects
from app.evals.checks.verdicts import BadCheckValue, Verdict
from app.evals.checks.wording import quoted
from app.i18n import Sentence, say

Embed = Callable[[Sequence[str]], list[list[float]]]  # one vector per text, in order
AskJudge = Callable[[Sequence[Message]], str]  # the judge model's whole answer to these messages

SIMILAR_THRESHOLD = 0.75  # promptfoo's default
# The reason is not bounded by the grammar: llama.cpp writes a `maxLength` as nested optional rules, which made the
# judge 4 to 10 times slower (measured with Qwen 0.5B: 2 to 6 tokens/s against 19 to 25). The prompt asks for one
# short sentence and the judge's token limit stops a runaway; a verdict cut by it is said as no verdict.
VERDICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reason": {"type": "string"},
        "pass": {"type": "boolean"},
        "score": {"type": "number"},
    },
    "required": ["reason", "pass", "score"],
    "additionalProperties": False,
}

# promptfoo's DEFAULT_GRADING_PROMPT (src/prompts/grading.ts): its instruction and answer shape, other examples.
RUBRIC_SYSTEM = """You are grading output according to a user-specified rubric. If the statement in the rubric is \
true, then the output passes the test. You respond with a JSON object with this structure: {reason: string, pass: \
boolean, score: number}, where score goes from 0.0 to 1.0 and reason is one short sentence.

Examples:

<Output>Bonjour, comment allez-vous ?</Output>
<Rubric>Is written in French</Rubric>
{"reason": "the output is a greeting in French", "pass": true, "score": 1.0}

<Output>Sorry, I cannot help with that.</Output>
<Rubric>Gives the capital of France</Rubric>
{"reason": "the output declines instead of naming Paris", "pass": false, "score": 0.0}"""
RUBRIC_USER = "<Output>\n{output}\n</Output>\n<Rubric>\n{rubric}\n</Rubric>"


@dataclass(frozen=True)
class GradingAids:
    """What the checks that need another model are given: `embed` for `similar` (an embedding model of the
    person's library), `judge` for `llm-rubric` (a chat model asked to grade). None: that check is reported and
    not counted, with a sentence saying which model to choose."""

    embed: Embed | None = None
    judge: AskJudge | None = None


# what each check needs, and the sentence said when it is missing
NEEDS: dict[str, tuple[str, Sentence]] = {
    "similar": (
        "embed",
        say("EvalChecks", "Choose an embedding model to run “{type}” checks.", "evals.needs-embedder"),
    ),
    "llm-rubric": ("judge", say("EvalChecks", "Choose a judge model to run “{type}” checks.", "evals.needs-judge")),
}


def missing_aid(name: str, check_type: str, aids: GradingAids | None) -> str | None:
    """The sentence saying which model a check of this type needs, when `aids` lacks it; None when it is there."""
    aid, sentence = NEEDS[name]
    if aids is not None and getattr(aids, aid) is not None:
        return None
    return sentence.format(type=check_type)


# ---------------------------------------------------------------- similar
def parse_similar(value: Any, check: Check) -> tuple[list[str], float]:
    """promptfoo's value: the expected answer, or a list of them (the closest counts); `threshold` default 0.75."""
    texts = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    if not texts or not all(isinstance(text, str) and text.strip() for text in texts):
        raise BadCheckValue(
            say(
                "EvalChecks", "This “{type}” check needs the expected answer, or a list of them.", "evals.similar-needs"
            ).format(type=check.type)
        )
    threshold = SIMILAR_THRESHOLD if check.threshold is None else check.threshold
    if not -1 <= threshold <= 1:
        raise BadCheckValue(
            say(
                "EvalChecks",
                "This “{type}” check's threshold must be a similarity from -1 to 1.",
                "evals.similar-threshold",
            ).format(type=check.type)
        )
    return texts, threshold


def similar(expected: tuple[list[str], float], reply: Reply, case: Case | None, aids: GradingAids) -> Verdict:
    """Passes when the reply's embedding is at least `threshold` similar (cosine) to one expected answer's; the
    score is the best similarity (so `not-similar` scores 1 minus it, as promptfoo does)."""
    texts, threshold = expected
    assert aids.embed is not None  # grading runs this check only with an embedder
    vectors = aids.embed([reply.text, *texts])
    if len(vectors) != len(texts) + 1:
        return Verdict(
            False,
            say("EvalChecks", "The embedding model did not give one vector per text.", "evals.embedder-miscounted"),
            broken=True,
        )
    best, closest = max((cosine(vectors[0], vector), text) for vector, text in zip(vectors[1:], texts, strict=True))
    against: str = (
        quoted(closest)
        if len(texts) == 1
        else say("EvalChecks", "the closest expected answer, {answer}", "evals.closest-answer").format(
            answer=quoted(closest)
        )
    )
    if best >= threshold:
        sentence = say(
            "EvalChecks",
            "The reply's similarity to {against} is {similarity}, at least the {threshold} asked for.",
            "evals.similar",
        )
    else:
        sentence = say(
            "EvalChecks",
            "The reply's similarity to {against} is {similarity}, below the {threshold} asked for.",
            "evals.not-similar",
        )
    said = sentence.format(against=against, similarity=f"{best:.2f}", threshold=f"{threshold:g}")
    return Verdict(best >= threshold, said, score=min(max(best, 0.0), 1.0))


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """The cosine of two vectors; 0 when either has no length (an empty text may embed to zeros)."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norms = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norms if norms else 0.0


# ---------------------------------------------------------------- llm-rubric
def parse_rubric(value: Any, check: Check) -> tuple[str, float | None]:
    """The rubric (an object or a list is given to the judge as its JSON, as promptfoo does); `threshold` optional
    on the judge's score."""
    if isinstance(value, dict | list) and value:
        value = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, str) or not value.strip():
        raise BadCheckValue(
            say(
                "EvalChecks",
                "This “{type}” check needs a rubric: what a good reply does, in a sentence.",
                "evals.rubric-needed",
            ).format(type=check.type)
        )
    return value, check.threshold


def rubric_messages(output: str, rubric: str) -> list[Message]:
    """What the judge is asked: promptfoo's grading prompt with the reply and the rubric."""
    return [Message("system", RUBRIC_SYSTEM), Message("user", RUBRIC_USER.format(output=output, rubric=rubric))]


@dataclass(frozen=True)
class JudgeVerdict:
    passed: bool
    score: float  # 0–1
    reason: str


def read_verdict(answer: str) -> JudgeVerdict | None:
    """The judge's verdict from its answer: the JSON object (the whole answer, or the first object in it that holds
    `pass` or `score`), with promptfoo's defaults (`pass` true when left out; `score` 1 or 0 by `pass`); None when
    the answer holds no verdict. A score outside 0–1 is brought to the nearer end."""
    candidates: list[Any] = []
    try:
        candidates.append(json.loads(answer))
    except json.JSONDecodeError:
        candidates += json_objects(answer)
    found = next((c for c in candidates if isinstance(c, dict) and ("pass" in c or "score" in c)), None)
    if found is None:
        return None
    passed = _truth(found.get("pass", True))
    score = _number(found.get("score"))
    if passed is None or (score is None and "score" in found):
        return None
    if score is None:
        score = 1.0 if passed else 0.0
    reason = found.get("reason")
    return JudgeVerdict(passed, min(max(score, 0.0), 1.0), reason.strip() if isinstance(reason, str) else "")


def llm_rubric(rubric: tuple[str, float | None], reply: Reply, case: Case | None, aids: GradingAids) -> Verdict:
    """promptfoo's llm-rubric: passes when the judge says it passes and, with a threshold, its score reaches it;
    the score is the judge's."""
    text, threshold = rubric
    assert aids.judge is not None  # grading runs this check only with a judge
    answer = aids.judge(rubric_messages(reply.text, text))
    verdict = read_verdict(answer)
    if verdict is None:
        said = " ".join(answer.split())
        shown = quoted(said) if said else say("EvalChecks", "“nothing”", "evals.judge-said-nothing")
        return Verdict(
            False,
            say(
                "EvalChecks",
                "The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this "
                "check cannot tell: it answered {answer}.",
                "evals.judge-no-verdict",
            ).format(answer=shown),
            broken=True,
        )
    why = verdict.reason.rstrip(".") or say("EvalChecks", "it gave no reason", "evals.judge-no-reason")
    below = threshold is not None and verdict.score < threshold - 1e-9
    if verdict.passed and below:
        sentence = say(
            "EvalChecks",
            "The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the "
            "{threshold} asked for.",
            "evals.rubric-met-below",
        )
    elif verdict.passed:
        sentence = say(
            "EvalChecks",
            "The judge model says the reply meets the rubric {rubric} (score {score}): {why}.",
            "evals.rubric-met",
        )
    elif below:
        sentence = say(
            "EvalChecks",
            "The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is "
            "below the {threshold} asked for.",
            "evals.rubric-not-met-below",
        )
    else:
        sentence = say(
            "EvalChecks",
            "The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.",
            "evals.rubric-not-met",
        )
    said = sentence.format(rubric=quoted(text), score=f"{verdict.score:.2f}", why=why, threshold=f"{threshold or 0:g}")
    return Verdict(verdict.passed and not below, said, score=verdict.score)


def _truth(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("true", "yes", "pass", "passed", "y"):
            return True
        if word in ("false", "no", "fail", "failed", "n"):
            return False
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None

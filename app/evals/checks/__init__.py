"""Checks on a reply, with promptfoo's meaning for promptfoo's names, and the grade of a case from them.

Each check gives a plain sentence that says what the reply *is* ("The reply does not contain “Paris”."), true
whether the check passed or not, so promptfoo's `not-` prefix (which negates any type) only flips the verdict and
keeps the sentence. A check whose own value is wrong (a pattern that is not a regular expression, a schema that is
not a schema) fails negated or not, as in promptfoo.

Grading follows promptfoo's test result: the score is the weighted average of the counted checks' scores; with no
threshold every counted check must pass, with one the score must reach it. A check of weight 0 is reported and never
counted (promptfoo's metric-only checks); so is a type Hearth does not run, which is kept, listed and never dropped,
and so is a `similar` or `llm-rubric` check run without the model it needs (`GradingAids`: an embedding model, a
judge), whose sentence says which model to choose. A case with nothing counted passes with a score of 1, promptfoo's
"no assertions".

The families of checks are modules of their own (`text_checks`, `json_checks`, `tool_checks`, `length_and_speed`,
`model_checks` for the two that need another model, and `aids`, which makes those models' functions from the model
host); `grading` holds the tables of types and runs them; this package's names are the ones the rest of Hearth uses.
"""

from app.evals.checks.grading import (
    KNOWN_TYPES,
    NEGATION,
    OPTIONAL_TYPES,
    UNSUPPORTED_REASON,
    base_type,
    grade,
    is_known,
    problem,
    run_check,
)
from app.evals.checks.length_and_speed import word_count
from app.evals.checks.model_checks import SIMILAR_THRESHOLD, GradingAids
from app.evals.checks.verdicts import BadCheckValue

__all__ = [
    "KNOWN_TYPES",
    "NEGATION",
    "OPTIONAL_TYPES",
    "SIMILAR_THRESHOLD",
    "UNSUPPORTED_REASON",
    "BadCheckValue",
    "GradingAids",
    "base_type",
    "grade",
    "is_known",
    "problem",
    "run_check",
    "word_count",
]

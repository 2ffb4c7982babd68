"""Test, measure, choose (issue 28): checks on the person's own prompts, suites of cases, runs over two or three
models with repeats, the three tables and ratings from votes. No Qt here; `hearth eval` is its command-line twin.

The vocabulary is in `app/evals/cases.py`: a `Suite` of `Case`s, each a prompt (with `{{variables}}`) and its
`Check`s; a reply is a `Reply`; grading it gives a `Graded` case made of `CheckOutcome`s.
"""

from app.evals.cases import Case, Check, CheckOutcome, Graded, Reply, Suite

__all__ = ["Case", "Check", "CheckOutcome", "Graded", "Reply", "Suite"]

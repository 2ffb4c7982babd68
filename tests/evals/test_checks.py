"""Golden tables for every check type, from promptfoo's deterministic-assertions page and its handlers' rules (a
string value split on commas for the -any/-all types, numbers as their text, `not-` negating any type, latency in
ms, a test threshold over the weighted average), and for Hearth's own types. Pure Python, no model: `similar` and
`llm-rubric` are given fixed vectors and fixed judge answers here (their arithmetic and Hearth's reading of a
verdict); tests/evals/test_model_checks.py runs them with real models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.engines.chat_types import Message, StopReason, ToolCall
from app.evals.cases import Case, Check, Reply
from app.evals.checks import (
    KNOWN_TYPES,
    OPTIONAL_TYPES,
    UNSUPPORTED_REASON,
    GradingAids,
    grade,
    problem,
    run_check,
)
from app.evals.language import detect_language

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city"],
        },
    },
}
LOCATION = {
    "required": ["latitude", "longitude"],
    "type": "object",
    "properties": {
        "latitude": {"type": "number", "minimum": -90, "maximum": 90},
        "longitude": {"type": "number", "minimum": -180, "maximum": 180},
    },
}
PERSON = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}, "required": ["age"]}

# (type, value, reply text, passes, words the reason must hold)
GOLDEN: list[tuple[str, Any, str, bool, str]] = [
    ("equals", "Hello, World!", "Hello, World!", True, "is exactly “Hello, World!”"),
    ("equals", "Hello, World!", "Hello, World", False, "is not exactly"),
    ("equals", {"key": "value"}, '{"key": "value"}', True, "is the JSON"),
    ("equals", {"key": "value"}, '{"key": "other"}', False, "is not the JSON"),
    ("equals", {"key": "value"}, "key: value", False, "is not JSON"),
    ("contains", "The expected substring", "Here is The expected substring.", True, "contains “The expected"),
    ("contains", "Paris", "The capital is paris.", False, "The reply does not contain “Paris”."),
    ("contains", 0, "It costs 0 euros", True, "contains “0”"),  # numbers are converted to strings
    ("icontains", "The expected substring", "the EXPECTED substring", True, "(ignoring case)"),
    ("icontains", "Paris", "Lyon", False, "does not contain “Paris” (ignoring case)"),
    ("contains-any", ["Value 1", "Value 2", "Value 3"], "… Value 2 …", True, "contains “Value 2”"),
    ("contains-any", ["Value 1", "Value 2"], "value 1", False, "none of “Value 1” and “Value 2”"),
    ("contains-any", "red, green", "It is green.", True, "“green”"),  # a string is comma-separated
    ("icontains-any", ["Value 1", "Value 2"], "VALUE 2", True, "(ignoring case)"),
    ("icontains-any", ["Value 1", "Value 2"], "Value 3", False, "none of"),
    ("contains-all", ["Value 1", "Value 2", "Value 3"], "Value 1, Value 2, Value 3", True, "all of"),
    ("contains-all", ["Value 1", "Value 2", "Value 3"], "Value 1, Value 3", False, "does not contain “Value 2”."),
    ("contains-all", ["1,000", "in stock"], "1,000 are in stock", True, "all of “1,000” and “in stock”"),
    ("contains-all", '"1,000", in stock', "1,000 are in stock", True, "“1,000”"),  # quotes keep the comma
    ("icontains-all", ["value 1", "VALUE 2"], "Value 1 and Value 2", True, "(ignoring case)"),
    ("icontains-all", ["value 1", "VALUE 2"], "Value 1", False, "does not contain “VALUE 2”"),
    ("starts-with", "Yes", "Yes, it is.", True, "starts with “Yes”"),
    ("starts-with", "Yes", " Yes, it is.", False, "does not start with “Yes”"),
    ("ends-with", "Goodbye.", "All done. Goodbye.", True, "ends with"),
    ("regex", "\\d{4}", "In 1969 they landed.", True, "matches the pattern “\\d{4}”"),
    ("regex", "\\d{4}", "In sixty-nine.", False, "does not match"),
    ("regex", "(?<year>\\d{4})", "1969", True, "matches the pattern “(?<year>"),  # JavaScript's named groups
    ("is-json", None, ' {"a": 1} ', True, "valid JSON"),
    ("is-json", None, '```json\n{"a": 1}\n```', False, "is not valid JSON"),
    ("is-json", LOCATION, '{"latitude": 48.85, "longitude": 2.35}', True, "matches the schema"),
    ("is-json", LOCATION, '{"latitude": 148.85, "longitude": 2.35}', False, "“latitude” must be at most 90"),
    ("is-json", LOCATION, '{"latitude": 48.85}', False, "“longitude” is missing from the JSON"),
    ("is-json", PERSON, '{"name": "Ada", "age": "36"}', False, "Valid JSON, but “age” must be an integer."),
    ("contains-json", None, 'Sure: {"a": {"b": 1}} hope that helps', True, "contains a JSON object"),
    ("contains-json", None, "No JSON {here}", False, "contains no JSON object"),
    ("contains-json", LOCATION, 'Here: {"x": 1} and {"latitude": 1, "longitude": 2}', True, "matches the schema"),
    ("contains-json", LOCATION, 'Here: {"latitude": "north", "longitude": 2}', False, "must be a number"),
    ("word-count", 3, "one two  three", True, "3 words"),
    ("word-count", {"min": 20, "max": 100}, "too short", False, "fewer than the 20"),
    ("word-count", {"max": 2}, "one two three", False, "more than the 2 allowed"),
    ("word-count-max", 5, "one two three", True, "at most 5"),
    ("word-count-max", 2, "one two three", False, "The reply has 3 words, more than the 2 allowed."),
    ("word-count-min", 3, "one two three", True, "at least 3"),
    ("word-count-min", 4, "one two three", False, "fewer than the 4 asked for"),
    ("tool-call", "get_weather", "", False, "calls no tool"),
    ("language", "French", "Le chat est sur la table et il dort.", True, "is in French"),
    ("language", "de", "The cat is on the table.", False, "seems to be in English, not German"),
]


def test_golden_table_and_its_negation() -> None:
    """One test over the table (a test each would spend more on set-up than on checking)."""
    for kind, value, text, passes, reason in GOLDEN:
        outcome = run_check(Check(kind, value), Reply(text))
        row = (kind, value, text, outcome.reason)
        assert (outcome.passed, outcome.score) == (passes, float(passes)), row
        assert reason in outcome.reason, row
        assert outcome.reason.endswith("."), row
        negated = run_check(Check("not-" + kind, value), Reply(text))  # promptfoo: every type negates with `not-`
        assert (negated.passed, negated.score, negated.reason) == (not passes, float(not passes), outcome.reason), row


def test_reply_measures_latency_speed_and_finish() -> None:
    reply = Reply("Hi", seconds=1.2, tokens_per_second=34.5, stop_reason=StopReason.MAX_TOKENS)
    table = [
        (Check("latency", threshold=5000), True, "took 1.20 s, within the 5.00 s allowed"),
        (Check("latency", threshold=1000), False, "over the 1.00 s allowed"),
        (Check("latency", 5000), True, "within"),  # the value, when there is no threshold
        (Check("not-latency", threshold=1000), True, "over"),
        (Check("tokens-per-second-min", 20), True, "34.5 tokens/s, at least the 20"),
        (Check("tokens-per-second-min", 50), False, "slower than the 50"),
        (Check("finish-reason", "length"), True, "ended with “length”"),
        (Check("finish-reason", "stop"), False, "“length”, not “stop”"),
    ]
    for check, passes, reason in table:
        outcome = run_check(check, reply)
        assert (outcome.passed, reason in outcome.reason) == (passes, True), (check, outcome.reason)


def test_tool_call_matches_a_name_and_a_subset_of_arguments() -> None:
    reply = Reply("", tool_calls=(ToolCall("1", "get_weather", {"city": "Paris", "days": 2, "units": {"t": "C"}}),))
    case = Case("Weather?", tools=(WEATHER,))
    table = [
        ("get_weather", True, "The reply calls “get_weather”."),
        ({"name": "get_weather"}, True, "calls “get_weather”"),
        ({"name": "get_weather", "arguments": {"city": "Paris"}}, True, 'with “{"city": "Paris"}”'),
        ({"name": "get_weather", "arguments": {"units": {"t": "C"}, "days": 2}}, True, "calls"),
        ({"name": "get_weather", "arguments": {"city": "London"}}, False, "its “city” is “Paris”, not “London”"),
        ({"name": "get_weather", "arguments": {"days": True}}, False, "its “days” is “2”"),  # 2 is not true
        ({"name": "get_weather", "arguments": {"country": "FR"}}, False, "its arguments have no “country”"),
        ({"name": "get_weather", "arguments": {"units": {"t": "F"}}}, False, "its “units.t” is"),
        ("book_flight", False, "The reply calls “get_weather”, not “book_flight”."),
    ]
    for value, passes, reason in table:
        outcome = run_check(Check("tool-call", value), reply, case)
        assert (outcome.passed, reason in outcome.reason) == (passes, True), (value, outcome.reason)
    assert run_check(Check("not-tool-call", "book_flight"), reply, case).passed

    valid = Check("is-valid-openai-tools-call")
    assert run_check(valid, reply, case).passed
    wrong_type = Reply("", tool_calls=(ToolCall("1", "get_weather", {"city": 7}),))
    assert "but “city” must be a string" in run_check(valid, wrong_type, case).reason
    assert "does not offer" in run_check(valid, reply, Case("Weather?")).reason


def test_check_values_fill_from_the_case_vars() -> None:
    case = Case("What is the capital of {{country}}?", vars={"country": "France", "expected": "Paris"})
    assert run_check(Check("icontains", "{{ expected }}"), Reply("It is Paris."), case).passed
    assert run_check(Check("contains-all", ["{{expected}}", "France"]), Reply("Paris, France"), case).passed
    listed = Case("Name a colour of the French flag.", vars={"colours": ["blue", "white", "red"], "shape": PERSON})
    assert run_check(Check("icontains-any", "{{ colours }}"), Reply("Red."), listed).passed  # a list stays a list
    assert run_check(Check("is-json", "{{shape}}"), Reply('{"age": 3}'), listed).passed  # and an object an object
    missing = run_check(Check("not-contains", "{{capital}}"), Reply("Paris"), case)
    assert (missing.passed, "“capital”" in missing.reason) == (False, True)  # broken: fails even when negated


def test_a_check_with_a_value_it_cannot_use_fails_whatever_its_sign_and_says_why() -> None:
    table = [
        (Check("regex", "("), "is not a regular expression"),
        (Check("contains", ""), "needs some text"),
        (Check("contains-any", 3), "needs a list of texts"),
        (Check("is-json", {"type": "nonsense"}), "is not a valid JSON schema"),
        (Check("word-count-max", "many"), "needs a number of words"),
        (Check("latency"), "needs a time limit in milliseconds"),
        (Check("tool-call", {"arguments": {}}), "needs a tool's name"),
        (Check("language", "Klingon"), "takes a language's name"),
        (Check("contains", "x", weight=-1), "weight must be a number, 0 or more"),
    ]
    for check, reason in table:
        assert reason in (problem(check) or ""), check
        if check.weight >= 0:
            for kind in (check.type, "not-" + check.type):
                outcome = run_check(Check(kind, check.value), Reply('{"a": 1} x'))
                assert (outcome.passed, reason in outcome.reason) == (False, True), outcome
    assert problem(Check("contains", "x")) is None
    assert problem(Check("llm-rubric", "is polite")) is None


def test_grade_follows_promptfoos_weights_and_thresholds() -> None:
    reply = Reply("Hello world")
    hello, bye = Check("contains", "Hello"), Check("contains", "Bye")

    no_threshold = grade(Case("p", checks=(hello, bye)), reply)
    assert (no_threshold.passed, no_threshold.score) == (False, 0.5)  # every counted check must pass

    heavy = Case("p", checks=(Check("contains", "Hello", weight=3), bye), threshold=0.75)
    assert (grade(heavy, reply).passed, grade(heavy, reply).score) == (True, 0.75)  # 3 / (3 + 1) reaches 0.75
    assert not grade(Case("p", checks=heavy.checks, threshold=0.8), reply).passed
    assert grade(Case("p", checks=(hello, bye), threshold=0), reply).passed  # 0 collects scores, never fails

    reported = Case("p", checks=(hello, Check("contains", "Bye", weight=0)))
    assert (grade(reported, reply).passed, grade(reported, reply).score) == (True, 1.0)  # weight 0: never counted
    tenths = (Check("contains", "H", weight=0.1), Check("contains", "w", weight=0.2), bye)
    assert grade(Case("p", checks=tenths, threshold=0.3 / 1.3), reply).passed  # 0.1 + 0.2 is 0.30000000000000004

    assert (grade(Case("p"), reply).passed, grade(Case("p"), Reply("")).score) == (True, 1.0)  # no checks


def test_unsupported_types_are_kept_reported_and_never_counted() -> None:
    script = Check("javascript", "output.length > 3", weight=2, raw={"type": "javascript", "weight": 2})
    graded = grade(Case("p", checks=(Check("icontains", "hello"), script)), Reply("Hello"))
    assert (graded.passed, graded.score) == (True, 1.0)
    kept = graded.outcomes[1]
    assert (kept.passed, kept.reason, kept.check.weight, kept.check.type) == (
        False,
        UNSUPPORTED_REASON,
        0.0,
        "javascript",
    )
    assert kept.check.raw == {"type": "javascript", "weight": 2}  # as written, for an export
    assert "javascript" not in KNOWN_TYPES
    assert {"not-contains", "not-icontains", "not-regex", "tool-call", "word-count-max"} <= KNOWN_TYPES


def test_similar_and_llm_rubric_without_their_model_are_listed_with_the_model_to_choose_and_never_counted() -> None:
    rubric = Check("llm-rubric", "is a friendly greeting", weight=2, raw={"type": "llm-rubric", "weight": 2})
    checks = (Check("icontains", "hello"), rubric, Check("not-similar", "Hi"))
    for aids in (None, GradingAids()):
        graded = grade(Case("p", checks=checks), Reply("Hello"), aids)
        assert (graded.passed, graded.score) == (True, 1.0)
        judged, compared = graded.outcomes[1:]
        assert (judged.passed, judged.check.weight, judged.reason) == (
            False,
            0.0,
            "Choose a judge model to run “llm-rubric” checks.",
        )
        assert judged.check.raw == {"type": "llm-rubric", "weight": 2}
        assert compared.reason == "Choose an embedding model to run “not-similar” checks."
    assert {"similar", "not-similar", "llm-rubric", "not-llm-rubric"} <= KNOWN_TYPES
    assert {"similar", "llm-rubric"} == OPTIONAL_TYPES
    assert "needs the expected answer" in (problem(Check("similar", [])) or "")
    assert "needs a rubric" in (problem(Check("llm-rubric", " ")) or "")


# fixed unit-free vectors: the reply's cosine with each expected answer is its first coordinate over the norm
VECTORS = {
    "The cat sleeps.": (1.0, 0.0),
    "A cat is sleeping.": (0.8, 0.6),  # cosine 0.8
    "Kittens nap.": (0.6, 0.8),  # 0.6
    "Stock prices fell.": (0.0, 1.0),  # 0
    "": (0.0, 0.0),  # an empty text with no length: similarity 0
}
# (value, threshold, reply, passes, score, words the reason must hold); promptfoo's default threshold is 0.75
SIMILAR_GOLDEN: list[tuple[Any, float | None, str, bool, float, str]] = [
    ("A cat is sleeping.", None, "The cat sleeps.", True, 0.8, "to “A cat is sleeping.” is 0.80, at least the 0.75"),
    ("Kittens nap.", None, "The cat sleeps.", False, 0.6, "is 0.60, below the 0.75 asked for"),
    ("Kittens nap.", 0.5, "The cat sleeps.", True, 0.6, "at least the 0.5 asked for"),
    ("A cat is sleeping.", 0.9, "The cat sleeps.", False, 0.8, "below the 0.9"),
    (["Stock prices fell.", "A cat is sleeping."], None, "The cat sleeps.", True, 0.8, "the closest expected answer"),
    ("Stock prices fell.", None, "", False, 0.0, "is 0.00"),
]


def test_similar_golden_table_with_fixed_vectors_and_its_negation() -> None:
    asked: list[Sequence[str]] = []

    def embed(texts: Sequence[str]) -> list[list[float]]:
        asked.append(texts)
        return [list(VECTORS[text]) for text in texts]

    aids = GradingAids(embed=embed)
    for value, threshold, text, passes, score, reason in SIMILAR_GOLDEN:
        outcome = run_check(Check("similar", value, threshold=threshold), Reply(text), aids=aids)
        row = (value, threshold, outcome.reason)
        assert (outcome.passed, round(outcome.score, 6)) == (passes, score), row
        assert reason in outcome.reason, row
        negated = run_check(Check("not-similar", value, threshold=threshold), Reply(text), aids=aids)
        assert (negated.passed, round(negated.score, 6), negated.reason) == (
            not passes,
            round(1 - score, 6),
            outcome.reason,
        )
    assert asked[0] == ["The cat sleeps.", "A cat is sleeping."]  # the reply and the expected answers, one call
    case = Case("p", vars={"answer": "A cat is sleeping."}, checks=(Check("similar", "{{answer}}", weight=2),))
    graded = grade(case, Reply("The cat sleeps."), aids)
    assert (graded.passed, round(graded.score, 6)) == (True, 0.8)  # the similarity is the check's score


# (the judge's whole answer, threshold, passes, score, words the reason must hold)
RUBRIC_GOLDEN: list[tuple[str, float | None, bool, float, str]] = [
    ('{"reason": "It greets.", "pass": true, "score": 0.9}', None, True, 0.9, "meets the rubric “Is a greeting”"),
    ('{"reason": "It greets.", "pass": true, "score": 0.9}', 0.95, False, 0.9, "the score is below the 0.95 asked"),
    ('{"reason": "It greets.", "pass": true, "score": 0.9}', 0.9, True, 0.9, "(score 0.90): It greets."),
    ('{"reason": "No greeting", "pass": false, "score": 0.1}', None, False, 0.1, "does not meet the rubric"),
    ('{"reason": "x", "pass": false, "score": 1}', 0.5, False, 1.0, "does not meet"),  # both must hold
    # another computer's judge, without Hearth's grammar: read leniently, with promptfoo's defaults
    ('```json\n{"pass": "yes", "reason": "Polite."}\n```', None, True, 1.0, "(score 1.00): Polite."),
    ('Here you go: {"score": 0.3, "reason": "Half."} Hope it helps', None, True, 0.3, "meets"),  # pass left out
    ('{"reason": "Very good", "pass": true, "score": 7}', None, True, 1.0, "score 1.00"),  # out of range: brought in
    ('{"pass": false}', None, False, 0.0, "it gave no reason"),
]


def test_llm_rubric_golden_table_with_fixed_judge_answers() -> None:
    seen: list[Sequence[Message]] = []
    for answer, threshold, passes, score, reason in RUBRIC_GOLDEN:

        def judge(messages: Sequence[Message], answer: str = answer) -> str:
            seen.append(messages)
            return answer

        aids = GradingAids(judge=judge)
        outcome = run_check(Check("llm-rubric", "Is a greeting", threshold=threshold), Reply("Hello there!"), aids=aids)
        row = (answer, threshold, outcome.reason)
        assert (outcome.passed, round(outcome.score, 6)) == (passes, score), row
        assert reason in outcome.reason, row
        assert outcome.reason.endswith("."), row
        negated = run_check(
            Check("not-llm-rubric", "Is a greeting", threshold=threshold), Reply("Hello there!"), aids=aids
        )
        assert (negated.passed, round(negated.score, 6)) == (not passes, round(1 - score, 6)), row
    system, user = seen[0]
    assert system.role == "system"
    assert system.content.startswith("You are grading output according to a user-specified rubric.")
    assert (user.role, user.content) == (
        "user",
        "<Output>\nHello there!\n</Output>\n<Rubric>\nIs a greeting\n</Rubric>",
    )


def test_a_judge_answer_that_is_no_verdict_fails_negated_or_not_and_says_what_it_said() -> None:
    for answer in ("PASS", "", '{"verdict": "good"}', '{"pass": "maybe"}', '{"pass": true, "score": "high"}'):
        aids = GradingAids(judge=lambda _messages, answer=answer: answer)
        for kind in ("llm-rubric", "not-llm-rubric"):
            outcome = run_check(Check(kind, "Is a greeting"), Reply("Hello"), aids=aids)
            assert (outcome.passed, outcome.score) == (False, 0.0), (answer, kind)
            assert outcome.reason.startswith("The judge model did not answer with a verdict (JSON with “reason”, ")
            assert f"it answered “{answer or 'nothing'}”" in outcome.reason


def test_language_is_told_by_script_and_common_words() -> None:
    samples = {
        "en": "The weather is nice today and we are going to the park.",
        "fr": "Il fait beau aujourd'hui et nous allons au parc avec les enfants.",
        "de": "Das Wetter ist heute schön und wir gehen mit den Kindern in den Park.",
        "es": "Hace buen tiempo hoy y vamos al parque con los niños.",
        "it": "Oggi il tempo è bello e andiamo al parco con i bambini.",
        "pt": "O tempo está bom hoje e vamos ao parque com as crianças.",
        "nl": "Het weer is mooi vandaag en we gaan met de kinderen naar het park.",
        "ja": "今日は天気がいいので公園に行きます。",
        "zh": "今天天气很好，我们去公园。",
        "ko": "오늘은 날씨가 좋아서 공원에 갑니다.",
        "ru": "Сегодня хорошая погода, и мы идём в парк.",
        "uk": "Сьогодні гарна погода, і ми йдемо в парк.",
        "ar": "الطقس جميل اليوم ونحن ذاهبون إلى الحديقة.",
    }
    assert {code: detect_language(text) for code, text in samples.items()} == {code: code for code in samples}
    assert detect_language("42 + 7 = 49") is None

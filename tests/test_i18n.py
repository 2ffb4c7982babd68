"""The core's sentences (app/i18n.py): English wherever they are written as text, the reader's language in the
window, and every `say` in app/ written so that pyside6-lupdate extracts it."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

from app.errors import HearthError
from app.i18n import Sentence, Size, localized, say, set_formatters, set_translator
from app.units import GB

APP = Path(__file__).resolve().parent.parent / "app"


def test_a_sentence_is_english_text_and_the_window_reads_it_in_its_own_language() -> None:
    full = say("Downloads", "{needed} is needed, {free} is free ({name}).", "downloads.test").format(
        needed=Size(17 * GB // 2), free=Size(GB), name="model.gguf"
    )
    assert full == "8.5 GB is needed, 1.0 GB is free (model.gguf)."
    assert isinstance(full, str)
    again = pickle.loads(pickle.dumps(full))  # the worker queues carry it across processes
    assert isinstance(again, Sentence)
    assert (again, again.context, again.template, again.code) == (full, "Downloads", full.template, "downloads.test")
    assert dict(again.fields) == dict(full.fields)
    assert isinstance(again.fields["needed"], Size)

    nested = say("Fit", "Needs about {need} {context}.", "fit.test").format(
        need=Size(2 * GB), context=say("Fit", "with a {size} context", "fit.test-context").format(size="4K")
    )
    error = HearthError(full, "details stay plain")
    seen: list[tuple[str, str, str]] = []

    def shouting(context: str, template: str, code: str) -> str:
        seen.append((context, template, code))
        if code == "downloads.test-lost-field":
            return "THE {FIELD} IS NOT THERE"  # a translation that lost its field: English, never a crash
        return re.sub(r"[^{}]+(?![^{]*})", lambda words: words.group(0).upper(), template)  # fields kept as named

    set_translator(shouting)
    set_formatters(lambda size: f"{size / GB:.1f}".replace(".", ",") + " Go")
    try:
        assert localized(full) == "8,5 Go IS NEEDED, 1,0 Go IS FREE (model.gguf)."
        assert ("Downloads", "{needed} is needed, {free} is free ({name}).", "downloads.test") in seen
        assert localized(nested) == "NEEDS ABOUT 2,0 Go WITH A 4K CONTEXT."
        lost = say("Downloads", "The {name} arrived.", "downloads.test-lost-field").format(name="file")
        assert localized(lost) == "The file arrived."
        assert localized("a model's own words") == "a model's own words"
        assert error.message == "8,5 Go IS NEEDED, 1,0 Go IS FREE (model.gguf)."
        assert str(error) == "8.5 GB is needed, 1.0 GB is free (model.gguf)."  # what the log writes
        assert error.details == "details stay plain"
    finally:
        set_translator(None)
        set_formatters(None)
    assert error.message == str(error) == full


def test_every_say_in_the_core_is_one_that_lupdate_extracts() -> None:
    """lupdate reads `say(context, template, code)` only when the three are string literals and no keyword
    argument follows them: fields go through `.format(name=value)`. One code names one sentence."""
    codes: dict[str, tuple[str, str]] = {}
    wrong: list[str] = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"):
                continue
            where = f"{path.relative_to(APP.parent)}:{node.lineno}"
            literals = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            if len(node.args) != 3 or len(literals) != 3 or node.keywords:
                wrong.append(where)
                continue
            context, template, code = literals
            if codes.setdefault(code, (context, template)) != (context, template):
                wrong.append(f"{where}: the code {code} names two sentences")
    assert not wrong
    assert len(codes) > 200

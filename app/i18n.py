"""The core's sentences, translatable without Qt: a template with named fields and a stable code.

`say(context, template, code).format(**fields)` returns a `Sentence`: a str that *is* the English sentence with its
fields filled (so logs, the CLI and every existing caller read plain English), carrying what a translator needs. The
window installs a translator (`set_translator`, Qt's `QCoreApplication.translate`) and shows a sentence through
`localized()`, which translates the template and fills the same fields. `pyside6-lupdate` extracts `say` as Qt's
`translate` (`-tr-function-alias translate+=say`): the context and template are Qt's, the code is its
disambiguation, so two sentences with the same English keep apart when a language needs them apart.

A field that is a size (`Size`) or a count is formatted for the reader's language by the window's formatter
(`set_formatters`): "8.5 GB" in English logs, "8,5 GB" in Italian, "8,5 Go" in French.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from app.units import format_bytes

Translator = Callable[[str, str, str], str]  # (context, template, code) -> the template in the chosen language

_translator: Translator | None = None
_size_formatter: Callable[[int], str] | None = None
_number_formatter: Callable[[int], str] | None = None
_GROUPED = re.compile(r"\{(\w+):,\}")  # "{total:,}": a count with thousands separators, the reader's way


class Size(int):
    """A number of bytes as a sentence's field: English `format_bytes` in logs, the reader's own units on screen."""

    def __str__(self) -> str:
        return format_bytes(int(self))

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else int.__format__(int(self), spec)


class Sentence(str):
    """The English sentence, with its template, context, code and fields kept for `localized`."""

    context: str
    template: str
    code: str
    fields: Mapping[str, Any]

    def __new__(cls, context: str, template: str, code: str = "", /, **fields: Any) -> Sentence:
        made = super().__new__(cls, _filled(template, fields))
        made.context, made.template, made.code, made.fields = context, template, code, fields
        return made

    def format(self, /, *args: object, **fields: Any) -> Sentence:
        """`say(context, template, code).format(name=value)`: the sentence with its fields, still a Sentence.

        The form to write: pyside6-lupdate skips a `say(...)` call whose literals are followed by a keyword argument,
        so fields go here (the gettext idiom, `_("...").format(...)`), never into `say` itself."""
        if args:
            raise TypeError("a sentence's fields are named: format(name=value)")
        return Sentence(self.context, self.template, self.code, **{**self.fields, **fields})

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (the worker queues) keep it a Sentence
        return (_rebuilt, (self.context, self.template, self.code, dict(self.fields)))


def _rebuilt(context: str, template: str, code: str, fields: dict[str, Any]) -> Sentence:
    return Sentence(context, template, code, **fields)


def say(context: str, template: str, code: str = "", /, **fields: Any) -> Sentence:
    """A core sentence for a person; `template` is plain English with `{name}` fields (no f-string, so a translation
    tool can extract it), `code` a stable name for it (`"download.disk-full"`). Write the three as literals and give
    the fields through `.format(name=value)`: lupdate drops a call with keyword arguments."""
    return Sentence(context, template, code, **fields)


def set_translator(translator: Translator | None) -> None:
    """The window's translator (None: English, as in the CLI)."""
    global _translator
    _translator = translator


def set_formatters(size: Callable[[int], str] | None, number: Callable[[int], str] | None = None) -> None:
    """How the window writes a size and a grouped count ("8,192" / "8.192" / "8 192") in the chosen language
    (None: `format_bytes`, Python's commas)."""
    global _size_formatter, _number_formatter
    _size_formatter, _number_formatter = size, number


def localized(text: str) -> str:
    """`text` in the reader's language when it is a `Sentence` and a translator is installed; as it is otherwise
    (a plain str, a model's words, a path)."""
    if not isinstance(text, Sentence):
        return str(text)
    template = _translator(text.context, text.template, text.code) if _translator is not None else text.template
    fields = {name: _shown(value) for name, value in text.fields.items()}
    if _number_formatter is not None:
        for name in _GROUPED.findall(template):
            if isinstance(fields.get(name), int):
                fields[name] = _number_formatter(fields[name])
        template = _GROUPED.sub(r"{\1}", template)
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a field: English, never a crash
        return text.template.format(**fields)


def _shown(value: Any) -> Any:
    if isinstance(value, Size) and _size_formatter is not None:
        return _size_formatter(int(value))
    if isinstance(value, Sentence):
        return localized(value)
    return value


def _filled(template: str, fields: Mapping[str, Any]) -> str:
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template

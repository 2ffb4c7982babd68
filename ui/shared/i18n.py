"""Hearth in the person's own language, switched live.

The languages are listed by their own names (italiano, 한국어, français, …). Choosing one installs Hearth's
translation (`resources/i18n/hearth_<code>.qm`, built by `make` from the `.ts` sources) and Qt's own
(`qtbase_<code>.qm`: Cancel, Open, … in Qt's dialogs), makes it QLocale's default (numbers, dates, sizes), hands the
core a translator for its sentences (app/i18n.py), and asks every live widget to `retranslate()` — hidden pages
too, so nothing shows the old language when it is opened later. English needs its file too: it holds the singular
forms of the `%n` plurals.

The pseudo-language (`PSEUDO`) is for tests and for looking: every string with accented letters, in brackets and
40 % longer, so an untranslated string (plain ASCII) or a clipped one (no closing bracket) is seen at once.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from app import i18n
from app.units import size_parts
from ui.resources import resources_dir

log = logging.getLogger(__name__)

ENGLISH = "en"
PSEUDO = "pseudo"
LANGUAGES: dict[str, str] = {  # code → the language's own name, as the chooser lists it
    "en": "English",
    "it": "italiano",
    "ko": "한국어",
    "fr": "français",
    "de": "Deutsch",
    "es": "español",
    "pt_BR": "português (Brasil)",
    "zh_CN": "简体中文",
    "ja": "日本語",
}
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNS", "àéîõüýÀÉÎÕÜÝçñšÇÑŠ")


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The system's language when Hearth has it (pt_BR, zh_CN by region, others by language), else English."""
    name = QLocale.system().name()  # "it_IT", "pt_BR", "zh_CN"
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    return next((code for code in LANGUAGES if code.split("_")[0] == base), ENGLISH)


def chosen_language(setting: str) -> str:
    """The setting; with none ("" = follow the system) or one Hearth lacks, `HEARTH_LANGUAGE` from the environment
    (screenshots, tests), else the system's language."""
    for wish in (setting, os.environ.get("HEARTH_LANGUAGE", "")):
        if wish in LANGUAGES or wish == PSEUDO:
            return wish
    return system_language()


def pseudo(text: str) -> str:
    """The pseudo-language's form of a string: accented, 40 % longer, in brackets; `{fields}`, `%n`, `%Ln`, `%1`
    and `&` mnemonics kept so it still formats."""
    out: list[str] = []
    depth = 0
    for index, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        after_percent = text[max(index - 2, 0) : index]
        keep = depth or char == "}" or after_percent.endswith("%") or after_percent == "%L"  # %n, %1, %Ln
        out.append(char if keep else char.translate(_ACCENTED))
    body = "".join(out)
    padding = "·" * max(1, round(len(text) * 0.4))
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """Qt asks it for every string of the window; it answers in the pseudo-language."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False


class Translations(QObject):
    """The application's one set of installed translators; `use(code)` switches everything live."""

    changed = Signal(str)  # the language's code, after every widget was retranslated

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.code = ENGLISH

    def use(self, code: str) -> None:
        self.clear()
        self._installed = [t for t in self._load(code) if self._app.installTranslator(t)]
        self.code = code
        QLocale.setDefault(QLocale(code if code in LANGUAGES else ENGLISH))
        i18n.set_translator(_core_translator)
        i18n.set_formatters(format_size, lambda number: QLocale().toString(number))
        retranslate_all()
        self.changed.emit(code)

    def clear(self) -> None:
        """Its translators out of the application (a window closed in a test leaves none behind)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _load(self, code: str) -> list[QTranslator]:
        if code == PSEUDO:
            return [PseudoTranslator(self)]
        found: list[QTranslator] = []
        own = QTranslator(self)
        if own.load(str(translations_dir() / f"hearth_{code}.qm")):
            found.append(own)
        else:
            log.warning("No translation file for %s in %s (run make)", code, translations_dir())
        qt = QTranslator(self)
        if code != ENGLISH and qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt)
        return found


class Counts(QObject):
    """Counts said outside a widget's own methods: lupdate reads a `%n` plural (with its singular) only from
    `self.tr` in a class, never from `QCoreApplication.translate`."""

    def tokens(self, n: int) -> str:
        return self.tr("%n tokens", "", n)

    def models(self, n: int) -> str:
        return self.tr("%n models", "", n)

    def prompt_reused(self, reused: int, total: int) -> str:
        """How much of a reply's prompt came back from memory instead of being read: "2,430 of 2,461 prompt tokens
        reused" (the plural follows the prompt's size)."""
        return self.tr("{reused} of %Ln prompt tokens reused", "", total).format(reused=QLocale().toString(reused))


counts = Counts()


def retranslate_all() -> None:
    """Every live widget that shows fixed text says it again in the installed language (hidden ones too)."""
    for widget in QApplication.allWidgets():
        retranslate = getattr(widget, "retranslate", None)
        if not callable(retranslate):
            continue
        try:
            retranslate()
        except Exception:  # one widget that cannot say itself again must not stop the others, or the switch
            log.exception("%s could not show its texts in the new language", type(widget).__name__)


def _core_translator(context: str, template: str, code: str) -> str:
    return QCoreApplication.translate(context, template, code or None)


def format_size(size: int) -> str:
    """A size rounded as `app.units.format_bytes` rounds it (binary units), written the reader's way: "8,5 GB" in
    Italian, "8,5 Go" in French (the unit is a translated word)."""
    number, decimals, unit = size_parts(size)
    words = {
        "GB": QCoreApplication.translate("Units", "GB"),
        "MB": QCoreApplication.translate("Units", "MB"),
        "KB": QCoreApplication.translate("Units", "KB"),
        "B": QCoreApplication.translate("Units", "B"),
    }
    return QCoreApplication.translate("Units", "{number} {unit}").format(
        number=QLocale().toString(number, "f", decimals), unit=words[unit]
    )

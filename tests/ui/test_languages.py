"""Hearth's languages: the .ts sources hold every string lupdate finds, the finished ones are finished with their
placeholders kept and build, sizes read the reader's way, and a live switch reaches hidden widgets."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import paths
from app.fit.advice import advise_all
from app.hardware import HardwareProfile
from app.i18n import Size, localized, say
from app.models import catalog
from app.models.library import Library
from app.models.model_rows import describe_library
from app.settings import load
from app.units import GB
from tests.helpers.app_window import running_window
from tests.locations import DATA_DIR, REPO_ROOT
from ui.models.model_card import ModelCard
from ui.models.my_models_page import LibraryRow
from ui.shared.i18n import LANGUAGES, PSEUDO, Translations, format_size, pseudo

COMPLETE = tuple(LANGUAGES)  # every language Hearth lists is finished (English: its plural forms)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hearth_i18n_files", REPO_ROOT / "packaging" / "i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""), message.findtext("comment", ""))] = message
    return found


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    made = Translations(qapp)
    try:
        yield made
    finally:
        made.use("en")
        made.deleteLater()


def test_every_string_lupdate_finds_is_in_the_sources_and_the_finished_ones_build(tmp_path: Path) -> None:
    tool = _tool()
    shipped = sorted(tool.FOLDER.glob("hearth_*.ts"))
    assert {p.stem.removeprefix("hearth_") for p in shipped} == set(LANGUAGES)
    for source in shipped:
        shutil.copy(source, tmp_path / source.name)
    tool.update(tmp_path)
    for source in shipped:
        missing = set(_messages(tmp_path / source.name)) - set(_messages(source))
        assert not missing, f"{source.name} lacks {sorted(missing)[:5]}: run `make i18n-update` and translate them"
    for language in COMPLETE:
        for (context, text, _code), message in _messages(tool.FOLDER / f"hearth_{language}.ts").items():
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") != "unfinished", (language, context, text)
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                assert form, (language, context, text)
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(text)) or (
                    message.get("numerus") == "yes" and "%n" not in form  # a singular may say "one" in words
                ), (language, text, form)
    tool.release(tmp_path)
    assert {p.stem for p in tmp_path.glob("*.qm")} == {p.stem for p in shipped}


def test_sizes_and_core_sentences_read_the_readers_way(translations: Translations) -> None:
    size = int(8.5 * GB)
    sentence = say("Tests", "The model takes {size}.", "tests.size", size=Size(size))
    assert sentence == "The model takes 8.5 GB."
    assert str(sentence) == "The model takes 8.5 GB."
    counted = say("Tests", "{total:,} tokens", "tests.count").format(total=81920)
    translations.use("it")
    assert format_size(size) == "8,5 GB"
    assert localized(counted) == "81.920 tokens"  # grouped the Italian way
    translations.use("fr")
    assert format_size(size) == "8,5 Go"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own words, from qtbase_fr
    assert localized(sentence) == "The model takes 8,5 Go."  # untranslated template, the size in French units
    translations.use("en")
    assert format_size(size) == "8.5 GB"
    assert localized(sentence) == "The model takes 8.5 GB."


class Greeting(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Hello"))


def test_a_live_switch_reaches_hidden_widgets_and_back(qtbot: QtBot, translations: Translations) -> None:
    shown, hidden = Greeting(), Greeting()
    holder = QWidget()
    qtbot.addWidget(holder)
    hidden.setParent(holder)
    hidden.hide()
    qtbot.addWidget(shown)
    shown.show()
    translations.use(PSEUDO)
    assert shown.text() == hidden.text() == pseudo("Hello")
    assert pseudo("Saved {name} · %n").startswith("[")
    assert "{name}" in pseudo("Saved {name} · %n")
    assert "%Ln" in pseudo("%Ln tokens")  # Qt fills a grouped count only where the L stays
    translations.use("en")
    assert shown.text() == hidden.text() == "Hello"


def test_the_whole_window_switches_live_from_english_to_korean_to_french_hidden_pages_too(qtbot: QtBot) -> None:
    """The person's choice in Settings reaches the page in sight and the pages not shown, at once, and is kept."""
    with running_window(qtbot) as (services, window):
        window.show_page("discover")
        settings_page, sidebar = window.pages.settings, window.sidebar
        assert settings_page.title.text() == "Settings"
        assert sidebar.item(0).text() == "Discover"
        seen = {}
        try:
            for code in ("ko", "fr"):
                services.settings.update(language=code)
                seen[code] = (settings_page.title.text(), sidebar.item(0).text(), window.pages.compare.title.text())
            assert seen["ko"] == ("설정", "탐색", "비교")
            assert seen["fr"][0] == "Paramètres"  # a hidden page
            assert seen["fr"][1] == "Découvrir"  # the one in sight
            assert load(paths.resolve().config).language == "fr"  # kept for the next start
        finally:
            services.settings.update(language="")
        assert settings_page.title.text() == "Settings"


def test_the_cores_verdicts_on_a_card_and_a_library_row_follow_the_language(
    qtbot: QtBot, translations: Translations, qwen_gguf: Path
) -> None:
    profile = HardwareProfile.from_dict(
        json.loads((DATA_DIR / "profiles" / "desktop-rtx3060-12gb-32gb.json").read_text())
    )
    spec = catalog.default().models[0]
    card = ModelCard(spec)
    qtbot.addWidget(card)
    card.show_advice(advise_all([spec], profile)[0])
    library = Library(paths.resolve().ensure())
    library.import_path(qwen_gguf)
    (model_row,) = describe_library(library, profile)
    row = LibraryRow(model_row)
    qtbot.addWidget(row)
    verdict, own = card.verdict, model_row.verdict
    assert verdict is not None
    assert own is not None
    assert card.verdict_badge.text() == verdict.label
    assert card.reason.text().startswith(verdict.reason)
    translations.use(PSEUDO)  # every context, the core's "Fit" too: the sentences are said again, fields kept
    assert card.verdict_badge.text() == pseudo(verdict.label)
    assert card.reason.text().startswith("[")
    assert verdict.reason not in card.reason.text()
    assert card.verdict_badge.accessibleDescription().startswith("[")
    assert row.verdict_badge is not None
    assert row.verdict_badge.text() == pseudo(own.label)
    assert row.accessibleDescription().startswith("[")
    assert own.reason not in row.accessibleDescription()
    assert "{" not in card.reason.text() + row.accessibleDescription()
    translations.use("en")
    assert card.verdict_badge.text() == verdict.label
    assert row.accessibleDescription() == own.reason

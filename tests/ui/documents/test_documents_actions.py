"""The Documents page's Check for changes and Remove collection: off (and saying why) until a collection is chosen,
and Remove asks first, naming the collection and saying the files stay. No model is needed: the collections are
made empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.documents import collections
from app.documents.indexer import IndexProgress
from app.host import ModelHost
from app.units import plural
from tests.helpers.chat_page import library_state
from tests.helpers.prompter import ScriptedPrompter
from ui.documents.collection_list import CollectionList
from ui.documents.documents_page import DocumentsPage
from ui.documents.indexing_panel import IndexingPanel
from ui.workers import Workers

pytestmark = pytest.mark.gui


def make_collection(name: str) -> None:
    with collections.open_collection(name, create=True):
        pass


def page(qtbot: QtBot, workers: Workers, host: ModelHost, prompter: ScriptedPrompter | None = None) -> DocumentsPage:
    documents = DocumentsPage(
        host, library_state(workers), workers, workers.messages, prompter=prompter or ScriptedPrompter()
    )
    qtbot.addWidget(documents)
    return documents


def test_the_buttons_are_off_and_say_why_until_a_collection_is_chosen(
    qtbot: QtBot, workers: Workers, host: ModelHost
) -> None:
    empty = page(qtbot, workers, host)
    assert not empty.remove_button.isEnabled()
    assert "No collection yet" in empty.remove_button.toolTip()

    make_collection("Papers")
    make_collection("Recipes")
    documents = page(qtbot, workers, host)
    assert documents.list.names() == ["Papers", "Recipes"]
    for button in (documents.reindex_button, documents.remove_button):
        assert not button.isEnabled()
        assert "Click a collection in the list" in button.toolTip()
        assert button.accessibleName()
    assert "Click a collection" in documents.actions_hint.text()

    documents.list.setCurrentRow(1)
    assert documents.reindex_button.isEnabled()
    assert documents.remove_button.isEnabled()
    assert documents.actions_hint.text() == "Chosen: “Recipes”."
    assert "your files themselves stay" in documents.remove_button.toolTip()
    assert documents.list.currentItem().isSelected()  # type: ignore[union-attr]


@pytest.mark.parametrize(("answer", "kept"), [(False, True), (True, False)])
def test_remove_asks_first_naming_the_collection_and_saying_the_files_stay(
    qtbot: QtBot, workers: Workers, host: ModelHost, answer: bool, kept: bool
) -> None:
    make_collection("Family papers")
    prompter = ScriptedPrompter([answer])
    documents = page(qtbot, workers, host, prompter)
    documents.list.setCurrentRow(0)
    documents.remove_button.click()
    [(kind, title, text)] = [(asked.kind, asked.title, asked.text) for asked in prompter.asked]
    assert (kind, title) == ("ask_yes_no", "Remove collection")
    assert "“Family papers”" in text
    assert "Your files themselves are not deleted" in text
    assert ("Family papers" in [c.name for c in collections.list_collections()]) is kept
    assert (documents.list.names() == ["Family papers"]) is kept
    assert documents.remove_button.isEnabled() is kept


def test_counts_of_one_are_said_in_the_singular(qtbot: QtBot, tmp_path: Path) -> None:
    info = collections.CollectionInfo("One", tmp_path, "", 1, 1, 1, (), False)
    collection_list, panel = CollectionList(), IndexingPanel()
    qtbot.addWidget(collection_list)
    qtbot.addWidget(panel)
    assert collection_list.describe(info) == "One — 1 file, 1 chunk · 1 file waiting"
    assert panel.summary([]) == "Everything was up to date."
    assert panel.progress_text(IndexProgress(0, 1, 1, 1, None, None)) == "0 of 1 file · 1 chunk"
    assert panel.progress_text(IndexProgress(1, 2, 0, 0, None, None)) == "1 of 2 files · 0 chunks"
    assert (plural(1, "model"), plural(2, "model"), plural(0, "model")) == ("1 model", "2 models", "0 models")

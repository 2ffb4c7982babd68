"""What a conversation carries, and what a new chat does not: the document collection chosen in one chat is that
chat's (kept with it across a restart), a new chat starts without documents; after a restart the picker shows
its placeholder or the model the conversation used, ready to load on Send; notices about the model go when the
model changes; Options explain their less obvious settings, and offer graphics-card layers only where a graphics
card can take them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from app import paths
from app.hardware import Backend, GpuInfo, probe
from app.host import ModelHost
from app.models.library import Library
from app.store import ChatStore
from tests.helpers.chat_page import open_page
from ui.chat.chat_options import ChatOptions
from ui.chat.chat_page import ChatPage
from ui.workers import Workers

pytestmark = pytest.mark.gui

COLLECTIONS = ["Papers", "Letters"]


def start_chat(page: ChatPage, text: str, collection: str = "") -> int:
    """A conversation started with `collection` chosen (the model is not needed to write the person's message)."""
    page.new_conversation()
    if collection:
        page.collection_chooser.choose(collection)
    conversation_id = page.session.write(text, (), system_prompt="")
    page.open_conversation(conversation_id)
    return conversation_id


def test_a_new_chat_starts_without_documents_and_each_conversation_keeps_its_own(
    qtbot: QtBot, workers: Workers, host: ModelHost
) -> None:
    database = paths.resolve().ensure().data / "conversations.db"
    with ChatStore(database) as store:
        page = open_page(qtbot, workers, store, host)
        page.set_collections(COLLECTIONS)
        papers = start_chat(page, "What do the papers say?", "Papers")
        assert page.session.collection == "Papers"

        page.new_conversation()
        assert page.collection_chooser.chosen() == ""
        assert page.session.collection == ""  # "hello" here searches nothing and sends no passages anywhere
        plain = start_chat(page, "hello")
        assert page.session.collection == ""

        page.open_conversation(papers)
        assert page.collection_chooser.chosen() == "Papers"
        assert page.session.collection == "Papers"
        page.collection_chooser.choose("Letters")  # changed in a conversation: kept with it
        page.open_conversation(plain)
        assert page.session.collection == ""

    with ChatStore(database) as store:  # a restart; the window lists the collections after building the page
        page = open_page(qtbot, workers, store, host)
        page.open_conversation(papers)
        page.set_collections(COLLECTIONS)
        assert page.collection_chooser.chosen() == "Letters"
        assert page.session.collection == "Letters"
        page.new_conversation()
        assert page.session.collection == ""


def placeholder_shown(page: ChatPage) -> str:
    option = QStyleOptionComboBox()
    page.model_picker.initStyleOption(option)
    return option.currentText


@pytest.mark.model
def test_after_a_restart_the_picker_offers_the_conversations_model_and_sends_once_it_is_loaded(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path
) -> None:
    model = Library(paths.resolve().ensure()).import_path(qwen_gguf).imported[0]
    database = paths.resolve().data / "conversations.db"
    with ChatStore(database) as store:
        page = open_page(qtbot, workers, store, host)
        qtbot.waitUntil(lambda: bool(page.model_picker.choices()), timeout=60_000)
        assert page.model_picker.currentIndex() == -1  # a fresh home: nothing used yet, the placeholder drawn
        assert placeholder_shown(page) == "Choose a model…"
        earlier = store.create_conversation(model=model.id)
        store.add_message(earlier.id, "user", "Hello", model=model.id)

    with ChatStore(database) as store:  # a restart
        page = open_page(qtbot, workers, store, host)
        page.set_profile(probe(paths.resolve().models))  # the window's scan, which a load is planned with
        qtbot.waitUntil(lambda: bool(page.model_picker.choices()), timeout=60_000)
        chosen = page.model_picker.choice_at(page.model_picker.currentIndex())
        assert chosen is not None
        assert chosen.library_id == model.id  # the last model used, shown chosen, not loaded yet
        assert page.loaded_id == ""

        page.show_notice("Qwen cannot see images.")
        page.options.max_tokens.setValue(16)
        page.composer.text.setPlainText("Say hi")
        with qtbot.waitSignal(page.reply_finished, timeout=180_000):
            page.send()  # loads the chosen model, then sends
        assert page.loaded_id == model.id
        assert page.transcript.notice.isHidden()  # said about the model before: gone with the new load
        messages = store.messages(page.conversation_id or 0)
        assert [m.role for m in messages] == ["user", "assistant"]
        assert messages[0].content == "Say hi"


def test_options_explain_sampling_settings_and_hide_gpu_layers_without_a_usable_card(qtbot: QtBot) -> None:
    options = ChatOptions()
    qtbot.addWidget(options)
    options.show()
    for field in (options.top_p, options.top_k, options.min_p, options.repeat_penalty, options.kv_type):
        assert field.toolTip()
        assert field.accessibleDescription() == field.toolTip()
        assert field.accessibleName()
    assert options.gpu_layers.value() == -1  # "Automatic": the verdict's layers, not 0 (none on the card)
    assert options.gpu_layers.isHidden()  # until a scan finds a card that can take them
    profile = probe(paths.resolve().ensure().models)
    cpu_only = dataclasses.replace(profile, gpus=())
    options.set_profile(cpu_only)
    assert options.gpu_layers.isHidden()
    card = GpuInfo("NVIDIA", "NVIDIA GeForce RTX 4070", 12 * 1024**3, 11 * 1024**3, Backend.CUDA, driver="550.54")
    with_card = dataclasses.replace(
        profile, gpus=(card,), llama=dataclasses.replace(profile.llama, gpu_offload_supported=True)
    )
    options.set_profile(with_card)
    assert not options.gpu_layers.isHidden()
    engine_without_gpu = dataclasses.replace(
        with_card, llama=dataclasses.replace(profile.llama, gpu_offload_supported=False)
    )
    options.set_profile(engine_without_gpu)  # a card this copy of the engine cannot use
    assert options.gpu_layers.isHidden()


@pytest.mark.model
def test_a_library_listing_after_the_store_closed_preselects_nothing_and_raises_nothing(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path
) -> None:
    """A listing can arrive as the window goes away (the app's shutdown, a test reopening the file): seen as
    'the conversation store is closed' raised in Qt's event loop."""
    Library(paths.resolve().ensure()).import_path(qwen_gguf)
    store = ChatStore(paths.resolve().data / "conversations.db")
    page = open_page(qtbot, workers, store, host)
    qtbot.waitUntil(lambda: page.model_picker.count() > 0, timeout=60_000)
    page.model_picker.setCurrentIndex(-1)
    rows = list(page.library.rows)
    store.close()
    page.models.on_library_changed(rows)  # raised RuntimeError before
    assert page.model_picker.currentIndex() == -1

"""Pictures in the real Chat page with the real Qwen test model and a tiny projector whose weights are RANDOM.

The projector makes the path real (a dropped file is prepared, shown, stored, read by the model through libmtmd,
and a reply streams back) but not the answers: nothing here checks that a reply describes the picture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app import paths
from app.host import ModelHost
from app.models.library import Library
from app.store import ChatStore
from tests.helpers.chat_page import library_state, load_model, open_page
from tests.helpers.mmproj_factory import tiny_mmproj, vision_pair
from tests.helpers.qt_drop import drop_files
from ui.chat.image_strip import Thumbnail
from ui.models.my_models_page import MyModelsPage
from ui.workers import Workers

pytestmark = [pytest.mark.gui]


@pytest.fixture
def paired(qwen_gguf: Path, tmp_path: Path) -> Path:
    return vision_pair(qwen_gguf, tmp_path / "pair")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "sunset.png"
    Image.new("RGB", (160, 100), (250, 120, 30)).save(path)
    return path


@pytest.mark.model
@pytest.mark.slow
def test_a_dropped_picture_is_sent_the_reply_streams_and_the_thumbnail_is_back_after_a_restart(
    qtbot: QtBot, workers: Workers, host: ModelHost, paired: Path, photo: Path
) -> None:
    """Random projector: the path is proven, not the answer."""
    Library(paths.resolve().ensure()).import_path(paired)
    database = paths.resolve().data / "conversations.db"
    store = ChatStore(database)
    page = open_page(qtbot, workers, store, host)
    load_model(page, qtbot, "sees images")
    assert "sees images" in page.header.status.text()
    page.options.temperature.setValue(0.0)
    page.options.max_tokens.setValue(24)

    drop_files(page, photo)
    qtbot.waitUntil(lambda: len(page.composer.images.thumbnails) == 1, timeout=10_000)
    assert page.composer.images.isVisible()
    qtbot.keyClicks(page.composer.text, "What is in this picture?")
    with qtbot.waitSignal(page.reply_finished, timeout=120_000):
        qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.session.reply is not None and page.session.reply.text != "", timeout=60_000)
    assert not page.composer.images.isVisible()
    assert page.composer.pending == []
    question, reply = store.messages(page.conversation_id)  # type: ignore[arg-type]
    assert [(a.name, a.mime, a.width, a.height) for a in question.attachments] == [
        ("sunset.png", "image/png", 160, 100)
    ]
    assert reply.state == "complete"
    assert reply.content
    assert len(page.transcript.views[0][1].findChildren(Thumbnail)) == 1
    # Edit the question and add a second picture while editing: both go with the resent message.
    page.begin_edit(page.transcript.views[0][0], page.transcript.views[0][1].text)
    drop_files(page, photo)
    qtbot.waitUntil(lambda: len(page.composer.images.thumbnails) == 1, timeout=10_000)
    with qtbot.waitSignal(page.reply_finished, timeout=120_000):
        page.send()
    question, reply = store.messages(page.conversation_id)  # type: ignore[arg-type]
    assert [a.name for a in question.attachments] == ["sunset.png", "sunset.png"]
    assert question.content == "What is in this picture?"
    assert page.composer.pending == []
    conversation_id = page.conversation_id
    store.close()

    reopened = ChatStore(database)
    try:
        again = open_page(qtbot, workers, reopened, host)
        again.open_conversation(conversation_id)  # type: ignore[arg-type]
        thumbnails = again.transcript.views[0][1].findChildren(Thumbnail)
        assert [t.name for t in thumbnails] == ["sunset.png", "sunset.png"]
        assert not thumbnails[0].picture.pixmap().isNull()
    finally:
        reopened.close()


def test_damaged_empty_and_non_image_files_get_a_sentence_and_harm_nothing(
    qtbot: QtBot, workers: Workers, host: ModelHost, tmp_path: Path, photo: Path
) -> None:
    store = ChatStore(paths.resolve().ensure().data / "conversations.db")
    try:
        page = open_page(qtbot, workers, store, host)
        empty = tmp_path / "empty.png"
        empty.write_bytes(b"")
        damaged = tmp_path / "torn.jpg"
        damaged.write_bytes(photo.read_bytes()[:100])
        letter = tmp_path / "letter.txt"
        letter.write_text("Dear model, this is not a picture.")
        drop_files(page, empty, damaged, letter, photo)
        qtbot.waitUntil(lambda: page.transcript.notice.isVisible(), timeout=10_000)
        notice = page.transcript.notice.text()
        assert "empty.png is empty" in notice
        assert "torn.jpg could not be read" in notice
        assert "letter.txt is not a picture" in notice
        assert [p.name for p in page.composer.pending] == ["sunset.png"]  # the good one still comes along
        assert store.conversations() == []
    finally:
        store.close()


@pytest.mark.model
@pytest.mark.slow
def test_a_picture_for_a_model_that_cannot_see_explains_and_offers_the_vision_models_that_fit(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path, photo: Path, tmp_path: Path
) -> None:
    library = Library(paths.resolve().ensure())
    text_only = library.import_path(qwen_gguf).imported[0]
    store = ChatStore(paths.resolve().data / "conversations.db")
    try:
        page = open_page(qtbot, workers, store, host)
        load_model(page, qtbot)
        page.options.max_tokens.setValue(8)
        drop_files(page, photo)
        qtbot.waitUntil(lambda: len(page.composer.pending) == 1, timeout=10_000)
        assert "cannot see images" in page.transcript.notice.text()  # said on attaching already
        page.transcript.notice.hide()
        page.composer.text.setPlainText("What is this?")
        page.send()
        assert "cannot see images, and no model on this computer that fits can" in page.transcript.notice.text()
        assert page.composer.text.toPlainText() == "What is this?"
        assert len(page.composer.pending) == 1
        assert store.conversations() == []

        library.pair_projector(text_only, tiny_mmproj(tmp_path / "projector.gguf"))
        page.library.refresh()
        qtbot.waitUntil(lambda: "sees images" in page.model_picker.itemText(0), timeout=30_000)
        page.send()
        assert "Switch to a model that can" in page.transcript.notice.text()
        offers = page.composer.vision_offer.findChildren(QPushButton)
        assert [b.text() for b in offers] == [f"Use {text_only.name}"]
        with qtbot.waitSignal(page.model_loaded, timeout=60_000):
            offers[0].click()
        assert not page.composer.vision_offer.isVisible()
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            page.send()
        assert store.messages(page.conversation_id)[-1].content  # type: ignore[arg-type]
    finally:
        store.close()


def test_pasting_a_picture_into_the_composer_attaches_it_instead_of_inserting_text(
    qtbot: QtBot, workers: Workers, host: ModelHost, photo: Path
) -> None:
    store = ChatStore(paths.resolve().ensure().data / "conversations.db")
    try:
        page = open_page(qtbot, workers, store, host)
        mime = QMimeData()
        mime.setImageData(QImage(str(photo)))
        assert page.composer.text.canInsertFromMimeData(mime)
        page.composer.text.insertFromMimeData(mime)
        qtbot.waitUntil(lambda: len(page.composer.pending) == 1, timeout=10_000)
        assert page.composer.pending[0].name == "Pasted picture.png"
        assert page.composer.text.toPlainText() == ""
        remove = page.composer.images.thumbnails[0].remove_button
        assert remove is not None
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        assert page.composer.pending == []
        assert not page.composer.images.isVisible()
    finally:
        store.close()


def test_my_models_pairs_a_model_with_a_projector_chosen_by_hand(
    qtbot: QtBot, workers: Workers, qwen_gguf: Path, tmp_path: Path
) -> None:
    library = Library(paths.resolve().ensure())
    model = library.import_path(qwen_gguf).imported[0]
    page = MyModelsPage(library_state(workers), workers, workers.messages)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.refresh()
    row = next(r for r in page.rows if r.model.id == model.id)
    assert row.pair_button.isVisibleTo(page)
    assert not [label for label in row.findChildren(QLabel) if label.text() == "Can see images"]
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.pair(model, tiny_mmproj(tmp_path / "encoder.gguf"))
    row = next(r for r in page.rows if r.model.id == model.id)
    assert [label for label in row.findChildren(QLabel) if label.text() == "Can see images"]

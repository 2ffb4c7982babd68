"""Chat with the real Qwen test model through the real page: stream, stop, regenerate, edit, restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.host import ModelHost
from app.models.library import Library
from app.store import ChatStore
from tests.helpers.chat_page import load_model, open_page
from tests.helpers.prompter import Asked, ScriptedPrompter
from ui.shared.announce import announced
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model, pytest.mark.slow]


def test_stream_stop_regenerate_edit_and_restart(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path
) -> None:
    Library(paths.resolve().ensure()).import_path(qwen_gguf)
    database = paths.resolve().data / "conversations.db"
    store = ChatStore(database)
    page = open_page(qtbot, workers, store, host)
    load_model(page, qtbot)
    page.options.temperature.setValue(0.0)

    # send: text streams in (several updates before the end), then statistics; a screen reader hears it once
    announced.clear()
    page.options.max_tokens.setValue(48)
    qtbot.keyClicks(page.composer.text, "Write a Python function that adds two numbers.")
    with qtbot.waitSignal(page.reply_finished, timeout=120_000):
        qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.session.reply is not None and page.session.reply.text != "", timeout=60_000)
        assert page.composer.stop_button.isVisible()
    first_reply = page.transcript.views[-1][1]
    assert first_reply.text.strip()  # the small model's words move with the processor: not checked
    assert "tokens/s" in first_reply.stats.text()
    assert list(announced) == ["Reply finished."]  # once, not per token
    assert first_reply.accessibleName().startswith("Reply from ")

    # stop a reply mid-way
    page.options.max_tokens.setValue(400)
    qtbot.keyClicks(page.composer.text, "Now explain it in detail, line by line.")
    with qtbot.waitSignal(page.reply_finished, timeout=120_000):
        qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(page.session.reply.text if page.session.reply else "") > 20, timeout=60_000)
        qtbot.mouseClick(page.composer.stop_button, Qt.MouseButton.LeftButton)
    stopped = store.messages(page.conversation_id)[-1]  # type: ignore[arg-type]
    assert stopped.state == "stopped"
    assert stopped.content
    assert "stopped" in page.transcript.views[-1][1].stats.text()
    assert list(announced)[-1] == "Reply stopped."

    # regenerate replaces the last reply
    count = len(store.messages(page.conversation_id))  # type: ignore[arg-type]
    page.options.max_tokens.setValue(32)
    with qtbot.waitSignal(page.reply_finished, timeout=120_000):
        qtbot.mouseClick(page.transcript.views[-1][1].action_button, Qt.MouseButton.LeftButton)
    assert len(store.messages(page.conversation_id)) == count  # type: ignore[arg-type]

    # edit the first message and resend: everything after it is replaced
    qtbot.mouseClick(page.transcript.views[0][1].action_button, Qt.MouseButton.LeftButton)
    assert page.composer.text.toPlainText() == "Write a Python function that adds two numbers."
    page.composer.text.setPlainText("Write a Python function that multiplies two numbers.")
    with qtbot.waitSignal(page.reply_finished, timeout=120_000):
        qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)
    messages = store.messages(page.conversation_id)  # type: ignore[arg-type]
    assert [m.role for m in messages] == ["user", "assistant"]
    assert "multiplies" in messages[0].content
    conversation_id = page.conversation_id
    store.close()

    # "restart": a new store and page on the same database show the conversation
    reopened = ChatStore(database)
    try:
        again = open_page(qtbot, workers, reopened, host)
        titles = [again.conversations.list.item(i).text() for i in range(again.conversations.count())]
        assert titles
        assert "multiplies" in titles[0]
        again.open_conversation(conversation_id)  # type: ignore[arg-type]
        assert [v.role for _id, v in again.transcript.views] == ["user", "assistant"]
        assert again.transcript.views[1][1].text == messages[1].content

        # another chat, then back: the first conversation comes back from the host's prompt cache, not read again
        load_model(again, qtbot)  # the host has it loaded already: the page only picks it
        again.options.max_tokens.setValue(8)
        again.new_conversation()
        again.composer.text.setPlainText("Name a colour.")
        with qtbot.waitSignal(again.reply_finished, timeout=120_000):
            again.send()
        again.open_conversation(conversation_id)  # type: ignore[arg-type]
        again.composer.text.setPlainText("Thanks.")
        with qtbot.waitSignal(again.reply_finished, timeout=120_000):
            again.send()
        assert "prompt tokens reused" in again.transcript.views[-1][1].stats.text()
    finally:
        reopened.close()


def test_conversation_actions_without_a_model(qtbot: QtBot, workers: Workers, host: ModelHost, tmp_path: Path) -> None:
    store = ChatStore(paths.resolve().ensure().data / "conversations.db")
    target = tmp_path / "chat.md"
    prompter = ScriptedPrompter([target])  # the person choosing where to save
    try:
        conversation = store.create_conversation()
        store.add_message(conversation.id, "user", "How do I sort a list in Python?")
        store.start_reply(conversation.id, "m").finish({"generated_tokens": 3})
        page = open_page(qtbot, workers, store, host, prompter)
        assert page.conversations.count() == 1
        page.conversations.duplicate(conversation.id)
        assert page.conversations.count() == 2
        page.conversations.export(conversation.id)
        assert prompter.asked == [Asked("save_file", "Export chat", "How do I sort a list in Python?.md")]
        assert "How do I sort a list in Python?" in target.read_text()
        qtbot.keyClicks(page.conversations.search, "sort")
        assert page.conversations.count() == 2
        page.conversations.search.setText("nothing like this")
        assert page.conversations.count() == 0
        qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)  # nothing to send, no model: nothing happens
        page.composer.text.setPlainText("hello")
        page.send()
        assert "Choose a model first" in page.transcript.notice.text()
        # Esc does what it does in the composer from anywhere on the page: leave an edit (else stop the reply)
        page.composer.begin_edit("How do I sort a list?")
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach only the active window
        with qtbot.waitSignal(page.composer.edit_cancelled):
            qtbot.keyClick(page.conversations.search, Qt.Key.Key_Escape)
        assert page.composer.message() == "hello"
    finally:
        store.close()


def test_a_load_that_killed_the_app_is_told_with_safer_options(qtbot: QtBot, workers: Workers, host: ModelHost) -> None:
    import json

    from app.engines.llama.load_marker import marker_path

    marker = marker_path()
    marker.parent.mkdir(parents=True, exist_ok=True)
    plan = {"context": 32768, "gpu_layers": 99, "flash_attention": True, "batch": 512, "ubatch": 512,
            "kv_type": "f16", "swa_full": False, "gpu_split": [], "projector_bytes": 0}  # fmt: skip
    marker.write_text(json.dumps({"model": "/models/big-model-Q8_0.gguf", "plan": plan, "pid": 999999, "started": 0}))
    store = ChatStore(paths.resolve().data / "conversations.db")
    try:
        page = open_page(qtbot, workers, store, host)
        assert "big-model-Q8_0.gguf" in page.transcript.notice.text()
        assert (page.options.gpu_layers.value(), page.options.context.value()) == (0, 4096)
        assert not marker.exists()  # told once
    finally:
        store.close()


def test_a_model_without_a_template_chats_through_the_fallback_with_a_notice(
    qtbot: QtBot, workers: Workers, host: ModelHost, gemma_gguf: Path
) -> None:
    from app.engines.llama.chat_format import FALLBACK_NOTICE

    Library(paths.resolve().ensure()).import_path(gemma_gguf)
    store = ChatStore(paths.resolve().data / "conversations.db")
    try:
        page = open_page(qtbot, workers, store, host)
        load_model(page, qtbot)  # the only model in this library: the Gemma 270M base model
        page.options.max_tokens.setValue(16)
        page.composer.text.setPlainText("Hello! Who are you?")
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            page.send()
        assert page.transcript.notice.isVisible()
        assert page.transcript.notice.text() == FALLBACK_NOTICE
        assert store.messages(page.conversation_id)[-1].state == "complete"  # type: ignore[arg-type]
    finally:
        store.close()


def test_a_long_conversation_opens_with_its_latest_messages_first(
    qtbot: QtBot, workers: Workers, host: ModelHost
) -> None:
    from ui.chat.chat_transcript import RECENT_MESSAGES

    store = ChatStore(paths.resolve().ensure().data / "conversations.db")
    try:
        conversation = store.create_conversation()
        for turn in range(60):
            store.add_message(conversation.id, "user", f"Question {turn}")
            writer = store.start_reply(conversation.id, "m")
            writer.append(text=f"Answer {turn}\n\n```python\nprint({turn})\n```")
            writer.finish({"generated_tokens": 9})
        page = open_page(qtbot, workers, store, host)
        page.open_conversation(conversation.id)
        assert len(page.transcript.views) == RECENT_MESSAGES
        assert page.transcript.views[-1][1].text.startswith("Answer 59")
        assert page.transcript.earlier_button.text() == f"Show {120 - RECENT_MESSAGES} earlier messages"
        qtbot.mouseClick(page.transcript.earlier_button, Qt.MouseButton.LeftButton)
        assert page.transcript.views[0][1].text == "Question 0"
        assert page.transcript.views[1][1].text.startswith("Answer 0")
        assert len(page.transcript.views) == 120
        assert not page.transcript.earlier_button.isVisible()
    finally:
        store.close()

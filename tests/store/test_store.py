"""The conversation store on real SQLite files: what a chat writes, finds, edits, exports and survives."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import paths
from app.engines.chat_types import ReplyStats, StopReason
from app.errors import HearthError
from app.store import (
    Attachment,
    ChatStore,
    ConversationNotFound,
    MessageNotFound,
    StoreDamaged,
    StoreDiskFull,
    StoreTooNew,
    schema,
    set_aside,
    title_from_text,
)


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Ticker:
    """Wall-clock stamps one second apart, so "newest first" never depends on how fast the test runs."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "conversations.db"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[ChatStore]:
    with ChatStore(db_path, clock=clock, now=Ticker()) as opened:
        yield opened


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


# Opening


def test_default_path_is_in_the_data_folder_and_uses_wal(hearth_home: Path) -> None:
    with ChatStore() as store:
        assert store.path == paths.resolve().data / "conversations.db"
        store.create_conversation()
    assert raw(store.path, "PRAGMA journal_mode") == [("wal",)]
    assert raw(store.path, "PRAGMA user_version") == [(schema.LATEST,)]


def test_connection_settings(store: ChatStore) -> None:
    db = store._connection()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


# Conversations and messages


def test_create_add_and_read_back_in_order(store: ChatStore) -> None:
    chat = store.create_conversation(system_prompt="Be brief.", model="qwen2.5-0.5b", settings={"temperature": 0.2})
    assert (chat.title, chat.system_prompt, chat.model, chat.settings) == (
        "",
        "Be brief.",
        "qwen2.5-0.5b",
        {"temperature": 0.2},
    )
    first = store.add_message(chat.id, "user", "Hi")
    second = store.add_message(chat.id, "assistant", "Hello!", model="qwen2.5-0.5b", settings={"top_p": 0.9})
    third = store.add_message(chat.id, "user", "Bye")
    stored = store.messages(chat.id)
    assert [m.id for m in stored] == [first.id, second.id, third.id]
    assert [m.position for m in stored] == [0, 1, 2]
    assert [(m.role, m.content, m.state) for m in stored] == [
        ("user", "Hi", "complete"),
        ("assistant", "Hello!", "complete"),
        ("user", "Bye", "complete"),
    ]
    assert stored[1].model == "qwen2.5-0.5b"
    assert stored[1].settings == {"top_p": 0.9}
    assert store.message(second.id) == stored[1]
    assert store.conversation(chat.id).updated_at > chat.updated_at


def test_unknown_ids_and_roles_are_refused(store: ChatStore) -> None:
    with pytest.raises(ConversationNotFound):
        store.conversation(999)
    with pytest.raises(ConversationNotFound):
        store.add_message(999, "user", "hello")
    with pytest.raises(MessageNotFound):
        store.edit_message(999, "x")
    chat = store.create_conversation()
    with pytest.raises(ValueError, match="role"):
        store.add_message(chat.id, "tool", "x")
    assert store.messages(chat.id) == []


def test_update_conversation_changes_only_what_is_given(store: ChatStore) -> None:
    chat = store.create_conversation(system_prompt="A", model="m1", settings={"temperature": 1})
    updated = store.update_conversation(chat.id, model="m2")
    assert (updated.system_prompt, updated.model, updated.settings) == ("A", "m2", {"temperature": 1})
    updated = store.update_conversation(chat.id, system_prompt="", settings={})
    assert (updated.system_prompt, updated.model, updated.settings) == ("", "m2", {})


def test_conversations_newest_first(store: ChatStore) -> None:
    old = store.create_conversation()
    middle = store.create_conversation()
    new = store.create_conversation()
    assert [c.id for c in store.conversations()] == [new.id, middle.id, old.id]
    store.add_message(old.id, "user", "back to this one")
    assert [c.id for c in store.conversations()] == [old.id, new.id, middle.id]
    assert [c.id for c in store.conversations(limit=2)] == [old.id, new.id]


# Titles


def test_first_user_message_names_the_conversation(store: ChatStore) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "system", "You are helpful.")
    store.add_message(chat.id, "user", "\n\n## How do   I bake bread?\nI have flour and water.")
    store.add_message(chat.id, "user", "And rye?")
    assert store.conversation(chat.id).title == "How do I bake bread?"


def test_title_is_at_most_sixty_characters_cut_at_a_word() -> None:
    long = "Please explain the difference between a process and a thread in operating systems"
    title = title_from_text(long)
    assert len(title) <= 60
    assert title.endswith("…")
    assert long.startswith(title[:-1])
    assert title[:-1].endswith("a")  # a whole word
    assert title_from_text("```python\nprint(1)\n```") == "print(1)"
    assert title_from_text("- **Fix** the `build`") == "Fix the build"
    assert title_from_text("   \n\t") == ""
    assert len(title_from_text("x" * 500)) == 60


def test_an_image_only_first_message_leaves_the_title_to_the_next_one(store: ChatStore) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "user", "", attachments=[Attachment("image", "image/png", 2, 2, data=b"png")])
    assert store.conversation(chat.id).title == ""
    store.add_message(chat.id, "user", "What is in this picture?")
    assert store.conversation(chat.id).title == "What is in this picture?"


def test_rename_sticks_until_cleared(store: ChatStore) -> None:
    chat = store.create_conversation()
    first = store.add_message(chat.id, "user", "Original question")
    renamed = store.rename(chat.id, "  My   name ")
    assert (renamed.title, renamed.title_is_custom) == ("My name", True)
    store.edit_message(first.id, "A different question")
    assert store.conversation(chat.id).title == "My name"
    cleared = store.rename(chat.id, "")
    assert (cleared.title, cleared.title_is_custom) == ("A different question", False)


def test_editing_the_first_user_message_renames_an_unrenamed_conversation(store: ChatStore) -> None:
    chat = store.create_conversation()
    first = store.add_message(chat.id, "user", "Tell me about cats")
    store.add_message(chat.id, "assistant", "Cats are...")
    store.edit_message(first.id, "Tell me about dogs")
    assert store.conversation(chat.id).title == "Tell me about dogs"


# Search


def test_search_finds_titles_and_message_text(store: ChatStore) -> None:
    bread = store.create_conversation()
    store.add_message(bread.id, "user", "How do I bake bread?")
    store.add_message(bread.id, "assistant", "Knead the dough and let it rise.")
    rust = store.create_conversation()
    store.add_message(rust.id, "user", "Explain ownership")
    store.rename(rust.id, "Rust borrow checker")
    assert [c.id for c in store.conversations("dough")] == [bread.id]
    assert [c.id for c in store.conversations("KNEAD rise")] == [bread.id]  # every word, any case
    assert [c.id for c in store.conversations("borrow")] == [rust.id]  # title
    assert [c.id for c in store.conversations("owner")] == [rust.id]  # word prefix
    assert store.conversations("pineapple") == []
    assert store.conversations('"* OR NEAR(') == []  # FTS syntax is taken literally, never an error
    assert len(store.conversations("   ")) == 2


def test_search_follows_edits_and_deletes(store: ChatStore) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "user", "unrelated")
    message = store.add_message(chat.id, "assistant", "zebra")
    assert store.conversations("zebra")
    store.edit_message(message.id, "giraffe")
    assert store.conversations("zebra") == []
    assert store.conversations("giraffe")
    store.delete(chat.id)
    assert store.conversations("giraffe") == []


def test_search_without_fts5_falls_back_to_like(store: ChatStore) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "user", "100% sure about_this")
    store._full_text = False
    assert [c.id for c in store.conversations("sure about")] == [chat.id]
    assert [c.id for c in store.conversations("100%")] == [chat.id]
    assert store.conversations("100%x") == []


# Rename, delete, duplicate, edit + delete_after


def test_delete_removes_messages_and_attachments(store: ChatStore, db_path: Path) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "user", "look", attachments=[Attachment("image", "image/png", data=b"\x89PNG")])
    other = store.create_conversation()
    store.delete(chat.id)
    assert [c.id for c in store.conversations()] == [other.id]
    with pytest.raises(ConversationNotFound):
        store.messages(chat.id)
    assert raw(db_path, "SELECT count(*) FROM messages") == [(0,)]
    assert raw(db_path, "SELECT count(*) FROM attachments") == [(0,)]


def test_duplicate_copies_messages_and_images(store: ChatStore) -> None:
    chat = store.create_conversation(system_prompt="S", model="m", settings={"k": 1})
    store.add_message(
        chat.id, "user", "What is this?", attachments=[Attachment("image", "image/png", 4, 3, name="a.png", data=b"A")]
    )
    reply = store.start_reply(chat.id, "m", {"temperature": 0.5})
    reply.append("A cat.", thinking="looks furry")
    reply.finish(ReplyStats(generated_tokens=3))
    copy = store.duplicate(chat.id)
    assert copy.id != chat.id
    assert (copy.title, copy.system_prompt, copy.model, copy.settings) == ("What is this? (copy)", "S", "m", {"k": 1})
    original, copied = store.messages(chat.id), store.messages(copy.id)
    strip = [(m.position, m.role, m.content, m.thinking, m.model, m.settings, m.stats, m.state) for m in original]
    assert [(m.position, m.role, m.content, m.thinking, m.model, m.settings, m.stats, m.state) for m in copied] == strip
    assert {m.id for m in copied}.isdisjoint(m.id for m in original)
    image = copied[0].attachments[0]
    assert image.blob_id != original[0].attachments[0].blob_id
    assert (image.name, image.width, image.height) == ("a.png", 4, 3)
    assert store.attachment_data(image.blob_id) == b"A"
    store.delete(chat.id)  # the copy's image is its own
    assert store.attachment_data(image.blob_id) == b"A"


def test_edit_and_resend_removes_later_messages(store: ChatStore) -> None:
    chat = store.create_conversation()
    ask = store.add_message(chat.id, "user", "2+2?")
    store.add_message(chat.id, "assistant", "5")
    store.add_message(chat.id, "user", "Sure?")
    store.add_message(chat.id, "assistant", "Yes")
    edited = store.edit_message(ask.id, "2+2=?")
    assert edited.content == "2+2=?"
    assert store.delete_after(ask.id) == 3
    reply = store.start_reply(chat.id, "m", {})
    reply.append("4")
    reply.finish()
    assert [(m.position, m.role, m.content) for m in store.messages(chat.id)] == [
        (0, "user", "2+2=?"),
        (1, "assistant", "4"),
    ]


def test_regenerate_drops_the_images_of_removed_messages(store: ChatStore, db_path: Path) -> None:
    chat = store.create_conversation()
    first = store.add_message(chat.id, "user", "one", attachments=[Attachment("image", data=b"1")])
    store.add_message(chat.id, "user", "two", attachments=[Attachment("image", data=b"2")])
    store.delete_after(first.id)
    assert raw(db_path, "SELECT data FROM attachments") == [(b"1",)]
    assert store.delete_after(first.id) == 0


def test_pictures_added_while_editing_join_the_ones_the_message_had(store: ChatStore) -> None:
    chat = store.create_conversation()
    ask = store.add_message(
        chat.id, "user", "this?", attachments=[Attachment("image", "image/png", name="a.png", data=b"A")]
    )
    edited = store.edit_message(
        ask.id, "and this?", add_attachments=[Attachment("image", "image/png", name="b.png", data=b"B")]
    )
    assert [a.name for a in edited.attachments] == ["a.png", "b.png"]
    assert [store.attachment_data(a.blob_id) for a in edited.attachments] == [b"A", b"B"]
    assert store.edit_message(ask.id, "only text").attachments == edited.attachments  # a plain edit keeps them


def test_attachments_by_path_are_kept_as_references(store: ChatStore) -> None:
    chat = store.create_conversation()
    message = store.add_message(
        chat.id, "user", "see", attachments=[Attachment("image", "image/jpeg", 640, 480, path="/pics/cat.jpg")]
    )
    assert message.attachments == (Attachment("image", "image/jpeg", 640, 480, path="/pics/cat.jpg"),)
    with pytest.raises(MessageNotFound):
        store.attachment_data(12345)


# Streaming replies


def test_reply_is_written_at_least_once_a_second_of_appends(store: ChatStore, clock: FakeClock) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "user", "Count")
    reply = store.start_reply(chat.id, "m", {"temperature": 0})

    def stored() -> tuple[str, str, str]:
        message = store.message(reply.message_id)
        return message.content, message.thinking, message.state

    assert stored() == ("", "", "streaming")
    clock.now += 0.4
    reply.append(thinking="counting")
    clock.now += 0.5
    reply.append("one ")
    assert stored() == ("", "", "streaming")  # 0.9 s: still buffered
    clock.now += 0.1
    reply.append("two ")
    assert stored() == ("one two ", "counting", "streaming")  # 1.0 s since the start: written
    clock.now += 0.99
    reply.append("three ")
    assert stored()[0] == "one two "
    clock.now += 0.01
    reply.append("four ")
    assert stored()[0] == "one two three four "
    reply.append("five")
    assert stored()[0] == "one two three four "
    reply.flush()
    assert stored()[0] == "one two three four five"
    assert reply.text == "one two three four five"
    final = reply.finish(
        {"prompt_tokens": 3, "generated_tokens": 5, "ttft_s": 0.1, "tokens_per_second": 20, "stop_reason": "stop"}
    )
    assert final.state == "complete"
    assert final.stats == ReplyStats(3, 5, 0.1, 20.0, StopReason.FINISHED)
    assert final.settings == {"temperature": 0}
    with pytest.raises(RuntimeError):
        reply.append("six")


def test_finish_writes_the_rest_and_the_outcome(store: ChatStore) -> None:
    chat = store.create_conversation()
    stopped = store.start_reply(chat.id, "m")
    stopped.append("half a")
    assert stopped.finish(state="stopped").content == "half a"
    failed = store.start_reply(chat.id, "m")
    message = failed.finish(state="failed", error="The model ran out of memory.")
    assert (message.state, message.error, message.stats) == ("failed", "The model ran out of memory.", None)
    with pytest.raises(ValueError, match="finishes"):
        store.start_reply(chat.id, "m").finish(state="streaming")


def test_leaving_the_with_block_keeps_the_text(store: ChatStore) -> None:
    chat = store.create_conversation()
    with store.start_reply(chat.id, "m") as reply:
        reply.append("partial")
    assert store.message(reply.message_id).state == "stopped"
    started: list[int] = []

    def stream_until_the_engine_fails() -> None:
        with store.start_reply(chat.id, "m") as broken:
            started.append(broken.message_id)
            broken.append("so far")
            raise HearthError("The model stopped responding.")

    with pytest.raises(HearthError):
        stream_until_the_engine_fails()
    message = store.message(started[0])
    assert (message.content, message.state, message.error) == ("so far", "failed", "The model stopped responding.")


def test_a_worker_thread_can_stream_while_the_gui_thread_reads(store: ChatStore, clock: FakeClock) -> None:
    chat = store.create_conversation()
    reply = store.start_reply(chat.id, "m")
    failures: list[BaseException] = []

    def stream() -> None:
        try:
            for index in range(300):
                clock.now += 0.05
                reply.append(f"{index} ")
            reply.finish()
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=stream)
    worker.start()
    while worker.is_alive():
        store.conversations()
        store.messages(chat.id)
    worker.join()
    assert failures == []
    assert store.message(reply.message_id).content == "".join(f"{i} " for i in range(300))


def test_a_reply_left_streaming_becomes_stopped_on_reopen(db_path: Path, clock: FakeClock) -> None:
    with ChatStore(db_path, clock=clock) as store:
        chat = store.create_conversation()
        store.add_message(chat.id, "user", "Write a poem")
        reply = store.start_reply(chat.id, "m")
        reply.append("Roses are red, ")
        clock.now += 1
        reply.append("violets")  # written
        reply.append(" are blue")  # still buffered when the app "dies"
    with ChatStore(db_path) as reopened:
        message = reopened.message(reply.message_id)
        assert (message.content, message.state) == ("Roses are red, violets", "stopped")
        assert reopened.messages(chat.id)[0].content == "Write a poem"


# Export


def test_export_markdown(store: ChatStore) -> None:
    chat = store.create_conversation(system_prompt="Answer in one word.", model="gemma-3-270m")
    store.add_message(chat.id, "user", "Capital of France?", attachments=[Attachment("image", name="map.png")])
    reply = store.start_reply(chat.id, "gemma-3-270m")
    reply.append("Paris", thinking="Easy.")
    reply.finish()
    store.start_reply(chat.id, "gemma-3-270m").finish(state="failed", error="Out of memory.")
    text = store.export_markdown(chat.id)
    assert text.startswith("# Capital of France?\n")
    assert "model gemma-3-270m" in text
    assert "## System\n\nAnswer in one word.\n" in text
    assert "## You\n\n*[image: map.png]*\n\nCapital of France?\n" in text
    assert (
        "## Assistant (gemma-3-270m)\n\n<details><summary>Thinking</summary>\n\nEasy.\n\n</details>\n\nParis\n" in text
    )
    assert "*(failed: Out of memory.)*" in text
    assert text.index("## You") < text.index("Paris") < text.index("failed")


def test_what_a_speed_up_gave_is_kept_with_the_reply(store: ChatStore) -> None:
    """The numbers line says what drafting from the prompt gave; reopening the conversation must say it again."""
    chat = store.create_conversation(model="m")
    store.add_message(chat.id, "user", "Summarise this.")
    reply = store.start_reply(chat.id, "m", {})
    reply.append("A summary.")
    stats = ReplyStats(5, 3, 0.25, 4.0, StopReason.FINISHED, drafted_tokens=12, accepted_tokens=9, speedup=1.4)
    reply.finish(stats)
    assert store.message(reply.message_id).stats == stats


# Migrations


def test_an_empty_file_is_migrated_to_the_latest_version(db_path: Path) -> None:
    db_path.touch()
    with ChatStore(db_path) as store:
        store.create_conversation()
    assert raw(db_path, "PRAGMA user_version") == [(schema.LATEST,)]


def test_a_version_1_database_migrates_and_its_messages_become_searchable(db_path: Path) -> None:
    with closing(schema.open_database(db_path, upto=1)) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        old.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at)"
            " VALUES (7, 'Old', '2025-01-01', '2025-01-01')"
        )
        old.execute(
            "INSERT INTO messages (conversation_id, position, role, content, state, created_at, updated_at)"
            " VALUES (7, 0, 'user', 'a message about volcanoes', 'streaming', '2025-01-01', '2025-01-01')"
        )
    with ChatStore(db_path) as store:
        assert [c.id for c in store.conversations("volcano")] == [7]
        assert store.messages(7)[0].state == "stopped"
    assert raw(db_path, "PRAGMA user_version") == [(schema.LATEST,)]


def test_a_failing_migration_leaves_the_previous_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with closing(schema.open_database(db_path, upto=1)):
        pass

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    with pytest.raises(HearthError):
        ChatStore(db_path)
    assert raw(db_path, "PRAGMA user_version") == [(1,)]
    assert raw(db_path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []


def test_a_database_from_a_newer_hearth_is_refused_untouched(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as db:
        db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    before = db_path.read_bytes()
    with pytest.raises(StoreTooNew, match="newer version of Hearth"):
        ChatStore(db_path)
    assert db_path.read_bytes() == before


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("CREATE TABLE photos (id INTEGER)")
        db.commit()
    before = db_path.read_bytes()
    with pytest.raises(StoreDamaged, match="not a Hearth conversations file"):
        ChatStore(db_path)
    assert db_path.read_bytes() == before


# Damage and a full disk


def test_a_file_that_is_not_a_database_gives_a_sentence_and_stays_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = db_path.read_bytes()
    with pytest.raises(StoreDamaged) as caught:
        ChatStore(db_path)
    assert caught.value.message.startswith("Hearth cannot read your saved conversations")
    assert caught.value.message.endswith(".")
    assert "sqlite" not in caught.value.message.lower()
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_damaged_page_gives_a_sentence_and_the_file_stays_untouched(db_path: Path) -> None:
    with ChatStore(db_path) as store:
        for index in range(30):
            chat = store.create_conversation()
            store.add_message(chat.id, "user", f"message {index} " * 200)
    damaged = bytearray(db_path.read_bytes())
    for offset in range(4096, len(damaged), 4096):
        damaged[offset : offset + 64] = b"\xa5" * 64
    db_path.write_bytes(bytes(damaged))

    def read_everything() -> None:
        with ChatStore(db_path) as store:
            for chat in store.conversations():
                store.messages(chat.id)

    with pytest.raises(StoreDamaged, match="is damaged"):
        read_everything()
    assert db_path.read_bytes() == bytes(damaged)


def test_a_damaged_file_can_be_set_aside_to_start_afresh(db_path: Path) -> None:
    db_path.write_bytes(b"garbage" * 100)
    moved = set_aside(db_path, datetime(2026, 5, 1, 12, 0, tzinfo=UTC))
    assert moved.name == "conversations.damaged-20260501-120000.db"
    assert moved.read_bytes() == b"garbage" * 100
    with ChatStore(db_path) as store:
        assert store.conversations() == []


def test_a_folder_in_the_way_gives_a_sentence(db_path: Path) -> None:
    db_path.mkdir()
    with pytest.raises(HearthError, match="cannot open your saved conversations"):
        ChatStore(db_path)


def test_a_full_disk_gives_a_sentence_and_keeps_what_was_saved(store: ChatStore, clock: FakeClock) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, "user", "before the disk filled up")
    reply = store.start_reply(chat.id, "m")
    db = store._connection()
    # SQLite's own size limit fails writes exactly as a full disk does (SQLITE_FULL), without filling a disk.
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(StoreDiskFull, match="The disk is full"):
        store.add_message(chat.id, "user", "x" * 100_000)
    clock.now += 1
    with pytest.raises(StoreDiskFull):
        reply.append("y" * 100_000)
    db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    reply.finish()
    assert [m.content for m in store.messages(chat.id)] == ["before the disk filled up", "y" * 100_000]


# Sources of replies from documents

SOURCES = {
    "mode": "retrieval",
    "notice": "Only 2 passages were read.",
    "sources": [{"file": "/docs/harbour.pdf", "page": 3, "text": "The lighthouse keeper.", "score": 0.5}],
}


def test_a_replys_sources_are_kept_with_it_and_copied(db_path: Path, clock: FakeClock) -> None:
    with ChatStore(db_path, clock=clock) as store:
        chat = store.create_conversation()
        store.add_message(chat.id, "user", "Who keeps the lighthouse?")
        reply = store.start_reply(chat.id, "m")
        store.set_sources(reply.message_id, SOURCES)
        reply.append("Ada.")
        reply.finish()
        copy = store.duplicate(chat.id)
        assert store.messages(copy.id)[1].sources == SOURCES
    with ChatStore(db_path, clock=clock) as reopened:
        question, answer = reopened.messages(chat.id)
        assert (question.sources, answer.sources) == ({}, SOURCES)
        assert answer.content == "Ada."


def test_a_version_2_database_opens_and_its_replies_have_no_sources(db_path: Path) -> None:
    with closing(schema.open_database(db_path, upto=2)) as old:
        old.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at)"
            " VALUES (3, 'Old', '2025-01-01', '2025-01-01')"
        )
        old.execute(
            "INSERT INTO messages (conversation_id, position, role, content, created_at, updated_at)"
            " VALUES (3, 0, 'assistant', 'an answer from before sources were kept', '2025-01-01', '2025-01-01')"
        )
    with ChatStore(db_path) as store:
        (message,) = store.messages(3)
        assert message.content == "an answer from before sources were kept"
        assert message.sources == {}
        assert store.set_sources(message.id, SOURCES).sources == SOURCES
    assert raw(db_path, "PRAGMA user_version") == [(schema.LATEST,)]


def test_reply_stats_round_trip_through_json_and_older_values_keep_what_they_can() -> None:
    stats = ReplyStats(5, 3, 0.25, 4.0, StopReason.STOP_STRING, prompt_tokens_reused=2, drafted_tokens=1)
    assert ReplyStats.from_json(json.loads(json.dumps(stats.to_json()))) == stats
    older = {"prompt_tokens": 5, "generated_tokens": "three", "stop_reason": "length"}  # a damaged, older row
    assert ReplyStats.from_json(older) == ReplyStats(prompt_tokens=5, stop_reason=StopReason.MAX_TOKENS)
    assert ReplyStats.from_json("not a mapping") is None
    assert ReplyStats(ttft_s=0.123456, tokens_per_second=12.345).to_json(rounded=True)["ttft_s"] == 0.123

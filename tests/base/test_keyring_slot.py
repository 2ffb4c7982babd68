"""One key's keyring slot (app/keys/keyring_slot.py), which the token, the server's key and other computers' keys
compose: the password store when there is one that works, the key file only when the person chose it, memory for
this run otherwise, and the reason it is memory; the key in one place at a time, never in a repr or a log line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from app.keys.key_file import KeyFile
from app.keys.keyring_slot import SERVICE, KeyringSlot, MemoryOnly, find_password_store
from app.keys.secret import Secret
from tests.helpers.keyring_backends import LockedKeyring, MemoryKeyring

KEY = Secret("sk-slot-key-0123456789")


class CountingLockedKeyring(LockedKeyring):
    """A locked store that counts how often it was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        super().set_password(service, username, password)


@pytest.fixture
def key_file(tmp_path: Path) -> KeyFile:
    return KeyFile(tmp_path / "keys.json")


class EmptyChain(chainer.ChainerBackend):
    """keyring's chain where it found no store to chain."""

    backends = ()  # keyring's is a class property over the stores it found


class ChainOfOne(chainer.ChainerBackend):
    backends = (MemoryKeyring(),)  # keyring's is a class property over the stores it found


def test_keyrings_ways_of_saying_there_is_no_store_are_no_password_store() -> None:
    assert find_password_store(fail.Keyring()) is None
    assert find_password_store(null.Keyring()) is None
    assert find_password_store(EmptyChain()) is None
    chain = ChainOfOne()
    assert find_password_store(chain) is chain
    store = MemoryKeyring()
    assert find_password_store(store) is store


def test_a_working_store_keeps_the_key_for_the_next_run_and_gives_it_up(key_file: KeyFile) -> None:
    store = MemoryKeyring()
    slot = KeyringSlot("desk", store, key_file, what="a test key")
    assert slot.memory_only is None
    slot.set(KEY)
    assert store.entries == {(SERVICE, "desk"): KEY.reveal()}
    assert KeyringSlot("desk", store, key_file, what="a test key").get() == KEY  # the next run finds it
    assert KeyringSlot("other", store, key_file, what="a test key").get() is None
    slot.delete()
    assert store.entries == {}
    assert slot.get() is None
    slot.delete()  # nothing left to remove is fine


def test_without_a_store_the_key_lives_in_memory_for_this_run_and_says_why(key_file: KeyFile) -> None:
    slot = KeyringSlot("desk", None, key_file, what="a test key")
    assert slot.memory_only is MemoryOnly.NO_STORE
    assert slot.kind == "memory"
    slot.set(KEY)
    assert slot.get() == KEY
    assert KeyringSlot("desk", None, key_file, what="a test key").get() is None  # another run does not find it
    assert not key_file.path.exists()  # never the file by itself
    slot.delete()
    assert slot.get() is None


def test_a_store_that_fails_is_tried_again_at_the_next_call_by_default(
    key_file: KeyFile, caplog: pytest.LogCaptureFixture
) -> None:
    store = CountingLockedKeyring()
    slot = KeyringSlot("desk", store, key_file, what="a test key")
    with caplog.at_level(logging.DEBUG):
        slot.set(KEY)
    assert slot.get() == KEY  # kept in memory
    assert slot.memory_only is None
    assert KeyringSlot("desk", store, key_file, what="a test key").get() is None
    assert store.calls == 2  # the save, then the other slot's read
    assert "KeyringLocked" in caplog.text
    assert KEY.reveal() not in caplog.text


def test_a_store_that_fails_once_is_left_for_this_run_when_the_owner_asks(
    key_file: KeyFile, caplog: pytest.LogCaptureFixture
) -> None:
    store = CountingLockedKeyring()
    slot = KeyringSlot("desk", store, key_file, what="a test key", memory_after_failure=True)
    assert slot.memory_only is None  # it looked usable
    with caplog.at_level(logging.DEBUG):
        assert slot.get() is None
    assert slot.memory_only is MemoryOnly.STORE_FAILED
    assert slot.kind == "memory"
    slot.set(KEY)
    assert slot.get() == KEY
    slot.delete()
    assert store.calls == 1  # only the read that failed
    assert "KeyringLocked" in caplog.text


def test_the_key_file_by_choice_and_the_store_never_both_hold_the_key(key_file: KeyFile) -> None:
    store = MemoryKeyring()
    slot = KeyringSlot("desk", store, key_file, what="a test key")
    slot.set(KEY)
    slot.set(KEY, in_file=True)
    assert slot.in_file
    assert store.entries == {}
    assert key_file.get("desk") == KEY.reveal()
    assert KeyringSlot("desk", None, key_file, what="a test key").get() == KEY  # the file is read without a store
    slot.set(Secret("sk-new"))
    assert not slot.in_file
    assert not key_file.path.exists()
    assert store.entries == {(SERVICE, "desk"): "sk-new"}


def test_a_store_that_refuses_to_delete_raises_to_the_owner_after_the_rest_is_gone(key_file: KeyFile) -> None:
    slot = KeyringSlot("desk", LockedKeyring(), key_file, what="a test key")
    slot.set(KEY, in_file=True)  # the store's refusal to drop its old copy is only logged
    with pytest.raises(KeyringLocked):
        slot.delete()
    assert not slot.in_file
    assert slot.get() is None  # the locked store is asked again, and fails


def test_the_key_never_shows_in_a_repr(key_file: KeyFile) -> None:
    slot = KeyringSlot("desk", MemoryKeyring(), key_file, what="a test key")
    slot.set(KEY)
    assert KEY.reveal() not in repr(slot)
    assert KEY.reveal() not in repr(vars(slot))

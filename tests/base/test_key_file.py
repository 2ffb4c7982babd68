"""The key file (app/keys/key_file.py): where a key goes on a computer with no password store, only when the person
chooses it. Private (0600) from its first byte, found by a new process, gone when its last key is removed, never in
a log line or a repr; and the three key owners (the token, other computers' keys, the server's key) use it."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from keyring.backends import fail

from app import paths
from app.keys.key_file import FILE_NAME, KeyFile
from app.providers import ProviderKeys, Providers
from app.secrets import IN_KEY_FILE, NO_PASSWORD_STORE, Secret, TokenStore
from app.server.keys import ApiKeyStore
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring

KEY = "sk-kept-by-choice-0123456789"
TOKEN = "hf_KeptInAFileByChoice0123456789"

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_file_lives_in_hearths_config_folder(hearth_home: Path) -> None:
    assert KeyFile().path == paths.resolve().config / FILE_NAME == hearth_home / "config" / "keys.json"


@posix_only
def test_a_key_is_written_private_from_the_first_byte_and_a_new_reader_finds_it(
    hearth_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced: list[int] = []
    real_replace = os.replace

    def replace_and_look(source: str | Path, target: str | Path) -> None:
        replaced.append(mode(Path(source)))  # the new file, before it takes the real name
        real_replace(source, target)

    monkeypatch.setattr("app.keys.key_file.os.replace", replace_and_look)
    old_umask = os.umask(0)  # the loosest umask: the mode must not depend on it
    try:
        KeyFile().set("provider:desk", KEY)
    finally:
        os.umask(old_umask)
    assert replaced == [0o600]
    path = KeyFile().path
    assert mode(path) == 0o600
    assert KeyFile().get("provider:desk") == KEY  # another KeyFile, as in a new process
    assert [p.name for p in path.parent.iterdir()] == ["keys.json"]  # no temporary file left behind


def test_keys_are_kept_side_by_side_and_the_file_goes_with_the_last(hearth_home: Path) -> None:
    keys = KeyFile()
    keys.set("huggingface-token", TOKEN)
    keys.set("provider:desk", KEY)
    assert keys.get("huggingface-token") == TOKEN
    assert keys.delete("provider:desk")
    assert not keys.delete("provider:desk")
    assert keys.get("provider:desk") is None
    assert keys.path.exists()
    assert keys.delete("huggingface-token")
    assert not keys.path.exists()
    assert keys.get("huggingface-token") is None


@posix_only
def test_a_file_opened_up_to_others_is_made_private_again(hearth_home: Path, caplog: pytest.LogCaptureFixture) -> None:
    keys = KeyFile()
    keys.set("provider:desk", KEY)
    keys.path.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        assert keys.get("provider:desk") == KEY
    assert mode(keys.path) == 0o600
    assert "could be read by others" in caplog.text
    assert KEY not in caplog.text


def test_a_damaged_file_is_set_aside_and_never_quoted(hearth_home: Path, caplog: pytest.LogCaptureFixture) -> None:
    keys = KeyFile()
    keys.path.parent.mkdir(parents=True)
    keys.path.write_text(f'{{"keys": {{"provider:desk": "{KEY}"', encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        assert keys.get("provider:desk") is None
    assert keys.path.with_name("keys.json.bad").exists()
    assert KEY not in caplog.text


def test_no_key_shows_in_a_repr_or_a_log_line(hearth_home: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    keys = KeyFile()
    keys.set("provider:desk", KEY)
    token_store = TokenStore(fail.Keyring())
    token_store.set(TOKEN, keep_in_file=True)
    provider_keys = ProviderKeys(fail.Keyring())
    provider_keys.set("desk", Secret(KEY), in_file=True)
    for thing in (keys, token_store, provider_keys, ApiKeyStore(fail.Keyring(), environ={})):
        assert KEY not in repr(thing)
        assert TOKEN not in repr(thing)
    assert caplog.records
    assert KEY not in caplog.text
    assert TOKEN not in caplog.text


def test_the_token_kept_in_the_file_by_choice_is_found_by_the_next_run(hearth_home: Path) -> None:
    store = TokenStore(fail.Keyring())
    assert not store.persistent
    assert store.where == NO_PASSWORD_STORE
    store.set(TOKEN, keep_in_file=True)
    assert store.in_file
    assert store.persistent
    assert store.where == IN_KEY_FILE.format(path=hearth_home / "config" / "keys.json")
    again = TokenStore(fail.Keyring())  # the next run
    assert again.get() == TOKEN
    assert again.persistent
    again.clear()
    assert TokenStore(fail.Keyring()).get() is None
    assert not (hearth_home / "config" / "keys.json").exists()


def test_a_token_given_without_the_choice_replaces_the_one_in_the_file(hearth_home: Path) -> None:
    TokenStore(fail.Keyring()).set(TOKEN, keep_in_file=True)
    store = TokenStore(fail.Keyring())
    store.set("hf_NewTokenForThisRunOnly")
    assert store.get() == "hf_NewTokenForThisRunOnly"
    assert not store.in_file
    assert TokenStore(fail.Keyring()).get() is None  # the person did not ask to keep the new one


def test_the_file_and_the_password_store_never_both_hold_the_token(hearth_home: Path) -> None:
    keyring = MemoryKeyring()
    store = TokenStore(keyring)
    store.set(TOKEN)
    assert keyring.entries == {("Hearth", "huggingface-token"): TOKEN}
    store.set(TOKEN, keep_in_file=True)  # the person chose the file even with a store (as `gh --insecure-storage`)
    assert keyring.entries == {}
    assert TokenStore(keyring).get() == TOKEN
    store.set(TOKEN)
    assert not store.in_file
    assert keyring.entries == {("Hearth", "huggingface-token"): TOKEN}


def test_a_remote_key_kept_in_the_file_is_found_renamed_and_removed(hearth_home: Path) -> None:
    config = paths.resolve().config
    with FakeOpenAI(Script(key=KEY)) as server:
        providers = Providers(config, lambda: False, keys=ProviderKeys(fail.Keyring()))
        providers.add("desk", server.url, Secret(KEY), keep_key_in_file=True)
        assert providers.keys.in_file("desk")
        later = Providers(config, lambda: False, keys=ProviderKeys(fail.Keyring()))  # the next run
        assert later.check("desk").problem == ""
        later.rename("desk", "big desk")
        assert later.keys.in_file("big desk")
        assert not later.keys.in_file("desk")
        assert Providers(config, lambda: False, keys=ProviderKeys(fail.Keyring())).check("big desk").problem == ""
        later.remove("big desk")
    assert not KeyFile().path.exists()
    assert KEY.encode() not in (config / "providers.json").read_bytes()


def test_the_servers_key_kept_in_the_file_is_found_by_the_next_run(hearth_home: Path) -> None:
    store = ApiKeyStore(fail.Keyring(), environ={})
    assert not store.password_store
    key = store.create(keep_in_file=True)
    assert store.in_file
    assert ApiKeyStore(fail.Keyring(), environ={}).get() == key
    assert ApiKeyStore(fail.Keyring(), environ={"HEARTH_API_KEY": "from-env"}).get() == Secret("from-env")
    store.create()  # a new key without the choice: for this run only, and the file's goes
    assert not store.in_file
    assert ApiKeyStore(fail.Keyring(), environ={}).get() is None

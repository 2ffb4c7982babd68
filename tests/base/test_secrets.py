"""The Hugging Face token: in the OS password store when there is one, in memory only when not, never in a file
under HEARTH_HOME, a log line or a repr; checked against the (fake) hub's whoami."""

from __future__ import annotations

import logging
import pickle
import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app import paths, settings
from app import secrets as hearth_secrets
from app.secrets import (
    NO_PASSWORD_STORE,
    STORE_FAILED,
    NetworkProblem,
    OfflineMode,
    Secret,
    TokenRejected,
    TokenStore,
    save_and_test,
)
from tests.helpers.hf_server import FakeHub
from tests.helpers.keyring_backends import LockedKeyring, MemoryKeyring

TOKEN = "hf_TestTokenThatMustNeverLeakAnywhere123"


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    """A working password store installed as keyring's default, as on a desktop; the previous one comes back."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _has_password_store() -> bool:
    backend: KeyringBackend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring)


def test_this_machine_has_no_password_store_and_the_token_lives_in_memory_for_this_run_only() -> None:
    if _has_password_store():
        pytest.skip("this computer has a password store; a test must not write into it")
    with pytest.raises(keyring.errors.NoKeyringError):
        keyring.get_password("Hearth", "huggingface-token")  # really none here
    store = TokenStore()
    assert not store.persistent
    assert store.where == NO_PASSWORD_STORE
    assert store.where == "This computer has no password store, so Hearth keeps your token only until you close it."
    assert store.get() is None
    store.set(f"  {TOKEN}\n")
    assert store.get() == TOKEN
    assert store.has_token()
    assert TokenStore().get() is None  # another run (a new store) does not find it
    store.clear()
    assert store.get() is None


def test_a_chainer_with_no_backends_is_no_password_store() -> None:
    from keyring.backends.chainer import ChainerBackend

    chain = ChainerBackend()
    if chain.backends:
        pytest.skip("this computer has a password store")
    store = TokenStore(chain)
    assert not store.persistent
    assert store.where == NO_PASSWORD_STORE


def test_a_working_password_store_keeps_the_token_for_the_next_run(os_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    assert store.persistent
    assert "not in Hearth's files" in store.where
    store.set(TOKEN)
    assert os_keyring.entries == {("Hearth", "huggingface-token"): TOKEN}
    assert TokenStore().get() == TOKEN  # the next run finds it
    TokenStore().clear()
    assert store.get() is None
    assert os_keyring.entries == {}
    store.clear()  # nothing left to remove is fine


def test_a_password_store_that_fails_when_used_falls_back_to_memory_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = TokenStore(LockedKeyring())
    assert store.persistent  # it looked usable
    with caplog.at_level(logging.DEBUG):
        store.set(TOKEN)
    assert not store.persistent
    assert store.where == STORE_FAILED
    assert store.get() == TOKEN
    assert "KeyringLocked" in caplog.text
    assert TOKEN not in caplog.text
    store.clear()
    assert store.get() is None


def test_the_token_never_shows_in_a_repr_a_format_or_a_pickle(os_keyring: MemoryKeyring) -> None:
    secret = Secret(TOKEN)
    assert repr(secret) == "Secret('hf_…')"
    assert str(secret) == "Secret('hf_…')"
    assert f"{secret}" == "Secret('hf_…')"
    assert TOKEN not in repr([secret, {"token": secret}])
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    assert secret.reveal() == TOKEN
    assert secret == Secret(TOKEN)
    store = TokenStore()
    store.set(secret)
    assert TOKEN not in repr(store)
    assert TOKEN not in str(store)
    assert TOKEN not in repr(vars(store))


def test_the_token_is_in_no_file_under_hearth_home_and_in_no_log_line(
    hearth_home: Path, fake_hub: FakeHub, caplog: pytest.LogCaptureFixture
) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    hearth_paths = paths.resolve().ensure()
    settings.save(hearth_paths.config, settings.Settings(hf_endpoint=fake_hub.url))
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="huggingface_hub")
    for store in (TokenStore(fail.Keyring()), TokenStore(MemoryKeyring()), TokenStore(LockedKeyring())):
        check = save_and_test(store, TOKEN, fake_hub.url, offline=False)
        assert check.account == "alice"
        assert store.get() == TOKEN
        with pytest.raises(TokenRejected) as rejected:
            hearth_secrets.test_token(TOKEN + "x", fake_hub.url, offline=False)
        assert TOKEN not in rejected.value.details
        store.clear()
    assert caplog.records  # the logging above was captured, and none of it has the token
    assert TOKEN not in caplog.text
    files = [path for path in hearth_home.rglob("*") if path.is_file()]
    assert files  # at least settings.json
    for path in files:
        assert TOKEN.encode() not in path.read_bytes(), path


def test_a_good_token_names_its_account(fake_hub: FakeHub) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    assert hearth_secrets.test_token(TOKEN, fake_hub.url, offline=False) == "alice"
    assert fake_hub.requests == ["GET /api/whoami-v2"]


def test_a_bad_token_is_refused_in_a_sentence(fake_hub: FakeHub) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    with pytest.raises(TokenRejected) as refused:
        hearth_secrets.test_token("hf_wrong", fake_hub.url, offline=False)
    assert refused.value.message.startswith("Hugging Face did not accept this token.")
    assert "https://huggingface.co/settings/tokens" in refused.value.message


def test_an_unreachable_server_is_a_network_problem() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on that port any more: the connection is refused.
    with pytest.raises(NetworkProblem) as failed:
        hearth_secrets.test_token(TOKEN, f"http://127.0.0.1:{port}", offline=False)
    assert failed.value.message.startswith("Could not reach the mirror at 127.0.0.1 to check the token.")
    assert TOKEN not in failed.value.details


def test_offline_mode_makes_no_request(fake_hub: FakeHub) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    with pytest.raises(OfflineMode) as offline:
        hearth_secrets.test_token(TOKEN, fake_hub.url, offline=True)
    assert "Offline mode is on" in offline.value.message
    store = TokenStore(MemoryKeyring())
    check = save_and_test(store, TOKEN, fake_hub.url, offline=True)
    assert check.saved
    assert check.account == ""
    assert check.message.startswith("Saved, but not checked: Offline mode is on")
    assert store.get() == TOKEN
    assert fake_hub.requests == []


def test_a_refused_token_is_not_saved_and_the_previous_one_stays(fake_hub: FakeHub) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    store = TokenStore(MemoryKeyring())
    assert save_and_test(store, TOKEN, fake_hub.url, offline=False).message == "Signed in as alice."
    check = save_and_test(store, "hf_wrong", fake_hub.url, offline=False)
    assert not check.saved
    assert check.message.endswith("Nothing was saved.")
    assert store.get() == TOKEN


@pytest.mark.parametrize("pasted", ["", "   \n", "hf_abc def", "hf_abc\ndef", "hf_é"])
def test_what_cannot_be_a_token_is_refused_before_anything_is_stored(pasted: str) -> None:
    store = TokenStore(MemoryKeyring())
    with pytest.raises(TokenRejected):
        store.set(pasted)
    assert store.get() is None
    assert not save_and_test(store, pasted, None, offline=True).saved

"""`hearth token`: run as a user would, in a subprocess; the token goes in on stdin and never comes out."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import settings
from app.cli import _COMMANDS
from app.cli import token_command as token_command_module
from app.secrets import NO_PASSWORD_STORE
from tests.helpers.hf_server import FakeHub
from tests.helpers.keyring_backends import FILE_ENV
from tests.locations import REPO_ROOT

ROOT = REPO_ROOT
HEARTH = shutil.which("hearth", path=str(Path(sys.executable).parent))
TOKEN = "hf_CliTokenThatMustNeverBePrinted456"
# Until `token` is registered in app/cli/__init__.py, run the same main() with it added.
_REGISTERING_MAIN = (
    "import sys, app.cli as cli, app.cli.token_command as token_command; "
    "cli._COMMANDS = (*cli._COMMANDS, token_command); sys.exit(cli.main(sys.argv[1:]))"
)


@pytest.fixture
def password_store(tmp_path: Path) -> dict[str, str]:
    """A password store outside HEARTH_HOME, as the OS one is (the test machines have none)."""
    return {
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
        FILE_ENV: str(tmp_path / "os-store.json"),
    }


@pytest.fixture
def no_password_store() -> dict[str, str]:
    """What these machines have; named explicitly so a developer's own password store is never touched."""
    return {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def hearth(*args: str, store: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **store, "PYTHONPATH": str(ROOT)}
    if token_command_module in _COMMANDS:
        assert HEARTH, "the hearth console script is installed with the package"
        command = [HEARTH, *args]
    else:
        command = [sys.executable, "-c", _REGISTERING_MAIN, *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, timeout=60, check=False, env=env, cwd=ROOT
    )


def assert_never_printed(*results: subprocess.CompletedProcess[str]) -> None:
    for result in results:
        assert TOKEN not in result.stdout
        assert TOKEN not in result.stderr


def test_set_from_stdin_then_status_then_clear(password_store: dict[str, str], hearth_home: Path) -> None:
    saved = hearth("token", "set", store=password_store, stdin=f"{TOKEN}\n")
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout == ""
    assert "Saved your Hugging Face token." in saved.stderr

    status = hearth("token", "status", "--json", store=password_store)
    assert status.returncode == 0, status.stderr
    document = json.loads(status.stdout)
    assert document["stored"] is True
    assert document["persistent"] is True
    assert "not in Hearth's files" in document["where"]

    readable = hearth("token", "status", store=password_store)
    assert readable.stdout.startswith("A Hugging Face token is saved.")

    cleared = hearth("token", "clear", store=password_store)
    assert cleared.returncode == 0, cleared.stderr
    assert "Removed your Hugging Face token." in cleared.stderr
    after = json.loads(hearth("token", "status", "--json", store=password_store).stdout)
    assert after["stored"] is False
    again = hearth("token", "clear", store=password_store)
    assert again.returncode == 0
    assert "No Hugging Face token was saved." in again.stderr

    assert_never_printed(saved, status, readable, cleared, again)
    for path in hearth_home.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_without_a_password_store_set_says_so_and_saves_nothing(no_password_store: dict[str, str]) -> None:
    saved = hearth("token", "set", store=no_password_store, stdin=TOKEN)
    assert saved.returncode == 1
    assert saved.stderr.startswith("hearth: This computer has no password store")
    status = hearth("token", "status", "--json", store=no_password_store)
    assert json.loads(status.stdout) == {"stored": False, "persistent": False, "where": NO_PASSWORD_STORE}
    assert_never_printed(saved, status)


def test_check_asks_the_configured_mirror_first(
    password_store: dict[str, str], hearth_home: Path, fake_hub: FakeHub
) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    settings.save(hearth_home / "config", settings.Settings(hf_endpoint=fake_hub.url))

    refused = hearth("token", "set", "--check", store=password_store, stdin="hf_wrong\n")
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[-1].startswith("hearth: Hugging Face did not accept this token.")
    assert json.loads(hearth("token", "status", "--json", store=password_store).stdout)["stored"] is False

    accepted = hearth("token", "set", "--check", store=password_store, stdin=TOKEN)
    assert accepted.returncode == 0, accepted.stderr
    assert "Signed in as alice." in accepted.stderr
    assert json.loads(hearth("token", "status", "--json", store=password_store).stdout)["stored"] is True
    assert fake_hub.requests == ["GET /api/whoami-v2", "GET /api/whoami-v2"]
    assert_never_printed(refused, accepted)


def test_check_in_offline_mode_makes_no_request(
    password_store: dict[str, str], hearth_home: Path, fake_hub: FakeHub
) -> None:
    settings.save(hearth_home / "config", settings.Settings(hf_endpoint=fake_hub.url, offline=True))
    result = hearth("token", "set", "--check", store=password_store, stdin=TOKEN)
    assert result.returncode == 1
    assert "hearth: Offline mode is on" in result.stderr
    assert fake_hub.requests == []


def test_an_empty_stdin_is_a_plain_error(password_store: dict[str, str]) -> None:
    result = hearth("token", "set", store=password_store, stdin="")
    assert result.returncode == 1
    assert result.stderr.startswith("hearth: There is no token.")


@pytest.mark.parametrize("args", [("token",), ("token", "set", TOKEN), ("token", "status", "--bogus")])
def test_bad_usage_exits_2_and_a_token_on_the_command_line_is_refused(
    args: tuple[str, ...], password_store: dict[str, str]
) -> None:
    result = hearth(*args, store=password_store)
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_without_a_password_store_set_says_how_to_keep_the_token_in_a_file(
    no_password_store: dict[str, str], hearth_home: Path
) -> None:
    saved = hearth("token", "set", store=no_password_store, stdin=TOKEN)
    assert saved.returncode == 1
    key_file = hearth_home / "config" / "keys.json"
    assert f"To keep it in a file only you can read ({key_file}), run `hearth token set --store-token-in-file`" in (
        saved.stderr
    )
    assert not key_file.exists()
    assert_never_printed(saved)


def test_without_a_password_store_a_token_kept_in_a_file_by_choice_is_found_by_the_next_commands(
    no_password_store: dict[str, str], hearth_home: Path, fake_hub: FakeHub
) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    settings.save(hearth_home / "config", settings.Settings(hf_endpoint=fake_hub.url))
    saved = hearth("token", "set", "--check", "--store-token-in-file", store=no_password_store, stdin=TOKEN)
    assert saved.returncode == 0, saved.stderr
    assert "Signed in as alice." in saved.stderr
    key_file = hearth_home / "config" / "keys.json"
    assert f"Your token is kept in a file only you can read ({key_file}), as you chose." in saved.stderr
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    status = hearth("token", "status", "--json", store=no_password_store)
    assert json.loads(status.stdout) == {
        "stored": True,
        "persistent": True,
        "where": f"Your token is kept in a file only you can read ({key_file}), as you chose.",
    }
    holding = [p.name for p in hearth_home.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]
    assert holding == ["keys.json"]  # not settings.json, not a log

    cleared = hearth("token", "clear", store=no_password_store)
    assert cleared.returncode == 0, cleared.stderr
    assert "Removed your Hugging Face token." in cleared.stderr
    assert not key_file.exists()
    assert json.loads(hearth("token", "status", "--json", store=no_password_store).stdout)["stored"] is False
    assert_never_printed(saved, status, cleared)


def test_a_token_kept_in_a_file_is_what_a_download_in_a_new_process_sends(no_password_store: dict[str, str]) -> None:
    saved = hearth("token", "set", "--store-token-in-file", store=no_password_store, stdin=TOKEN)
    assert saved.returncode == 0, saved.stderr
    env = {**os.environ, **no_password_store, "PYTHONPATH": str(ROOT)}
    found = subprocess.run(
        [sys.executable, "-c", "from app.cli.download import _token; print(_token() == " + repr(TOKEN) + ")"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert found.stdout.strip() == "True", found.stderr

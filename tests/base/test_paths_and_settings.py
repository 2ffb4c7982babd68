"""Where Hearth keeps files, and settings that survive damage."""

from __future__ import annotations

from pathlib import Path

from app import paths, settings


def test_hearth_home_moves_every_folder_under_it(tmp_path: Path) -> None:
    resolved = paths.resolve({"HEARTH_HOME": str(tmp_path / "portable")})
    for folder in resolved.all():
        assert folder.is_relative_to(tmp_path / "portable")
    assert len(set(resolved.all())) == 5
    resolved.ensure()
    assert all(folder.is_dir() for folder in resolved.all())


def test_without_hearth_home_the_os_folders_are_used() -> None:
    resolved = paths.resolve({})
    assert "Hearth" in str(resolved.data)
    assert resolved.models.parent == resolved.data


def test_tests_always_run_with_hearth_home(hearth_home: Path) -> None:
    assert paths.resolve().data == hearth_home / "data"


def test_settings_round_trip(tmp_path: Path) -> None:
    settings.save(tmp_path, settings.Settings(window_geometry="AAAA", last_page="chat"))
    assert settings.load(tmp_path) == settings.Settings(window_geometry="AAAA", last_page="chat")
    assert not list(tmp_path.glob(".settings-*"))  # no temp file left behind


def test_damaged_settings_fall_back_to_defaults_and_are_kept_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"window_geometry": "AA', encoding="utf-8")
    assert settings.load(tmp_path) == settings.Settings()
    assert (tmp_path / "settings.json.bad").exists()


def test_unknown_keys_and_wrong_types_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"last_page": 3, "from_the_future": true}', encoding="utf-8")
    assert settings.load(tmp_path) == settings.Settings()

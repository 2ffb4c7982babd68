"""Shared fixtures. Every test runs with HEARTH_HOME in a fresh temporary folder, and Qt offscreen."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths
from app.engines import load_tuning
from tests import assets
from tests.helpers.hf_server import FakeHub, HubServer

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no automatic cycle collection, which could run in a worker thread and
    destroy Qt objects there; each test's garbage is collected on the main thread when it ends."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(scope="session")
def machine_load_tuning(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the rates measured at a model's first long-context load are kept across the tests' fresh homes."""
    return tmp_path_factory.mktemp("machine") / load_tuning.RECORD_NAME


@pytest.fixture(autouse=True)
def hearth_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, machine_load_tuning: Path, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """A fresh home per test, except for one thing the app keeps per machine: the load-tuning record. The app
    measures a model's long-prompt settings once per machine (about 5 s); without sharing the record, every test
    that loads a model at a 4K context or more would measure again. Tests of the tuning itself start without it."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    shared = "own_load_tuning" not in request.keywords
    record = home / "config" / load_tuning.RECORD_NAME
    if shared and machine_load_tuning.exists():
        record.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(machine_load_tuning, record)
    yield home
    if shared and record.exists():
        shutil.copyfile(record, machine_load_tuning)


@pytest.fixture(scope="session")
def qwen_gguf() -> Path:
    return assets.qwen_gguf()


@pytest.fixture(scope="session")
def gemma_gguf() -> Path:
    return assets.gemma_gguf()


@pytest.fixture(scope="session")
def whisper_base_dir() -> Path:
    return assets.whisper_base_dir()


@pytest.fixture(scope="session")
def minilm_gguf() -> Path:
    """The real all-MiniLM-L6-v2 embedder as a GGUF, written once into the test-asset cache."""
    from tests.helpers.minilm_gguf import minilm_gguf as build

    return build(assets.cache_dir())


@pytest.fixture
def workers(qtbot: Any) -> Iterator[Any]:
    """The window's background jobs (ui/workers.py), stopped and waited for when the test ends. Qt is imported
    here, not at the top, so the headless core's tests run where Qt cannot load."""
    from ui.workers import Workers

    pool = Workers()
    yield pool
    pool.shutdown()


@pytest.fixture
def hardware_data() -> Path:
    return DATA / "hardware"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """llama-cpp-python opens two /dev/null files when imported and never closes them; close them so the
    interpreter's exit does not print ResourceWarnings that hide real ones."""
    import sys

    utils = sys.modules.get("llama_cpp._utils")
    for name in ("outnull_file", "errnull_file"):
        handle = getattr(utils, name, None)
        if handle is not None:
            handle.close()


@pytest.fixture
def fake_hub() -> Iterator[FakeHub]:
    """A Hugging Face-protocol file server on 127.0.0.1 (the internet cannot be reached from tests)."""
    with HubServer() as hub:
        yield hub


@pytest.fixture
def host() -> Iterator[Any]:
    """The model host, closed (its models unloaded, its engine thread ended) when the test ends."""
    from app.host import ModelHost

    with ModelHost() as model_host:
        yield model_host

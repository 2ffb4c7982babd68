"""Shared fixtures. Every test runs with HEARTH_HOME in a fresh temporary folder, and Qt offscreen."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HEARTH_LANGUAGE", "en")  # the window in English whatever this machine's language is

from app import paths
from app.engines.llama import load_tuning
from tests import assets
from tests.helpers.hf_server import FakeHub, HubServer
from tests.helpers.thread_leaks import ThreadLeakCheck

DATA = Path(__file__).parent / "data"
# A test that asks for one of these uses a real model: it is marked `model`, so `make test-perturbed` (the model
# tests again with another thread count and micro-batch) knows the whole set without a list kept by hand.
MODEL_FIXTURES = frozenset({"qwen_gguf", "gemma_gguf", "whisper_base_dir", "minilm_gguf"})


WINDOW_TESTS = Path(__file__).resolve().parent / "ui"  # the window's tests mirror ui/: the gui layer is a folder


def pytest_configure(config: pytest.Config) -> None:
    """A thread a test starts and leaves running fails it (tests/helpers/thread_leaks.py)."""
    config.pluginmanager.register(ThreadLeakCheck(), "hearth-thread-leaks")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) and "model" not in item.keywords:
            item.add_marker(pytest.mark.model)
        if Path(str(item.path)).is_relative_to(WINDOW_TESTS) and "gui" not in item.keywords:
            item.add_marker(pytest.mark.gui)


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


@pytest.fixture(autouse=True)
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """A fresh home per test. The measurement of long-prompt settings at a model's first load is switched off
    (HEARTH_LOAD_TUNING=off, which subprocesses inherit): its choice depends on how busy the machine is, so a
    test's greedy reply would too, and it costs about 5 s per fresh home. Tests of the tuning itself keep it."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    if "own_load_tuning" not in request.keywords:
        monkeypatch.setenv(load_tuning.SWITCH_ENV, "off")
    return home


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
def closing() -> Iterator[ExitStack]:
    """What a test's helpers open and the test does not close itself (`closing.callback(session.close)`): closed,
    the last opened first, when the test ends."""
    with ExitStack() as stack:
        yield stack


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

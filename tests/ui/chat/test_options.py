"""The Chat page's Options: the KV cache type changes the memory estimate and the verdict as it is chosen, and
reaches the load (the real Qwen test model, loaded through the real page and model host)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.engines.llama import speedup
from app.fit.estimate import LoadPlan, kv_bytes
from app.fit.shape import from_header
from app.fit.verdict import RAM_SAFETY, judge_at
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.models.gguf_info import read_file
from app.models.library import Library
from app.store import ChatStore
from app.units import format_bytes
from tests.helpers.chat_page import load_model, open_page
from tests.locations import DATA_DIR
from ui.chat.chat_options import ChatOptions
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model]
DATA = DATA_DIR


def laptop(available_bytes: int) -> HardwareProfile:
    """The recorded 8 GB laptop without a graphics card, with this much memory free."""
    data = json.loads((DATA / "profiles" / "laptop-8gb-no-gpu.json").read_text(encoding="utf-8"))
    profile = HardwareProfile.from_dict(data)
    return dataclasses.replace(profile, memory=dataclasses.replace(profile.memory, available_bytes=available_bytes))


def test_choosing_q8_0_updates_the_estimate_and_the_verdict_as_it_is_chosen(qtbot: QtBot, qwen_gguf: Path) -> None:
    shape = from_header(read_file(qwen_gguf))
    roomy = laptop(64 * 1024**3)
    need = {
        kv: judge_at(shape, roomy, 32768, settings=LoadPlan(context=32768, kv_type=kv)).estimate.total_bytes
        for kv in ("f16", "q8_0")
    }
    # Free memory between the two: a 32K context fits only with the smaller conversation memory.
    squeezed = laptop(RAM_SAFETY + (need["f16"] + need["q8_0"]) // 2)
    options = ChatOptions()
    qtbot.addWidget(options)
    options.show()
    options.context.setValue(32768)
    options.show_model(qwen_gguf, None, squeezed)
    assert options.memory.isVisible()
    f16_kv = kv_bytes(shape, LoadPlan(context=32768))
    assert "Too large for this computer" in options.memory.text()
    assert f"Conversation memory (f16): {format_bytes(f16_kv)}" in options.memory.text()

    options.kv_type.setCurrentIndex(options.kv_type.findData("q8_0"))  # as a click on the list would
    q8_kv = kv_bytes(shape, LoadPlan(context=32768, kv_type="q8_0"))
    assert "Runs on your processor" in options.memory.text()
    assert f"Needs about {format_bytes(need['q8_0'])} with a 32K context" in options.memory.text()
    assert f"Conversation memory (q8_0): {format_bytes(q8_kv)}" in options.memory.text()
    plan = options.load_plan(qwen_gguf, None, squeezed)
    assert (plan.kv_type, plan.flash_attention, plan.context) == ("q8_0", True, 32768)

    options.context.setValue(65536)  # a longer context: too large again, said at once
    assert "Too large for this computer" in options.memory.text()

    options.show_model(Path(), None, squeezed)  # another computer's model: no file here to estimate
    assert not options.memory.isVisible()
    assert options.load_plan(Path(), None, squeezed).kv_type == "q8_0"


def test_the_speed_up_checkbox_is_on_by_default_and_reaches_the_sampling(qtbot: QtBot) -> None:
    options = ChatOptions()
    qtbot.addWidget(options)
    options.show()
    options.apply_preset("precise")
    assert options.speedup.isChecked()
    assert options.speedup.isVisible() is speedup.DRAFTING  # shown only where drafting is in the build
    assert options.sampling("precise").speedup is True
    options.speedup.setChecked(False)
    assert options.sampling("precise").speedup is False
    options.apply_preset("creative")  # a style is about how words are chosen; the person's switch stays
    assert options.sampling("creative").speedup is False


def test_the_kv_cache_type_chosen_in_options_reaches_the_load(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path
) -> None:
    Library(paths.resolve().ensure()).import_path(qwen_gguf)
    store = ChatStore(paths.resolve().data / "conversations.db")
    try:
        page = open_page(qtbot, workers, store, host)
        page.options.context.setValue(2048)
        page.options.kv_type.setCurrentIndex(page.options.kv_type.findData("q8_0"))
        load_model(page, qtbot)
        loaded = page.session.loaded
        assert loaded is not None
        assert (loaded.plan.kv_type, loaded.plan.flash_attention, loaded.context) == ("q8_0", True, 2048)
        assert "Conversation memory (q8_0)" in page.options.memory.text()
    finally:
        store.close()

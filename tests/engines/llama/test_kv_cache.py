"""The KV cache type: q8_0 holds the conversation in about half the memory of f16, V only with flash attention,
and the estimate's bytes are llama.cpp's own (checked against its log on the real Qwen test model)."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

import pytest

from app import settings
from app.engines.chat_types import Message, Sampling, TextDelta
from app.engines.llama import LlamaEngine
from app.engines.llama import runtime as llama_runtime
from app.fit.estimate import GGML_TYPE_IDS, LoadPlan, estimate, kv_bytes
from app.fit.shape import from_header
from app.hardware import HardwareProfile, probe
from app.models.gguf_info import read_file
from tests.helpers.generators import drain

MIB = 1024**2
QWEN_LAYERS, QWEN_KV_HEADS, QWEN_HEAD = 24, 2, 64  # per TEST_ASSETS.md and the file's header


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.mark.model
def test_q8_0_holds_the_kv_cache_in_about_half_the_bytes_of_f16(qwen_gguf: Path) -> None:
    shape = from_header(read_file(qwen_gguf))
    assert (shape.layers, shape.kv_heads[0], shape.key_length, shape.value_length) == (24, 2, 64, 64)
    cells = 32768
    f16 = QWEN_LAYERS * QWEN_KV_HEADS * cells * (QWEN_HEAD * 2 + QWEN_HEAD * 2)
    q8_0 = QWEN_LAYERS * QWEN_KV_HEADS * cells * (QWEN_HEAD // 32 * 34) * 2  # 34 bytes per block of 32, K and V
    k_only = QWEN_LAYERS * QWEN_KV_HEADS * cells * (QWEN_HEAD // 32 * 34 + QWEN_HEAD * 2)
    assert kv_bytes(shape, LoadPlan(context=cells)) == f16 == 384 * MIB
    assert kv_bytes(shape, LoadPlan(context=cells, kv_type="q8_0")) == q8_0 == 204 * MIB
    assert q8_0 / f16 == 34 / 64  # "about half"
    # Without flash attention llama.cpp keeps V in f16: only K shrinks.
    assert kv_bytes(shape, LoadPlan(context=cells, kv_type="q8_0", flash_attention=False)) == k_only == 294 * MIB
    saved = (
        estimate(shape, LoadPlan(context=cells)).total_bytes
        - estimate(shape, LoadPlan(context=cells, kv_type="q8_0")).total_bytes
    )
    assert saved == f16 - q8_0


def test_the_load_arguments_use_llama_cpps_own_type_ids() -> None:
    module = llama_runtime.llama_cpp()
    assert GGML_TYPE_IDS["f16"] == module.GGML_TYPE_F16
    assert GGML_TYPE_IDS["q8_0"] == module.GGML_TYPE_Q8_0
    assert GGML_TYPE_IDS["q4_0"] == module.GGML_TYPE_Q4_0
    assert GGML_TYPE_IDS["f32"] == module.GGML_TYPE_F32
    with_flash = LoadPlan(context=2048, kv_type="q8_0").llama_kwargs()
    assert (with_flash["type_k"], with_flash["type_v"], with_flash["flash_attn"]) == (8, 8, True)
    without = LoadPlan(context=2048, kv_type="q8_0", flash_attention=False).llama_kwargs()
    assert (without["type_k"], without["type_v"], without["flash_attn"]) == (8, 1, False)


def logged_kv_mib(caplog: pytest.LogCaptureFixture) -> tuple[float, str, str]:
    """llama.cpp's own line: 'llama_kv_cache: size = 12.75 MiB (2048 cells, ...), K (q8_0): ..., V (q8_0): ...'."""
    for record in caplog.records:
        found = re.search(r"llama_kv_cache: size =\s*([\d.]+) MiB.*K \((\w+)\).*V \((\w+)\)", record.getMessage())
        if found:
            return float(found[1]), found[2], found[3]
    raise AssertionError("llama.cpp did not log its KV cache size")


@pytest.mark.model
@pytest.mark.parametrize(("flash", "v_type"), [(True, "q8_0"), (False, "f16")])
def test_a_q8_0_cache_loads_and_replies_with_the_estimated_size(
    qwen_gguf: Path, caplog: pytest.LogCaptureFixture, flash: bool, v_type: str, profile: HardwareProfile
) -> None:
    plan = LoadPlan(context=2048, kv_type="q8_0", flash_attention=flash)
    caplog.set_level(logging.INFO, logger="hearth.llama")
    with LlamaEngine() as engine:
        loaded = engine.load(qwen_gguf, plan, profile=profile)
        logged, k_type, logged_v_type = logged_kv_mib(caplog)
        assert logged == pytest.approx(kv_bytes(from_header(read_file(qwen_gguf)), plan) / MIB, abs=0.005)  # %.2f
        assert (k_type, logged_v_type) == ("q8_0", v_type)
        assert loaded.plan.kv_type == "q8_0"
        events, stats = drain(
            engine.chat([Message("user", "Name a colour.")], Sampling(temperature=0, max_tokens=8), threading.Event())
        )
    assert "".join(e.text for e in events if isinstance(e, TextDelta)).strip()
    assert stats.generated_tokens > 0


@pytest.mark.model
def test_llama_cpp_refuses_a_quantized_v_cache_without_flash_attention(qwen_gguf: Path) -> None:
    """Why the plan keeps V in f16 when flash attention is off: llama.cpp would not create the context."""
    module = llama_runtime.llama_cpp()
    with llama_runtime.prints_to_log(), pytest.raises(ValueError, match="context"):
        module.Llama(str(qwen_gguf), n_ctx=512, flash_attn=False, type_k=8, type_v=8, verbose=True, n_threads=1)

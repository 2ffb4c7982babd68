"""Memory arithmetic against values computed by hand (and, for the real models, against llama.cpp's own log)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gguf import GGMLQuantizationType as Q

from app.fit.estimate import LoadPlan, estimate, kv_bytes, layer_devices, padded_context
from app.fit.shape import from_header
from app.hardware.profile import Backend
from app.models.gguf_info import parse_header, read_file
from tests.helpers.gguf_factory import header_only

MIB = 1024**2


@pytest.mark.model
def test_gqa_kv_cache_qwen(qwen_gguf: Path) -> None:
    shape = from_header(read_file(qwen_gguf))
    per_cell = 24 * 2 * (64 + 64) * 2  # layers x KV heads x (key + value length) x f16 bytes
    assert kv_bytes(shape, LoadPlan(context=2048)) == per_cell * 2048 == 24 * MIB  # llama.cpp logs 24.00 MiB
    assert kv_bytes(shape, LoadPlan(context=3000)) == per_cell * 3072  # cells padded to 256
    assert kv_bytes(shape, LoadPlan(context=2048, kv_type="q8_0")) == per_cell * 2048 * 34 // 64


@pytest.mark.model
def test_sliding_window_kv_cache_gemma3(gemma_gguf: Path) -> None:
    shape = from_header(read_file(gemma_gguf))
    per_layer_cell = 1 * (256 + 256) * 2
    full_layers, window_layers = 3, 15
    window_cells = 1024  # 512-token window + 512-token micro-batch, padded to 256
    plan = LoadPlan(context=32768)
    expected = (full_layers * 32768 + window_layers * window_cells) * per_layer_cell
    assert kv_bytes(shape, plan) == expected == 111 * MIB  # llama.cpp logs 96.00 + 15.00 MiB
    assert kv_bytes(shape, LoadPlan(context=32768, swa_full=True)) == 18 * 32768 * per_layer_cell
    assert kv_bytes(shape, LoadPlan(context=512)) == 18 * 512 * per_layer_cell  # window bigger than context


def moe_header(tmp_path: Path) -> Path:
    """The shape of Qwen3-30B-A3B (48 layers, 32/4 heads of 128, 128 experts with 8 used), header only."""
    emb, ff_expert, experts, vocab = 2048, 768, 128, 151936
    tensors = {"token_embd.weight": ((emb, vocab), Q.Q4_K), "output.weight": ((emb, vocab), Q.Q6_K)}
    for layer in range(48):
        tensors |= {
            f"blk.{layer}.attn_q.weight": ((emb, 32 * 128), Q.Q4_K),
            f"blk.{layer}.attn_k.weight": ((emb, 4 * 128), Q.Q4_K),
            f"blk.{layer}.attn_v.weight": ((emb, 4 * 128), Q.Q6_K),
            f"blk.{layer}.attn_output.weight": ((32 * 128, emb), Q.Q4_K),
            f"blk.{layer}.ffn_gate_exps.weight": ((emb, ff_expert, experts), Q.Q4_K),
            f"blk.{layer}.ffn_up_exps.weight": ((emb, ff_expert, experts), Q.Q4_K),
            f"blk.{layer}.ffn_down_exps.weight": ((ff_expert, emb, experts), Q.Q6_K),
        }
    metadata: dict[str, int | float | str | list[int]] = {
        "qwen3moe.block_count": 48,
        "qwen3moe.context_length": 40960,
        "qwen3moe.embedding_length": emb,
        "qwen3moe.feed_forward_length": 6144,
        "qwen3moe.expert_feed_forward_length": ff_expert,
        "qwen3moe.attention.head_count": 32,
        "qwen3moe.attention.head_count_kv": 4,
        "qwen3moe.attention.key_length": 128,
        "qwen3moe.attention.value_length": 128,
        "qwen3moe.expert_count": experts,
        "qwen3moe.expert_used_count": 8,
        "qwen3moe.vocab_size": vocab,
    }
    return header_only(tmp_path / "qwen3moe.gguf", "qwen3moe", metadata, tensors)


def test_moe_counts_every_expert_in_memory_but_only_used_ones_per_token(tmp_path: Path) -> None:
    header = parse_header(moe_header(tmp_path).read_bytes())
    shape = from_header(header)
    assert (header.expert_count, header.expert_used_count) == (128, 8)
    q4k, q6k = 144 / 256, 210 / 256  # bytes per weight
    experts_per_layer = 2048 * 768 * 128 * (2 * q4k + q6k)
    assert shape.expert_bytes == int(48 * experts_per_layer)
    assert shape.weights_bytes == sum(t.n_bytes for t in header.tensors)  # all 128 experts must be in memory
    dense_per_layer = 2048 * 4096 * q4k * 2 + 2048 * 512 * (q4k + q6k)
    expected_read = 48 * (dense_per_layer + experts_per_layer * 8 / 128) + 2048 * 151936 * q6k
    assert shape.bytes_read_per_token == pytest.approx(expected_read, rel=1e-6)
    assert kv_bytes(shape, LoadPlan(context=4096)) == 48 * 4 * 256 * 2 * 4096 == 384 * MIB


def test_layers_go_to_the_gpu_from_the_top_output_first(tmp_path: Path) -> None:
    shape = from_header(parse_header(moe_header(tmp_path).read_bytes()))
    blocks, output = layer_devices(shape, LoadPlan(context=4096, gpu_layers=1), gpu_count=1)
    assert output == 0
    assert set(blocks) == {-1}
    blocks, output = layer_devices(shape, LoadPlan(context=4096, gpu_layers=11), gpu_count=1)
    assert blocks.count(0) == 10
    assert blocks[-10:] == [0] * 10
    assert output == 0
    blocks, output = layer_devices(shape, LoadPlan(context=4096, gpu_layers=49, gpu_split=(0.5, 0.5)), gpu_count=2)
    assert blocks[:24] == [0] * 24
    assert blocks[25:] == [1] * 23
    assert output == 1


def test_full_offload_leaves_only_embeddings_on_the_cpu(tmp_path: Path) -> None:
    shape = from_header(parse_header(moe_header(tmp_path).read_bytes()))
    memory = estimate(shape, LoadPlan(context=8192, gpu_layers=49), gpus=(Backend.CUDA,))
    cpu, gpu = memory.devices["cpu"], memory.devices["gpu0"]
    assert cpu.weights_bytes == shape.input_bytes
    assert cpu.kv_bytes == 0
    assert gpu.weights_bytes == shape.weights_bytes - shape.input_bytes
    assert gpu.kv_bytes == kv_bytes(shape, LoadPlan(context=8192))
    assert gpu.compute_bytes >= 512 * 151936 * 4  # the logits of a full micro-batch are reserved on the GPU
    assert gpu.overhead_bytes > 0


def test_context_is_padded_like_llama_cpp() -> None:
    assert [padded_context(c) for c in (1, 256, 257, 4000, 4096)] == [256, 256, 512, 4096, 4096]


def test_a_hybrid_from_the_catalog_counts_a_kv_cache_on_its_attention_layers_only() -> None:
    """Qwen 3.5 keeps a KV cache on every fourth layer (the rest are Gated DeltaNet layers with a fixed state), as
    its GGUF header says with 0 KV heads on the others; the catalog's `attention_period` says the same before a byte
    is downloaded, instead of a cache four times too large."""
    from app.fit.shape import from_catalog
    from app.models import catalog

    spec = catalog.default().get("qwen3.5-9b")
    assert spec.shape is not None
    assert spec.shape.attention_period == 4
    variant = spec.variants[0]
    shape = from_catalog(spec.shape, variant.model_bytes, spec.family)
    assert [layer for layer, heads in enumerate(shape.kv_heads) if heads] == list(range(3, 32, 4))
    per_cell = 8 * 4 * (256 + 256) * 2  # attention layers x KV heads x (key + value length) x f16 bytes
    assert kv_bytes(shape, LoadPlan(context=8192)) == per_cell * 8192 == 256 * MIB

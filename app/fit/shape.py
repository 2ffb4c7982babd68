"""A model's shape: what the memory estimate needs, whatever it was learnt from.

From a GGUF header (exact: real tensor bytes per layer), or from the catalog's few numbers before anything is
downloaded (weights spread evenly over layers, which is how quantized files are laid out within a few percent).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from app.models.gguf_info import GgufHeader

# llama.cpp on x86 (AVX2) and ARM re-packs these weight types into an interleaved copy when they live on the CPU;
# the mapped original stays resident too, so they count twice there.
REPACKED_TYPES = frozenset({"Q4_0", "Q4_K", "IQ4_NL"})


@dataclass(frozen=True)
class ModelShape:
    architecture: str
    layers: int
    embedding: int
    vocab: int
    feed_forward: int
    head_count: int
    kv_heads: tuple[int, ...]  # per layer; 0 where a layer has no attention
    key_length: int
    value_length: int
    sliding_window: int
    swa_layers: tuple[bool, ...]
    trained_context: int
    layer_bytes: tuple[int, ...]  # weights of each block
    layer_repack_bytes: tuple[int, ...]  # of which re-packed on the CPU
    input_bytes: int  # token embeddings: always on the CPU
    output_bytes: int  # output head (+ final norm): on the GPU as soon as one layer is offloaded
    output_repack_bytes: int = 0
    tied_output_bytes: int = 0  # part of output_bytes that is the embedding table again (shared on the CPU)
    expert_count: int = 0
    expert_used: int = 0
    expert_bytes: int = 0  # weights of all experts together (MoE); the rest of the blocks are shared

    @property
    def weights_bytes(self) -> int:
        return self.input_bytes + self.output_bytes - self.tied_output_bytes + sum(self.layer_bytes)

    @property
    def bytes_read_per_token(self) -> int:
        """Weights a single token touches: everything but unused experts and the embedding table (one row)."""
        dense = sum(self.layer_bytes) + self.output_bytes - self.expert_bytes
        experts = self.expert_bytes * self.expert_used // self.expert_count if self.expert_count else 0
        return dense + experts


def from_header(header: GgufHeader) -> ModelShape:
    per_layer: dict[int, int] = defaultdict(int)
    per_layer_repack: dict[int, int] = defaultdict(int)
    input_bytes = output_bytes = output_repack = expert_bytes = tied = 0
    has_output = header.tensor("output.weight") is not None
    for tensor in header.tensors:
        size = tensor.n_bytes
        if tensor.layer is not None:
            per_layer[tensor.layer] += size
            if tensor.type_name in REPACKED_TYPES:
                per_layer_repack[tensor.layer] += size
            if "_exps" in tensor.name:
                expert_bytes += size
        elif tensor.name.startswith("token_embd") and tensor.name.endswith("weight"):
            input_bytes += size
            if not has_output:  # tied embeddings: llama.cpp duplicates the table as the output head
                output_bytes += size
                tied += size
        else:
            output_bytes += size
            if tensor.type_name in REPACKED_TYPES:
                output_repack += size
    layers = header.block_count
    return ModelShape(
        architecture=header.architecture,
        layers=layers,
        embedding=header.embedding_length,
        vocab=header.vocab_size,
        feed_forward=header.feed_forward_length,
        head_count=max(header.head_count, default=0),
        kv_heads=header.head_count_kv,
        key_length=header.key_length,
        value_length=header.value_length,
        sliding_window=header.sliding_window,
        swa_layers=header.swa_layers,
        trained_context=header.context_length,
        layer_bytes=tuple(per_layer[i] for i in range(layers)),
        layer_repack_bytes=tuple(per_layer_repack[i] for i in range(layers)),
        input_bytes=input_bytes,
        output_bytes=output_bytes,
        output_repack_bytes=output_repack,
        tied_output_bytes=tied,
        expert_count=header.expert_count,
        expert_used=header.expert_used_count,
        expert_bytes=expert_bytes,
    )


@dataclass(frozen=True)
class CatalogShape:
    """The few numbers the catalog keeps per model (see models_manifest/schema.json, `shape`)."""

    layers: int
    embedding: int
    vocab: int
    feed_forward: int
    head_count: int
    kv_heads: int
    head_dim: int
    context_length: int
    sliding_window: int = 0
    swa_period: int = 0  # every Nth layer has full attention; 0 = all layers use the window when one is set
    attention_period: int = 0  # hybrids: every Nth layer has attention (a KV cache), the rest are recurrent
    expert_count: int = 0
    expert_used: int = 0
    tied_embeddings: bool = False


def from_catalog(shape: CatalogShape, file_bytes: int, architecture: str = "") -> ModelShape:
    """Spread a quantized file's bytes the way converters lay them out: embeddings and the output head at about
    the file's average bits per weight, the rest in equal blocks."""
    table = shape.vocab * shape.embedding
    per_weight = file_bytes / max(1, _parameter_estimate(shape))
    input_bytes = int(table * per_weight)
    output_bytes = input_bytes  # tied or not, llama.cpp keeps one output table on the output device
    blocks = max(0, file_bytes - input_bytes - (0 if shape.tied_embeddings else output_bytes))
    layer = blocks // max(1, shape.layers)
    swa = tuple(
        bool(shape.sliding_window) and (shape.swa_period == 0 or (i + 1) % shape.swa_period != 0)
        for i in range(shape.layers)
    )
    expert_share = 0.0
    if shape.expert_count:
        expert_share = 0.9  # in today's MoE models the experts hold about nine tenths of the block weights
    return ModelShape(
        architecture=architecture,
        layers=shape.layers,
        embedding=shape.embedding,
        vocab=shape.vocab,
        feed_forward=shape.feed_forward,
        head_count=shape.head_count,
        kv_heads=tuple(shape.kv_heads if _has_attention(shape, i) else 0 for i in range(shape.layers)),
        key_length=shape.head_dim,
        value_length=shape.head_dim,
        sliding_window=shape.sliding_window,
        swa_layers=swa,
        trained_context=shape.context_length,
        layer_bytes=(layer,) * shape.layers,
        layer_repack_bytes=(0,) * shape.layers,
        input_bytes=input_bytes,
        output_bytes=output_bytes,
        tied_output_bytes=output_bytes if shape.tied_embeddings else 0,
        expert_count=shape.expert_count,
        expert_used=shape.expert_used,
        expert_bytes=int(blocks * expert_share),
    )


def _has_attention(shape: CatalogShape, layer: int) -> bool:
    """A hybrid's recurrent layers (Gated DeltaNet, Mamba) keep a small fixed state instead of a KV cache; counting
    them as attention layers overstated Qwen 3.5's cache four times before download."""
    return shape.attention_period <= 1 or (layer + 1) % shape.attention_period == 0


def _parameter_estimate(shape: CatalogShape) -> int:
    """Parameters implied by the shape (attention + feed-forward per layer, plus embeddings): only used to find
    the file's average bytes per weight."""
    attention = shape.embedding * shape.head_dim * (2 * shape.head_count + 2 * shape.kv_heads)
    experts = max(1, shape.expert_count)
    ffn = 3 * shape.embedding * shape.feed_forward * experts
    tables = shape.vocab * shape.embedding * (1 if shape.tied_embeddings else 2)
    return shape.layers * (attention + ffn) + tables

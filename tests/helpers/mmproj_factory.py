"""A tiny vision projector (mmproj) with random weights, written with the `gguf` package's own writer.

No small real vision model exists on the registries these machines reach (../shared/TEST_ASSETS.md), so the
tests pair this file with the real Qwen2.5-Coder 0.5B model. It is a LLaVA-style "mlp" projector as llama.cpp's
mtmd reads one (tools/mtmd/clip.cpp: the `clip.vision.*` keys, `v.*` encoder tensors, `mm.0`/`mm.2` projection):
a 64×64 image cut into 16-pixel patches, a two-block encoder 32 wide (mtmd runs all but the last block), and a
projection to the text model's embedding width. The weights are random, so the path is real and the answers are
noise: what it proves is that an image travels from a file to the model's input and changes what it reads.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

IMAGE_SIZE = 64
PATCH_SIZE = 16
WIDTH = 32  # the encoder's hidden size
FEED_FORWARD = 64
BLOCKS = 2
HEADS = 2
QWEN_EMBEDDING = 896  # Qwen2.5-Coder 0.5B's embedding width
IMAGE_TOKENS = (IMAGE_SIZE // PATCH_SIZE) ** 2  # one token per patch for this projector


def tiny_mmproj(path: Path, text_embedding: int = QWEN_EMBEDDING, seed: int = 0) -> Path:
    """Write the projector to `path` (name it `mmproj-*.gguf` so the library pairs it with a model beside it)."""
    rng = np.random.default_rng(seed)
    path.parent.mkdir(parents=True, exist_ok=True)

    def random(*shape: int, scale: float = 0.05) -> np.ndarray:  # numpy order: outermost first
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    writer = gguf.GGUFWriter(path, "clip")
    writer.add_string("general.name", "Hearth test projector (random weights)")
    writer.add_bool("clip.has_vision_encoder", True)
    writer.add_string("clip.projector_type", "mlp")
    writer.add_bool("clip.use_gelu", True)
    writer.add_uint32("clip.vision.image_size", IMAGE_SIZE)
    writer.add_uint32("clip.vision.patch_size", PATCH_SIZE)
    writer.add_uint32("clip.vision.embedding_length", WIDTH)
    writer.add_uint32("clip.vision.feed_forward_length", FEED_FORWARD)
    writer.add_uint32("clip.vision.block_count", BLOCKS)
    writer.add_uint32("clip.vision.attention.head_count", HEADS)
    writer.add_uint32("clip.vision.projection_dim", text_embedding)
    writer.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-6)
    writer.add_array("clip.vision.image_mean", [0.5, 0.5, 0.5])
    writer.add_array("clip.vision.image_std", [0.5, 0.5, 0.5])

    patches = IMAGE_SIZE // PATCH_SIZE
    tensors: dict[str, np.ndarray] = {
        "v.patch_embd.weight": random(WIDTH, 3, PATCH_SIZE, PATCH_SIZE),
        "v.patch_embd.bias": random(WIDTH),
        "v.position_embd.weight": random(patches * patches, WIDTH),
    }
    for block in range(BLOCKS):
        prefix = f"v.blk.{block}"
        for name in ("attn_q", "attn_k", "attn_v", "attn_out"):
            tensors[f"{prefix}.{name}.weight"] = random(WIDTH, WIDTH)
            tensors[f"{prefix}.{name}.bias"] = random(WIDTH)
        for norm in ("ln1", "ln2"):
            tensors[f"{prefix}.{norm}.weight"] = np.ones(WIDTH, dtype=np.float32)
            tensors[f"{prefix}.{norm}.bias"] = np.zeros(WIDTH, dtype=np.float32)
        tensors[f"{prefix}.ffn_up.weight"] = random(FEED_FORWARD, WIDTH)
        tensors[f"{prefix}.ffn_up.bias"] = random(FEED_FORWARD)
        tensors[f"{prefix}.ffn_down.weight"] = random(WIDTH, FEED_FORWARD)
        tensors[f"{prefix}.ffn_down.bias"] = random(WIDTH)
    tensors["mm.0.weight"] = random(text_embedding, WIDTH, scale=0.2)
    tensors["mm.0.bias"] = random(text_embedding)
    tensors["mm.2.weight"] = random(text_embedding, text_embedding, scale=0.05)
    tensors["mm.2.bias"] = random(text_embedding)
    for name, array in tensors.items():
        writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def vision_pair(text_model: Path, folder: Path) -> Path:
    """The text model (linked, not copied) in `folder` with a random projector beside it, as a vision model is
    published: the library pairs them by that alone."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / text_model.name
    model.symlink_to(text_model)
    tiny_mmproj(folder / "mmproj-test.gguf")
    return model

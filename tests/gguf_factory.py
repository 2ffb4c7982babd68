"""Build GGUF headers in tests with the `gguf` package's own writer: tensor descriptions without their data,
which is exactly what a remote header read of a 60 GB model gives the estimator."""

from __future__ import annotations

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

"""Reading GGUF headers: real files and damaged files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.models.gguf_info import CorruptModelFile, parse_header, read_file

pytestmark = pytest.mark.model


def test_qwen_header_describes_a_gqa_model_with_a_template(qwen_gguf: Path) -> None:
    header = read_file(qwen_gguf)
    assert header.architecture == "qwen2"
    assert header.block_count == 24
    assert header.head_count == (14,) * 24
    assert header.head_count_kv == (2,) * 24
    assert (header.key_length, header.value_length) == (64, 64)
    assert header.embedding_length == 896
    assert header.context_length == 32768
    assert header.vocab_size == 151936
    assert header.sliding_window == 0
    assert header.has_chat_template
    assert header.file_type == "Q4_K_M"
    assert header.header_bytes + sum(t.n_bytes for t in header.tensors) == qwen_gguf.stat().st_size


def test_gemma_header_has_a_sliding_window_every_layer_but_each_sixth(gemma_gguf: Path) -> None:
    header = read_file(gemma_gguf)
    assert header.architecture == "gemma3"
    assert header.sliding_window == 512
    assert header.swa_layers == tuple((layer + 1) % 6 != 0 for layer in range(18))
    assert not header.has_chat_template
    assert header.key_length == 256
    assert header.tensor("output.weight") is None  # tied to the token embeddings


def test_a_truncated_file_is_refused_with_a_sentence(qwen_gguf: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with qwen_gguf.open("rb") as source:
        cut.write_bytes(source.read(100 * 1024 * 1024))
    with pytest.raises(CorruptModelFile, match="incomplete"):
        read_file(cut)


def test_a_file_cut_inside_its_header(qwen_gguf: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with qwen_gguf.open("rb") as source:
        cut.write_bytes(source.read(300_000))
    with pytest.raises(CorruptModelFile, match="cut short"):
        read_file(cut)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"PK\x03\x04 a zip file",
        b"GGUF" + struct.pack("<I", 99) + bytes(16),
        b"GGUF" + struct.pack("<IQQ", 3, 10**9, 1),
    ],
)
def test_files_that_are_not_gguf_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(data)
    with pytest.raises(CorruptModelFile) as caught:
        read_file(path)
    assert caught.value.message.endswith(".")


def test_unknown_value_type_is_corruption() -> None:
    data = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 3) + b"key" + struct.pack("<I", 77)
    with pytest.raises(CorruptModelFile):
        parse_header(data)

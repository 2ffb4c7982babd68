"""Damaged and hostile GGUF files are refused with a sentence, by the command and in the app, and never crash or hang.

Every case starts from one small valid GGUF written by the `gguf` package and breaks one thing in it, found by
the offsets the package's reader reports, so each case damages exactly the part its name says.
"""

from __future__ import annotations

import json
import os
import random
import struct
from collections.abc import Callable
from pathlib import Path

import gguf
import numpy as np
import pytest

from app.errors import HearthError
from app.models.library import Library
from tests.cli.test_scan import hearth


def _valid(path: Path) -> Path:
    writer = gguf.GGUFWriter(path, "llama")
    writer.add_name("tiny")
    writer.add_context_length(128)
    writer.add_block_count(1)
    writer.add_array("tokenizer.ggml.tokens", ["a", "b", "c"])
    writer.add_array("llama.rope.dimension_sections", [1, 2, 3])
    writer.add_tensor("token_embd.weight", np.ones((4, 8), dtype=np.float32))
    writer.add_tensor("blk.0.attn_q.weight", np.ones((8, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


class Layout:
    """Where each part of the valid file lies, from the reader of the `gguf` package."""

    def __init__(self, path: Path) -> None:
        self.data = path.read_bytes()
        reader = gguf.GGUFReader(path)
        self.kv = {name: field.offset for name, field in reader.fields.items()}
        self.tensor_infos = [t.field.offset for t in reader.tensors]
        self.data_offset = reader.data_offset

    def value_type_at(self, key: str) -> int:
        """Offset of the value-type word of a key/value pair."""
        return self.kv[key] + 8 + len(key)

    def tensor_field(self, index: int, name: str) -> int:
        """Offset of a tensor info's n_dims, type or offset word (both test tensors are 2-D)."""
        start = self.tensor_infos[index] + 8 + len(["token_embd.weight", "blk.0.attn_q.weight"][index])
        return start + {"n_dims": 0, "type": 4 + 2 * 8, "offset": 4 + 2 * 8 + 4}[name]


def _patch(layout: Layout, offset: int, fmt: str, value: int) -> bytes:
    data = bytearray(layout.data)
    struct.pack_into(fmt, data, offset, value)
    return bytes(data)


def _random_damage(seed: int) -> Callable[[Layout], bytes]:
    def damage(layout: Layout) -> bytes:
        rng = random.Random(seed)
        data = bytearray(layout.data)
        for _ in range(8):
            data[rng.randrange(4, layout.data_offset)] = rng.randrange(256)
        return bytes(data)

    return damage


CASES: dict[str, Callable[[Layout], bytes]] = {
    "empty": lambda lay: b"",
    "cut_inside_the_magic": lambda lay: lay.data[:2],
    "cut_inside_the_counts": lambda lay: lay.data[:14],
    "cut_inside_the_key_values": lambda lay: lay.data[: lay.kv["general.name"] + 5],
    "cut_inside_the_token_list": lambda lay: lay.data[: lay.kv["tokenizer.ggml.tokens"] + 40],
    "cut_inside_the_tensor_infos": lambda lay: lay.data[: lay.tensor_infos[1] + 10],
    "cut_inside_the_data": lambda lay: lay.data[: lay.data_offset + 64],
    "wrong_magic": lambda lay: b"GGML" + lay.data[4:],
    "a_text_file": lambda lay: b"This is not a model, just some notes.\n" * 20,
    "version_1": lambda lay: _patch(lay, 4, "<I", 1),
    "version_99": lambda lay: _patch(lay, 4, "<I", 99),
    "absurd_tensor_count": lambda lay: _patch(lay, 8, "<Q", 1 << 40),
    "absurd_kv_count": lambda lay: _patch(lay, 16, "<Q", 1 << 50),
    "unknown_value_type": lambda lay: _patch(lay, lay.value_type_at("general.name"), "<I", 77),
    "unknown_array_item_type": lambda lay: _patch(lay, lay.value_type_at("tokenizer.ggml.tokens") + 4, "<I", 77),
    "impossible_string_length": lambda lay: _patch(lay, lay.kv["general.name"], "<Q", 1 << 62),
    "unknown_tensor_type": lambda lay: _patch(lay, lay.tensor_field(1, "type"), "<I", 250),
    "too_many_dimensions": lambda lay: _patch(lay, lay.tensor_field(0, "n_dims"), "<I", 4000),
    "tensor_data_outside_the_file": lambda lay: _patch(lay, lay.tensor_field(1, "offset"), "<Q", 1 << 20),
    "array_count_far_beyond_the_file": lambda lay: _patch(
        lay, lay.value_type_at("llama.rope.dimension_sections") + 8, "<Q", 1 << 40
    ),
    **{f"random_header_damage_seed_{seed}": _random_damage(seed) for seed in (1, 2, 3, 4, 5)},
}


@pytest.fixture(scope="module")
def layout(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    return Layout(_valid(tmp_path_factory.mktemp("valid") / "tiny.gguf"))


def _write_case(layout: Layout, case: str, folder: Path) -> Path:
    path = folder / f"{case}.gguf"
    path.write_bytes(CASES[case](layout))
    if case == "array_count_far_beyond_the_file":
        # A big (sparse) file: a parser that walks the damaged array item by item would read for minutes.
        os.truncate(path, 300 * 1024 * 1024)
    return path


def test_the_undamaged_file_imports(layout: Layout, tmp_path: Path) -> None:
    path = tmp_path / "tiny.gguf"
    path.write_bytes(layout.data)
    assert [m.path for m in Library(home=tmp_path, environ={}).import_path(path).imported] == [path]


@pytest.mark.parametrize("case", sorted(CASES))
def test_hearth_import_refuses_it_with_one_line(case: str, layout: Layout, tmp_path: Path) -> None:
    path = _write_case(layout, case, tmp_path)
    result = hearth("import", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"hearth: {path.name}")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_library_refuses_it_with_a_sentence_and_registers_nothing(
    case: str, layout: Layout, tmp_path: Path, hearth_home: Path
) -> None:
    path = _write_case(layout, case, tmp_path)
    library = Library(home=tmp_path, environ={})
    with pytest.raises(HearthError) as refused:
        library.import_path(path)
    message = refused.value.message
    assert message.startswith(path.name)
    assert message.endswith(".")
    assert "\n" not in message
    assert library.models() == []
    imported = hearth_home / "data" / "imported.json"
    assert not imported.exists() or json.loads(imported.read_text()) == []


def test_a_folder_of_damaged_files_imports_the_good_one_and_reports_each_other(layout: Layout, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.gguf").write_bytes(layout.data)
    for case in ("wrong_magic", "cut_inside_the_data", "unknown_tensor_type"):
        _write_case(layout, case, folder)
    result = Library(home=tmp_path, environ={}).import_path(folder)
    assert [m.path.name for m in result.imported] == ["good.gguf"]
    assert sorted(r.path.name for r in result.refused) == [
        "cut_inside_the_data.gguf",
        "unknown_tensor_type.gguf",
        "wrong_magic.gguf",
    ]
    assert all(r.reason.endswith(".") for r in result.refused)

"""Pairing a model with a vision companion (mmproj) by hand, when Hearth cannot tell which file goes with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import HearthError
from app.models.library import Library
from tests.helpers.mmproj_factory import tiny_mmproj
from tests.models.test_library import place


def library(home: Path) -> Library:
    return Library(home=home, environ={})


def test_a_projector_with_any_name_can_be_paired_by_hand_and_stays_paired(qwen_gguf: Path, tmp_path: Path) -> None:
    model_path = place(qwen_gguf, tmp_path / "models" / "qwen.gguf")
    encoder = tiny_mmproj(tmp_path / "elsewhere" / "vision-encoder.gguf")  # not beside it, not named "mmproj"
    model = library(tmp_path).import_path(model_path).imported[0]
    assert model.mmproj is None
    paired = library(tmp_path).pair_projector(model, encoder)
    assert paired.mmproj == encoder
    again = library(tmp_path)
    listed = next(m for m in again.models() if m.id == model.id)
    assert listed.mmproj == encoder
    assert again.describe(listed).has_vision
    other = tiny_mmproj(tmp_path / "elsewhere" / "better-encoder.gguf")
    library(tmp_path).pair_projector(listed, other)  # pairing again replaces the first choice
    assert next(m for m in library(tmp_path).models() if m.id == model.id).mmproj == other
    other.unlink()  # an unplugged drive: the model is listed without it, the pairing is kept for its return
    assert next(m for m in library(tmp_path).models() if m.id == model.id).mmproj is None


@pytest.mark.parametrize(("kind", "sentence"), [("model", "is not a vision companion"), ("text", "not a GGUF model")])
def test_a_file_that_is_not_a_projector_is_refused_with_a_sentence(
    qwen_gguf: Path, tmp_path: Path, kind: str, sentence: str
) -> None:
    model_path = place(qwen_gguf, tmp_path / "models" / "qwen.gguf")
    model = library(tmp_path).import_path(model_path).imported[0]
    if kind == "model":
        offered = model_path
    else:
        offered = tmp_path / "notes.gguf"
        offered.write_text("not a gguf at all")
    with pytest.raises(HearthError, match=sentence) as refused:
        library(tmp_path).pair_projector(model, offered)
    assert refused.value.message.endswith(".")
    assert next(m for m in library(tmp_path).models() if m.id == model.id).mmproj is None

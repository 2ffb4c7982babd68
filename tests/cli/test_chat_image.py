"""`hearth chat --image`: the real Qwen test model paired with a tiny projector whose weights are RANDOM.

Only the path is proven (the image reaches the model through its mmproj and a reply comes back), not that the
reply is about the picture.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from app import cli, paths
from app.models.library import Library
from tests.helpers.mmproj_factory import vision_pair


@pytest.fixture
def paired(qwen_gguf: Path, tmp_path: Path) -> Path:
    return vision_pair(qwen_gguf, tmp_path / "pair")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "sunset.jpg"
    Image.new("RGB", (120, 90), (250, 120, 30)).save(path, "JPEG")
    return path


@pytest.mark.model
def test_json_reply_about_an_image_from_a_library_model_paired_automatically(
    paired: Path, photo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported = Library(paths.resolve().ensure()).import_path(paired).imported[0]
    assert imported.mmproj == paired.parent / "mmproj-test.gguf"
    code = cli.main(["chat", "--model", imported.id, "--image", str(photo), "--prompt", "What is in this photo?",
                     "--temperature", "0", "--max-tokens", "8", "--ctx", "1024", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    document = json.loads(out)
    assert document["reply"]
    assert document["images"] == [{"name": "sunset.jpg", "width": 120, "height": 90}]
    assert document["stats"]["prompt_tokens"] > 16  # the image's 16 cells are in the prompt
    assert "images through MTMDChatHandler" in err


def test_a_model_without_a_projector_is_refused_with_what_to_do(
    qwen_gguf: Path, photo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["chat", "--model", str(qwen_gguf), "--image", str(photo), "--prompt", "What is this?"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot see images" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "sentence"),
    [(b"", "is empty"), (b"\xff\xd8\xff\xe0 half a jpeg", "damaged"), (b"hello", "not a picture")],
    ids=["empty", "damaged", "not-an-image"],
)
def test_a_bad_image_is_refused_with_one_sentence_before_any_model_loads(
    paired: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, sentence: str
) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(content)
    code = cli.main(["chat", "--model", str(paired), "--image", str(bad), "--prompt", "What is this?"])
    err = capsys.readouterr().err
    assert code == 1
    assert sentence in err
    assert "Loading" not in err


def test_image_without_prompt_is_bad_usage(paired: Path, photo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["chat", "--model", str(paired), "--image", str(photo)]) == 2
    assert "--image needs --prompt" in capsys.readouterr().err

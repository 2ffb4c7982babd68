"""Images through /v1/chat/completions with the official `openai` client: the real Qwen2.5-Coder 0.5B model paired
with the tiny projector of tests/helpers/mmproj_factory.py.

The projector has RANDOM weights: these tests prove the path — a data URL decoded and prepared, the model loaded
with its projector, the image's cells read into the prompt, a reply streamed — not that the answer describes the
picture. It cannot, and nothing here claims it does.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from PIL import Image

from app import settings
from app.hardware import HardwareProfile, probe
from app.host import ModelHost
from app.server import LocalServer, ServedModels, ServerOptions
from tests.helpers.mmproj_factory import IMAGE_TOKENS, tiny_mmproj

pytestmark = pytest.mark.model


def _data_url(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), colour).save(out, "PNG")
    return out.getvalue()


def _asking(url: str, text: str = "What is in this picture?") -> Any:
    return [
        {"role": "user", "content": [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": url}}]}
    ]


class Vision:
    def __init__(self, server: LocalServer, seeing: str, blind: str) -> None:
        assert server.address is not None
        self.base_url = server.address.base_url
        self.seeing = seeing  # the Qwen file through a link in a folder with the projector beside it
        self.blind = blind  # the same file where it lies, with no projector

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.base_url, api_key="none", max_retries=0, timeout=300)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.fixture(scope="module")
def vision(qwen_gguf: Path, profile: HardwareProfile, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vision]:
    folder = tmp_path_factory.mktemp("vision-model")
    link = folder / "qwen-sees.gguf"
    link.symlink_to(qwen_gguf)
    tiny_mmproj(folder / "mmproj-test.gguf")
    with ModelHost() as host:
        models = ServedModels(host, profile, extra=(link, qwen_gguf), use_library=False)
        with LocalServer(models, ServerOptions(ping_interval_s=0.05), port=0) as server:
            yield Vision(server, "qwen-sees", qwen_gguf.name.removesuffix(".gguf"))


def test_an_image_reaches_a_vision_model_plain_and_streamed(vision: Vision) -> None:
    with vision.client() as client:
        text_only = client.chat.completions.create(
            model=vision.seeing,
            messages=[{"role": "user", "content": "What is in this picture?"}],
            max_tokens=3,
            temperature=0,
        )
        seen = client.chat.completions.create(
            model=vision.seeing, messages=_asking(_data_url(_png("red"))), max_tokens=3, temperature=0
        )
        pieces, usage = [], None
        for chunk in client.chat.completions.create(
            model=vision.seeing,
            messages=_asking(_data_url(_png("blue"))),
            max_tokens=3,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        ):
            usage = chunk.usage or usage
            pieces.extend(choice.delta.content or "" for choice in chunk.choices)
    assert seen.choices[0].message.content
    assert seen.usage is not None
    assert text_only.usage is not None
    assert seen.usage.prompt_tokens >= text_only.usage.prompt_tokens + IMAGE_TOKENS  # the image's cells were read
    assert "".join(pieces)
    assert usage is not None
    assert usage.prompt_tokens == seen.usage.prompt_tokens


def test_an_image_address_on_the_network_is_refused_since_nothing_is_fetched(vision: Vision) -> None:
    with vision.client() as client, pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model=vision.seeing, messages=_asking("https://example.com/cat.png"))
    assert refused.value.code == "invalid_image"
    assert "never fetches" in refused.value.message


def test_data_that_is_not_a_picture_is_refused_with_a_sentence(vision: Vision) -> None:
    with vision.client() as client, pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model=vision.seeing, messages=_asking(_data_url(b"%PDF-1.4 not a picture")))
    assert refused.value.code == "invalid_image"
    assert "not a picture" in refused.value.message


def test_an_image_to_a_model_without_vision_is_refused_with_a_sentence(vision: Vision) -> None:
    with vision.client() as client, pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model=vision.blind, messages=_asking(_data_url(_png("red"))))
    assert refused.value.code == "images_not_supported"
    assert "cannot see images" in refused.value.message

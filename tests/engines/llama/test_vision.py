"""Images through the chat engine: the real Qwen2.5-Coder 0.5B model paired with a tiny projector.

The projector (tests/helpers/mmproj_factory.py) has RANDOM weights. These tests prove the path — pairing, handler
choice, decoding, encoding, the image's embeddings reaching the model and changing what it reads — not that the
answers describe the picture: they cannot, and nothing here claims they do.
"""

from __future__ import annotations

import ctypes
import io
import threading
from collections.abc import Generator, Sequence
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app import settings
from app.engines.chat_types import Event, Message, Notice, Sampling, StopReason, TextDelta
from app.engines.errors import ModelLoadFailed
from app.engines.llama import LlamaEngine, vision
from app.engines.llama import runtime as llama_runtime
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe
from app.images import prepare_bytes
from tests.helpers.generators import drain
from tests.helpers.mmproj_factory import IMAGE_TOKENS, tiny_mmproj

pytestmark = [pytest.mark.model]

GREEDY = Sampling(temperature=0.0, max_tokens=12, seed=0)
FIRST_TOKEN = Sampling(temperature=0.0, max_tokens=1, seed=0)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def picture(kind: str) -> bytes:
    """A real PNG made with Pillow, prepared as an attachment is."""
    if kind == "noise":
        pixels = np.random.default_rng(7).integers(0, 256, (60, 80, 3), dtype=np.uint8)
        image = Image.fromarray(pixels, "RGB")
    else:
        image = Image.new("RGB", (80, 60), kind)
    out = io.BytesIO()
    image.save(out, "PNG")
    return prepare_bytes(out.getvalue(), f"{kind}.png").data


def text_of(events: Sequence[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


@pytest.fixture(scope="module")
def mmproj(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_mmproj(tmp_path_factory.mktemp("projector") / "mmproj-test.gguf")


@pytest.fixture(scope="module")
def seeing(
    qwen_gguf: Path, mmproj: Path, tmp_path_factory: pytest.TempPathFactory, profile: HardwareProfile
) -> Generator[LlamaEngine, None, None]:
    engine = LlamaEngine()
    with pytest.MonkeyPatch.context() as patch:  # the loading marker goes to a temporary home
        patch.setenv("HEARTH_HOME", str(tmp_path_factory.mktemp("vision-home")))
        engine.load(qwen_gguf, LoadPlan(context=2048), mmproj=mmproj, profile=profile)
    yield engine
    engine.close()


def first_token_logits(engine: LlamaEngine, messages: Sequence[Message]) -> np.ndarray:
    """The model's scores for the first token of its reply: after a one-token reply the context still holds
    the logits of the prompt's last position (the engine stops before feeding the token back)."""
    drain(engine.chat(messages, FIRST_TOKEN, threading.Event()))
    llm = engine._llm
    module = llama_runtime.llama_cpp()
    pointer = module.llama_get_logits_ith(llm.ctx, -1)
    scores = ctypes.cast(pointer, ctypes.POINTER(ctypes.c_float * llm.n_vocab())).contents
    return np.array(scores, dtype=np.float32)


# ---- pure: which handler, and the flattening that works around MTMDChatHandler's list content
@pytest.mark.parametrize(
    ("template", "architecture", "name", "projector", "expected"),
    [
        (True, "qwen2vl", "Qwen2.5 VL 3B Instruct", "qwen2.5vl_merger", "MTMDChatHandler"),
        (True, "gemma3", "Gemma 3 4b It", "gemma3", "MTMDChatHandler"),
        (True, "llama", "SmolVLM2 2.2B Instruct", "idefics3", "MTMDChatHandler"),
        (True, "qwen2", "MiniCPM-V 2.6", "minicpmv", "MiniCPMv26ChatHandler"),
        (False, "phi2", "moondream2", "mlp", "MoondreamChatHandler"),
        (False, "qwen2vl", "Qwen2 VL", "qwen2vl_merger", "Qwen25VLChatHandler"),
        (False, "llama", "llava v1.5 7b", "mlp", "Llava15ChatHandler"),
    ],
)
def test_the_handler_is_chosen_by_family(
    template: bool, architecture: str, name: str, projector: str, expected: str
) -> None:
    chosen = vision.choose_handler(
        has_template=template, architecture=architecture, model_name=name, projector_type=projector
    )
    assert chosen == expected


def test_content_parts_are_flattened_into_one_string_for_templates_that_concatenate() -> None:
    parts = [{"type": "text", "text": "<__media__>"}, {"type": "text", "text": "What is this?"}]
    assert vision.flatten_content(parts) == "<__media__>\nWhat is this?"
    assert vision.flatten_content("plain") == "plain"


# ---- the real model with the random projector
def test_an_image_chat_runs_end_to_end_through_the_engine(seeing: LlamaEngine, mmproj: Path) -> None:
    """Random projector: this proves the path (the reply streams, the image's cells are in the prompt), not the
    answer."""
    loaded = seeing.loaded
    assert loaded is not None
    assert loaded.mmproj == mmproj
    assert loaded.vision_handler == "MTMDChatHandler"  # Qwen's template, flattened (it concatenates strings)
    assert loaded.plan.projector_bytes == mmproj.stat().st_size  # counted by the memory guard
    question = [Message("user", "Describe this picture.", images=(picture("red"),))]
    events, stats = drain(seeing.chat(question, GREEDY, threading.Event()))
    assert text_of(events)
    assert stats.stop_reason in (StopReason.FINISHED, StopReason.MAX_TOKENS)
    text_only = len(seeing.prompt_tokens([Message("user", "Describe this picture.")]))
    assert stats.prompt_tokens >= text_only + IMAGE_TOKENS
    assert stats.prompt_tokens_evaluated == stats.prompt_tokens  # a handler reads everything again


def test_two_images_give_different_first_token_logits_and_one_image_twice_the_same(seeing: LlamaEngine) -> None:
    """At temperature 0. Random projector: a different picture changes what the model reads; the same picture
    read again gives exactly the same scores (nothing of the previous turn leaks into the next)."""
    red = first_token_logits(seeing, [Message("user", "What is this?", images=(picture("red"),))])
    noise = first_token_logits(seeing, [Message("user", "What is this?", images=(picture("noise"),))])
    red_again = first_token_logits(seeing, [Message("user", "What is this?", images=(picture("red"),))])
    assert not np.array_equal(red, noise)
    assert float(np.abs(red - noise).max()) > 1e-3
    assert np.array_equal(red, red_again)


def test_images_are_counted_exactly_and_reserved_before_anything_is_read(seeing: LlamaEngine) -> None:
    session = seeing._vision
    assert session is not None
    assert session.image_tokens(seeing._llm, picture("red")) == IMAGE_TOKENS  # 4 × 4 patches of 16 pixels
    with pytest.raises(vision.ImagesDoNotFit, match="more than the 2,048"):
        drain(
            seeing.chat(
                [Message("user", "Look", images=(picture("red"),))],
                Sampling(temperature=0.0, max_tokens=2040),
                threading.Event(),
            )
        )
    crowded = vision.fit_with_images(
        session,
        seeing._llm,
        [Message("user", "Please look at this carefully and tell me " * 12, images=(picture("red"),))],
        seeing.prompt_tokens,
        context=2048,
        reply_room=1880,
    )
    assert "of the model's memory" in crowded.warning


def test_a_text_only_model_refuses_new_images_and_leaves_out_earlier_ones(
    qwen_gguf: Path, seeing: LlamaEngine, profile: HardwareProfile
) -> None:
    engine = LlamaEngine()
    try:
        engine.load(qwen_gguf, LoadPlan(context=1024), profile=profile)
        with pytest.raises(vision.CannotSeeImages, match="cannot see images"):
            drain(engine.chat([Message("user", "Look", images=(picture("red"),))], GREEDY, threading.Event()))
        history = [
            Message("user", "Look", images=(picture("red"),)),
            Message("assistant", "I see."),
            Message("user", "Say hello."),
        ]
        events, stats = drain(engine.chat(history, GREEDY, threading.Event()))
        assert any(isinstance(e, Notice) and "Earlier images" in e.message for e in events)
        assert stats.generated_tokens > 0
    finally:
        engine.close()


def test_a_projector_made_for_another_model_is_refused_with_a_sentence(
    qwen_gguf: Path, tmp_path: Path, profile: HardwareProfile
) -> None:
    wrong = tiny_mmproj(tmp_path / "mmproj-other.gguf", text_embedding=512)
    engine = LlamaEngine()
    with pytest.raises(ModelLoadFailed, match="made for a different model"):
        engine.load(qwen_gguf, LoadPlan(context=512), mmproj=wrong, profile=profile)
    assert engine.loaded is None


def test_a_later_turn_reads_the_earlier_image_again_and_stop_works_while_images_are_read(
    seeing: LlamaEngine,
) -> None:
    """Random projector: only the bookkeeping is checked — the earlier picture is still in what the model reads,
    and a cancel set before the reading starts stops it there."""
    conversation = [
        Message("user", "Look at this.", images=(picture("noise"),)),
        Message("assistant", "I see it."),
        Message("user", "And now?"),
    ]
    _events, stats = drain(seeing.chat(conversation, GREEDY, threading.Event()))
    text_only = len(seeing.prompt_tokens([Message(m.role, m.content) for m in conversation]))
    assert stats.prompt_tokens >= text_only + IMAGE_TOKENS
    stopped = threading.Event()
    stopped.set()
    events, stats = drain(seeing.chat(conversation, GREEDY, stopped))
    assert stats.stop_reason is StopReason.CANCELLED
    assert text_of(events) == ""
    _events, stats = drain(seeing.chat(conversation, GREEDY, threading.Event()))  # and the next one works
    assert stats.generated_tokens > 0

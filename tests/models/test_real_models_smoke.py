"""The three real test models work on this machine through the engines Hearth builds on.

These prove the test assets and the native libraries, nothing of Hearth's own logic yet: later issues test
Hearth's engine wrappers on the same files.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.engines.numerics import processor_threads
from tests.helpers.speech import word_error_rate

pytestmark = [pytest.mark.model, pytest.mark.slow]

THREADS = processor_threads()  # HEARTH_THREADS in the perturbed run, as for Hearth's own engines


def test_qwen_answers_a_short_question(qwen_gguf: Path) -> None:
    from llama_cpp import Llama

    llm = Llama(model_path=str(qwen_gguf), n_ctx=512, n_threads=THREADS, seed=0, verbose=True)
    try:
        reply = llm.create_chat_completion(
            messages=[{"role": "user", "content": "What is the capital of France? Answer with one word."}],
            temperature=0.0,
            max_tokens=8,
        )
    finally:
        llm.close()
    assert reply["usage"]["completion_tokens"] > 0
    assert reply["choices"][0]["message"]["content"].strip()  # its words move with the processor: not checked


def test_gemma_loads_and_generates_without_a_chat_template(gemma_gguf: Path) -> None:
    from llama_cpp import Llama

    llm = Llama(model_path=str(gemma_gguf), n_ctx=256, n_threads=THREADS, seed=0, verbose=True)
    try:
        assert llm.metadata["general.architecture"] == "gemma3"
        assert "tokenizer.chat_template" not in llm.metadata
        out = llm.create_completion("The capital of France is", max_tokens=8, temperature=0.0)
    finally:
        llm.close()
    assert out["usage"]["completion_tokens"] > 0
    assert out["choices"][0]["text"].strip()


def test_whisper_base_transcribes_a_spoken_sentence(whisper_base_dir: Path, tmp_path: Path) -> None:
    from faster_whisper import WhisperModel

    sentence = "The quick brown fox jumps over the lazy dog."
    wav = tmp_path / "fox.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), sentence], check=True, timeout=60)
    model = WhisperModel(str(whisper_base_dir), device="cpu", compute_type="int8", cpu_threads=THREADS)
    segments, info = model.transcribe(str(wav), language="en", beam_size=1)
    text = " ".join(segment.text for segment in segments)
    assert info.duration > 1.0
    assert word_error_rate(sentence, text) <= 0.25, text

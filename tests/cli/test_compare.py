"""`hearth compare` with the real Qwen and Gemma models: the documented JSON, and a refusal before anything runs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import gguf
import pytest

from app import cli
from tests.helpers.gguf_factory import header_only

Q = gguf.GGMLQuantizationType


def far_too_large(path: Path) -> Path:
    """A header only, with the shape of a 400-billion-parameter dense model: no computer here runs it."""
    emb, ff, layers, vocab = 16384, 53248, 126, 128256
    tensors = {"token_embd.weight": ((emb, vocab), Q.Q4_K), "output.weight": ((emb, vocab), Q.Q6_K)}
    for layer in range(layers):
        tensors |= {
            f"blk.{layer}.attn_q.weight": ((emb, emb), Q.Q4_K),
            f"blk.{layer}.attn_k.weight": ((emb, 8 * 128), Q.Q4_K),
            f"blk.{layer}.attn_v.weight": ((emb, 8 * 128), Q.Q4_K),
            f"blk.{layer}.attn_output.weight": ((emb, emb), Q.Q4_K),
            f"blk.{layer}.ffn_gate.weight": ((emb, ff), Q.Q4_K),
            f"blk.{layer}.ffn_up.weight": ((emb, ff), Q.Q4_K),
            f"blk.{layer}.ffn_down.weight": ((ff, emb), Q.Q4_K),
        }
    metadata: dict[str, int | float | str | list[int]] = {
        "llama.block_count": layers,
        "llama.context_length": 8192,
        "llama.embedding_length": emb,
        "llama.feed_forward_length": ff,
        "llama.attention.head_count": 128,
        "llama.attention.head_count_kv": 8,
        "llama.vocab_size": vocab,
    }
    header_only(path, "llama", metadata, tensors)
    os.truncate(path, 230 * 10**9)  # sparse: the size the header describes, without the bytes
    return path


@pytest.mark.model
def test_json_has_a_run_per_model_and_prompt_and_each_models_medians(
    qwen_gguf: Path, gemma_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("Name a colour.\n\nName a fruit.\n", encoding="utf-8")
    argv = ["compare", "--model", str(qwen_gguf), "--model", str(gemma_gguf), "--prompts", str(prompts)]
    code = cli.main([*argv, "--max-tokens", "8", "--temperature", "0", "--seed", "1", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"runs", "models"}
    runs = document["runs"]
    assert [(r["model"], r["prompt"]) for r in runs] == [
        (str(qwen_gguf), "Name a colour."),
        (str(gemma_gguf), "Name a colour."),
        (str(qwen_gguf), "Name a fruit."),
        (str(gemma_gguf), "Name a fruit."),
    ]
    for run in runs:
        assert set(run) == {"model", "prompt", "reply", "stats", "loaded_together"}
        assert set(run["stats"]) >= {"prompt_tokens", "generated_tokens", "ttft_s", "tokens_per_second", "stop_reason"}
        assert run["reply"].strip()
        assert 0 < run["stats"]["generated_tokens"] <= 8
        assert run["loaded_together"] is True
    assert [m["model"] for m in document["models"]] == [str(qwen_gguf), str(gemma_gguf)]
    for model in document["models"]:
        assert set(model) == {"model", "median_tokens_per_second", "median_ttft_s"}
        assert model["median_tokens_per_second"] > 0
        assert model["median_ttft_s"] > 0


def test_a_model_that_cannot_run_here_is_refused_with_its_sentence_before_anything_runs(
    qwen_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = far_too_large(tmp_path / "huge.gguf")
    code = cli.main(["compare", "--model", str(qwen_gguf), "--model", str(huge), "--prompt", "hi", "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.startswith("hearth: huge.gguf: Needs about")
    assert len(captured.err.strip().splitlines()) == 1


def test_one_model_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", "--model", "a.gguf", "--prompt", "hi"]) == 2
    assert "two or three --model" in capsys.readouterr().err

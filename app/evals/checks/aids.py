"""The functions the `similar` and `llm-rubric` checks are given (`GradingAids`), made from real models: an
embedding model of the person's library, run as `embed` jobs on the model host (the path Documents uses), and a
chat model, here or on another computer, asked to judge.

A judge here answers under a grammar that forces the verdict's JSON (`VERDICT_SCHEMA`) at temperature 0, so its
verdict parses (unless its reason runs past the token limit, which the check says); another computer's server takes
no grammar, and its answer is read leniently by the check.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.documents.embedder import HostEmbedder
from app.engines.chat_types import Message, Sampling, TextDelta
from app.engines.llama.embedding import is_embedding_architecture
from app.errors import HearthError
from app.evals.checks.model_checks import VERDICT_SCHEMA, AskJudge, Embed
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.i18n import say
from app.models.gguf_info import read_file
from app.openai.tools import json_grammar
from app.responders import LocalResponder, Responder

JUDGE_MAX_TOKENS = 512  # a verdict with a reason of one sentence takes about 30


class NotAnEmbeddingModel(HearthError):
    """The model chosen for `similar` checks does not make embeddings."""


def embedder(host: ModelHost, path: Path, profile: HardwareProfile) -> Embed:
    """The embedding model at `path` as `similar` checks use it: one vector per text, from the host (loaded on first
    use, kept loaded beside the chat models)."""
    path = Path(path)
    try:
        architecture = read_file(path).architecture
    except (OSError, ValueError) as exc:
        raise NotAnEmbeddingModel(
            say("Evals", "Hearth cannot read {name} as a model file.", "evals.embedder-unreadable").format(
                name=path.name
            ),
            str(exc),
        ) from exc
    if not is_embedding_architecture(architecture):
        raise NotAnEmbeddingModel(
            say(
                "Evals",
                "{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. "
                "Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).",
                "evals.embedder-is-chat-model",
            ).format(name=path.name),
            f"architecture: {architecture}",
        )
    return HostEmbedder.of(host, path, profile).documents


def judge(responder: Responder, *, max_tokens: int = JUDGE_MAX_TOKENS) -> AskJudge:
    """`responder`'s model as the judge of `llm-rubric` checks: asked at temperature 0 (the same reply and rubric
    get the same verdict), under the verdict's grammar when it runs here."""
    grammar = json_grammar(VERDICT_SCHEMA) if isinstance(responder, LocalResponder) else None
    sampling = Sampling(temperature=0.0, max_tokens=max_tokens, seed=0)

    def ask(messages: Sequence[Message]) -> str:
        responder.prepare().result()
        job = responder.reply(list(messages), sampling, grammar=grammar)
        text = [event.text for event in job.events() if isinstance(event, TextDelta)]
        job.result()
        return "".join(text)

    return ask

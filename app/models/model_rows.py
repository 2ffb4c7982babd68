"""The library as the window lists it: each model with its header facts and, once the hardware is known, its verdict.

One listing serves every view (My Models, the chat's picker, Transcribe), so a file's header is read and judged
once per change, not once per page.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import HearthError
from app.fit.shape import from_header
from app.fit.verdict import Verdict, judge
from app.hardware import HardwareProfile
from app.models.library import Library, LibraryModel, ModelFacts

NOT_CHAT_TASKS = frozenset({"embeddings", "rerank", "transcription"})  # catalog tasks of models that cannot chat


@dataclass(frozen=True)
class ModelRow:
    model: LibraryModel
    facts: ModelFacts | None
    problem: str  # a sentence when the header cannot be read
    verdict: Verdict | None

    @property
    def can_chat(self) -> bool:
        """A text model that answers a conversation: a readable GGUF that is not an embedding model (by its header's
        architecture, or the catalog's tasks when the header does not tell); speech models never are."""
        if self.model.format != "gguf" or self.facts is None or self.facts.is_embedding:
            return False
        tasks = self.model.spec.tasks if self.model.spec is not None else ()
        return not tasks or not set(tasks) <= NOT_CHAT_TASKS


def describe_library(library: Library, profile: HardwareProfile | None) -> list[ModelRow]:
    """Reads every header: run it off the GUI thread. A damaged file gets its sentence instead of facts."""
    rows = []
    for model in library.models():
        try:
            facts = library.describe(model)
        except HearthError as exc:
            rows.append(ModelRow(model, None, exc.sentence, None))
            continue
        verdict = None
        if profile is not None and facts.header is not None:
            projector = model.mmproj.stat().st_size if model.mmproj is not None else 0  # it loads with the model
            verdict = judge(from_header(facts.header), profile, projector_bytes=projector)
        rows.append(ModelRow(model, facts, "", verdict))
    return rows

"""Whether the chosen models can stay loaded together, decided before anything loads, by the verdicts' arithmetic.

The person is told before a comparison starts when the models take turns in memory, because each turn then pays
every model's load time again; the estimate of that time is the file read at a modest disk speed, replaced by the
measured load time once a model has been loaded once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.engines.chat_types import Sampling
from app.fit.estimate import MemoryEstimate
from app.fit.verdict import Verdict
from app.hardware import HardwareProfile
from app.host import ModelHost, plan_load
from app.host.budget import MemoryBudget
from app.i18n import say
from app.providers.replies import RemoteReplies
from app.providers.service import RemoteModel
from app.responders import LocalResponder, RemoteResponder, Responder

# A cold read of a GGUF file from an ordinary SSD, page cache not counted: pessimistic on purpose.
READ_BYTES_PER_SECOND = 400 * 1024 * 1024


@dataclass(frozen=True)
class Contender:
    """One pane: a model that answers with its own settings. `name` is unique within a comparison (the same model
    may run twice with two settings), and is what results and votes are kept under.

    `estimate` is the memory the model takes on this computer; None for a model on another computer, which takes
    none of this one's memory and never changes whether the others fit together."""

    name: str
    responder: Responder
    sampling: Sampling
    estimate: MemoryEstimate | None = None

    @property
    def memory_bytes(self) -> int:
        return self.estimate.total_bytes if self.estimate is not None else 0

    @property
    def key(self) -> object:
        """What answers for this pane: two panes with the same key share one loaded model."""
        return self.responder.key

    @property
    def source(self) -> str:
        """Where the model comes from, for exports and a run's settings: its file, or NAME/MODEL_ID."""
        return self.responder.id

    @property
    def remote(self) -> RemoteModel | None:
        """The other computer's model, for the words that say where a reply was written; None for this one's."""
        return self.responder.remote if isinstance(self.responder, RemoteResponder) else None

    @property
    def path(self) -> Path | None:
        """The model file here (what a turn in memory reads again); None for another computer's model."""
        return self.responder.request.path if isinstance(self.responder, LocalResponder) else None


def remote_contender(
    queue: RemoteReplies, remote: RemoteModel, sampling: Sampling, name: str | None = None
) -> Contender:
    return Contender(name or remote.id, RemoteResponder(queue, remote), sampling)


@dataclass(frozen=True)
class RunPlan:
    together: bool
    load_seconds_each: int = 0
    sentence: str = ""  # what the person is told before it starts; "" when they stay loaded together
    unique: tuple[Contender, ...] = field(default=())  # one per loaded model (the same file twice loads once)


def plan_run(
    contenders: Sequence[Contender], budget: MemoryBudget, measured_load_s: Mapping[Path, float] | None = None
) -> RunPlan:
    unique: dict[object, Contender] = {}
    for contender in contenders:
        if contender.estimate is not None:  # another computer's model takes none of this one's memory
            unique.setdefault(contender.key, contender)
    models = tuple(unique.values())
    if len(models) <= 1 or budget.fits(c.estimate for c in models if c.estimate is not None):
        return RunPlan(together=True, unique=models)
    measured = measured_load_s or {}
    seconds = max(_load_seconds(c.path, measured) for c in models)
    each = max(1, round(seconds))
    in_turn = (
        say(
            "Compare",
            "These two do not fit together here; Hearth loads them in turn, about {each} s each.",
            "compare.two-in-turn",
        )
        if len(models) == 2
        else say(
            "Compare",
            "These {count} do not fit together here; Hearth loads them in turn, about {each} s each.",
            "compare.in-turn",
        )
    )
    sentence = in_turn.format(count=len(models), each=each)
    return RunPlan(together=False, load_seconds_each=each, sentence=sentence, unique=models)


def _load_seconds(path: Path | None, measured: Mapping[Path, float]) -> float:
    if path is None:
        return 0.0
    return measured.get(path.resolve(), path.stat().st_size / READ_BYTES_PER_SECOND if path.exists() else 1.0)


def contender_for(
    host: ModelHost,
    path: Path,
    sampling: Sampling,
    profile: HardwareProfile,
    *,
    name: str | None = None,
    context: int | None = None,
    force: bool = False,
) -> tuple[Contender, Verdict]:
    """A pane for this model file as the verdicts would load it, and the verdict (a caller refuses what does not
    run here with its sentence)."""
    planned = plan_load(Path(path), profile, context=context, force=force)
    responder = LocalResponder(host, planned.request)
    return Contender(name or Path(path).stem, responder, sampling, planned.verdict.estimate), planned.verdict

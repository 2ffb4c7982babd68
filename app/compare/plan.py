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
from app.fit.shape import from_header
from app.fit.verdict import Verdict, judge
from app.gguf_info import read_file
from app.hardware import HardwareProfile
from app.host import ModelRequest
from app.host.budget import MemoryBudget
from app.providers.service import RemoteModel

# A cold read of a GGUF file from an ordinary SSD, page cache not counted: pessimistic on purpose.
READ_BYTES_PER_SECOND = 400 * 1024 * 1024


@dataclass(frozen=True)
class Contender:
    """One pane: a model with its own settings. `name` is unique within a comparison (the same model may run
    twice with two settings), and is what results and votes are kept under.

    A model on another computer has `remote` and no request or estimate: nothing of it is loaded here, so it
    takes no memory of this computer's and never changes whether the others fit together."""

    name: str
    request: ModelRequest | None
    sampling: Sampling
    estimate: MemoryEstimate | None
    remote: RemoteModel | None = None

    @property
    def memory_bytes(self) -> int:
        return self.estimate.total_bytes if self.estimate is not None else 0

    @property
    def path(self) -> Path:
        """The model file (local contenders only)."""
        assert self.request is not None, "a model on another computer has no file here"
        return self.request.path

    @property
    def key(self) -> object:
        """What is loaded for this pane: two panes with the same key share one loaded model."""
        if self.remote is not None:
            return ("remote", self.remote.id)
        assert self.request is not None
        return self.request.key

    @property
    def source(self) -> str:
        """Where the model comes from, for exports and a run's settings: its file, or NAME/MODEL_ID."""
        return self.remote.id if self.remote is not None else self.path.name


def remote_contender(remote: RemoteModel, sampling: Sampling, name: str | None = None) -> Contender:
    return Contender(name or remote.id, None, sampling, None, remote=remote)


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
        if contender.remote is None:  # another computer's model takes none of this one's memory
            unique.setdefault(contender.key, contender)
    models = tuple(unique.values())
    if len(models) <= 1 or budget.fits(c.estimate for c in models if c.estimate is not None):
        return RunPlan(together=True, unique=models)
    measured = measured_load_s or {}
    seconds = max(
        measured.get(c.path.resolve(), c.path.stat().st_size / READ_BYTES_PER_SECOND if c.path.exists() else 1.0)
        for c in models
    )
    each = max(1, round(seconds))
    count = "These two" if len(models) == 2 else f"These {len(models)}"
    sentence = f"{count} do not fit together here; Hearth loads them in turn, about {each} s each."
    return RunPlan(together=False, load_seconds_each=each, sentence=sentence, unique=models)


def contender_for(
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
    verdict = judge(from_header(read_file(path)), profile, context)
    request = ModelRequest(Path(path), verdict.plan, force=force)
    return Contender(name or Path(path).stem, request, sampling, verdict.estimate), verdict

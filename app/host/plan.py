"""`plan_load`: the one way a client plans how a model file is loaded here, and learns the verdict with it.

Eight call sites used to plan their own `ModelRequest` (Compare without the projector, each with its own defaults),
so two clients could ask for one file under two plans, and the host judged the file again at every load. Now each
asks this function: the header comes from the shared header cache, the projector is counted when there is one, and
the request carries the verdict's memory so the host's room-making uses it as is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from app.engines.llama import vision
from app.fit.estimate import LoadPlan
from app.fit.shape import from_header
from app.fit.verdict import Verdict, judge
from app.hardware import HardwareProfile
from app.host.model_host import ModelRequest
from app.models.gguf_info import read_file


@dataclass(frozen=True)
class PlannedLoad:
    request: ModelRequest
    verdict: Verdict


def plan_load(
    model: Path,
    profile: HardwareProfile,
    *,
    context: int | None = None,
    gpu_layers: int | None = None,
    kv_type: str | None = None,
    mmproj: Path | None = None,
    force: bool = False,
    threads: int | None = None,
) -> PlannedLoad:
    """How `model` loads on the computer `profile` describes: at `context` (None: the verdict picks one that fits),
    with the person's KV cache type and GPU layers when they chose them, and `mmproj` when images are shown.

    A chosen `gpu_layers` replaces the verdict's split; the verdict (and the memory the host budgets) stays the one
    for the split the estimator chose, as the Chat page's options have always shown it."""
    model = Path(model)
    projector = vision.projector_bytes(Path(mmproj)) if mmproj is not None else 0
    settings = LoadPlan(context=context or 0, kv_type=kv_type) if kv_type else None
    verdict = judge(from_header(read_file(model)), profile, context, projector_bytes=projector, settings=settings)
    plan = verdict.plan if gpu_layers is None else replace(verdict.plan, gpu_layers=gpu_layers)
    request = ModelRequest(model, plan, profile, mmproj=mmproj, force=force, threads=threads, estimate=verdict.estimate)
    return PlannedLoad(request, verdict)

"""The first run's decisions: one sentence about this computer, and three chat models that fit it.

The screens (ui/first_run/) only show these. The three come from the same "Help me choose" logic as the guide
(app/models/guide.py), asked for everyday chat, so a first-time user and the guide never disagree; what is added here
is the wording a newcomer reads on each card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.downloads import plan as plans
from app.downloads.plan import DownloadPlan
from app.fit.advice import ModelAdvice
from app.fit.verdict import Verdict
from app.hardware.capacity import assess, usable_gpus
from app.hardware.profile import HardwareProfile
from app.i18n import Size, say
from app.models import guide
from app.models.catalog import ModelSpec, Variant
from app.units import about_gb, format_bytes

# The guide's roles, in the words of someone who has never heard of quantization.
ROLES = {
    "Quick": (
        say("Models", "Small and quick", "models.role-quick"),
        say(
            "Models", "Answers almost at once; fine for everyday questions and short texts.", "models.role-quick-about"
        ),
    ),
    "Balanced": (
        say("Models", "Balanced", "models.role-balanced"),
        say("Models", "Noticeably smarter, and still quick enough to talk with.", "models.role-balanced-about"),
    ),
    "Best here": (
        say("Models", "Best for this computer", "models.role-best"),
        say(
            "Models",
            "The most capable model that runs well here; it takes a while to load.",
            "models.role-best-about",
        ),
    ),
}


@dataclass(frozen=True)
class Pick:
    """One suggestion card: which model, which file, and why it suits this computer."""

    role: str
    why: str
    spec: ModelSpec
    variant: Variant
    verdict: Verdict

    @property
    def size_text(self) -> str:
        return f"{format_bytes(self.variant.download_bytes)} download"

    @property
    def licence_text(self) -> str:
        name = self.spec.license.name
        use = "business use allowed" if self.spec.license.commercial_use else "not for business use"
        return f"{name}, {use}" if "licen" in name.lower() else f"{name} licence, {use}"

    @property
    def verdict_text(self) -> str:
        speed = self.verdict.speed_label
        return f"{self.verdict.reason} Expected speed: {speed}." if speed else self.verdict.reason

    def download_plan(self) -> DownloadPlan:
        return plans.for_variant(self.spec, self.variant)


def three_picks(advised: Sequence[ModelAdvice]) -> list[Pick]:
    """At most three chat models that run here, smallest first; fewer when the computer holds fewer.

    The first run does not ask what the model is for, so it asks the guide as for a person's own use, where
    licences that allow any use (work included) come first while they give as many suggestions: nobody learns later
    that their first model was not theirs to use at work, and "Help me choose" names the same three models."""
    suggestions = guide.suggest(advised, "chat", commercial=False)
    picks = []
    for suggestion in suggestions:
        role, why = ROLES[suggestion.role]
        best = suggestion.advice.best
        picks.append(Pick(role, why, suggestion.advice.spec, best.variant, best.verdict))
    return picks


def default_pick(picks: Sequence[Pick]) -> int:
    """The balanced one when there are three: the smallest feels dull, the largest makes a first start slow."""
    return 1 if len(picks) == 3 else 0


def machine_summary(profile: HardwareProfile) -> str:
    """One sentence, unlike the Hardware page's headline: the first run has room for a single line."""
    capacity = assess(profile)
    gpus = usable_gpus(profile)
    memory = Size(profile.memory.total_bytes)
    on_gpu, in_memory = about_gb(capacity.gpu_model_bytes), about_gb(capacity.memory_model_bytes)
    if not gpus:
        cores = profile.cpu.physical_cores
        no_card = (
            say(
                "Models",
                "Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can "
                "use: models up to about {in_memory} run here, and small ones feel fastest.",
                "models.summary-no-card-one-core",
            )
            if cores == 1
            else say(
                "Models",
                "Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can "
                "use: models up to about {in_memory} run here, and small ones feel fastest.",
                "models.summary-no-card",
            )
        )
        return no_card.format(cores=cores, memory=memory, in_memory=in_memory)
    if all(gpu.unified_memory for gpu in gpus):
        return say(
            "Models",
            "Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it "
            "at full speed.",
            "models.summary-shared-memory",
        ).format(gpu=gpus[0].name, memory=memory, on_gpu=on_gpu)
    cards = (
        say(
            "Models",
            "Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more "
            "slowly with help from the processor.",
            "models.summary-card",
        )
        if len(gpus) == 1
        else say(
            "Models",
            "Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about "
            "{in_memory} more slowly with help from the processor.",
            "models.summary-cards",
        )
    )
    return cards.format(gpu=gpus[0].name, count=len(gpus), on_gpu=on_gpu, in_memory=in_memory)

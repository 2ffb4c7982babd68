"""This computer as Hearth judges it: one hardware profile and the whole catalog's verdicts for it, together.

Every view that shows catalog models needs the verdicts (Discover's cards, the first run's picks, the guide), and
judging the catalog takes a noticeable fraction of a second, so they are computed once per profile and that one
result is shared; a snapshot keeps the profile beside them, so no view can show verdicts of another scan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from app.fit.advice import ModelAdvice, advise_all
from app.hardware.profile import HardwareProfile
from app.models.catalog import Catalog


@dataclass(frozen=True)
class MachineSnapshot:
    profile: HardwareProfile
    advice: tuple[ModelAdvice, ...]  # every catalog model, recommended first

    @cached_property
    def by_model(self) -> Mapping[str, ModelAdvice]:
        return {advice.spec.id: advice for advice in self.advice}


def judge_catalog(catalog: Catalog, profile: HardwareProfile) -> MachineSnapshot:
    return MachineSnapshot(profile, tuple(advise_all(catalog.models, profile)))

"""The first run and "Help me choose" suggest the same models for the same computer (issue 23): both come from
app/models/guide.py's `suggest`, and the guide's "for myself" answer keeps to licences that allow any use while those
give as many suggestions, as the first run does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.fit.advice import advise_all
from app.hardware import HardwareProfile
from app.models import catalog, guide
from app.models.first_run import three_picks
from tests.locations import DATA_DIR

PROFILES = sorted((DATA_DIR / "profiles").glob("*.json"))


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_the_first_run_and_the_guide_suggest_the_same_balanced_model(path: Path) -> None:
    advised = advise_all(catalog.default().models, HardwareProfile.from_dict(json.loads(path.read_text())))
    first_run = [pick.spec.id for pick in three_picks(advised)]
    for_myself = [s.advice.spec.id for s in guide.suggest(advised, "chat", commercial=False)]
    assert first_run == for_myself
    balanced = [s.advice.spec.id for s in guide.suggest(advised, "chat", commercial=False) if s.role == "Balanced"]
    assert balanced == (first_run[1:2] if len(first_run) == 3 else [])


def test_for_myself_widens_the_choice_only_where_it_adds_a_model() -> None:
    tiny = HardwareProfile.from_dict(json.loads(PROFILES[0].read_text()))
    advised = advise_all(catalog.default().models, tiny)
    business = guide.suggest(advised, "chat", commercial=True)
    anyone = guide.suggest(advised, "chat", commercial=False)
    assert len(anyone) >= len(business)
    assert all(s.advice.spec.license.commercial_use for s in business)

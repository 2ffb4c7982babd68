"""The first run's choices on recorded machines: three chat models that fit, in a newcomer's words."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from app import settings
from app.fit.advice import advise_all
from app.hardware import HardwareProfile
from app.models import catalog, first_run
from tests.locations import DATA_DIR

PROFILES = DATA_DIR / "profiles"
CATALOG = catalog.load()


def profile(name: str) -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / f"{name}.json").read_text()))


def picks_for(name: str) -> list[first_run.Pick]:
    return first_run.three_picks(advise_all(CATALOG.models, profile(name)))


@pytest.mark.parametrize("machine", sorted(p.stem for p in PROFILES.glob("*.json")))
def test_three_chat_models_that_run_here_smallest_first(machine: str) -> None:
    picks = picks_for(machine)
    assert [p.role for p in picks] == ["Small and quick", "Balanced", "Best for this computer"]
    assert all(p.spec.tasks[0] == "chat" and p.verdict.runs for p in picks)
    assert all(p.spec.license.commercial_use for p in picks)  # fine for work too: the first run does not ask
    sizes = [p.variant.download_bytes for p in picks]
    assert sizes == sorted(sizes)
    assert len(set(sizes)) == 3


def test_a_small_laptop_gets_models_that_fit_its_memory() -> None:
    """Judged by the memory each pick needs here (a hybrid like Qwen 3.5 4B needs less than its download suggests:
    a KV cache on a quarter of its layers), not by download size."""
    laptop = profile("laptop-8gb-no-gpu")
    picks = first_run.three_picks(advise_all(CATALOG.models, laptop))
    assert all(p.verdict.estimate.total_bytes <= laptop.memory.available_bytes for p in picks)
    assert all("processor" in p.verdict_text for p in picks)


def test_other_licences_fill_in_when_no_model_for_any_use_runs_here() -> None:
    advised = advise_all(CATALOG.models, profile("desktop-rtx3060-12gb-32gb"))
    personal_only = [a for a in advised if not a.spec.license.commercial_use]
    picks = first_run.three_picks(personal_only)
    assert picks
    assert picks[0].licence_text.endswith(", not for business use")


def test_each_card_says_size_licence_and_why_it_fits() -> None:
    pick = picks_for("desktop-rtx3060-12gb-32gb")[0]
    assert pick.size_text.endswith(" download")
    assert "MB" in pick.size_text
    assert pick.licence_text == "Apache-2.0 licence, business use allowed"
    assert pick.verdict_text.startswith("Needs about")
    assert "Expected speed:" in pick.verdict_text
    assert pick.why


def test_a_licence_named_a_licence_is_not_called_a_licence_licence() -> None:
    picks = picks_for("apple-m2-16gb")
    assert picks[2].licence_text == "Llama 3.1 Community License, business use allowed"


def test_the_download_is_the_catalog_file_of_the_pick() -> None:
    pick = picks_for("laptop-8gb-no-gpu")[0]
    plan = pick.download_plan()
    assert (plan.catalog_id, plan.quantization) == (pick.spec.id, pick.variant.quantization)
    assert [f.name for f in plan.files] == [f.name for f in pick.variant.files]


def test_the_balanced_model_is_chosen_unless_there_are_fewer_than_three() -> None:
    picks = picks_for("laptop-8gb-no-gpu")
    assert first_run.default_pick(picks) == 1
    assert first_run.default_pick(picks[:2]) == 0
    assert first_run.default_pick([]) == 0


def test_a_machine_that_runs_nothing_gets_no_picks() -> None:
    tiny = profile("laptop-8gb-no-gpu")
    tiny = dataclasses.replace(tiny, memory=dataclasses.replace(tiny.memory, available_bytes=100 * 1024**2))
    assert first_run.three_picks(advise_all(CATALOG.models, tiny)) == []


@pytest.mark.parametrize(
    ("machine", "words"),
    [
        ("laptop-8gb-no-gpu", ["4 processor cores", "7.7 GB of memory", "no graphics card", "about 2.5 GB"]),
        ("desktop-rtx3060-12gb-32gb", ["Your NVIDIA GeForce RTX 3060 runs", "about 10 GB", "about 24 GB"]),
        ("workstation-2x-rtx4090-128gb", ["Your 2 graphics cards run", "about 44 GB"]),
        ("apple-m2-16gb", ["Your Apple M2", "shares its 16.0 GB", "about 9.6 GB"]),
    ],
)
def test_the_machine_in_one_sentence(machine: str, words: list[str]) -> None:
    sentence = first_run.machine_summary(profile(machine))
    assert sentence.endswith(".")
    assert re.search(r"[.;!?]\s+[A-Z]", sentence) is None
    for word in words:
        assert word in sentence


def test_first_run_done_is_remembered(tmp_path: Path) -> None:
    store = settings.SettingsStore(tmp_path)
    assert store.current.first_run_done is False
    store.update(first_run_done=True)
    assert settings.load(tmp_path).first_run_done is True

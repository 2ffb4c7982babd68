"""Drafting pays or it goes: the pacer's rule within a reply and the record's rule across replies."""

from __future__ import annotations

import json
from pathlib import Path

from app.engines.llama.prompt_lookup import PromptLookup
from app.engines.llama.speedup import JUDGE_AFTER, MAX_DRAFT, PAUSE_TOKENS, PLAIN_PROBES, Pacer, Tally, grounded
from app.engines.llama.speedup_record import MIN_DRAFT_TOKENS, MIN_PLAIN_TOKENS, RECORD_FILE, SpeedupRecord, record_key


def tally(draft_tokens: int, draft_seconds: float, plain_tokens: int, plain_seconds: float) -> Tally:
    return Tally(
        drafted=draft_tokens,
        accepted=draft_tokens // 2,
        draft_steps=max(1, draft_tokens // 3),
        draft_tokens=draft_tokens,
        draft_seconds=draft_seconds,
        plain_tokens=plain_tokens,
        plain_seconds=plain_seconds,
    )


def copying_pacer() -> Pacer:
    """A reply that repeats its prompt: every step has a draft."""
    return Pacer(PromptLookup([1, 2, 3, 4, 5, 6, 7, 8] * 20))


def test_a_short_prompt_is_not_material_to_copy() -> None:
    assert not grounded(40)  # "Write a poem about the sea." with its template
    assert grounded(2000)  # a transcript to summarise


def test_the_pacer_measures_plain_steps_before_it_drafts() -> None:
    pacer = copying_pacer()
    for _ in range(PLAIN_PROBES):
        assert pacer.draft(8) == []
        pacer.plain_step(0.03)
    first = min(4, MAX_DRAFT)  # the draft length starts at 4 (or the longest allowed), then follows the acceptance
    assert pacer.draft(8) == [1, 2, 3, 4][:first]


def test_drafting_pauses_within_a_reply_when_its_tokens_come_slower_and_is_tried_again_later() -> None:
    pacer = copying_pacer()
    for _ in range(PLAIN_PROBES):
        pacer.plain_step(0.030)  # 33 tokens/s
    for _ in range(JUDGE_AFTER):
        assert pacer.drafting
        assert pacer.draft(8)
        pacer.draft_step(drafted=4, accepted=0, produced=1, seconds=0.060)  # 17 tokens/s: every draft missed
    assert not pacer.drafting
    assert pacer.draft(8) == []
    assert pacer.tally.gain() < 1
    for _ in range(PAUSE_TOKENS - 1):
        pacer.plain_step(0.030)
        assert pacer.draft(8) == []
    pacer.plain_step(0.030)
    assert pacer.drafting
    assert pacer.draft(8)  # a fresh try: the next stretch may copy more
    assert not pacer.tally.stopped  # only an inexact check stops drafting for the whole reply


def test_an_inexact_check_stops_drafting_for_the_rest_of_the_reply() -> None:
    pacer = copying_pacer()
    for _ in range(PLAIN_PROBES):
        pacer.plain_step(0.030)
    assert pacer.needs_check(300)
    pacer.checked(300, exact=True)
    assert not pacer.needs_check(500)  # the same cache size class (257 to 512 cells)
    assert pacer.needs_check(513)
    pacer.checked(513, exact=False)
    assert pacer.tally.inexact
    assert pacer.tally.stopped
    assert pacer.draft(8) == []


def test_drafting_goes_on_while_it_pays_and_drafts_grow() -> None:
    pacer = Pacer(PromptLookup(list(range(1000))))  # a long passage the reply copies
    for token in range(PLAIN_PROBES):
        pacer.took(token)
        pacer.plain_step(0.030)
    lengths = []
    for _ in range(3 * JUDGE_AFTER):
        draft = pacer.draft(64)
        lengths.append(len(draft))
        for token in [*draft, draft[-1] + 1]:  # the draft kept whole, then the model's own next token
            pacer.took(token)
        pacer.draft_step(drafted=len(draft), accepted=len(draft), produced=len(draft) + 1, seconds=0.045)
    assert pacer.drafting
    assert lengths[0] == min(4, MAX_DRAFT)
    assert max(lengths) == pacer.length.longest
    assert pacer.tally.gain() > 1.5  # three tokens per 45 ms step against one per 30 ms


def test_the_record_turns_a_slower_model_off_for_good(hearth_home: Path) -> None:
    record = SpeedupRecord()
    key = "model.gguf|1|here"
    assert record.allows(key)
    slower = tally(
        draft_tokens=MIN_DRAFT_TOKENS // 2, draft_seconds=10.0, plain_tokens=MIN_PLAIN_TOKENS, plain_seconds=0.5
    )
    assert not record.add(key, slower).off  # one reply is not enough to judge
    assert record.allows(key)
    assert record.add(key, slower).off  # now both kinds of step are counted enough, and drafting is slower
    assert not record.allows(key)
    faster = tally(draft_tokens=10 * MIN_DRAFT_TOKENS, draft_seconds=1.0, plain_tokens=1000, plain_seconds=100.0)
    assert record.add(key, faster).off  # off stays off
    assert SpeedupRecord().get(key).off  # remembered in the file
    assert (hearth_home / "config" / RECORD_FILE).is_file()


def test_a_model_that_gains_stays_on_and_each_model_has_its_own_entry(hearth_home: Path) -> None:
    record = SpeedupRecord()
    gains = tally(
        draft_tokens=2 * MIN_DRAFT_TOKENS, draft_seconds=4.0, plain_tokens=2 * MIN_PLAIN_TOKENS, plain_seconds=1.5
    )
    assert not record.add("fast.gguf", gains).off
    loses = tally(
        draft_tokens=2 * MIN_DRAFT_TOKENS, draft_seconds=40.0, plain_tokens=2 * MIN_PLAIN_TOKENS, plain_seconds=1
    )
    assert record.add("slow.gguf", loses).off
    assert record.allows("fast.gguf")
    assert not record.allows("slow.gguf")


def test_a_reply_that_did_not_draft_changes_nothing(hearth_home: Path) -> None:
    record = SpeedupRecord()
    record.add("m", Tally(plain_tokens=100, plain_seconds=3.0))
    assert not (hearth_home / "config" / RECORD_FILE).exists()


def test_a_damaged_record_is_a_fresh_start(hearth_home: Path) -> None:
    path = hearth_home / "config" / RECORD_FILE
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert SpeedupRecord().allows("m")
    path.write_text(json.dumps({"models": {"m": {"off": "maybe"}, "n": {"draft_tokens": 1}}}), encoding="utf-8")
    assert SpeedupRecord().allows("m")
    assert SpeedupRecord().allows("n")


def test_the_key_names_the_model_the_machine_where_it_runs_and_the_cache_settings(tmp_path: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"x" * 10)
    on_cpu, on_gpu = record_key(model, 0), record_key(model, 99)
    assert on_cpu.startswith("m.gguf|10|")
    assert on_cpu != on_gpu
    assert record_key(model, 0, "q8_0", True) not in (on_cpu, record_key(model, 0, "q8_0", False))


def test_an_inexact_check_turns_the_model_off_and_checked_sizes_are_remembered(hearth_home: Path) -> None:
    record = SpeedupRecord()
    assert record.add("m", Tally(checked_up_to=512)).checked_up_to == 512  # a check alone is kept
    assert record.allows("m")
    assert SpeedupRecord().get("m").checked_up_to == 512
    assert SpeedupRecord().add("m", Tally(checked_up_to=1024)).checked_up_to == 1024
    assert SpeedupRecord().add("m", Tally(inexact=True)).off
    assert not SpeedupRecord().allows("m")
    assert SpeedupRecord().get("m").inexact

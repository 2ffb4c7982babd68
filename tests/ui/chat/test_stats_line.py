"""The reply's numbers line under a chat reply (a ui function, so outside the headless core's tests)."""

from __future__ import annotations

from app.engines.chat_types import ReplyStats
from ui.chat.message_view import stats_line


def test_the_numbers_line_says_when_drafting_was_used_and_what_it_gave() -> None:
    plain = ReplyStats(generated_tokens=80, tokens_per_second=35.0, ttft_s=0.4)
    assert "drafted" not in stats_line(plain)
    drafted = ReplyStats(
        generated_tokens=80, tokens_per_second=52.0, ttft_s=0.4, drafted_tokens=60, accepted_tokens=45, speedup=1.48
    )
    line = stats_line(drafted)
    assert "45 of 60 drafted tokens kept" in line
    assert "1.48×" in line


def test_one_token_is_one_token() -> None:
    assert stats_line(ReplyStats(generated_tokens=1)) == "1 token"
    assert stats_line(ReplyStats(generated_tokens=2)).startswith("2 tokens")

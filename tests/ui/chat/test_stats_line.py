"""The reply's numbers line under a chat reply (a ui function, so outside the headless core's tests)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

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


def test_the_numbers_line_says_how_much_of_the_prompt_came_back_from_memory() -> None:
    reused = ReplyStats(prompt_tokens=2461, prompt_tokens_reused=2430, generated_tokens=80, ttft_s=0.4)
    before = QLocale()
    QLocale.setDefault(QLocale("en"))  # as the window sets it for its language (ui/shared/i18n.py)
    try:
        assert "2,430 of 2,461 prompt tokens reused" in stats_line(reused)
        assert "reused" not in stats_line(ReplyStats(prompt_tokens=2461, generated_tokens=80))
    finally:
        QLocale.setDefault(before)

"""The one rule for text that may still become a marker, used by stop strings, thinking and tool calls."""

from app.engines.held_back import held_back, release


def test_the_end_that_may_become_a_marker_waits():
    assert held_back("Hello </th", ["</think>"]) == 4
    assert held_back("Hello <", ["</think>", "<tool_call>"]) == 1
    assert held_back("Hello", ["</think>"]) == 0
    assert held_back("", ["</think>"]) == 0


def test_the_longest_waiting_end_wins_across_markers():
    assert held_back("say <tool", ["<t", "<tool_call>"]) == 5


def test_release_cuts_at_the_earliest_stop_string_and_drops_the_rest():
    assert release("one two STOP three", ["three", "STOP"]) == ("one two ", "", True)


def test_release_holds_a_partial_stop_and_shows_the_rest():
    assert release("one two ST", ["STOP"]) == ("one two ", "ST", False)
    assert release("plain", []) == ("plain", "", False)
    assert release("plain", [""]) == ("plain", "", False)

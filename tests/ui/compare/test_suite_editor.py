"""The suite editor and the Checks tab around it, like a person uses them: a prompt with a table of values and two
checks written in plain words, tried on a sample reply, saved as one case per row and listed; a suite loaded back
into the same prompt; a run's results saved as CSV. No model: the results are graded by hand from fixed replies."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.evals import own_suites
from app.evals.cases import Case, Check, Reply, Suite
from app.evals.checks import grade
from app.evals.store import EvalResult, EvalRun
from app.evals.tables import tables
from app.hardware import probe
from app.host import ModelHost
from tests.helpers.prompter import ScriptedPrompter
from ui.compare.checks_panel import OWN, AidChoice, ChecksPanel, RunOutcome, grading_aids
from ui.compare.suite_editor import SuiteEditor
from ui.compare.suite_editor_kinds import BY_KEY


def choose_kind(row: object, key: str) -> None:
    box = row.kind_box  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData(key))


def test_write_a_prompt_with_a_table_and_two_checks_try_it_and_save_it_as_one_case_per_row(qtbot: QtBot) -> None:
    prompter = ScriptedPrompter()
    panel = ChecksPanel(prompter=prompter)
    qtbot.addWidget(panel)
    editor = panel.open_editor(None)
    assert editor.name_edit.text() == "My suite"
    form = editor.form
    assert not form.variables.isVisible()
    qtbot.keyClicks(form.prompt_edit, "What is the capital of {{country}}? One word.")
    variables = form.variables
    assert variables.columns == ["country"]
    assert len(variables.rows) == 1
    variables.table.item(0, 0).setText("France")
    variables.add_button.click()
    variables.table.item(1, 0).setText("Italy")
    assert variables.paste("country\nSpain\n") == 1  # a spreadsheet's rows, its header row skipped
    variables.remove_row()
    assert variables.values() == ({"country": "France"}, {"country": "Italy"})

    form.add_check_button.click()
    first = form.check_rows[0]
    choose_kind(first, "icontains")
    qtbot.keyClicks(first.value_edit, "{{capital}}")  # a value from the table: a second column appears
    assert variables.columns == ["country", "capital"]
    variables.table.item(0, 1).setText("Paris")
    variables.table.item(1, 1).setText("Rome")
    form.add_check_button.click()
    second = form.check_rows[1]
    choose_kind(second, "regex")
    qtbot.keyClicks(second.value_edit, "([A-Z]")
    assert second.problem_label.isVisibleTo(editor)
    assert "not a regular expression" in second.problem_label.text()  # problem()'s sentence, as it is typed
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert editor.isVisible()
    assert "Prompt 1, row 1" in editor.problem.text()

    second.value_edit.clear()
    qtbot.keyClicks(second.value_edit, r"^\w+\.?$")
    assert not second.problem_label.isVisibleTo(editor)
    variables.table.setCurrentCell(0, 0)
    form.sample.setPlainText("Paris.")
    assert first.outcome_label.text().startswith("✓ Passes")
    assert "Paris" in first.outcome_label.text()
    assert second.outcome_label.text().startswith("✓ Passes")
    form.sample.setPlainText("It is Paris, of course.")
    assert second.outcome_label.text().startswith("✗ Fails")
    assert form.sample_summary.text().startswith("This reply fails: 1 of 2 checks")
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    controls = [widget for kind in kinds for widget in editor.findChildren(kind)]
    inner = (QAbstractSpinBox, QAbstractItemView)  # a spin box's own line edit, a table's headers
    unnamed = [
        w for w in controls if not w.accessibleName() and not isinstance(w.parent(), inner) and w.window() is editor
    ]
    assert len(controls) > 10
    assert unnamed == []

    editor.name_edit.setText("Capitals")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert not editor.isVisible()
    lines = [json.loads(line) for line in own_suites.path_of("Capitals").read_text(encoding="utf-8").splitlines()]
    assert [line["vars"] for line in lines] == [
        {"country": "France", "capital": "Paris"},
        {"country": "Italy", "capital": "Rome"},
    ]
    assert lines[0]["checks"] == [
        {"type": "icontains", "value": "{{capital}}"},
        {"type": "regex", "value": r"^\w+\.?$"},
    ]
    assert panel.chosen_origin() == OWN
    assert panel.chosen() is not None
    assert panel.chosen().name == "Capitals"
    assert panel.edit_button.text() == "Edit…"

    # Loading groups the two cases back into one prompt with two rows; saving again changes nothing.
    again = panel.open_editor(panel.chosen(), own=True)
    assert len(again.prompts) == 1
    assert again.form.variables.values() == tuple(
        {"country": c, "capital": p} for c, p in (("France", "Paris"), ("Italy", "Rome"))
    )
    before = own_suites.path_of("Capitals").read_bytes()
    again.buttons.button(again.buttons.StandardButton.Save).click()
    assert own_suites.path_of("Capitals").read_bytes() == before
    assert prompter.asked == []


def test_a_loaded_suite_keeps_tools_and_unknown_checks_and_cancel_asks_before_throwing_edits_away(
    qtbot: QtBot,
) -> None:
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}
    written = {"type": "javascript", "value": "output.length > 3", "metric": "m"}
    suite = Suite(
        "ready",
        (
            Case("Weather in {{city}}?", {"city": "Oslo"}, (Check("tool-call", "get_weather"),), tools=(tool,)),
            Case("Weather in {{city}}?", {"city": "Rome"}, (Check("tool-call", "get_weather"),), tools=(tool,)),
            Case("Say hi", checks=(Check("javascript", "output.length > 3", raw=written), Check("latency", 2500))),
        ),
    )
    prompter = ScriptedPrompter([False, True])
    editor = SuiteEditor(suite, None, prompter)
    qtbot.addWidget(editor)
    editor.open()
    assert editor.windowTitle() == "Edit a copy of “ready”"
    assert editor.name_edit.text() == "ready (my copy)"
    assert [len(p.rows) for p in editor.prompts] == [2, 0]
    assert "get_weather" in editor.form.tools_note.text()
    editor.choose(1)
    unknown, latency = editor.form.check_rows
    assert unknown.fixed_type.isVisibleTo(editor)
    assert unknown.value_edit.isReadOnly()
    assert latency.value_edit.text() == "2.5"
    assert latency.kind is BY_KEY["latency"]
    latency.value_edit.setText("")
    qtbot.keyClicks(latency.value_edit, "1.5")
    editor.form.sample.setPlainText("Hello there")
    assert "does not run" in unknown.outcome_label.text()
    assert latency.outcome_label.text().startswith("✓ Passes")  # a pasted reply takes no time

    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()  # answered No: the edits stay
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert not editor.isVisible()
    assert [asked.kind for asked in prompter.asked] == ["ask_yes_no", "ask_yes_no"]

    saved = own_suites.save("kept", own_suites.cases_of([*editor.prompts]))
    assert saved.cases[0].tools == (tool,)
    assert saved.cases[2].checks[0].raw == written
    assert saved.cases[2].checks[1].to_json() == {"type": "latency", "value": 1500}


def test_the_checks_tab_saves_a_runs_results_as_csv_and_says_why_when_it_cannot(qtbot: QtBot, tmp_path: Path) -> None:
    case = Case("Name a colour.", checks=(Check("icontains", "blue"),))
    run = EvalRun(1, "colours", "f", (case,), ("A", "B"), 1, 7, {}, {}, finished=True)
    results = tuple(
        EvalResult(model, 0, 0, 7, Reply(text), grade(case, Reply(text)))
        for model, text in (("A", "Blue."), ("B", "Red."))
    )
    target = tmp_path / "results.csv"
    prompter = ScriptedPrompter([target])
    panel = ChecksPanel(prompter=prompter)
    qtbot.addWidget(panel)
    assert not panel.save_button.isEnabled()
    panel.show_tables(RunOutcome(run, results, tables(run, results)))
    assert panel.save_button.isEnabled()
    assert panel.tables["Real work"].rowCount() == 2
    panel.save_button.click()
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["model"], row["passed"], row["reply"]) for row in rows] == [
        ("A", "True", "Blue."),
        ("B", "False", "Red."),
    ]
    assert prompter.asked[0].kind == "save_file"
    assert prompter.asked[0].text.endswith("colours results.csv")
    assert str(target) in panel.sentence.text()
    assert not panel.save_results(tmp_path / "results.txt")
    assert ".csv, .json or .html" in panel.sentence.text()
    assert not panel.save_results(tmp_path / "missing" / "folder" / "results.html")
    assert panel.sentence.text().startswith("Hearth could not write")


def test_the_optional_checks_models_are_chosen_in_the_tab_and_become_the_runs_aids(
    qtbot: QtBot, host: ModelHost, qwen_gguf: Path, minilm_gguf: Path
) -> None:
    """The library's embedding models go to the "similar" box, its chat models to the judge's; the choice becomes
    the run's GradingAids (made on the worker; nothing is asked of a model here)."""
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_aid_models([("Qwen", qwen_gguf, False), ("MiniLM", minilm_gguf, True)])
    assert [panel.embedder_box.itemText(i) for i in range(panel.embedder_box.count())] == [
        "No embedding model",
        "MiniLM",
    ]
    assert [panel.judge_box.itemText(i) for i in range(panel.judge_box.count())] == ["No judge", "Qwen"]
    assert grading_aids(panel.aid_choice(), host, probe(qwen_gguf.parent)) is None  # none chosen: listed, not counted
    panel.embedder_box.setCurrentIndex(1)
    panel.judge_box.setCurrentIndex(1)
    assert panel.aid_choice() == AidChoice(minilm_gguf, qwen_gguf)
    made = grading_aids(panel.aid_choice(), host, probe(qwen_gguf.parent))
    assert made is not None
    assert made.embed is not None
    assert made.judge is not None
    panel.set_aid_models([("Qwen", qwen_gguf, False), ("MiniLM", minilm_gguf, True)])  # listed again: choices stay
    assert panel.aid_choice() == AidChoice(minilm_gguf, qwen_gguf)

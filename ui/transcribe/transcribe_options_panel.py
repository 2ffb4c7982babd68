"""The Transcribe page's Options: language, task, silence filter, word times, fast mode, vocabulary, beam size.

Hidden until asked for: the defaults suit most recordings. What it holds is read once per recording, when it is
added to the queue (or run again), so changing it never alters an item already waiting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QLineEdit, QSpinBox, QWidget

from app.engines.whisper.options import DEFAULT_BEAM_SIZE, LANGUAGE_NAMES, MAX_BEAM_SIZE, TranscribeOptions


class TranscribeOptionsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.language = QComboBox()
        self.language.addItem("Detect the language", "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.task = QComboBox()
        self.task.addItem("Write down what is said", "transcribe")
        self.task.addItem("Translate it to English", "translate")
        self.vad = QCheckBox("Skip silence and noise (fewer invented sentences)")
        self.vad.setChecked(True)
        self.word_times = QCheckBox("Time every word (tighter subtitles, a little slower)")
        self.fast = QCheckBox("Fast mode (several parts at once; subtitle times are approximate without word times)")
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText("Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)")
        self.beam = QSpinBox()
        self.beam.setRange(1, MAX_BEAM_SIZE)
        self.beam.setValue(DEFAULT_BEAM_SIZE)
        self.beam.setToolTip("How many guesses Whisper weighs at each step: more is a little better and slower")
        form = QFormLayout(self)
        form.setContentsMargins(18, 12, 18, 12)
        form.addRow("Language", self.language)
        form.addRow("Task", self.task)
        form.addRow("", self.vad)
        form.addRow("", self.word_times)
        form.addRow("", self.fast)
        form.addRow("Vocabulary", self.prompt)
        form.addRow("Beam size", self.beam)
        self.hide()

    def options(self) -> TranscribeOptions:
        return TranscribeOptions(
            language=self.language.currentData(),
            task=self.task.currentData(),
            vad=self.vad.isChecked(),
            word_timestamps=self.word_times.isChecked(),
            initial_prompt=self.prompt.text().strip(),
            beam_size=self.beam.value(),
            fast=self.fast.isChecked(),
        )

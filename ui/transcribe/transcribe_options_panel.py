"""The Transcribe page's Options: language, task, silence filter, word times, fast mode, vocabulary, beam size.

Hidden until asked for: the defaults suit most recordings. What it holds is read once per recording, when it is
added to the queue (or run again), so changing it never alters an item already waiting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QSpinBox, QWidget

from app.engines.whisper.options import DEFAULT_BEAM_SIZE, LANGUAGE_NAMES, MAX_BEAM_SIZE, TranscribeOptions


class TranscribeOptionsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.language = QComboBox()
        self.language.addItem("", "")  # "Detect the language", in the chosen language
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.task = QComboBox()
        self.task.addItem("", "transcribe")
        self.task.addItem("", "translate")
        self.vad = QCheckBox()
        self.vad.setChecked(True)
        self.word_times = QCheckBox()
        self.fast = QCheckBox()
        self.prompt = QLineEdit()
        self.beam = QSpinBox()
        self.beam.setRange(1, MAX_BEAM_SIZE)
        self.beam.setValue(DEFAULT_BEAM_SIZE)
        self.labels = {field: QLabel() for field in (self.language, self.task, self.prompt, self.beam)}
        form = QFormLayout(self)
        form.setContentsMargins(18, 12, 18, 12)
        form.addRow(self.labels[self.language], self.language)
        form.addRow(self.labels[self.task], self.task)
        form.addRow("", self.vad)
        form.addRow("", self.word_times)
        form.addRow("", self.fast)
        form.addRow(self.labels[self.prompt], self.prompt)
        form.addRow(self.labels[self.beam], self.beam)
        for field, label in self.labels.items():
            label.setBuddy(field)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.labels[self.language].setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language of the recording"))
        self.language.setItemText(0, self.tr("Detect the language"))
        self.labels[self.task].setText(self.tr("Task"))
        self.task.setAccessibleName(self.tr("Task"))
        self.task.setItemText(0, self.tr("Write down what is said"))
        self.task.setItemText(1, self.tr("Translate it to English"))
        self.vad.setText(self.tr("Skip silence and noise (fewer invented sentences)"))
        self.word_times.setText(self.tr("Time every word (tighter subtitles, a little slower)"))
        self.fast.setText(
            self.tr("Fast mode (several parts at once; subtitle times are approximate without word times)")
        )
        for box in (self.vad, self.word_times, self.fast):
            box.setAccessibleName(box.text())
        self.labels[self.prompt].setText(self.tr("Vocabulary"))
        self.prompt.setPlaceholderText(
            self.tr("Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)")
        )
        self.prompt.setAccessibleName(self.tr("Vocabulary: names and terms to spell right"))
        self.labels[self.beam].setText(self.tr("Beam size"))
        self.beam.setToolTip(
            self.tr("How many guesses Whisper weighs at each step: more is a little better and slower")
        )
        self.beam.setAccessibleName(self.tr("Beam size"))

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

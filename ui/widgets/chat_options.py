"""The Chat page's Options panel: the system prompt, every sampling setting, and how the model is loaded.

A preset (Precise, Balanced, Creative) fills the sampling fields; the user may then change any of them, and
`sampling()` reads what is on screen. Context and GPU layers apply at the next load ("Automatic" = the verdict's).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QFrame, QPlainTextEdit, QSpinBox, QWidget

from app.engines.chat_types import PRESETS, Sampling
from app.fit.estimate import LoadPlan
from app.fit.shape import from_header
from app.fit.verdict import judge
from app.gguf_info import read_file
from app.hardware import HardwareProfile

SAFER_CONTEXT = 4096


class ChatOptions(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText("System prompt: how the model should behave (optional)")
        self.system_prompt.setFixedHeight(60)
        self.temperature = _decimal(0.0, 2.0, 0.1)
        self.top_p = _decimal(0.05, 1.0, 0.05)
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 500)
        self.min_p = _decimal(0.0, 1.0, 0.01)
        self.repeat_penalty = _decimal(1.0, 2.0, 0.05)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 32768)
        self.context = QSpinBox()
        self.context.setRange(0, 262144)
        self.context.setSingleStep(1024)
        self.context.setSpecialValueText("Automatic")
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText("Automatic")
        form = QFormLayout(self)
        form.addRow("System prompt", self.system_prompt)
        form.addRow("Temperature", self.temperature)
        form.addRow("Top-p", self.top_p)
        form.addRow("Top-k", self.top_k)
        form.addRow("Min-p", self.min_p)
        form.addRow("Repeat penalty", self.repeat_penalty)
        form.addRow("Longest reply (tokens)", self.max_tokens)
        form.addRow("Context (tokens)", self.context)
        form.addRow("Layers on the graphics card", self.gpu_layers)

    def apply_preset(self, key: str) -> None:
        sampling = PRESETS[key]
        self.temperature.setValue(sampling.temperature)
        self.top_p.setValue(sampling.top_p)
        self.top_k.setValue(sampling.top_k)
        self.min_p.setValue(sampling.min_p)
        self.repeat_penalty.setValue(sampling.repeat_penalty)
        self.max_tokens.setValue(sampling.max_tokens)

    def sampling(self, preset: str) -> Sampling:
        """The preset's settings as the user left them on screen."""
        return replace(
            PRESETS[preset],
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            min_p=self.min_p.value(),
            repeat_penalty=self.repeat_penalty.value(),
            max_tokens=self.max_tokens.value(),
        )

    def load_plan(self, path: Path, mmproj: Path | None, profile: HardwareProfile | None) -> LoadPlan:
        """The verdict's plan for this computer (the vision companion's memory counted), with the person's
        overrides from these fields."""
        context = self.context.value() or None
        projector = mmproj.stat().st_size if mmproj is not None and mmproj.is_file() else 0
        plan = LoadPlan(context=context or SAFER_CONTEXT, projector_bytes=projector)
        if profile is not None:
            plan = judge(from_header(read_file(path)), profile, context, projector_bytes=projector).plan
        if self.gpu_layers.value() >= 0:
            plan = replace(plan, gpu_layers=self.gpu_layers.value())
        return plan

    def choose_safer_load(self, crashed: LoadPlan | None) -> None:
        """After a start that died while loading: the processor only, and a context no longer than SAFER_CONTEXT."""
        self.gpu_layers.setValue(0)
        self.context.setValue(min(crashed.context, SAFER_CONTEXT) if crashed else SAFER_CONTEXT)


def _decimal(low: float, high: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    return box

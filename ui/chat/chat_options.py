"""The Chat page's Options panel: the system prompt, every sampling setting, and how the model is loaded.

A preset (Precise, Balanced, Creative) fills the sampling fields; the user may then change any of them, and
`sampling()` reads what is on screen. Context, GPU layers and the KV cache type apply at the next load
("Automatic" = the verdict's). Under them the panel shows what the model being loaded needs with these settings and
the verdict for this computer, recomputed as the fields change, so a person sees a long context fit (or not) as
they choose q8_0 rather than after a failed load.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.engines.chat_types import PRESETS, Sampling
from app.engines.llama.speedup import DRAFTING
from app.errors import HearthError
from app.fit.estimate import LoadPlan, estimate, kv_bytes
from app.fit.shape import ModelShape, from_header
from app.fit.verdict import context_label, judge
from app.hardware import HardwareProfile
from app.hardware.capacity import usable_gpus
from app.host import plan_load
from app.i18n import localized
from app.models.gguf_info import read_file
from ui.shared.i18n import format_size

SAFER_CONTEXT = 4096
EXPLAINED = {  # a line for each setting whose name says little to most people
    "top_p": QT_TRANSLATE_NOOP(
        "ChatOptions",
        "Top-p: the model picks only among its likeliest next words that together make up this share; "
        "lower is more focused, 1 leaves every word in.",
    ),
    "top_k": QT_TRANSLATE_NOOP(
        "ChatOptions", "Top-k: the model picks only among this many likeliest next words; 0 leaves every word in."
    ),
    "min_p": QT_TRANSLATE_NOOP(
        "ChatOptions",
        "Min-p: leaves out words far less likely than the likeliest one (this share of its chance); "
        "higher is more focused, 0 turns it off.",
    ),
    "repeat_penalty": QT_TRANSLATE_NOOP(
        "ChatOptions",
        "Repeat penalty: above 1, words the reply has just used become less likely, so it repeats "
        "itself less; 1 turns it off.",
    ),
    "kv_type": QT_TRANSLATE_NOOP(
        "ChatOptions",
        "Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs "
        "about half the memory, so a long context fits where it would not; replies change very little.",
    ),
    "gpu_layers": QT_TRANSLATE_NOOP(
        "ChatOptions",
        "Layers on the graphics card: how many of the model's layers run on the graphics card (faster); "
        "the rest run on the processor. Automatic puts as many as fit.",
    ),
}
KV_TYPES = (
    (QT_TRANSLATE_NOOP("ChatOptions", "Standard (f16)"), "f16"),
    (QT_TRANSLATE_NOOP("ChatOptions", "Smaller, for long context (q8_0)"), "q8_0"),
)


class ChatOptions(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setTabChangesFocus(True)  # a form field: Tab goes on to the next one
        self.system_prompt.setFixedHeight(60)
        self.temperature = _decimal(0.0, 2.0, 0.1)
        self.top_p = _decimal(0.05, 1.0, 0.05)
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 500)
        self.min_p = _decimal(0.0, 1.0, 0.01)
        self.repeat_penalty = _decimal(1.0, 2.0, 0.05)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 32768)
        self.speedup = QCheckBox()
        self.speedup.setChecked(Sampling().speedup)
        self.context = QSpinBox()
        self.context.setRange(0, 262144)
        self.context.setSingleStep(1024)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setValue(-1)  # the verdict's layers (a spin box starts at 0: every layer on the processor)
        self.kv_type = QComboBox()
        for label, key in KV_TYPES:
            self.kv_type.addItem(QCoreApplication.translate("ChatOptions", label), key)
        self.memory = QLabel()  # what the model being loaded needs with these settings, and the verdict
        self.memory.setObjectName("Muted")
        self.memory.setWordWrap(True)
        self.memory.hide()
        self._model: tuple[Path, Path | None, HardwareProfile | None, ModelShape] | None = None
        self._form = form = QFormLayout(self)
        for field in (self.system_prompt, self.temperature, self.top_p, self.top_k, self.min_p, self.repeat_penalty):
            form.addRow(_buddy(field), field)
        form.addRow(_buddy(self.max_tokens), self.max_tokens)
        form.addRow(self.speedup)
        self.speedup.setVisible(DRAFTING)  # a switch that changes nothing while drafting is off in this build
        form.addRow(_buddy(self.context), self.context)
        form.addRow(_buddy(self.gpu_layers), self.gpu_layers)
        self._gpu_label = form.labelForField(self.gpu_layers)
        form.addRow(_buddy(self.kv_type), self.kv_type)
        form.addRow(self.memory)
        self._explained = {
            "top_p": self.top_p,
            "top_k": self.top_k,
            "min_p": self.min_p,
            "repeat_penalty": self.repeat_penalty,
            "kv_type": self.kv_type,
            "gpu_layers": self.gpu_layers,
        }
        self.retranslate()
        for box in (self.context, self.gpu_layers):
            box.valueChanged.connect(self.on_load_setting_changed)
        self.kv_type.currentIndexChanged.connect(self.on_load_setting_changed)
        self.set_profile(None)  # until the scan has found a graphics card that can take layers

    def retranslate(self) -> None:
        """Each field's label (and accessible name), its explanation, and the memory line as it stands."""
        names: tuple[tuple[QWidget, str], ...] = (
            (self.system_prompt, self.tr("System prompt")),
            (self.temperature, self.tr("Temperature")),
            (self.top_p, self.tr("Top-p")),
            (self.top_k, self.tr("Top-k")),
            (self.min_p, self.tr("Min-p")),
            (self.repeat_penalty, self.tr("Repeat penalty")),
            (self.max_tokens, self.tr("Longest reply (tokens)")),
            (self.context, self.tr("Context (tokens)")),
            (self.gpu_layers, self.tr("Layers on the graphics card")),
            (self.kv_type, self.tr("Conversation memory")),
        )
        for field, name in names:
            field.setAccessibleName(name)
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(name)
        for key, field in self._explained.items():
            explained = QCoreApplication.translate("ChatOptions", EXPLAINED[key])
            field.setToolTip(explained)
            field.setAccessibleDescription(explained)
            if (label := self._form.labelForField(field)) is not None:
                label.setToolTip(explained)
        self.system_prompt.setPlaceholderText(self.tr("System prompt: how the model should behave (optional)"))
        self.speedup.setText(self.tr("Speed up replies that quote the prompt"))
        self.speedup.setToolTip(
            self.tr(
                "When a reply repeats words from your message or documents (a summary, a list of action items, an "
                "edited text), Hearth guesses several words at once and checks them. The reply is the same; it "
                "only arrives sooner. Hearth turns this off by itself for a model where it does not pay."
            )
        )
        self.context.setSpecialValueText(self.tr("Automatic"))
        self.gpu_layers.setSpecialValueText(self.tr("Automatic"))
        for index in range(self.kv_type.count()):
            label = next((label for label, key in KV_TYPES if key == self.kv_type.itemData(index)), "")
            self.kv_type.setItemText(index, QCoreApplication.translate("ChatOptions", label))
        self.on_load_setting_changed()

    def set_profile(self, profile: HardwareProfile | None) -> None:
        """Layers on the graphics card are offered only where a graphics card can take them."""
        usable = profile is not None and profile.llama.gpu_offload_supported and bool(usable_gpus(profile))
        self.gpu_layers.setVisible(usable)
        if self._gpu_label is not None:
            self._gpu_label.setVisible(usable)

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
            speedup=self.speedup.isChecked(),
        )

    def load_plan(self, path: Path, mmproj: Path | None, profile: HardwareProfile | None) -> LoadPlan:
        """The verdict's plan for this computer (the vision companion's memory counted), with the person's
        overrides from these fields. The panel then shows this model's needs as its fields change."""
        self.show_model(path, mmproj, profile)
        if self._model is None:  # no file to read (another computer's model): the fields alone
            return LoadPlan(context=self.context.value() or SAFER_CONTEXT, kv_type=self.kv_cache_type())
        return self._plan(*self._model[:3])

    def show_model(self, path: Path, mmproj: Path | None, profile: HardwareProfile | None) -> None:
        """Show what this model needs with the settings on screen (read from its header once, not per change)."""
        if not path.is_file():
            self._model = None
            self.memory.hide()
            return
        if self._model is None or self._model[:3] != (path, mmproj, profile):
            self._model = (path, mmproj, profile, from_header(read_file(path)))
        self.on_load_setting_changed()

    def kv_cache_type(self) -> str:
        return str(self.kv_type.currentData())

    @Slot()
    def on_load_setting_changed(self) -> None:
        if self._model is None:
            return
        path, mmproj, profile, shape = self._model
        try:
            plan = self._plan(path, mmproj, profile)
        except (HearthError, OSError, ValueError) as exc:  # the file went away or changed meanwhile
            self.memory.setText(
                self.tr("Cannot estimate this model's memory: {reason}").format(
                    reason=exc.message if isinstance(exc, HearthError) else exc
                )
            )
        else:
            self.memory.setText(_memory_words(shape, plan, profile))
        self.memory.show()

    def _plan(self, path: Path, mmproj: Path | None, profile: HardwareProfile | None) -> LoadPlan:
        context = self.context.value() or None
        layers = self.gpu_layers.value() if self.gpu_layers.value() >= 0 else None
        if profile is not None:  # the plan every client makes: app/host/plan.py
            kv_type = self.kv_cache_type()
            return plan_load(
                path, profile, context=context, gpu_layers=layers, kv_type=kv_type, mmproj=mmproj
            ).request.plan
        projector = mmproj.stat().st_size if mmproj is not None and mmproj.is_file() else 0
        plan = LoadPlan(context=context or SAFER_CONTEXT, projector_bytes=projector, kv_type=self.kv_cache_type())
        return plan if layers is None else replace(plan, gpu_layers=layers)

    def choose_safer_load(self, crashed: LoadPlan | None) -> None:
        """After a start that died while loading: the processor only, and a context no longer than SAFER_CONTEXT."""
        self.gpu_layers.setValue(0)
        self.context.setValue(min(crashed.context, SAFER_CONTEXT) if crashed else SAFER_CONTEXT)


def _memory_words(shape: ModelShape, plan: LoadPlan, profile: HardwareProfile | None) -> str:
    """The verdict for this plan, or without a scan of this computer the estimate alone, and the share that is
    the conversation's memory (the part the KV cache type changes)."""
    conversation = QCoreApplication.translate("ChatOptions", "Conversation memory ({kind}): {size}.").format(
        kind=plan.kv_type, size=format_size(kv_bytes(shape, plan))
    )
    if profile is None:
        need = format_size(estimate(shape, plan).total_bytes)
        return QCoreApplication.translate("ChatOptions", "Needs about {size} with {context} context. {memory}").format(
            size=need, context=context_label(plan.context), memory=conversation
        )
    verdict = judge(shape, profile, plan.context, projector_bytes=plan.projector_bytes, settings=plan)
    return QCoreApplication.translate("ChatOptions", "{verdict}. {reason} {memory}").format(
        verdict=localized(verdict.label), reason=localized(verdict.reason), memory=conversation
    )


def _buddy(field: QWidget) -> QLabel:
    """A field's label (its text is set in `retranslate`), which names it for screen readers and Alt+letter."""
    label = QLabel()
    label.setBuddy(field)
    return label


def _decimal(low: float, high: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    return box

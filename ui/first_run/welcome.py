"""The welcome screen: what Hearth is, in one line, and three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.resources import app_icon
from ui.shared.elided import ElidedComboBox
from ui.shared.i18n import LANGUAGES


class ChoiceButton(QPushButton):
    """A large button with a title and a line of explanation: a newcomer reads what each way leads to."""

    def __init__(self, primary: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunChoicePrimary" if primary else "FirstRunChoice")
        self.heading = QLabel()
        self.heading.setObjectName("FirstRunChoiceTitle")
        self.explanation = QLabel()
        self.explanation.setObjectName("FirstRunChoiceDetail")
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(2)
        for label in (self.heading, self.explanation):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            layout.addWidget(label)
        self.setMinimumHeight(72)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # A push button sizes itself from its own text, which is empty here: its size is its labels', wrapped to the width
    # it is given, so a longer language or a larger text makes it taller instead of cutting the explanation.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(72, self.layout().heightForWidth(width))

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(72, self.heightForWidth(hint.width())))

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def set_texts(self, title: str, detail: str) -> None:
        """The title and its line of explanation, already translated (the screen's `retranslate` sets them)."""
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.heading.setText(title)
        self.explanation.setText(detail)


class WelcomeScreen(QWidget):
    find_requested = Signal()
    have_models_requested = Signal()
    transcribe_requested = Signal()
    language_chosen = Signal(str)  # a code of ui.shared.i18n.LANGUAGES: the whole window switches at once

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        self.title = QLabel()
        self.title.setObjectName("FirstRunTitle")
        self.title.setWordWrap(True)
        brand = QHBoxLayout()
        brand.setSpacing(16)
        brand.addWidget(logo)
        brand.addWidget(self.title, 1)
        self.language = ElidedComboBox()  # first, before a word is read: each language by its own name
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        brand.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        self.lead = QLabel()
        self.lead.setObjectName("FirstRunLead")
        self.lead.setWordWrap(True)
        self.question = QLabel()
        self.question.setObjectName("FirstRunQuestion")
        self.find_button = ChoiceButton(primary=True)
        self.have_models_button = ChoiceButton()
        self.transcribe_button = ChoiceButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(brand)
        layout.addWidget(self.lead)
        layout.addSpacing(10)
        layout.addWidget(self.question)
        for button in (self.find_button, self.have_models_button, self.transcribe_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.find_button.clicked.connect(self.find_requested)
        self.have_models_button.clicked.connect(self.have_models_requested)
        self.transcribe_button.clicked.connect(self.transcribe_requested)
        self.retranslate()

    def show_language(self, code: str) -> None:
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(max(self.language.findData(code), 0))

    def retranslate(self) -> None:
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Hearth's language; Settings can change it later"))
        self.title.setText(self.tr("Welcome to Hearth"))
        self.lead.setText(
            self.tr(
                "Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, "
                "and once a model is here it works offline."
            )
        )
        self.question.setText(self.tr("How would you like to start?"))
        self.find_button.set_texts(
            self.tr("Find a model for this computer"),
            self.tr("Hearth looks at your hardware and suggests three chat models that run well on it."),
        )
        self.have_models_button.set_texts(
            self.tr("I already have models"),
            self.tr("Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache."),
        )
        self.transcribe_button.set_texts(
            self.tr("Transcribe a file"),
            self.tr("Turn a recording or a video into text and subtitles, made on this computer."),
        )

"""Labels and combo boxes that cut a long text with an ellipsis and keep the whole of it in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox, QStylePainter, QWidget
from superqt import QElidingLabel


class ElidedLabel(QElidingLabel):
    """superqt's eliding label, whose cut text would otherwise leave no way to read the rest: the whole text is
    its tooltip whenever it had to be cut."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._explain()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._explain()

    def _explain(self) -> None:
        elided = QLabel.text(self) != self.text()  # QLabel holds the text as drawn, text() the whole one
        self.setToolTip(self.text() if elided else "")


class ElidedComboBox(QComboBox):
    """A combo box that cuts its current text with an ellipsis, as QComboBox::paintEvent draws it otherwise: the
    style clips a long label mid-letter, which reads as a drawing fault rather than a name too long to show. It
    asks for room for a short name only, not for its longest item, so a long model name or a longer language never
    pushes its page wider than the window; the list that opens shows the whole names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText,
            Qt.TextElideMode.ElideRight,
            field.width() - 2,  # the label is drawn 1 px in
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

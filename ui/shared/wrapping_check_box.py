"""A check box whose text wraps: a long setting ("Keep the token in a file only I can read, …") in a language 40 %
longer than English would otherwise push its card, and the page, wider than the window. It is still a QCheckBox
(the same signals, `text()`, keyboard and screen-reader behaviour); only its size and painting follow the width
it is given."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

PREFERRED_TEXT_WIDTH = 560  # px at the usual text size: a comfortable line before it wraps


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> tuple[int, int]:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        width = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        return width, spacing

    def _text_rect(self, width: int) -> QRect:
        indicator, spacing = self._indicator()
        room = max(width - indicator - spacing, 1)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextShowMnemonic)
        return self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), flags, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._text_rect(width).height(), super().sizeHint().height())

    def sizeHint(self) -> QSize:
        indicator, spacing = self._indicator()
        scale = self.fontMetrics().height() / 17  # the preferred line grows with the text size
        width = min(super().sizeHint().width(), indicator + spacing + round(PREFERRED_TEXT_WIDTH * scale))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        indicator, spacing = self._indicator()
        widest = max((self.fontMetrics().horizontalAdvance(word) for word in self.text().split()), default=0)
        width = indicator + spacing + widest
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator, spacing = self._indicator()
        line = self.fontMetrics().height()
        option.rect = QRect(0, max((line - indicator) // 2, 0), indicator, indicator)
        option.text = ""
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter, self)
        if self.hasFocus():
            focus = QStyleOptionButton(option)
            focus.rect = option.rect.adjusted(-2, -2, 2, 2)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)
        text = QRect(indicator + spacing, 0, self.width() - indicator - spacing, self.height())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextShowMnemonic) | int(Qt.AlignmentFlag.AlignLeft)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(text, flags, self.text())

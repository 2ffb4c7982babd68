"""The one way a page asks the person something in a dialog: yes or no, a file or files to open, a folder, where to
save, a line or a few lines of text.

Pages and widgets receive a `Prompter` in their constructor (the real one by default) and never call Qt's static
dialogs themselves, so a test hands in a double with scripted answers (tests/helpers/prompter.py) and asserts on
what was asked. Each method returns what was chosen, or None / [] / False when the person cancelled.

A yes/no question is asked before what cannot be undone (deleting, removing, quitting mid-work, a load or a download
that will not fit): its safe answer, No, is what Enter and Escape give.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Prompter:
    """Asks with Qt's standard dialogs."""

    def ask_yes_no(self, parent: QWidget, title: str, text: str) -> bool:
        """True only when the person chose Yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget, caption: str, folder: str = "", kinds: str = "") -> Path | None:
        """One existing file; `kinds` is Qt's filter ("Prompts (*.txt *.jsonl)")."""
        chosen, _ = QFileDialog.getOpenFileName(parent, caption, folder, kinds)
        return Path(chosen) if chosen else None

    def open_files(self, parent: QWidget, caption: str, folder: str = "", kinds: str = "") -> list[Path]:
        """Existing files, [] when cancelled."""
        chosen, _ = QFileDialog.getOpenFileNames(parent, caption, folder, kinds)
        return [Path(p) for p in chosen]

    def choose_folder(self, parent: QWidget, caption: str, folder: str = "") -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, caption, folder)
        return Path(chosen) if chosen else None

    def save_file(self, parent: QWidget, caption: str, suggested: str = "", kinds: str = "") -> Path | None:
        """Where to write a file; the dialog asks before an existing one is replaced."""
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, kinds)
        return Path(chosen) if chosen else None

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        """One line, starting as `text`; None when cancelled."""
        answer, ok = QInputDialog.getText(parent, title, label, text=text)
        return answer if ok else None

    def ask_lines(self, parent: QWidget, title: str, label: str) -> str | None:
        """A few lines of text; None when cancelled."""
        answer, ok = QInputDialog.getMultiLineText(parent, title, label)
        return answer if ok else None

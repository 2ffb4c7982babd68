"""Where one feature hands the person on to another: named ways through the window, so the composition root
connects a page's wish ("continue this comparison in Chat") to one slot here instead of a lambda that switches the
page and then calls into another page's insides.

Each slot shows the page it goes to, then asks that page to show what was asked for, by the page's own public
methods; no feature imports another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot

from app.hub_search.links import HubLink
from app.messages import MessageBridge
from app.models.library import LibraryModel
from app.transcription.transcription_queue import MEDIA_SUFFIXES
from ui.chat.chat_handoff import ChatHandoff
from ui.main_window import MainWindow


class Navigator(QObject):
    """A child of the window: it lives as long as the pages it moves between."""

    def __init__(self, window: MainWindow, messages: MessageBridge) -> None:
        super().__init__(window)
        self.window = window
        self.pages = window.pages
        self.messages = messages

    @Slot(str)
    def show_page(self, key: str) -> None:
        self.window.show_page(key)

    @Slot()
    def show_discover(self) -> None:
        self.window.show_page("discover")

    @Slot()
    def show_settings(self) -> None:
        self.window.show_page("settings")

    @Slot(int, str)
    def open_chat(self, conversation_id: int, library_id: str) -> None:
        """A conversation, with the model it should go on with (a comparison continued in Chat)."""
        self.window.show_page("chat")
        self.pages.chat.open_conversation(conversation_id)
        self.pages.chat.models.choose(library_id)

    @Slot(object)
    def chat_with(self, model: LibraryModel) -> None:
        self.window.show_page("chat")
        self.pages.chat.models.choose(model.id)

    @Slot(object)
    def chat_with_file(self, path: Path) -> None:
        """A model just downloaded: chosen once the chat's picker lists it (ui/chat/chat_handoff.py)."""
        self.window.show_page("chat")
        ChatHandoff(self.pages.chat, path)

    @Slot(str, str, str)
    def start_chat_with(self, title: str, text: str, prompt: str) -> None:
        """A new conversation that starts from a text (a transcript) and a ready prompt."""
        self.window.show_page("chat")
        self.pages.chat.start_conversation_with(title, text, prompt)

    @Slot(list)
    def open_compare(self, catalog_ids: list[str]) -> None:
        """Catalog models side by side (the guide's "Compare these"), those installed here."""
        self.window.show_page("compare")
        self.pages.compare.compare_catalog_models(catalog_ids)

    @Slot(list)
    def open_dropped(self, dropped: list[Path]) -> None:
        """Files dropped on the window: recordings go to Transcribe; model files and folders to My Models."""
        recordings = [p for p in dropped if p.suffix.lower() in MEDIA_SUFFIXES and not p.is_dir()]
        models = [p for p in dropped if p not in recordings]
        if models:
            self.pages.models.import_paths(models)
            self.window.show_page("models")
        if recordings:
            self.pages.transcribe.add_paths(recordings)
            self.window.show_page("transcribe")

    @Slot(object)
    def open_hub_link(self, link: HubLink) -> None:
        """A Hugging Face "Use this model" link: Discover shows the repository, its quantizations judged for this
        computer. Nothing is downloaded."""
        self.window.show_page("discover")
        self.pages.discover.show_hub_repository(link.repo, link.file)
        if link.file:
            text = self.tr(
                "Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to."
            ).format(repository=link.repo, file=link.file)
        else:
            text = self.tr(
                "Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to."
            ).format(repository=link.repo)
        self.messages.info(text, link.url())

    @Slot(str)
    def show_downloads(self, _download_id: str = "") -> None:
        """Shown when a download is asked for, never on its progress: Ctrl+J must be able to hide it while one
        runs."""
        self.window.show_downloads()

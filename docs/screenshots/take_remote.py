"""The README's screenshot of a chat with a model on another computer: `remote-chat.png`.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_remote.py

llama-cpp-python's own OpenAI-compatible server with the Qwen test model on 127.0.0.1 stands for the other
computer (tests/helpers/llama_server.py); the real window, in a fresh Hearth home, adds it as "desk", chooses its
model, and asks one question. The reply in the picture is that server's real reply.
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
from app.providers import Providers  # noqa: E402
from tests import assets  # noqa: E402
from tests.helpers.llama_server import LlamaServer  # noqa: E402
from ui.application import build_services, build_window, create_qapplication  # noqa: E402
from ui.workers import Workers  # noqa: E402


def _wait(signal: object, timeout_ms: int = 900_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(__file__).parent / "remote-chat.png"
    with tempfile.TemporaryDirectory() as home, LlamaServer(assets.qwen_gguf()) as server:
        os.environ[paths.HOME_ENV] = home
        hearth_paths = paths.resolve().ensure()
        Providers(hearth_paths.config, lambda: False).add("desk", server.url)
        app = create_qapplication(["hearth"])
        services = build_services(hearth_paths, Workers())
        window = build_window(services)
        window.resize(1100, 720)
        window.show()
        window.show_page("chat")
        chat = window.pages["chat"]
        picker = chat.model_picker  # type: ignore[attr-defined]
        index = next(i for i in range(picker.count()) if (c := picker.choice_at(i)) is not None and c.remote)
        picker.setCurrentIndex(index)
        chat.on_model_picked(index)  # type: ignore[attr-defined]
        _wait(chat.model_loaded)  # type: ignore[attr-defined]
        chat.options.temperature.setValue(0.0)  # type: ignore[attr-defined]
        chat.options.max_tokens.setValue(60)  # type: ignore[attr-defined]
        chat.composer.text.setPlainText("Write a Python function that checks whether a number is prime.")  # type: ignore[attr-defined]
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

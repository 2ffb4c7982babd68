"""The README's screenshot of the Settings page's Local server card: `server-card.png`.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_server.py

The real window in a fresh Hearth home, the server turned on through Settings with the Qwen test model served from
the models folder; the openai client asks one question, so the request log has a real line.
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
from tests import assets  # noqa: E402
from ui.application import build_services, build_window, create_qapplication  # noqa: E402
from ui.workers import Workers  # noqa: E402


def _wait(signal: object, timeout_ms: int = 600_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(__file__).parent / "server-card.png"
    with tempfile.TemporaryDirectory() as home:
        os.environ[paths.HOME_ENV] = home
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        hearth_paths = paths.resolve().ensure()
        qwen = assets.qwen_gguf()
        app = create_qapplication(["hearth"])
        services = build_services(hearth_paths, Workers())
        services.library.library.import_path(qwen)
        window = build_window(services)
        window.resize(1100, 800)
        window.show()
        window.show_page("settings")
        page = window.pages["settings"]
        card = page.server  # type: ignore[attr-defined]
        state = card.state
        services.settings.update(**{"server_enabled": True})
        if not state.running:
            _wait(state.running_changed)
        import openai

        models = state._server.models.all()
        with openai.OpenAI(base_url=state.base_url, api_key="x", max_retries=0) as client:
            client.chat.completions.create(
                model=models[0].id,
                messages=[{"role": "user", "content": "Say hello."}],
                max_tokens=8,
                temperature=0,
            )
        app.processEvents()
        _wait(state.request_logged, 2000)
        scroll = page.layout().itemAt(0).widget()
        scroll.ensureWidgetVisible(card)
        app.processEvents()
        QTimer.singleShot(300, app.quit)
        app.exec()
        window.grab().save(str(out))
        state.stop()
        window.close()
        services.shutdown()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

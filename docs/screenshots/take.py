"""Refresh the README's screenshots from the real app: `make screenshots` runs this under Xvfb.

Opens the real window on this machine, waits for the hardware scan, and saves each page named on the command
line (default: hardware) as docs/screenshots/<page>.png, in both the light and the dark palette. "chat" and
"vision" are the Chat page after a real conversation, the second about a picture (it needs a model that sees);
"transcribe" is the Transcribe page after three recordings were dropped on it (it needs a Whisper model).
"compare" is the Compare page after two models of the library answered one prompt; "compare-leaderboard" its
leaderboard after a two-prompt set was run and one blind vote cast.

Four shots are staged, so they show the same thing on every machine: "remote-chat" (a chat with a model on
another computer, llama-cpp-python's own server with the Qwen test model on 127.0.0.1 standing for it, once its
reply has finished), "compare-remote" (Compare with that model in one pane, marked as leaving this computer, and
the same model loaded here in the other, both answering one prompt), "server-card" (Settings' Local server card
running, one real request from the openai client in its log) and "documents-answer" (the test corpus indexed on
the Documents page, the Chat page answering one question from it with its sources). "hub-search" and "hub-repo" are
Discover's "Search Hugging Face" against the test suite's Hub look-alike on 127.0.0.1 (tests/helpers/hf_server.py)
as the mirror in Settings: the results for "coder" (the listing figures are the look-alike's), then the Qwen test
model's repository, judged for this machine from its real header. "compare-check-editor" is the suite editor of
Compare's Checks tab with a check being written: a table of values, two checks, a sample reply and each check's
verdict on it (no model runs; the dialog is taken, not the window). They run in a fresh Hearth
home seeded with the test suite's models (rebuilt from their pinned PyPI packages), never the person's own; named
beside other shots, they run in a second process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from ui import theme
from ui.application import Services, build_services, build_window, create_qapplication, open_first_run
from ui.chat.chat_composer import prepare_pictures
from ui.chat.chat_page import ChatPage
from ui.main_window import MainWindow
from ui.models.guide_dialog import GuideDialog
from ui.workers import Workers

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).parent
    pages = argv[1:] or ["hardware"]
    staged = [page for page in pages if page in STAGED]
    if staged and len(staged) < len(pages):  # one QApplication per process, and a home of their own
        subprocess.run([sys.executable, __file__, str(out), *staged], check=True)
        pages = [page for page in pages if page not in STAGED]
    with ExitStack() as stack:
        if staged and pages == staged:
            _fresh_home(stack, staged)
        return _shoot_pages(out, pages)


def _shoot_pages(out: Path, pages: list[str]) -> int:
    app = create_qapplication(["hearth"])
    workers = Workers()
    services = build_services(paths.resolve().ensure(), workers)
    window = build_window(services)
    window.resize(1100, 720)
    window.show()

    conversations: dict[str, int | None] = {}  # shot name -> the conversation it shows

    def shoot() -> None:
        """Run from the event loop: a failure must end it (and so this process, closing the staged server) with
        the traceback, not leave the window waiting for ever."""
        try:
            take()
        except BaseException:
            traceback.print_exc()
            app.exit(1)
        else:
            app.quit()

    def take() -> None:
        for page in [p for p in pages if p in STAGED]:  # staged once, then taken in both palettes
            window.resize(1100, 720)  # a stage may make the window taller for what it shows
            shown = STAGED[page](window)  # a page's name, or a dialog open over the window
            for dark in (False, True):
                theme.set_dark(app, dark)
                window.downloads_dock.hide()
                if isinstance(shown, str):
                    window.show_page(shown)
                _settle()
                (window if isinstance(shown, str) else shown).grab().save(
                    str(out / f"{page}{'-dark' if dark else ''}.png")
                )
            if not isinstance(shown, str):
                shown.close()
        for dark in (False, True):
            theme.set_dark(app, dark)
            suffix = "-dark" if dark else ""
            for page in [p for p in pages if p not in STAGED]:
                if page == "guide":
                    _shoot_guide(window, out / f"guide{suffix}.png")
                    continue
                if page == "first-run":
                    _shoot_first_run(services, window, out / f"first-run{suffix}.png")
                    continue
                if page in ("compare", "compare-leaderboard"):
                    _shoot_compare(window, page, out / f"{page}{suffix}.png", done=conversations)
                    continue
                if page in CONVERSATIONS:
                    chat = window.pages.chat
                    if page not in conversations:
                        CONVERSATIONS[page](window)
                        conversations[page] = chat.conversation_id
                    elif conversations[page] not in (None, chat.conversation_id):
                        chat.open_conversation(conversations[page])
                if page == "transcribe" and page not in conversations:
                    _transcribe(window)
                    conversations[page] = None
                # My Models with the downloads panel open, showing whatever the queue holds; the others without it.
                window.downloads_dock.setVisible(page == "models")
                window.show_page("chat" if page in CONVERSATIONS else page)
                app.processEvents()
                window.grab().save(str(out / f"{page}{suffix}.png"))

    # Shoot once both the catalog verdicts and My Models' list (headers read on a worker) are ready. Once only:
    # the library refreshes again while shots are staged (an import, a collection), and a second round of shots
    # started from inside the first one's waits would take them over.
    ready = {"advice": False, "models": False, "shooting": False}

    def mark(key: str) -> None:
        ready[key] = True
        if ready["advice"] and ready["models"] and not ready["shooting"]:
            ready["shooting"] = True
            QTimer.singleShot(300, shoot)

    window.pages.discover.advice_ready.connect(lambda: mark("advice"))
    window.pages.models.refreshed.connect(lambda: mark("models"))
    window.pages.hardware.rescan()
    code = app.exec()
    services.close()  # as ui/application.py's main ends
    return code


def _settle(ms: int = 300) -> None:
    """Let layouts, a palette change and queued signals take effect before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(signal: object, timeout_ms: int = 180_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _wait_for_models(page: object) -> None:
    """A page lists the library's models from a worker: wait for the first, if none is listed yet."""
    picker = page.model_picker  # type: ignore[attr-defined]
    if picker.count() == 0:
        _wait(picker.model().rowsInserted, 60_000)


def _converse(window: MainWindow) -> None:
    """A real conversation with the first model of the library (the Qwen test model when it is there). The
    system prompt shows it, by one example, how to reason inside <think> tags first; the small Qwen model follows
    that at temperature 0, and Hearth folds the reasoning into the thinking section."""
    chat = window.pages.chat
    window.show_page("chat")
    _wait_for_models(chat)
    if chat.model_picker.count() == 0:
        print("no model in the library (hearth import one): the chat screenshot shows an empty chat")
        return
    chat.models.on_model_picked(0)
    _wait(chat.model_loaded)
    chat.options.temperature.setValue(0.0)
    chat.options.max_tokens.setValue(220)
    chat.options.system_prompt.setPlainText(
        "You always reply in two parts. First your private reasoning between <think> and </think>, then the "
        "answer. Example:\n<think>The user wants X. I will do Y.</think>\nHere is Y."
    )
    chat.composer.text.setPlainText("Write a Python function that checks whether a number is prime.")
    chat.send()
    _wait(chat.reply_finished)
    # After a reply the header says only "Ready". Loading the model again gives what someone sees who opens this
    # chat after choosing the model, the header's longest line: the context it loaded with, and how fast.
    chat.models.load(chat.model_picker.currentData())
    _wait(chat.model_loaded)


def _converse_about_a_picture(window: MainWindow) -> None:
    """A real conversation about a picture with the first model of the library that can see. With the test pair
    (the Qwen test model and its random-weight projector, tests/helpers/mmproj_factory.py) the picture really
    reaches the model, but the reply cannot be about it."""
    chat = window.pages.chat
    window.show_page("chat")
    _wait_for_models(chat)
    choices = [chat.model_picker.itemData(i) for i in range(chat.model_picker.count())]
    seeing = [i for i, choice in enumerate(choices) if getattr(choice, "mmproj", None) is not None]
    if not seeing:
        print("no model that sees images in the library: the vision screenshot shows an empty chat")
        return
    chat.new_conversation()
    chat.model_picker.setCurrentIndex(seeing[0])
    chat.models.on_model_picked(seeing[0])
    _wait(chat.model_loaded)
    chat.options.temperature.setValue(0.0)
    chat.options.max_tokens.setValue(60)
    chat.options.system_prompt.setPlainText("")
    picture = Path(tempfile.mkdtemp()) / "harbour at sunset.png"
    _draw_harbour(picture)
    chat.composer.on_pictures_prepared(prepare_pictures([picture]))
    chat.composer.text.setPlainText("What is in this picture?")
    chat.send()
    _wait(chat.reply_finished)


def _draw_harbour(path: Path) -> None:
    """A picture drawn here (no photo is shipped): sky, sun, sea and a boat."""
    width, height = 640, 420
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(260):
        draw.line([(0, y), (width, y)], fill=(250 - y // 4, 150 - y // 3, 90 + y // 3))
    draw.ellipse([410, 150, 510, 250], fill=(255, 214, 120))
    for y in range(260, height):
        draw.line([(0, y), (width, y)], fill=(30, 70 + (y - 260) // 4, 120 + (y - 260) // 3))
    draw.polygon([(170, 300), (330, 300), (300, 335), (195, 335)], fill=(90, 50, 40))
    draw.line([(250, 300), (250, 200)], fill=(70, 40, 30), width=5)
    draw.polygon([(254, 205), (254, 290), (320, 290)], fill=(245, 240, 230))
    image.save(path)


CONVERSATIONS = {"chat": _converse, "vision": _converse_about_a_picture}


def _transcribe(window: MainWindow) -> None:
    """Three recordings dropped on the Transcribe page: the test suite's two-minute espeak-ng meeting, its speech
    over noise, and a text file named .mp3 (refused with its reason); the meeting's transcript is shown."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.helpers.speech import speech_set

    page = window.pages.transcribe
    window.show_page("transcribe")
    _wait_for_models(page)
    if page.model_picker.count() == 0:
        print("no Whisper model in the library (hearth import one): the Transcribe screenshot shows an empty page")
        return
    speech = speech_set()
    folder = Path(tempfile.mkdtemp(prefix="hearth-recordings-"))
    names = {
        "team-meeting.wav": speech.long.path,
        "street-interview.wav": speech.noisy.path,
        "notes.mp3": speech.text_as_mp3,
    }
    for name, source in names.items():
        (folder / name).write_bytes(source.read_bytes())
    page.add_paths([folder / name for name in names])
    while page.controller.queue.next_waiting() or page.controller.busy():
        _wait(page.controller.item_changed, 5_000)
    page.queue_list.setCurrentRow(page.queue_list.count() - 3)


def _shoot_guide(window: MainWindow, path: Path) -> None:
    """The "Help me choose" guide at its last step: chat, personal use."""
    page = window.pages.discover
    assert page.profile is not None
    dialog = GuideDialog([page.advice[i] for i in page.order], page.profile, window)
    dialog.show()
    dialog.goal_buttons["chat"].click()
    dialog.next_button.click()
    dialog.next_button.click()
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.close()


def _shoot_compare(window: MainWindow, shot: str, path: Path, done: dict[str, int | None]) -> None:
    """The first two chat models of the library, side by side, with real replies; then a set and a vote."""
    compare = window.pages.compare
    window.downloads_dock.hide()
    window.show_page("compare")
    panes = compare.panes
    if panes[0].picker.count() < 2:
        _wait(compare.library.changed, 60_000)
    if "compare" not in done:
        done["compare"] = None
        for index, pane in enumerate(panes[:2]):
            pane.picker.setCurrentIndex(min(index, pane.picker.count() - 1))
            pane.temperature.setValue(0.0)
            pane.max_tokens.setValue(90)
        compare.send("Name three colours, in one sentence.")
        _wait(compare.reply_finished)
    if shot == "compare-leaderboard" and "compare-leaderboard" not in done:
        done["compare-leaderboard"] = None
        for pane in panes[:2]:
            pane.max_tokens.setValue(40)
        compare.sets.new_set("Quick check", ["Name three colours.", "What is 12 times 12?"])
        compare.sets.buttons["run"].click()
        _wait(compare.set_finished, 600_000)
        compare.leaderboard.vote_buttons[0].click()
    compare.tabs.setCurrentIndex(2 if shot == "compare-leaderboard" else 0)
    QApplication.processEvents()
    window.grab().save(str(path))


def _fresh_home(stack: ExitStack, shots: list[str]) -> None:
    """A Hearth home of the staged shots' own, with the test models they need imported, the other computer for
    "remote-chat" added (its server runs until the shots are taken), and no OS password store touched."""
    sys.path.insert(0, str(ROOT))
    from app.models.library import Library
    from app.providers import Providers
    from tests import assets
    from tests.helpers.llama_server import LlamaServer
    from tests.helpers.minilm_gguf import minilm_gguf

    home = stack.enter_context(tempfile.TemporaryDirectory(prefix="hearth-screenshots-"))
    os.environ[paths.HOME_ENV] = home
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # the API key is kept in memory
    hearth_paths = paths.resolve().ensure()
    library = Library(hearth_paths)
    library.import_path(assets.qwen_gguf())
    if "documents-answer" in shots:
        library.import_path(minilm_gguf(assets.cache_dir()))
    if "compare-checks" in shots:
        library.import_path(assets.gemma_gguf())
    if "remote-chat" in shots or "compare-remote" in shots:
        server = stack.enter_context(LlamaServer(assets.qwen_gguf()))
        Providers(hearth_paths.config, lambda: False).add("desk", server.url)
    if "hub-search" in shots or "hub-repo" in shots:
        _hub_look_alike(stack, hearth_paths)
    if any(shot.startswith("tools-") or shot == "settings-tools" for shot in shots):
        time_server = str(Path(sys.executable).with_name("mcp-server-time"))  # from PyPI, a test dependency
        servers = {"time": {"command": time_server, "args": ["--local-timezone", "Europe/Rome"]}}
        (hearth_paths.config / "mcp.json").write_text(json.dumps({"mcpServers": servers}, indent=2))


HUB_LISTING = (  # repository, downloads, likes, licence, gated: the look-alike's listing for "coder"
    ("Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", 48_210, 61, "apache-2.0", False),
    ("bartowski/Qwen2.5-Coder-7B-Instruct-GGUF", 91_554, 143, "apache-2.0", False),
    ("unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF", 240_318, 512, "apache-2.0", False),
    ("lmstudio-community/DeepSeek-Coder-V2-Lite-Instruct-GGUF", 35_072, 88, "other", False),
    ("someone/coder-13b-research-GGUF", 1_204, 7, "cc-by-nc-4.0", "manual"),
)


def _hub_look_alike(stack: ExitStack, hearth_paths: paths.HearthPaths) -> None:
    """The tests' Hub look-alike serving the Qwen test model's real file, its address the mirror in Settings."""
    from app.settings import SettingsStore
    from tests import assets
    from tests.helpers.hf_server import HubServer

    hub = stack.enter_context(HubServer())
    qwen = assets.qwen_gguf()
    hub.add(HUB_LISTING[0][0], "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf", qwen, assets.QWEN_CODER_05B.sha256)
    for repo, downloads, likes, licence, gated in HUB_LISTING:
        hub.card(repo, downloads=downloads, likes=likes, tags=["gguf", f"license:{licence}"], gated=gated,
                 last_modified="2026-11-20T09:00:00.000Z")  # fmt: skip
    SettingsStore(hearth_paths.config).update(hf_endpoint=hub.url)


def _new_chat_with_a_model_here(window: MainWindow) -> ChatPage:
    """The Chat page shown with a new conversation and the library's first model on this computer, loaded."""
    chat = window.pages.chat
    window.show_page("chat")
    _wait_for_models(chat)
    picker = chat.model_picker
    index = next(i for i in range(picker.count()) if (c := picker.choice_at(i)) is not None and not c.remote)
    chat.new_conversation()
    picker.setCurrentIndex(index)
    chat.models.on_model_picked(index)
    if chat.session.busy:
        _wait(chat.model_loaded)
    return chat


def _remote_chat(window: MainWindow) -> str:
    """The model of the other computer ("desk") chosen in a new chat, one question, the whole reply."""
    chat = window.pages.chat
    window.show_page("chat")
    _wait_for_models(chat)
    picker = chat.model_picker
    index = next(i for i in range(picker.count()) if (c := picker.choice_at(i)) is not None and c.remote)
    chat.new_conversation()
    picker.setCurrentIndex(index)
    if not chat.session.remote:
        chat.models.on_model_picked(index)
        _wait(chat.model_loaded)
    chat.options.temperature.setValue(0.0)
    chat.options.max_tokens.setValue(60)
    chat.options.system_prompt.setPlainText("")
    chat.composer.text.setPlainText("Write a Python function that checks whether a number is prime.")
    chat.send()
    _wait_until_idle(chat)
    return "chat"


def _wait_until_idle(chat: object, timeout_ms: int = 900_000) -> None:
    """The reply has ended and the page shows it so: the session idle again, not merely a signal seen."""
    waited = 0
    while chat.session.busy and waited < timeout_ms:  # type: ignore[attr-defined]
        _wait(chat.reply_finished, 5_000)  # type: ignore[attr-defined]
        waited += 5_000
    if chat.session.busy:  # type: ignore[attr-defined]
        raise RuntimeError("the reply did not finish: no screenshot taken")


def _server_card(window: MainWindow) -> str:
    """The Local server turned on through Settings, serving the library's Qwen model; the openai client asks it
    one question, so the request log has a real line; the card scrolled into view."""
    import openai

    services_settings = window.settings
    page = window.pages.settings
    window.show_page("settings")
    card = page.server
    state = card.state
    services_settings.update(server_enabled=True)
    if not state.running:
        _wait(state.running_changed)
    models = state._server.models.all()
    with openai.OpenAI(base_url=state.base_url, api_key="x", max_retries=0) as client:
        client.chat.completions.create(
            model=models[0].id,
            messages=[{"role": "user", "content": "Say hello."}],
            max_tokens=8,
            temperature=0,
        )
    _wait(state.request_logged, 2000)
    scroll = page.layout().itemAt(0).widget()
    top = card.mapTo(scroll.widget(), QPoint(0, 0)).y()
    scroll.verticalScrollBar().setValue(top - 12)  # the card from its title down, as far as the page scrolls
    return "settings"


def _compare_remote(window: MainWindow) -> str:
    """The other computer's model in the first pane, this computer's Qwen in the second, one prompt at
    temperature 0; both replies real."""
    compare = window.pages.compare
    window.show_page("compare")
    panes = compare.panes
    while not any(not c.remote for c in panes[1].picker.choices()):
        _wait(compare.library.changed, 60_000)
    remote = next(c for c in panes[0].picker.choices() if c.remote)
    local = next(c for c in panes[1].picker.choices() if not c.remote)
    panes[0].picker.select(remote.library_id)
    panes[1].picker.select(local.library_id)
    for pane in panes[:2]:
        pane.temperature.setValue(0.0)
        pane.max_tokens.setValue(60)
    compare.tabs.setCurrentIndex(0)
    compare.send("Name three colours, in one sentence.")
    _wait(compare.reply_finished, 900_000)
    return "compare"


DOCUMENTS_QUESTION = "What did the Korrigan Observatory name the comet it recorded, and when?"


def _documents_answer(window: MainWindow) -> str:
    """The test corpus (a PDF with a scanned page, a DOCX, Markdown, text and HTML) indexed as "Town records",
    then the Qwen model answering one question from it at temperature 0, its sources under the reply."""
    from tests.helpers.documents_corpus import write_corpus

    window.resize(1100, 800)  # the question, the answer and its five sources, none of them scrolled away
    documents = window.pages.documents
    library = window.pages.models.library
    while not isinstance(documents.embedder.currentData(), Path):
        _wait(library.changed, 60_000)
    corpus = write_corpus(Path(tempfile.mkdtemp(prefix="hearth-corpus-")) / "Town records")[0].parent
    documents.name_field.setText("Town records")
    documents.add_paths([corpus])
    _wait(documents.collections.changed)
    chat = _new_chat_with_a_model_here(window)
    chat.collection_chooser.choose("Town records")
    chat.options.temperature.setValue(0.0)
    chat.options.max_tokens.setValue(80)
    chat.options.system_prompt.setPlainText("")
    chat.composer.text.setPlainText(DOCUMENTS_QUESTION)
    chat.send()
    _wait_until_idle(chat)
    return "chat"


def _hub_search(window: MainWindow) -> str:
    """Discover's "Search Hugging Face" with the results for "coder"."""
    panel = window.pages.discover.hub_search
    assert panel is not None
    window.pages.discover.tabs.setCurrentWidget(panel)
    panel.on_back_clicked()
    panel.search_box.setText("coder")
    panel.on_search_requested()
    _wait(panel.results_shown, 60_000)
    panel.results.clearSelection()
    return "discover"


def _hub_repo(window: MainWindow) -> str:
    """The Qwen test model's repository from those results: its quantization judged for this computer."""
    panel = window.pages.discover.hub_search
    assert panel is not None
    window.pages.discover.tabs.setCurrentWidget(panel)
    if not panel.rows:
        _hub_search(window)
    panel.open_repository(HUB_LISTING[0][0])
    _wait(panel.report_shown, 120_000)
    return "discover"


TOOLS_QUESTION = "What time is it in Tokyo right now?"


def _tools_approval(window: MainWindow) -> str:
    """A chat whose model may use the time server (mcp-server-time), made to call a tool first: the call's
    question shown in the conversation, its arguments pretty-printed, waiting for the person."""
    from ui.chat.session_tools import ConversationTools
    from ui.chat.tool_call_card import ToolCallCard

    window.resize(1100, 760)
    chat = _new_chat_with_a_model_here(window)
    chat.session.tools.choose(ConversationTools(("time",), required=True), chat.session.conversation_id)
    chat.options.temperature.setValue(0.0)
    chat.options.max_tokens.setValue(80)
    chat.options.system_prompt.setPlainText("")
    chat.composer.text.setPlainText(TOOLS_QUESTION)
    chat.send()
    while not any(card.questions.isVisible() for card in chat.findChildren(ToolCallCard)):
        _wait(chat.session.tools.approval_needed, 5_000)
        _settle(100)
    return "chat"


def _tools_result(window: MainWindow) -> str:
    """The same call allowed once: the tool's answer folded under the call (opened here), the model's reply below."""
    from ui.chat.tool_call_card import ToolCallCard

    chat = window.pages.chat
    if not chat.findChildren(ToolCallCard):
        _tools_approval(window)
    for card in chat.findChildren(ToolCallCard):
        if card.questions.isVisible():
            card.once_button.click()
    _wait_until_idle(chat)
    cards = chat.findChildren(ToolCallCard)
    cards[0].result_toggle.setChecked(True)
    _settle()
    bar = chat.transcript.scroll.verticalScrollBar()
    bar.setValue(cards[0].mapTo(chat.transcript.scroll.widget(), QPoint(0, 0)).y() - 140)  # the question and call
    chat.transcript._follow_end = False
    return "chat"


def _settings_tools(window: MainWindow) -> str:
    """Settings → Tools with the time server started, its tools listed with their sizes."""
    page = window.pages.settings
    window.show_page("settings")
    card = page.tools
    assert card is not None
    servers = card.servers  # type: ignore[attr-defined]
    servers.check()
    while servers.checking("time"):
        _wait(servers.changed, 5_000)
    scroll = page.layout().itemAt(0).widget()
    top = card.mapTo(scroll.widget(), QPoint(0, 0)).y()
    scroll.verticalScrollBar().setValue(top - 12)
    return "settings"


def _settings_prompt_cache(window: MainWindow) -> str:
    """Settings → Coming back to conversations after a real conversation: what the prompt cache holds now."""
    _converse(window)
    page = window.pages.settings
    window.show_page("settings")
    card = page.prompt_cache
    card.refresh_status()
    scroll = page.layout().itemAt(0).widget()
    top = card.mapTo(scroll.widget(), QPoint(0, 0)).y()
    scroll.verticalScrollBar().setValue(top - 12)
    return "settings"


def _compare_checks(window: MainWindow) -> str:
    """Compare's Checks tab after the ready "instruction-following" suite ran on the Qwen and Gemma test models
    (temperature 0, 60 tokens): the three tables and the sentence, all from real replies graded by Hearth."""
    window.resize(1100, 860)
    compare = window.pages.compare
    window.show_page("compare")
    panes = compare.panes
    while sum(1 for c in panes[0].picker.choices() if not c.remote) < 2:
        _wait(compare.library.changed, 60_000)
    local = [c for c in panes[0].picker.choices() if not c.remote]
    for pane, choice in zip(panes[:2], local[:2], strict=True):
        pane.picker.select(choice.library_id)
        pane.temperature.setValue(0.0)
        pane.max_tokens.setValue(60)
    checks = compare.checks
    checks.suite_box.setCurrentText("instruction-following")
    compare.tabs.setCurrentWidget(checks)
    checks.run_button.click()
    _wait(compare.checks_finished, 900_000)
    return "compare"


def _compare_check_editor(window: MainWindow) -> QWidget:
    """The suite editor from Compare's Checks tab ("New suite…") with a check being written: a prompt asking for
    {{country}}, a table of two rows, two checks in plain words (one taking its value from the table), and a
    sample reply with each check's verdict. No model runs: the verdicts are Hearth's checks on the pasted reply."""
    compare = window.pages.compare
    window.show_page("compare")
    checks = compare.checks
    compare.tabs.setCurrentWidget(checks)
    checks.new_button.click()
    editor = checks.editor
    assert editor is not None
    editor.name_edit.setText("Capitals")
    form = editor.form
    form.prompt_edit.setPlainText("What is the capital of {{country}}? Answer in one word.")
    form.description.setText("Capitals in one word")
    for kind, value in (("icontains", "{{capital}}"), ("word-count-max", "3")):
        form.add_check_button.click()
        row = form.check_rows[-1]
        row.kind_box.setCurrentIndex(row.kind_box.findData(kind))
        row.value_edit.setText(value)
        row.on_edited()
    table = form.variables.table
    for row, values in enumerate((("France", "Paris"), ("Japan", "Tokyo"))):
        if row >= table.rowCount():
            form.variables.add_button.click()
        for column, value in enumerate(values):
            table.item(row, column).setText(value)
    table.setCurrentCell(0, 0)
    form.sample.setPlainText("The capital of France is Paris.")
    form.sample.setFocus()
    editor.edited = False  # closed without asking once it is taken
    editor.resize(1100, 720)
    return editor


STAGED: dict[str, Callable[[MainWindow], str | QWidget]] = {
    "compare-checks": _compare_checks,
    "compare-check-editor": _compare_check_editor,
    "tools-approval": _tools_approval,
    "tools-result": _tools_result,
    "settings-tools": _settings_tools,
    "settings-prompt-cache": _settings_prompt_cache,
    "remote-chat": _remote_chat,
    "compare-remote": _compare_remote,
    "server-card": _server_card,
    "documents-answer": _documents_answer,
    "hub-search": _hub_search,
    "hub-repo": _hub_repo,
}


def _shoot_first_run(services: Services, window: MainWindow, path: Path) -> None:
    """The first run's suggestions for this machine (the scan is done: it uses the window's)."""
    dialog = open_first_run(services, window)
    dialog.welcome.find_button.click()
    _wait(dialog.suggestions_ready, 60_000)
    dialog.next_button.click()
    QCursor.setPos(dialog.mapToGlobal(QPoint(dialog.width() // 2, dialog.height() - 4)))  # no card hovered
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

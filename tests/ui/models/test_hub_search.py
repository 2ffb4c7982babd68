"""Discover's "Search Hugging Face", driven like a person would, against the Hub look-alike on 127.0.0.1 serving the
real test GGUFs: rows, a repository's quantizations with the verdict `hearth estimate` gives, every failure a
sentence with Retry (never an empty list), offline without a request, and a hearth:// link opening the repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import gguf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.downloads.plan import DownloadPlan
from app.hardware import HardwareProfile
from app.hub_search.client import HubAccess
from app.hub_search.links import HubLink
from app.models import catalog
from tests.assets import QWEN_CODER_05B
from tests.helpers.app_window import running_window
from tests.helpers.gguf_factory import header_only
from tests.helpers.hf_server import COMMIT, FakeHub
from tests.helpers.pseudo_language import bracketed
from tests.locations import DATA_DIR
from ui.application import open_links
from ui.models.hub_search_jobs import HubContext
from ui.models.hub_search_panel import HubSearchPanel
from ui.shared.announce import announced
from ui.state.machine import MachineState
from ui.workers import Workers

pytestmark = pytest.mark.gui

PROFILE = DATA_DIR / "profiles" / "desktop-rtx3060-12gb-32gb.json"
REPO = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF"
FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
HEARTH = shutil.which("hearth", path=str(Path(sys.executable).parent))


def recorded() -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads(PROFILE.read_text(encoding="utf-8")))


class Downloads:
    """Stands in for the downloads controller: keeps the plans it is asked to start."""

    def __init__(self) -> None:
        self.plans: list[DownloadPlan] = []

    def start(self, plan: DownloadPlan) -> None:
        self.plans.append(plan)


@pytest.fixture
def hub(fake_hub: FakeHub, qwen_gguf: Path) -> FakeHub:
    fake_hub.add(REPO, FILE, qwen_gguf, sha256=QWEN_CODER_05B.sha256)
    fake_hub.card(REPO, downloads=500, likes=9, tags=["gguf", "license:apache-2.0"])
    fake_hub.card("someone/coder-tune-GGUF", downloads=20, likes=1, tags=["gguf", "license:llama3.1"], gated="auto")
    return fake_hub


def build_panel(
    qtbot: QtBot, workers: Workers, hub: FakeHub, offline: bool = False, **kwargs: object
) -> HubSearchPanel:
    machine = MachineState(catalog.default(), recorded, workers)
    machine.profile = recorded()  # as after a scan; the catalog's own verdicts are not needed here
    context = HubContext(lambda: HubAccess(endpoint=hub.url, offline=offline), None)
    panel = HubSearchPanel(context, machine, workers, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    return panel


def search_for(qtbot: QtBot, panel: HubSearchPanel, text: str) -> None:
    panel.search_box.setText(text)
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)  # Enter searches


def open_row(qtbot: QtBot, panel: HubSearchPanel, row: int = 0) -> None:
    item = panel.results.topLevelItem(row)
    assert item is not None
    panel.results.setCurrentItem(item)
    with qtbot.waitSignal(panel.report_shown, timeout=60_000):
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)  # Enter on a row opens its repository


def rows_of(panel: HubSearchPanel) -> list[list[str]]:
    tree = panel.results
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [[item.text(c) for c in range(tree.columnCount())] for item in items if item is not None]


def test_a_search_shows_rows_with_author_downloads_licence_and_gated(
    qtbot: QtBot, workers: Workers, hub: FakeHub
) -> None:
    panel = build_panel(qtbot, workers, hub)
    search_for(qtbot, panel, "coder")
    rows = rows_of(panel)
    assert [r[0] for r in rows] == [REPO, "someone/coder-tune-GGUF"]
    assert rows[0][1:4] == ["Qwen", "500", "9"]
    assert rows[0][5] == "apache-2.0"
    assert rows[1][6] == "Gated"
    assert not panel.notice.isVisible()
    assert any("filter=gguf" in r for r in hub.requests)


def test_a_catalog_model_s_repository_says_it_is_in_hearths_picks(
    qtbot: QtBot, workers: Workers, fake_hub: FakeHub
) -> None:
    spec = catalog.default().models[0]
    fake_hub.card(spec.repo, downloads=3)
    panel = build_panel(qtbot, workers, fake_hub)
    search_for(qtbot, panel, spec.repo.split("/")[1])
    assert rows_of(panel)[0][6] == "In Hearth's picks"
    item = panel.results.topLevelItem(0)
    assert item is not None
    assert item.toolTip(6) == f"In Hearth's picks: {spec.name}"


def test_the_next_page_comes_with_more_results(qtbot: QtBot, workers: Workers, fake_hub: FakeHub) -> None:
    for n in range(35):
        fake_hub.card(f"org{n}/model-{n}-GGUF", downloads=1000 - n)
    panel = build_panel(qtbot, workers, fake_hub)
    search_for(qtbot, panel, "model")
    assert len(rows_of(panel)) == 30
    assert panel.more_button.isVisible()
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert len(rows_of(panel)) == 35
    assert not panel.more_button.isVisible()
    assert rows_of(panel)[30][0] == "org30/model-30-GGUF"


def test_a_repository_shows_its_quantizations_with_the_verdict_hearth_estimate_gives(
    qtbot: QtBot, workers: Workers, hub: FakeHub, qwen_gguf: Path
) -> None:
    downloads = Downloads()
    panel = build_panel(qtbot, workers, hub, downloads=downloads)
    search_for(qtbot, panel, "coder")
    open_row(qtbot, panel)
    (view,) = panel.repo_view.rows
    assert HEARTH
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    local = subprocess.run(
        [HEARTH, "estimate", str(qwen_gguf), "--json", "--profile", str(PROFILE)],
        capture_output=True, text=True, timeout=120, check=True, env=env,
    )  # fmt: skip
    estimate = json.loads(local.stdout)
    assert view.row.verdict.fit.value == estimate["verdict"]
    assert view.verdict_badge.text() == view.row.verdict.label
    assert view.reason.text().startswith(estimate["reason"])
    assert view.title.text() == "Q4_K_M"
    assert "Recommended" in view.notes
    assert f"{estimate['context']:,} tokens of context" in view.figures.text()
    assert view.download_button.isEnabled()
    qtbot.mouseClick(view.download_button, Qt.MouseButton.LeftButton)
    (plan,) = downloads.plans
    assert (plan.repo, plan.revision, plan.quantization) == (REPO, COMMIT, "Q4_K_M")
    assert [(f.name, f.size, f.sha256) for f in plan.files] == [(FILE, QWEN_CODER_05B.size, QWEN_CODER_05B.sha256)]


def test_a_pasted_address_opens_the_repository_without_a_search(qtbot: QtBot, workers: Workers, hub: FakeHub) -> None:
    panel = build_panel(qtbot, workers, hub)
    panel.search_box.setText(f"hf.co/{REPO}:Q4_K_M")
    with qtbot.waitSignal(panel.report_shown, timeout=60_000):
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert panel.stack.currentIndex() == 1
    assert [v.row.group.quantization for v in panel.repo_view.rows] == ["Q4_K_M"]
    assert not any(r.startswith("GET /api/models?") for r in hub.requests)


def test_scrolling_to_the_end_brings_the_next_page(qtbot: QtBot, workers: Workers, fake_hub: FakeHub) -> None:
    for n in range(35):
        fake_hub.card(f"org{n}/model-{n}-GGUF", downloads=1000 - n)
    panel = build_panel(qtbot, workers, fake_hub)
    panel.resize(900, 300)  # 30 rows do not fit: the list scrolls
    search_for(qtbot, panel, "model")
    bar = panel.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        bar.setValue(bar.maximum())
    assert len(rows_of(panel)) == 35


def tiny_model(path: Path, arch: str = "llama", **metadata: int) -> Path:
    """A two-layer model's header (tensor descriptions without data), as a remote header read sees one."""
    f16 = gguf.GGMLQuantizationType.F16
    keys: dict[str, int | float | str | list[int]] = {
        f"{arch}.block_count": 2, f"{arch}.context_length": 4096, f"{arch}.embedding_length": 256,
        f"{arch}.feed_forward_length": 512, f"{arch}.attention.head_count": 4,
        f"{arch}.attention.head_count_kv": 2, f"{arch}.vocab_size": 1000, **metadata,
    }  # fmt: skip
    tensors = {"token_embd.weight": ((256, 1000), f16), "output.weight": ((256, 1000), f16)}
    for block in range(2):
        tensors[f"blk.{block}.attn_q.weight"] = ((256, 256), f16)
        tensors[f"blk.{block}.ffn_up.weight"] = ((256, 512), f16)
    path.parent.mkdir(parents=True, exist_ok=True)
    return header_only(path, arch, keys, tensors)


def test_an_architecture_the_engine_cannot_load_says_so_before_download(
    qtbot: QtBot, workers: Workers, fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add("future/model-GGUF", "model-Q4_K_M.gguf", tiny_model(tmp_path / "f.gguf", arch="futurenet9"))
    panel = build_panel(qtbot, workers, fake_hub, downloads=Downloads())
    with qtbot.waitSignal(panel.report_shown, timeout=20_000):
        panel.open_repository("future/model-GGUF")
    assert "needs a newer Hearth" in panel.repo_view.notes.text()
    (view,) = panel.repo_view.rows
    assert not view.download_button.isEnabled()
    assert "needs a newer Hearth" in view.download_button.toolTip()
    assert "Recommended" not in view.notes


def test_an_incomplete_split_model_is_said_and_cannot_be_downloaded(
    qtbot: QtBot, workers: Workers, fake_hub: FakeHub, tmp_path: Path
) -> None:
    repo = "org/tiny-GGUF"
    fake_hub.add(repo, "tiny-Q8_0.gguf", tiny_model(tmp_path / "tiny-Q8_0.gguf"))
    part = tiny_model(tmp_path / "p" / "tiny-F16-00001-of-00002.gguf")
    fake_hub.add(repo, "F16/tiny-F16-00001-of-00002.gguf", part)  # its second part is missing
    panel = build_panel(qtbot, workers, fake_hub, downloads=Downloads())
    with qtbot.waitSignal(panel.report_shown, timeout=20_000):
        panel.open_repository(repo)
    views = {v.row.group.quantization: v for v in panel.repo_view.rows}
    assert "Incomplete: 1 of 2 parts" in views["F16"].notes
    assert "Rough: judged by size only" in views["F16"].notes
    assert "Original precision" in views["F16"].notes
    assert not views["F16"].download_button.isEnabled()
    assert views["Q8_0"].download_button.isEnabled()


@pytest.mark.parametrize(
    ("status", "retry_after", "words"),
    [(500, None, "problem of its own (500)"), (503, None, "(503)"), (429, "17", "retry in 17 seconds")],
)
def test_a_server_error_is_a_sentence_with_retry_not_an_empty_list(
    qtbot: QtBot, workers: Workers, hub: FakeHub, status: int, retry_after: str | None, words: str
) -> None:
    hub.faults.api_statuses = [status]
    hub.faults.retry_after = retry_after
    panel = build_panel(qtbot, workers, hub)
    search_for(qtbot, panel, "coder")
    assert panel.notice.isVisible()
    assert words in panel.notice.text()
    assert panel.notice.retry_button.isVisible()
    assert "No GGUF models" not in panel.status.text()
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        qtbot.mouseClick(panel.notice.retry_button, Qt.MouseButton.LeftButton)
    assert not panel.notice.isVisible()
    assert len(rows_of(panel)) == 2


def test_an_unreachable_hub_is_a_sentence_and_the_last_results_stay_with_their_time(
    qtbot: QtBot, workers: Workers, hub: FakeHub
) -> None:
    panel = build_panel(qtbot, workers, hub)
    search_for(qtbot, panel, "coder")
    assert panel.page is not None
    panel.context = HubContext(lambda: HubAccess(endpoint="http://127.0.0.1:9"), None)  # nothing listens there
    search_for(qtbot, panel, "coder")
    assert "could not reach 127.0.0.1:9" in panel.notice.text()
    assert panel.notice.retry_button.isVisible()
    assert len(rows_of(panel)) == 2  # still on screen
    assert panel.page.fetched_at.strftime("%H:%M") in panel.status.text()


def test_a_real_empty_result_says_so_and_what_the_gguf_filter_hid(qtbot: QtBot, workers: Workers, hub: FakeHub) -> None:
    hub.card("org/coder-safetensors", tags=["safetensors"])
    panel = build_panel(qtbot, workers, hub)
    search_for(qtbot, panel, "coder-safetensors")
    assert rows_of(panel) == []
    assert "No GGUF models on Hugging Face match" in panel.status.text()
    assert "1 other repository matches without GGUF files" in panel.status.text()
    assert not panel.notice.isVisible()


def test_offline_mode_is_a_sentence_and_no_request(qtbot: QtBot, workers: Workers, hub: FakeHub) -> None:
    panel = build_panel(qtbot, workers, hub, offline=True)
    search_for(qtbot, panel, "coder")
    assert "Offline mode is on" in panel.notice.text()
    with qtbot.waitSignal(panel.report_shown, timeout=20_000):
        panel.open_repository(REPO)
    assert "Offline mode is on" in panel.notice.text()
    assert hub.requests == []


def test_a_gated_repository_needs_access_and_a_token(qtbot: QtBot, workers: Workers, hub: FakeHub) -> None:
    hub.card(REPO, gated="manual")
    hub.gated[REPO] = "hf_granted"
    panel = build_panel(qtbot, workers, hub)
    with qtbot.waitSignal(panel.report_shown, timeout=20_000):
        panel.open_repository(REPO)
    assert "token" in panel.notice.text()
    assert panel.notice.retry_button.isVisible()
    panel.context = HubContext(lambda: HubAccess(endpoint=hub.url, token="hf_granted"), None)
    with qtbot.waitSignal(panel.report_shown, timeout=60_000):
        qtbot.mouseClick(panel.notice.retry_button, Qt.MouseButton.LeftButton)
    assert not panel.notice.isVisible()
    assert "Gated: accept its terms" in panel.repo_view.notes.text()
    assert len(panel.repo_view.rows) == 1


def test_a_missing_repository_is_a_sentence_with_retry(qtbot: QtBot, workers: Workers, hub: FakeHub) -> None:
    panel = build_panel(qtbot, workers, hub)
    with qtbot.waitSignal(panel.report_shown, timeout=20_000):
        panel.open_repository("nobody/nothing-GGUF")
    assert "was not found" in panel.notice.text()
    assert panel.notice.retry_button.isVisible()
    assert panel.repo_view.rows == []


def test_opening_another_repository_stops_the_header_reads_of_the_one_before(
    qtbot: QtBot, workers: Workers, hub: FakeHub
) -> None:
    panel = build_panel(qtbot, workers, hub)
    panel.open_repository("nobody/first-GGUF")
    first = panel._stop
    assert first is not None
    with qtbot.waitSignal(panel.report_shown, timeout=60_000):
        panel.open_repository(REPO)
    assert first.is_set()
    assert panel.repo_view.report is not None
    assert panel.repo_view.report.repo == REPO  # the first one's answer, whatever it was, was dropped


def tab_stops_from(start: QWidget, within: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits after `start`, as QWidget.focusNextChild walks the focus chain."""
    stops: list[QWidget] = []
    widget: QWidget | None = start.nextInFocusChain()
    while widget is not None and len(stops) < count and widget is not start:
        tabbable = bool(widget.focusPolicy().value & 0x1)  # Qt.TabFocus
        if tabbable and widget.isVisibleTo(within) and widget.isEnabled() and within.isAncestorOf(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_goes_in_reading_order_and_every_control_has_a_name(qtbot: QtBot, workers: Workers, hub: FakeHub) -> None:
    downloads = Downloads()
    panel = build_panel(qtbot, workers, hub, downloads=downloads)
    search_for(qtbot, panel, "coder")
    assert tab_stops_from(panel.search_box, panel, 3) == [panel.sort, panel.search_button, panel.results]
    open_row(qtbot, panel)
    (view,) = panel.repo_view.rows
    qtbot.waitUntil(view.download_button.isVisible)  # a row added to a shown page is shown by the event loop
    assert tab_stops_from(panel.search_button, panel, 2) == [panel.back_button, view.download_button]
    controls = [panel.search_box, panel.sort, panel.search_button, panel.results, panel.more_button,
                panel.back_button, panel.notice.retry_button, view.download_button]  # fmt: skip
    assert all(c.accessibleName() for c in controls)
    assert view.accessibleName() == f"Q4_K_M, {view.size_badge.text()}, {view.row.verdict.label}"
    assert view.accessibleDescription().startswith(view.row.verdict.reason)
    assert announced[-1].endswith("judged for this computer.")  # once, when the report came
    with bracketed(panel):
        assert panel.search_button.text() == "[Search]"
        assert panel.results.headerItem().text(0) == "[Repository]"
        assert view.download_button.text() == "[Download]"
        assert panel.repo_view.facts.text().startswith("[")
    assert view.download_button.text() == "Download"


def test_a_hearth_link_opens_the_repository_in_discovers_hub_search(qtbot: QtBot, hub: FakeHub) -> None:
    def at_the_look_alike(services: object) -> None:
        services.settings.update(hf_endpoint=hub.url)  # type: ignore[attr-defined]

    with running_window(qtbot, at_the_look_alike) as (services, main):
        services.machine.profile = recorded()
        router = open_links(services, main)
        panel = main.pages.discover.hub_search
        assert panel is not None
        main.show_page("chat")
        with qtbot.waitSignal(panel.report_shown, timeout=60_000):
            router.on_link_received(HubLink(REPO, FILE).url())
        assert main.current_page() == "discover"
        assert main.pages.discover.tabs.currentWidget() is panel
        assert panel.repo_view.report is not None
        assert panel.repo_view.report.repo == REPO
        assert services.downloads.active_count() == 0  # a link never downloads by itself

        (view,) = panel.repo_view.rows  # the person's own choice: the existing download queue takes it
        with qtbot.waitSignal(services.downloads.installed, timeout=120_000) as installed:
            qtbot.mouseClick(view.download_button, Qt.MouseButton.LeftButton)
        manifest = installed.args[0]
        assert (manifest.repo, manifest.catalog_id, manifest.quantization) == (REPO, "qwen2.5-coder-0.5b", "Q4_K_M")
        assert (services.models_dir() / REPO / FILE).stat().st_size == QWEN_CODER_05B.size
        library = services.library  # listed with the new model before the window closes
        qtbot.waitUntil(
            lambda: not library.describing and any(r.model.catalog_id == "qwen2.5-coder-0.5b" for r in library.rows),
            timeout=60_000,
        )


def test_in_the_window_tab_goes_from_the_tabs_to_the_hub_search_and_ctrl_f_finds_its_box(qtbot: QtBot) -> None:
    with running_window(qtbot) as (_services, main):
        main.show_page("discover")
        page = main.pages.discover
        panel = page.hub_search
        assert panel is not None
        page.tabs.setCurrentWidget(panel)
        assert tab_stops_from(page.tabs.tabBar(), page, 3) == [panel.search_box, panel.sort, panel.search_button]
        assert page.tabs.tabText(0) == "Hearth's picks"
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
        qtbot.keySequence(page, QKeySequence.StandardKey.Find)
        qtbot.waitUntil(panel.search_box.hasFocus)

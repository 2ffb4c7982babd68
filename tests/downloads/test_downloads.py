"""Downloads against a real HTTP server on 127.0.0.1 that speaks the Hugging Face file protocol and misbehaves
on demand: dropped connections, stalls, corrupted bytes, error statuses, redirects."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
from collections.abc import Generator
from pathlib import Path

import pytest

from app.downloads.errors import (
    CorruptDownload,
    DiskFull,
    DownloadStopped,
    GatedModel,
    ModelNotFound,
    NotEnoughDisk,
    OfflineMode,
)
from app.downloads.install import install
from app.downloads.plan import DownloadPlan, for_repo_files, shard_names
from app.downloads.progress import DownloadPhase
from app.downloads.queue import DownloadQueue
from app.downloads.queue_state import QueueState
from app.downloads.transfer import StopSignal, TransferOptions, part_path
from app.models import install_manifest
from app.models.install_manifest import InstallManifest
from tests.cli.test_scan import HEARTH
from tests.helpers.generators import finish
from tests.helpers.hf_server import FakeHub

pytestmark = pytest.mark.model

GEMMA_REPO, GEMMA_FILE = "ggml-org/gemma-3-270m-GGUF", "gemma-3-270m-q4_k_m.gguf"
QWEN_REPO, QWEN_FILE = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
QUICK = dict(backoff_base=0.01, backoff_cap=0.05, stall_timeout=2.0)


def options(hub: FakeHub, **changes: object) -> TransferOptions:
    return TransferOptions(endpoint=hub.url, **{**QUICK, **changes})  # type: ignore[arg-type]


def gemma_plan(hub: FakeHub, gemma_gguf: Path) -> DownloadPlan:
    hub.add(GEMMA_REPO, GEMMA_FILE, gemma_gguf)
    return for_repo_files(GEMMA_REPO, [GEMMA_FILE])


def installed_ok(manifest: InstallManifest, models: Path, source: Path) -> None:
    path = manifest.main_path(models)
    assert path.read_bytes() == source.read_bytes()
    assert manifest.is_complete(models)
    assert not list(models.rglob("*.part"))


def test_a_plain_download_installs_and_verifies(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    manifest = finish(install(gemma_plan(fake_hub, gemma_gguf), tmp_path, options(fake_hub), StopSignal()))
    installed_ok(manifest, tmp_path, gemma_gguf)
    assert manifest.files[0].sha256 == fake_hub.files[(GEMMA_REPO, GEMMA_FILE)].sha256
    assert install_manifest.all_manifests(tmp_path)[0][1] == manifest


def test_ten_dropped_connections_still_finish_with_little_waste(
    tmp_path: Path, fake_hub: FakeHub, qwen_gguf: Path
) -> None:
    size = qwen_gguf.stat().st_size
    fake_hub.add(QWEN_REPO, QWEN_FILE, qwen_gguf)
    fake_hub.faults.drop_at = sorted(random.Random(7).sample(range(1, size), 10))
    progress = []
    generator = install(for_repo_files(QWEN_REPO, [QWEN_FILE]), tmp_path, options(fake_hub), StopSignal())
    while True:
        try:
            progress.append(next(generator))
        except StopIteration as finished:
            manifest = finished.value
            break
    installed_ok(manifest, tmp_path, qwen_gguf)
    assert fake_hub.faults.drop_at == []  # every drop happened
    assert sum(1 for p in progress if p.phase is DownloadPhase.RETRYING) >= 10
    assert fake_hub.bytes_served <= 1.1 * size


def test_corrupted_bytes_are_refused_and_nothing_is_installed(
    tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path
) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    fake_hub.faults.corrupt_at = {123_456_789}
    with pytest.raises(CorruptDownload, match="arrived damaged"):
        finish(install(plan, tmp_path, options(fake_hub), StopSignal()))
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    ("status", "error", "words"),
    [
        (401, GatedModel, "accept its licence"),
        (403, GatedModel, "accept its licence"),
        (404, ModelNotFound, "no longer in"),
    ],
)
def test_error_statuses_become_sentences(
    tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path, status: int, error: type[Exception], words: str
) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    fake_hub.faults.statuses = [status]
    with pytest.raises(error, match=words):
        finish(install(plan, tmp_path, options(fake_hub), StopSignal()))


def test_a_gated_repo_needs_the_token(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    fake_hub.gated[GEMMA_REPO] = "hf_right"
    with pytest.raises(GatedModel, match=r"huggingface.co/ggml-org/gemma-3-270m-GGUF"):
        finish(install(plan, tmp_path, options(fake_hub), StopSignal()))
    manifest = finish(install(plan, tmp_path, options(fake_hub, token="hf_right"), StopSignal()))
    installed_ok(manifest, tmp_path, gemma_gguf)


def test_busy_server_and_stalls_are_retried(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    fake_hub.faults.statuses = [429, 500]
    fake_hub.faults.stall_at = 50_000_000
    fake_hub.faults.stall_seconds = 1.5
    manifest = finish(install(plan, tmp_path, options(fake_hub, stall_timeout=0.5), StopSignal()))
    installed_ok(manifest, tmp_path, gemma_gguf)


def test_redirects_to_a_cdn_are_followed(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    fake_hub.faults.redirect = True
    manifest = finish(install(plan, tmp_path, options(fake_hub), StopSignal()))
    installed_ok(manifest, tmp_path, gemma_gguf)
    assert any("/cdn/" in request for request in fake_hub.requests)


def test_not_enough_disk_is_refused_before_the_first_byte(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    free = shutil.disk_usage(tmp_path).free
    with pytest.raises(NotEnoughDisk, match="Not enough disk space"):
        finish(install(plan, tmp_path, options(fake_hub, disk_margin=free), StopSignal()))
    assert fake_hub.bytes_served == 0
    assert not any(r.startswith("GET") for r in fake_hub.requests)


def test_offline_mode_makes_no_request(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    with pytest.raises(OfflineMode):
        finish(install(plan, tmp_path, options(fake_hub), StopSignal(), offline=True))
    assert fake_hub.requests == []


def test_pause_keeps_the_bytes_and_resume_continues(tmp_path: Path, fake_hub: FakeHub, gemma_gguf: Path) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    size = gemma_gguf.stat().st_size
    stop = StopSignal()

    def pause_a_third_of_the_way() -> None:
        for progress in install(plan, tmp_path, options(fake_hub), stop):
            if progress.done_bytes > size // 3:
                stop.pause()

    with pytest.raises(DownloadStopped) as stopped:
        pause_a_third_of_the_way()
    assert stopped.value.keep_partial
    part = part_path(tmp_path / GEMMA_REPO / GEMMA_FILE)
    assert part.stat().st_size > size // 3
    manifest = finish(install(plan, tmp_path, options(fake_hub), StopSignal()))
    installed_ok(manifest, tmp_path, gemma_gguf)
    assert fake_hub.bytes_served <= 1.1 * size


def test_a_killed_download_process_resumes_where_it_was(hearth_home: Path, fake_hub: FakeHub, qwen_gguf: Path) -> None:
    size = qwen_gguf.stat().st_size
    fake_hub.add(QWEN_REPO, QWEN_FILE, qwen_gguf)
    fake_hub.faults.rate = 40 * 1024 * 1024  # slow enough to be stopped in the middle
    halfway = fake_hub.when_served(size // 2)
    command = [str(HEARTH), "download", QWEN_REPO, QWEN_FILE, "--endpoint", fake_hub.url]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert halfway.wait(120), "the first download never reached the middle"
        os.kill(first.pid, signal.SIGKILL)
    finally:
        first.wait(30)
    assert first.returncode == -signal.SIGKILL
    part = next(hearth_home.rglob("*.gguf.part"))
    kept = part.stat().st_size
    assert kept > size // 4
    fake_hub.faults.rate = None
    served_before = fake_hub.bytes_served
    second = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert second.returncode == 0, second.stderr
    installed = Path(second.stdout.strip())
    assert installed.read_bytes() == qwen_gguf.read_bytes()
    assert fake_hub.bytes_served - served_before <= size - kept + 4 * 1024 * 1024  # only the rest was fetched


def test_hearth_download_of_a_catalog_model_installs_and_loads(fake_hub: FakeHub, qwen_gguf: Path) -> None:
    fake_hub.add(QWEN_REPO, QWEN_FILE, qwen_gguf)
    result = subprocess.run(
        [str(HEARTH), "download", "qwen2.5-coder-0.5b", "--endpoint", fake_hub.url, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    import json

    (installed,) = json.loads(result.stdout)["installed"]
    assert installed.endswith(f"{QWEN_REPO}/{QWEN_FILE}")
    assert "Runs on your" in result.stderr  # the verdict came before any byte
    listed = json.loads(
        subprocess.run([str(HEARTH), "list", "--json"], capture_output=True, text=True, check=True).stdout
    )
    ours = [(m["catalog_id"], m["path"]) for m in listed if m["source"] == "hearth"]  # other apps may add theirs
    assert ours == [("qwen2.5-coder-0.5b", installed)]

    from llama_cpp import Llama

    llm = Llama(model_path=installed, n_ctx=256, n_threads=1, verbose=False)
    try:
        assert llm.create_completion("1, 2, 3,", max_tokens=4)["usage"]["completion_tokens"] > 0
    finally:
        llm.close()


def test_hearth_download_failure_is_one_line(fake_hub: FakeHub, gemma_gguf: Path) -> None:
    fake_hub.add(GEMMA_REPO, GEMMA_FILE, gemma_gguf)
    result = subprocess.run(
        [str(HEARTH), "download", GEMMA_REPO, "missing.gguf", "--endpoint", fake_hub.url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == f"hearth: missing.gguf is no longer in {GEMMA_REPO}."


def test_shard_names_expand_to_the_whole_model() -> None:
    assert shard_names("q/m-Q4_K_M-00002-of-00003.gguf") == [
        "q/m-Q4_K_M-00001-of-00003.gguf",
        "q/m-Q4_K_M-00002-of-00003.gguf",
        "q/m-Q4_K_M-00003-of-00003.gguf",
    ]
    plan = for_repo_files("o/r", ["m-00001-of-00002.gguf", "mmproj-m-f16.gguf"])
    assert [(f.name, f.role) for f in plan.files] == [
        ("m-00001-of-00002.gguf", "model"),
        ("m-00002-of-00002.gguf", "model"),
        ("mmproj-m-f16.gguf", "mmproj"),
    ]


def test_the_queue_survives_a_restart_and_resumes_what_was_running(tmp_path: Path) -> None:
    queue = DownloadQueue(tmp_path / "downloads.json", concurrency=1)
    first = queue.add(for_repo_files("o/a", ["a.gguf"]))
    second = queue.add(for_repo_files("o/b", ["b.gguf"]))
    assert queue.add(for_repo_files("o/a", ["a.gguf"])).id == first.id  # the same model is one download
    assert [item.id for item in queue.startable()] == [first.id]
    queue.update(first.id, state=QueueState.RUNNING, done_bytes=10)
    assert queue.startable() == []
    reloaded = DownloadQueue(tmp_path / "downloads.json", concurrency=1)
    assert [(i.id, i.state, i.done_bytes) for i in reloaded.items] == [
        (first.id, QueueState.QUEUED, 10),
        (second.id, QueueState.QUEUED, 0),
    ]
    assert reloaded.items[0].plan == first.plan


def test_a_downloads_list_written_by_an_older_version_still_loads(tmp_path: Path) -> None:
    """The file as versions before the shared QueueState wrote it: states as plain strings, one the enum does not
    know (that entry is dropped, the others load)."""
    plan = {"repo": "o/a", "files": [{"repo": "o/a", "name": "a.gguf"}], "format": "gguf", "name": "A"}
    entries = [
        {"id": state, "plan": {**plan, "repo": f"o/{state}"}, "state": state, "done_bytes": 5}
        for state in ("queued", "running", "paused", "failed", "done", "cancelled", "half-way")
    ]
    (tmp_path / "downloads.json").write_text(json.dumps(entries), encoding="utf-8")
    queue = DownloadQueue(tmp_path / "downloads.json")
    assert [(i.id, i.state) for i in queue.items] == [
        ("queued", QueueState.QUEUED),
        ("running", QueueState.QUEUED),  # interrupted: it continues from its .part file
        ("paused", QueueState.PAUSED),
        ("failed", QueueState.FAILED),
        ("done", QueueState.DONE),
        ("cancelled", QueueState.CANCELLED),
    ]
    queue.save()
    assert [e["state"] for e in json.loads((tmp_path / "downloads.json").read_text(encoding="utf-8"))] == [
        "queued", "queued", "paused", "failed", "done", "cancelled"
    ]  # fmt: skip
    assert [(i.id, i.state) for i in DownloadQueue(tmp_path / "downloads.json").items] == [
        (i.id, i.state) for i in queue.items
    ]


@pytest.fixture
def small_disk(tmp_path: Path) -> Generator[Path, None, None]:
    """A real 300 MB filesystem (tmpfs) so the disk can really fill up; needs root, as on the CI machine."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_disk_that_fills_up_midway_keeps_the_bytes_and_resumes(
    small_disk: Path, fake_hub: FakeHub, gemma_gguf: Path
) -> None:
    plan = gemma_plan(fake_hub, gemma_gguf)
    filler = small_disk / "someone-elses-big-file"

    def fill_the_disk_a_fifth_of_the_way() -> None:
        for progress in install(plan, small_disk, options(fake_hub, disk_margin=0), StopSignal()):
            if progress.done_bytes > gemma_gguf.stat().st_size // 5 and not filler.exists():
                descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)  # another program takes the rest
                try:
                    while os.write(descriptor, bytes(1024 * 1024)):
                        pass
                except OSError:
                    pass
                finally:
                    os.close(descriptor)

    with pytest.raises(DiskFull, match="The disk is full"):
        fill_the_disk_a_fifth_of_the_way()
    kept = part_path(small_disk / GEMMA_REPO / GEMMA_FILE).stat().st_size
    assert kept > 0
    filler.unlink()
    manifest = finish(install(plan, small_disk, options(fake_hub, disk_margin=0), StopSignal()))
    installed_ok(manifest, small_disk, gemma_gguf)


def test_a_sharded_gguf_downloads_and_loads_as_one_model(tmp_path: Path, fake_hub: FakeHub, qwen_gguf: Path) -> None:
    from llama_cpp import Llama

    from tests.helpers.gguf_factory import split_gguf

    parts = split_gguf(qwen_gguf, tmp_path / "upload", 3)
    for part in parts:
        fake_hub.add("someone/qwen-split-GGUF", part.name, part)
    models = tmp_path / "models"
    plan = for_repo_files("someone/qwen-split-GGUF", [parts[1].name])  # any shard names the whole model
    assert [f.name for f in plan.files] == [p.name for p in parts]
    manifest = finish(install(plan, models, options(fake_hub), StopSignal()))
    assert [f.name for f in manifest.model_files()] == [p.name for p in parts]
    first = manifest.main_path(models)
    assert first.name.endswith("-00001-of-00003.gguf")
    llm = Llama(model_path=str(first), n_ctx=256, n_threads=1, verbose=False)
    try:
        assert llm.create_completion("def add(a, b):", max_tokens=4)["usage"]["completion_tokens"] > 0
    finally:
        llm.close()

"""Download every file of a plan, check what arrived, and only then mark the model installed."""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from datetime import UTC, datetime
from pathlib import Path

from app.downloads.errors import OfflineMode
from app.downloads.plan import DownloadPlan
from app.downloads.progress import DownloadPhase, DownloadProgress
from app.downloads.transfer import (
    StopSignal,
    TransferOptions,
    check_disk,
    fetch,
    part_path,
    remove_partial,
    resolve,
)
from app.i18n import say
from app.models import install_manifest
from app.models.gguf_info import CorruptModelFile, read_file
from app.models.install_manifest import InstalledFile, InstallManifest


def model_folder(models_dir: Path, repo: str) -> Path:
    return models_dir.joinpath(*repo.split("/"))


def install(
    plan: DownloadPlan,
    models_dir: Path,
    options: TransferOptions,
    stop: StopSignal,
    offline: bool = False,
) -> Generator[DownloadProgress, None, InstallManifest]:
    """Yields progress over all files together; returns the manifest written as the last step."""
    if offline:
        raise OfflineMode(
            say(
                "Downloads",
                "Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.",
                "downloads.offline-mode",
            )
        )
    folder = model_folder(models_dir, plan.repo)
    yield DownloadProgress(
        DownloadPhase.CHECKING,
        0,
        plan.known_bytes,
        message=say("Downloads", "Asking Hugging Face about the files", "downloads.asking"),
    )
    facts = [resolve(remote, options) for remote in plan.files]
    total = sum(f.size for f in facts)
    on_disk = sum(
        _bytes_present(folder / remote.name, fact.size) for remote, fact in zip(plan.files, facts, strict=True)
    )
    check_disk(folder, total - on_disk, options.disk_margin)  # before the first byte
    finished = 0
    for remote, fact in zip(plan.files, facts, strict=True):
        for progress in fetch(remote, folder / remote.name, options, stop, fact):
            yield dataclasses.replace(progress, done_bytes=finished + progress.done_bytes, total_bytes=total)
        finished += fact.size
    yield DownloadProgress(
        DownloadPhase.INSTALLING,
        total,
        total,
        message=say("Downloads", "Checking the model files", "downloads.checking-files"),
    )
    if plan.format == "gguf":
        _check_headers(plan, folder)
    manifest = InstallManifest(
        install_id=install_manifest.install_id_for(plan.catalog_id, plan.quantization, plan.files[0].name),
        repo=plan.repo,
        revision=facts[0].commit or (plan.revision or ""),
        format=plan.format,
        files=tuple(
            InstalledFile(remote.name, fact.size, fact.sha256 or "", remote.role)
            for remote, fact in zip(plan.files, facts, strict=True)
        ),
        catalog_id=plan.catalog_id,
        quantization=plan.quantization,
        name=plan.name,
        installed_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    install_manifest.write(models_dir, manifest)
    return manifest


def _bytes_present(target: Path, size: int) -> int:
    if target.is_file() and target.stat().st_size == size:
        return size
    part = part_path(target)
    return min(part.stat().st_size, size) if part.is_file() else 0


def _check_headers(plan: DownloadPlan, folder: Path) -> None:
    """A GGUF that verified against its hash can still be one llama.cpp cannot read; refuse it here, in Python."""
    for remote in plan.files:
        path = folder / remote.name
        try:
            read_file(path)
        except CorruptModelFile:
            for other in plan.files:
                (folder / other.name).unlink(missing_ok=True)
                remove_partial(folder / other.name)
            raise


def cancel_files(plan: DownloadPlan, models_dir: Path) -> None:
    """Remove what a cancelled download left (its .part files); files of a finished install are not touched."""
    folder = model_folder(models_dir, plan.repo)
    for remote in plan.files:
        remove_partial(folder / remote.name)

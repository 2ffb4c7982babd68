"""The work behind "Search Hugging Face", run on workers (ui/workers.py) through `app/hub_search`, and the download
plan for a row the person chose. No widget here: the panel (ui/models/hub_search_panel.py) starts these and shows
what they answer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.downloads.plan import DownloadPlan
from app.downloads.transfer import RemoteFile
from app.hardware import HardwareProfile
from app.hub_search.client import HubAccess
from app.hub_search.query import SearchQuery
from app.hub_search.report import QuantRow, RepoReport, ReportOptions, build_report
from app.hub_search.search import SearchPage, SearchSort, hidden_by_filters, next_page, search
from app.models.catalog import Catalog


@dataclass(frozen=True)
class HubContext:
    """What the search needs from the rest of Hearth, asked at each request (Settings may change meanwhile).
    `access` is called on the worker: reading the token may wait on the OS password store."""

    access: Callable[[], HubAccess]
    cache_dir: Path | None = None


@dataclass(frozen=True)
class Found:
    page: SearchPage
    hidden: int  # repositories matching the words without GGUF files, for an empty page


def search_job(context: HubContext, query: SearchQuery, sort: SearchSort, catalog: dict[str, str]) -> Found:
    access = context.access()
    page = search(access, query, sort, catalog_repos=catalog)
    hidden = hidden_by_filters(access, query) if page.empty and query.text else 0
    return Found(page, hidden)


def more_job(context: HubContext, page: SearchPage, query: SearchQuery, catalog: dict[str, str]) -> Found:
    following = next_page(context.access(), page, query, catalog)
    return Found(following or SearchPage((), None, page.fetched_at), 0)


def report_job(
    context: HubContext, repo: str, profile: HardwareProfile, options: ReportOptions, stop: threading.Event
) -> tuple[RepoReport, str]:
    access = context.access()
    return build_report(access, repo, profile, options, stop), f"{access.base}/{repo}"


@dataclass(frozen=True)
class Answer:
    """A request's outcome with its number, so an answer to a request the person has moved past is dropped."""

    number: int
    value: Any = None
    error: Exception | None = None


def numbered(number: int, job: Callable[..., Any], *args: Any) -> Answer:
    """On the worker: the job's result or its failure, told on the GUI thread with its sentence."""
    try:
        return Answer(number, job(*args))
    except Exception as exc:
        return Answer(number, error=exc)


def plan_for(report: RepoReport, row: QuantRow, catalog: Catalog) -> DownloadPlan:
    """The row's files (every part, and the vision file) at the revision the verdict was read from, with the sizes
    and SHA-256 the tree API gave, so the download is checked against exactly what was judged. A repository that is
    one of the catalog's models, in one of its sizes, is downloaded as that catalog model."""
    quant, revision = row.group, report.facts.revision
    files = [RemoteFile(report.repo, f.path, revision, f.size or None, f.sha256, "model") for f in quant.files]
    if quant.mmproj is not None:
        m = quant.mmproj
        files.append(RemoteFile(report.repo, m.path, revision, m.size or None, m.sha256, "mmproj"))
    spec = next((m for m in catalog.models if m.repo.lower() == report.repo.lower()), None)
    known = spec is not None and any(v.quantization == quant.quantization for v in spec.variants)
    return DownloadPlan(
        repo=report.repo,
        files=tuple(files),
        format="gguf",
        name=f"{report.repo.split('/')[-1]} {quant.quantization}",
        catalog_id=spec.id if spec is not None and known else "",
        quantization=quant.quantization,
        revision=revision,
    )


def catalog_repos(catalog: Catalog) -> dict[str, str]:
    index: dict[str, str] = {}
    for model in catalog.models:
        index.setdefault(model.repo.lower(), model.id)
    return index

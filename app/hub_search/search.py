"""Search Hugging Face's GGUF models: one `list_models` request per page, the next page from `Link: rel="next"`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.hub_search.client import HubAccess, get_json
from app.hub_search.licences import license_tag, tier
from app.hub_search.query import SearchQuery
from app.models import catalog

PAGE_SIZE = 30
_EXPAND = ("author", "downloads", "likes", "lastModified", "tags", "gated", "trendingScore")


class SearchSort(StrEnum):
    DOWNLOADS = "downloads"
    LIKES = "likes"
    TRENDING = "trending"
    UPDATED = "updated"

    @property
    def hub_key(self) -> str:
        return {"trending": "trendingScore", "updated": "lastModified"}.get(self.value, self.value)


@dataclass(frozen=True)
class SearchRow:
    repo: str
    author: str
    downloads: int
    likes: int
    updated: str  # ISO 8601, as the Hub says it
    license: str | None  # the card's licence id
    license_tier: int | None  # Hearth's tier for it, None where the licence is not one Hearth knows
    gated: bool
    catalog_id: str | None  # the catalog model this repository is, if any

    def to_dict(self) -> dict[str, Any]:
        return {
            "repo": self.repo,
            "author": self.author,
            "downloads": self.downloads,
            "likes": self.likes,
            "updated": self.updated,
            "license": self.license,
            "license_tier": self.license_tier,
            "gated": self.gated,
            "catalog_id": self.catalog_id,
        }


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[SearchRow, ...]
    next_url: str | None  # the following page, as the Hub linked it; None on the last page
    fetched_at: datetime  # when the Hub said this (shown beside results kept while offline)

    @property
    def empty(self) -> bool:
        return not self.rows


def search(
    access: HubAccess,
    query: SearchQuery,
    sort: SearchSort = SearchSort.DOWNLOADS,
    limit: int = PAGE_SIZE,
    catalog_repos: Mapping[str, str] | None = None,
) -> SearchPage:
    """The first page of GGUF repositories matching the query, most downloaded (or liked, ...) first."""
    params = [("filter", "gguf"), ("sort", sort.hub_key), ("direction", "-1"), ("limit", str(limit))]
    if query.text:
        params.insert(0, ("search", query.text))
    params += [("expand[]", key) for key in _EXPAND]
    return _page(access, access.api("models"), params, query, catalog_repos)


def next_page(
    access: HubAccess, page: SearchPage, query: SearchQuery, catalog_repos: Mapping[str, str] | None = None
) -> SearchPage | None:
    """The page after `page` (its `Link` URL as is), or None after the last."""
    if page.next_url is None:
        return None
    return _page(access, page.next_url, None, query, catalog_repos)


def _page(
    access: HubAccess,
    url: str,
    params: list[tuple[str, str]] | None,
    query: SearchQuery,
    catalog_repos: Mapping[str, str] | None,
) -> SearchPage:
    document, following = get_json(access, url, params)
    known = catalog_index() if catalog_repos is None else catalog_repos
    rows = [_row(item, known) for item in document if isinstance(item, dict) and item.get("id")]
    if query.repo:  # the repository named outright comes first
        named = query.repo.lower()
        rows.sort(key=lambda r: r.repo.lower() != named)
    return SearchPage(tuple(rows), following, datetime.now().astimezone())


def _row(item: dict[str, Any], known: Mapping[str, str]) -> SearchRow:
    repo = str(item["id"])
    tags = [str(t) for t in item.get("tags") or []]
    licence = license_tag(tags)
    return SearchRow(
        repo=repo,
        author=str(item.get("author") or repo.split("/")[0]),
        downloads=int(item.get("downloads") or 0),
        likes=int(item.get("likes") or 0),
        updated=str(item.get("lastModified") or ""),
        license=licence,
        license_tier=tier(licence),
        gated=bool(item.get("gated")),  # false, or "auto" / "manual"
        catalog_id=known.get(repo.lower()),
    )


def hidden_by_filters(access: HubAccess, query: SearchQuery) -> int:
    """For an empty result: how many repositories match the words but have no GGUF files (one request, counted up
    to 100), so "nothing found" can say what the filter hid."""
    params = [("search", query.text), ("limit", "100")]
    document, _ = get_json(access, access.api("models"), params)
    return len(document) if isinstance(document, list) else 0


def catalog_index() -> dict[str, str]:
    """Repository (lower case) → the catalog model that downloads from it."""
    index: dict[str, str] = {}
    for model in catalog.default().models:
        index.setdefault(model.repo.lower(), model.id)
    return index

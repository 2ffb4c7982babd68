""" "Search my documents" as a tool: the built-in "documents" server, whose one tool, search_documents, finds passages
in one collection the person chose, so a model decides itself when to look something up.

The search is Chat's own (app/documents): the collection's index searched by the question's vector from the
collection's embedding model, fused with its words, and each passage's quote picked the way a reply's sources are.
The text the model reads numbers the passages and names each one's source (file, page or place in the file) so it
can cite them; the same passages come back as structured sources (`ToolResult.sources`) for the window to list
under the call, as it lists a document reply's. A collection that is gone, empty, or indexed with another embedding
model answers with a sentence the model reads as the call's error. Read-only: it never changes the collection.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.documents import collections
from app.documents.answer import Source, best_quote
from app.documents.chat import embedder_of
from app.documents.index import DocumentIndex, Hit, NeedsReindex
from app.errors import HearthError
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.i18n import say
from app.mcp import McpTool, McpToolFailed, McpToolTimedOut, ToolResult

SERVER = "documents"  # reserved: a tool server of this name in mcp.json is not reached while the built-in is on
IDENTITY = "hearth:documents"
TOOL = "search_documents"
DEFAULT_RESULTS = 3
MAX_RESULTS = 8
TEXT_BUDGET = 6000  # characters of passages in one answer: under what the loop lets a result carry (RESULT_LIMIT)


class DocumentSearch:
    """The "documents" built-in over the collection called `collection`. Each call opens the collection afresh (so a
    collection indexed again since is read as it is now) and blocks on the model host for the query's vector (the
    embedding model is loaded there at the first call and stays): run it from a worker, as the tool loop is."""

    name = SERVER
    identity = IDENTITY

    def __init__(self, host: ModelHost, profile: HardwareProfile, collection: str) -> None:
        self._host = host
        self._profile = profile
        self.collection = collection

    def tools(self) -> list[McpTool]:
        description = (
            f"Search the person's own documents (the collection “{self.collection}”) for the passages that best "
            "match a question or some words. Returns the passages numbered, each with its source (file and page), "
            "to answer from and cite."
        )
        schema = {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "what to look for: a question or a few words"},
                "max_results": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_RESULTS,
                    "description": f"how many passages at most (default {DEFAULT_RESULTS})",
                },
            },
            "required": ["query"],
        }
        return [McpTool(TOOL, description, schema, read_only=True)]

    def call(self, tool: str, arguments: dict[str, Any], timeout_s: float) -> ToolResult:
        if tool != TOOL:
            raise McpToolFailed(
                say(
                    "ToolUse",
                    "Hearth's document search has no tool called “{tool}”; it has only “{known}”.",
                    "tool_use.search-unknown-tool",
                ).format(tool=tool, known=TOOL)
            )
        query = arguments.get("query")
        if not isinstance(query, str) or not query.strip():
            raise McpToolFailed(
                say(
                    "ToolUse",
                    "{tool} needs a query: a question or a few words to look for.",
                    "tool_use.search-needs-query",
                ).format(tool=TOOL)
            )
        wanted = arguments.get("max_results", DEFAULT_RESULTS)
        top = min(max(wanted, 1), MAX_RESULTS) if isinstance(wanted, int) else DEFAULT_RESULTS
        try:
            index = collections.open_collection(self.collection)
        except collections.UnknownCollection as exc:
            raise McpToolFailed(
                say(
                    "ToolUse",
                    "There is no document collection called “{collection}” any more, so nothing was searched.",
                    "tool_use.search-collection-gone",
                ).format(collection=self.collection),
                exc.details,
            ) from exc
        with index:
            hits = self._search(index, query.strip(), top, timeout_s)
        sources = _within_budget(tuple(_source(hit, query) for hit in hits))
        return ToolResult(_text(self.collection, query.strip(), sources), sources=tuple(s.to_record() for s in sources))

    def _search(self, index: DocumentIndex, query: str, top: int, timeout_s: float) -> list[Hit]:
        if not index.chunk_count():
            raise McpToolFailed(
                say(
                    "ToolUse",
                    "The collection “{collection}” has no documents read into it yet, so there is nothing to search: "
                    "add documents to it on the Documents page (or with `hearth docs add`).",
                    "tool_use.search-empty-collection",
                ).format(collection=self.collection)
            )
        reindex = McpToolFailed(
            say(
                "ToolUse",
                "The collection “{collection}” was indexed with another embedding model than the one it is set "
                "to use now, so it cannot be searched until it is indexed again on the Documents page.",
                "tool_use.search-needs-reindex",
            ).format(collection=self.collection),
            f"recorded embedder: {index.embedder}",
        )
        if index.needs_reindex:
            raise reindex
        try:
            embedder = embedder_of(self._host, index.meta(collections.EMBEDDER_PATH), self._profile)
        except HearthError as exc:  # the model file is gone
            raise McpToolFailed(exc.sentence, exc.details) from exc
        if index.embedder and index.embedder != embedder.name:  # the model file was replaced by another
            raise reindex
        try:
            vector = dataclasses.replace(embedder, timeout=timeout_s).query(query)
        except TimeoutError as exc:
            raise McpToolTimedOut(
                say(
                    "ToolUse",
                    "Hearth's document search did not answer within {timeout_s:g} seconds (its embedding model was "
                    "busy or still loading), so Hearth stopped waiting. It can be asked again.",
                    "tool_use.search-timed-out",
                ).format(timeout_s=timeout_s),
                str(exc),
            ) from exc
        try:
            return index.search(vector, query, top)
        except NeedsReindex as exc:
            raise reindex from exc
        except ValueError as exc:  # vectors of another size than the model's: another model made them
            raise McpToolFailed(reindex.sentence, str(exc)) from exc


def _source(hit: Hit, query: str) -> Source:
    """A passage as a document reply's sources are: with the sentences closest to the query as its quote."""
    return Source(hit.file, hit.page, hit.text, hit.score, hit.start, hit.end, best_quote(hit.text, query))


def _within_budget(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """The best-ranked passages whose text fits TEXT_BUDGET (at least the first): the sources listed are the
    passages the model read, none cut off by the loop's cap."""
    kept: list[Source] = []
    used = 0
    for source in sources:
        used += len(source.text)
        if kept and used > TEXT_BUDGET:
            break
        kept.append(source)
    return tuple(kept)


def where(source: Source) -> str:
    """The passage's place as the model cites it: the file and its page, or the characters of a file without."""
    if source.page:
        return f"{source.file.name}, page {source.page}"
    return f"{source.file.name}, characters {source.start}–{source.end}"


def _text(collection: str, query: str, sources: tuple[Source, ...]) -> str:
    if not sources:
        return f"No passage in the collection “{collection}” matches “{query}”."
    count = f"{len(sources)} passage{'s' if len(sources) != 1 else ''}"
    parts = [f"{count} from the collection “{collection}” for “{query}”, best first:"]
    for number, source in enumerate(sources, start=1):
        parts.append(f"[{number}] Source: {where(source)}\n{source.text.strip()}")
    return "\n\n".join(parts)

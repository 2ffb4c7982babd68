"""Hearth's own "search my documents" tool, for real: a collection of two small text files indexed with the real
MiniLM embedder, searched by the tool directly and by the real Qwen model through the tool loop. What is checked is
what Hearth did — the passages found, their sources, the sentences for a collection that cannot be searched — never
the small model's words."""

from __future__ import annotations

import argparse
import dataclasses
import json
import threading
from contextlib import ExitStack
from pathlib import Path

import pytest

from app import paths, settings
from app.cli import tool_chat, tool_options
from app.documents import collections
from app.documents.answer import AnswerMode, ReadDocuments
from app.documents.embedder import HostEmbedder
from app.documents.indexer import index_collection
from app.engines.chat_types import BALANCED
from app.hardware import HardwareProfile, probe
from app.host import ModelHost, drive, plan_load
from app.mcp import McpToolFailed
from app.openai.messages import ChatMessage
from app.responders import LocalResponder
from app.tool_use import CallRequest, DocumentSearch, ToolCallRecord, ToolLoop, ToolRunners, ToolSet, model_tool_style
from tests.helpers.documents_corpus import FACTS, write_txt

pytestmark = pytest.mark.model

GREEDY = dataclasses.replace(BALANCED, temperature=0.0, max_tokens=64, seed=1)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def papers(host: ModelHost, profile: HardwareProfile, minilm: Path, folder: Path) -> list[Path]:
    """The collection "Papers": a file on the lighthouse, one on the bridge, indexed as `hearth docs add` does."""
    folder.mkdir()
    files = [
        write_txt(folder / "harbour.txt", [FACTS[0].sentence, "The harbour office closes at five on Fridays."]),
        write_txt(folder / "bridge.txt", [FACTS[1].sentence]),
    ]
    with collections.open_collection("Papers", create=True) as index:
        index.set_meta(collections.EMBEDDER_PATH, str(minilm))
        drive(index_collection(index, HostEmbedder.of(host, minilm, profile), add=files), lambda _step: None)
    return [file.resolve() for file in files]


def test_the_tool_finds_passages_with_their_sources_and_says_why_when_a_collection_cannot_be_searched(
    host: ModelHost, profile: HardwareProfile, minilm_gguf: Path, tmp_path: Path
) -> None:
    harbour, bridge = papers(host, profile, minilm_gguf, tmp_path / "papers")
    search = DocumentSearch(host, profile, "Papers")
    (tool,) = search.tools()
    assert (search.name, search.identity, tool.name, tool.read_only) == (
        "documents",
        "hearth:documents",
        "search_documents",
        True,
    )

    result = search.call("search_documents", {"query": FACTS[0].with_words, "max_results": 1}, 30.0)
    assert not result.is_error
    assert "[1] Source: harbour.txt, characters 0–" in result.text
    assert FACTS[0].sentence in result.text
    (found,) = result.sources  # one passage asked for, and the model read the same one
    assert found["file"] == str(harbour)
    assert (found["page"], found["start"]) == (0, 0)
    assert FACTS[0].sentence in str(found["text"])
    both = search.call("search_documents", {"query": "bridge lighthouse"}, 30.0)
    assert {source["file"] for source in both.sources} == {str(harbour), str(bridge)}

    # Through the runners a tool server's name goes to the MCP host; the built-in's sentence is the call's error.
    runners = ToolRunners(None, [search])
    assert runners.call("documents", "search_documents", {"query": "bridge"}, timeout_s=30.0).sources
    with pytest.raises(McpToolFailed, match="no tool called “read_file”"):
        runners.call("documents", "read_file", {}, timeout_s=30.0)
    with pytest.raises(McpToolFailed, match="no document collection called “Gone”"):
        DocumentSearch(host, profile, "Gone").call("search_documents", {"query": "bridge"}, 30.0)
    collections.open_collection("Empty", create=True).close()
    with pytest.raises(McpToolFailed, match="has no documents read into it yet"):
        DocumentSearch(host, profile, "Empty").call("search_documents", {"query": "bridge"}, 30.0)
    with collections.open_collection("Papers") as index:
        index.use_embedder("another-model.gguf (1234 bytes)")  # the next indexing would read every file again
    with pytest.raises(McpToolFailed, match="indexed with another embedding model"):
        search.call("search_documents", {"query": "bridge"}, 30.0)


def test_a_forced_search_runs_approved_in_the_tool_loop_and_its_record_keeps_the_sources(
    host: ModelHost,
    profile: HardwareProfile,
    minilm_gguf: Path,
    qwen_gguf: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    harbour, bridge = papers(host, profile, minilm_gguf, tmp_path / "papers")
    # A tool server in mcp.json named like the built-in is said to be passed over, never reached.
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    (config / "mcp.json").write_text(json.dumps({"mcpServers": {"documents": {"command": "not-a-program"}}}))
    responder = LocalResponder(host, plan_load(qwen_gguf, profile, context=2048).request)
    responder.prepare().result()
    asked: list[tuple[str, str, str]] = []

    def approve(request: CallRequest) -> bool:
        asked.append((request.server, request.tool.name, request.identity))
        return True

    with ExitStack() as stack:  # the way `hearth chat --tools documents --collection Papers` builds it
        toolbox = tool_chat.open_toolbox(["documents"], stack)
        runners, tools = toolbox.with_model(responder, "Papers")
        assert isinstance(tools, ToolSet)
        assert tools.names == ["search_documents"]
        assert "the tool server “documents” in mcp.json is not used" in capsys.readouterr().err
        stop = threading.Event()  # Stop once the search is over: the model's answer from it is the small model's words

        def stop_after_the_call(event: object) -> None:
            if isinstance(event, ToolCallRecord):
                stop.set()

        style = model_tool_style(qwen_gguf)
        loop = ToolLoop(responder, runners, tools, style, approve, cancel=stop, on_event=stop_after_the_call)
        result = loop.run([ChatMessage("user", FACTS[1].with_words)], GREEDY, tool_choice="required")

    (first,) = result.calls
    assert asked == [("documents", "search_documents", "hearth:documents")]
    assert (first.server, first.tool, first.approved, first.error) == ("documents", "search_documents", True, None)
    assert first.sources
    assert {source.file for source in first.sources} <= {harbour, bridge}
    assert first.result is not None
    assert all(f"Source: {source.file.name}" in first.result for source in first.sources)
    assert result.history[-1].content == first.result  # what the model would read next: the passages, with sources
    shown = ReadDocuments(AnswerMode.RETRIEVAL, first.sources)  # what the window's DocumentSources takes
    assert shown.to_record()["sources"]
    listed = first.to_json()
    assert [source["file"] for source in listed["sources"]] == [str(source.file) for source in first.sources]
    assert set(listed) == {"server", "tool", "arguments", "approved", "result", "error", "seconds", "sources"}


def test_hearth_chat_takes_documents_only_with_an_existing_collection() -> None:
    parser = argparse.ArgumentParser(prog="hearth chat", exit_on_error=False)
    parser.add_argument("--prompt")
    parser.add_argument("--image", action="append", default=[])
    tool_options.register(parser)
    alone = parser.parse_args(["--prompt", "q", "--tools", "time,documents"])
    assert tool_options.usage_problem(alone) == "--tools documents and --collection NAME go together"
    collections.open_collection("Papers", create=True).close()
    named = parser.parse_args(["--prompt", "q", "--tools", "documents", "--collection", "Papers"])
    assert tool_options.usage_problem(named) is None
    with pytest.raises(argparse.ArgumentError, match="there is no collection named “Nope”"):
        parser.parse_args(["--prompt", "q", "--tools", "documents", "--collection", "Nope"])

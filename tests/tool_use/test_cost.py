"""What tools cost, in the real Qwen test model's own tokens: counted from its vocabulary on the model host, equal to
what the tools add to the prompt the loaded model reads, and the warning past a quarter of the context."""

from __future__ import annotations

import json
from pathlib import Path

from app.engines.chat_types import Message
from app.hardware import probe
from app.host import ModelHost, plan_load
from app.mcp import McpTool
from app.openai.prompts import engine_messages
from app.responders import LocalResponder
from app.settings import configured_models_dir
from app.tool_use import ModelTokenizer, ToolSet, count_tool_tokens, estimate_tokens, model_tool_style

ZONE = {"type": "object", "properties": {"timezone": {"type": "string", "description": "IANA name"}}}
PATH = {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}
TOOLS = ToolSet.of_servers(
    {
        "time": [McpTool("get_current_time", "Get the current time in a specific timezone.", ZONE)],
        "files": [
            McpTool("read_file", "Read the complete contents of a file from the file system. 読む", PATH),
            McpTool("write_file", "Create a new file or completely overwrite an existing file.", PATH),
        ],
    }
)


def test_tool_sizes_are_counted_with_the_models_own_tokenizer_as_it_reads_them(
    qwen_gguf: Path, host: ModelHost
) -> None:
    style = model_tool_style(qwen_gguf)
    with ModelTokenizer(host, qwen_gguf) as tokenizer:  # the vocabulary alone: the model is not loaded for this
        cost = count_tool_tokens(TOOLS, tokenizer.count, style=style)
        assert tokenizer.count("<tool_call>") == 1  # a special token's text is that token, as in a prompt
    estimate = count_tool_tokens(TOOLS, style=style)

    assert not cost.estimated
    assert estimate.estimated
    assert [(t.server, t.tool) for t in cost.tools] == [
        ("time", "get_current_time"),
        ("files", "read_file"),
        ("files", "write_file"),
    ]
    assert all(tool.tokens > 0 for tool in cost.tools)
    assert [t.tokens for t in cost.tools] != [t.tokens for t in estimate.tools]
    assert estimate.tools[0].tokens == estimate_tokens(json.dumps(TOOLS.tools[0].openai(), ensure_ascii=False))
    assert cost.framing > 0
    assert [(s.server, s.tokens) for s in cost.servers] == [
        ("time", cost.tools[0].tokens),
        ("files", cost.tools[1].tokens + cost.tools[2].tokens),
    ]

    # What the tools add to the prompt the loaded model reads (its template and tokenizer) is what was counted.
    request = plan_load(qwen_gguf, probe(configured_models_dir()), context=2048).request
    responder = LocalResponder(host, request)
    responder.prepare().result()
    history = [Message("system", "You are helpful."), Message("user", "What time is it?")]
    without = responder.count_tokens(history).result()
    offered = engine_messages([], TOOLS.openai(), style)  # the tools' note alone, as the loop writes it
    with_tools = responder.count_tokens([Message("system", f"You are helpful.\n\n{offered[0].content}"), history[1]])
    assert with_tools.result() - without == cost.total


def test_a_tool_set_over_a_quarter_of_the_context_is_warned_about_naming_the_biggest_servers() -> None:
    cost = count_tool_tokens(TOOLS)  # the estimate: the rule is the same whatever counts
    assert not cost.too_much(cost.total * 4)
    assert cost.warning(cost.total * 4) == ""
    assert cost.too_much(cost.total * 4 - 1)
    assert not cost.too_much(0)  # a context not known: nothing to say

    files = next(s.tokens for s in cost.servers if s.server == "files")
    warning = cost.warning(cost.total * 4 - 1)
    assert warning.startswith(f"The tools offered would take about {cost.total:,} tokens of the model's ")
    assert f"Switching off files (about {files:,} tokens) would help most." in warning  # the biggest is enough
    both = cost.warning(cost.total)  # only switching off both brings it under a quarter
    assert "Switching off files (about" in both
    assert " and time (about" in both

    alone = count_tool_tokens(ToolSet([t for t in TOOLS.tools if t.server == "files"]))
    assert "Switching off some tools of files, the biggest first — " in alone.warning(alone.total)

"""A model on another computer uses this computer's tools, through `hearth chat --model NAME/MODEL --tools`:
Hearth's own API server on 127.0.0.1, serving the real Qwen test model, stands for the bigger computer; the tool
server (tests/mcp/hearth_test_server.py) runs here. The call is forced (`tool_choice` "required", which that server
enforces with a grammar), so what is checked is what Hearth did — what was said, what ran here, what each request
carried — never the small model's words."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from app import cli, paths, settings
from app.engines.chat_types import ToolCall
from app.engines.llama.chat_format import ToolStyle
from app.hardware import probe
from app.host import ModelHost, plan_load
from app.mcp import McpHost
from app.openai.messages import ChatMessage
from app.openai.prompts import engine_messages
from app.providers import Providers
from app.responders import LocalResponder
from app.server import LocalServer, ServedModels, ServerOptions
from app.tool_use import ToolSet
from tests.locations import REPO_ROOT

pytestmark = pytest.mark.model

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")
ASK = "Use the echo tool to say the word hearth."


def test_another_computers_model_calls_a_tool_here_and_its_next_request_carries_the_result(
    qwen_gguf: Path, host: ModelHost, capsys: pytest.CaptureFixture[str]
) -> None:
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    (config / "mcp.json").write_text(
        json.dumps({"mcpServers": {"here": {"command": sys.executable, "args": [TEST_SERVER, "--only", "echo"]}}})
    )
    profile = probe(settings.configured_models_dir())
    model_there = LocalResponder(host, plan_load(qwen_gguf, profile, context=2048).request)
    model_there.prepare().result()  # loaded as the other computer's window would: its server answers with it
    models = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)
    server = LocalServer(models, ServerOptions(max_queue=4), port=0)
    server.start()
    try:
        assert server.address is not None
        base_url = server.address.base_url
        Providers(config, lambda: False).add("desk", base_url)
        model = qwen_gguf.name.removesuffix(".gguf")
        code = cli.main(["chat", "--model", f"desk/{model}", "--prompt", ASK, "--tools", "here",
                         "--tool-choice", "required", "--approve", "all", "--max-tool-rounds", "1", "--json",
                         "--temperature", "0", "--seed", "1", "--max-tokens", "24"])  # fmt: skip
        out, err = capsys.readouterr()
        assert code == 0, err

        # The person is told, before anything is sent, that the tools' results leave this computer too.
        there = base_url.removeprefix("http://").removesuffix("/v1")
        said = err.index(f"the results of the calls the model asks for are sent to {there} too")
        assert said < err.index("[tool here → echo")

        # The forced call came back through the provider client and ran here, on the tool server.
        first = json.loads(out)["tool_calls"][0]
        assert (first["server"], first["tool"], first["approved"], first["error"]) == ("here", "echo", True, None)
        assert first["result"] == first["arguments"]["text"]

        # The other computer was asked twice (the forced call, then the next turn; one tool round allowed) and read
        # exactly what Hearth meant: the tools sent as OpenAI `tools`, written into the prompt there once, in its
        # model's own style; then the call and this computer's result as OpenAI messages.
        with McpHost(config) as mcp:
            offered = ToolSet.of_servers({"here": mcp.tools("here")}).openai()
        call = ToolCall("any id", "echo", first["arguments"])
        question = ChatMessage("user", ASK)
        sent = [
            [question],
            [question, ChatMessage("assistant", "", tool_calls=(call,)), ChatMessage("tool", first["result"])],
        ]
        asked = [r for r in server.service.records if r.path == "/v1/chat/completions"]
        assert [r.status for r in asked] == [200, 200]
        read = [model_there.count_tokens(engine_messages(m, offered, ToolStyle.HERMES)).result() for m in sent]
        assert [r.prompt_tokens for r in asked] == read
    finally:
        server.stop()

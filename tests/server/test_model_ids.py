"""Short model ids, as Ollama and LM Studio give theirs: the library's models on the local API server, in
`hearth list` and in `hearth chat --model`, with the long library id still accepted. The server is real, on
127.0.0.1, asked with the official `openai` client."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from app import cli, settings
from app.hardware import probe
from app.host import ModelHost
from app.models.library import Library, LibraryModel, short_ids
from app.server import LocalServer, ServedModels, ServerOptions
from app.server.models import example_id

QWEN_ID = "qwen2.5-coder-0.5b-instruct-q4_k_m"
MINILM_ID = "all-minilm-l6-v2-f16"


def place(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)  # another file for the library (its real path differs), without a copy
    except OSError:
        target.write_bytes(source.read_bytes())
    return target


def model(model_id: str, path: str, source: str = "imported") -> LibraryModel:
    return LibraryModel(id=model_id, name=path, source=source, path=Path(path), files=(), format="gguf", size_bytes=0)


def test_short_ids_are_the_lowercased_file_stem_and_a_suffix_tells_two_of_a_name_apart() -> None:
    first = model("imported:/b/Qwen2.5-Coder-0.5B-Instruct-Q4_K_M.gguf", "/b/Qwen2.5-Coder-0.5B-Instruct-Q4_K_M.gguf")
    second = model("imported:/a/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf", "/a/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf")
    split = model("lmstudio:x/Big Model-00001-of-00003.gguf", "/m/Big Model-00001-of-00003.gguf", "lmstudio")
    ollama = model("ollama:qwen2.5:7b", "/blobs/sha256-abc", "ollama")
    ids = short_ids([first, second, split, ollama])
    assert ids == {
        second.id: QWEN_ID,  # the smaller long id keeps the plain name, whatever order they are found in
        first.id: f"{QWEN_ID}-2",
        split.id: "big-model",
        ollama.id: "qwen2.5:7b",
    }
    assert short_ids([ollama, split, first, second]) == ids


@pytest.fixture
def library(qwen_gguf: Path, minilm_gguf: Path, tmp_path: Path) -> Library:
    library = Library(home=tmp_path / "home", environ={})
    for path in (
        place(qwen_gguf, tmp_path / "mine" / qwen_gguf.name),
        place(minilm_gguf, tmp_path / "a" / minilm_gguf.name),
        place(minilm_gguf, tmp_path / "b" / minilm_gguf.name.upper().replace(".GGUF", ".gguf")),
    ):
        assert library.import_path(path).imported
    return library


@pytest.fixture
def server(library: Library) -> Iterator[LocalServer]:
    with ModelHost() as host:
        server = LocalServer(
            ServedModels(host, probe(settings.configured_models_dir()), library=library), ServerOptions(), port=0
        )
        server.start()
        try:
            yield server
        finally:
            server.stop()


def client(server: LocalServer) -> openai.OpenAI:
    assert server.address is not None
    return openai.OpenAI(base_url=server.address.base_url, api_key="none", max_retries=0, timeout=300)


@pytest.mark.model
def test_the_server_names_models_by_short_ids_and_still_takes_the_long_ones(
    server: LocalServer, library: Library, tmp_path: Path
) -> None:
    with client(server) as api:
        listed = {m.id: m for m in api.models.list().data}
        assert set(listed) == {QWEN_ID, MINILM_ID, f"{MINILM_ID}-2"}
        assert [m.id for m in api.models.list().data] == [m.id for m in api.models.list().data]  # stable
        qwen = listed[QWEN_ID].model_extra
        assert qwen is not None
        long_id = qwen["library_id"]  # an added key; the others stay as they were
        assert long_id == f"imported:{tmp_path / 'mine' / (QWEN_ID + '.gguf')}"
        assert (qwen["kind"], listed[QWEN_ID].owned_by) == ("text", "hearth")

        for name in (QWEN_ID, long_id):
            reply = api.chat.completions.create(
                model=name, messages=[{"role": "user", "content": "Say hi."}], max_tokens=2, temperature=0
            )
            assert reply.model == QWEN_ID
            assert reply.choices[0].message.content
        embedded = api.embeddings.create(model=f"{MINILM_ID}-2", input="a harbour")
        assert len(embedded.data[0].embedding) == 384
    assert example_id(library) == QWEN_ID  # the server card's snippets name it


@pytest.mark.model
def test_hearth_list_shows_the_id_that_chat_and_serve_take(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("HF_HOME", "HF_HUB_CACHE", "XDG_CACHE_HOME", "OLLAMA_MODELS", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    assert cli.main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split()[0] for line in lines) == [MINILM_ID, f"{MINILM_ID}-2", QWEN_ID]
    assert cli.main(["list", "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert sorted(d["short_id"] for d in documents) == [MINILM_ID, f"{MINILM_ID}-2", QWEN_ID]
    assert all(d["id"].startswith("imported:") for d in documents)  # the long id keeps its key
    found = Library().find(QWEN_ID)
    assert found is not None
    assert found.path == tmp_path / "mine" / (QWEN_ID + ".gguf")  # what `hearth chat --model` resolves

"""Answering a chat from documents without a screen: what a reply keeps of how it read them, the files attached to
a conversation (indexed into the conversation's own index with the real MiniLM embedder), and a question sent to
another computer's model — llama-cpp-python's own server on 127.0.0.1 with the real Qwen model — through
`hearth docs ask NAME "q" --model REMOTE/MODEL_ID`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import paths, settings
from app.documents import collections
from app.documents.answer import AnswerMode, ReadDocuments, Source, best_quote, quoted_for_reply
from app.documents.chat import (
    REMOTE_CONTEXT,
    Reader,
    conversation_index_path,
    forget_attached,
    prepare_attached_answer,
)
from app.engines.chat_types import Message
from app.errors import HearthError
from app.hardware import HardwareProfile, probe
from app.host import ModelHost
from app.models.library import Library
from app.providers import ProviderKeys, Providers
from app.responders.remote import estimate_tokens
from tests.helpers.documents_corpus import FACTS, write_txt
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.llama_server import LlamaServer


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def test_how_a_reply_read_its_documents_comes_back_from_its_record() -> None:
    source = Source(Path("/docs/harbour.pdf"), 3, "The keeper is Ada. She rows.", 0.51234567, 10, 38, "She rows.")
    read = ReadDocuments(AnswerMode.RETRIEVAL, (source,), "Only 1 passage was read.", 2304, "10.0.0.2:8080 (desk)")
    record = read.to_record()
    assert json.loads(json.dumps(record)) == record
    back = ReadDocuments.from_record(record)
    assert back is not None
    assert back.mode is AnswerMode.RETRIEVAL
    assert (back.notice, back.whole_context, back.sent_to) == (read.notice, 2304, "10.0.0.2:8080 (desk)")
    (kept,) = back.sources
    assert (kept.file, kept.page, kept.text, kept.quote, kept.start, kept.end) == (
        source.file,
        3,
        source.text,
        "She rows.",
        10,
        38,
    )
    assert kept.score == pytest.approx(0.512346)


def test_once_the_reply_is_written_the_quote_is_the_sentence_it_stands_on() -> None:
    """The question shares its words with a sentence about the lighthouse's paint as much as with the one naming its
    keeper; the reply names the keeper, so the keeper's sentence becomes the quote."""
    filler = " ".join(
        f"The harbour office keeps record number {n} of the ferry timetable for the season." for n in range(8)
    )
    painted = "The lighthouse at Port Elwyn was painted white again in 1990 by the council."
    kept = "Thaddeus Quillfeather has kept the lighthouse at Port Elwyn since the winter of 1987."
    text = f"{painted} {filler} {kept}"
    question = "Who keeps the lighthouse at Port Elwyn?"
    source = Source(Path("harbour.txt"), 0, text, 0.9, 0, len(text), best_quote(text, question))
    read = ReadDocuments(AnswerMode.WHOLE, (source,), "", 0)
    assert kept not in source.quote  # the question alone picked the paint
    requoted = quoted_for_reply(read, question, "Thaddeus Quillfeather keeps it, since 1987.")
    assert kept in requoted.sources[0].quote
    assert (requoted.mode, requoted.sources[0].text) == (read.mode, source.text)  # only the quote moved


def test_a_message_without_documents_or_a_damaged_record_shows_no_sources() -> None:
    assert ReadDocuments.from_record({}) is None
    assert ReadDocuments.from_record({"mode": "guessed", "sources": []}) is None
    damaged = ReadDocuments.from_record({"mode": "whole", "sources": [{"file": 3}, "x", {"file": "/a.txt"}]})
    assert damaged is not None
    assert damaged.sources == ()


def test_a_remote_models_prompt_is_counted_generously() -> None:
    messages = [Message("system", "x" * 300), Message("user", "y" * 30)]
    assert estimate_tokens(messages) == 100 + 10 + 2 * 8
    reader = Reader(estimate_tokens, REMOTE_CONTEXT)
    assert (reader.context, reader.trained_context) == (4096, 0)


@pytest.mark.model
def test_files_attached_to_a_conversation_are_indexed_into_its_own_index_and_read_whole(
    host: ModelHost, profile: HardwareProfile, minilm_gguf: Path, tmp_path: Path
) -> None:
    Library(paths.resolve().ensure()).import_path(minilm_gguf)
    first = write_txt(tmp_path / "harbour.txt", [FACTS[0].sentence, "The office closes at five on Fridays."])
    second = write_txt(tmp_path / "bridge.md", [FACTS[1].sentence])
    reader = Reader(estimate_tokens, REMOTE_CONTEXT)
    answer = prepare_attached_answer(host, profile, reader, 7, [first], "Who keeps the lighthouse?")
    assert answer.mode is AnswerMode.WHOLE
    assert FACTS[0].sentence in answer.messages[-1].content
    assert answer.sources[0].file == first.resolve()
    again = prepare_attached_answer(host, profile, reader, 7, [second], "Why was the bridge closed?")
    assert FACTS[0].sentence in again.messages[-1].content  # the earlier message's file is still read
    assert FACTS[1].sentence in again.messages[-1].content
    assert collections.list_collections() == []  # a conversation's files are not a collection
    assert conversation_index_path(7).is_file()
    forget_attached(7)
    assert not conversation_index_path(7).exists()
    assert first.exists()
    assert second.exists()


@pytest.mark.model
def test_attached_files_without_text_are_refused_with_the_reason(
    host: ModelHost, profile: HardwareProfile, minilm_gguf: Path, tmp_path: Path
) -> None:
    Library(paths.resolve().ensure()).import_path(minilm_gguf)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(HearthError, match="could not be read"):
        prepare_attached_answer(host, profile, Reader(estimate_tokens, REMOTE_CONTEXT), 8, [empty], "What does it say?")


@pytest.mark.model
@pytest.mark.slow
def test_docs_ask_with_another_computers_model_says_the_text_leaves_and_answers_from_the_documents(
    minilm_gguf: Path, qwen_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli  # the whole command line, imported only by the test that runs it

    folder = tmp_path / "papers"
    folder.mkdir()
    write_txt(folder / "harbour.txt", [FACTS[0].sentence, "The office closes at five on Fridays."])
    assert cli.main(["docs", "add", str(folder), "--collection", "Papers", "--embedder", str(minilm_gguf)]) == 0
    capsys.readouterr()
    with LlamaServer(qwen_gguf, n_ctx=4096) as server:
        providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
        (model_id,) = providers.add("desk", server.url).models
        question = "Who has kept the lighthouse at Port Elwyn since 1987?"
        code = cli.main(["docs", "ask", "Papers", question, "--model", f"desk/{model_id}", "--seed", "1", "--json"])
        out, err = capsys.readouterr()
    assert code == 0, err
    answer = json.loads(out)
    assert answer["remote"] == "desk"
    assert answer["mode"] == "whole"
    assert answer["answer"].strip()  # the words are the small model's, and move with the processor: not checked
    assert Path(answer["sources"][0]["file"]).name == "harbour.txt"
    assert FACTS[0].sentence in answer["sources"][0]["text"]  # the passage that answers went with the question
    where = server.url.removeprefix("http://")
    assert f"leaves this computer for {where} (desk)" in err

"""What a chat model is given to answer a question about a collection: the documents whole when they fit, else
the passages retrieval ranks best; and the sources the reply lists under it.

The fit is the chat engine's own arithmetic: the prompt's tokens (counted by the loaded model's tokenizer, through
the host) plus room for the reply, against the context the model was loaded with. A question about the documents
as a whole ("how many…", "summarise all of it") that is answered from passages is told so: with the context that
would let the model read everything when the model allows that much, or with what it could not see.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from app.documents.chunking import windows
from app.documents.embedder import Embedder
from app.documents.index import DocumentIndex, FileState, Hit
from app.engines.chat_types import Message
from app.i18n import say

TOP = 5
REPLY_ROOM = 512
WHOLE_QUESTION = re.compile(
    r"\b(how many|how often|count|summar\w*|overview|all of (it|them|the)|whole|entire|every|each|list all|"
    r"overall|throughout|in total|altogether)\b",
    re.IGNORECASE,
)
INSTRUCTIONS = (
    "Answer the question with the facts in the documents the user gives, naming people and things exactly as "
    "they do. If the documents do not hold the answer, say so."
)


class AnswerMode(StrEnum):
    WHOLE = "whole"  # every document went into the prompt
    RETRIEVAL = "retrieval"  # the best-ranked passages did


@dataclass(frozen=True)
class Source:
    file: Path
    page: int  # 0 for a file without pages
    text: str  # the passage read: a slice of the page's extracted text
    score: float
    start: int
    end: int
    quote: str = ""  # the few sentences of `text` closest to the question's words (a slice of it), to show

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.file),
            "page": self.page,
            "text": self.text,
            "quote": self.quote,
            "score": round(self.score, 6),
        }

    def to_record(self) -> dict[str, object]:
        """What a conversation keeps: the JSON above with the passage's place in its page."""
        return self.to_json() | {"start": self.start, "end": self.end}

    @staticmethod
    def from_record(raw: object) -> Source | None:
        """A kept source, or None for a damaged one (a hand-edited database must not fail the conversation)."""
        if not isinstance(raw, dict) or not isinstance(raw.get("file"), str) or not isinstance(raw.get("text"), str):
            return None

        def number(key: str) -> int:
            value = raw.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        score = raw.get("score")
        quote = raw.get("quote")
        return Source(
            Path(raw["file"]),
            number("page"),
            raw["text"],
            float(score) if isinstance(score, int | float) and not isinstance(score, bool) else 0.0,
            number("start"),
            number("end"),
            quote if isinstance(quote, str) else "",
        )


@dataclass(frozen=True)
class ReadDocuments:
    """How a reply read documents, as shown under it and kept with it in the conversation store: the mode, what
    it could not see (or the offer to read everything whole), the sources, and where the text went when the
    model is on another computer."""

    mode: AnswerMode
    sources: tuple[Source, ...]
    notice: str = ""
    whole_context: int = 0  # a context that would let the model read every document whole (the offer), or 0
    sent_to: str = ""  # "host (provider)" when the question and the passages left this computer

    def to_record(self) -> dict[str, object]:
        return {
            "mode": str(self.mode),
            "notice": self.notice,
            "whole_context": self.whole_context,
            "sent_to": self.sent_to,
            "sources": [source.to_record() for source in self.sources],
        }

    @staticmethod
    def from_record(raw: object) -> ReadDocuments | None:
        """None for a message that read no documents (an empty record) or a record this version cannot read."""
        if not isinstance(raw, dict) or raw.get("mode") not in {str(m) for m in AnswerMode}:
            return None
        listed = raw.get("sources")
        sources = tuple(s for s in map(Source.from_record, listed if isinstance(listed, list) else []) if s)
        whole_context = raw.get("whole_context")
        notice, sent_to = raw.get("notice"), raw.get("sent_to")
        return ReadDocuments(
            AnswerMode(raw["mode"]),
            sources,
            notice if isinstance(notice, str) else "",
            whole_context if isinstance(whole_context, int) and not isinstance(whole_context, bool) else 0,
            sent_to if isinstance(sent_to, str) else "",
        )


@dataclass(frozen=True)
class PreparedAnswer:
    mode: AnswerMode
    messages: tuple[Message, ...]
    sources: tuple[Source, ...]
    prompt_tokens: int
    whole_tokens: int  # what the documents take whole (with the question); 0 when not measured
    notice: str = ""  # told beside the reply: the offer to read the documents whole, or what was not seen
    whole_context: int = 0  # a context that would let the model read every document whole (the offer), or 0

    def read(self, sent_to: str = "") -> ReadDocuments:
        return ReadDocuments(self.mode, self.sources, self.notice, self.whole_context, sent_to)


def is_whole_document_question(question: str) -> bool:
    return WHOLE_QUESTION.search(question) is not None


def _label(file: Path, page: int) -> str:
    return f"{file.name}, page {page}" if page else file.name


def _whole_prompt(index: DocumentIndex, question: str, history: Sequence[Message]) -> tuple[Message, ...]:
    parts = []
    for record in index.files():
        if record.state is not FileState.DONE:
            continue
        for page in index.pages(record.id):
            if page.text:
                parts.append(f'<document name="{_label(record.path, page.number)}">\n{page.text}\n</document>')
    return _with_documents("\n\n".join(parts), question, history)


def _passages_prompt(hits: Sequence[Hit], question: str, history: Sequence[Message]) -> tuple[Message, ...]:
    passages = "\n\n".join(
        f'<passage number="{n}" source="{_label(hit.file, hit.page)}">\n{hit.text}\n</passage>'
        for n, hit in enumerate(hits, start=1)
    )
    return _with_documents(passages, question, history)


def _with_documents(documents: str, question: str, history: Sequence[Message]) -> tuple[Message, ...]:
    """The documents go with the newest question (small models use them best there); earlier turns stay as
    they were said."""
    asked = Message("user", f"<documents>\n{documents}\n</documents>\n\nQuestion: {question}")
    return (Message("system", INSTRUCTIONS), *history, asked)


def _rare_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def best_quote(text: str, question: str, answer: str = "") -> str:
    """The window of `text` (two or three sentences) sharing the most of the question's and the answer's rarer words;
    of windows sharing as many, the one sharing most with the answer."""
    asked, answered = _rare_words(question), _rare_words(answer)
    parts = windows(text)

    def shared(part: str) -> tuple[int, int]:
        words = _rare_words(part)
        return len((asked | answered) & words), len(answered & words)

    return max(parts, key=shared) if parts else text


def quoted_for_reply(read: ReadDocuments, question: str, reply: str) -> ReadDocuments:
    """The sources with their quotes chosen again once the reply is written, by the question's and the reply's words
    together: the question alone often matches another sentence about the same subject than the one that holds the
    answer, and the quote shown under a reply should be the sentence it stands on."""
    return replace(read, sources=tuple(replace(s, quote=best_quote(s.text, question, reply)) for s in read.sources))


def _sources(hits: Sequence[Hit], question: str) -> tuple[Source, ...]:
    return tuple(Source(h.file, h.page, h.text, h.score, h.start, h.end, best_quote(h.text, question)) for h in hits)


def prepare(
    index: DocumentIndex,
    question: str,
    embedder: Embedder,
    count_tokens: Callable[[Sequence[Message]], int],
    context: int,
    *,
    trained_context: int = 0,
    history: Sequence[Message] = (),
    top: int = TOP,
    reply_room: int = REPLY_ROOM,
) -> PreparedAnswer:
    """Choose the mode and build the messages. `context` is what the chat model was loaded with;
    `trained_context` what it could be loaded with (0: unknown), for the offer to read everything whole."""
    hits = index.search(embedder.query(question), question, top)
    whole = _whole_prompt(index, question, history)
    whole_tokens = count_tokens(whole)
    if whole_tokens + reply_room <= context:
        return PreparedAnswer(AnswerMode.WHOLE, whole, _sources(hits, question), whole_tokens, whole_tokens)
    kept = list(hits)
    messages = _passages_prompt(kept, question, history)
    tokens = count_tokens(messages)
    while kept and tokens + reply_room > context:
        kept.pop()
        messages = _passages_prompt(kept, question, history)
        tokens = count_tokens(messages)
    notice, offer = "", 0
    if is_whole_document_question(question):
        needed = whole_tokens + reply_room
        if trained_context and needed <= trained_context:
            offer = needed
            notice = say(
                "Documents",
                "This question is about the documents as a whole, but only {kept} passages were read. Loaded with a "
                "context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use "
                "the whole documents.",
                "documents.whole-question-could-fit",
            ).format(kept=len(kept), needed=needed, trained=trained_context)
        else:
            files = {h.file for h in kept}
            notice = say(
                "Documents",
                "This question is about the documents as a whole, but they are too long for this model to read whole "
                "(about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} "
                "passages, from {files} of {all_files} files: anything counted or summed up covers those passages "
                "only.",
                "documents.whole-question-too-long",
            ).format(
                whole=whole_tokens,
                context=context,
                kept=len(kept),
                passages=index.chunk_count(),
                files=len(files),
                all_files=len(index.files()),
            )
    return PreparedAnswer(AnswerMode.RETRIEVAL, messages, _sources(kept, question), tokens, whole_tokens, notice, offer)

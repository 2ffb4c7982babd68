"""Prompt sets as files: one prompt per line of text, or JSONL; and the ready sets shipped in resources/.

Text is the format a person writes in any editor; JSONL carries prompts that span lines. The "your language" set
asks for answers in the person's own language (from the system locale), since how well a small model writes it
is the question such a set exists to answer.
"""

from __future__ import annotations

import json
import locale
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.compare.store import CompareStore
from app.errors import HearthError
from app.i18n import say

READY_FOLDER = "prompt_sets"
READY_TASKS = {"writing": "writing", "coding": "coding", "summarising": "summarising", "your_language": "language"}
LANGUAGES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fr": "French", "hi": "Hindi",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip


class PromptFileError(HearthError):
    pass


@dataclass(frozen=True)
class ReadySet:
    name: str
    task: str
    prompts: tuple[str, ...]


def parse_text(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_jsonl(text: str) -> list[str]:
    """Each line a JSON string or an object with a "prompt" field."""
    prompts = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PromptFileError(
                say(
                    "Compare",
                    "Line {number} of the file is not JSON.",
                    "compare.line-not-json",
                ).format(number=number),
                str(exc),
            ) from exc
        prompt = item.get("prompt") if isinstance(item, dict) else item
        if not isinstance(prompt, str) or not prompt.strip():
            raise PromptFileError(
                say(
                    "Compare",
                    "Line {number} has no prompt (a string, or an object with a “prompt”).",
                    "compare.line-without-prompt",
                ).format(number=number)
            )
        prompts.append(prompt.strip())
    return prompts


def read_prompts(path: Path) -> list[str]:
    """By the file's suffix: .jsonl as JSONL, anything else as one prompt per line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptFileError(
            say(
                "Compare",
                "Hearth cannot read the prompts in {path}.",
                "compare.prompts-unreadable",
            ).format(path=path),
            str(exc),
        ) from exc
    prompts = parse_jsonl(text) if Path(path).suffix.lower() == ".jsonl" else parse_text(text)
    if not prompts:
        raise PromptFileError(
            say(
                "Compare",
                "There are no prompts in {path}.",
                "compare.no-prompts",
            ).format(path=path)
        )
    return prompts


def to_text(prompts: list[str]) -> str:
    """One prompt per line; a prompt's own line breaks become spaces (JSONL keeps them)."""
    return "".join(" ".join(p.split()) + "\n" for p in prompts)


def to_jsonl(prompts: list[str]) -> str:
    return "".join(json.dumps({"prompt": p}, ensure_ascii=False) + "\n" for p in prompts)


def write_prompts(path: Path, prompts: list[str]) -> None:
    text = to_jsonl(prompts) if Path(path).suffix.lower() == ".jsonl" else to_text(prompts)
    Path(path).write_text(text, encoding="utf-8")


def person_language() -> str:
    code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    return LANGUAGES.get(code, "English")


def ready_sets(language: str | None = None) -> list[ReadySet]:
    folder = paths.bundled("resources") / READY_FOLDER
    language = language or person_language()
    sets = []
    for stem, task in READY_TASKS.items():
        file = folder / f"{stem}.txt"
        if not file.is_file():
            continue
        prompts = [p.replace("{language}", language) for p in parse_text(file.read_text(encoding="utf-8"))]
        name = stem.replace("_", " ").capitalize() if stem != "your_language" else f"In {language}"
        sets.append(ReadySet(name, task, tuple(prompts)))
    return sets


def install_ready_sets(store: CompareStore, language: str | None = None) -> int:
    """The shipped sets, into a store that has none yet (a person who deleted them is not given them back)."""
    if store.prompt_sets():
        return 0
    ready = ready_sets(language)
    for ready_set in ready:
        store.create_set(ready_set.name, ready_set.prompts, task=ready_set.task)
    return len(ready)

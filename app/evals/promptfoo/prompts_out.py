"""The `prompts` a written configuration asks: in the file's order with new ones after (an edited prompt keeps its
place), unchanged entries as written (a file of several prompts kept whole while all of them are asked unchanged),
and a label on each prompt that a test's `prompts` filter must name."""

from __future__ import annotations

import copy
from typing import Any

from app.evals.promptfoo.parsed_config import FILE_PREFIX, CaseRow, ParsedConfig, entries_as_written


def prompts_out(read: ParsedConfig, rows: list[CaseRow]) -> tuple[list[str], list[Any], dict[str, str]]:
    """The prompts the rows ask, in the file's order with new ones after (an edited prompt keeps its place), as
    `prompts` entries: unchanged ones as written, and a label on each prompt that a test's filter must name."""
    asked = list(dict.fromkeys(text for row in rows for text in row.prompts))
    old = list(dict.fromkeys(p.text for p in read.prompts))
    gone = [text for text in old if text not in asked]
    fresh = [text for text in asked if text not in old]
    edits = dict(zip(gone, fresh, strict=True)) if len(gone) == len(fresh) else {}
    texts = [text if text in asked else edits[text] for text in old if text in asked or text in edits]
    texts += [text for text in fresh if text not in texts]
    everything = set(texts)
    filtered = {text for row in rows if set(row.prompts) != everything for text in row.prompts}
    written = entries_as_written(read.config.get("prompts"))
    by_text = {p.text: p for p in read.prompts}
    replaced = {new: by_text[old_text] for old_text, new in edits.items()}
    taken = {name for p in read.prompts for name in p.names[:-1]}
    labels: dict[str, str] = {}
    entries: list[Any] = []
    done_entries: set[int] = set()
    for number, text in enumerate(texts, start=1):
        label = None
        if text in filtered:
            label = f"prompt {number}"
            while label in taken:
                label += "'"
        origin = by_text.get(text) or replaced.get(text)
        entry: Any = text
        if origin is not None:
            size = read.entry_sizes[origin.entry]
            entry = copy.deepcopy(written[origin.entry])
            if size > 1:  # a file of several prompts: kept whole while all of them are asked unchanged, in order
                parts = [p.text for p in read.prompts if p.entry == origin.entry]
                start = texts.index(parts[0]) if parts[0] in texts else -1
                if origin.entry in done_entries:
                    continue
                if start >= 0 and texts[start : start + size] == parts and not filtered & set(parts):
                    entries.append(entry)
                    done_entries.add(origin.entry)
                    continue
                entry = text
            elif text in replaced:
                entry = {**entry, "raw": text} if isinstance(entry, dict) else text
                if isinstance(entry, dict) and str(entry.get("id", "")).startswith(FILE_PREFIX):
                    entry.pop("id")
        if label is not None:
            existing = _label_of(entry)
            if existing is not None:
                label = existing
            elif isinstance(entry, dict):
                entry = {**entry, "label": label}
            else:
                entry = (
                    {"id": entry, "label": label} if entry.startswith(FILE_PREFIX) else {"raw": entry, "label": label}
                )
            labels[text] = label
        entries.append(entry)
    return texts, entries, labels


def _label_of(entry: Any) -> str | None:
    if isinstance(entry, dict):
        for key in ("label", "id"):
            if isinstance(entry.get(key), str):
                return str(entry[key])
    return None

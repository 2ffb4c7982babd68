"""The configuration put on disk: `file://` references rewritten for the new folder, YAML written the way people write
promptfoo's files (prompts as literal blocks, lists indented), and the file saved whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from app.evals.promptfoo.errors import PromptfooConfigNotSaved
from app.evals.promptfoo.parsed_config import FILE_PREFIX


def rebased(node: Any, old: Path, new: Path) -> Any:
    """`file://` references stay relative to the configuration: rewritten from its old folder to its new one."""
    if old == new:
        return node
    if isinstance(node, dict):
        return {k: rebased(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [rebased(v, old, new) for v in node]
    if isinstance(node, str) and node.startswith(FILE_PREFIX) and not os.path.isabs(node[len(FILE_PREFIX) :]):
        target = old / node[len(FILE_PREFIX) :]
        try:
            return FILE_PREFIX + Path(os.path.relpath(target, new)).as_posix()
        except ValueError:  # another drive (Windows): only an absolute path reaches it
            return FILE_PREFIX + target.as_posix()
    return node


def _literal_strings(dumper: Any, text: str) -> Any:
    """Prompts span lines: written as YAML's literal blocks, the way people write them, not as escaped lines."""
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


def _indented(dumper: Any, flow: bool = False, indentless: bool = False) -> Any:
    """Lists indented under their key, as promptfoo's own examples are."""
    return yaml.SafeDumper.increase_indent(dumper, flow, False)


ConfigDumper: Any = type(
    "ConfigDumper", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True, "increase_indent": _indented}
)


ConfigDumper.add_representer(str, _literal_strings)


def write_whole(path: Path, text: str) -> None:
    """Written whole or not at all (a temporary file renamed over it), like Hearth's other saves."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PromptfooConfigNotSaved(path, str(exc)) from exc

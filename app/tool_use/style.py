"""The style a model on this computer writes tool calls in, read from its own chat template."""

from __future__ import annotations

from pathlib import Path

from app.engines.llama.chat_format import ToolStyle, tool_style_of
from app.models.gguf_info import read_file


def model_tool_style(path: Path) -> ToolStyle:
    """Hermes, Llama 3.x or Mistral as the template shows; Hermes-like (GENERIC) when it knows no tools or the
    header cannot be read (the load then says what is wrong)."""
    try:
        template = read_file(path).metadata.get("tokenizer.chat_template") or ""
    except Exception:  # an unreadable header
        return ToolStyle.GENERIC
    return tool_style_of(str(template))

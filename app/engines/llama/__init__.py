"""llama.cpp's chat engine: loading a model with its memory plan (`engine.py`), the one decode loop for chat replies
and raw completions (`decode.py`), and the one module that reaches into llama-cpp-python's private attributes
(`internals.py`)."""

from app.engines.llama.engine import (
    LlamaEngine,
    LoadedModel,
    crashed_during_load,
    default_threads,
    forget_crashed_load,
    generate_options,
)

__all__ = [
    "LlamaEngine",
    "LoadedModel",
    "crashed_during_load",
    "default_threads",
    "forget_crashed_load",
    "generate_options",
]

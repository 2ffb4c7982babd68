"""Whether the bundled engine can load a model, from the header's `general.architecture`, said before downloading.

The list is the `gguf` package's: it is pinned in step with the llama.cpp Hearth bundles and names exactly the
architectures that llama.cpp's converter and loader know.
"""

from __future__ import annotations

import gguf

_KNOWN = frozenset(name.lower() for name in gguf.MODEL_ARCH_NAMES.values())


def engine_loads(architecture: str) -> bool:
    return architecture.lower() in _KNOWN


def unsupported_sentence(architecture: str) -> str:
    return (
        f"This model needs a newer Hearth: its architecture ({architecture}) is not one this version's engine can "
        "load, so downloading it would not help yet."
    )

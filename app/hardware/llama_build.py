"""What the installed llama.cpp can do on this machine.

A GPU that llama.cpp was not built for is useless to Hearth, so the scan asks the library itself
(`llama_supports_gpu_offload`) rather than guessing from the hardware. A broken native library must not take
the scan down with it: any failure to import becomes a warning and `importable=False`.
"""

from __future__ import annotations

from importlib import metadata

from app.hardware.profile import LlamaBuildInfo
from app.i18n import say


def probe_llama_build(warnings: list[str]) -> LlamaBuildInfo:
    try:
        import llama_cpp
    except Exception as exc:  # ImportError, OSError from a missing .so / DLL, RuntimeError from its loader
        warnings.append(
            say(
                "Hardware",
                "The llama.cpp engine could not be loaded, so chat will not work: {problem}",
                "hardware.chat-engine-missing",
            ).format(problem=str(exc))
        )
        return LlamaBuildInfo(importable=False, gpu_offload_supported=False)
    try:
        version = metadata.version("llama-cpp-python")
    except metadata.PackageNotFoundError:
        version = str(getattr(llama_cpp, "__version__", ""))
    raw_info = llama_cpp.llama_print_system_info()
    system_info = raw_info.decode("utf-8", "replace") if isinstance(raw_info, bytes) else str(raw_info)
    return LlamaBuildInfo(
        importable=True,
        gpu_offload_supported=bool(llama_cpp.llama_supports_gpu_offload()),
        version=version,
        system_info=system_info.strip(),
    )

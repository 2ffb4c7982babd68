"""What a GGUF file says about itself, read from its header alone.

Everything the memory estimator needs (layers, heads, KV heads, head sizes, sliding windows, experts, vocabulary,
the size and type of every tensor) sits in the first megabytes of the file, before the weights, so a header is
read by asking for the first bytes and for more only while it says it needs them.

The parser is written here rather than using `gguf.GGUFReader` because that reader memory-maps a complete file;
a truncated header must instead say "I need more bytes". The `gguf` package still supplies the format's
constants (value types, quantization block sizes, file types) so they stay in step with llama.cpp.
"""

from __future__ import annotations

import struct
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import gguf

from app.errors import HearthError
from app.i18n import say

GGUF_MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

# Sliding-window layouts llama.cpp applies in code for architectures whose GGUF does not carry a pattern key:
# every Nth layer (the last of each group) uses full attention, the others a window.
_SWA_PATTERN_BY_ARCH = {"gemma2": 2, "gemma3": 6, "gemma3n": 5, "cohere2": 4, "gpt-oss": 2, "exaone4": 4}

_SCALAR_FORMATS = {
    gguf.GGUFValueType.UINT8: "<B",
    gguf.GGUFValueType.INT8: "<b",
    gguf.GGUFValueType.UINT16: "<H",
    gguf.GGUFValueType.INT16: "<h",
    gguf.GGUFValueType.UINT32: "<I",
    gguf.GGUFValueType.INT32: "<i",
    gguf.GGUFValueType.FLOAT32: "<f",
    gguf.GGUFValueType.BOOL: "<?",
    gguf.GGUFValueType.UINT64: "<Q",
    gguf.GGUFValueType.INT64: "<q",
    gguf.GGUFValueType.FLOAT64: "<d",
}


class CorruptModelFile(HearthError):
    """The file is not a GGUF model, or it is damaged or cut short."""


class NeedMoreBytes(Exception):
    """The header continues past the bytes read so far; `needed` is a lower bound for the total to fetch."""

    def __init__(self, needed: int) -> None:
        super().__init__(f"GGUF header needs at least {needed} bytes")
        self.needed = needed


# Architectures llama.cpp runs as text encoders: a GGUF of one of these makes embeddings and is not a chat model.
EMBEDDING_ARCHITECTURES = frozenset(
    {"bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "modern-bert", "t5encoder"}
)


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int  # from the start of the data section

    @property
    def type_name(self) -> str:
        try:
            return gguf.GGMLQuantizationType(self.ggml_type).name
        except ValueError:
            return f"type{self.ggml_type}"

    @property
    def n_elements(self) -> int:
        count = 1
        for dim in self.shape:
            count *= dim
        return count

    @property
    def n_bytes(self) -> int:
        block_size, type_size = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(self.ggml_type)]
        return self.n_elements // block_size * type_size

    @property
    def layer(self) -> int | None:
        """The block index for `blk.N.*` tensors; None for embeddings, output and norms outside blocks."""
        parts = self.name.split(".")
        if len(parts) > 2 and parts[0] == "blk" and parts[1].isdigit():
            return int(parts[1])
        return None


@dataclass(frozen=True)
class GgufHeader:
    """The facts of one GGUF file, with per-layer values expanded (some models vary heads by layer)."""

    version: int
    metadata: dict[str, Any] = field(repr=False)
    tensors: tuple[TensorInfo, ...] = field(repr=False)
    header_bytes: int  # where the tensor data begins

    # ---- the model's shape
    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name", ""))

    def _arch(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def block_count(self) -> int:
        return int(self._arch("block_count", 0))

    @property
    def context_length(self) -> int:
        return int(self._arch("context_length", 0))

    @property
    def embedding_length(self) -> int:
        return int(self._arch("embedding_length", 0))

    @property
    def feed_forward_length(self) -> int:
        value = self._arch("feed_forward_length", 0)
        return max(value) if isinstance(value, list) else int(value)

    def _per_layer(self, key: str, default: int) -> tuple[int, ...]:
        value = self._arch(key, default)
        if isinstance(value, list):
            return tuple(int(v) for v in value)
        return (int(value),) * self.block_count

    @property
    def head_count(self) -> tuple[int, ...]:
        return self._per_layer("attention.head_count", 0)

    @property
    def head_count_kv(self) -> tuple[int, ...]:
        """KV heads per layer; 0 for a layer without attention (the recurrent layers of hybrid models)."""
        if f"{self.architecture}.attention.head_count_kv" not in self.metadata:
            return self.head_count
        return self._per_layer("attention.head_count_kv", 0)

    @property
    def key_length(self) -> int:
        heads = max(self.head_count, default=0)
        default = self.embedding_length // heads if heads else 0
        return int(self._arch("attention.key_length", default))

    @property
    def value_length(self) -> int:
        return int(self._arch("attention.value_length", self.key_length))

    @property
    def sliding_window(self) -> int:
        return int(self._arch("attention.sliding_window", 0) or 0)

    @property
    def swa_layers(self) -> tuple[bool, ...]:
        """Which layers use the sliding window (True) rather than full attention."""
        if not self.sliding_window:
            return (False,) * self.block_count
        pattern = self._arch("attention.sliding_window_pattern")
        if isinstance(pattern, list):
            return tuple(bool(v) for v in pattern[: self.block_count])
        period = int(pattern) if pattern else _SWA_PATTERN_BY_ARCH.get(self.architecture, 0)
        if period <= 0:
            return (True,) * self.block_count  # a window on every layer (e.g. Mistral v0.1)
        return tuple((layer + 1) % period != 0 for layer in range(self.block_count))

    @property
    def expert_count(self) -> int:
        return int(self._arch("expert_count", 0) or 0)

    @property
    def expert_used_count(self) -> int:
        return int(self._arch("expert_used_count", 0) or 0)

    @property
    def vocab_size(self) -> int:
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        if isinstance(tokens, list):
            return len(tokens)
        if isinstance(tokens, int):  # counted without keeping the strings (see _read_value)
            return tokens
        return int(self._arch("vocab_size", 0))

    @property
    def has_chat_template(self) -> bool:
        return bool(self.metadata.get("tokenizer.chat_template"))

    @property
    def file_type(self) -> str:
        """The quantization the converter declared, e.g. 'Q4_K_M'; '' when unknown."""
        raw = self.metadata.get("general.file_type")
        if raw is None:
            return ""
        try:
            return gguf.LlamaFileType(int(raw)).name.removeprefix("MOSTLY_")
        except ValueError:
            return f"type{raw}"

    # ---- the weights
    def tensor(self, name: str) -> TensorInfo | None:
        return next((t for t in self.tensors if t.name == name), None)

    @property
    def is_projector(self) -> bool:
        """An mmproj file (vision/audio encoder for a language model) rather than a language model."""
        return self.architecture == "clip"

    @property
    def split_count(self) -> int:
        return int(self.metadata.get("split.count", 1) or 1)


class _Cursor:
    """Reads little-endian GGUF values from a growing byte buffer, raising NeedMoreBytes at its end."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, size: int) -> bytes:
        end = self.pos + size
        if end > len(self.data):
            raise NeedMoreBytes(max(end, len(self.data) * 2))
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def require(self, size: int) -> None:
        if self.pos + size > len(self.data):
            raise NeedMoreBytes(self.pos + size)

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        length = self.unpack("<Q")
        if length > 1 << 30:
            raise CorruptModelFile(
                say(
                    "Models",
                    "This model file is damaged: a text field in its header has an impossible size.",
                    "models.damaged-text-field",
                )
            )
        return self.take(length).decode("utf-8", errors="replace")


# Arrays that can hold hundreds of thousands of entries but of which the estimator needs only the count.
_COUNT_ONLY_ARRAYS = {
    "tokenizer.ggml.tokens",
    "tokenizer.ggml.merges",
    "tokenizer.ggml.token_type",
    "tokenizer.ggml.scores",
}


def _read_value(cur: _Cursor, value_type: int, key: str) -> Any:
    kind = gguf.GGUFValueType(value_type)
    if kind == gguf.GGUFValueType.STRING:
        return cur.string()
    if kind == gguf.GGUFValueType.ARRAY:
        item_type = gguf.GGUFValueType(cur.unpack("<I"))
        count = cur.unpack("<Q")
        # Ask for the bytes the items need at the very least before walking them, so a damaged count fails at
        # once instead of walking hundreds of megabytes item by item.
        cur.require(count * _min_item_bytes(item_type))
        if key in _COUNT_ONLY_ARRAYS:
            _skip_array(cur, item_type, count)
            return count
        return [_read_value(cur, item_type, key) for _ in range(count)]
    return cur.unpack(_SCALAR_FORMATS[kind])


def _min_item_bytes(item_type: gguf.GGUFValueType) -> int:
    if item_type in _SCALAR_FORMATS:
        return struct.calcsize(_SCALAR_FORMATS[item_type])
    return 8 if item_type == gguf.GGUFValueType.STRING else 12  # a length; an item type and a count


def _skip_array(cur: _Cursor, item_type: gguf.GGUFValueType, count: int) -> None:
    if item_type == gguf.GGUFValueType.STRING:
        for _ in range(count):
            cur.take(cur.unpack("<Q"))
    elif item_type in _SCALAR_FORMATS:
        cur.take(struct.calcsize(_SCALAR_FORMATS[item_type]) * count)
    else:
        for _ in range(count):
            _read_value(cur, item_type, "")


def parse_header(data: bytes) -> GgufHeader:
    """Parse a GGUF header from the first bytes of a file. Raises NeedMoreBytes when `data` stops too early,
    CorruptModelFile when it is not a GGUF header at all."""
    cur = _Cursor(data)
    if cur.take(4) != GGUF_MAGIC:
        raise CorruptModelFile(
            say(
                "Models",
                "This file is not a GGUF model (it does not start like one).",
                "models.not-gguf",
            ),
            "expected the GGUF magic bytes at offset 0",
        )
    version = cur.unpack("<I")
    if version not in (2, 3):
        raise CorruptModelFile(
            say(
                "Models",
                "This model file uses GGUF version {version}, which Hearth cannot read.",
                "models.gguf-version-unknown",
            ).format(version=version)
        )
    tensor_count = cur.unpack("<Q")
    kv_count = cur.unpack("<Q")
    if tensor_count > 1_000_000 or kv_count > 1_000_000:
        raise CorruptModelFile(
            say(
                "Models",
                "This model file is damaged: its header counts are impossible.",
                "models.damaged-counts",
            )
        )
    metadata: dict[str, Any] = {}
    try:
        for _ in range(kv_count):
            key = cur.string()
            metadata[key] = _read_value(cur, cur.unpack("<I"), key)
        tensors = []
        for _ in range(tensor_count):
            name = cur.string()
            n_dims = cur.unpack("<I")
            if n_dims > 8:
                raise CorruptModelFile(
                    say(
                        "Models",
                        "This model file is damaged: a tensor has an impossible shape.",
                        "models.damaged-tensor",
                    )
                )
            shape = tuple(cur.unpack("<Q") for _ in range(n_dims))
            ggml_type = cur.unpack("<I")
            gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(ggml_type)]  # an unknown type cannot be sized
            tensors.append(TensorInfo(name, shape, ggml_type, cur.unpack("<Q")))
    except (ValueError, KeyError, RecursionError) as exc:  # unknown value or tensor type, absurd nesting
        raise CorruptModelFile(
            say(
                "Models",
                "This model file is damaged or of a kind Hearth does not know.",
                "models.damaged-or-unknown",
            ),
            str(exc),
        ) from exc
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT) or DEFAULT_ALIGNMENT
    if not isinstance(alignment, int) or alignment < 0 or alignment & (alignment - 1):
        raise CorruptModelFile(
            say(
                "Models",
                "This model file is damaged: its data alignment is impossible.",
                "models.damaged-alignment",
            ),
            repr(alignment),
        )
    header_end = (cur.pos + alignment - 1) // alignment * alignment
    return GgufHeader(version=version, metadata=metadata, tensors=tuple(tensors), header_bytes=header_end)


def read_with(
    fetch: Callable[[int], bytes], first: int = 4 * 1024 * 1024, limit: int = 256 * 1024 * 1024
) -> GgufHeader:
    """Parse a header by asking `fetch(n)` for the first n bytes, asking for more until the header is complete.

    `fetch` may return fewer bytes than asked at the end of a file; then the file is too short to be complete."""
    size = first
    while True:
        data = fetch(size)
        try:
            return parse_header(data)
        except NeedMoreBytes as more:
            if len(data) < size:
                raise CorruptModelFile(
                    say(
                        "Models",
                        "This model file is cut short: it ends inside its header. Download it again.",
                        "models.file-cut-short",
                    ),
                    f"file has {len(data)} bytes; the header needs at least {more.needed}",
                ) from None
            if more.needed > limit:
                raise CorruptModelFile(
                    say(
                        "Models",
                        "This model file's header is larger than any real model's.",
                        "models.header-too-large",
                    )
                ) from None
            size = max(more.needed, size * 2)


_CACHE_SIZE = 64  # headers kept: a large model's tensor list is a few MB of Python objects
_cache: OrderedDict[tuple[str, int, int], GgufHeader] = OrderedDict()
_cache_lock = threading.Lock()


def read_file(path: Path) -> GgufHeader:
    """The header of a local GGUF file, and a check that the file holds all the tensor data it declares.

    Headers are kept per file, size and modification time (least recently used out first): one chat load used to
    parse the same header five times (the picker's verdict, the plan, the host's room, the engine's guard and its
    load tuning); now every caller shares one reading, and a changed file is read again."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _cache_lock:
        if (cached := _cache.get(key)) is not None:
            _cache.move_to_end(key)
            return cached
    header = _read_and_check(path)
    with _cache_lock:
        _cache[key] = header
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return header


def _unreadable(path: Path, exc: OSError) -> HearthError:
    return HearthError(
        say("Models", "Hearth could not read {name}: {strerror}.", "models.file-unreadable").format(
            name=path.name, strerror=exc.strerror
        ),
        str(exc),
    )


def _read_and_check(path: Path) -> GgufHeader:
    try:
        with path.open("rb") as handle:
            header = read_with(lambda n: _read_prefix(handle, n))
            file_size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    data_end = max((t.offset + t.n_bytes for t in header.tensors), default=0)
    if header.header_bytes + data_end > file_size:
        raise CorruptModelFile(
            say(
                "Models",
                "{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it "
                "again.",
                "models.file-incomplete",
            ).format(name=path.name, file_size=file_size, described=header.header_bytes + data_end),
        )
    return header


def _read_prefix(handle: BinaryIO, size: int) -> bytes:
    handle.seek(0)
    return handle.read(size)

"""Memory per device for one way of loading a model, following llama.cpp's own allocation rules.

Rules taken from llama.cpp (vendored by llama-cpp-python 0.3.36):
- `n_gpu_layers` counts from the top: the output head goes to the GPU first, then blocks from the last one down;
  token embeddings always stay on the CPU. Several GPUs share the offloaded blocks in proportion to `gpu_split`.
- The context is padded to a multiple of 256 cells. Each layer's KV cache lives with the layer and holds
  KV heads × (key length × K bytes + value length × V bytes) × cells (q8_0 is 34 bytes per 32 elements; a
  quantized V only with flash attention, else V stays f16); sliding-window layers hold
  window + micro-batch cells (padded to 256) unless the full-size SWA cache is asked for.
- Compute buffers are sized for the worst micro-batch: on a GPU that is real, reserved memory (the logits of a
  whole micro-batch, or the attention scores without flash attention). On the CPU only what a batch really
  touches becomes resident, which is what we count there.
- Weight types llama.cpp re-packs for the CPU (Q4_0, Q4_K, IQ4_NL) are resident twice when on the CPU.
- A fixed runtime cost per device (thread pools, tokenizer tables; CUDA's context and cuBLAS workspace).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.fit.shape import ModelShape
from app.hardware.profile import Backend

MIB = 1024**2
CELL_PADDING = 256
KV_TYPE_BYTES = {"f16": 2.0, "bf16": 2.0, "f32": 4.0, "q8_0": 34 / 32, "q4_0": 18 / 32}
QUANTIZED_KV_TYPES = frozenset({"q8_0", "q4_0"})
# ggml_type ids (ggml.h) as llama-cpp-python names them: llama_cpp.GGML_TYPE_F16, GGML_TYPE_Q8_0, ...
GGML_TYPE_IDS = {"f32": 0, "f16": 1, "q4_0": 2, "q8_0": 8, "bf16": 30}
# Runtime memory that does not depend on the model's size: measured on the CPU for llama.cpp through
# llama-cpp-python (see benchmarks/estimate_accuracy.py); GPU figures are the usual driver/runtime reservations.
CPU_RUNTIME_OVERHEAD = 40 * MIB
GPU_RUNTIME_OVERHEAD = {
    Backend.CUDA: 300 * MIB,
    Backend.ROCM: 300 * MIB,
    Backend.VULKAN: 200 * MIB,
    Backend.METAL: 64 * MIB,
    Backend.NONE: 0,
}


@dataclass(frozen=True)
class LoadPlan:
    """How the chat engine will load a model: what the estimate is for and what the verdict hands over."""

    context: int
    gpu_layers: int = 0  # llama.cpp's n_gpu_layers: 0 = CPU only; layers + 1 = everything on the GPU
    flash_attention: bool = True
    batch: int = 512
    ubatch: int = 512
    kv_type: str = "f16"
    swa_full: bool = False
    gpu_split: tuple[float, ...] = ()  # share of the offloaded layers per GPU; () = all on the first
    projector_bytes: int = 0  # the mmproj file when images are used; it goes where the output head goes

    @property
    def value_type(self) -> str:
        """llama.cpp reads a quantized V cache only through flash attention (without it the context is refused), so
        with flash attention off only K is quantized and V stays f16."""
        return self.kv_type if self.flash_attention or self.kv_type not in QUANTIZED_KV_TYPES else "f16"

    def llama_kwargs(self) -> dict[str, object]:
        """The llama-cpp-python `Llama(...)` arguments that make llama.cpp allocate what was estimated."""
        return {
            "n_ctx": self.context,
            "n_gpu_layers": self.gpu_layers,
            "flash_attn": self.flash_attention,
            "n_batch": self.batch,
            "n_ubatch": self.ubatch,
            "swa_full": self.swa_full,
            "type_k": GGML_TYPE_IDS[self.kv_type],
            "type_v": GGML_TYPE_IDS[self.value_type],
            **({"tensor_split": list(self.gpu_split)} if self.gpu_split else {}),
        }


@dataclass(frozen=True)
class DeviceMemory:
    weights_bytes: int = 0
    kv_bytes: int = 0
    compute_bytes: int = 0
    output_bytes: int = 0
    overhead_bytes: int = 0

    @property
    def total_bytes(self) -> int:
        return self.weights_bytes + self.kv_bytes + self.compute_bytes + self.output_bytes + self.overhead_bytes

    def to_dict(self) -> dict[str, int]:
        return {
            "weights_bytes": self.weights_bytes,
            "kv_bytes": self.kv_bytes,
            "compute_bytes": self.compute_bytes,
            "output_bytes": self.output_bytes,
            "overhead_bytes": self.overhead_bytes,
            "total_bytes": self.total_bytes,
        }


@dataclass(frozen=True)
class MemoryEstimate:
    plan: LoadPlan
    devices: dict[str, DeviceMemory] = field(default_factory=dict)  # "cpu", "gpu0", "gpu1", ...

    @property
    def total_bytes(self) -> int:
        return sum(device.total_bytes for device in self.devices.values())

    @property
    def context(self) -> int:
        return padded_context(self.plan.context)


def padded_context(context: int) -> int:
    return -(-max(context, 1) // CELL_PADDING) * CELL_PADDING


def kv_cells(shape: ModelShape, plan: LoadPlan, layer: int) -> int:
    cells = padded_context(plan.context)
    if shape.swa_layers and shape.swa_layers[layer] and not plan.swa_full:
        window = -(-(shape.sliding_window + plan.ubatch) // CELL_PADDING) * CELL_PADDING
        cells = min(cells, window)
    return cells


def kv_layer_bytes(shape: ModelShape, plan: LoadPlan, layer: int) -> int:
    per_head = shape.key_length * KV_TYPE_BYTES[plan.kv_type] + shape.value_length * KV_TYPE_BYTES[plan.value_type]
    return int(shape.kv_heads[layer] * kv_cells(shape, plan, layer) * per_head)


def kv_bytes(shape: ModelShape, plan: LoadPlan) -> int:
    return sum(kv_layer_bytes(shape, plan, layer) for layer in range(shape.layers))


def layer_devices(shape: ModelShape, plan: LoadPlan, gpu_count: int) -> tuple[list[int], int]:
    """Device index per block (-1 = CPU) and for the output head, as llama.cpp assigns them."""
    if gpu_count == 0 or plan.gpu_layers <= 0:
        return [-1] * shape.layers, -1
    n_layer = shape.layers
    offloaded = min(plan.gpu_layers, n_layer + 1)
    first_gpu_layer = max(n_layer + 1 - plan.gpu_layers, 0)
    split = plan.gpu_split or (1.0,) + (0.0,) * (gpu_count - 1)
    total = sum(split)
    bounds, running = [], 0.0
    for share in split[:gpu_count]:
        running += share / total
        bounds.append(running)

    def device_of(index: int) -> int:
        if index < first_gpu_layer:
            return -1
        position = (index - first_gpu_layer) / offloaded
        return next((gpu for gpu, bound in enumerate(bounds) if position < bound), gpu_count - 1)

    return [device_of(i) for i in range(n_layer)], device_of(n_layer)


def estimate(
    shape: ModelShape,
    plan: LoadPlan,
    gpus: tuple[Backend, ...] = (),
    cpu_repack: bool = True,
) -> MemoryEstimate:
    """Bytes per device for loading `shape` with `plan` on a machine with these GPU backends."""
    blocks, output_device = layer_devices(shape, plan, len(gpus))
    names = ["cpu"] + [f"gpu{i}" for i in range(len(gpus))]
    weights = dict.fromkeys(names, 0)
    kv = dict.fromkeys(names, 0)

    def name(device: int) -> str:
        return "cpu" if device < 0 else f"gpu{device}"

    weights["cpu"] += shape.input_bytes
    for layer, device in enumerate(blocks):
        weights[name(device)] += shape.layer_bytes[layer]
        if device < 0 and cpu_repack:
            weights["cpu"] += shape.layer_repack_bytes[layer]
        kv[name(device)] += kv_layer_bytes(shape, plan, layer)
    weights[name(output_device)] += shape.output_bytes + plan.projector_bytes
    if output_device < 0:
        weights["cpu"] -= shape.tied_output_bytes  # the CPU reads the one mapped table for both
        if cpu_repack:
            weights["cpu"] += shape.output_repack_bytes

    activations = plan.ubatch * shape.embedding * 4 * 4  # residual stream, norms and their copies
    ffn_stage = plan.ubatch * shape.feed_forward * max(1, shape.expert_used) * 4 * 3
    if plan.flash_attention:
        attention_stage = plan.ubatch * shape.head_count * shape.key_length * 4 * 2
    else:
        cells = max((kv_cells(shape, plan, layer) for layer in range(shape.layers)), default=0)
        attention_stage = cells * plan.ubatch * shape.head_count * 4
    logits_stage = plan.ubatch * shape.vocab * 4

    devices: dict[str, DeviceMemory] = {}
    cpu_has_layers = any(device < 0 for device in blocks) or output_device < 0
    devices["cpu"] = DeviceMemory(
        weights_bytes=weights["cpu"],
        kv_bytes=kv["cpu"],
        # On the CPU only the activations of a batch become resident; the logits of a whole micro-batch are
        # reserved but never written (one row per sequence is).
        compute_bytes=(max(ffn_stage, attention_stage) + activations) if cpu_has_layers else activations // 2,
        output_bytes=shape.vocab * 4,
        overhead_bytes=CPU_RUNTIME_OVERHEAD,
    )
    for index, backend in enumerate(gpus):
        gpu_name = f"gpu{index}"
        holds_layers = any(device == index for device in blocks) or output_device == index
        if not holds_layers:
            continue
        stage = max(ffn_stage, attention_stage, logits_stage if output_device == index else 0)
        devices[gpu_name] = DeviceMemory(
            weights_bytes=weights[gpu_name],
            kv_bytes=kv[gpu_name],
            compute_bytes=stage + activations,
            overhead_bytes=GPU_RUNTIME_OVERHEAD[backend],
        )
    return MemoryEstimate(plan=plan, devices=devices)

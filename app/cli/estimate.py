"""`hearth estimate (PATH | MODEL_ID[:QUANT]) [--ctx N] [--json]`: memory per device, the verdict, GPU layers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.machine import add_profile_option, profile_from
from app.fit.advice import advise, judge_variant
from app.fit.estimate import MemoryEstimate
from app.fit.shape import ModelShape, from_catalog, from_header
from app.fit.verdict import CONTEXT_STEPS, Verdict, judge
from app.hardware import HardwareProfile
from app.models import catalog
from app.models.gguf_info import read_file
from app.units import format_bytes


def register(commands: Any) -> None:
    parser = commands.add_parser("estimate", help="how much memory a model needs here, and where it runs")
    parser.add_argument(
        "model", metavar="PATH|MODEL_ID[:QUANT]", help="a GGUF file, or a catalog id like qwen3-8b:Q8_0"
    )
    parser.add_argument(
        "--ctx", type=int, metavar="N", help="context length in tokens (default: chosen for this computer)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    add_profile_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.ctx is not None and args.ctx < 256:
        print("hearth estimate: --ctx must be at least 256 tokens", file=sys.stderr)
        return 2
    profile = profile_from(args)
    name, shape, verdict = _judge(args.model, profile, args.ctx)
    growth = _growth(shape, profile, verdict) if shape else []
    if args.json:
        json.dump(document(name, verdict, growth), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(name, verdict, growth))
    return 0


def _judge(model: str, profile: HardwareProfile, context: int | None) -> tuple[str, ModelShape | None, Verdict]:
    path = Path(model).expanduser()
    if path.suffix.lower() == ".gguf" or path.exists():
        shape = from_header(read_file(path))
        return path.name, shape, judge(shape, profile, context)
    model_id, _, quant = model.partition(":")
    spec = catalog.default().get(model_id)
    variant = spec.variant(quant) if quant else advise(spec, profile, context).variant
    label = f"{spec.name} {variant.quantization}"
    if spec.is_speech or spec.shape is None:
        return label, None, judge_variant(spec, variant, profile, context)
    projector = variant.mmproj.size if variant.mmproj else 0
    shape = from_catalog(spec.shape, variant.model_bytes, spec.family)
    return label, shape, judge(shape, profile, context, projector_bytes=projector)


def _growth(shape: ModelShape, profile: HardwareProfile, verdict: Verdict) -> list[tuple[int, MemoryEstimate]]:
    """Memory at other contexts with the same placement, so a person sees what a longer context costs."""
    steps = sorted({c for c in CONTEXT_STEPS if c <= (shape.trained_context or c)} | {verdict.plan.context})
    return [(c, judge(shape, profile, c, verdict.plan.projector_bytes).estimate) for c in steps]


def document(name: str, verdict: Verdict, growth: list[tuple[int, MemoryEstimate]]) -> dict[str, Any]:
    memory = verdict.estimate
    return {
        "model": name,
        "context": verdict.plan.context,
        "gpu_layers": verdict.plan.gpu_layers,
        "verdict": str(verdict.fit),
        "reason": verdict.reason,
        "tokens_per_second": round(verdict.tokens_per_second, 1),
        "total_bytes": memory.total_bytes,
        "devices": {name: device.to_dict() for name, device in memory.devices.items()},
        "by_context": [{"context": c, "total_bytes": m.total_bytes} for c, m in growth],
    }


def render(name: str, verdict: Verdict, growth: list[tuple[int, MemoryEstimate]]) -> str:
    memory = verdict.estimate
    lines = [f"{name}: {verdict.label}", verdict.reason]
    if verdict.speed_label:
        lines.append(f"Expected speed: {verdict.speed_label}.")
    lines += ["", f"Context {verdict.plan.context} tokens, {verdict.plan.gpu_layers} layers on the GPU", ""]
    header = (
        f"{'device':8} {'weights':>10} {'kv cache':>10} {'compute':>10} {'output':>10} {'overhead':>10} {'total':>10}"
    )
    lines.append(header)
    for device_name, device in memory.devices.items():
        values = (
            device.weights_bytes,
            device.kv_bytes,
            device.compute_bytes,
            device.output_bytes,
            device.overhead_bytes,
        )
        cells = " ".join(f"{format_bytes(v):>10}" for v in values)
        lines.append(f"{device_name:8} {cells} {format_bytes(device.total_bytes):>10}")
    lines.append(f"{'all':8} {'':>54} {format_bytes(memory.total_bytes):>10}")
    if growth:
        lines += [
            "",
            "Memory by context: " + ", ".join(f"{c // 1024}K {format_bytes(m.total_bytes)}" for c, m in growth),
        ]
    return "\n".join(lines) + "\n"

"""A repository judged for this computer before download: every quantization's verdict from its own header.

Each row's header (every part of a split model) is read by ranges and goes through the same shape and estimator as
a local file, so the verdict is the one `hearth estimate` gives once the file is here. The vision file counts in
the size and in the fit. The recommended row is the largest quantization that runs well here; a row that does not
fit, is missing parts, or could only be judged roughly is never recommended.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import Stopped
from app.fit.shape import ModelShape, from_header
from app.fit.verdict import WORDS_PER_TOKEN, Fit, Verdict, judge
from app.hardware import HardwareProfile
from app.hub_search.client import HubAccess
from app.hub_search.errors import ModelNotFound
from app.hub_search.files import RepoFacts, repo_facts
from app.hub_search.quants import QuantGroup, group
from app.hub_search.remote_header import CAP, STEP, HeaderSource, read_header
from app.hub_search.support import engine_loads
from app.i18n import say
from app.models.gguf_info import CorruptModelFile, GgufHeader

COMFORTABLE_WORDS_PER_SECOND = 6.0  # the speed label's "comfortable"


class ReportStopped(Stopped):
    """The person moved on before every header was read: not an error, so not a HearthError."""


@dataclass(frozen=True)
class QuantRow:
    group: QuantGroup
    verdict: Verdict
    shape: ModelShape  # what was judged (from the headers; scaled from another row's when rough)
    architecture: str  # from this row's header; "" when judged by size only
    header_bytes_read: int  # fetched over the network for this row (0 from the cache)
    rough: bool  # judged from the size only (no header within the cap, parts missing, or a damaged header)
    recommended: bool = False
    problem: str = ""  # a sentence when the row could not be judged from its header: parts missing, damaged

    @property
    def runs_well(self) -> bool:
        if self.verdict.fit is Fit.GPU:
            return True
        return self.verdict.runs and self.verdict.tokens_per_second * WORDS_PER_TOKEN >= COMFORTABLE_WORDS_PER_SECOND


@dataclass(frozen=True)
class RepoReport:
    facts: RepoFacts
    architecture: str  # general.architecture of the model files; "" when no header could be read
    rows: tuple[QuantRow, ...]

    @property
    def repo(self) -> str:
        return self.facts.repo

    @property
    def supported(self) -> bool:
        """Whether the bundled engine loads this architecture (True while unknown: nothing says otherwise)."""
        return not self.architecture or engine_loads(self.architecture)

    @property
    def recommended(self) -> QuantRow | None:
        return next((row for row in self.rows if row.recommended), None)


@dataclass(frozen=True)
class ReportOptions:
    context: int | None = None
    revision: str | None = None
    only: str | None = None  # a quantization (Q4_K_M) or a file path: judge just the rows it names
    cache_dir: Path | None = None
    step: int = STEP
    cap: int = CAP


def build_report(
    access: HubAccess,
    repo: str,
    profile: HardwareProfile,
    options: ReportOptions | None = None,
    stop: threading.Event | None = None,
) -> RepoReport:
    """Read the repository's files and every row's header, then judge each row. `stop` (set from another thread)
    ends it between two header reads with ReportStopped; a file whose header is damaged is judged by size, with
    its problem said."""
    options = options or ReportOptions()
    facts = repo_facts(access, repo, options.revision)
    source = HeaderSource(access, facts.repo, facts.revision, options.cache_dir, options.step, options.cap)
    groups = [g for g in group(list(facts.files)) if _wanted(g, options.only)]
    if options.only and not groups:
        raise ModelNotFound(
            say(
                "HubSearch",
                "{repo} has no {only}; it may have been renamed or removed.",
                "hub_search.quant-gone",
            ).format(repo=facts.repo, only=options.only)
        )
    judged: list[tuple[QuantGroup, ModelShape | None, int, str]] = []
    for quant in groups:
        if stop is not None and stop.is_set():
            raise ReportStopped
        problem = (
            ""
            if quant.complete
            else say("HubSearch", "Some of its parts are missing from the repository.", "hub_search.parts-missing")
        )
        shape, read = None, 0
        if quant.complete:
            try:
                shape, read = _shape(source, quant)
            except CorruptModelFile as exc:
                problem = exc.sentence
        judged.append((quant, shape, read, problem))
    template = next((j[1] for j in sorted(judged, key=lambda j: -j[0].model_bytes) if j[1]), None)
    rows = []
    for quant, shape, read, problem in judged:
        rough = shape is None
        used = shape or _sized_like(template, quant.model_bytes)
        projector = quant.mmproj.size if quant.mmproj else 0
        verdict = judge(used, profile, options.context, projector_bytes=projector)
        rows.append(QuantRow(quant, verdict, used, "" if rough else used.architecture, read, rough, problem=problem))
    architecture = template.architecture if template else ""
    return RepoReport(facts, architecture, tuple(_with_recommendation(rows, architecture)))


def _wanted(quant: QuantGroup, only: str | None) -> bool:
    if not only:
        return True
    named = quant.quantization.upper() == only.upper() or any(f.path == only for f in quant.files)
    return named or (quant.mmproj is not None and quant.mmproj.path == only)


def _shape(source: HeaderSource, quant: QuantGroup) -> tuple[ModelShape | None, int]:
    headers: list[GgufHeader] = []
    read = 0
    for part in quant.files:
        remote = read_header(source, part.path, part.size)
        read += remote.bytes_read
        if remote.header is None:
            return None, read
        headers.append(remote.header)
    first = headers[0]
    if len(headers) > 1:  # a split model: the first part's keys, every part's tensors
        first = replace(first, tensors=tuple(t for h in headers for t in h.tensors))
    return from_header(first), read


def _sized_like(template: ModelShape | None, model_bytes: int) -> ModelShape:
    """A rough shape for a row without a header: another row's shape with its weights scaled to this size, else a
    bare one whose weights are the file and whose context costs nothing known."""
    if template is not None and template.weights_bytes > 0:
        ratio = model_bytes / template.weights_bytes
        return replace(
            template,
            layer_bytes=tuple(int(b * ratio) for b in template.layer_bytes),
            layer_repack_bytes=tuple(int(b * ratio) for b in template.layer_repack_bytes),
            input_bytes=int(template.input_bytes * ratio),
            output_bytes=int(template.output_bytes * ratio),
            output_repack_bytes=int(template.output_repack_bytes * ratio),
            tied_output_bytes=int(template.tied_output_bytes * ratio),
            expert_bytes=int(template.expert_bytes * ratio),
        )
    return ModelShape(
        architecture="",
        layers=1,
        embedding=0,
        vocab=0,
        feed_forward=0,
        head_count=0,
        kv_heads=(0,),
        key_length=0,
        value_length=0,
        sliding_window=0,
        swa_layers=(False,),
        trained_context=0,
        layer_bytes=(model_bytes,),
        layer_repack_bytes=(0,),
        input_bytes=0,
        output_bytes=0,
    )


def _with_recommendation(rows: list[QuantRow], architecture: str) -> list[QuantRow]:
    if architecture and not engine_loads(architecture):
        return rows
    candidates = [r for r in rows if r.group.complete and not r.rough and r.verdict.runs]
    well = [r for r in candidates if r.runs_well and not r.group.original_precision] or [
        r for r in candidates if r.runs_well
    ]
    pick = max(well, key=lambda r: r.group.model_bytes) if well else None
    if pick is None and candidates:
        pick = min(candidates, key=lambda r: r.group.model_bytes)  # nothing runs well: the smallest that runs
    return [replace(r, recommended=True) if r is pick else r for r in rows]

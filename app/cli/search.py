"""`hearth search QUERY [--sort ...] [--limit N] [--json]` and `hearth search --repo ORG/REPO [--ctx N] [--json]`.

The first lists Hugging Face's GGUF repositories; the second judges each quantization of one repository for this
computer from its GGUF header, read by ranges before anything is downloaded. A pasted address
(`https://huggingface.co/org/repo`, `hf.co/org/repo:Q4_K_M`) goes straight to its repository.
`print_repo_report` is the same report for other commands (`hearth open`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app import paths, settings
from app.cli.estimate import _growth, document
from app.cli.machine import add_profile_option, profile_from
from app.hub_search.client import HubAccess
from app.hub_search.quants import RemoteFile
from app.hub_search.query import parse
from app.hub_search.report import QuantRow, RepoReport, ReportOptions, build_report
from app.hub_search.search import PAGE_SIZE, SearchPage, SearchSort, hidden_by_filters, search
from app.hub_search.support import unsupported_sentence
from app.secrets import TokenStore
from app.units import format_bytes


def register(commands: Any) -> None:
    parser = commands.add_parser("search", help="search Hugging Face's GGUF models, or judge one repository's files")
    parser.add_argument("query", nargs="?", default="", help="words, ORG/REPO, or a huggingface.co / hf.co address")
    parser.add_argument("--repo", metavar="ORG/REPO", help="list the repository's quantizations with their verdicts")
    parser.add_argument("--sort", choices=[s.value for s in SearchSort], default=SearchSort.DOWNLOADS.value)
    parser.add_argument("--limit", type=int, default=PAGE_SIZE, metavar="N", help=f"results (default {PAGE_SIZE})")
    parser.add_argument("--ctx", type=int, metavar="N", help="with a repository: context length in tokens")
    add_common_options(parser)
    parser.set_defaults(run=run)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """The options `print_repo_report` reads: --endpoint, --json and --profile (shared with `hearth open`)."""
    parser.add_argument("--endpoint", metavar="URL", help="a Hugging Face mirror (default: Settings, then HF_ENDPOINT)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    add_profile_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.ctx is not None and args.ctx < 256:
        print("hearth search: --ctx must be at least 256 tokens", file=sys.stderr)
        return 2
    if not 1 <= args.limit <= 100:
        print("hearth search: --limit must be between 1 and 100", file=sys.stderr)
        return 2
    if args.repo:
        return print_repo_report(args.repo, None, args)
    query = parse(args.query)
    if query.repo and args.query.strip() != query.repo:  # an address or repo:QUANT, pasted as is
        return print_repo_report(query.repo, query.file or query.quantization, args, query.revision)
    if not query.text:
        print("hearth search: say what to search for, or --repo ORG/REPO", file=sys.stderr)
        return 2
    access = access_from(args)
    page = search(access, query, SearchSort(args.sort), args.limit)
    hidden = hidden_by_filters(access, query) if page.empty else 0
    if args.json:
        document: dict[str, Any] = {"results": [row.to_dict() for row in page.rows]}
        if page.empty:
            document["hidden_by_filters"] = hidden
        json.dump(document, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_results(page, query.text, hidden))
    return 0


def access_from(args: argparse.Namespace) -> HubAccess:
    """Settings' mirror (or --endpoint), the token from the keyring, and offline mode."""
    user_settings = settings.load(paths.resolve().ensure().config)
    endpoint = getattr(args, "endpoint", None) or user_settings.hf_endpoint or None
    return HubAccess(endpoint=endpoint, token=TokenStore().get(), offline=user_settings.offline)


def print_repo_report(repo: str, file: str | None, args: argparse.Namespace, revision: str | None = None) -> int:
    """Judge `repo`'s quantizations (only the row holding `file`, or the quantization it names, when given) and
    print them as `hearth search --repo` does. `args` needs `json`, `profile` and `endpoint`; `ctx` is optional.
    Raises HearthError with one sentence on every network, gated or missing-repository problem."""
    access = access_from(args)
    profile = profile_from(args)
    options = ReportOptions(
        context=getattr(args, "ctx", None),
        revision=revision,
        only=file,
        cache_dir=paths.resolve().ensure().cache,
    )
    print(f"Reading {repo}'s files on Hugging Face…", file=sys.stderr)
    report = build_report(access, repo, profile, options)
    if args.json:
        json.dump(report_document(report, profile), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_report(report))
    return 0


def report_document(report: RepoReport, profile: Any) -> dict[str, Any]:
    return {
        "repo": report.repo,
        "revision": report.facts.revision,
        "gated": report.facts.gated,
        "architecture": report.architecture,
        "supported": report.supported,
        "files": [_row_document(row, profile) for row in report.rows],
    }


def _row_document(row: QuantRow, profile: Any) -> dict[str, Any]:
    quant = row.group
    name = quant.files[0].path.rsplit("/", 1)[-1]
    growth = _growth(row.shape, profile, row.verdict) if not row.rough else []
    return {
        "quantization": quant.quantization,
        "files": [_file_document(f) for f in quant.files],
        "size_bytes": quant.size_bytes,
        "mmproj": _file_document(quant.mmproj) if quant.mmproj else None,
        "complete": quant.complete,
        "parts": quant.expected_parts,
        "original_precision": quant.original_precision,
        "recommended": row.recommended,
        "rough": row.rough,
        "header_bytes_read": row.header_bytes_read,
        "problem": row.problem or None,
        "estimate": document(name, row.verdict, growth),
    }


def _file_document(file: RemoteFile) -> dict[str, Any]:
    return {"path": file.path, "size_bytes": file.size, "sha256": file.sha256}


def render_results(page: SearchPage, text: str, hidden: int = 0) -> str:
    if page.empty:
        also = ""
        if hidden:
            more = (
                "100 or more other repositories match"
                if hidden >= 100
                else ("1 other repository matches" if hidden == 1 else f"{hidden} other repositories match")
            )
            also = f" {more} without GGUF files Hearth can run."
        return f'No GGUF models on Hugging Face match "{text}".{also}\n'
    lines = [f"{'REPOSITORY':48} {'DOWNLOADS':>10} {'LIKES':>6} {'UPDATED':10}  LICENCE"]
    for row in page.rows:
        licence = (row.license or "?") + (" (gated)" if row.gated else "")
        catalog = f"  [catalog: {row.catalog_id}]" if row.catalog_id else ""
        lines.append(f"{row.repo:48} {row.downloads:>10,} {row.likes:>6,} {row.updated[:10]:10}  {licence}{catalog}")
    if page.next_url:
        lines.append("More results: raise --limit (up to 100), or narrow the words.")
    return "\n".join(lines) + "\n"


def render_report(report: RepoReport) -> str:
    arch = report.architecture or "architecture unknown"
    lines = [f"{report.repo} ({arch}, revision {report.facts.revision[:12]})"]
    if not report.supported:
        lines.append(unsupported_sentence(report.architecture))
    if report.facts.gated:
        lines.append("Gated: accept its terms on its Hugging Face page and add a token in Settings to download it.")
    if not report.rows:
        lines.append("This repository has no GGUF files Hearth can run.")
        return "\n".join(lines) + "\n"
    lines.append("")
    for row in report.rows:
        quant = row.group
        notes = []
        if row.recommended:
            notes.append("recommended")
        if quant.original_precision:
            notes.append("original precision")
        if quant.expected_parts > 1:
            parts = f"{len(quant.files)} of {quant.expected_parts} parts"
            notes.append(parts if quant.complete else f"incomplete: {parts}")
        if quant.mmproj:
            notes.append("with vision")
        if row.rough:
            notes.append("rough: judged by size only")
        extra = f" ({', '.join(notes)})" if notes else ""
        lines.append(f"{quant.quantization:14} {format_bytes(quant.size_bytes):>10}  {row.verdict.label}{extra}")
        if row.problem and quant.complete:
            lines.append(f"{'':26}{row.problem}")
        lines.append(f"{'':26}{row.verdict.reason}")
        if row.verdict.speed_label:
            lines.append(f"{'':26}Expected speed: {row.verdict.speed_label}.")
    return "\n".join(lines) + "\n"

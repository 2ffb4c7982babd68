"""Searching Hugging Face and judging a repository's files before download, against the Hub look-alike on 127.0.0.1
serving the real test GGUFs: the remote verdict is the local one, errors are sentences, never an empty result."""

from __future__ import annotations

import email.utils
import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import gguf
import pytest

from app.fit.shape import from_header
from app.fit.verdict import judge
from app.hardware import HardwareProfile
from app.hub_search import query as queries
from app.hub_search.client import HubAccess, retry_after
from app.hub_search.errors import GatedModel, HubBusy, HubFailed, HubUnreachable, ModelNotFound, SearchOffline
from app.hub_search.quants import RemoteFile, group, quantization_of
from app.hub_search.report import ReportOptions, ReportStopped, build_report
from app.hub_search.search import SearchSort, catalog_index, next_page, search
from app.models.gguf_info import parse_header, read_file
from tests.assets import QWEN_CODER_05B
from tests.helpers.gguf_factory import header_only
from tests.helpers.hf_server import FakeHub
from tests.helpers.mmproj_factory import tiny_mmproj
from tests.locations import DATA_DIR

PROFILES = DATA_DIR / "profiles"
QWEN_REPO = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF"
QWEN_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"


def profile(name: str = "laptop-8gb-no-gpu.json") -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / name).read_text(encoding="utf-8")))


def access(hub: FakeHub, **kwargs: object) -> HubAccess:
    return HubAccess(endpoint=hub.url, **kwargs)  # type: ignore[arg-type]


def host_qwen(hub: FakeHub, qwen: Path, repo: str = QWEN_REPO) -> None:
    hub.add(repo, QWEN_FILE, qwen, sha256=QWEN_CODER_05B.sha256)


def tiny_llama(path: Path, arch: str = "llama", extra: dict[str, int] | None = None, blocks: range = range(2),
               with_tables: bool = True, ffn: int = 512) -> Path:  # fmt: skip
    """A header-only two-layer model: tensor descriptions without data, as a remote header read sees them."""
    f16 = gguf.GGMLQuantizationType.F16
    metadata: dict[str, int | float | str | list[int]] = {
        f"{arch}.block_count": 2,
        f"{arch}.context_length": 4096,
        f"{arch}.embedding_length": 256,
        f"{arch}.feed_forward_length": ffn,
        f"{arch}.attention.head_count": 4,
        f"{arch}.attention.head_count_kv": 2,
        f"{arch}.vocab_size": 1000,
        **(extra or {}),
    }
    tensors = {}
    if with_tables:
        tensors["token_embd.weight"] = ((256, 1000), f16)
        tensors["output.weight"] = ((256, 1000), f16)
    for block in blocks:
        tensors[f"blk.{block}.attn_q.weight"] = ((256, 256), f16)
        tensors[f"blk.{block}.ffn_up.weight"] = ((256, ffn), f16)
    path.parent.mkdir(parents=True, exist_ok=True)
    return header_only(path, arch, metadata, tensors)


# ---- queries
@pytest.mark.parametrize(
    ("typed", "repo", "file", "quant"),
    [
        ("qwen coder", None, None, None),
        ("  qwen   coder  ", None, None, None),
        ("bartowski/Qwen2.5-7B-Instruct-GGUF", "bartowski/Qwen2.5-7B-Instruct-GGUF", None, None),
        ("https://huggingface.co/unsloth/gemma-3-4b-it-GGUF", "unsloth/gemma-3-4b-it-GGUF", None, None),
        ("huggingface.co/unsloth/gemma-3-4b-it-GGUF/", "unsloth/gemma-3-4b-it-GGUF", None, None),
        ("https://huggingface.co/models/unsloth/gemma-3-4b-it-GGUF", "unsloth/gemma-3-4b-it-GGUF", None, None),
        ("hf.co/unsloth/Qwen3-8B-GGUF:Q4_K_M", "unsloth/Qwen3-8B-GGUF", None, "Q4_K_M"),
        ("hf.co/unsloth/Qwen3-8B-GGUF:ud-q4_k_xl", "unsloth/Qwen3-8B-GGUF", None, "UD-Q4_K_XL"),
        ("unsloth/Qwen3-8B-GGUF:Q8_0", "unsloth/Qwen3-8B-GGUF", None, "Q8_0"),
        (
            "https://huggingface.co/org/m-GGUF/blob/main/Q4_K_M/m-Q4_K_M-00001-of-00002.gguf",
            "org/m-GGUF",
            "Q4_K_M/m-Q4_K_M-00001-of-00002.gguf",
            None,
        ),
        ("https://huggingface.co/org/m-GGUF/resolve/main/m.gguf?download=true", "org/m-GGUF", "m.gguf", None),
        ("https://example.com/org/repo", None, None, None),
        ("https://huggingface.co/org", None, None, None),
    ],
)
def test_a_query_is_words_a_repository_or_an_address_pasted_as_is(
    typed: str, repo: str | None, file: str | None, quant: str | None
) -> None:
    parsed = queries.parse(typed)
    assert (parsed.repo, parsed.file, parsed.quantization) == (repo, file, quant)
    if repo is None:
        assert parsed.text == " ".join(typed.split())


# ---- quantizations
@pytest.mark.parametrize(
    ("name", "quant"),
    [
        ("Qwen3-8B-Q4_K_M.gguf", "Q4_K_M"),
        ("Qwen3-8B-Q8_0-Q4_K_M.gguf", "Q4_K_M"),  # the last match, as the Hub reads it
        ("Qwen3-30B-A3B-UD-Q4_K_XL.gguf", "UD-Q4_K_XL"),
        ("gpt-oss-20b-mxfp4.gguf", "MXFP4"),
        ("model.IQ2_XXS.gguf", "IQ2_XXS"),
        ("model-bf16.gguf", "BF16"),
        ("Q4_K_M/model-Q4_K_M-00001-of-00003.gguf", "Q4_K_M"),
        ("model.gguf", ""),
    ],
)
def test_quantization_is_read_from_the_file_name_as_the_hub_does(name: str, quant: str) -> None:
    assert quantization_of(name) == quant


def test_split_parts_are_one_row_summed_and_incomplete_when_a_part_is_missing() -> None:
    files = [
        RemoteFile("m-Q4_K_M.gguf", 4_000, "a"),
        RemoteFile("m-Q8_0-00001-of-00002.gguf", 5_000, "b"),
        RemoteFile("m-Q8_0-00002-of-00002.gguf", 3_000, "c"),
        RemoteFile("BF16/m-BF16-00001-of-00003.gguf", 9_000, "d"),
        RemoteFile("BF16/m-BF16-00003-of-00003.gguf", 9_000, "e"),
        RemoteFile("mmproj-m-F16.gguf", 500, "f"),
        RemoteFile("mmproj-m-F32.gguf", 900, "g"),
        RemoteFile("README.md", 10, None),
    ]
    rows = {g.quantization: g for g in group(files)}
    assert set(rows) == {"Q4_K_M", "Q8_0", "BF16"}
    assert [f.path for f in rows["Q8_0"].files] == ["m-Q8_0-00001-of-00002.gguf", "m-Q8_0-00002-of-00002.gguf"]
    assert rows["Q8_0"].complete
    assert rows["Q8_0"].model_bytes == 8_000
    assert not rows["BF16"].complete
    assert rows["BF16"].expected_parts == 3
    assert rows["BF16"].original_precision
    assert not rows["Q8_0"].original_precision
    for row in rows.values():  # the vision file (F16 preferred) is attached to every row and counted
        assert row.mmproj is not None
        assert row.mmproj.path == "mmproj-m-F16.gguf"
        assert row.size_bytes == row.model_bytes + 500


# ---- search
def test_search_pages_follow_the_link_header_one_request_per_page(fake_hub: FakeHub) -> None:
    for n in range(35):
        fake_hub.card(f"org{n}/model-{n}-GGUF", downloads=1000 - n, likes=n)
    fake_hub.card("other/not-gguf", downloads=10**6, tags=["safetensors"])
    query = queries.parse("model")
    first = search(access(fake_hub), query, limit=30, catalog_repos={})
    assert [r.repo for r in first.rows][:2] == ["org0/model-0-GGUF", "org1/model-1-GGUF"]
    assert len(first.rows) == 30
    assert first.next_url
    second = next_page(access(fake_hub), first, query, catalog_repos={})
    assert second is not None
    assert len(second.rows) == 5
    assert second.next_url is None
    assert len(fake_hub.requests) == 2
    assert "filter=gguf" in fake_hub.requests[0]
    assert "limit=30" in fake_hub.requests[0]
    by_likes = search(access(fake_hub), query, SearchSort.LIKES, limit=3, catalog_repos={})
    assert [r.repo for r in by_likes.rows] == ["org34/model-34-GGUF", "org33/model-33-GGUF", "org32/model-32-GGUF"]


def test_a_row_has_licence_tier_gated_and_the_catalog_name(fake_hub: FakeHub) -> None:
    index = catalog_index()
    catalog_repo, catalog_id = next(iter(index.items()))
    fake_hub.card(catalog_repo, downloads=5, tags=["gguf", "license:apache-2.0"])
    fake_hub.card("meta/llama-gguf", downloads=4, tags=["gguf", "license:llama3.1"], gated="manual")
    fake_hub.card("odd/other-gguf", downloads=3, tags=["gguf", "license:other"])
    rows = {r.repo: r for r in search(access(fake_hub), queries.parse("g")).rows}
    catalog_row = rows[catalog_repo]
    assert catalog_row.catalog_id == catalog_id
    assert catalog_row.license_tier == 1
    assert not catalog_row.gated
    llama = rows["meta/llama-gguf"]
    assert (llama.license, llama.license_tier, llama.gated, llama.catalog_id) == ("llama3.1", 2, True, None)
    assert rows["odd/other-gguf"].license_tier is None
    assert set(llama.to_dict()) >= {"repo", "author", "downloads", "likes", "updated", "license", "gated", "catalog_id"}


def test_a_real_empty_result_is_empty_not_an_error(fake_hub: FakeHub) -> None:
    fake_hub.card("org/model-GGUF")
    page = search(access(fake_hub), queries.parse("nothing-like-this"))
    assert page.empty
    assert page.next_url is None


# ---- errors, each a sentence
def test_offline_mode_makes_no_request_at_all(fake_hub: FakeHub) -> None:
    with pytest.raises(SearchOffline, match="Offline mode is on"):
        search(access(fake_hub, offline=True), queries.parse("qwen"))
    with pytest.raises(SearchOffline):
        build_report(access(fake_hub, offline=True), QWEN_REPO, profile())
    assert fake_hub.requests == []


def test_an_unreachable_hub_is_said_so() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(HubUnreachable, match=r"could not reach 127\.0\.0\.1"):
        search(HubAccess(endpoint=f"http://127.0.0.1:{port}"), queries.parse("qwen"))


def test_a_hub_that_does_not_answer_times_out_with_a_sentence(fake_hub: FakeHub) -> None:
    fake_hub.faults.hang_api = threading.Event()
    try:
        with pytest.raises(HubUnreachable, match="did not answer in time"):
            search(access(fake_hub, timeout=0.3), queries.parse("qwen"))
    finally:
        fake_hub.faults.hang_api.set()


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_is_a_sentence_to_retry(fake_hub: FakeHub, status: int) -> None:
    fake_hub.faults.api_statuses = [status]
    with pytest.raises(HubFailed, match=f"problem of its own \\({status}\\)") as failure:
        search(access(fake_hub), queries.parse("qwen"))
    assert failure.value.status == status


def test_too_many_requests_says_the_wait_the_server_asks_for(fake_hub: FakeHub) -> None:
    fake_hub.faults.api_statuses = [429]
    fake_hub.faults.retry_after = "17"
    with pytest.raises(HubBusy, match="retry in 17 seconds") as busy:
        search(access(fake_hub), queries.parse("qwen"))
    assert busy.value.retry_after == 17


def test_a_missing_repository_is_said_so(fake_hub: FakeHub) -> None:
    with pytest.raises(ModelNotFound, match="was not found"):
        build_report(access(fake_hub), "nobody/nothing-GGUF", profile())


def test_a_gated_repository_needs_access_and_a_token_then_works(fake_hub: FakeHub, qwen_gguf: Path) -> None:
    host_qwen(fake_hub, qwen_gguf)
    fake_hub.card(QWEN_REPO, gated="manual")
    fake_hub.gated[QWEN_REPO] = "hf_granted"
    with pytest.raises(GatedModel, match=r"accept its licence first.*token"):
        build_report(access(fake_hub), QWEN_REPO, profile())
    report = build_report(access(fake_hub, token="hf_granted"), QWEN_REPO, profile())
    assert report.facts.gated
    assert report.rows[0].verdict.runs


# ---- the verdict before download
def test_the_remote_verdict_is_the_local_one_and_reads_a_few_megabytes(fake_hub: FakeHub, qwen_gguf: Path) -> None:
    host_qwen(fake_hub, qwen_gguf)
    for machine in ("laptop-8gb-no-gpu.json", "desktop-rtx3060-12gb-32gb.json"):
        here = profile(machine)
        served_before = fake_hub.bytes_served
        report = build_report(
            access(fake_hub), QWEN_REPO, here, ReportOptions(context=8192 if "rtx" in machine else None)
        )
        (row,) = report.rows
        local = judge(from_header(read_file(qwen_gguf)), here, 8192 if "rtx" in machine else None)
        assert row.verdict == local
        assert report.architecture == "qwen2"
        assert report.supported
        assert row.recommended
        assert not row.rough
        served = fake_hub.bytes_served - served_before
        assert row.header_bytes_read == served
        assert 0 < served <= 8 * 1024 * 1024 < QWEN_CODER_05B.size
    ranges = [r for r in fake_hub.requests if "/resolve/" in r]
    assert ranges
    assert all(QWEN_FILE in r for r in ranges)


def test_headers_are_cached_per_file_and_revision(fake_hub: FakeHub, qwen_gguf: Path, tmp_path: Path) -> None:
    host_qwen(fake_hub, qwen_gguf)
    options = ReportOptions(cache_dir=tmp_path / "cache")
    first = build_report(access(fake_hub), QWEN_REPO, profile(), options)
    served = fake_hub.bytes_served
    second = build_report(access(fake_hub), QWEN_REPO, profile(), options)
    assert fake_hub.bytes_served == served
    assert second.rows[0].header_bytes_read == 0
    assert second.rows[0].verdict == first.rows[0].verdict


def test_a_server_ignoring_ranges_is_cut_off_at_the_cap_and_the_verdict_is_rough(
    fake_hub: FakeHub, qwen_gguf: Path
) -> None:
    host_qwen(fake_hub, qwen_gguf)
    fake_hub.faults.ignore_ranges = True
    cap = 1024 * 1024  # smaller than Qwen's header, so the header never completes
    report = build_report(access(fake_hub), QWEN_REPO, profile(), ReportOptions(step=256 * 1024, cap=cap))
    (row,) = report.rows
    assert row.rough
    assert not row.recommended
    assert row.verdict.runs
    assert cap <= row.header_bytes_read < cap + 256 * 1024
    assert fake_hub.bytes_served < QWEN_CODER_05B.size // 4


def test_a_server_ignoring_ranges_still_gives_the_exact_verdict_when_the_header_fits_the_cap(
    fake_hub: FakeHub, qwen_gguf: Path
) -> None:
    host_qwen(fake_hub, qwen_gguf)
    fake_hub.faults.ignore_ranges = True
    (row,) = build_report(access(fake_hub), QWEN_REPO, profile()).rows
    assert not row.rough
    assert row.verdict == judge(from_header(read_file(qwen_gguf)), profile())


def test_a_split_model_is_judged_from_every_parts_header(fake_hub: FakeHub, tmp_path: Path) -> None:
    repo = "org/tiny-GGUF"
    whole = tiny_llama(tmp_path / "whole" / "tiny-Q8_0.gguf")
    split = {"split.count": 3, "split.tensors.count": 6}
    parts = [
        tiny_llama(tmp_path / "p" / "tiny-F16-00001-of-00003.gguf", extra={"split.no": 0, **split}, blocks=range(0)),
        tiny_llama(tmp_path / "p" / "tiny-F16-00002-of-00003.gguf", extra={"split.no": 1, **split}, blocks=range(1),
                   with_tables=False),
        tiny_llama(tmp_path / "p" / "tiny-F16-00003-of-00003.gguf", extra={"split.no": 2, **split},
                   blocks=range(1, 2), with_tables=False),
    ]  # fmt: skip
    fake_hub.add(repo, "tiny-Q8_0.gguf", whole)
    for part in parts:
        fake_hub.add(repo, f"F16/{part.name}", part)
    fake_hub.add(repo, "Q4_K_M/tiny-Q4_K_M-00001-of-00002.gguf", parts[0])  # its second part is missing
    report = build_report(access(fake_hub), repo, profile())
    rows = {r.group.quantization: r for r in report.rows}
    f16 = rows["F16"]
    assert f16.group.complete
    assert f16.group.size_bytes == sum(p.stat().st_size for p in parts)
    assert not f16.rough
    assert f16.shape.layers == 2
    assert (
        f16.shape.weights_bytes == from_header(parse_header(whole.read_bytes())).weights_bytes
    )  # all parts' tensors counted
    assert not rows["Q4_K_M"].group.complete
    assert rows["Q4_K_M"].rough
    assert not rows["Q4_K_M"].recommended


def test_a_vision_file_is_attached_and_counted_in_the_fit(fake_hub: FakeHub, qwen_gguf: Path, tmp_path: Path) -> None:
    host_qwen(fake_hub, qwen_gguf)
    mmproj = tiny_mmproj(tmp_path / "mmproj-qwen-F16.gguf")
    fake_hub.add(QWEN_REPO, "mmproj-qwen-F16.gguf", mmproj)
    (row,) = build_report(access(fake_hub), QWEN_REPO, profile()).rows
    assert row.group.mmproj is not None
    assert row.group.mmproj.path == "mmproj-qwen-F16.gguf"
    assert row.group.size_bytes == QWEN_CODER_05B.size + mmproj.stat().st_size
    assert row.verdict.plan.projector_bytes == mmproj.stat().st_size
    assert row.verdict == judge(from_header(read_file(qwen_gguf)), profile(), projector_bytes=mmproj.stat().st_size)


def test_an_architecture_the_engine_cannot_load_is_said_before_download(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add("future/model-GGUF", "model-Q4_K_M.gguf", tiny_llama(tmp_path / "f.gguf", arch="futurenet9"))
    report = build_report(access(fake_hub), "future/model-GGUF", profile())
    assert report.architecture == "futurenet9"
    assert not report.supported
    assert report.recommended is None


def test_the_largest_quantization_that_runs_well_is_recommended_never_one_too_large(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    repo = "org/tiny-GGUF"
    for quant in ("Q4_K_M", "Q8_0", "F16"):
        fake_hub.add(repo, f"tiny-{quant}.gguf", tiny_llama(tmp_path / f"tiny-{quant}.gguf"))
    report = build_report(access(fake_hub), repo, profile())
    recommended = report.recommended
    assert recommended is not None
    assert recommended.verdict.runs
    assert not recommended.group.original_precision
    assert sum(r.recommended for r in report.rows) == 1


def test_a_file_the_repository_does_not_have_is_said_so(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add("org/tiny-GGUF", "tiny-Q8_0.gguf", tiny_llama(tmp_path / "tiny-Q8_0.gguf"))
    with pytest.raises(ModelNotFound, match=r"has no tiny-Q2_K\.gguf"):
        build_report(access(fake_hub), "org/tiny-GGUF", profile(), ReportOptions(only="tiny-Q2_K.gguf"))
    (row,) = build_report(access(fake_hub), "org/tiny-GGUF", profile(), ReportOptions(only="q8_0")).rows
    assert row.group.quantization == "Q8_0"


def test_a_damaged_header_is_judged_by_size_and_said_while_the_other_rows_keep_their_verdicts(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    good = tiny_llama(tmp_path / "tiny-Q8_0.gguf")
    damaged = tmp_path / "tiny-Q4_K_M.gguf"
    damaged.write_bytes(b"GGUF" + b"\xff" * 4096)  # an impossible version
    fake_hub.add("org/tiny-GGUF", "tiny-Q8_0.gguf", good)
    fake_hub.add("org/tiny-GGUF", "tiny-Q4_K_M.gguf", damaged)
    rows = {r.group.quantization: r for r in build_report(access(fake_hub), "org/tiny-GGUF", profile()).rows}
    assert rows["Q4_K_M"].rough
    assert "GGUF version" in rows["Q4_K_M"].problem
    assert not rows["Q4_K_M"].recommended
    assert not rows["Q8_0"].rough


def test_a_report_stops_between_header_reads_when_asked(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add("org/tiny-GGUF", "tiny-Q8_0.gguf", tiny_llama(tmp_path / "tiny-Q8_0.gguf"))
    stop = threading.Event()
    stop.set()
    with pytest.raises(ReportStopped):
        build_report(access(fake_hub), "org/tiny-GGUF", profile(), stop=stop)
    assert not [r for r in fake_hub.requests if "/resolve/" in r]


def test_header_reads_follow_the_hubs_redirect_to_its_file_storage(fake_hub: FakeHub, qwen_gguf: Path) -> None:
    host_qwen(fake_hub, qwen_gguf)
    fake_hub.faults.redirect = True
    (row,) = build_report(access(fake_hub), QWEN_REPO, profile()).rows
    assert row.verdict == judge(from_header(read_file(qwen_gguf)), profile())
    assert any(r.startswith("GET /cdn/") for r in fake_hub.requests)


def test_retry_after_is_read_as_seconds_or_as_a_date() -> None:
    later = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    assert retry_after("42") == 42
    assert 100 <= (retry_after(later) or 0) <= 120
    assert retry_after("soon") is None
    assert retry_after(None) is None


def test_a_plain_repository_id_searches_and_puts_that_repository_first(fake_hub: FakeHub) -> None:
    fake_hub.card("org/model-GGUF-extra", downloads=100)
    fake_hub.card("org/model-GGUF", downloads=1)
    page = search(access(fake_hub), queries.parse("org/model-GGUF"), catalog_repos={})
    assert [r.repo for r in page.rows] == ["org/model-GGUF", "org/model-GGUF-extra"]


def test_a_quantization_too_large_here_is_never_recommended(fake_hub: FakeHub, tmp_path: Path) -> None:
    repo = "org/big-GGUF"
    fake_hub.add(repo, "big-Q4_K_M.gguf", tiny_llama(tmp_path / "big-Q4_K_M.gguf"))
    fake_hub.add(repo, "big-Q8_0.gguf", tiny_llama(tmp_path / "big-Q8_0.gguf", ffn=20_000_000))  # ~20 GB declared
    rows = {r.group.quantization: r for r in build_report(access(fake_hub), repo, profile()).rows}
    assert not rows["Q8_0"].verdict.runs
    assert not rows["Q8_0"].recommended
    assert rows["Q4_K_M"].recommended

"""Links from "Use this model": the shapes the Hub, browsers and operating systems hand over are read, and a link
that is malformed, for another app, or names a path outside the repository is refused with a sentence."""

from __future__ import annotations

import pytest

from app.hub_search.links import MAX_LINK_LENGTH, BadLink, HubLink, parse_link

REPO = "unsloth/Qwen3-8B-GGUF"

TAKEN = [
    # As the Hub's local-apps deeplink writes them (values unencoded).
    (f"hearth://open_from_hf?model={REPO}", HubLink(REPO)),
    (f"hearth://open_from_hf?model={REPO}&file=Qwen3-8B-Q4_K_M.gguf", HubLink(REPO, "Qwen3-8B-Q4_K_M.gguf")),
    (
        f"hearth://open_from_hf?model={REPO}&file=Q8_0/Qwen3-8B-Q8_0-00001-of-00002.gguf",
        HubLink(REPO, "Q8_0/Qwen3-8B-Q8_0-00001-of-00002.gguf"),
    ),
    # Percent-encoded by a page that encodes its values (encodeURIComponent), once.
    ("hearth://open_from_hf?model=unsloth%2FQwen3-8B-GGUF", HubLink(REPO)),
    (
        "hearth://open_from_hf?model=unsloth%2FQwen3-8B-GGUF&file=Q8_0%2FQwen3-8B-Q8_0.gguf",
        HubLink(REPO, "Q8_0/Qwen3-8B-Q8_0.gguf"),
    ),
    ("hearth://open_from_hf?model=bartowski%2Fgemma-2-2b-it-GGUF", HubLink("bartowski/gemma-2-2b-it-GGUF")),
    ("hearth://open_from_hf?model=org/repo&file=my%20model.gguf", HubLink("org/repo", "my model.gguf")),
    # A "+" is a plus, not a space: the Hub never form-encodes.
    ("hearth://open_from_hf?model=org/repo&file=a+b.gguf", HubLink("org/repo", "a+b.gguf")),
    ("hearth://open_from_hf?model=org/repo&file=a%2Bb.gguf", HubLink("org/repo", "a+b.gguf")),
    # Trailing slashes: before the query (Windows and some browsers add it), after the repository and the file.
    (f"hearth://open_from_hf/?model={REPO}", HubLink(REPO)),
    (f"hearth://open_from_hf?model={REPO}/", HubLink(REPO)),
    (f"hearth://open_from_hf?model={REPO}&file=x.gguf/", HubLink(REPO, "x.gguf")),
    # Scheme and host in any case; spaces around the link (a copy and paste); an empty file=; parameters reordered.
    (f"HEARTH://OPEN_FROM_HF?model={REPO}", HubLink(REPO)),
    (f"Hearth://Open_From_HF?model={REPO}", HubLink(REPO)),
    (f"  hearth://open_from_hf?model={REPO}\n", HubLink(REPO)),
    (f"hearth://open_from_hf?model={REPO}&file=", HubLink(REPO)),
    (f"hearth://open_from_hf?file=x.GGUF&model={REPO}", HubLink(REPO, "x.GGUF")),
    # Other parameters (tracking, a future LM Studio key) and a fragment are ignored.
    (f"hearth://open_from_hf?model={REPO}&utm_source=hf&source=model-page", HubLink(REPO)),
    (f"hearth://open_from_hf?model={REPO}#files", HubLink(REPO)),
    (f"hearth://open_from_hf?model={REPO}&&", HubLink(REPO)),
    # Repository ids the Hub allows: dots, underscores, digits, single dashes, upper case, 96 characters.
    ("hearth://open_from_hf?model=TheBloke/Llama-2-7B-Chat-GGUF", HubLink("TheBloke/Llama-2-7B-Chat-GGUF")),
    ("hearth://open_from_hf?model=ggml-org/gpt-oss-20b-GGUF", HubLink("ggml-org/gpt-oss-20b-GGUF")),
    ("hearth://open_from_hf?model=Qwen/Qwen2.5-0.5B-Instruct-GGUF", HubLink("Qwen/Qwen2.5-0.5B-Instruct-GGUF")),
    ("hearth://open_from_hf?model=a_b/_c.d_", HubLink("a_b/_c.d_")),
    (f"hearth://open_from_hf?model=o/{'n' * 96}", HubLink(f"o/{'n' * 96}")),
    ("hearth://open_from_hf?model=org/repo&file=.hidden/x.gguf", HubLink("org/repo", ".hidden/x.gguf")),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_real_world_link_shapes_are_read(text: str, expected: HubLink) -> None:
    assert parse_link(text) == expected


@pytest.mark.parametrize("link", [HubLink(REPO), HubLink("org/repo", "Q4 K/a+b%.gguf"), HubLink("o/r", "x.gguf")])
def test_a_links_canonical_url_reads_back_as_the_same_link(link: HubLink) -> None:
    assert parse_link(link.url()) == link


REFUSED = [
    # Not a link, or for someone else.
    ("", "only links that start with hearth://open_from_hf"),
    ("unsloth/Qwen3-8B-GGUF", "only links that start with hearth://open_from_hf"),
    (f"https://huggingface.co/{REPO}", "not for Hearth"),
    (f"lmstudio://open_from_hf?model={REPO}", "not for Hearth"),
    (f"file:///etc/passwd?model={REPO}", "not for Hearth"),
    (f"hearth://evil.example?model={REPO}", "asks for something else"),
    (f"hearth://open_from_hf.evil.example?model={REPO}", "asks for something else"),
    (f"hearth://user@open_from_hf?model={REPO}", "asks for something else"),
    (f"hearth://open_from_hf:80?model={REPO}", "asks for something else"),
    (f"hearth:///open_from_hf?model={REPO}", "asks for something else"),
    (f"hearth:open_from_hf?model={REPO}", "asks for something else"),
    (f"hearth://open_from_hf/download?model={REPO}", "asks for something else"),
    (f"hearth://open_from_hf?model={REPO}\x00", "control characters"),
    (f"hearth://open_from_hf?model={REPO}%0A", "control characters"),
    # No model, or two.
    ("hearth://open_from_hf", "does not say which model"),
    ("hearth://open_from_hf?model=", "does not say which model"),
    ("hearth://open_from_hf?file=x.gguf", "does not say which model"),
    (f"hearth://open_from_hf?model={REPO}&model=org/other", "more than one"),
    (f"hearth://open_from_hf?model={REPO}&file=a.gguf&file=b.gguf", "more than one"),
    # Repository ids the Hub does not allow.
    ("hearth://open_from_hf?model=Qwen3-8B-GGUF", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=a/b/c", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=../etc", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/..", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/a..b", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/a--b", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/-repo", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/repo.", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/repo.git", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/re po", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/r%C3%A9po", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org%252Frepo", "not a Hugging Face model name"),  # encoded twice
    (f"hearth://open_from_hf?model=o/{'n' * 97}", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=https://huggingface.co/org/repo", "not a Hugging Face model name"),
    ("hearth://open_from_hf?model=org/repo%FF", "garbled"),
    # A revision or a tag: decided against (see app/hub_search/links.py).
    (f"hearth://open_from_hf?model={REPO}@main", "version or a tag of unsloth/Qwen3-8B-GGUF"),
    (f"hearth://open_from_hf?model={REPO}:Q4_K_M", "version or a tag"),
    # Files outside the repository, or not a model file.
    ("hearth://open_from_hf?model=org/repo&file=../../.ssh/id_rsa.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=..%2F..%2Fx.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=a/../../x.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=/etc/x.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=%2Fetc%2Fx.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=C:/Users/x.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=..%5Cx.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=a%5Cb.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=a//b.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=./x.gguf", "outside the model's folder"),
    ("hearth://open_from_hf?model=org/repo&file=model.safetensors", "not a GGUF model file"),
    # Too long, whatever it holds.
    (f"hearth://open_from_hf?model={REPO}&file={'a' * MAX_LINK_LENGTH}.gguf", "too long"),
]


@pytest.mark.parametrize(("text", "said"), REFUSED)
def test_bad_links_are_refused_with_a_sentence(text: str, said: str) -> None:
    with pytest.raises(BadLink) as refused:
        parse_link(text)
    assert said in refused.value.message
    assert refused.value.message.endswith(".")
    assert "\n" not in refused.value.message


def test_a_link_of_exactly_the_limit_is_read() -> None:
    head = f"hearth://open_from_hf?model={REPO}&file="
    text = head + "a" * (MAX_LINK_LENGTH - len(head) - len(".gguf")) + ".gguf"
    assert len(text) == MAX_LINK_LENGTH
    assert parse_link(text).repo == REPO

"""A chat template is data from a downloaded file: rendering it must never run code or reach Python internals."""

from __future__ import annotations

import struct
import threading
from pathlib import Path

import gguf
import pytest

from app import settings
from app.engines.chat_types import Message, Sampling
from app.engines.errors import ChatTemplateFailed
from app.engines.llama import LlamaEngine
from app.engines.llama.chat_format import TemplateFormat
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe

NORMAL = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}<|im_start|>assistant\n"
)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def attacks(marker: Path) -> list[str]:
    command = f"touch {marker}"
    return [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{{ c.__init__.__globals__ }}{% endfor %}",
        f"{{{{ cycler.__init__.__globals__.os.popen('{command}').read() }}}}",
        f"{{{{ joiner.__init__.__globals__.os.system('{command}') }}}}",
        f"{{{{ namespace.__init__.__globals__.os.system('{command}') }}}}",
        f"{{{{ lipsum.__globals__['os'].popen('{command}').read() }}}}",
        f"{{{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('{command}') }}}}",
        f"{{{{ raise_exception.__globals__['os'].system('{command}') }}}}",
        f"{{{{ strftime_now.__globals__['__builtins__']['__import__']('os').system('{command}') }}}}",
        f"{{{{ messages.__class__.__init__.__globals__['sys'].modules['subprocess'].run('{command}', shell=True) }}}}",
        "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ config.__class__.__init__.__globals__['os'].environ }}",
        "{% set _ = messages.append({'role': 'system', 'content': 'injected'}) %}{{ messages | length }}",
        "{% set _ = messages[0].update({'content': 'changed'}) %}{{ messages[0].content }}",
        "{{ messages[0].content.format.__globals__ }}",
        "{{ (messages|attr('__class__')|attr('__mro__')) }}",
        NORMAL + "{{ ''.__class__ }}{{ cycler.__init__.__globals__ }}",
    ]


@pytest.mark.parametrize("index", range(17))
def test_a_template_cannot_run_code_or_reach_python_internals(index: int, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    template = attacks(marker)[index]
    messages = [Message("user", "hello")]
    try:
        rendered = TemplateFormat(template, bos_token="", eos_token="<|im_end|>").render(messages).text
    except ChatTemplateFailed:
        rendered = ""  # refused with a sentence: fine, as long as nothing ran
    assert not marker.exists()
    for leak in ("<class", "<function", "<module", "__builtins__", "uid=", "changed", "injected", "PATH"):
        assert leak not in rendered
    assert messages == [Message("user", "hello")]


def copy_with_template(source: Path, target: Path, template: str) -> Path:
    """The real model with another `tokenizer.chat_template`: the header is rewritten, the tensors copied."""
    reader = gguf.GGUFReader(source)
    field = reader.fields["tokenizer.chat_template"]
    start = field.offset
    end = start + sum(int(part.nbytes) for part in field.parts)
    key = b"tokenizer.chat_template"
    value = template.encode("utf-8")
    new_field = (
        struct.pack("<Q", len(key)) + key + struct.pack("<I", gguf.GGUFValueType.STRING)
        + struct.pack("<Q", len(value)) + value
    )  # fmt: skip
    last = reader.tensors[-1].field
    infos_end = last.offset + sum(int(part.nbytes) for part in last.parts)
    alignment = 32
    with source.open("rb") as original, target.open("wb") as out:
        head = original.read(infos_end)
        head = head[:start] + new_field + head[end:]
        out.write(head + b"\0" * (-len(head) % alignment))
        original.seek(reader.data_offset)
        while chunk := original.read(16 * 1024 * 1024):
            out.write(chunk)
    return target


@pytest.mark.model
def test_a_model_whose_template_reaches_for_os_loads_but_cannot_run_it(
    qwen_gguf: Path, tmp_path: Path, profile: HardwareProfile
) -> None:
    marker = tmp_path / "PWNED"
    hostile = (
        f"{{{{ cycler.__init__.__globals__.os.system('touch {marker}') }}}}"
        "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
        "<|im_start|>assistant\n"
    )
    model = copy_with_template(qwen_gguf, tmp_path / "hostile.gguf", hostile)
    with LlamaEngine() as engine:
        engine.load(model, LoadPlan(context=512), force=True, profile=profile)
        assert engine.loaded is not None
        assert engine.loaded.has_chat_template
        with pytest.raises(ChatTemplateFailed):
            list(engine.chat([Message("user", "Hi")], Sampling(max_tokens=4), threading.Event()))
    assert not marker.exists()


@pytest.mark.model
def test_the_copied_model_with_a_harmless_template_still_chats(
    qwen_gguf: Path, tmp_path: Path, profile: HardwareProfile
) -> None:
    model = copy_with_template(qwen_gguf, tmp_path / "plain.gguf", NORMAL)
    with LlamaEngine() as engine:
        engine.load(model, LoadPlan(context=512), force=True, profile=profile)
        events = list(
            engine.chat(
                [Message("user", "What is the capital of France? One word.")],
                Sampling(temperature=0, max_tokens=8, seed=0),
                threading.Event(),
            )
        )
    assert "".join(getattr(e, "text", "") for e in events).strip()  # it answers; its words are not checked


QWEN3_LIKE = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n"
    "{% if enable_thinking is defined and enable_thinking is false %}<think>\n\n</think>\n\n"
    "{% else %}<think>\n{% endif %}{% endif %}"
)


def test_template_options_are_found_and_passed_through() -> None:
    template = TemplateFormat(QWEN3_LIKE, bos_token="", eos_token="<|im_end|>")
    assert template.options == frozenset({"enable_thinking"})
    thinking = template.render([Message("user", "hi")])
    assert thinking.opens_thinking  # the reply starts inside <think>
    quiet = template.render([Message("user", "hi")], {"enable_thinking": False, "unknown_option": 1})
    assert quiet.text.endswith("<think>\n\n</think>\n\n")
    assert not quiet.opens_thinking

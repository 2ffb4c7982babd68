"""llama-cpp-python's private parts that Hearth uses: they exist in the installed version, and only
app/engines/llama/internals.py touches them. No model is loaded: the classes and their source are read."""

from __future__ import annotations

import inspect
import re
import tomllib

import llama_cpp
import llama_cpp._internals as llama_internals
import llama_cpp.llama_chat_format as chat_format

from app.engines.llama import internals
from tests.locations import REPO_ROOT

ROOT = REPO_ROOT
APP = ROOT / "app"
INTERNALS = APP / "engines" / "llama" / "internals.py"

# Another object's private attribute of llama-cpp-python (anything's but `self`'s: load_tuning's own `_context` is its
# own), its private module, the engine's `Llama` reached from outside, the vision handlers' private methods.
PRIVATE = re.compile(
    r"(?<!self)\.(_ctx|_batch|_sampler|_model|_requires_eval)\b"
    r"|llama_cpp\._internals|from llama_cpp import _internals"
    r"|(?<!self)\._llm\b"
    r"|\._init_mtmd_context\b|\._create_bitmap_from_bytes\b"
)


def test_the_installed_llama_cpp_python_is_the_pinned_one_and_the_one_internals_was_checked_on() -> None:
    pinned = [
        dependency.split("==", 1)[1]
        for dependency in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "dependencies"
        ]
        if dependency.startswith("llama-cpp-python==")
    ]
    assert pinned == [internals.TESTED_VERSION]
    assert llama_cpp.__version__ == internals.TESTED_VERSION
    assert internals.version_checked()


def test_the_private_attributes_hearth_reads_exist_on_the_installed_llama() -> None:
    init = inspect.getsource(llama_cpp.Llama.__init__)
    for name in ("_model", "_ctx", "_batch"):
        assert f"self.{name} = " in init, name
    assert "self._sampler" in inspect.getsource(llama_cpp.Llama.generate)
    assert "self._requires_eval" in inspect.getsource(llama_cpp.Llama.generate)
    assert "self._sampler.sample(self._ctx" in inspect.getsource(llama_cpp.Llama.sample)


def test_the_private_classes_have_the_methods_and_fields_hearth_calls() -> None:
    model = llama_internals.LlamaModel
    assert callable(model.token_get_text)
    assert list(inspect.signature(model.__init__).parameters)[1:4] == ["path_model", "params", "verbose"]
    assert "self.vocab = " in inspect.getsource(model.__init__)
    context = llama_internals.LlamaContext
    assert list(inspect.signature(context.kv_cache_seq_rm).parameters) == ["self", "seq_id", "p0", "p1"]
    assert callable(context.decode)
    assert "self.ctx = " in inspect.getsource(context.__init__)
    assert "self.batch = " in inspect.getsource(llama_internals.LlamaBatch.__init__)
    assert list(inspect.signature(llama_internals.LlamaSampler.sample).parameters) == ["self", "ctx", "idx"]
    handler = chat_format.Llava15ChatHandler
    assert list(inspect.signature(handler._init_mtmd_context).parameters) == ["self", "llama_model"]
    assert callable(handler._create_bitmap_from_bytes)
    assert "self.mtmd_ctx = " in inspect.getsource(handler._init_mtmd_context)


def test_no_module_under_app_but_internals_touches_llama_cpp_python_private_parts() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted(APP.rglob("*.py"))
        if path != INTERNALS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PRIVATE.search(line.split("#", 1)[0])
    ]
    assert offenders == []


def test_the_check_finds_what_it_looks_for() -> None:
    for line in (
        "vocab = llm._model.vocab",
        "llm._ctx.kv_cache_seq_rm(-1, 0, -1)",
        "from llama_cpp._internals import LlamaModel",
        "llm = engine._llm",
        "handler._init_mtmd_context(llm)",
    ):
        assert PRIVATE.search(line), line
    for line in ("self._ctx = None", "self._llm = llm", "llm.ctx", "self._model_path"):
        assert not PRIVATE.search(line), line

"""`hearth serve`, run as a user would, in a subprocess: the base URL first, then one line per request."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import openai
import pytest

from tests.locations import REPO_ROOT

ROOT = REPO_ROOT
NO_STORE = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **NO_STORE, "PYTHONPATH": str(ROOT), **extra}
    env.pop("HEARTH_API_KEY", None)
    env.update(extra)
    return env


def test_share_without_a_key_exits_1_with_a_sentence() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--share", "--port", "0"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Sharing on your network needs an API key" in done.stderr
    assert done.stdout == ""


@pytest.mark.model
def test_serve_prints_the_base_url_then_one_line_per_request(qwen_gguf: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", "0", "--model", str(qwen_gguf)],
        env=_env(HEARTH_API_KEY="k-123456"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/v1")
        said = []
        while "Serving" not in (line := process.stderr.readline()):
            assert line, "hearth serve ended before serving"
            said.append(line)
        assert any(line.startswith("Prompt cache: up to 2048 MB") for line in said)
        with openai.OpenAI(base_url=base_url, api_key="k-123456", max_retries=0) as client:
            reply = client.chat.completions.create(
                model=qwen_gguf.name.removesuffix(".gguf"),
                messages=[{"role": "user", "content": "Hi"}],
                max_tokens=2,
                temperature=0,
            )
        assert reply.choices[0].message.content
        line = process.stderr.readline()
        assert "POST /v1/chat/completions 200" in line
        assert "· prompt cache 1 states" in line  # what the cache holds after the request
        assert "k-123456" not in line
        # SIGTERM, as `kill` and service managers stop it: Ctrl+C's SIGINT is ignored by a process whose shell
        # started the test run in the background, and its children inherit that.
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(120)  # a guard against a hang, not a measure: a busy machine is slow to unload
        except subprocess.TimeoutExpired:
            process.kill()
            _, rest = process.communicate(timeout=30)
            pytest.fail(f"hearth serve did not stop within 120 s of SIGTERM; it said last: {rest[-3000:]}")
        assert code == 0
        assert "Stopping…" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

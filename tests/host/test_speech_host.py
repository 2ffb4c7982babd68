"""The one speech host: the Transcribe page's queue and the local API server share one Whisper engine (one load),
its jobs run one at a time, a job cancelled before its turn never runs, and Whisper counts in the memory budget."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from app import settings
from app.downloads.queue_state import QueueState
from app.engines.chat_types import Notice
from app.engines.whisper.options import TranscribeOptions
from app.engines.whisper.transcriber import Preparing, TranscribeNotice
from app.fit.estimate import LoadPlan
from app.hardware import probe
from app.host import JobCancelled, ModelHost, ModelRequest, SpeechHost
from app.host.speech_host import whisper_estimate
from app.server import LocalServer, ServedModels, ServerOptions
from app.transcription.transcription_queue import SavePlan, TranscriptionQueue, run_item
from app.units import MB
from tests.helpers.generators import finish
from tests.helpers.speech import CLIP_WER_BOUND, speech_set, word_error_rate

pytestmark = pytest.mark.model


@pytest.fixture
def host() -> Iterator[ModelHost]:
    with ModelHost() as host:
        yield host


def test_a_gui_transcription_and_an_api_transcription_load_whisper_once(
    tmp_path: Path, host: ModelHost, whisper_base_dir: Path
) -> None:
    clip = speech_set().clips["wav"]
    # The Transcribe page's path: the transcription queue's run_item on the host's speech host.
    queue = TranscriptionQueue(tmp_path / "queue")
    (item,) = queue.add([clip.path], TranscribeOptions())
    done = finish(
        run_item(queue, item.id, host.speech, whisper_base_dir, SavePlan(folder=str(tmp_path)), threading.Event())
    )
    assert done.state is QueueState.DONE
    assert host.speech.loads == 1
    assert host.speech.memory() == whisper_estimate(whisper_base_dir, host.speech.device)  # type: ignore[arg-type]

    # The local API server's path, over the same model host.
    models = ServedModels(host, probe(settings.configured_models_dir()), extra=(whisper_base_dir,), use_library=False)
    with LocalServer(models, ServerOptions(), port=0) as server, httpx.Client(timeout=300) as http:
        assert server.address is not None
        with clip.path.open("rb") as audio:
            response = http.post(
                f"{server.address.base_url}/audio/transcriptions",
                data={"model": "whisper-1"},
                files={"file": ("clip.wav", audio, "audio/wav")},
            )
    assert response.status_code == 200, response.text
    assert word_error_rate(clip.text, response.json()["text"]) <= CLIP_WER_BOUND
    assert host.speech.loads == 1


def test_a_transcription_cancelled_before_its_turn_never_runs(tmp_path: Path, whisper_base_dir: Path) -> None:
    clip = speech_set().clips["wav"]
    held = threading.Event()
    release = threading.Event()

    def hold_the_thread(event: object) -> None:  # the first job's first event waits here, on the speech thread
        if not held.is_set():
            held.set()
            release.wait(60)

    with SpeechHost() as speech:
        first_stop = threading.Event()
        first = speech.transcribe(
            clip.path, whisper_base_dir, TranscribeOptions(), first_stop, on_event=hold_the_thread
        )
        assert held.wait(60)
        second = speech.transcribe(clip.path, whisper_base_dir, TranscribeOptions())
        second.cancel()
        first_stop.set()
        release.set()
        assert not first.result(timeout=120).complete
        with pytest.raises(JobCancelled):
            second.result(timeout=120)
    assert speech.loads == 1  # the first was loading when it was stopped; the second never started


def test_close_ends_the_speech_thread_and_refuses_new_work(whisper_base_dir: Path) -> None:
    clip = speech_set().clips["wav"]
    others = {t for t in threading.enumerate() if t.name == "hearth-speech"}  # other tests' hosts, not this one's
    speech = SpeechHost()
    transcript = speech.transcribe(clip.path, whisper_base_dir, TranscribeOptions(language="en")).result(timeout=300)
    assert transcript.complete
    speech.close()
    assert speech.loaded_folder() is None
    assert speech.memory() is None
    assert not any(t.name == "hearth-speech" and t.is_alive() and t not in others for t in threading.enumerate())
    with pytest.raises(RuntimeError, match="closed"):
        speech.transcribe(clip.path, whisper_base_dir, TranscribeOptions())


def test_loading_whisper_unloads_the_chat_model_that_does_not_fit_beside_it(
    qwen_gguf: Path, whisper_base_dir: Path
) -> None:
    """Qwen (about 590 MiB by the estimate) fits in 700 MiB alone, not with Whisper base beside it."""
    clip = speech_set().clips["wav"]
    with ModelHost(memory_limit_bytes=700 * MB) as host:
        profile = probe(settings.configured_models_dir())
        host.load(ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)).result(timeout=300)
        events: list[object] = []
        job = host.speech.transcribe(
            clip.path, whisper_base_dir, TranscribeOptions(language="en"), on_event=events.append
        )
        assert job.result(timeout=300).complete
        assert host.loaded_models() == []
        notices = [e.message for e in events if isinstance(e, TranscribeNotice)]
        assert any(qwen_gguf.name in n and "unloaded" in n for n in notices)
        assert any(isinstance(e, Preparing) for e in events)
        assert not any(isinstance(e, Notice) for e in events)  # the host's notices arrive as the speech job's own

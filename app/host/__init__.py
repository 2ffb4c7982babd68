"""The hosts: every loaded llama.cpp model on one engine thread and the one Whisper engine on one speech thread,
each a `JobQueue`, shared by every client."""

from app.host.jobs import Job, JobCancelled, JobKind, JobQueue, drive
from app.host.model_host import ModelHost, ModelRequest, embedding_request
from app.host.plan import PlannedLoad, plan_load
from app.host.speech_host import SpeechHost

__all__ = [
    "Job",
    "JobCancelled",
    "JobKind",
    "JobQueue",
    "ModelHost",
    "ModelRequest",
    "PlannedLoad",
    "SpeechHost",
    "drive",
    "embedding_request",
    "plan_load",
]

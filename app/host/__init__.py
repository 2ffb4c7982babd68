"""The one model host: every loaded llama.cpp model, on one engine thread, shared by every client."""

from app.host.jobs import Job, JobCancelled, JobKind
from app.host.model_host import ModelHost, ModelRequest, embedding_request

__all__ = ["Job", "JobCancelled", "JobKind", "ModelHost", "ModelRequest", "embedding_request"]

"""A model that answers, wherever it runs: `Responder`, and its two kinds, `LocalResponder` (this computer's model
host) and `RemoteResponder` (another computer's server, through the one remote queue).

Chat, Compare, Documents, the CLI and the API server ask a Responder; none of them branches on where the model is.
"""

from app.responders.base import Responder, finished_job
from app.responders.local import LocalResponder
from app.responders.remote import RemoteResponder

__all__ = ["LocalResponder", "RemoteResponder", "Responder", "finished_job"]

"""Compare: two or three models on the person's own prompts, over the one model host."""

from app.compare.plan import Contender, RunPlan, plan_run, remote_contender
from app.compare.turn import Comparison, PaneReply, Turn, fastest

__all__ = ["Comparison", "Contender", "PaneReply", "RunPlan", "Turn", "fastest", "plan_run", "remote_contender"]

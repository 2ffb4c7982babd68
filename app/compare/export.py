"""A comparison as Markdown: what was asked, which models with which settings, every reply and its numbers.

Plain Markdown because the point of an export is to be pasted where the person decides (a note, an issue, a chat
with a colleague), and every such place reads it.
"""

from __future__ import annotations

from app.compare.turn import Comparison, fastest
from app.units import format_bytes


def export_markdown(comparison: Comparison) -> str:
    contenders = comparison.contenders
    lines = ["# Comparison", "", "| pane | model | temperature | max tokens | seed |", "|---|---|---|---|---|"]
    for number, c in enumerate(contenders, start=1):
        seed = "random" if c.sampling.seed is None else str(c.sampling.seed)
        where = f" on {c.remote.provider} ({c.remote.host}), leaves this computer" if c.remote is not None else ""
        lines.append(f"| {number} | {c.name} (`{c.source}`{where}) | {c.sampling.temperature:g} | "
                     f"{c.sampling.max_tokens} | {seed} |")  # fmt: skip
    plan = comparison.plan
    lines += ["", "Loaded together." if plan.together else plan.sentence, ""]
    turns = max((len(comparison.replies(i)) for i in range(len(contenders))), default=0)
    for turn in range(turns):
        replies = [
            comparison.replies(i)[turn] if turn < len(comparison.replies(i)) else None for i in range(len(contenders))
        ]
        prompt = next((r.prompt for r in replies if r is not None), "")
        lines += [f"## Prompt {turn + 1}", "", *(f"> {line}" for line in prompt.splitlines()), ""]
        best = fastest(replies)
        for index, reply in enumerate(replies):
            if reply is None:
                continue
            mark = " (fastest)" if index == best else ""
            lines += [f"### {reply.name}{mark}", ""]
            if reply.error:  # what arrived before it broke off is kept, then what happened
                lines += [reply.text.strip(), "", reply.error] if reply.text.strip() else [reply.error]
            else:
                lines += [reply.text.strip() or "(no reply)"]
            s = reply.stats
            lines += [
                "",
                f"*{s.ttft_s:.2f} s to the first token · {s.tokens_per_second:.1f} tokens/s · "
                f"{s.generated_tokens} tokens · {s.stop_reason} · "
                f"{f'on {reply.remote}' if reply.remote else format_bytes(reply.memory_bytes)}*",
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"

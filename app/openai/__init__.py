"""The OpenAI wire, both ways: what Hearth's API server reads and writes, and what its remote-provider client sends
and reads back. Plain Python (no network, no Qt): messages ⇄ JSON (`messages`), stop reasons ⇄ `finish_reason`
(`finish`), server-sent events (`sse`), tool calls and the grammars that force them (`tools`), and the tools
written into a prompt for an engine that takes only roles and text (`prompts`).
"""

"""A trie of token blocks: which saved states share the longest start with a prompt, without comparing them all.

SGLang's RadixAttention keeps its cached prefixes in a radix tree; Hearth's states are whole conversations, so a trie
whose edges are blocks of `BLOCK` tokens is enough: a state sits on the path of its full blocks, and a prompt walks
its own blocks down as far as some state goes with it. Only the states under the deepest node reached can share
more, and only by less than a block more, so the exact count is taken for those alone (`best`). The states ending at
each node are known too, so the earlier turns of a conversation (the new state's prefixes) are found without a scan
(`prefixes_of`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from app.engines.llama.prompt_state import common_prefix

__all__ = ["BLOCK", "TokenTrie"]

BLOCK = 64


@dataclass
class _Node:
    children: dict[bytes, _Node] = field(default_factory=dict)
    through: set[int] = field(default_factory=set)  # states whose full blocks pass through (or end at) this node
    ending: set[int] = field(default_factory=set)  # states with no full block after this node


class TokenTrie:
    def __init__(self) -> None:
        self._root = _Node()
        self._tokens: dict[int, npt.NDArray[np.intc]] = {}

    def __len__(self) -> int:
        return len(self._tokens)

    def __contains__(self, key: object) -> bool:
        return key in self._tokens

    def keys(self) -> list[int]:
        return list(self._tokens)

    def add(self, key: int, tokens: npt.NDArray[np.intc]) -> None:
        self._tokens[key] = tokens
        node = self._root
        node.through.add(key)
        for block in _blocks(tokens):
            node = node.children.setdefault(block, _Node())
            node.through.add(key)
        node.ending.add(key)

    def remove(self, key: int) -> None:
        tokens = self._tokens.pop(key)
        path = [self._root]
        for block in _blocks(tokens):
            path.append(path[-1].children[block])
        path[-1].ending.discard(key)
        for node in path:
            node.through.discard(key)
        for parent, block in zip(reversed(path[:-1]), reversed(list(_blocks(tokens))), strict=True):
            if not parent.children[block].through:
                del parent.children[block]

    def best(self, tokens: npt.NDArray[np.intc]) -> dict[int, int]:
        """The states sharing the longest start with `tokens`, each with how many tokens it shares (all of them
        share the most possible to within a block; the caller breaks the tie); {} when none shares any."""
        node, depth = self._root, 0
        for block in _blocks(tokens):
            child = node.children.get(block)
            if child is None:
                break
            node, depth = child, depth + BLOCK
        # None of them goes on with the prompt's next full block, so each shares less than a block more.
        ahead = tokens[depth : depth + BLOCK]
        shared = {key: depth + common_prefix(self._tokens[key][depth : depth + BLOCK], ahead) for key in node.through}
        return {key: count for key, count in shared.items() if count}

    def prefixes_of(self, tokens: npt.NDArray[np.intc]) -> list[int]:
        """The states whose whole token list is a start of `tokens` (an earlier turn of the same conversation)."""
        found = []
        node: _Node | None = self._root
        depth = 0
        blocks = _blocks(tokens)
        while node is not None:
            for key in node.ending:
                own = self._tokens[key]
                if len(own) <= len(tokens) and common_prefix(own[depth:], tokens[depth : len(own)]) == len(own) - depth:
                    found.append(key)
            block = next(blocks, None)
            node = node.children.get(block) if block is not None else None
            depth += BLOCK
        return found


def _blocks(tokens: npt.NDArray[np.intc]) -> Iterator[bytes]:
    for start in range(0, len(tokens) - BLOCK + 1, BLOCK):
        yield tokens[start : start + BLOCK].tobytes()

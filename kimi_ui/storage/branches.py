"""A conversation is a tree of messages: editing a question or regenerating an answer adds a sibling.
Pure functions over (id, parent_id, seq) nodes: the path shown, each message's siblings, where a switch
lands. Siblings are ordered by seq (the order they were written)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Node:
    id: str
    parent_id: str | None
    seq: int
    role: str


@dataclass(frozen=True)
class Tree:
    nodes: dict[str, Node]
    children: dict[str | None, list[str]]  # parent id (None: the roots) -> child ids by seq

    @classmethod
    def of(cls, nodes: list[Node]) -> Tree:
        by_id = {n.id: n for n in nodes}
        children: dict[str | None, list[str]] = {}
        for node in sorted(nodes, key=lambda n: n.seq):
            parent = node.parent_id if node.parent_id in by_id else None
            children.setdefault(parent, []).append(node.id)
        return cls(by_id, children)

    def latest_leaf(self, start: str | None = None) -> str | None:
        """From `start` (or the top), follow the newest child down to a leaf."""
        current = start
        while True:
            below = self.children.get(current)
            if not below:
                return current
            current = below[-1]

    def path(self, leaf: str | None) -> list[str]:
        """Ids from the first message down to `leaf` (the newest branch when leaf is unknown)."""
        if leaf not in self.nodes:
            leaf = self.latest_leaf()
        out: list[str] = []
        seen: set[str] = set()
        while leaf is not None and leaf in self.nodes and leaf not in seen:
            seen.add(leaf)
            out.append(leaf)
            parent = self.nodes[leaf].parent_id
            leaf = parent if parent in self.nodes else None
        return out[::-1]

    def siblings(self, message_id: str) -> list[str]:
        node = self.nodes[message_id]
        parent = node.parent_id if node.parent_id in self.nodes else None
        return self.children.get(parent, [message_id])

    def position(self, message_id: str) -> tuple[int, int]:
        """(1-based index among its siblings, number of siblings): "2/3"."""
        siblings = self.siblings(message_id)
        return siblings.index(message_id) + 1, len(siblings)

    def switch(self, message_id: str, step: int) -> str | None:
        """The leaf shown after moving `step` siblings from `message_id` (None when there is none)."""
        siblings = self.siblings(message_id)
        index = siblings.index(message_id) + step
        if not 0 <= index < len(siblings):
            return None
        return self.latest_leaf(siblings[index])

"""A ChatGPT export (conversations.json) -> our conversation format, for its text messages.

A ChatGPT conversation is a tree too ("mapping": node id -> {message, parent, children}). Only the user's
and the assistant's visible text is kept; system prompts, tool calls and their output, hidden nodes and
nodes without text are skipped, and a skipped node's children hang from its nearest kept ancestor, so the
branches (edited questions, regenerated answers) survive. Problems raise NotConvertible with a catalog code."""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any

from kimi_ui.storage.export import FORMAT_CONVERSATION, VERSION, iso

TEXT_TYPES = {"text", "multimodal_text"}  # multimodal_text: a question with a picture; its text is kept
LATEST_EPOCH = 32_503_680_000  # year 3000: anything later is not a time


def _when(value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    if not 0 < value < LATEST_EPOCH:
        return None
    return datetime.fromtimestamp(value, tz=timezone.utc)


def _visible_text(message: Any) -> tuple[str, str] | None:
    """(role, text) of a message a person saw in the chat, or None for everything else."""
    if not isinstance(message, dict):
        return None
    author = message.get("author") if isinstance(message.get("author"), dict) else {}
    metadata = message.get("metadata") if isinstance(message.get("metadata"), dict) else {}
    content = message.get("content") if isinstance(message.get("content"), dict) else {}
    role = author.get("role")
    if role not in ("user", "assistant") or metadata.get("is_visually_hidden_from_conversation"):
        return None
    if role == "assistant" and message.get("recipient") not in (None, "all"):
        return None  # the model addressing a tool (code, browsing)
    if content.get("content_type") not in TEXT_TYPES or not isinstance(content.get("parts"), list):
        return None
    text = "\n".join(part for part in content["parts"] if isinstance(part, str))
    return (role, text) if text.strip() else None


def _parent(node: dict[str, Any], mapping: dict[str, Any]) -> str | None:
    parent = node.get("parent")
    return parent if isinstance(parent, str) and parent in mapping else None


def _children(mapping: dict[str, Any]) -> dict[str | None, list[str]]:
    """Parent -> children, from each node's "parent" (listed order first); None: the roots."""
    children: dict[str | None, list[str]] = {}
    for node_id, node in mapping.items():
        children.setdefault(_parent(node, mapping), []).append(node_id)
    for parent, below in children.items():
        listed = mapping[parent].get("children") if parent is not None else None
        order = {c: i for i, c in enumerate(listed) if isinstance(c, str)} if isinstance(listed, list) else {}
        below.sort(key=lambda c: order.get(c, len(order)))
    return children


def _walk(mapping: dict[str, Any]) -> list[str]:
    """Node ids, each parent before its children, siblings in their order (a cycle is not followed)."""
    children = _children(mapping)
    order: list[str] = []
    seen: set[str] = set()
    stack = list(reversed(children.get(None, [])))
    while stack:
        node_id = stack.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        order.append(node_id)
        stack.extend(reversed(children.get(node_id, [])))
    return order


def _message(node_id: str, parent: str | None, seq: int, role: str, text: str, message: dict[str, Any],
             fallback: datetime) -> dict[str, Any]:
    created = _when(message.get("create_time")) or fallback
    metadata = message.get("metadata") if isinstance(message.get("metadata"), dict) else {}
    model = metadata.get("model_slug") if role == "assistant" else None
    return {
        "id": node_id, "parent_id": parent, "seq": seq, "role": role, "content": text, "status": "done",
        "model": model[:200] if isinstance(model, str) else None,
        "created_at": iso(created), "updated_at": iso(_when(message.get("update_time")) or created),
        "attachments": [],
    }


class NotConvertible(ValueError):
    """A ChatGPT conversation this cannot read: a catalog code (import.*) with its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def convert(item: Any, *, max_nodes: int) -> dict[str, Any]:
    if not isinstance(item, dict) or not isinstance(item.get("mapping"), dict):
        raise NotConvertible("import.chatgpt_no_mapping")
    mapping = item["mapping"]
    if len(mapping) > max_nodes:
        raise NotConvertible("import.chatgpt_too_many", found=len(mapping), limit=max_nodes)
    if not all(isinstance(k, str) and isinstance(v, dict) for k, v in mapping.items()):
        raise NotConvertible("import.chatgpt_bad_entry")
    created = _when(item.get("create_time")) or datetime.now(timezone.utc)
    kept_above: dict[str, str | None] = {}  # node -> itself when kept, else its nearest kept ancestor
    messages: list[dict[str, Any]] = []
    for node_id in _walk(mapping):
        node = mapping[node_id]
        parent = _parent(node, mapping)
        above = kept_above.get(parent) if parent is not None else None
        visible = _visible_text(node.get("message"))
        if visible is None:
            kept_above[node_id] = above
            continue
        kept_above[node_id] = node_id
        messages.append(_message(node_id, above, len(messages) + 1, *visible, node["message"], created))
    title = item.get("title") if isinstance(item.get("title"), str) else ""
    conversation = {
        "title": title.strip()[:200] or "ChatGPT conversation", "title_by": "import", "backend": "",
        "mode": "thinking", "created_at": iso(created),
        "updated_at": iso(_when(item.get("update_time")) or created),
        "archived": item.get("is_archived") is True,
        "leaf_id": kept_above.get(item.get("current_node")) if isinstance(item.get("current_node"), str) else None,
    }
    return {"format": FORMAT_CONVERSATION, "version": VERSION, "conversation": conversation, "messages": messages}

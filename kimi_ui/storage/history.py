"""Stored rows -> pure Message values for the engine (the model's history always comes from here)."""

from __future__ import annotations

from pathlib import Path

from kimi_ui.messages import (
    ImagePart,
    Message,
    Part,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
)
from kimi_ui.storage.files import blob_path
from kimi_ui.storage.models import Attachment, MessageRow

SKIPPED_STATUSES = {"streaming", "error"}


def image_part(attachment: Attachment, root: Path) -> ImagePart:
    path = blob_path(root, attachment.sha256, attachment.mime)
    return ImagePart(str(path), attachment.mime, attachment.width, attachment.height, attachment.name)


def _assistant(row: MessageRow) -> list[Message]:
    parts: list[Part] = []
    if row.reasoning:
        parts.append(ReasoningPart(row.reasoning, row.reasoning_seconds))
    if row.content:
        parts.append(TextPart(row.content))
    # Only calls that got a result: a call without one would make the server reject the history.
    done = [c for c in row.tool_calls or [] if c.get("result") is not None]
    parts.extend(ToolCallPart(c["id"], c["name"], c.get("arguments") or "") for c in done)
    if not parts:
        return []
    messages = [Message("assistant", tuple(parts))]
    if done:
        results = tuple(ToolResultPart(c["id"], c["name"], c["result"]) for c in done)
        messages.append(Message("tool", results))
    return messages


def to_history(
    rows: list[MessageRow],
    attachments: dict[str, list[Attachment]],
    root: Path,
    system_prompt: str = "",
) -> list[Message]:
    history: list[Message] = [Message("system", (TextPart(system_prompt),))] if system_prompt else []
    for row in rows:
        if row.role == "user":
            images = [image_part(a, root) for a in attachments.get(row.id, [])]
            history.append(Message("user", (*images, TextPart(row.content))))
        elif row.role == "assistant" and row.status not in SKIPPED_STATUSES:
            history.extend(_assistant(row))
    return history

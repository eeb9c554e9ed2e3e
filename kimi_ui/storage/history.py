"""Stored rows -> pure Message values for the engine (the model's history always comes from here)."""

from __future__ import annotations

from pathlib import Path

from kimi_ui.messages import (
    DocumentPart,
    ImagePart,
    Message,
    Part,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    VideoPart,
)
from kimi_ui.storage.files import blob_path
from kimi_ui.storage.models import Attachment, MessageRow

SKIPPED_STATUSES = {"streaming", "error"}


def image_part(attachment: Attachment, root: Path) -> ImagePart:
    path = blob_path(root, attachment.sha256, attachment.mime)
    return ImagePart(str(path), attachment.mime, attachment.width, attachment.height, attachment.name,
                     attachment.label)


def attachment_parts(attachments: list[Attachment], root: Path) -> list[Part]:
    """Attachments in their stored order; a video's frames follow its video row."""
    parts: list[Part] = []
    for a in attachments:
        if a.kind == "video":
            path = str(blob_path(root, a.sha256, a.mime)) if a.sha256 else ""
            parts.append(VideoPart(a.name, a.label, (), path, a.mime, a.byte_size))
        elif a.kind == "frame" and parts and isinstance(parts[-1], VideoPart):
            video = parts[-1]
            parts[-1] = VideoPart(video.name, video.description, (*video.frames, image_part(a, root)),
                                  video.path, video.mime, video.byte_size)
        elif a.kind == "document":
            text = blob_path(root, a.sha256, a.mime).read_text(encoding="utf-8", errors="replace")
            parts.append(DocumentPart(a.name, text, a.label))
        else:
            parts.append(image_part(a, root))
    return parts


def _assistant(row: MessageRow) -> list[Message]:
    """A finished answer as the model produced it: each tool round (its calls, then their results), then
    the text. Calls that never got a result are left out: the server would reject the history."""
    done = [c for c in row.tool_calls or [] if c.get("result") is not None]
    messages: list[Message] = []
    for number in sorted({c.get("round", 0) for c in done}):
        calls = [c for c in done if c.get("round", 0) == number]
        thought = next((c["reasoning"] for c in calls if c.get("reasoning")), "")
        parts: list[Part] = [ReasoningPart(thought)] if thought else []
        parts += [ToolCallPart(c["id"], c["name"], c.get("arguments") or "") for c in calls]
        messages.append(Message("assistant", tuple(parts)))
        messages.append(Message("tool", tuple(ToolResultPart(c["id"], c["name"], c["result"]) for c in calls)))
    parts = [ReasoningPart(row.reasoning, row.reasoning_seconds)] if row.reasoning else []
    if row.content:
        parts.append(TextPart(row.content))
    if parts:
        messages.append(Message("assistant", tuple(parts)))
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
            parts = attachment_parts(attachments.get(row.id, []), root)
            history.append(Message("user", (*parts, TextPart(row.content))))
        elif row.role == "assistant" and row.status not in SKIPPED_STATUSES:
            history.extend(_assistant(row))
    return history


def tool_log_entries(rows: list[MessageRow]) -> list[dict]:
    """Every tool call of a conversation, in order, for the log panel and its JSON download."""
    entries = []
    for row in rows:
        for call in row.tool_calls or []:
            result = call.get("result")
            entries.append({
                "message_id": row.id,
                "started_at": call.get("started_at"),
                "tool": call.get("name"),
                "id": call.get("id"),
                "arguments": call.get("arguments") or "",
                "result": result,
                "result_chars": len(result) if result is not None else 0,
                "result_truncated": bool(call.get("result_truncated")),
                "duration_ms": call.get("duration_ms"),
                "status": call.get("status"),
            })
    return entries

"""Stored rows -> pure Message values for the engine (the model's history always comes from here).

An answer is its stored rounds read back (kimi_ui.answer): the same messages the engine built live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kimi_ui.answer import Answer, Round
from kimi_ui.events import note_words
from kimi_ui.messages import DocumentPart, ImagePart, Message, Part, TextPart, VideoPart
from kimi_ui.media.documents import EXTRACTED_MIME
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
            parts.append(DocumentPart(a.name, text, note_words(a.label), system=a.mime == EXTRACTED_MIME))
        else:
            parts.append(image_part(a, root))
    return parts


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
            history.extend(Answer.from_row(row).messages())
    return history


def tool_log_entries(rows: list[Any]) -> list[dict]:
    """Every tool call of a conversation, in order, for the log panel and its JSON download. `rows` have
    `id` and `rounds` (store.tool_call_rows)."""
    entries = []
    for row in rows:
        for number, record in enumerate(row.rounds or []):
            for call in Round.from_record(record).calls:
                entries.append(_entry(row.id, number, call))
                for agent in call.agents or ():  # a swarm's sub-agents' calls, each with its agent
                    for agent_round, agent_record in enumerate(agent.answer.rounds):
                        entries += [_entry(row.id, agent_round, c, agent) for c in agent_record.calls]
    return entries


def _entry(message_id: str, number: int, call: Any, agent: Any = None) -> dict:
    return {"message_id": message_id, "round": number, "started_at": call.started_at, "tool": call.name,
            "id": call.id, "arguments": call.arguments, "result": call.result,
            "result_chars": len(call.result) if call.result is not None else 0,
            "result_truncated": call.result_truncated, "duration_ms": call.duration_ms, "status": call.status,
            "agent": {"id": agent.id, "title": agent.title} if agent is not None else None}

"""Messages -> OpenAI chat wire format, and the token estimate used to fit the context window."""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path
from typing import Any

from kimi_ui.messages import ImagePart, Message, TextPart

CHARS_PER_TOKEN = 3.5  # rough for mixed English/code/CJK; only used to keep well inside the window
MESSAGE_OVERHEAD_TOKENS = 8


def image_tokens(width: int, height: int) -> int:
    """MoonViT: 14 px patches merged 2x2, so one token per 28x28 px; at most 4,096 per image."""
    return min(4096, max(1, (width // 28 + 1) * (height // 28 + 1)))


def estimate_tokens(messages: list[Message]) -> int:
    total = 0
    for message in messages:
        total += MESSAGE_OVERHEAD_TOKENS
        for part in message.parts:
            if isinstance(part, ImagePart):
                total += image_tokens(part.width, part.height)
            else:
                text = getattr(part, "text", None) or getattr(part, "content", None) or ""
                total += int(len(text) / CHARS_PER_TOKEN) + 1
                total += int(len(getattr(part, "arguments", "")) / CHARS_PER_TOKEN)
    return total


@lru_cache(maxsize=64)
def _data_url(path: str, mime: str) -> str:
    # Attachments are content-addressed and immutable, so caching by path is safe.
    return f"data:{mime};base64,{base64.b64encode(Path(path).read_bytes()).decode('ascii')}"


def image_url_part(image: ImagePart) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": _data_url(image.path, image.mime)}}


def user_content(message: Message) -> str | list[dict[str, Any]]:
    if not message.images:
        return message.text
    parts: list[dict[str, Any]] = []
    for part in message.parts:
        if isinstance(part, ImagePart):
            parts.append(image_url_part(part))
        elif isinstance(part, TextPart) and part.text:
            parts.append({"type": "text", "text": part.text})
    return parts


def assistant_message(message: Message, reasoning_field: str | None) -> dict[str, Any]:
    wire: dict[str, Any] = {"role": "assistant", "content": message.text}
    calls = message.tool_calls
    if calls:
        wire["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in calls
        ]
        if reasoning_field and message.reasoning:
            wire[reasoning_field] = message.reasoning
    return wire


def to_wire(messages: list[Message], reasoning_field: str | None) -> list[dict[str, Any]]:
    """Reasoning goes back only on assistant tool-call messages after the last user message
    (the current turn's tool rounds); finished earlier turns lose theirs."""
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    wire: list[dict[str, Any]] = []
    for index, message in enumerate(messages):
        if message.role == "system":
            wire.append({"role": "system", "content": message.text})
        elif message.role == "user":
            wire.append({"role": "user", "content": user_content(message)})
        elif message.role == "assistant":
            field = reasoning_field if index > last_user else None
            wire.append(assistant_message(message, field))
        elif message.role == "tool":
            for result in message.parts:
                wire.append(
                    {
                        "role": "tool",
                        "tool_call_id": result.id,
                        "name": result.name,
                        "content": result.content,
                    }
                )
    return wire

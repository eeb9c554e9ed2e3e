"""Messages -> OpenAI chat wire format, and the token estimate used to fit the context window."""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path
from typing import Any

from kimi_ui.messages import (DocumentPart, ImagePart, Message, ReasoningPart, TextPart, ToolCallPart, ToolResultPart,
                              VideoPart)

CHARS_PER_TOKEN = 3.5  # rough for mixed English/code/CJK; only used to keep well inside the window
MESSAGE_OVERHEAD_TOKENS = 8


def image_tokens(width: int, height: int) -> int:
    """MoonViT: 14 px patches merged 2x2, so one token per 28x28 px; at most 4,096 per image."""
    return min(4096, max(1, (width // 28 + 1) * (height // 28 + 1)))


def frame_tokens(width: int, height: int) -> int:
    """A video frame: its image tokens plus its short timestamp label."""
    return image_tokens(width, height) + 12


def part_tokens(part: object) -> int:
    if isinstance(part, ImagePart):
        return image_tokens(part.width, part.height) + len(part.label) // 3
    if isinstance(part, VideoPart):
        return sum(part_tokens(frame) for frame in part.frames) + len(part.description) // 3
    return 0


def message_estimate(message: Message, with_reasoning: bool, most: bool = False) -> int:
    """One message's tokens by its length (3.5 characters a token) and its media's exact formula. `most`: at
    most how many, one token a UTF-8 byte (a byte-level BPE tokenizer, as Kimi's, never makes more)."""
    def tokens(text: str) -> int:
        return len(text.encode("utf-8", "surrogatepass")) if most else int(len(text) / CHARS_PER_TOKEN)

    total = MESSAGE_OVERHEAD_TOKENS
    for part in message.parts:
        if isinstance(part, ReasoningPart) and not with_reasoning:
            continue
        if isinstance(part, (ImagePart, VideoPart)):
            total += part_tokens(part)
        else:
            text = getattr(part, "text", None) or getattr(part, "content", None) or ""
            text += getattr(part, "name", "") if isinstance(part, DocumentPart) else ""
            total += tokens(text) + 1 + tokens(getattr(part, "arguments", ""))
    return total


def estimates(messages: list[Message], most: bool = False) -> list[int]:
    """Each message's estimate as to_wire will send it: earlier turns' reasoning is dropped, so not counted."""
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    return [message_estimate(m, index > last_user, most) for index, m in enumerate(messages)]


def estimate_tokens(messages: list[Message]) -> int:
    return sum(estimates(messages))


def media_tokens(message: Message) -> int:
    return sum(part_tokens(p) for p in message.parts if isinstance(p, (ImagePart, VideoPart)))


def sent_text(pieces: list[dict[str, Any]]) -> str:
    """The words one message's wire pieces carry (what a tokenizer counts; images and video are counted by
    their formula, media_tokens): content, reasoning, tool names, arguments and results."""
    out: list[str] = []
    for piece in pieces:
        content = piece.get("content")
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, list):
            out += [p["text"] for p in content if p.get("type") == "text"]
        for name in ("reasoning", "reasoning_content"):
            if isinstance(piece.get(name), str):
                out.append(piece[name])
        for call in piece.get("tool_calls") or ():
            out += [call["id"], call["function"]["arguments"]]
        if piece.get("role") == "tool":
            out.append(str(piece.get("tool_call_id", "")))
    return "\n".join(out)


def _encode(path: str, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(Path(path).read_bytes()).decode('ascii')}"


@lru_cache(maxsize=64)
def _data_url(path: str, mime: str) -> str:
    # Images are content-addressed and immutable, so caching by path is safe (and they are small).
    return _encode(path, mime)


def image_url_part(image: ImagePart) -> dict[str, Any]:
    if image.data:  # a picture that came with the request (kimi_ui/openai_api.py), prepared but not stored
        return {"type": "image_url", "image_url": {
            "url": f"data:{image.mime};base64,{base64.b64encode(image.data).decode('ascii')}"}}
    return {"type": "image_url", "image_url": {"url": _data_url(image.path, image.mime)}}


def text_part(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text}


def video_parts(video: VideoPart, native_limit: int) -> list[dict[str, Any]]:
    """The file itself where the backend takes video (Moonshot's video_url) and it fits; else the
    sampled frames, each preceded by its timestamp."""
    if native_limit and video.path and 0 < video.byte_size <= native_limit:
        return [text_part(f"Video {video.name}."),
                {"type": "video_url", "video_url": {"url": _encode(video.path, video.mime)}}]  # not cached: large
    parts = [text_part(video.description)]
    for frame in video.frames:
        parts += [text_part(frame.label), image_url_part(frame)]
    return parts


def document_part(document: DocumentPart) -> dict[str, Any]:
    note = f" ({document.note})" if document.note else ""
    return text_part(f"Attached file {document.name}{note}:\n```\n{document.text}\n```")


def unseen(kind: str, name: str) -> dict[str, Any]:
    """What a text-only backend gets in place of a picture or video (from a turn on a backend that sees them;
    a picture sent to it has its OCR text beside it)."""
    return text_part(f"[{kind} {name or ''}: not shown, this server reads text only]".replace("  ", " "))


def user_content(message: Message, native_video_limit: int = 0, vision: bool = True) -> str | list[dict[str, Any]]:
    if all(isinstance(p, TextPart) for p in message.parts):
        return message.text
    parts: list[dict[str, Any]] = []
    for part in message.parts:
        if not vision and isinstance(part, (ImagePart, VideoPart)):
            parts.append(unseen("picture" if isinstance(part, ImagePart) else "video", part.name))
        elif isinstance(part, ImagePart):
            parts += ([text_part(part.label)] if part.label else []) + [image_url_part(part)]
        elif isinstance(part, VideoPart):
            parts += video_parts(part, native_video_limit)
        elif isinstance(part, DocumentPart) and not part.system:
            parts.append(document_part(part))
        elif isinstance(part, TextPart) and part.text:
            parts.append(text_part(part.text))
    return parts


NO_REASONING = "(no reasoning: this step was written in Instant mode)"


def assistant_message(message: Message, reasoning_field: str | None, always: bool = False) -> dict[str, Any]:
    wire: dict[str, Any] = {"role": "assistant", "content": message.text}
    calls = message.tool_calls
    if calls:
        wire["tool_calls"] = [
            # (Moonshot's builtin functions, "$web_search", come back as it sent them: type builtin_function)
            {"id": c.id, "type": "builtin_function" if c.name.startswith("$") else "function",
             "function": {"name": c.name, "arguments": c.arguments}}
            for c in calls
        ]
        if reasoning_field and (message.reasoning or always):
            # (Moonshot refuses a tool round without reasoning while thinking: one written in Instant mode has none)
            wire[reasoning_field] = message.reasoning or (NO_REASONING if always else "")
    return wire


def to_wire(
    messages: list[Message], reasoning_field: str | None, native_video_limit: int = 0, every_tool_call: bool = False,
    vision: bool = True,
) -> list[dict[str, Any]]:
    """Reasoning goes back only on assistant tool-call messages after the last user message
    (the current turn's tool rounds); finished earlier turns lose theirs."""
    return [piece for pieces in wire_pieces(messages, reasoning_field, native_video_limit, every_tool_call, vision)
            for piece in pieces]


def wire_pieces(
    messages: list[Message], reasoning_field: str | None, native_video_limit: int = 0, every_tool_call: bool = False,
    vision: bool = True,
) -> list[list[dict[str, Any]]]:
    """to_wire, message by message (a tool message is one wire message per result)."""
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    # Earlier turns' server-run calls (Moonshot's $web_search) carry nothing a later turn needs: the results
    # never were in the messages, the answer written from them is.
    searched = {c.id for m in messages[:max(last_user, 0)] for c in m.tool_calls if c.name.startswith("$")}
    out: list[list[dict[str, Any]]] = []
    for index, message in enumerate(messages):
        if searched and index < last_user and message.role in ("assistant", "tool"):
            message = Message(message.role, tuple(p for p in message.parts if not (
                isinstance(p, (ToolCallPart, ToolResultPart)) and p.id in searched)))
            if not message.parts or (message.role == "assistant" and not message.text and not message.tool_calls):
                out.append([])
                continue
        if message.role == "system":
            out.append([{"role": "system", "content": message.text}])
        elif message.role == "user":  # (Moonshot's extracted files go first, each as its own system message)
            out.append([*({"role": "system", "content": part.text} for part in message.parts
                          if isinstance(part, DocumentPart) and part.system),
                        {"role": "user", "content": user_content(message, native_video_limit, vision)}])
        elif message.role == "assistant":
            field = reasoning_field if index > last_user or every_tool_call else None
            out.append([assistant_message(message, field, always=every_tool_call)])
        elif message.role == "tool":
            out.append([{"role": "tool", "tool_call_id": result.id, "name": result.name, "content": result.content}
                        for result in message.parts])
        else:
            out.append([])
    return out

"""Typed events of one turn. Data only: the engine yields them, the UI and tests consume them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union


@dataclass(frozen=True)
class TurnStarted:
    """Sent first by turns.run once the user's message is saved."""

    conversation_id: str
    user_message_id: str
    message_id: str
    type: Literal["turn.started"] = "turn.started"


@dataclass(frozen=True)
class Queued:
    """The server is at its limit of answers written at once: this turn waits, `ahead` answers before it."""

    ahead: int
    type: Literal["queued"] = "queued"


@dataclass(frozen=True)
class MediaProgress:
    """While uploads are prepared (before the turn starts): e.g. frames sampled from a video."""

    name: str
    done: int
    total: int
    type: Literal["media.progress"] = "media.progress"


@dataclass(frozen=True)
class RoundStarted:
    """The engine is about to call the model: what follows, until the next RoundStarted, is one round
    (its reasoning, its text, its tool calls and their results)."""

    type: Literal["round.started"] = "round.started"


@dataclass(frozen=True)
class ReasoningDelta:
    text: str
    type: Literal["reasoning.delta"] = "reasoning.delta"


@dataclass(frozen=True)
class TextDelta:
    text: str
    type: Literal["content.delta"] = "content.delta"


@dataclass(frozen=True)
class Reclassified:
    """All text streamed so far as the other kind belongs to `target` (a server without a reasoning
    parser: `</think>` showed up in the answer, or the expected `</think>` never came)."""

    target: Literal["content", "reasoning"]
    type: Literal["reclassified"] = "reclassified"


@dataclass(frozen=True)
class ToolCallStarted:
    index: int
    id: str
    name: str
    type: Literal["tool_call.started"] = "tool_call.started"


@dataclass(frozen=True)
class ToolCallArgsDelta:
    index: int
    text: str
    type: Literal["tool_call.arguments.delta"] = "tool_call.arguments.delta"


@dataclass(frozen=True)
class ToolCallReady:
    """A tool call whose arguments are complete (the raw string, maybe not valid JSON)."""

    index: int
    id: str
    name: str
    arguments: str
    type: Literal["tool_call.ready"] = "tool_call.ready"


@dataclass(frozen=True)
class ToolResult:
    id: str
    name: str
    result: str
    duration_ms: float
    status: Literal["done", "error", "cancelled", "timeout"] = "done"
    truncated: bool = False
    type: Literal["tool_call.result"] = "tool_call.result"


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cached_tokens: int | None = None
    type: Literal["usage"] = "usage"


@dataclass(frozen=True)
class Notice:
    """Something the user should see that is not an error (history trimmed, model substituted...)."""

    code: str
    message: str
    action: str | None = None  # e.g. "continue": the UI offers a Continue button
    type: Literal["notice"] = "notice"


@dataclass(frozen=True)
class TurnError:
    code: str
    message: str
    hint: str = ""
    retryable: bool = False
    status: int | None = None
    message_id: str | None = None  # "busy": the answer that conversation is writing
    type: Literal["error"] = "error"


@dataclass(frozen=True)
class TurnDone:
    """Last event of every turn. status: done|error|cancelled|interrupted|length|round_limit."""

    status: str
    finish_reason: str | None = None
    type: Literal["turn.done"] = "turn.done"


Event = Union[
    Queued,
    MediaProgress,
    TurnStarted,
    RoundStarted,
    ReasoningDelta,
    TextDelta,
    Reclassified,
    ToolCallStarted,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolResult,
    Usage,
    Notice,
    TurnError,
    TurnDone,
]

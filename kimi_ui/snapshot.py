"""TurnSnapshot folds a turn's events into its current state. The UI renders it, turns.py stores it,
and the /chat API returns it: one accumulator, so all three always agree."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

from kimi_ui.events import (
    Event,
    MediaProgress,
    Notice,
    ReasoningDelta,
    Reclassified,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    ToolResult,
    TurnDone,
    TurnError,
    TurnStarted,
    Usage,
)

STATUSES = ("streaming", "done", "error", "cancelled", "interrupted", "length", "round_limit")


@dataclass
class ToolCallState:
    id: str
    name: str
    arguments: str = ""
    result: str | None = None
    result_truncated: bool = False
    duration_ms: float | None = None
    status: str = "pending"
    round: int = 0  # which model call of the turn asked for it
    reasoning: str | None = None  # first call of a round: that round's reasoning (Moonshot wants it back)
    started_at: float | None = None  # wall clock, when the call was complete and handed to the tool


@dataclass
class TurnSnapshot:
    conversation_id: str | None = None
    user_message_id: str | None = None
    message_id: str | None = None
    content: str = ""
    reasoning: str = ""
    tool_calls: list[ToolCallState] = field(default_factory=list)
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cached_tokens: int | None = None
    status: str = "streaming"
    finish_reason: str | None = None
    error: TurnError | None = None
    notices: list[Notice] = field(default_factory=list)
    started_at: float = field(default_factory=time.monotonic)
    first_token_at: float | None = None
    reasoning_started_at: float | None = None
    reasoning_ended_at: float | None = None
    ended_at: float | None = None
    preparing: tuple[str, int, int] | None = None  # (file, done, total) while uploads are prepared
    version: int = 0  # bumped on every change: cheap "did anything change" checks
    _round_base: int = 0
    _rounds: int = 0
    _reasoning_mark: int = 0

    def apply(self, event: Event) -> None:
        self.version += 1
        now = time.monotonic()
        if isinstance(event, (ReasoningDelta, TextDelta)) and self.first_token_at is None:
            self.first_token_at = now
        if isinstance(event, ReasoningDelta):
            self.reasoning += event.text
            self.reasoning_started_at = self.reasoning_started_at or now
        elif isinstance(event, TextDelta):
            self.content += event.text
            if self.reasoning_started_at and not self.reasoning_ended_at:
                self.reasoning_ended_at = now
        elif isinstance(event, Reclassified):
            self._reclassify(event.target, now)
        elif isinstance(event, (ToolCallStarted, ToolCallArgsDelta, ToolCallReady, ToolResult)):
            self._tool_event(event)
        elif isinstance(event, Usage):
            self.prompt_tokens = event.prompt_tokens if event.prompt_tokens is not None else self.prompt_tokens
            self.completion_tokens = (
                event.completion_tokens if event.completion_tokens is not None else self.completion_tokens
            )
            self.cached_tokens = event.cached_tokens if event.cached_tokens is not None else self.cached_tokens
        elif isinstance(event, Notice):
            self.notices.append(event)
        elif isinstance(event, TurnError):
            self.error = event
        elif isinstance(event, MediaProgress):
            self.preparing = (event.name, event.done, event.total)
        elif isinstance(event, TurnStarted):
            self.preparing = None
            self.started_at = now  # time to first token counts from here, wherever it is measured
            self.conversation_id = event.conversation_id
            self.user_message_id = event.user_message_id
            self.message_id = event.message_id
        elif isinstance(event, TurnDone):
            self.status = event.status
            for call in self.tool_calls:
                if call.status in ("pending", "running"):
                    call.status = "cancelled"  # the turn ended before this call had its result
            self.finish_reason = event.finish_reason
            self.ended_at = now
            if self.reasoning_started_at and not self.reasoning_ended_at:
                self.reasoning_ended_at = now

    def _reclassify(self, target: str, now: float) -> None:
        if target == "content":
            self.content, self.reasoning = self.reasoning + self.content, ""
            self.reasoning_started_at = self.reasoning_ended_at = None
        else:
            self.reasoning, self.content = self.reasoning + self.content, ""
            self.reasoning_started_at = self.reasoning_started_at or self.first_token_at or now
            self.reasoning_ended_at = now

    def _tool_event(self, event: Event) -> None:
        if isinstance(event, ToolCallStarted):
            round_reasoning = None
            if event.index == 0:  # indexes restart with every model call: a new round begins
                self._round_base = len(self.tool_calls)
                self._rounds += 1 if self.tool_calls else 0
                round_reasoning = self.reasoning[self._reasoning_mark:].strip("\n")
                self._reasoning_mark = len(self.reasoning)
            self.tool_calls.append(ToolCallState(id=event.id, name=event.name, round=self._rounds,
                                                 reasoning=round_reasoning))
            return
        if isinstance(event, ToolResult):
            call = next((c for c in self.tool_calls if c.id == event.id), None)
            if call:
                call.result, call.result_truncated = event.result, event.truncated
                call.duration_ms, call.status = event.duration_ms, event.status
            return
        position = self._round_base + event.index
        if not 0 <= position < len(self.tool_calls):
            return
        call = self.tool_calls[position]
        if isinstance(event, ToolCallArgsDelta):
            call.arguments += event.text
        elif isinstance(event, ToolCallReady):
            call.id, call.name, call.arguments, call.status = event.id, event.name, event.arguments, "running"
            call.started_at = time.time()

    # -- derived figures --------------------------------------------------------------------------
    @property
    def ttft_ms(self) -> float | None:
        return None if self.first_token_at is None else round((self.first_token_at - self.started_at) * 1000, 1)

    @property
    def reasoning_seconds(self) -> float | None:
        if self.reasoning_started_at is None:
            return None
        end = self.reasoning_ended_at or time.monotonic()
        return round(end - self.reasoning_started_at, 2)

    @property
    def tokens_per_s(self) -> float | None:
        if not self.completion_tokens or self.first_token_at is None:
            return None
        end = self.ended_at or time.monotonic()
        elapsed = end - self.first_token_at
        return round(self.completion_tokens / elapsed, 1) if elapsed > 0 else None

    def usage_dict(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cached_tokens": self.cached_tokens,
            "ttft_ms": self.ttft_ms,
            "tokens_per_s": self.tokens_per_s,
            "reasoning_seconds": self.reasoning_seconds,
        }

    def error_dict(self) -> dict[str, Any] | None:
        if self.error is None:
            return None
        return {"code": self.error.code, "message": self.error.message, "hint": self.error.hint}

    def to_api(self) -> dict[str, Any]:
        """The /chat API's JSON object."""
        return {
            "conversation_id": self.conversation_id,
            "user_message_id": self.user_message_id,
            "message_id": self.message_id,
            "reasoning": self.reasoning,
            "content": self.content,
            "tool_calls": [asdict(c) for c in self.tool_calls],
            "usage": self.usage_dict(),
            "status": self.status,
            "error": self.error_dict(),
            "notices": [{"code": n.code, "message": n.message, "action": n.action} for n in self.notices],
        }

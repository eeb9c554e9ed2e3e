"""Backend failover (issue 20): a backend's `fallback` list (TOML) names the backends, in order, that take a turn
when it is down by its last health check, or when it fails before the answer's first token with an error of the
server (not of the request). Never after the first token, never to a backend that cannot take the conversation
(pictures for a text-only one, tools for one without), never to one the user may not use (kimi_ui/turns.py
chooses those). Which failures move a turn, which backends can take it, and the notices that say so. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kimi_ui.events import (Event, Notice, ReasoningDelta, TextDelta, ToolCallArgsDelta, ToolCallStarted, TurnDone,
                            TurnError, notice)
from kimi_ui.messages import ImagePart, Message, ToolCallPart, VideoPart

# The server's failures, not the request's: refused or reset connections, timeouts, 5xx, 429 overloaded.
# 400, 401, 403 (billing), 404, a prompt too long, a quota spent stay on the chosen backend.
MOVES = frozenset({"unreachable", "timeout", "stream_cut", "unavailable", "rate_limited", "server_error"})
CONTENT = (ReasoningDelta, TextDelta, ToolCallStarted, ToolCallArgsDelta)  # what the answer's first token is


def moves(failure: TurnError) -> bool:
    """Whether another backend may answer after this failure (before the first token)."""
    return failure.code in MOVES or (failure.code == "oom" and (failure.status or 0) >= 500)


@dataclass(frozen=True)
class Needs:
    """What a backend must be able to do to take a turn instead of the chosen one."""

    pictures: bool = False  # pictures or video frames are sent, and the chosen backend sees them
    tools: bool = False  # Swarm mode, or tool calls in the conversation


def needs(history: list[Message], chosen: Any, *, swarm: bool = False) -> Needs:
    parts = [p for m in history for p in m.parts]
    pictures = chosen.capabilities.vision and any(isinstance(p, (ImagePart, VideoPart)) for p in parts)
    return Needs(pictures=pictures, tools=swarm or any(isinstance(p, ToolCallPart) for p in parts))


def can_take(backend: Any, wanted: Needs) -> bool:
    if wanted.pictures and not backend.capabilities.vision:
        return False
    return not wanted.tools or backend.capabilities.tools


def goes_on_alike(one: Any, other: Any) -> bool:
    """Whether two backends go on from a partial answer the same way (Continue: in place, inside reasoning)."""
    return ((one.kind.continues_in_place, one.kind.continues_reasoning)
            == (other.kind.continues_in_place, other.kind.continues_reasoning))


def why(name: str, failure: TurnError | None) -> dict[str, Any]:
    """Why `name` did not answer, as a catalog entry (a notice's param, said in the reader's language);
    None: its last health check found it down."""
    if failure is None:
        key, params = "failover.down", {}
    elif failure.status:
        key, params = "failover.status", {"status": failure.status}
    elif failure.code == "timeout":
        key, params = "failover.timeout", {}
    elif failure.code == "stream_cut":
        key, params = "failover.cut", {}
    else:
        key, params = "failover.unreachable", {}
    return {"key": key, "params": {"backend": name, **params}}


@dataclass
class Route:
    """Which backend writes a turn's answer: the chosen one, or one of the fallbacks left (`rest`, in order)."""

    chosen: Any
    rest: list[Any] = field(default_factory=list)
    backend: Any = None  # the one writing it now
    pending: tuple[dict[str, Any], str] | None = None  # the last move's (why, to whom), said once that one answers

    def __post_init__(self) -> None:
        self.backend = self.backend or self.chosen

    def keep_alike(self) -> None:
        """Continue: the way it goes on is decided for the backend starting it (turns._carry_on); later moves
        only to backends that go on the same way."""
        self.rest = [b for b in self.rest if goes_on_alike(b, self.backend)]

    @property
    def moved(self) -> bool:
        return self.backend is not self.chosen

    def move(self, failure: TurnError | None) -> list[Notice]:
        """On to the next fallback, the current backend having failed (None: down). Returns what is to be said
        now: the move before this one, to a backend that did not answer either."""
        said = self.said_as("tried")
        following = self.rest.pop(0)
        self.pending = (why(self.backend.name, failure), following.name)
        self.backend = following
        return said

    def said(self, event: Event) -> list[Notice]:
        """The last move's notice once the backend it went to has shown what it does: its first token (it
        answered), or its error (tried, in vain)."""
        if isinstance(event, CONTENT) or (isinstance(event, TurnDone) and event.status != "error"):
            return self.said_as(None)
        if isinstance(event, (TurnError, TurnDone)):
            return self.said_as("tried")
        return []

    def said_as(self, variant: str | None) -> list[Notice]:
        if self.pending is None:
            return []
        (failed, answered), self.pending = self.pending, None
        return [notice("failover", failed=failed, answered=answered, **({"variant": variant} if variant else {}))]

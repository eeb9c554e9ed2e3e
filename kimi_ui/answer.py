"""Answer: the one model of an assistant answer. I/O free.

It folds a turn's events into typed rounds (one per model call: its reasoning, its text, its tool calls
with their results), split where the engine says a round starts (RoundStarted), never guessed. The engine
reads the rounds to build the next call's history, the store persists them (`to_record`/`from_record`),
the model's history on a later turn is their plain deserialisation (`messages`), and the UI, the /chat API,
checkpoints and export all read this same object. So what the model saw live and what it is sent again
cannot drift apart.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from kimi_ui.backends.wire import CHARS_PER_TOKEN
from kimi_ui.costs import stored_cost
from kimi_ui.events import (
    AgentEvent,
    AgentsPlanned,
    Event,
    MediaProgress,
    Notice,
    Queued,
    ReasoningDelta,
    Reclassified,
    RoundStarted,
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
from kimi_ui.messages import Message, ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from kimi_ui.tools.registry import WEB_SEARCH

STATUSES = ("streaming", "done", "error", "cancelled", "interrupted", "length", "round_limit")
ENDED_CALL = "cancelled"  # a call still pending or running when the turn ended


# How an answer that stopped early said so: gone when Continue writes on (kimi_ui/events.notice codes).
ENDINGS = ("cancelled", "interrupted", "length", "content_filter", "round_limit", "continue_restarted")
# Said for one call only: gone when Continue writes on.
PER_CALL = ("retrying", "continue_asked")
# Said once per answer: a later call's word replaces the earlier one (a Continue's, a refit's).
SAID_ONCE = ("no_thinking_switch", "history_trimmed", "model_substituted")
# Not said twice in the same words (a Continue that moves to a fallback as the answer's start did).
NOT_REPEATED = ("failover",)


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str = ""
    result: str | None = None
    result_truncated: bool = False
    duration_ms: float | None = None
    status: str = "pending"  # pending | running | done | error | timeout | cancelled
    started_at: float | None = None  # wall clock, when the call was complete and handed to the tool
    agents: list["Agent"] | None = None  # swarm mode's start_agents call: the sub-agents it started

    def to_record(self, agents: bool = True) -> dict[str, Any]:
        record = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "agents"}
        if self.agents is not None and agents:
            record["agents"] = [a.to_record() for a in self.agents]
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any], nested: bool = False) -> "ToolCall":
        """A stored call; a sub-agent's own calls (`nested`) never carry agents (a swarm is one level deep)."""
        call = cls(**{k: v for k, v in record.items() if k in cls.__dataclass_fields__ and k != "agents"})
        found = record.get("agents")
        if not nested and isinstance(found, list):
            call.agents = [a for a in (Agent.from_record(r, n) for n, r in enumerate(found)) if a is not None]
            seen: set[str] = set()
            for number, agent in enumerate(call.agents, 1):  # (an import may repeat an id: the lanes are keyed by it)
                if agent.id in seen:
                    agent.id = f"{agent.id}~{number}"
                seen.add(agent.id)
        return call


@dataclass
class Round:
    """One model call: what it thought, said and asked for, in that order."""

    reasoning: str = ""
    content: str = ""
    calls: list[ToolCall] = field(default_factory=list)
    reasoning_seconds: float | None = None
    _thinking_since: float | None = field(default=None, repr=False, compare=False)

    def is_empty(self) -> bool:
        return not (self.reasoning or self.content or self.calls)

    def answered_calls(self) -> list[ToolCall]:
        return [c for c in self.calls if c.result is not None]

    def messages(self) -> list[Message]:
        """This round as the model's history: the assistant message, then the tool results. Calls that
        never got a result are left out (a server rejects a call without its answer)."""
        done = self.answered_calls()
        parts: list[Any] = [ReasoningPart(self.reasoning, self.reasoning_seconds)] if self.reasoning else []
        parts += [TextPart(self.content)] if self.content else []
        parts += [ToolCallPart(c.id, c.name, c.arguments) for c in done]
        out = [Message("assistant", tuple(parts))] if parts else []
        if done:
            out.append(Message("tool", tuple(ToolResultPart(c.id, c.name, c.result or "") for c in done)))
        return out

    def to_record(self) -> dict[str, Any]:
        return {"reasoning": self.reasoning, "reasoning_seconds": self.reasoning_seconds, "content": self.content,
                "calls": [c.to_record() for c in self.calls]}

    @classmethod
    def from_record(cls, record: dict[str, Any], nested: bool = False) -> "Round":
        calls = [ToolCall.from_record(c, nested) for c in record.get("calls") or []]
        return cls(reasoning=record.get("reasoning") or "", content=record.get("content") or "", calls=calls,
                   reasoning_seconds=record.get("reasoning_seconds"))

    # -- live timing: from the first reasoning token to the first thing after it -----------------------
    def _think(self, now: float) -> None:
        if self._thinking_since is None and self.reasoning_seconds is None:
            self._thinking_since = now

    def _stop_thinking(self, now: float) -> None:
        if self._thinking_since is not None:
            self.reasoning_seconds = round(now - self._thinking_since, 2)
            self._thinking_since = None


def _params(entry: dict[str, Any]) -> dict[str, Any]:
    """A stored notice's or error's params (rows written before they were kept have none)."""
    params = entry.get("params")
    return dict(params) if isinstance(params, dict) else {}


def _records(row: Any) -> list[dict[str, Any]]:
    """A row's rounds; a row written without them (by hand, or an empty answer) is its text in one round."""
    if row.rounds is not None:
        return row.rounds
    if not (row.content or row.reasoning):
        return []
    return [{"reasoning": row.reasoning or "", "content": row.content or "", "calls": [],
             "reasoning_seconds": row.reasoning_seconds}]


AGENT_STATUSES = ("queued", "running", "done", "failed", "stopped")
AGENT_ENDINGS = {"done": "done", "length": "done", "round_limit": "done", "error": "failed", "cancelled": "stopped",
                 "interrupted": "stopped"}  # a sub-agent's turn status -> its lane's


def _text_field(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _wall(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0 else None


@dataclass
class Agent:
    """A swarm's sub-agent (kimi_ui/swarm.py): its task, and its own answer, typed like any other."""

    id: str
    title: str
    task: str = ""
    tools: list[str] = field(default_factory=list)
    status: str = "queued"  # AGENT_STATUSES
    answer: "Answer" = field(default_factory=lambda: Answer())
    started_at: float | None = None  # wall clock
    ended_at: float | None = None

    def apply(self, event: AgentEvent) -> None:
        now = time.time()
        if event.event is not None:
            self.answer.apply(event.event)
            if isinstance(event.event, TurnDone) and self.status in ("queued", "running"):
                self.status = AGENT_ENDINGS.get(event.event.status, "failed")
        if event.status in AGENT_STATUSES:
            self.status = event.status
        if self.status == "running" and self.started_at is None:
            self.started_at = now
        if self.status in ("done", "failed", "stopped") and self.ended_at is None:
            self.ended_at = now

    def stop(self) -> None:
        """Ended with the turn (Stop, a shutdown): what it wrote stays."""
        if self.status in ("queued", "running"):
            self.status, self.ended_at = "stopped", time.time()
        if not self.answer.ended:
            self.answer.apply(TurnDone(status="cancelled"))

    @property
    def seconds(self) -> float | None:
        if self.started_at is None:
            return None
        return max(0.0, (self.ended_at or time.time()) - self.started_at)

    @property
    def tokens(self) -> int:
        """What it wrote, all its calls: the servers' counts, else its length (a call still streaming)."""
        counted = self.answer.spent[2]
        if counted and self.answer.ended:
            return counted
        return max(counted, round(self.answer.written_chars / CHARS_PER_TOKEN))

    def to_record(self) -> dict[str, Any]:
        a = self.answer
        return {"id": self.id, "title": self.title, "task": self.task, "tools": list(self.tools),
                "status": self.status, "started_at": self.started_at, "ended_at": self.ended_at,
                "rounds": [r.to_record() for r in a.rounds], "usage": a.usage_dict(), "spent": list(a.spent),
                "error": a.error_dict(), "notices": a.notice_dicts()}

    def to_api(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "status": self.status, "content": self.answer.content,
                "tool_calls": self.answer.call_dicts(), "usage": {**self.answer.usage_dict(), "tokens": self.tokens,
                                                                   "seconds": self.seconds},
                "error": self.answer.error_dict()}

    @classmethod
    def from_record(cls, record: Any, number: int = 0) -> "Agent | None":
        """A stored sub-agent (a row's, or an import's: every field checked for its type)."""
        if not isinstance(record, dict):
            return None
        rounds = record.get("rounds")
        row = SimpleNamespace(rounds=rounds if isinstance(rounds, list) else [], content="", reasoning="",
                              reasoning_seconds=None, status=_text_field(record.get("status"), 16) or "done",
                              finish_reason=None, error=record.get("error") if isinstance(record.get("error"), dict)
                              else None, notices=record.get("notices") if isinstance(record.get("notices"), list)
                              else [], usage=record.get("usage") if isinstance(record.get("usage"), dict) else {})
        answer = Answer.from_row(row, nested=True)
        spent = record.get("spent")
        if isinstance(spent, list) and len(spent) == 3 and all(_wall(n) is not None and n < 10**12 for n in spent):
            answer.spent = [int(n) for n in spent]
        status = record.get("status") if record.get("status") in AGENT_STATUSES else "failed"
        tools = record.get("tools") if isinstance(record.get("tools"), list) else []
        return cls(id=_text_field(record.get("id"), 64) or f"agent-{number + 1}",
                   title=_text_field(record.get("title"), 200), task=_text_field(record.get("task"), 100_000),
                   tools=[t[:200] for t in tools if isinstance(t, str)][:64],
                   status=status, answer=answer,
                   started_at=_wall(record.get("started_at")), ended_at=_wall(record.get("ended_at")))


def stopped_swarm(agents: list[Agent]) -> str:
    """The result of a start_agents call whose swarm was stopped before it ended, as the model reads it when
    the answer goes on (Continue): what each agent had written."""
    parts = [f"The swarm was stopped before it ended ({len(agents)} agents). What each had written:"]
    for number, agent in enumerate(agents, 1):
        parts.append(f"## Agent {number}: {agent.title} ({agent.status})\n"
                     f"{agent.answer.content.strip()[:20_000] or '(nothing yet)'}")
    return "\n\n".join(parts)


@dataclass
class Answer:
    conversation_id: str | None = None
    user_message_id: str | None = None
    message_id: str | None = None
    rounds: list[Round] = field(default_factory=list)
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cached_tokens: int | None = None
    window_tokens: int | None = None
    status: str = "streaming"
    finish_reason: str | None = None
    error: TurnError | None = None
    notices: list[Notice] = field(default_factory=list)
    started_at: float = field(default_factory=time.monotonic)
    first_token_at: float | None = None
    ended_at: float | None = None
    preparing: tuple[str, int, int] | None = None  # (file, done, total) while uploads are prepared
    queued: int | None = None  # answers ahead of this one while it waits for a free slot
    stopping: str | None = None  # set by whoever stops the turn: the status it ends with (cancelled, interrupted)
    version: int = 0  # bumped on every change: cheap "did anything change" checks
    stored_usage: dict[str, Any] | None = None  # figures of an answer read back from the store
    carried_tokens: int = 0  # tokens written before a Continue (the figures cover the whole answer)
    prices: Any = None  # costs.Prices of the backend writing it; None: no cost
    spent: list[int] = field(default_factory=lambda: [0, 0, 0])  # prompt, cached, completion: all its calls
    cost_before: float = 0.0  # what it had cost before a Continue

    # -- folding events -----------------------------------------------------------------------------
    def apply(self, event: Event) -> None:
        self.version += 1
        now = time.monotonic()
        if isinstance(event, RoundStarted):
            if not self.rounds or not self.rounds[-1].is_empty():
                self._end_round(now)
                self.rounds.append(Round())
        elif isinstance(event, (ReasoningDelta, TextDelta, Reclassified)):
            self._text(event, now)
        elif isinstance(event, (ToolCallStarted, ToolCallArgsDelta, ToolCallReady, ToolResult)):
            self._tool_event(event, now)
        elif isinstance(event, Usage):
            for index, count in enumerate((event.prompt_tokens, event.cached_tokens, event.completion_tokens)):
                self.spent[index] += count if isinstance(count, int) and count > 0 else 0
            for name in ("prompt_tokens", "completion_tokens", "cached_tokens", "window_tokens"):
                if getattr(event, name) is not None:
                    setattr(self, name, getattr(event, name))
            if event.completion_tokens is not None:
                self.completion_tokens = event.completion_tokens + self.carried_tokens
        elif isinstance(event, Notice):
            if event.code in SAID_ONCE:
                self.notices = [n for n in self.notices if n.code != event.code]
            if event.code not in NOT_REPEATED or event not in self.notices:
                self.notices.append(event)
        elif isinstance(event, TurnError):
            self.error = event
        elif isinstance(event, MediaProgress):
            self.preparing, self.queued = (event.name, event.done, event.total), None
        elif isinstance(event, Queued):
            self.queued = event.ahead
        elif isinstance(event, TurnStarted):
            self.preparing = self.queued = None
            self.started_at = now  # time to first token counts from here, wherever it is measured
            self.conversation_id, self.user_message_id = event.conversation_id, event.user_message_id
            self.message_id = event.message_id
        elif isinstance(event, TurnDone):
            self._done(event, now)
        elif isinstance(event, AgentsPlanned):
            call = next((c for c in reversed(self.calls) if c.id == event.call_id), None)
            if call is not None:
                call.agents = [Agent(id=id_, title=title, task=task, tools=list(tools))
                               for id_, title, task, tools in event.agents]
        elif isinstance(event, AgentEvent):
            call = next((c for c in reversed(self.calls) if c.id == event.call_id), None)
            if call is not None and call.agents and 0 <= event.index < len(call.agents):
                call.agents[event.index].apply(event)

    def _current(self) -> Round:
        if not self.rounds:
            self.rounds.append(Round())
        return self.rounds[-1]

    def _text(self, event: Event, now: float) -> None:
        current = self._current()
        if isinstance(event, ReasoningDelta):
            self.first_token_at = self.first_token_at or now
            current.reasoning += event.text
            current._think(now)
        elif isinstance(event, TextDelta):
            self.first_token_at = self.first_token_at or now
            current.content += event.text
            current._stop_thinking(now)
        elif event.target == "content":  # Reclassified: the server had no reasoning parser after all
            current.content, current.reasoning = current.reasoning + current.content, ""
            current._thinking_since, current.reasoning_seconds = None, None
        else:
            current.reasoning, current.content = current.reasoning + current.content, ""
            current._think(self.first_token_at or now)
            current._stop_thinking(now)

    def _tool_event(self, event: Event, now: float) -> None:
        current = self._current()
        if isinstance(event, ToolResult):
            call = next((c for r in reversed(self.rounds) for c in r.calls if c.id == event.id), None)
            if call is not None:
                call.result, call.result_truncated = event.result, event.truncated
                call.duration_ms, call.status = event.duration_ms, event.status
            return
        current._stop_thinking(now)
        if isinstance(event, ToolCallStarted):
            current.calls.append(ToolCall(id=event.id, name=event.name))
            return
        if not 0 <= event.index < len(current.calls):
            return
        call = current.calls[event.index]
        if isinstance(event, ToolCallArgsDelta):
            call.arguments += event.text
        else:  # ToolCallReady: the whole call, its id possibly rewritten by the engine
            call.id, call.name, call.arguments, call.status = event.id, event.name, event.arguments, "running"
            call.started_at = time.time()

    def _end_round(self, now: float) -> None:
        if self.rounds:
            self.rounds[-1]._stop_thinking(now)

    def _done(self, event: TurnDone, now: float) -> None:
        self.status, self.finish_reason, self.ended_at = event.status, event.finish_reason, now
        self._end_round(now)
        for call in self.calls:
            if call.status in ("pending", "running"):
                call.status = ENDED_CALL
        for agent in self.agents:
            agent.stop()

    # -- Continue -----------------------------------------------------------------------------------
    def reopen(self) -> str:
        """This stored answer, stopped or cut before its end, made ready to be written on (Continue): its ending
        (status, error, the notices that said it) is gone, its figures start again from what it has written.
        Calls that never got their result are left out. Returns what its last round ends with: "text" or
        "reasoning" to go on from, or "" (nothing, or its tool calls: the next round starts)."""
        self.status, self.finish_reason, self.error, self.ended_at = "streaming", None, None, None
        self.notices = [n for n in self.notices if n.code not in ENDINGS + PER_CALL]
        # (a stopped answer got no count from the server: its length says about how many; an imported row may
        # carry anything there)
        counted = (self.stored_usage or {}).get("completion_tokens")
        counted = counted if isinstance(counted, int) and not isinstance(counted, bool) and counted > 0 else None
        self.carried_tokens = counted or int(self.written_chars / CHARS_PER_TOKEN)
        before = stored_cost(self.stored_usage)
        self.cost_before = before[0] if before else 0.0
        self.spent = [0, 0, 0]
        self.completion_tokens = self.prompt_tokens = self.cached_tokens = None
        self.stored_usage, self.first_token_at, self.started_at = None, None, time.monotonic()
        if self.rounds:
            for call in self.rounds[-1].calls:
                if call.result is None and call.agents:  # a swarm stopped mid-way: its agents stay, and say so
                    call.result, call.status = stopped_swarm(call.agents), "cancelled"
            self.rounds[-1].calls = self.rounds[-1].answered_calls()
        while self.rounds and self.rounds[-1].is_empty():
            self.rounds.pop()
        last = self.rounds[-1] if self.rounds else None
        if last is None or last.calls:
            return ""
        return "text" if last.content else "reasoning"

    # -- reading ------------------------------------------------------------------------------------
    @property
    def written_chars(self) -> int:
        """What the model wrote: reasoning, text and tool arguments."""
        return sum(len(r.reasoning) + len(r.content) + sum(len(c.arguments) for c in r.calls) for r in self.rounds)

    @property
    def content(self) -> str:
        return "\n\n".join(r.content for r in self.rounds if r.content)

    @property
    def reasoning(self) -> str:
        return "\n\n".join(r.reasoning.strip("\n") for r in self.rounds if r.reasoning.strip("\n"))

    @property
    def calls(self) -> list[ToolCall]:
        return [c for r in self.rounds for c in r.calls]

    @property
    def tool_calls(self) -> list[ToolCall]:
        return self.calls

    @property
    def agents(self) -> list[Agent]:
        """Swarm mode: every sub-agent this answer started, wave after wave."""
        return [a for c in self.calls for a in c.agents or ()]

    @property
    def ended(self) -> bool:
        return self.ended_at is not None or self.status != "streaming"

    def messages(self) -> list[Message]:
        """The answer as the model's history, round by round."""
        return [m for r in self.rounds for m in r.messages()]

    @property
    def ttft_ms(self) -> float | None:
        if self.stored_usage is not None:
            return self.stored_usage.get("ttft_ms")
        return None if self.first_token_at is None else round((self.first_token_at - self.started_at) * 1000, 1)

    @property
    def reasoning_seconds(self) -> float | None:
        if self.stored_usage is not None and "reasoning_seconds" in self.stored_usage:
            return self.stored_usage["reasoning_seconds"]
        now = time.monotonic()
        seconds = [r.reasoning_seconds if r._thinking_since is None else now - r._thinking_since
                   for r in self.rounds if r.reasoning]
        seconds = [s for s in seconds if s is not None]
        return round(sum(seconds), 2) if seconds else None

    @property
    def tokens_per_s(self) -> float | None:
        if self.stored_usage is not None:
            return self.stored_usage.get("tokens_per_s")
        written = (self.completion_tokens or 0) - self.carried_tokens  # (this call's: its time is the one measured)
        if written <= 0 or self.first_token_at is None:
            return None
        elapsed = (self.ended_at or time.monotonic()) - self.first_token_at
        return round(written / elapsed, 1) if elapsed > 0 else None

    @property
    def searches(self) -> int:
        """Moonshot's web searches the answer made (each is billed)."""
        return sum(1 for c in self.calls if c.name == WEB_SEARCH and c.status == "done")

    @property
    def cost(self) -> tuple[float, str] | None:
        """What its calls cost by its backend's prices, with the currency; None without prices."""
        if self.stored_usage is not None:
            return stored_cost(self.stored_usage)
        if self.prices is None:
            return None
        prompt, cached, completion = (sum(n) for n in zip(self.spent, *(a.answer.spent for a in self.agents)))
        spent = self.prices.cost(prompt=prompt, cached=cached, completion=completion, searches=self.searches)
        return round(self.cost_before + spent, 8), self.prices.currency

    def usage_dict(self) -> dict[str, Any]:
        cost = self.cost
        agents = self.agents
        swarm = {"agent_tokens": sum(a.tokens for a in agents),  # what they wrote, and their prompts
                 "agent_prompt_tokens": sum(a.answer.spent[0] for a in agents)} if agents else {}
        return swarm | {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "cached_tokens": self.cached_tokens, "window_tokens": self.window_tokens,
                "carried_tokens": self.carried_tokens or None, "ttft_ms": self.ttft_ms, "tokens_per_s": self.tokens_per_s,
                "reasoning_seconds": self.reasoning_seconds, "searches": self.searches or None,
                "cost": cost[0] if cost else None, "currency": cost[1] if cost else None}

    def error_dict(self) -> dict[str, Any] | None:
        if self.error is None:
            return None
        found = {"code": self.error.code, "message": self.error.message, "hint": self.error.hint,
                 "params": dict(self.error.params)}
        return found | ({"message_id": self.error.message_id} if self.error.message_id else {})

    def notice_dicts(self) -> list[dict[str, Any]]:
        """Each with its English words and its code and params (for the reader's language: events.said)."""
        return [{"code": n.code, "message": n.message, "action": n.action, "params": dict(n.params)}
                for n in self.notices]

    def call_dicts(self) -> list[dict[str, Any]]:
        """Every tool call, flat, with the round it belongs to (the /chat API's and the log's shape)."""
        return [{**c.to_record(agents=False), "round": number} for number, r in enumerate(self.rounds) for c in r.calls]

    def to_api(self) -> dict[str, Any]:
        """The /chat API's JSON object."""
        return {
            "conversation_id": self.conversation_id, "user_message_id": self.user_message_id,
            "message_id": self.message_id, "reasoning": self.reasoning, "content": self.content,
            "rounds": [r.to_record() for r in self.rounds], "tool_calls": self.call_dicts(),
            "usage": self.usage_dict(), "status": self.status, "error": self.error_dict(),
            "notices": self.notice_dicts(), "agents": [a.to_api() for a in self.agents],
            "queued": self.queued,  # while it waits for a free slot: how many answers are ahead of it
        }

    # -- the store's columns ------------------------------------------------------------------------
    def columns(self) -> dict[str, Any]:
        """The message row's values. `content` and `reasoning` are the rounds' texts joined, kept as columns
        for search and for readers of the database; the rounds are the truth."""
        return {"rounds": [r.to_record() for r in self.rounds], "tool_count": len(self.calls), "content": self.content,
                "reasoning": self.reasoning, "reasoning_seconds": self.reasoning_seconds,
                "usage": self.usage_dict(), "status": self.status, "finish_reason": self.finish_reason,
                "error": self.error_dict(), "notices": self.notice_dicts()}

    @classmethod
    def from_row(cls, row: Any, nested: bool = False) -> "Answer":
        """A stored answer (a MessageRow or anything with its columns) read back; `nested`: a sub-agent's."""
        error = row.error or None
        answer = cls(message_id=getattr(row, "id", None), conversation_id=getattr(row, "conversation_id", None),
                     user_message_id=getattr(row, "parent_id", None),
                     rounds=[Round.from_record(r, nested) for r in _records(row)], status=row.status,
                     finish_reason=row.finish_reason,
                     error=TurnError(code=error.get("code", ""), message=error.get("message", ""),
                                     hint=error.get("hint", ""), params=_params(error)) if error else None,
                     notices=[Notice(code=n.get("code", ""), message=n.get("message", ""), action=n.get("action"),
                                     params=_params(n)) for n in row.notices or [] if isinstance(n, dict)],
                     stored_usage=dict(row.usage) if isinstance(row.usage, dict) else {})
        if row.status != "streaming":  # (one being written, maybe by another process, keeps its agents' states)
            for agent in answer.agents:
                agent.stop()
        usage = answer.stored_usage or {}
        answer.prompt_tokens, answer.completion_tokens = usage.get("prompt_tokens"), usage.get("completion_tokens")
        answer.cached_tokens, answer.window_tokens = usage.get("cached_tokens"), usage.get("window_tokens")
        return answer

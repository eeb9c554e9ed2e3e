"""Swarm mode: the orchestrator (the model, thinking) gets a tool, `start_agents`, whose call kimi-ui runs as
sub-agents working at once, each its own tool loop (engine.run_turn) with its own context and limits; their
final answers (or errors) go back as the call's result. Pure asyncio: no gradio, no SQL.

Limits: per answer (a swarm) at most `max_agents` sub-agents over all its waves, `concurrency` of them at
once, one level deep (a sub-agent is not offered the tool and is refused if it calls it anyway), and a token
budget for all of them; across swarms and app processes (kimi_ui/shared_limits.py Allowance) a number of
sub-agents running at once per user and per backend, apart from the turn limits, which count the swarm as one
turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, replace
from typing import Any, AsyncIterator

from kimi_ui.answer import AGENT_ENDINGS, Answer
from kimi_ui.backends.wire import CHARS_PER_TOKEN, estimates
from kimi_ui.events import (AgentEvent, AgentsPlanned, Event, RoundStarted, ToolCallReady, ToolResult, TurnDone,
                            error, notice)
from kimi_ui.messages import text_message

START_AGENTS = "start_agents"
MAX_TITLE = 80
MAX_TASK = 20_000
RESULT_CHARS = 100_000  # all agents' answers together, as the orchestrator reads them

ORCHESTRATOR = """Swarm mode: you can start sub-agents with the tool start_agents. Each sub-agent works on its \
own, at the same time as the others, with only the task you write and the tools you give it, and returns its \
final answer to you. Split a request into sub-agents when it has parts that can be done independently (research \
several subjects, compare options, check many files or sources); answer simple questions yourself. Write each \
task so that someone who has not seen this conversation can do it: the goal, what to look at, what to return \
and how long. Start all independent parts in one call (at most {max_agents} agents in all). When the results \
are back, check them, start another wave only for what is missing, then write the answer for the user \
yourself, combining the results."""

SUB_AGENT = """You are a sub-agent: another model gave you one part of a larger task. Do only that part, use \
your tools where they help, and finish with a complete, concise answer to your task: it is all the other \
model will read. You cannot start agents yourself."""


def tool_spec(available: list[str], max_agents: int) -> dict[str, Any]:
    """The `start_agents` tool as the orchestrator is offered it."""
    tools = ", ".join(available) or "none"
    return {"type": "function", "function": {
        "name": START_AGENTS,
        "description": f"Start up to {max_agents} sub-agents that work at the same time, one per task; returns "
                       "each agent's final answer (or its error).",
        "parameters": {"type": "object", "required": ["agents"], "properties": {"agents": {
            "type": "array", "description": "one entry per sub-agent",
            "items": {"type": "object", "required": ["title", "task"], "properties": {
                "title": {"type": "string", "description": "a few words saying what it does"},
                "task": {"type": "string", "description": "complete instructions: it sees nothing else"},
                "context": {"type": "string", "description": "facts from this conversation it needs"},
                "tools": {"type": "array", "items": {"type": "string"},
                          "description": f"the tools it may use, of: {tools} (default: all of them)"},
            }}}}}}}


@dataclass(frozen=True)
class SwarmLimits:
    max_agents: int = 8
    concurrency: int = 4
    token_budget: int = 200_000
    agent_rounds: int = 6
    agent_tokens: int = 8192
    agent_seconds: float = 300.0

    @classmethod
    def from_settings(cls, settings: Any) -> "SwarmLimits":
        return cls(max_agents=settings.swarm_max_agents, concurrency=settings.swarm_concurrency,
                   token_budget=settings.swarm_token_budget, agent_rounds=settings.swarm_agent_rounds,
                   agent_tokens=settings.swarm_agent_tokens, agent_seconds=settings.swarm_agent_seconds)


@dataclass(frozen=True)
class Planned:
    title: str
    task: str
    tools: tuple[str, ...]
    unknown: tuple[str, ...] = ()  # tools it was given that this chat does not have


def plan(arguments: str, available: list[str]) -> tuple[list[Planned], str | None]:
    """The agents a call asks for, or why it asks for none (said to the orchestrator)."""
    try:
        args = json.loads(arguments or "{}")
    except (ValueError, RecursionError) as exc:
        return [], f"Error: the arguments are not valid JSON ({exc})."
    asked = args.get("agents") if isinstance(args, dict) else None
    if not isinstance(asked, list) or not asked:
        return [], 'Error: give "agents", a list of {"title", "task"} objects.'
    planned = []
    for number, entry in enumerate(asked, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("task"), str) or not entry["task"].strip():
            return [], f'Error: agent {number} has no "task" (a string with its instructions).'
        title = entry.get("title") if isinstance(entry.get("title"), str) else ""
        title = " ".join(title.split())[:MAX_TITLE] or f"Agent {number}"
        task = entry["task"].strip()[:MAX_TASK]
        if isinstance(entry.get("context"), str) and entry["context"].strip():
            task += "\n\nContext:\n" + entry["context"].strip()[:MAX_TASK]
        wanted = entry.get("tools")
        names = [t for t in wanted if isinstance(t, str)] if isinstance(wanted, list) else list(available)
        planned.append(Planned(title, task, tuple(dict.fromkeys(t for t in names if t in available)),
                               tuple(dict.fromkeys(t for t in names if t not in available))))
    return planned, None


def refused_start(call: ToolCallReady, nested: bool) -> ToolResult:
    """start_agents called where it is not offered: by a sub-agent (one level deep), or outside Swarm mode."""
    said = ("Error: a sub-agent cannot start agents (a swarm is one level deep); do the task yourself."
            if nested else "Error: start_agents works in Swarm mode only; answer yourself.")
    return ToolResult(id=call.id, name=call.name, result=said, duration_ms=0.0, status="error")


class Swarm:
    """One answer's swarm: what it may still start and spend, and the runs of its start_agents calls."""

    def __init__(self, *, limits: SwarmLimits, allowance: Any, user: str, backend: Any, tools: Any,
                 available: list[str], config: Any, sampling: dict[str, float] | None = None) -> None:
        self.limits, self.allowance, self.user, self.backend = limits, allowance, user, backend
        self.tools, self.available, self.sampling = tools, available, sampling
        self.config = replace(config, max_tool_rounds=limits.agent_rounds)
        self.started = 0  # agents started by this answer, all waves
        self.answers: list[Answer] = []  # each agent's own turn, as its loop reads it
        self.prompts: list[int] = []  # each agent's prompts as estimated here (a server may send no usage)
        self.gate = asyncio.Semaphore(limits.concurrency)  # per answer: its calls' agents together

    def _specs(self, names: tuple[str, ...]) -> list[dict[str, Any]]:
        return self.tools.specs(list(names), self.backend.kind.name) if self.tools else []

    def spent(self) -> int:
        """Tokens all agents used: prompts and what they wrote (a call still streaming: its length)."""
        return sum(max(a.spent[0], p) + max(a.spent[2], round(a.written_chars / CHARS_PER_TOKEN))
                   for a, p in zip(self.answers, self.prompts))

    async def run(self, call: ToolCallReady) -> AsyncIterator[Event]:
        started = time.monotonic()
        planned, problem = plan(call.arguments, self.available)
        room = self.limits.max_agents - self.started
        if problem is None and room <= 0:
            problem = (f"Error: this answer has started {self.started} agents, the most it may "
                       f"({self.limits.max_agents}); answer with the results you have.")
        if problem is None and self.spent() >= self.limits.token_budget:
            problem = f"Error: the swarm's token budget ({self.limits.token_budget:,}) is spent; answer now."
        if problem is not None:
            yield ToolResult(id=call.id, name=call.name, result=problem, duration_ms=0.0, status="error")
            return
        running, refused = planned[:room], planned[room:]
        first = self.started
        self.started += len(running)
        mine = [Answer() for _ in running]
        self.answers += mine
        self.prompts += [0] * len(mine)
        yield AgentsPlanned(call.id, tuple((f"agent-{first + i + 1}", p.title, p.task, p.tools)
                                           for i, p in enumerate(running)))
        queue: asyncio.Queue[AgentEvent | None] = asyncio.Queue()
        tasks = [asyncio.ensure_future(self._agent(call.id, i, first + i, p, mine[i], queue))
                 for i, p in enumerate(running)]
        endings: dict[int, str] = {}
        over = False
        try:
            left = len(tasks)
            while left:
                event = await queue.get()
                if event is None:
                    left -= 1
                    continue
                yield event
                if event.status in ("done", "failed", "stopped"):
                    endings[event.index] = event.status
                if not over and self.spent() > self.limits.token_budget:
                    over = True  # stop them all: each says so, in its lane and in the result
                    for task in tasks:
                        task.cancel()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        text = self._result(first, running, mine, endings, refused, over)
        yield ToolResult(id=call.id, name=call.name, result=text, status="done",
                         duration_ms=round((time.monotonic() - started) * 1000, 1))

    async def _agent(self, call_id: str, index: int, number: int, planned: Planned, answer: Answer,
                     queue: asyncio.Queue) -> None:
        def say(event: Any = None, status: str | None = None, applied: bool = False) -> None:
            if event is not None and not applied:  # (run_turn folds its own events into `answer`)
                answer.apply(event)
            if isinstance(event, RoundStarted):  # a call's prompt: its task and all its rounds so far, tool results too
                self.prompts[number] += sum(estimates([text_message("system", SUB_AGENT),
                                                       text_message("user", planned.task), *answer.messages()]))
            queue.put_nowait(AgentEvent(call_id, index, event, status))

        from kimi_ui.engine import TurnRequest, run_turn  # (the engine runs the swarm's calls: imported here)
        from kimi_ui.tools.web_search import with_web_search

        place = None
        try:
            async with self.gate:
                place = await self.allowance.take(self.user, self.backend.name)
                say(status="running")
                history = [text_message("system", SUB_AGENT), text_message("user", planned.task)]
                specs, history = with_web_search(self._specs(planned.tools), history, thinking=True,
                                                 model=self.backend.model)
                request = TurnRequest(history=history, thinking=True, max_tokens=self.limits.agent_tokens,
                                      sampling=self.sampling, tools=specs or None, agent=True)
                try:
                    async with asyncio.timeout(self.limits.agent_seconds):
                        async with contextlib.aclosing(run_turn(self.backend, request, self.config, self.tools,
                                                                answer)) as events:
                            async for event in events:
                                say(event, applied=True)
                except TimeoutError:
                    say(error("agent_timeout", seconds=self.limits.agent_seconds))
                    say(TurnDone(status="error"))
                say(status=AGENT_ENDINGS.get(answer.status, "failed"))
        except asyncio.CancelledError:
            if not answer.ended:
                said = self.limits.token_budget if self.spent() > self.limits.token_budget else None
                if said is not None:
                    say(notice("swarm_budget", budget=said))
                say(TurnDone(status="cancelled"))
            say(status="stopped")
        finally:
            if place is not None:
                self.allowance.give(place, self.user, self.backend.name)
            queue.put_nowait(None)

    def _result(self, first: int, planned: list[Planned], answers: list[Answer], endings: dict[int, str],
                refused: list[Planned], over: bool) -> str:
        """What the orchestrator reads: each agent's final answer, or why it has none."""
        share = max(2_000, RESULT_CHARS // max(1, len(planned)))
        done = sum(1 for s in endings.values() if s == "done")
        head = f"{len(planned)} agent{'s' if len(planned) != 1 else ''} ran: {done} done"
        failed = len(planned) - done
        head += f", {failed} failed or stopped." if failed else "."
        if over:
            head += f" The swarm's token budget ({self.limits.token_budget:,}) was spent: the rest were stopped."
        parts = [head]
        for index, (p, answer) in enumerate(zip(planned, answers)):
            status = endings.get(index, "stopped")
            body = answer.content.strip()
            if answer.error is not None:
                body = (body + "\n\n" if body else "") + f"Error: {answer.error.message}"
            if not body:
                body = "(no answer)"
            if len(body) > share:
                body = body[:share] + f"\n[... {len(body) - share:,} more characters cut]"
            if p.unknown:
                body += f"\n(not available here, so not given to it: {', '.join(p.unknown)[:500]})"
            if answer.status in ("length", "round_limit"):
                body += "\n(it reached its limit before it finished)"
            parts.append(f"## Agent {first + index + 1}: {p.title} ({status})\n{body}")
        if refused:
            parts.append(f"Not started ({len(refused)}): this answer may start at most {self.limits.max_agents} "
                         f"agents: " + "; ".join(p.title for p in refused[:20]) + ("; …" if len(refused) > 20 else ""))
        text = "\n\n".join(parts)
        return text if len(text) <= RESULT_CHARS + 4_000 else text[:RESULT_CHARS] + "\n[... cut]"

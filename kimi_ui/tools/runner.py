"""Run one round's tool calls concurrently, each with a timeout; results as ToolResult events."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import AsyncIterator

from kimi_ui.events import ToolCallReady, ToolResult
from kimi_ui.redact import redact
from kimi_ui.tools.registry import Registry, ToolError

log = logging.getLogger(__name__)
MAX_ECHO_CHARS = 64 * 1024  # a server-run call's arguments echoed back (Moonshot's $web_search: ~100 bytes)


def _result(call: ToolCallReady, text: str, started: float, status: str, limit: int) -> ToolResult:
    truncated = len(text) > limit
    if truncated:
        text = text[:limit] + f"\n[... {len(text) - limit:,} more characters cut]"
    return ToolResult(id=call.id, name=call.name, result=text, duration_ms=round((time.monotonic() - started) * 1000, 1),
                      status=status, truncated=truncated)  # type: ignore[arg-type]


async def run_call(
    registry: Registry | None, call: ToolCallReady, *, timeout: float, limit: int, allowed: frozenset[str]
) -> ToolResult:
    started = time.monotonic()
    tool = registry.get(call.name) if registry else None
    if tool is None:
        return _result(call, f"Error: there is no tool called {call.name!r}.", started, "error", limit)
    if call.name not in allowed:  # the model named a tool the user did not enable for this conversation
        return _result(call, f"Error: the tool {call.name!r} is not enabled in this conversation.", started,
                       "error", limit)
    if tool.builtin:  # the server ran it: its arguments go back unchanged (and uncut: they are its handle)
        if len(call.arguments) > MAX_ECHO_CHARS:  # (a search handle is ~100 bytes: this is no server of ours)
            return _result(call, f"Error: the arguments of {call.name} are too long to send back.", started, "error",
                           limit)
        return _result(call, call.arguments, started, "done", max(limit, len(call.arguments)))
    try:
        args = json.loads(call.arguments or "{}")
        if not isinstance(args, dict):
            raise ValueError("the arguments must be a JSON object")
    except (ValueError, RecursionError) as exc:
        return _result(call, f"Error: the arguments are not valid JSON ({exc}).", started, "error", limit)
    # An MCP tool times out inside its client with a better message; give that a moment to win.
    allowed = min(tool.timeout + (1.0 if tool.source.startswith("mcp:") else 0.0), timeout)
    try:
        text = await asyncio.wait_for(tool.run(args), allowed)
    except asyncio.TimeoutError:
        return _result(call, f"Error: {call.name} did not finish within {allowed:g} s.", started, "timeout", limit)
    except ToolError as exc:
        return _result(call, f"Error: {exc}", started, "error", limit)
    except Exception as exc:  # noqa: BLE001 - a broken tool is the model's problem to read, not a crash
        text = redact(f"{type(exc).__name__}: {exc}")  # an HTTP client's error may name a URL with credentials
        log.warning("tool %s raised %s", call.name, text)
        return _result(call, f"Error: {call.name} failed ({text}).", started, "error", limit)
    return _result(call, str(text), started, "done", limit)


async def run_calls(
    registry: Registry | None, calls: list[ToolCallReady], *, timeout: float, limit: int, allowed: frozenset[str]
) -> AsyncIterator[ToolResult]:
    """Results in the order they finish. Closing this generator (Stop) cancels the tools still running."""
    tasks = [asyncio.ensure_future(run_call(registry, c, timeout=timeout, limit=limit, allowed=allowed))
             for c in calls]
    try:
        for finished in asyncio.as_completed(tasks):
            yield await finished
    finally:
        for task in tasks:
            task.cancel()

"""MCP servers as tool sources: connect in the background, offer their tools under a server prefix.

One long-running asyncio task per server owns that server's transport (stdio subprocess or streamable
HTTP) and its `mcp.ClientSession`: the mcp client is built on anyio, whose cancel scopes must be entered
and left in the same task, so nothing else touches the session. Tool calls from other tasks go through a
per-connection queue as (tool, arguments, future); the server task runs each call in a child task, so a
hung call blocks neither other calls to the same server nor other servers, and the caller never waits
longer than the tool's timeout.

A server that dies (process exit, closed connection) is marked failed, its tools leave the registry, every
call in flight gets a ToolError, and the task reconnects later with a bounded backoff.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import mcp_types
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from kimi_ui.redact import guard_http_logs, redact
from kimi_ui.tools.registry import NAME_PATTERN, Registry, Tool, ToolError

log = logging.getLogger(__name__)

State = Literal["connecting", "connected", "failed", "stopped"]
MAX_NAME = 64
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_LIST_PAGES = 100  # bound on tools/list pagination
_PING_TIMEOUT = 3.0  # liveness check after an ambiguous "connection closed"
_STABLE_AFTER = 60.0  # a connection that lasted this long resets the retry count
DEFAULT_RETRY_DELAYS = (2.0, 10.0, 30.0)


@dataclass(frozen=True)
class McpServerConfig:
    """One MCP server: exactly one of `command` (stdio argv) or `url` (streamable HTTP endpoint)."""

    name: str  # prefix for its tools
    command: list[str] | None = None
    url: str | None = None
    env: dict[str, str] | None = None  # stdio only: merged over a minimal inherited environment (PATH, HOME...)
    timeout: float = 30.0  # per tool call
    connect_timeout: float = 30.0  # for the handshake and the tool listing

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("an MCP server needs a name")
        if bool(self.command) == bool(self.url):
            raise ValueError(f"MCP server {self.name!r}: give exactly one of `command` (stdio) or `url` (HTTP)")
        if self.timeout <= 0 or self.connect_timeout <= 0:
            raise ValueError(f"MCP server {self.name!r}: timeouts must be positive")

    @property
    def transport(self) -> str:
        return "stdio" if self.command else "http"

    @property
    def source(self) -> str:
        return f"mcp:{self.name}"

    @classmethod
    def coerce(cls, value: Any) -> McpServerConfig:
        """Accept an McpServerConfig, a mapping, or any object with the same attributes (config.McpServerSettings)."""
        if isinstance(value, cls):
            return value
        get = value.get if isinstance(value, dict) else (lambda key, default=None: getattr(value, key, default))
        command, env = get("command"), get("env")
        return cls(name=get("name"), command=list(command) if command else None, url=get("url") or None,
                   env=dict(env) if env else None, timeout=float(get("timeout", 30.0) or 30.0),
                   connect_timeout=float(get("connect_timeout", 30.0) or 30.0))


@dataclass
class ServerStatus:
    name: str
    state: State
    message: str = ""
    tools: list[str] = field(default_factory=list)  # the prefixed names in the registry
    transport: str = ""  # "stdio" or "http"


# -- names ---------------------------------------------------------------------------------------------
def _hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:8]


def tool_name(server: str, tool: str, taken: Iterable[str] = ()) -> str:
    """`server__tool` kept within [A-Za-z0-9_-]{1,64}; a hash suffix when it had to be cut or it collides."""
    raw = f"{server}__{tool}"
    name = _UNSAFE.sub("_", raw)
    taken = set(taken)
    if len(name) > MAX_NAME or name in taken:
        salt = 0
        while True:
            suffix = "_" + _hash(raw if not salt else f"{raw}#{salt}")
            candidate = name[: MAX_NAME - len(suffix)] + suffix
            if candidate not in taken:
                name = candidate
                break
            salt += 1
    assert NAME_PATTERN.match(name), name
    return name


# -- results -------------------------------------------------------------------------------------------
def result_text(result: mcp_types.CallToolResult) -> str:
    """Text items joined into one string; other items summarised; structured content when nothing else."""
    parts: list[str] = []
    for item in result.content:
        if isinstance(item, mcp_types.TextContent):
            parts.append(item.text)
        elif isinstance(item, mcp_types.ImageContent):
            parts.append(f"[image {item.mime_type}]" if item.mime_type else "[image]")
        elif isinstance(item, mcp_types.AudioContent):
            parts.append(f"[audio {item.mime_type}]" if item.mime_type else "[audio]")
        elif isinstance(item, mcp_types.ResourceLink):
            parts.append(f"[resource link {item.uri}]")
        elif isinstance(item, mcp_types.EmbeddedResource):
            text = getattr(item.resource, "text", None)
            parts.append(f"[resource {item.resource.uri}]" + (f"\n{text}" if isinstance(text, str) else ""))
        else:
            parts.append(f"[{getattr(item, 'type', 'item')}]")
    if not parts and result.structured_content is not None:
        return json.dumps(result.structured_content, ensure_ascii=False)
    return "\n".join(parts)


# -- stderr of stdio servers ---------------------------------------------------------------------------
class _StderrTail:
    """A pipe for a stdio server's stderr: lines go to the log, the last few are kept for error messages."""

    def __init__(self, server: str) -> None:
        self.lines: collections.deque[str] = collections.deque(maxlen=8)
        read_fd, write_fd = os.pipe()
        self.writer = os.fdopen(write_fd, "w")
        self._reader = os.fdopen(read_fd, "r", errors="replace")
        self._thread = threading.Thread(target=self._pump, args=(server,), daemon=True,
                                        name=f"mcp-stderr-{server}")
        self._thread.start()

    def _pump(self, server: str) -> None:
        with self._reader:
            for line in self._reader:  # ends when the server and its children have closed stderr
                line = line.rstrip()
                if line:
                    self.lines.append(line)
                    log.info("MCP server %s: %s", server, redact(line))

    def close_writer(self) -> None:
        """Our copy of the write end; call once the process has been spawned (or failed to)."""
        with contextlib.suppress(OSError):
            self.writer.close()

    def tail(self) -> str:
        return " | ".join(self.lines)[-400:]


class _ServerGone(Exception):
    pass


@dataclass
class _Request:
    tool: str
    args: dict[str, Any]
    future: asyncio.Future


# -- one server ------------------------------------------------------------------------------------------
class _Server:
    def __init__(self, cfg: McpServerConfig, registry: Registry, retry_delays: tuple[float, ...]) -> None:
        self.cfg = cfg
        self.registry = registry
        self.retry_delays = retry_delays
        self.status = ServerStatus(cfg.name, "connecting", "waiting to start", [], cfg.transport)
        self.task: asyncio.Task | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.stopping = False
        self._scope: anyio.CancelScope | None = None  # the whole server task
        self._conn_scope: anyio.CancelScope | None = None  # the current connection
        self._queue: asyncio.Queue[_Request] | None = None  # None while not connected
        self._inflight: set[asyncio.Future] = set()
        self._stderr: _StderrTail | None = None
        self._tool_names: dict[str, str] = {}  # prefixed -> server's own name
        self._conn_dead = False  # the current connection has been marked failed
        self._handshake_done = False

    # state ---------------------------------------------------------------------------------------------
    def _set(self, state: State, message: str = "") -> None:
        self.status.state = state
        self.status.message = redact(message)  # shown to every user: no URL credentials (an HTTP server's url)
        if state != "connected":
            self.status.tools = []

    def _detach(self, state: State, message: str, call_error: str) -> None:
        """Leave the connected state: tools out of the registry, then every waiting call gets a ToolError."""
        self.registry.remove_source(self.cfg.source)
        self._tool_names = {}
        self._set(state, message)
        queue, self._queue = self._queue, None
        pending = list(self._inflight)
        self._inflight.clear()
        while queue is not None and not queue.empty():
            pending.append(queue.get_nowait().future)
        for future in pending:
            if not future.done():
                future.set_exception(ToolError(call_error))

    def _mark_dead(self, reason: str) -> None:
        """The connection is unusable: fail it now and tear it down (the server task reconnects later).

        The first reason of a connection wins: its teardown often raises a vaguer error afterwards."""
        if self._conn_dead:
            return
        self._conn_dead = True
        reason = redact(reason)
        log.warning("MCP server %s failed: %s", self.cfg.name, reason)
        self._detach("failed", reason, f"MCP server {self.cfg.name} is not available: {reason}")
        if self._conn_scope is not None:
            self._conn_scope.cancel()

    # the task ------------------------------------------------------------------------------------------
    async def main(self) -> None:
        attempt = 0
        try:
            with anyio.CancelScope() as self._scope:
                if self.stopping:
                    return
                while True:
                    began = time.monotonic()
                    retry = await self._connect_once()
                    if time.monotonic() - began > _STABLE_AFTER:
                        attempt = 0
                    if not retry or attempt >= len(self.retry_delays):
                        break
                    delay = self.retry_delays[attempt]
                    attempt += 1
                    reason = self.status.message
                    self.status.message = f"{reason} (retry {attempt}/{len(self.retry_delays)} in {delay:g} s)"
                    await anyio.sleep(delay)
                    self.status.message = reason
        except Exception as exc:  # a bug here must not take the app down
            log.exception("MCP server task %s crashed", self.cfg.name)
            self._detach("failed", f"internal error: {exc!r}", f"MCP server {self.cfg.name} is not available")
        finally:
            if self.stopping:
                self._detach("stopped", "stopped", f"MCP server {self.cfg.name} was stopped")

    async def _connect_once(self) -> bool:
        """One connection, from spawn/connect to its end. Returns whether a retry makes sense."""
        cfg = self.cfg
        self._set("connecting", f"starting {cfg.command[0]}" if cfg.command else f"connecting to {cfg.url}")
        self._conn_dead = False
        self._handshake_done = False
        retry = True
        try:
            async with contextlib.AsyncExitStack() as stack:
                if cfg.command:
                    self._stderr = _StderrTail(cfg.name)
                    params = StdioServerParameters(command=cfg.command[0], args=list(cfg.command[1:]), env=cfg.env)
                    try:
                        transport = await stack.enter_async_context(stdio_client(params, errlog=self._stderr.writer))
                    finally:
                        self._stderr.close_writer()
                else:
                    transport = await stack.enter_async_context(streamable_http_client(cfg.url))
                read, write = transport
                # Our own read stream between the transport and the session, to notice the transport's end
                # (a crashed stdio server) at once instead of at the next call.
                ended = anyio.Event()
                send, receive = anyio.create_memory_object_stream[Any](0)

                async def pump() -> None:
                    try:
                        async with send:
                            async for item in read:
                                await send.send(item)
                    except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream):
                        pass
                    finally:
                        ended.set()

                pump_group = await stack.enter_async_context(anyio.create_task_group())
                stack.callback(pump_group.cancel_scope.cancel)
                pump_group.start_soon(pump)
                session = await stack.enter_async_context(ClientSession(receive, write))
                with anyio.fail_after(cfg.connect_timeout):
                    await session.initialize()
                    tools = await self._list_tools(session)
                self._handshake_done = True
                async with anyio.create_task_group() as group:
                    self._conn_scope = group.cancel_scope
                    self._register(tools)
                    queue: asyncio.Queue[_Request] = asyncio.Queue()
                    self._queue = queue
                    self._set("connected", f"{len(tools)} tool{'s' * (len(tools) != 1)}")
                    self.status.tools = list(self._tool_names)
                    log.info("MCP server %s connected: %s", cfg.name, ", ".join(self._tool_names) or "no tools")

                    async def watch() -> None:
                        await ended.wait()
                        self._mark_dead(self._with_stderr("the server closed the connection"))

                    group.start_soon(watch)
                    while True:
                        request = await queue.get()
                        group.start_soon(self._serve, session, request, ended)
        except Exception as exc:  # noqa: BLE001 - any failure of a server is a status, never a crash
            leaf = _leaf(exc)
            if isinstance(leaf, (FileNotFoundError, PermissionError, NotADirectoryError)):
                retry = False  # the command will not appear by itself
            if not self.stopping:
                self._mark_dead(self._describe(leaf))
        finally:
            self._conn_scope = None
        if self.stopping:
            return False
        self._mark_dead(self._with_stderr("the connection ended"))  # no-op when a reason was given
        return retry

    async def _list_tools(self, session: ClientSession) -> list[mcp_types.Tool]:
        tools: list[mcp_types.Tool] = []
        cursor: str | None = None
        for _ in range(_LIST_PAGES):
            params = mcp_types.PaginatedRequestParams(cursor=cursor) if cursor else None
            page = await session.list_tools(params=params)
            tools.extend(page.tools)
            cursor = page.next_cursor
            if not cursor:
                break
        return tools

    def _register(self, tools: list[mcp_types.Tool]) -> None:
        self.registry.remove_source(self.cfg.source)
        taken = {t.name for t in self.registry.all()}
        self._tool_names = {}
        for spec in tools:
            name = tool_name(self.cfg.name, spec.name, taken)
            taken.add(name)
            self._tool_names[name] = spec.name
            schema = dict(spec.input_schema or {})
            schema.setdefault("type", "object")
            if schema["type"] == "object":
                schema.setdefault("properties", {})
            description = spec.description or spec.title or f"{spec.name} (MCP server {self.cfg.name})"
            self.registry.add(Tool(name=name, description=description, parameters=schema,
                                   run=self._runner(spec.name), source=self.cfg.source,
                                   default_enabled=False, timeout=self.cfg.timeout))

    def _runner(self, tool: str):
        async def run(args: dict[str, Any]) -> str:
            return await self.call(tool, args)
        return run

    # calls -----------------------------------------------------------------------------------------------
    async def call(self, tool: str, args: dict[str, Any]) -> str:
        """Run one tool on this server; every failure is a ToolError, never longer than the timeout."""
        loop = asyncio.get_running_loop()
        if self.loop is not None and loop is not self.loop:  # called from another event loop (thread)
            future = asyncio.run_coroutine_threadsafe(self.call(tool, args), self.loop)
            return await asyncio.wrap_future(future)
        queue = self._queue
        if queue is None or self.status.state != "connected":
            detail = self.status.message or self.status.state
            raise ToolError(f"MCP server {self.cfg.name} is not available: {detail}")
        future: asyncio.Future[str] = loop.create_future()
        queue.put_nowait(_Request(tool, dict(args or {}), future))
        try:
            return await asyncio.wait_for(future, self.cfg.timeout)
        except TimeoutError:
            raise ToolError(f"MCP server {self.cfg.name} did not answer within {self.cfg.timeout:g} s") from None

    async def _serve(self, session: ClientSession, request: _Request, ended: anyio.Event) -> None:
        future = request.future
        if future.done():  # the caller gave up while the request was queued
            return
        self._inflight.add(future)
        try:
            await self._serve_one(session, request, ended)
        finally:
            if future.done():  # else a teardown (which fails it) is under way
                self._inflight.discard(future)

    async def _serve_one(self, session: ClientSession, request: _Request, ended: anyio.Event) -> None:
        future = request.future
        with anyio.CancelScope() as scope:
            future.add_done_callback(lambda f: scope.cancel() if f.cancelled() else None)
            try:
                result = await session.call_tool(request.tool, request.args)
            except MCPError as exc:
                if exc.code == mcp_types.CONNECTION_CLOSED and (ended.is_set() or not await self._alive(session)):
                    self._mark_dead(self._with_stderr(exc.message or "connection closed"))
                    return
                error: ToolError | None = ToolError(redact(f"MCP server {self.cfg.name}: {exc.message}"))
            except Exception as exc:  # noqa: BLE001 - a transport or protocol failure, reported as a ToolError
                if ended.is_set() or not await self._alive(session):
                    self._mark_dead(self._with_stderr(self._describe(exc)))
                    return
                error = ToolError(redact(f"MCP server {self.cfg.name}: {type(exc).__name__}: {exc}"))
            else:
                error = None
                if result.is_error:
                    error = ToolError(result_text(result) or f"MCP tool {request.tool} failed")
            self._inflight.discard(future)
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result_text(result))

    async def _alive(self, session: ClientSession) -> bool:
        with anyio.move_on_after(_PING_TIMEOUT):
            try:
                await session.send_ping()
                return True
            except Exception:  # noqa: BLE001 - any failure means not alive
                return False
        return False

    # messages ------------------------------------------------------------------------------------------
    def _with_stderr(self, message: str) -> str:
        tail = self._stderr.tail() if self._stderr is not None and self.cfg.command else ""
        return f"{message}; stderr: {tail}" if tail else message

    def _describe(self, exc: BaseException) -> str:
        cfg = self.cfg
        if isinstance(exc, FileNotFoundError):
            return f"command not found: {cfg.command[0] if cfg.command else exc}"
        if isinstance(exc, PermissionError) and cfg.command:
            return f"cannot run {cfg.command[0]}: permission denied"
        if isinstance(exc, TimeoutError):
            return self._with_stderr(f"no answer to the MCP handshake within {cfg.connect_timeout:g} s")
        text = exc.message if isinstance(exc, MCPError) else (str(exc) or type(exc).__name__)
        if cfg.url and type(exc).__module__.split(".")[0].startswith("httpx"):
            return f"cannot reach {cfg.url}: {text}"
        if isinstance(exc, MCPError):
            if cfg.url and not self._handshake_done:
                return f"MCP handshake with {cfg.url} failed: {text}"
            if exc.code == mcp_types.CONNECTION_CLOSED and not self._handshake_done:
                text = f"the server closed the connection during start-up ({text})"
            return self._with_stderr(text)
        return self._with_stderr(f"{type(exc).__name__}: {text}")

    async def stop(self) -> None:
        self.stopping = True
        if self._scope is not None:
            self._scope.cancel()


def _leaf(exc: BaseException) -> BaseException:
    """The first real error inside (nested) exception groups."""
    while isinstance(exc, BaseExceptionGroup):
        inner = [e for e in exc.exceptions if not isinstance(e, asyncio.CancelledError)] or list(exc.exceptions)
        exc = inner[0]
    return exc


# -- the manager -----------------------------------------------------------------------------------------
class McpManager:
    """Connects the configured MCP servers in the background and keeps their tools in the registry.

    `start()` (inside a running event loop) returns at once; `await stop()` closes every session and ends
    every stdio process. Each server's tools are registered as `<server>__<tool>` with source `mcp:<server>`.
    """

    def __init__(self, configs: Iterable[Any], registry: Registry,
                 retry_delays: Iterable[float] = DEFAULT_RETRY_DELAYS) -> None:
        self.registry = registry
        guard_http_logs()  # the HTTP transport logs each request's URL
        self._servers: list[_Server] = []
        self._duplicates: list[ServerStatus] = []
        seen: set[str] = set()
        for raw in configs:
            cfg = McpServerConfig.coerce(raw)
            if cfg.name in seen:
                self._duplicates.append(ServerStatus(cfg.name, "failed", "another MCP server has this name", [],
                                                     cfg.transport))
                continue
            seen.add(cfg.name)
            self._servers.append(_Server(cfg, registry, tuple(retry_delays)))
        self._started = False

    def start(self) -> None:
        """Start one background task per server; never waits and never raises for a server's failure."""
        if self._started:
            return
        loop = asyncio.get_running_loop()
        self._started = True
        for server in self._servers:
            server.loop = loop
            server.task = loop.create_task(server.main(), name=f"mcp-{server.cfg.name}")

    async def stop(self, timeout: float = 10.0) -> None:
        """Close every session and stop every stdio server (bounded; stdio shutdown takes up to ~4 s)."""
        for server in self._servers:
            await server.stop()
        tasks = [s.task for s in self._servers if s.task is not None and not s.task.done()]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=timeout)
            for task in pending:  # last resort
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=2.0)
        for server in self._servers:
            server._detach("stopped", "stopped", f"MCP server {server.cfg.name} was stopped")

    def statuses(self) -> list[ServerStatus]:
        return [ServerStatus(s.status.name, s.status.state, s.status.message, list(s.status.tools),
                             s.status.transport) for s in self._servers] + list(self._duplicates)

    async def wait_settled(self, timeout: float = 10.0) -> bool:
        """Wait until no server is still connecting (for tests and scripts); returns whether that happened."""
        deadline = time.monotonic() + timeout
        while any(s.status.state == "connecting" for s in self._servers):
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.05)
        return True

"""MCP servers as tool sources, against real servers (tests/support/mcp_servers.py) over stdio and HTTP."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from contextlib import asynccontextmanager

import pytest

from kimi_ui.tools.mcp_client import McpManager, McpServerConfig, ServerStatus, tool_name
from kimi_ui.tools.registry import NAME_PATTERN, Registry, ToolError
from tests.support.mcp_servers import (
    ENV,
    LONG_NAME_A,
    LONG_NAME_B,
    free_port,
    http_server,
    http_servers,
    owned_server_pids,
    stdio_command,
)

pytestmark = pytest.mark.integration
# The hung tool's timeout: long enough for two other calls to answer on a busy machine, short for the test.
HANG_TIMEOUT = 2.0


def stdio(name: str, kind: str, **changes) -> McpServerConfig:
    return McpServerConfig(name=name, command=stdio_command(kind), env=ENV, **changes)


def status(manager: McpManager, name: str) -> ServerStatus:
    return next(s for s in manager.statuses() if s.name == name)


async def until(manager: McpManager, name: str, state: str, timeout: float = 30.0) -> ServerStatus:
    deadline = time.monotonic() + timeout
    while (current := status(manager, name)).state != state:
        assert time.monotonic() < deadline, f"{name} is {current.state} ({current.message}), not {state}"
        await asyncio.sleep(0.05)
    return current


@asynccontextmanager
async def running(configs: list[McpServerConfig], registry: Registry | None = None, **kwargs):
    registry = registry if registry is not None else Registry()
    manager = McpManager(configs, registry, **kwargs)
    manager.start()
    # nothing of any server has run yet: its task starts it once this coroutine awaits
    assert {(s.state, s.message) for s in manager.statuses()} <= {("connecting", "waiting to start")}, \
        "start() must not wait for the servers"
    try:
        yield manager, registry
    finally:
        await manager.stop()
    assert all(s.state == "stopped" for s in manager.statuses())
    assert not [t for t in registry.all() if t.source.startswith("mcp:")]


@pytest.fixture(autouse=True)
def no_leftover_servers():
    before = owned_server_pids()
    yield
    deadline = time.monotonic() + 5
    while (left := owned_server_pids() - before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, f"MCP server processes left running: {left}"


async def check_echo_server(manager: McpManager, registry: Registry, name: str) -> None:
    assert status(manager, name).state == "connecting"  # start() returned before the connection
    connected = await until(manager, name, "connected")
    assert sorted(connected.tools) == [f"{name}__add", f"{name}__echo"]
    echo, add = registry.get(f"{name}__echo"), registry.get(f"{name}__add")
    assert echo is not None and add is not None
    assert echo.source == f"mcp:{name}" and not echo.default_enabled and echo.timeout == 7.0
    assert echo.parameters["type"] == "object" and "text" in echo.parameters["properties"]
    assert echo.spec()["function"]["name"] == f"{name}__echo"
    assert await echo.run({"text": "hello, MCP"}) == "hello, MCP"
    assert await add.run({"a": 2, "b": 40}) == "42"
    # a tool-level error (bad arguments) is a ToolError, and the server stays connected
    with pytest.raises(ToolError):
        await add.run({"a": "not a number"})
    assert status(manager, name).state == "connected"


def test_stdio_server_connects_in_background_and_its_tools_run():
    async def main():
        async with running([stdio("files", "echo", timeout=7.0)]) as (manager, registry):
            await check_echo_server(manager, registry, "files")

    asyncio.run(main())


def test_streamable_http_server():
    with http_server("echo") as url:
        async def main():
            async with running([McpServerConfig(name="web", url=url, timeout=7.0)]) as (manager, registry):
                assert status(manager, "web").transport == "http"
                await check_echo_server(manager, registry, "web")

        asyncio.run(main())


async def check_hang(manager: McpManager, registry: Registry) -> None:
    """`slow__wait` never answers (timeout HANG_TIMEOUT): the timeout's ToolError, and nothing else waits for
    it. No clock readings: the hung call still running when the others answered shows they did not queue
    behind it (they would have answered after its timeout), the error's text that the timeout ended it."""
    wait = asyncio.create_task(registry.get("slow__wait").run({}))
    # meanwhile, other servers and the same server's other tools answer at once
    assert await registry.get("other__add").run({"a": 1, "b": 2}) == "3"
    assert await registry.get("slow__echo").run({"text": "awake"}) == "awake"
    assert not wait.done(), "the other calls waited for the hung one"
    with pytest.raises(ToolError, match=rf"^MCP server slow did not answer within {HANG_TIMEOUT:g} s$"):
        await asyncio.wait_for(wait, 60)
    assert status(manager, "slow").state == "connected"  # slow, not dead
    assert await registry.get("slow__echo").run({"text": "again"}) == "again"
    # the caller giving up (Stop) cancels the call; the server keeps serving
    wait = asyncio.create_task(registry.get("slow__wait").run({}))
    await asyncio.sleep(0.2)
    wait.cancel()
    with pytest.raises(asyncio.CancelledError):
        await wait
    assert await registry.get("slow__echo").run({"text": "after stop"}) == "after stop"


async def check_crash(manager: McpManager, registry: Registry) -> None:
    """`crashy__boom` kills its server mid-call: a quick ToolError, the server failed and its tools gone."""
    # the crash's own error, not the call's timeout (which would say "did not answer within")
    with pytest.raises(ToolError, match="^MCP server crashy is not available: "):
        await asyncio.wait_for(registry.get("crashy__boom").run({}), 60)
    # failed, and its tools gone, by the time the caller sees the error
    crashy = status(manager, "crashy")
    assert crashy.state == "failed" and crashy.message and crashy.tools == []
    assert [t.name for t in registry.all() if t.source == "mcp:crashy"] == []
    assert await registry.get("other__echo").run({"text": "still here"}) == "still here"
    assert status(manager, "slow").state == "connected"


def test_stdio_servers_that_hang_and_crash():
    configs = [stdio("slow", "hang", timeout=HANG_TIMEOUT), stdio("crashy", "crash"), stdio("other", "echo")]

    async def main():
        async with running(configs, retry_delays=(0.3,)) as (manager, registry):
            for name in ("slow", "crashy", "other"):
                await until(manager, name, "connected")
            await check_hang(manager, registry)
            await check_crash(manager, registry)
            # a crashed stdio server is started again in the background (bounded retries)
            await until(manager, "crashy", "connected")
            assert await registry.get("crashy__echo").run({"text": "back"}) == "back"
            # stopping the manager answers a call in flight at once
            wait = asyncio.create_task(registry.get("slow__wait").run({}))
            await asyncio.sleep(0.1)
            await manager.stop()
            with pytest.raises(ToolError, match="stopped"):  # not the timeout's "did not answer"
                await asyncio.wait_for(wait, 60)

    asyncio.run(main())


def test_http_servers_that_hang_and_crash():
    with http_servers("hang", "crash") as (hang_url, crash_url):
        configs = [McpServerConfig(name="slow", url=hang_url, timeout=HANG_TIMEOUT),
                   McpServerConfig(name="crashy", url=crash_url), stdio("other", "echo")]

        async def main():
            async with running(configs, retry_delays=()) as (manager, registry):
                for name in ("slow", "crashy", "other"):
                    await until(manager, name, "connected")
                await check_hang(manager, registry)
                await check_crash(manager, registry)
                assert crash_url in status(manager, "crashy").message  # the process is gone: refused

        asyncio.run(main())


def test_calls_from_another_event_loop():
    """The manager lives on the app's loop; a tool may be run from a worker thread's own loop."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    registry = Registry()
    manager = McpManager([stdio("files", "echo")], registry)

    async def start():
        manager.start()
        await manager.wait_settled(10)

    try:
        asyncio.run_coroutine_threadsafe(start(), loop).result(15)
        assert status(manager, "files").state == "connected"
        assert asyncio.run(registry.get("files__echo").run({"text": "cross"})) == "cross"
    finally:
        asyncio.run_coroutine_threadsafe(manager.stop(), loop).result(15)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


def test_unreachable_servers_fail_with_a_message():
    refused = f"http://127.0.0.1:{free_port()}/mcp"  # nothing listens there
    silent = socket.socket()  # accepts connections (the kernel does) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    configs = [McpServerConfig(name="nocmd", command=["kimi-ui-no-such-command", "--flag"]),
               McpServerConfig(name="broken", command=stdio_command("no-such-kind"), env=ENV),
               McpServerConfig(name="refused", url=refused),
               McpServerConfig(name="silent", url=f"http://127.0.0.1:{silent.getsockname()[1]}/mcp",
                               connect_timeout=1.0),
               stdio("fine", "echo")]

    async def main():
        async with running(configs, retry_delays=()) as (manager, registry):
            nocmd = await until(manager, "nocmd", "failed")
            assert "command not found: kimi-ui-no-such-command" in nocmd.message
            broken = await until(manager, "broken", "failed")
            assert "closed the connection" in broken.message and "no-such-kind" in broken.message  # its stderr
            refused_status = await until(manager, "refused", "failed")
            assert refused in refused_status.message
            silent_status = await until(manager, "silent", "failed", timeout=3)
            assert "no answer to the MCP handshake within 1 s" in silent_status.message
            await until(manager, "fine", "connected")
            assert {t.source for t in registry.all()} == {"mcp:fine"}
            # a failed server's tools are simply absent; calling through a stale Tool gives a ToolError
            fine = registry.get("fine__echo")
            assert await fine.run({"text": "ok"}) == "ok"
        with pytest.raises(ToolError, match="not available"):
            await fine.run({"text": "after stop"})

    try:
        asyncio.run(main())
    finally:
        silent.close()


def test_tool_names_are_sanitised_and_unique():
    async def main():
        registry = Registry()
        async with running([stdio("odd.server", "odd")], registry) as (manager, _):
            odd = await until(manager, "odd.server", "connected")
            names = odd.tools
            assert len(names) == 4 and len(set(names)) == 4
            assert all(NAME_PATTERN.match(n) for n in names), names
            assert all(n.startswith("odd_server__") for n in names)
            assert "odd_server__do_thing_now" in names  # the first keeps the plain name
            # each name still reaches its own tool on the server
            for name in names:
                assert (await registry.get(name).run({"text": "hi"})).endswith(":hi")
            long_a = [n for n in names if (await registry.get(n).run({})) == f"{LONG_NAME_A}:"]
            long_b = [n for n in names if (await registry.get(n).run({})) == f"{LONG_NAME_B}:"]
            assert len(long_a) == 1 and len(long_b) == 1 and long_a != long_b
            assert len(long_a[0]) == 64

    asyncio.run(main())


def test_tool_name_rules():
    assert tool_name("fs", "read_file") == "fs__read_file"
    assert tool_name("my server", "do.it now") == "my_server__do_it_now"
    first = tool_name("s", "a.b")
    second = tool_name("s", "a b", taken={first})
    assert first == "s__a_b" and second != first and NAME_PATTERN.match(second)
    long = tool_name("s", "y" * 100)
    assert len(long) == 64 and NAME_PATTERN.match(long)
    assert long != tool_name("s", "y" * 99 + "z")
    assert tool_name("s", "y" * 100) == long  # stable across reconnects
    assert NAME_PATTERN.match(tool_name("ünï", "çödé"))


def test_config_needs_exactly_one_transport_and_takes_settings_objects():
    with pytest.raises(ValueError):
        McpServerConfig(name="x")
    with pytest.raises(ValueError):
        McpServerConfig(name="x", command=["a"], url="http://127.0.0.1:1/mcp")
    from kimi_ui.config import McpServerSettings

    settings = McpServerSettings(name="fs", command=["mcp-fs", "/tmp"], timeout=5)
    config = McpServerConfig.coerce(settings)
    assert config == McpServerConfig(name="fs", command=["mcp-fs", "/tmp"], timeout=5.0)
    manager = McpManager([settings, {"name": "fs", "url": "http://127.0.0.1:1/mcp"}], Registry())
    assert [(s.name, s.state) for s in manager.statuses()] == [("fs", "connecting"), ("fs", "failed")]

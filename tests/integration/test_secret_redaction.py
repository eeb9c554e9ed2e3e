"""Secrets of the configuration never reach a user, a /chat caller, the database or the log: the password
of a backend's base_url (http://user:pw@host/v1) and an API key that the backend echoes in its stream.
Real HTTP throughout: the app served by uvicorn, a small Starlette backend, gradio_client as the caller."""

from __future__ import annotations

import base64
import json
import logging
import secrets
import socket
import threading
from contextlib import contextmanager
from typing import Any, Iterator

import pytest
import uvicorn
from gradio_client import Client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from kimi_ui.config import BackendConfig
from kimi_ui.redact import MARK
from kimi_ui.storage import store
from tests.support.serving import make_settings, serve

pytestmark = pytest.mark.integration


@contextmanager
def backend_server(routes: list[Route]) -> Iterator[str]:
    """A tiny OpenAI-compatible server on loopback; yields its base URL's host:port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=routes), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
    body = {"id": "c1", "object": "chat.completion.chunk", "model": "echo-model",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(body)}\n\n"


def sse(parts: list[str]) -> StreamingResponse:
    async def body():
        for part in parts:
            yield part
        yield "data: [DONE]\n\n"

    return StreamingResponse(body(), media_type="text/event-stream")


async def models(_request: Request) -> JSONResponse:
    return JSONResponse({"object": "list", "data": [{"id": "echo-model", "object": "model"}]})


def chat(client: Client, text: str, backend: str, tools: list[str] | None = None) -> dict[str, Any]:
    return client.predict(text, None, backend, "thinking", "", tools, api_name="/chat")


def stored_rows(served: Any, conversation_id: str) -> str:
    owner = served.ctx.owner_id("local")
    with served.ctx.db.session() as session:
        rows = store.list_messages(session, owner_id=owner, conversation_id=conversation_id)
        return json.dumps([row.model_dump(mode="json") for row in rows])


def test_a_base_url_password_is_sent_but_never_shown_or_logged(tmp_path, caplog):
    password = f"pw-{secrets.token_hex(12)}"
    wanted = "Basic " + base64.b64encode(f"alice:{password}".encode()).decode()
    caplog.set_level(logging.DEBUG)

    async def completions(request: Request):
        if request.headers.get("authorization") != wanted:
            return JSONResponse({"error": {"message": "who are you?"}}, status_code=401)
        return sse([chunk({"content": "hello from behind the proxy"}), chunk({}, "stop")])

    routes = [Route("/v1/chat/completions", completions, methods=["POST"]), Route("/v1/models", models)]
    with backend_server(routes) as address:
        backends = [
            BackendConfig(name="Guarded", kind="openai", model="echo-model",
                          base_url=f"http://alice:{password}@{address}/v1"),
            BackendConfig(name="Gone", kind="openai", model="echo-model",
                          base_url=f"http://alice:{password}@127.0.0.1:{closed_port()}/v1"),
        ]
        with serve(make_settings(tmp_path, retries=0), backends) as served:
            client = Client(served.url, verbose=False)
            answered = chat(client, "hi", "Guarded")
            refused = chat(client, "hi", "Gone")
            health = [b.health.message for b in served.ctx.backends]
            client.close()
    assert answered["status"] == "done" and "behind the proxy" in answered["content"], answered  # still sent
    assert refused["error"]["code"] == "unreachable", refused
    message = refused["error"]["message"]
    assert "127.0.0.1" in message and f"alice:{MARK}@" in message, message  # says where, not with what
    for shown in (json.dumps(answered), json.dumps(refused), " ".join(health), caplog.text):
        assert password not in shown


KEY = f"sk-echo-{secrets.token_hex(16)}"  # 40 characters


def split(text: str, *cuts: int) -> list[str]:
    edges = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(edges, edges[1:])]


def first_round() -> list[str]:
    """Reasoning, answer and a tool call's arguments, each echoing the key cut in the middle of it."""
    reasoning = split(f"The key is {KEY}, said the system.", 14, 30)
    content = split(f"Your key: {KEY}!", 12, 13)
    args = split(json.dumps({"expression": "6*7", "note": KEY}), 36, 44)
    parts = [chunk({"reasoning_content": r}) for r in reasoning] + [chunk({"content": c}) for c in content]
    parts.append(chunk({"tool_calls": [{"index": 0, "id": "functions.calculator:0", "type": "function",
                                        "function": {"name": "calculator", "arguments": args[0]}}]}))
    parts += [chunk({"tool_calls": [{"index": 0, "function": {"arguments": a}}]}) for a in args[1:]]
    return parts + [chunk({}, "tool_calls")]


def second_round() -> list[str]:
    content = split(f"Done; again {KEY} and a lookalike at the end: {KEY[:6]}", 16, 33)
    return ([chunk({"reasoning_content": "Now the " + KEY[:9]}), chunk({"reasoning_content": KEY[9:] + "."})]
            + [chunk({"content": c}) for c in content] + [chunk({}, "stop")])


def test_a_key_the_backend_streams_is_redacted_wherever_it_is_cut(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("TEST_STREAM_KEY", KEY)
    caplog.set_level(logging.DEBUG)

    async def completions(request: Request):
        body = await request.json()
        answered_tool = any(m.get("role") == "tool" for m in body["messages"])
        return sse(second_round() if answered_tool else first_round())

    routes = [Route("/v1/chat/completions", completions, methods=["POST"]), Route("/v1/models", models)]
    with backend_server(routes) as address:
        backend = BackendConfig(name="Echoing server", kind="openai", model="echo-model",
                                base_url=f"http://{address}/v1", api_key_env="TEST_STREAM_KEY")
        with serve(make_settings(tmp_path, retries=0), [backend]) as served:
            client = Client(served.url, verbose=False)
            result = chat(client, "what is my key?", "Echoing server", ["calculator"])
            client.close()
            stored = stored_rows(served, result["conversation_id"])
    assert result["status"] == "done", result
    assert result["reasoning"].startswith(f"The key is {MARK}, said the system."), result["reasoning"]
    assert f"Now the {MARK}." in result["reasoning"]
    assert result["content"].startswith(f"Your key: {MARK}!"), result["content"]
    assert result["content"].endswith(f"Done; again {MARK} and a lookalike at the end: {KEY[:6]}")  # released
    (call,) = result["tool_calls"]
    assert json.loads(call["arguments"]) == {"expression": "6*7", "note": MARK}, call
    for where, text in (("the /chat answer", json.dumps(result)), ("the database", stored), ("the log", caplog.text)):
        for piece in (KEY, KEY[:20], KEY[20:]):
            assert piece not in text, f"{piece!r} reached {where}"


def test_the_authorization_header_a_backend_echoes_is_redacted(tmp_path):
    """Found by the repeat probe: the password was redacted, but not the Basic header that carries it."""
    password = f"pw-{secrets.token_hex(12)}"

    async def completions(request: Request):
        echoed = request.headers.get("authorization", "")
        return sse([chunk({"content": f"AUTH={echoed} "}), chunk({"content": "done"}), chunk({}, "stop")])

    routes = [Route("/v1/chat/completions", completions, methods=["POST"]), Route("/v1/models", models)]
    with backend_server(routes) as address:
        backends = [BackendConfig(name="Echo", kind="openai", model="echo-model",
                                  base_url=f"http://probe:{password}@{address}/v1")]
        with serve(make_settings(tmp_path, retries=0), backends) as served:
            client = Client(served.url, verbose=False)
            answered = chat(client, "hi", "Echo")
            client.close()
            stored = stored_rows(served, answered["conversation_id"])
    header = base64.b64encode(f"probe:{password}".encode()).decode()
    assert answered["status"] == "done" and "AUTH=Basic" in answered["content"], answered
    for shown in (json.dumps(answered), stored):
        assert header not in shown and password not in shown

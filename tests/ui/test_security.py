"""Security suite (issue 5) against the served app (server.build_app under uvicorn, as `python app.py`).

- The attack suite: two accounts on a 0.0.0.0-bound app. Every handler listed in /config (found
  programmatically, so a new handler is covered without touching this file) is called first as alice, who
  owns a conversation with a secret marker, an image attachment and a tool call (it must succeed for her),
  then as bob with the same arguments (and the same event data: "open:<her conversation>", "hit:...",
  her message ids for the chat's edit/retry/versions) through the REST route, the queue route and the direct /run
  route, in his own sessions, without a session and inside a session of hers: nothing of alice's may come
  back and none of her rows may change.
- Attacks the generic loop cannot express: rename/pin/archive/delete in a hijacked session of hers, search
  for her text, an import that names her file's sha256 without its bytes, the export routes; and the
  positive controls that make the negative results mean something (her own edit, retry, rename, pin,
  archive, delete and import do take effect).
- Unauthenticated requests to every route are refused, except /healthz, the login routes and static assets.
- Refusal to start on 0.0.0.0 without accounts (in-process and through the CLI), the login rate limit,
  logout, the per-user turn limit, CORS from a foreign origin, security headers, and API keys that must
  never reach a response body or a log line.
- Two regressions found by this suite: a key echoed by a backend must be masked, and the local mode
  (no accounts, 127.0.0.1) answers only to local host names (DNS rebinding).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import secrets
import socket
import subprocess
import sys
from urllib.parse import urlsplit
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import uvicorn
from gradio_client import Client, handle_file
from PIL import Image
from sqlalchemy import delete
from sqlmodel import col, select
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, WebSocketRoute

from kimi_ui import admin, auth
from kimi_ui.config import BackendConfig
from kimi_ui.server import UnsafeSetup, build_app
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.export import FORMAT_CONVERSATION, VERSION
from kimi_ui.storage.models import Attachment, Conversation, MessageRow
from kimi_ui.throttle import LoginLimiter
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, login, session_cookie
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
ALICE_PASSWORD = "alice-long-password"
BOB_PASSWORD = "bob-long-password"
CAROL_PASSWORD = "carol-long-password"
MARKER = f"ALICE-SECRET-{secrets.token_hex(6)}"  # in alice's message, title and file name
STATE = object()  # an input Gradio keeps per session: never sent through the REST route
ADD_USER_HINT = "python app.py users add"
# What a conversation row must carry for "her rows are unchanged" to cover the history features.
HISTORY_FIELDS = {"title", "title_by", "pinned", "archived", "leaf_id"}


@pytest.fixture(autouse=True, scope="module")
def _cheap_hashing():
    with cheap_hashing():
        yield


@pytest.fixture(autouse=True, scope="module")
def _no_kimi_env():
    """The developer's KIMI_UI_* variables (an admin password, a host) must not change what is tested."""
    with pytest.MonkeyPatch.context() as patch:
        for key in list(os.environ):
            if key.startswith("KIMI_UI_"):
                patch.delenv(key)
        yield


# -- the world: a 0.0.0.0-bound app, alice and bob, alice's conversation ------------------------------------
@dataclass
class World:
    served: Any
    alice: str  # session tokens
    bob: str
    conversation_id: str
    message_ids: list[str]  # her question first, then the answer
    attachment_id: str
    attachment_sha: str
    attachment: dict[str, Any]  # the attachment row (mime, size, ...): what an import file would name
    title: str
    file_name: str

    @property
    def url(self) -> str:
        return self.served.url

    def owner(self, name: str) -> str:
        return self.served.ctx.owner_id(name)


@pytest.fixture(scope="module")
def world(sim, tmp_path_factory):
    data = tmp_path_factory.mktemp("security")
    settings = make_settings(data, default_backend="Simulated vLLM", host="0.0.0.0")
    add_accounts(settings, {"alice": ALICE_PASSWORD, "bob": BOB_PASSWORD})  # before serving: accounts mode
    with serve(settings, sim_backends(sim.url)) as served:
        alice = session_cookie(served.url, "alice", ALICE_PASSWORD)
        bob = session_cookie(served.url, "bob", BOB_PASSWORD)
        file_name = f"{MARKER}-screenshot.png"
        picture = tmp_path_factory.mktemp("upload") / file_name
        Image.new("RGB", (96, 64), (200, 30, 90)).save(picture)
        client = Client(served.url, headers=cookie_header(alice), verbose=False)
        result = client.predict(f'{MARKER} what is on this screenshot?\ncall calculator {{"expression": "6*7"}}',
                                [handle_file(str(picture))], "", "thinking", "", ["calculator"], api_name="/chat")
        assert result["status"] == "done", result
        assert "images: 1 (96x64)" in result["content"] and result["tool_calls"][0]["result"] == "42"
        owner = served.ctx.owner_id("alice")
        with served.ctx.db.session() as session:
            conversation = store.get_conversation(session, owner_id=owner, conversation_id=result["conversation_id"])
            rows = store.list_messages(session, owner_id=owner, conversation_id=conversation.id)
            found = store.attachments_for(session, owner_id=owner, message_ids=[r.id for r in rows])
        (attachment,) = [a for group in found.values() for a in group]
        assert MARKER in conversation.title
        yield World(served, alice, bob, conversation.id, [r.id for r in rows], attachment.id, attachment.sha256,
                    attachment.model_dump(), conversation.title, file_name)


def rows_of(world: World, name: str) -> list[dict[str, Any]]:
    """Everything stored for a user: conversations (archived ones too), their messages (every branch) and
    attachments, field by field, and any row of another owner that points into them."""
    owner = world.owner(name)
    out: list[dict[str, Any]] = []
    with world.served.ctx.db.session() as session:
        for conversation in store.list_conversations(session, owner_id=owner, limit=10_000, archived=None):
            messages = store.list_messages(session, owner_id=owner, conversation_id=conversation.id)
            ids = [m.id for m in messages]
            attachments = store.attachments_for(session, owner_id=owner, message_ids=ids)
            foreign = session.exec(select(MessageRow.id).where(MessageRow.conversation_id == conversation.id,
                                                               MessageRow.owner_id != owner)).all()
            follow = session.exec(select(MessageRow.id).where(col(MessageRow.parent_id).in_(ids),
                                                              MessageRow.owner_id != owner)).all() if ids else []
            hooked = session.exec(select(Attachment.id).where(col(Attachment.message_id).in_(ids),
                                                              Attachment.owner_id != owner)).all() if ids else []
            shown = session.exec(select(Conversation.id).where(col(Conversation.leaf_id).in_(ids),
                                                               Conversation.owner_id != owner)).all() if ids else []
            dumped = conversation.model_dump()
            assert HISTORY_FIELDS <= set(dumped), sorted(dumped)
            assert all("parent_id" in m.model_dump() for m in messages)
            out.append({
                "conversation": dumped,
                "messages": [m.model_dump() for m in messages],
                "attachments": {k: [a.model_dump() for a in v] for k, v in sorted(attachments.items())},
                "rows of other owners": list(foreign),  # e.g. a message slipped into her conversation
                "others' messages below hers": list(follow),  # a branch grafted onto her tree
                "others' attachments on hers": list(hooked),
                "others' conversations showing hers": list(shown),
            })
    return out


def stored(world: World, name: str) -> str:
    return json.dumps(rows_of(world, name), default=str, sort_keys=True)


# -- calling handlers over HTTP ------------------------------------------------------------------------------
@dataclass
class Outcome:
    route: str
    status: int
    events: list[tuple[str, Any]] = field(default_factory=list)
    text: str = ""  # everything received, JSON decoded (no \\u escapes) so a search finds any marker

    @property
    def failed(self) -> bool:
        if self.status != 200:
            return True
        for kind, payload in self.events:
            if kind in ("error", "unexpected_error"):
                return True
            if kind == "process_completed" and not payload.get("success"):
                return True
        return False

    def final(self) -> Any:
        for kind, payload in reversed(self.events):
            if kind == "complete":
                return payload
            if kind == "process_completed":
                return (payload.get("output") or {}).get("data")
        if self.route.startswith("run/"):
            try:
                return json.loads(self.text).get("data")
            except (ValueError, AttributeError):
                return None
        return None


def _decoded(raw: str) -> str:
    try:
        return json.dumps(json.loads(raw), ensure_ascii=False)
    except ValueError:
        return raw


_CLIENTS: dict[tuple[str, str, int], httpx.Client] = {}


@contextmanager
def _http(base: str, token: str) -> Iterator[httpx.Client]:
    """One kept-alive client per user and thread: making a client (its SSL context) costs 10-40 ms, and the
    attack suite makes thousands of calls. A call's outcome never depends on the connection it used."""
    key = (base, token, threading.get_ident())
    client = _CLIENTS.get(key)
    if client is None or client.is_closed:
        client = _CLIENTS[key] = httpx.Client(base_url=f"{base}gradio_api/", headers=cookie_header(token),
                                              timeout=60)
    yield client


def call_rest(base: str, token: str, api_name: str, data: list[Any], session_hash: str | None,
              event_data: Any = None) -> Outcome:
    """POST /gradio_api/call/<api_name>, then read GET /gradio_api/call/<api_name>/<event_id> (SSE). The
    route's body has no event_data (Gradio drops it): sent anyway, so a change there is noticed."""
    body: dict[str, Any] = {"data": data}
    if session_hash:
        body["session_hash"] = session_hash
    if event_data is not None:
        body["event_data"] = event_data
    with _http(base, token) as http:
        posted = http.post(f"call/{api_name}", json=body)
        outcome = Outcome(f"call/{api_name}", posted.status_code, text=_decoded(posted.text))
        if posted.status_code != 200:
            return outcome
        with http.stream("GET", f"call/{api_name}/{posted.json()['event_id']}") as stream:
            kind = None
            for line in stream.iter_lines():
                if line.startswith("event:"):
                    kind = line.removeprefix("event:").strip()
                elif line.startswith("data:"):
                    raw = line.removeprefix("data:").strip()
                    payload = json.loads(raw) if raw else None
                    outcome.events.append((kind or "", payload))
                    outcome.text += "\n" + json.dumps(payload, ensure_ascii=False)
                    if kind in ("complete", "error"):
                        break
    return outcome


def call_queue(base: str, token: str, fn_index: int, data: list[Any], session_hash: str, event_data: Any = None,
               trigger_id: int | None = None) -> Outcome:
    """POST /gradio_api/queue/join with a fn_index (and event data, as the page sends a click's or an
    edit's), then read GET /gradio_api/queue/data (SSE)."""
    with _http(base, token) as http:
        posted = http.post("queue/join", json={"data": data, "fn_index": fn_index, "session_hash": session_hash,
                                               "event_data": event_data, "trigger_id": trigger_id})
        outcome = Outcome(f"queue/join fn_index={fn_index}", posted.status_code, text=_decoded(posted.text))
        if posted.status_code != 200:
            return outcome
        event_id = posted.json()["event_id"]
        with http.stream("GET", "queue/data", params={"session_hash": session_hash}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line.removeprefix("data:"))
                outcome.events.append((message.get("msg", ""), message))
                outcome.text += "\n" + json.dumps(message, ensure_ascii=False)
                if message.get("msg") == "process_completed" and message.get("event_id") == event_id:
                    break
                if message.get("msg") in ("close_stream", "unexpected_error"):
                    break
    return outcome


def call_run(base: str, token: str, api_name: str, data: list[Any], session_hash: str | None, event_data: Any = None,
             trigger_id: int | None = None) -> Outcome:
    """POST /gradio_api/run/<api_name>: the direct (not queued) REST route; its body takes event data."""
    with _http(base, token) as http:
        posted = http.post(f"run/{api_name}", json={"data": data, "session_hash": session_hash,
                                                    "event_data": event_data, "trigger_id": trigger_id})
    return Outcome(f"run/{api_name}", posted.status_code, text=_decoded(posted.text))


@dataclass(frozen=True)
class Upload:
    """A file argument (the import button's): uploaded afresh, by the caller, for every call (the import
    handler deletes the upload it read)."""

    name: str
    content: bytes


def upload(base: str, token: str, item: Upload) -> dict[str, Any]:
    with _http(base, token) as http:
        posted = http.post("upload", files=[("files", (item.name, item.content, "application/json"))])
    assert posted.status_code == 200, posted.text[:500]
    (path,) = posted.json()
    return {"path": path, "orig_name": item.name, "size": len(item.content), "mime_type": "application/json",
            "meta": {"_type": "gradio.FileData"}}


def wired(args: list[Any], base: str, token: str, rest: bool) -> list[Any]:
    """The call's data: State inputs left out (REST: Gradio fills them from the session) or None (as the
    browser sends them), files uploaded by the caller."""
    out = []
    for arg in args:
        if arg is STATE:
            if not rest:
                out.append(None)
        elif isinstance(arg, Upload):
            out.append(upload(base, token, arg))
        else:
            out.append(arg)
    return out


# -- the handlers, from /config -------------------------------------------------------------------------------
@dataclass
class Handler:
    fn_index: int
    api_name: str
    inputs: list[dict[str, Any]]  # the input components' configs (type, props, id)
    outputs: list[dict[str, Any]]
    parameters: list[dict[str, Any]] | None  # /gradio_api/info's parameters, for gr.api() endpoints
    trigger: dict[str, Any] | None = None  # the component whose event runs it (None: load, .then(), gr.api)
    event: str = ""  # that event's name: click, edit, retry, ...
    collects_event_data: bool = False  # takes gr.EventData (a click's action, an edit's index)

    @property
    def needs_session(self) -> bool:
        """Reads a gr.State: the value lives on the server per session_hash and cannot be sent in a call."""
        return any(c["type"] == "state" for c in self.inputs)

    @property
    def sets_session(self) -> bool:
        return any(c["type"] == "state" for c in self.outputs)

    @property
    def trigger_id(self) -> int | None:
        return self.trigger["id"] if self.trigger else None

    @property
    def trigger_type(self) -> str:
        return self.trigger["type"] if self.trigger else ""

    def describe(self) -> str:
        via = f" on {self.trigger_type}.{self.event}" if self.collects_event_data else ""
        return f"fn_index={self.fn_index} /{self.api_name}({', '.join(c['type'] for c in self.inputs)}){via}"


def handlers_from_config(config: dict[str, Any], info: dict[str, Any]) -> tuple[list[Handler], list[dict]]:
    """Every dependency with a Python function (the attack surface), and those without one."""
    components = {c["id"]: c for c in config["components"]}
    handlers, frontend_only = [], []
    for dep in config["dependencies"]:
        if not dep.get("backend_fn"):
            frontend_only.append(dep)
            continue
        endpoint = info["named_endpoints"].get(f"/{dep['api_name']}")
        target, event = (dep.get("targets") or [[None, ""]])[0]
        handlers.append(Handler(dep["id"], dep["api_name"], [components[i] for i in dep["inputs"]],
                                [components[i] for i in dep["outputs"]],
                                endpoint["parameters"] if endpoint else None,
                                components.get(target) if target is not None else None, event,
                                bool(dep.get("collects_event_data"))))
    return handlers, frontend_only


def handlers_of(world: World) -> list[Handler]:
    with httpx.Client(base_url=world.url, headers=cookie_header(world.alice), timeout=30) as http:
        config = http.get("config").json()
        info = http.get("gradio_api/info", params={"all_endpoints": "true"}).json()
    return handlers_from_config(config, info)[0]


def named(handlers: list[Handler], api_name: str) -> Handler:
    (found,) = [h for h in handlers if h.api_name == api_name]
    return found


def _values(choices: Any) -> list[Any]:
    return [c[1] if isinstance(c, (list, tuple)) else c for c in choices or []]


NUMERIC_HINT = re.compile(r"\d")
GRADIO_CHOICE_CHECK = "is not in the list of choices"  # Gradio's own refusal of a value outside a Radio's choices


def import_file_for(world: World, value: str, title: str | None = None, data: str | None = None) -> bytes:
    """A kimi-ui conversation export whose only message names alice's picture by its sha256, without the
    bytes (or with `data` that is not them); the id under attack stands for every id in the file."""
    mine = world.attachment
    picture = {key: mine[key] for key in ("kind", "sha256", "mime", "width", "height", "byte_size")}
    picture.update(id=value, name="probe.png", label="", position=0)
    if data is not None:
        picture["data"] = data
    return json.dumps({
        "format": FORMAT_CONVERSATION, "version": VERSION,
        "conversation": {"id": value, "title": title or f"import probe {value}", "leaf_id": value},
        "messages": [{"id": value, "parent_id": None, "seq": 1, "role": "user",
                      "content": f"import probe {value}", "attachments": [picture]}],
    }).encode()


def arguments(handler: Handler, value: str, choices: dict[int, list[Any]], conversation_id: str,
              world: World) -> list[Any]:
    """One argument per input component, from its type. `value` is the id under attack; `choices` are the
    choice lists Gradio validates against in the caller's session (a value outside them is refused)."""
    if handler.parameters is not None:  # gr.api(): typed parameters instead of components
        out = []
        for parameter in handler.parameters:
            name = parameter["parameter_name"]
            if name.endswith("_id"):
                out.append(value)
            elif parameter["parameter_has_default"]:
                out.append(parameter["parameter_default"])
            else:
                out.append(f"owner probe {value} #sim tokens=5")
        return out
    out = []
    for component in handler.inputs:
        kind, props = component["type"], component.get("props", {})
        if kind == "state":
            out.append(STATE)
        elif kind == "multimodaltextbox":
            out.append({"text": f"owner probe {value} #sim tokens=5", "files": []})
        elif kind in ("radio", "dropdown"):
            allowed = choices.get(component["id"]) or _values(props.get("choices"))
            out.append(conversation_id if conversation_id in allowed else value if value in allowed
                       else (allowed[0] if allowed else value))
        elif kind == "checkboxgroup":
            out.append([])
        elif kind == "checkbox":
            out.append(True)  # the "Archived" switch: the other list, where a foreign row would show
        elif kind == "uploadbutton":
            out.append(Upload(f"probe-{value[:12]}.json", import_file_for(world, value)))
        elif kind == "html":
            out.append(f'<a href="#kimi:open:{value}">{value}</a>')
        elif kind == "textbox":
            # the numeric "advanced" fields (placeholder "0.95", ...) take "" for the default
            out.append("" if NUMERIC_HINT.search(str(props.get("placeholder") or "")) else value)
        else:
            pytest.fail(f"{handler.describe()}: no argument rule for a {kind!r} input; add one to arguments()")
    return out


def event_data_for(handler: Handler, kind: str, value: str, world: World) -> list[Any]:
    """The event data the page would send with the handler's trigger, aimed at alice's ids. None: the
    handler takes no event data."""
    if not handler.collects_event_data:
        return [None]
    trigger = (handler.trigger_type, handler.event)
    if handler.api_name == "queued_action":  # the queue box under the chat: remove one, or send them
        return [{"action": f"remove:{value}"}, {"action": "resume"}]
    if trigger == ("html", "click"):  # the `#kimi:<action>` link bridge of the sidebar list
        conversation, question = world.conversation_id, world.message_ids[0]
        actions = {
            "conversation": [f"open:{value}", f"hit:{value}:", f"hit:{value}:{question}", "earlier", "more",
                             f"visit:/c/{value}"],
            "message": [f"hit:{conversation}:{value}", f"branch:{value}:1", f"branch:{value}:-1", f"open:{value}"],
            "attachment": [f"open:{value}", f"hit:{conversation}:{value}", f"branch:{value}:1"],
        }[kind]
        return [{"action": action} for action in actions]
    if handler.trigger_type == "chatview":  # the conversation view's actions name a message by its id
        named = world.message_ids if kind == "message" else [value]  # her question and her answer
        return [{"id": one, "text": f"owner probe {one} #sim tokens=5", "step": step}
                for one in named for step in (1, -1)]
    pytest.fail(f"{handler.describe()}: no event-data rule for {trigger}; add one to event_data_for()")


def takes_ids(handler: Handler) -> bool:
    """Whether an id can be put into the call itself (free text, typed parameters, a click's action), so
    each of alice's ids is tried; otherwise the session's State aims it at her conversation."""
    return (handler.parameters is not None or any(c["type"] in ("textbox", "uploadbutton") for c in handler.inputs)
            or (handler.collects_event_data and handler.trigger_type in ("html", "chatview")))


def choices_from(handler: Handler, outcome: Outcome) -> dict[int, list[Any]]:
    found = {}
    data = outcome.final() or []
    for component, value in zip(handler.outputs, data):
        if isinstance(value, dict) and "choices" in value:
            found[component["id"]] = _values(value["choices"])
    return found


ROUTES = ("rest", "queue", "run")


class Session:
    """A Gradio session (session_hash) driven by one user's cookie."""

    def __init__(self, world: World, handlers: list[Handler], token: str, session_hash: str | None = None):
        self.world, self.handlers, self.token = world, handlers, token
        self.hash = session_hash or f"s{secrets.token_hex(8)}"
        self.choices: dict[int, list[Any]] = {}

    def call(self, handler: Handler, args: list[Any], event_data: Any = None, route: str | None = None,
             session_hash: str | None | bool = True) -> Outcome:
        """One call; by default as the page makes it (REST, or the queue where there is event data)."""
        route = route or ("queue" if event_data is not None else "rest")
        base, token = self.world.url, self.token
        sh = self.hash if session_hash is True else session_hash or None
        if route == "rest":
            return call_rest(base, token, handler.api_name, wired(args, base, token, True), sh, event_data)
        data = wired(args, base, token, False)
        if route == "queue":
            return call_queue(base, token, handler.fn_index, data, sh, event_data, handler.trigger_id)
        return call_run(base, token, handler.api_name, data, sh, event_data, handler.trigger_id)

    def open_page(self) -> None:
        """What the browser does on load: every handler without inputs (load, and the like)."""
        for handler in self.handlers:
            if not handler.inputs:
                outcome = self.call(handler, [])
                assert not outcome.failed, (handler.describe(), outcome.text[:2000])
                self.choices.update(choices_from(handler, outcome))

    def select(self, conversation_id: str) -> Outcome:
        """Open a conversation the way the page does: a click on its `#kimi:open:<id>` link in the sidebar
        becomes the list's click event with {"action": "open:<id>"}, which sets the session's State."""
        primer = primer_of(self.handlers)
        outcome = self.call(primer, arguments(primer, conversation_id, self.choices, conversation_id, self.world),
                            event_data={"action": f"open:{conversation_id}"})
        self.choices.update(choices_from(primer, outcome))
        return outcome


def primer_of(handlers: list[Handler]) -> Handler:
    """The handler that opens a conversation into the session: the sidebar list's click, with event data."""
    found = [h for h in handlers if h.sets_session and h.collects_event_data and h.trigger_type == "html"
             and h.api_name == "action"]  # (not `visiting`, Back/Forward's: it opens by address)
    assert len(found) == 1, [h.describe() for h in handlers]
    return found[0]


def leaks(world: World, outcome: Outcome) -> list[str]:
    """What of alice's is in a response bob got. Her ids may come back as bob sent them; her attachment as a
    URL, her marker (in her text, title and file name) and her full title may not."""
    text = outcome.text
    found = [s for s in (MARKER, world.title, world.file_name, f"attachments/{world.attachment_id}") if s in text]
    return found


def chat_of(outcome: Outcome) -> list[dict[str, Any]]:
    """The chat's messages among a call's outputs (the conversation view's value)."""
    for value in outcome.final() or []:
        if isinstance(value, dict) and isinstance(value.get("messages"), list):
            return value["messages"]
    return []


def new_conversation(world: World, token: str, text: str) -> str:
    """A conversation made through the /chat API (as a script would)."""
    outcome = call_rest(world.url, token, "chat", [text, None, "", "instant", "", None], None)
    result = outcome.final()[0]
    assert result["status"] == "done", outcome.text[:2000]
    return result["conversation_id"]


def cut_conversation(world: World, token: str) -> tuple[str, str]:
    """A conversation whose answer stopped at the token limit (Continue goes on with it): its id and the answer's."""
    outcome = call_rest(world.url, token, "chat", ["a cut answer #sim tokens=40 finish=length", None, "", "instant",
                                                   "", None], None)
    result = outcome.final()[0]
    assert result["status"] == "length", outcome.text[:2000]
    return result["conversation_id"], result["message_id"]


def conversation_row(world: World, name: str, conversation_id: str) -> Conversation | None:
    with world.served.ctx.db.session() as session:
        return store.get_conversation(session, owner_id=world.owner(name), conversation_id=conversation_id)


def messages_of(world: World, name: str, conversation_id: str) -> list[MessageRow]:
    with world.served.ctx.db.session() as session:
        return store.list_messages(session, owner_id=world.owner(name), conversation_id=conversation_id)


KEPT = ("title", "title_by", "pinned", "archived", "leaf_id", "system_prompt", "tools", "mode", "backend")
# Owner calls that would end the world if aimed at her conversation: alice makes them on a spare one.
DESTRUCTIVE = {"delete"}
# Owner calls on an answer that stopped before its end: alice makes them on a spare chat with a cut answer.
GOES_ON = {"continue_answer"}
# Owner calls that must change her stored rows (so bob's same call changing nothing means something).
MUTATORS = {"rename", "toggle_pin", "toggle_archive", "delete", "edit", "retry", "import_file", "send",
            "continue_answer", "save_system_prompt", "save_tools", "chat"}


@pytest.mark.timeout(360)  # ~1,500 calls, about a minute on an idle machine: room for a busy one
def test_attack_suite_every_handler_as_the_other_user(world):
    with httpx.Client(base_url=world.url, headers=cookie_header(world.alice), timeout=30) as http:
        config = http.get("config").json()
        info = http.get("gradio_api/info", params={"all_endpoints": "true"}).json()
    handlers, frontend_only = handlers_from_config(config, info)
    names = {h.api_name for h in handlers}
    # The surface as of writing; a new handler is attacked automatically, this only guards the enumeration.
    assert {"load", "new_chat", "action", "search_results", "show_archived", "import_file", "rename", "toggle_pin",
            "toggle_archive", "delete", "send", "continue_answer", "edit", "retry", "save_system_prompt",
            "save_tools", "after_turn", "after_stop", "chat"} <= names, names
    # Without a Python function (the Stop button's cancel, the list's link script): nothing runs on the server.
    assert all(not dep.get("backend_fn") for dep in frontend_only)
    # Handlers that take event data: the list's click ({"action": ...}), Back/Forward's visit and the chat's edit, retry and version
    # switch ({"id": ..., "text": ..., "step": ...}). The REST /call route drops event data; the queue and /run routes pass it on.
    with_events = {h.api_name: (h.trigger_type, h.event) for h in handlers if h.collects_event_data}
    assert with_events == {"action": ("html", "click"), "edit": ("chatview", "edit"),
                           "continue_answer": ("chatview", "resume"),
                           "retry": ("chatview", "retry"), "switch_version": ("chatview", "version"),
                           "queued_action": ("html", "click"),
                           "remove_attachment": ("html", "click"), "visiting": ("html", "click"),
                           # the settings dialog's session "End" and key "Revoke" buttons (issue 19)
                           "session_action": ("html", "click"), "key_action": ("html", "click")}, with_events
    # Handlers that need a session: the open conversation (and the message id behind each chat item) is a
    # gr.State kept on the server per session_hash, never an argument of the call. load, new_chat, action,
    # delete, show_archived, import_file and the turns set it; the turns, edit/retry (index -> message id),
    # rename, pin, archive, delete, after_turn, save_* read it. Only a session that has opened a conversation
    # can aim them at it, so bob also attacks inside a session of alice's (as if its session_hash had leaked)
    # below. All others (refresh_backends, tool_status, backend_controls, estimate_uploads, search_results,
    # the quick-prompt partials, /chat) take everything from their arguments.
    session_bound = sorted(h.api_name for h in handlers if h.needs_session)
    assert {"action", "new_chat", "show_archived", "import_file", "rename", "toggle_pin", "toggle_archive",
            "delete", "send", "continue_answer", "edit", "retry", "save_system_prompt", "save_tools", "after_turn",
            "after_stop"} <= set(session_bound), session_bound

    ids = {"conversation": world.conversation_id, "message": world.message_ids[0], "attachment": world.attachment_id}
    conversation = world.conversation_id
    kept = {key: getattr(conversation_row(world, "alice", conversation), key) for key in KEPT}

    def as_it_was() -> None:
        """Her conversation's title, pin, archive, settings and branch shown as they were (what her own calls
        changed): each owner call starts from it, and so do bob's."""
        with world.served.ctx.db.session() as session:
            store.update_conversation(session, owner_id=world.owner("alice"), conversation_id=conversation,
                                      touch=False, **kept)

    # (a) alice, in her own session with her conversation open: every call succeeds (as the page makes it:
    # REST, or the queue where there is event data). Each of her ids is tried for edit, retry and versions.
    alice = Session(world, handlers, world.alice)
    alice.open_page()
    opened = alice.select(conversation)
    assert not opened.failed and MARKER in opened.text, opened.text[:2000]
    plan: list[tuple[Handler, str, list[Any], Any]] = []
    revealed: set[str] = set()
    changed: set[str] = set()
    for handler in handlers:
        for kind, value in ids.items() if takes_ids(handler) else [("conversation", conversation)]:
            args = arguments(handler, value, alice.choices, conversation, world)
            spare = cut_conversation(world, world.alice) if handler.api_name in GOES_ON else None
            for event_data in event_data_for(handler, kind, value, world) if spare is None else [{"id": spare[1]}]:
                label = kind if event_data is None else f"{kind} id, event data {json.dumps(event_data)}"
                as_it_was()
                if handler.needs_session:
                    target = conversation if spare is None else spare[0]
                    if handler.api_name in DESTRUCTIVE:
                        target = new_conversation(world, world.alice, "a spare chat of alice's #sim tokens=3")
                    assert not alice.select(target).failed
                rows = stored(world, "alice")
                outcome = alice.call(handler, args, event_data)
                assert not outcome.failed, f"as the owner: {handler.describe()} [{label}]: {outcome.text[:2000]}"
                if handler.api_name == "chat" and kind == "conversation":
                    assert outcome.final()[0]["status"] == "done", outcome.text[:2000]
                if MARKER in outcome.text or f"attachments/{world.attachment_id}" in outcome.text:
                    revealed.add(handler.api_name)
                if stored(world, "alice") != rows:
                    changed.add(handler.api_name)
                plan.append((handler, label, args, event_data))
    # Her edits and retries made versions of her question and answer: a search hit on, and a switch from, each
    # of them (as her own "‹ i/n ›" links and search results name them) must move her branch shown, for her.
    # The switch names a message the page shows: the hit shows it first.
    primer, switch, moved = primer_of(handlers), named(handlers, "switch_version"), 0
    versions = [m.id for m in messages_of(world, "alice", conversation) if m.parent_id in (None, world.message_ids[0])]
    assert len(versions) > 3, versions
    for message_id in versions:
        for handler, event_data in ((primer, {"action": f"hit:{conversation}:{message_id}"}),
                                    (switch, {"id": message_id, "step": 1}), (switch, {"id": message_id, "step": -1})):
            if handler is primer:
                as_it_was()
                assert not alice.select(conversation).failed
            rows = stored(world, "alice")
            outcome = alice.call(handler, [STATE], event_data)
            assert not outcome.failed, f"as the owner: {event_data}: {outcome.text[:2000]}"
            moved += stored(world, "alice") != rows
            plan.append((handler, f"message id, event data {json.dumps(event_data)}", [STATE], event_data))
    assert moved >= len(versions), f"only {moved} of her hits and switches changed the branch shown"
    # her data does come back to her, and the same calls do change her rows, so their absence below means something
    assert {"action", "after_turn"} <= revealed, revealed
    assert MUTATORS <= changed, f"these owner calls changed nothing: {sorted(MUTATORS - changed)}"
    # Her conversation as it was (title, pin, archive, the branch shown with her marker and picture), with the
    # versions her edits and retries added: so "branch:<her question>:±1" has somewhere to go.
    as_it_was()
    tree = [m for m in messages_of(world, "alice", conversation) if m.parent_id == world.message_ids[0]]
    assert len([m for m in messages_of(world, "alice", conversation) if m.parent_id is None]) > 1  # edits
    assert len(tree) > 1  # retries
    before = rows_of(world, "alice")
    assert before and any(MARKER in json.dumps(r, default=str) for r in before)

    # (b) bob, with the very same arguments and event data. His own sessions (several, worked through in
    # parallel: a Gradio session's messages go to one reader at a time) and no session at all...
    findings: list[str] = []
    calls: list[str] = []
    stopped_by_gradio: list[str] = []  # in alice's session, her ids must get past Gradio to the app's checks

    def note(handler: Handler, label: str, route: str, outcome: Outcome) -> None:
        calls.append(route)
        found = leaks(world, outcome)
        if found:
            findings.append(f"{handler.describe()} [{label}] via {route} ({outcome.route}): {found}\n"
                            f"    {outcome.text[:600]}")

    def as_bob(items: list[tuple[Handler, str, list[Any], Any]]) -> None:
        bob = Session(world, handlers, world.bob)
        bob.open_page()
        tried = bob.select(conversation)  # "open:<her conversation>" in his session
        assert not leaks(world, tried) and not chat_of(tried), tried.text[:2000]
        for handler, label, args, event_data in items:
            note(handler, label, "REST, bob's session", bob.call(handler, args, event_data, "rest"))
            note(handler, label, "REST, no session", bob.call(handler, args, event_data, "rest", session_hash=None))
            note(handler, label, "queue, bob's session", bob.call(handler, args, event_data, "queue"))
            note(handler, label, "run, bob's session", bob.call(handler, args, event_data, "run"))

    def in_alices_session(items: list[tuple[Handler, str, list[Any], Any]]) -> None:
        """...and in a session of alice's (as if its session_hash had leaked), where her conversation is open:
        the State-bound handlers are aimed at it (edit/retry name her messages shown in the session's view)
        and her ids pass Gradio's choice checks."""
        tab = Session(world, handlers, world.alice)  # one more browser tab of hers
        tab.open_page()
        hijacked = Session(world, handlers, world.bob, session_hash=tab.hash)
        dirty = True
        for handler, label, args, event_data in items:
            for route in ("rest", "queue"):
                if dirty:  # a call may have changed the session's State: open hers again
                    reopened = tab.select(conversation)
                    assert not reopened.failed and MARKER in reopened.text, reopened.text[:2000]
                outcome = hijacked.call(handler, args, event_data, route)
                note(handler, label, f"{route}, alice's session_hash", outcome)
                if GRADIO_CHOICE_CHECK in outcome.text:
                    stopped_by_gradio.append(f"{handler.describe()} [{label}] via {route}")
                dirty = handler.sets_session

    workers = 6
    with ThreadPoolExecutor(2 * workers) as pool:
        running = [pool.submit(job, plan[i::workers]) for i in range(workers) for job in (as_bob, in_alices_session)]
        for future in running:
            future.result()
    assert not findings, "bob got alice's data:\n" + "\n".join(findings)
    assert not stopped_by_gradio, "never reached the handler, so its own check went untested:\n" + "\n".join(
        stopped_by_gradio)
    assert len(calls) == 6 * len(plan)

    # nothing of alice's changed, and nothing of hers was copied to bob
    assert rows_of(world, "alice") == before
    bobs = stored(world, "bob")
    assert MARKER not in bobs and world.attachment_sha not in bobs


# The admin view's handlers (issue 19, kimi_ui/ui/admin_view.py) and the account and key handlers of the
# settings dialog (kimi_ui/ui/account_panel.py). The attack suite above calls them all as alice and bob
# (neither an admin); here each is aimed at another user on purpose, with a positive control by an admin.
ADMIN_CALLS = {
    "admin_disable": ["alice"], "admin_enable": ["alice"], "admin_reset": ["alice"], "admin_make_admin": ["bob"],
    "admin_unmake_admin": ["root"], "admin_unlock": ["alice"], "admin_add": ["mallory", True],
    "admin_budgets": ["alice", "1", "1"],
}


def accounts_now(world: World) -> dict[str, tuple]:
    with world.served.ctx.db.session(read_only=True) as session:
        return {u.name: (u.is_admin, u.disabled, u.password_hash, u.must_change_password, u.day_tokens,
                         u.month_tokens) for u in auth.list_users(session)}


def test_admin_handlers_give_a_non_admin_nothing_and_change_nothing(world):
    from kimi_ui import keys as api_keys
    from kimi_ui.storage.models import LoginThrottle, User, UserSession
    from kimi_ui.storage.team_model import UsageDay

    with world.served.ctx.db.session() as session:
        root = auth.create_user(session, name="root", password="root-long-password", admin=True)
        session.add(UsageDay(owner_id=root.id, day=auth.utcnow().date(), backend="Simulated vLLM", tokens=4242))
        session.add(LoginThrottle(address="203.0.113.9", name="alice", failures=9,
                                  blocked_until=auth.utcnow() + timedelta(minutes=5)))
        alice_id = auth.get_user(session, name="alice").id
        key, secret = api_keys.create_key(session, user_id=alice_id, name="alice's script")
        session.commit()
    root_token = session_cookie(world.url, "root", "root-long-password")
    alice_extra = session_cookie(world.url, "alice", ALICE_PASSWORD)  # a session of hers bob aims at
    try:
        handlers = {h.api_name: h for h in handlers_of(world)}
        admin_names = {name for name in handlers if name.startswith("admin_")}
        assert set(ADMIN_CALLS) | {"admin_open", "admin_button"} <= admin_names, sorted(admin_names)
        before = accounts_now(world)
        with world.served.ctx.db.session(read_only=True) as session:
            sessions_before = sorted(r.id for r in session.exec(select(UserSession).where(
                UserSession.user_id == alice_id)))
            alice_keys = [admin.session_key(i) for i in sessions_before]
        bob = Session(world, list(handlers.values()), world.bob)
        bob.open_page()
        for name in sorted(admin_names):
            args = ADMIN_CALLS.get(name, [])
            for route in ROUTES:
                outcome = bob.call(handlers[name], list(args), route=route)
                assert not outcome.failed, (name, route, outcome.text[:500])
                for secret_text in ("kimi-admin-table", "4,242", "Temporary password", "temporary password",
                                    "root", "Simulated vLLM"):
                    assert secret_text not in outcome.text.replace('"admin_', ""), (name, route, secret_text,
                                                                                   outcome.text[:800])
                if name == "admin_button":
                    assert '"visible": true' not in outcome.text and '"visible":true' not in outcome.text
        assert accounts_now(world) == before
        with world.served.ctx.db.session(read_only=True) as session:
            assert session.exec(select(LoginThrottle).where(LoginThrottle.name == "alice")).all()
            assert auth.get_user(session, name="mallory") is None
        # bob's account handlers aimed at alice's sessions and key: none ends, none is revoked
        for action in [f"end:{k}" for k in alice_keys] + [f"revoke:{key.id}"]:
            for api_name in ("session_action", "key_action"):
                for route in ("queue", "run"):
                    outcome = bob.call(handlers[api_name], [], {"action": action}, route)
                    assert not outcome.failed and secret[:12] not in outcome.text, outcome.text[:500]
        for api_name in ("end_other_sessions", "change_password", "create_key"):
            assert api_name in handlers
        with world.served.ctx.db.session(read_only=True) as session:
            assert sorted(r.id for r in session.exec(select(UserSession).where(
                UserSession.user_id == alice_id))) == sessions_before
            assert api_keys.resolve_key(session, secret=secret, write=False) is not None
        # the positive control: root, an admin, through the same routes, does get the view and does act
        boss = Session(world, list(handlers.values()), root_token)
        boss.open_page()
        opened = boss.call(handlers["admin_open"], [], route="rest")
        assert "kimi-admin-table" in opened.text and "4,242" in opened.text, opened.text[:800]
        made = boss.call(handlers["admin_make_admin"], ["bob"], route="queue")
        assert "now an admin" in made.text, made.text[:800]
        assert accounts_now(world)["bob"][0] is True
        unmade = boss.call(handlers["admin_unmake_admin"], ["bob"], route="run")
        assert "no longer an admin" in unmade.text and accounts_now(world)["bob"][0] is False
        budgets = boss.call(handlers["admin_budgets"], ["bob", "12,000", ""], route="queue")
        assert "12,000 a day, default a month" in budgets.text and accounts_now(world)["bob"][4:] == (12_000, None)
        boss.call(handlers["admin_budgets"], ["bob", "", ""], route="queue")
        assert accounts_now(world)["bob"][4:] == (None, None)
    finally:
        with world.served.ctx.db.session() as session:
            session.exec(delete(LoginThrottle).where(col(LoginThrottle.name) == "alice"))
            api_keys.revoke_all(session, user_id=alice_id)
            row = session.get(User, auth.get_user(session, name="root").id)
            row.is_admin, row.disabled = False, True
            session.add(row)
            session.commit()
        assert alice_extra


def test_foreign_attachment_and_tool_log_answer_like_missing_ones(world):
    def get(token: str, path: str) -> httpx.Response:
        return httpx.get(world.url + path, headers=cookie_header(token), timeout=15)

    owned = get(world.alice, f"attachments/{world.attachment_id}")
    assert owned.status_code == 200 and owned.headers["content-type"].startswith("image/")
    log = get(world.alice, f"tool-log/{world.conversation_id}.json")
    assert log.status_code == 200 and log.json()["tool_calls"][0]["tool"] == "calculator"

    random_id = secrets.token_hex(16)
    for path, missing in [
        (f"attachments/{world.attachment_id}", f"attachments/{random_id}"),
        (f"tool-log/{world.conversation_id}.json", f"tool-log/{random_id}.json"),
        (f"attachments/{world.message_ids[0]}", f"attachments/{random_id}"),
        (f"tool-log/{world.message_ids[0]}.json", f"tool-log/{random_id}.json"),
    ]:
        foreign, absent = get(world.bob, path), get(world.bob, missing)
        assert foreign.status_code == absent.status_code == 404, (path, foreign.status_code, foreign.text)
        assert foreign.content == absent.content
        assert foreign.headers.get("content-type") == absent.headers.get("content-type")
        assert MARKER not in foreign.text


def test_a_swarm_and_its_agents_stay_their_owners(world):
    """Swarm mode adds no route or handler: its agents live in the answer. Bob gets nothing of Alice's swarm
    through the script API, the tool log or the exports, and no swarm of his runs in her conversation."""
    secret = f"{MARKER}-AGENTS"
    alice = Client(world.url, headers=cookie_header(world.alice), verbose=False)
    result = alice.predict(f"{secret} #sim swarm=2\nTwo parts", None, "", "swarm", "", None, api_name="/chat")
    assert result["status"] == "done" and len(result["agents"]) == 2 and secret in result["agents"][0]["content"]
    cid, mid = result["conversation_id"], result["message_id"]
    bob = Client(world.url, headers=cookie_header(world.bob), verbose=False)
    attached = bob.predict(mid, api_name="/attach")
    assert attached["error"]["code"] == "unknown_message" and attached["agents"] == []
    assert bob.predict(mid, api_name="/stop") == {"stopped": False}
    went_on = bob.predict(mid, "", "swarm", api_name="/continue")
    assert went_on["error"]["code"] == "unknown_message"
    hijack = bob.predict("#sim swarm=2\nmine now", None, "", "swarm", cid, None, api_name="/chat")
    assert hijack["error"]["code"] == "unknown_conversation" and hijack["agents"] == []
    for path in (f"tool-log/{cid}.json", f"export/{cid}.json", f"export/{cid}.md"):
        foreign = httpx.get(world.url + path, headers=cookie_header(world.bob), timeout=15)
        assert foreign.status_code == 404 and secret not in foreign.text
    log = httpx.get(world.url + f"tool-log/{cid}.json", headers=cookie_header(world.alice), timeout=15).json()
    assert [e["agent"]["title"] for e in log["tool_calls"] if e["agent"]] == ["Part 1 of the question",
                                                                             "Part 2 of the question"]
    with world.served.ctx.db.session() as session:  # Bob's tries wrote nothing anywhere
        assert store.list_messages(session, owner_id=world.owner("alice"), conversation_id=cid)[-1].id == mid
        assert not any(secret in (m.content or "") for c in store.list_conversations(session, owner_id=world.owner("bob"))
                       for m in store.list_messages(session, owner_id=world.owner("bob"), conversation_id=c.id))


# -- the history features, one attack at a time ----------------------------------------------------------------
def test_export_routes_answer_like_missing_ones_for_others(world):
    def get(token: str, path: str) -> httpx.Response:
        return httpx.get(world.url + path, headers=cookie_header(token), timeout=30)

    conversation = world.conversation_id
    # her own: the conversation with its picture embedded, as Markdown, and inside "all"
    mine = get(world.alice, f"export/{conversation}.json")
    assert mine.status_code == 200 and MARKER in mine.text, mine.text[:500]
    assert world.attachment_sha in mine.text and '"data"' in mine.text
    assert "attachment" in mine.headers.get("content-disposition", "")
    markdown = get(world.alice, f"export/{conversation}.md")
    assert markdown.status_code == 200 and MARKER in markdown.text
    everything = get(world.alice, "export/all.json")
    assert everything.status_code == 200 and MARKER in everything.text and conversation in everything.text

    random_id = secrets.token_hex(16)
    for path, missing in [
        (f"export/{conversation}.json", f"export/{random_id}.json"),
        (f"export/{conversation}.md", f"export/{random_id}.md"),
        (f"export/{conversation}.json?embed=true", f"export/{random_id}.json?embed=true"),
        (f"export/{world.message_ids[0]}.json", f"export/{random_id}.json"),
        (f"export/{world.attachment_id}.md", f"export/{random_id}.md"),
        (f"export/{conversation.upper()}.json", f"export/{random_id}.json"),
    ]:
        foreign, absent = get(world.bob, path), get(world.bob, missing)
        assert foreign.status_code == absent.status_code == 404, (path, foreign.status_code, foreign.text[:300])
        assert foreign.content == absent.content
        assert foreign.headers.get("content-type") == absent.headers.get("content-type")
        assert "content-disposition" not in foreign.headers
        assert MARKER not in foreign.text
    for path in ("export/all.json", "export/all.json?embed=true", "export/all.json?embed=1"):
        his = get(world.bob, path)
        assert his.status_code == 200, (path, his.status_code)
        # his own conversations only (his probes in other tests may quote her ids as text: compare ids)
        exported = his.json()
        assert MARKER not in his.text and world.attachment_sha not in his.text, path
        theirs = {conversation, *world.message_ids, world.attachment_id}
        for item in exported["conversations"]:
            assert item["conversation"]["id"] not in theirs, path
            assert conversation_row(world, "bob", item["conversation"]["id"]) is not None, path
            for message in item["messages"]:
                assert message["id"] not in theirs and message["parent_id"] not in theirs, path
                assert all(a["id"] not in theirs for a in message["attachments"]), path
    # and without a login: the login page, never the file
    for path in (f"export/{conversation}.json", f"export/{conversation}.md", "export/all.json"):
        anonymous = httpx.get(world.url + path, headers={"Accept": "application/json"}, timeout=15)
        assert anonymous.status_code == 401 and MARKER not in anonymous.text, (path, anonymous.status_code)


def html_of(outcome: Outcome) -> str:
    """The HTML a call put into its (first) HTML output: a value or an update's value."""
    (value, *_) = outcome.final() or [None]
    return str(value.get("value") or "") if isinstance(value, dict) else str(value or "")


def test_search_finds_only_ones_own_messages(world):
    search = named(handlers_of(world), "search_results")
    alice = Session(world, [search], world.alice)
    bob = Session(world, [search], world.bob)
    words = "what is on this screenshot"  # her message's other words
    found = html_of(alice.call(search, [MARKER, STATE]))  # (the page's State: its language)
    assert f'href="#kimi:hit:{world.conversation_id}:"' in found, found  # her title
    assert f'href="#kimi:hit:{world.conversation_id}:{world.message_ids[0]}"' in found, found  # her message
    assert "<mark>" in found and MARKER.split("-")[-1] in found
    assert f"#kimi:hit:{world.conversation_id}:" in html_of(alice.call(search, [words, STATE]))

    theirs = {world.conversation_id, *world.message_ids}
    for query in (MARKER, MARKER.lower(), MARKER.split("-")[-1], words, world.title, "calculator 6*7"):
        for route in ROUTES:
            outcome = bob.call(search, [query, STATE], route=route)
            assert outcome.status == 200 and not outcome.failed, (query, route, outcome.text[:500])
            page = html_of(outcome)
            # his own messages may quote her ids as text (his probes elsewhere): the hits' targets must not be hers
            targets = [t.split(":") for t in re.findall(r'href="#kimi:hit:([^"]*)"', page)]
            assert not [t for t in targets if set(t) & theirs], (query, route, targets)
            shown = "".join(re.findall(r'<span class="kimi-hit-(?:title|snippet)">(.*?)</span>', page))
            assert MARKER.split("-")[-1] not in shown and "screenshot" not in shown, (query, route, shown)
            if query in (MARKER, MARKER.lower(), world.title):  # nothing of his has her marker
                assert "kimi-hit" not in page and "Nothing found" in page, (query, route, page[:500])


def test_hijacked_session_cannot_rename_pin_archive_or_delete(world):
    """Bob, with the session_hash of a tab of alice's that has her conversation open, presses her title bar's
    buttons (rename, Pin, Archive, Delete after its confirmation) through every route: nothing of hers changes.
    The same calls in her own session, on a spare conversation, do what they say."""
    handlers = handlers_of(world)
    rename, pin, archive, delete = (named(handlers, n) for n in ("rename", "toggle_pin", "toggle_archive", "delete"))
    steps = [(rename, ["renamed by bob", STATE]), (pin, [STATE]), (archive, [STATE]), (delete, [STATE])]

    # the positive control: the owner's own calls take effect
    spare = new_conversation(world, world.alice, "alice's spare chat #sim tokens=3")
    own = Session(world, handlers, world.alice)
    own.open_page()
    assert not own.select(spare).failed
    for handler, args in steps[:3]:
        assert not own.call(handler, args).failed
    row = conversation_row(world, "alice", spare)
    assert (row.title, row.title_by, row.pinned, row.archived) == ("renamed by bob", "user", True, True)
    assert not own.call(delete, [STATE]).failed and conversation_row(world, "alice", spare) is None

    tab = Session(world, handlers, world.alice)
    tab.open_page()
    hijacked = Session(world, handlers, world.bob, session_hash=tab.hash)
    before = rows_of(world, "alice")
    for handler, args in steps:
        for route in ROUTES:
            opened = tab.select(world.conversation_id)
            assert not opened.failed and MARKER in opened.text, opened.text[:1000]
            outcome = hijacked.call(handler, args, route=route)
            assert not leaks(world, outcome), (handler.describe(), route, outcome.text[:1000])
            assert rows_of(world, "alice") == before, f"{handler.describe()} via {route} changed alice's rows"
    row = conversation_row(world, "alice", world.conversation_id)
    assert (row.title, row.pinned, row.archived) == (world.title, False, False)
    assert "renamed by bob" not in stored(world, "alice")


def test_another_users_session_hash_is_refused_on_every_gradio_route(world):
    """A tab's session_hash names the queue its results come from. Bob, knowing the hash of a tab of
    alice's, can neither read that queue (where her conversation was just opened) nor join, run, ping or
    cancel in it: 403 everywhere, and nothing of hers in any answer. Her own tab keeps working."""
    handlers = handlers_of(world)
    tab = Session(world, handlers, world.alice)
    tab.open_page()
    opened = tab.select(world.conversation_id)
    assert not opened.failed and MARKER in opened.text  # her tab, with her conversation in its queue
    primer = primer_of(handlers)
    with _http(world.url, world.bob) as http:
        attempts = [
            http.get("queue/data", params={"session_hash": tab.hash}, timeout=5),
            http.post("queue/join", json={"data": [None], "fn_index": primer.fn_index, "session_hash": tab.hash,
                                          "event_data": {"action": f"open:{world.conversation_id}"}}),
            http.post(f"run/{primer.api_name}", json={"data": [None], "session_hash": tab.hash,
                                                      "event_data": {"action": f"open:{world.conversation_id}"}}),
            http.get(f"heartbeat/{tab.hash}", timeout=5),
            http.post("cancel", json={"session_hash": tab.hash, "fn_index": primer.fn_index, "event_id": "x"}),
        ]
    for response in attempts:
        assert response.status_code == 403, (response.request.url, response.status_code, response.text[:300])
        assert MARKER not in response.text and world.title not in response.text
    again = tab.select(world.conversation_id)  # the owner of the hash is unaffected
    assert not again.failed and MARKER in again.text


def test_own_edit_and_retry_make_new_versions_but_not_in_anothers_session(world):
    """The positive control for edit and retry: the owner's edit (the id of her question in the chat) adds a
    new version of the question with its answer, her retry (an answer's id) a new answer; the very same
    events sent by bob in her session (its view shows her messages) change nothing."""
    handlers = handlers_of(world)
    edit, retry = named(handlers, "edit"), named(handlers, "retry")
    conversation = new_conversation(world, world.alice, "the question to edit #sim tokens=5")
    tab = Session(world, handlers, world.alice)
    tab.open_page()
    hijacked = Session(world, handlers, world.bob, session_hash=tab.hash)

    def chat_now() -> list[dict[str, Any]]:
        opened = tab.select(conversation)
        assert not opened.failed
        return chat_of(opened)

    chat = chat_now()
    question = next(item["id"] for item in chat if item["role"] == "user")
    answer = next(item["id"] for item in chat if item["role"] == "assistant")
    edited = {"id": question, "text": "the edited question #sim tokens=5"}
    retried = {"id": answer}
    args = arguments(edit, conversation, tab.choices, conversation, world)
    assert args[0] is STATE

    # bob first, in her session, through the routes that carry event data: nothing changes
    before = stored(world, "alice")
    for event_data, handler in ((edited, edit), (retried, retry)):
        for route in ("queue", "run"):
            chat_now()
            outcome = hijacked.call(handler, args, event_data, route)
            assert "the question to edit" not in outcome.text and not leaks(world, outcome), outcome.text[:1000]
            assert stored(world, "alice") == before, f"bob's {handler.api_name} via {route} changed alice's rows"

    # alice: her edit makes a second first question, answered on its own branch
    chat_now()
    done = tab.call(edit, args, edited)
    assert not done.failed and "the edited question" in done.text, done.text[:2000]
    rows = messages_of(world, "alice", conversation)
    firsts = [m for m in rows if m.parent_id is None]
    assert sorted(m.content for m in firsts) == ["the edited question #sim tokens=5", "the question to edit #sim tokens=5"]
    new_question = next(m for m in firsts if m.content.startswith("the edited"))
    assert [m.role for m in rows if m.parent_id == new_question.id] == ["assistant"]
    assert conversation_row(world, "alice", conversation).leaf_id in {m.id for m in rows if m.parent_id == new_question.id}

    # her retry (an answer item's index): a second answer to the edited question
    chat = chat_now()
    answer = next(item["id"] for item in chat if item["role"] == "assistant" and item["id"] != answer)
    done = tab.call(retry, args, {"id": answer})
    assert not done.failed and "no such answer" not in done.text, done.text[:2000]
    answers = [m for m in messages_of(world, "alice", conversation) if m.parent_id == new_question.id]
    assert len(answers) == 2 and all(m.role == "assistant" for m in answers), [(m.role, m.status) for m in answers]


def test_import_cannot_claim_someone_elses_attachment(world):
    """A kimi-ui export names a picture by sha256 and may carry its bytes; without them, an import may only
    point at the importer's own files. Bob's file naming alice's picture's sha256 gets no attachment (and no
    way to her picture); with bytes that are not hers it is refused. The same file imported by alice keeps it."""
    handlers = handlers_of(world)
    importer = named(handlers, "import_file")
    tag = secrets.token_hex(4)

    def imported(name: str, title: str) -> tuple[list[Conversation], list[Attachment]]:
        with world.served.ctx.db.session() as session:
            found = [c for c in store.list_conversations(session, owner_id=world.owner(name), limit=10_000,
                                                         archived=None) if c.title == title]
            ids = [m.id for c in found for m in store.list_messages(session, owner_id=world.owner(name),
                                                                    conversation_id=c.id)]
            files = [a for group in store.attachments_for(session, owner_id=world.owner(name),
                                                          message_ids=ids).values() for a in group]
        return found, files

    before = rows_of(world, "alice")
    bob = Session(world, handlers, world.bob)
    bob.open_page()
    for route in ROUTES:
        title = f"bob's import {tag} {route}"
        content = import_file_for(world, world.message_ids[0], title=title)
        outcome = bob.call(importer, [Upload("alice-picture.json", content), STATE], route=route)
        assert not outcome.failed and not leaks(world, outcome), (route, outcome.text[:1000])
        conversations, files = imported("bob", title)
        assert len(conversations) == 1 and files == [], (route, files)  # imported, without her picture
        # the same with bytes that are not her picture's: refused as a damaged file, nothing imported
        forged = f"bob's forged import {tag} {route}"
        fake = import_file_for(world, world.message_ids[0], title=forged, data="bm90IGhlciBwaWN0dXJl")
        outcome = bob.call(importer, [Upload("forged.json", fake), STATE], route=route)
        assert not outcome.failed and not leaks(world, outcome), (route, outcome.text[:1000])
        assert imported("bob", forged) == ([], [])
    assert world.attachment_sha not in stored(world, "bob")
    assert rows_of(world, "alice") == before
    with httpx.Client(base_url=world.url, headers=cookie_header(world.bob), timeout=15) as http:
        assert http.get(f"attachments/{world.attachment_id}").status_code == 404

    # the positive control: alice's import of the same kind of file keeps the picture she owns
    title = f"alice's import {tag}"
    outcome = Session(world, handlers, world.alice).call(
        importer, [Upload("mine.json", import_file_for(world, world.message_ids[0], title=title)), STATE])
    assert not outcome.failed, outcome.text[:1000]
    conversations, files = imported("alice", title)
    assert len(conversations) == 1 and [f.sha256 for f in files] == [world.attachment_sha]
    with httpx.Client(base_url=world.url, timeout=15) as http:
        assert http.get(f"attachments/{files[0].id}", headers=cookie_header(world.alice)).status_code == 200
        assert http.get(f"attachments/{files[0].id}", headers=cookie_header(world.bob)).status_code == 404


# -- unauthenticated ------------------------------------------------------------------------------------------
OPEN = ("/healthz", "/auth/login", "/auth/logout", "/kimi-assets/", "/favicon.ico")  # no login needed


def all_routes(routes: list[Any], prefix: str = "") -> list[tuple[str, set[str], bool]]:
    """(path, methods, is_websocket) of every route, mounted apps included."""
    found = []
    for route in routes:
        if isinstance(route, Mount):
            found += all_routes(route.routes, prefix + route.path)
        elif hasattr(route, "original_router"):  # FastAPI's include_router() (Gradio's /gradio_api router)
            found += all_routes(route.original_router.routes, prefix + route.include_context.prefix)
        elif isinstance(route, WebSocketRoute):
            found.append((prefix + route.path, set(), True))
        elif hasattr(route, "path"):
            found.append((prefix + route.path, set(getattr(route, "methods", None) or {"GET"}), False))
    return found


def dummy_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path) or "/"


def refused(response: httpx.Response, html_get: bool) -> bool:
    if response.status_code == 401:
        return True
    location = urlsplit(response.headers.get("location", ""))
    return html_get and response.status_code == 303 and location.path.endswith("/auth/login") and (
        not location.query or location.query.startswith("next=%2Fc%2F") or location.query.startswith("next=/c/")
        or location.query.startswith("next=/share/"))  # a share link's own refusal (kimi_ui/share_page.py)


def test_unauthenticated_requests_are_refused_everywhere(world):
    routes = all_routes(world.served.app.routes)
    paths = {(p, m, ws) for p, methods, ws in routes for m in (methods - {"HEAD", "OPTIONS"} or {"GET"})}
    assert len(paths) > 40, paths  # the Gradio app's routes are in there, not only ours
    assert not [p for p, _, ws in paths if ws], "a websocket route: add an unauthenticated websocket check"
    explicit = [("/", "GET"), ("/config", "GET"), ("/gradio_api/info", "GET"), ("/gradio_api/call/chat", "POST"),
                ("/gradio_api/queue/join", "POST"), ("/gradio_api/upload", "POST"), ("/gradio_api/queue/data", "GET"),
                ("/gradio_api/file=/etc/hostname", "GET"), ("/gradio_api/run/chat", "POST"),
                (f"/attachments/{world.attachment_id}", "GET"), (f"/tool-log/{world.conversation_id}.json", "GET"),
                ("/monitoring", "GET"), ("/gradio_api/openapi.json", "GET"), ("/gradio_api/mcp/sse", "GET"),
                ("/v1/models", "GET"), ("/v1/models/kimi-simulated-vllm", "GET"), ("/v1/chat/completions", "POST"),
                ("/v1/embeddings", "POST")]
    targets = sorted({(dummy_path(p), m) for p, m, _ in paths} | set(explicit))
    problems = []
    checked = 0
    with httpx.Client(base_url=world.url.rstrip("/"), timeout=15, follow_redirects=False) as http:
        for path, method in targets:
            if path.startswith(OPEN):
                continue
            variants = [("text/html", True), ("application/json", False)] if method == "GET" else [("*/*", False)]
            for accept, html_get in variants:
                response = http.request(method, path, headers={"Accept": accept},
                                        json={"data": ["x"], "fn_index": 0, "session_hash": "x"}
                                        if method != "GET" else None)
                checked += 1
                if not refused(response, html_get):
                    problems.append(f"{method} {path} (Accept {accept}): {response.status_code} {response.text[:120]}")
                if MARKER in response.text:
                    problems.append(f"{method} {path}: alice's data without a login")
    assert not problems, "\n".join(problems)
    assert checked > 60

    # the open routes stay open (and show nothing of anybody)
    with httpx.Client(base_url=world.url.rstrip("/"), timeout=15, follow_redirects=False) as http:
        assert http.get("/healthz").status_code == 200
        page = http.get("/auth/login")
        assert page.status_code == 200 and 'name="password"' in page.text
        assert http.get("/kimi-assets/logo.svg").status_code == 200
        assert http.get("/auth/logout").status_code == 303


def test_the_v1_routes_take_personal_keys_only(world):
    """A login is no key on /v1 (every route of it); a key is its owner's on every route, and nothing of alice's
    answers bob's key; a page of another site cannot post with one."""
    from kimi_ui import keys

    v1 = sorted({(dummy_path(p), m) for p, methods, _ in all_routes(world.served.app.routes) if p.startswith("/v1")
                 for m in methods - {"HEAD", "OPTIONS"}})
    assert ("/v1/chat/completions", "POST") in v1 and ("/v1/models", "GET") in v1
    with world.served.ctx.db.session() as session:
        _, bob_key = keys.create_key(session, user_id=world.owner("bob"), name="attack")
    key = {"Authorization": f"Bearer {bob_key}"}
    with httpx.Client(base_url=world.url.rstrip("/"), timeout=30, follow_redirects=False) as http:
        for path, method in v1:
            for headers in (cookie_header(world.alice), {"Authorization": f"Bearer {world.alice}"},
                            {"Authorization": "Bearer kimi-" + "a" * 40}, {"Authorization": "Basic YWxpY2U6eA=="}):
                response = http.request(method, path, headers=headers, json={"model": "kimi-simulated-vllm",
                                                                              "messages": [{"role": "user",
                                                                                            "content": "x"}]})
                assert response.status_code == 401 and response.json()["error"]["code"] == "invalid_api_key", (
                    path, headers, response.text[:200])
        for path in (f"/attachments/{world.attachment_id}", f"/tool-log/{world.conversation_id}.json",
                     f"/export/{world.conversation_id}.json", f"/export/{world.conversation_id}.md"):
            response = http.get(path, headers=key)
            assert response.status_code == 404 and MARKER not in response.text, (path, response.status_code)
        everything = http.get("/export/all.json", headers=key)
        assert everything.status_code == 200 and MARKER not in everything.text
        assert MARKER not in http.get("/config", headers=key).text
        crossed = http.post("/v1/chat/completions", headers={**key, "Origin": EVIL, "Sec-Fetch-Site": "cross-site"},
                            json={"model": "kimi-simulated-vllm", "messages": [{"role": "user", "content": "x"}]})
        assert crossed.status_code == 403
    client = Client(world.url, headers=key, verbose=False)
    for api_name in ("attach", "stop"):
        answer = json.dumps(client.predict(world.message_ids[-1], api_name=f"/{api_name}"))
        assert MARKER not in answer and ('"stopped": false' in answer or "unknown_message" in answer)
    stranger = client.predict("bob", None, "", "instant", world.conversation_id, api_name="/chat")
    assert stranger["error"]["code"] == "unknown_conversation"


def test_open_prefixes_do_not_open_other_routes(world):
    """The open paths are prefixes: a path that only starts like one must not reach a protected route."""
    host, port = "127.0.0.1", world.served.port
    for path in ("/kimi-assets/../config", "/healthz/../config", "/auth/login/../../config",
                 "/kimi-assets/%2e%2e/config", "/healthz/../gradio_api/info", "/favicon.ico/../config"):
        with socket.create_connection((host, port), timeout=10) as raw:
            raw.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n"
                        "Connection: close\r\n\r\n".encode())
            reply = b""
            while chunk := raw.recv(65536):
                reply += chunk
        status = int(reply.split(b" ", 2)[1])
        assert status in (401, 404), (path, reply[:300])
        assert b'"dependencies"' not in reply and b"named_endpoints" not in reply


# -- refusal to start on a public address without accounts -------------------------------------------------------
def test_refuses_to_start_on_a_public_address_without_accounts(tmp_path):
    with pytest.raises(UnsafeSetup) as refused_start:
        build_app(make_settings(tmp_path / "none", host="0.0.0.0"))
    assert ADD_USER_HINT in str(refused_start.value)

    assert build_app(make_settings(tmp_path / "demo", host="0.0.0.0", public_demo=True)) is not None

    settings = make_settings(tmp_path / "admin", host="0.0.0.0", admin_user="root-admin",
                             admin_password="admin-long-password")
    assert build_app(settings) is not None
    db = Database(settings.effective_database_url)
    try:
        with db.session() as session:
            admin = auth.get_user(session, name="root-admin")
            assert admin is not None and admin.is_admin and not admin.disabled
            assert auth.authenticate(session, name="root-admin", password="admin-long-password") is not None
    finally:
        db.dispose()


def test_cli_refuses_a_public_address_without_accounts(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIMI_UI_")}
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "--host", "0.0.0.0", "--port", "0",
                           "--data-dir", str(tmp_path / "data")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0, (done.stdout, done.stderr)
    assert ADD_USER_HINT in done.stderr, done.stderr
    assert "open http" not in done.stdout  # it never got as far as listening
    assert time.monotonic() - started < 45


@pytest.mark.parametrize("way", ["environment", ".env", "toml"])
def test_app_main_refuses_a_public_host_however_it_is_set(way, tmp_path, monkeypatch, capsys):
    """The same refusal when the host comes from KIMI_UI_HOST, a .env file or the TOML config (app.main
    in-process: the subprocess above already shows the real command line)."""
    spec = importlib.util.spec_from_file_location("kimi_ui_app_main", ROOT / "app.py")
    app_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app_module)
    monkeypatch.chdir(tmp_path)
    argv = ["--port", "0", "--data-dir", str(tmp_path / "data")]
    if way == "environment":
        monkeypatch.setenv("KIMI_UI_HOST", "0.0.0.0")
    elif way == ".env":
        (tmp_path / ".env").write_text("KIMI_UI_HOST=0.0.0.0\n")
    else:
        (tmp_path / "kimi.toml").write_text('host = "0.0.0.0"\n')
        argv += ["--config", "kimi.toml"]
    assert app_module.main(argv) != 0
    err = capsys.readouterr().err
    assert ADD_USER_HINT in err and "0.0.0.0" in err, err


# -- limits: login attempts, logout, turns per minute ------------------------------------------------------------
@pytest.fixture(scope="module")
def limited(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("limits"), default_backend="Simulated vLLM", host="0.0.0.0",
                             turns_per_minute=2)
    add_accounts(settings, {"alice": ALICE_PASSWORD, "bob": BOB_PASSWORD, "carol": CAROL_PASSWORD})
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


def test_login_rate_limit_and_logout(limited):
    url = limited.url
    limited.app.state.gate.limiter = LoginLimiter(first_delay=600)  # the first wait outlasts this test
    statuses = []
    for _ in range(12):
        response = login(url, "carol", "wrong password!")
        statuses.append(response.status_code)
        if response.status_code == 401:
            assert "Wrong username or password" in response.text
        if response.status_code == 429:
            break
    assert statuses[-1] == 429, statuses
    assert 3 <= statuses.count(401) <= 10, statuses  # a handful of guesses, not an unlimited number

    blocked = login(url, "carol", CAROL_PASSWORD)  # the right password does not help now
    assert blocked.status_code == 429
    assert "kimi_session" not in blocked.headers.get("set-cookie", "")
    wait = re.search(r"try again in (\d+) s", blocked.text, re.IGNORECASE)
    assert wait and 0 < int(wait.group(1)) <= 3600, blocked.text[-600:]

    token = session_cookie(url, "bob", BOB_PASSWORD)  # another user still gets in
    with httpx.Client(base_url=url, timeout=15, follow_redirects=False) as http:
        assert http.get("config", headers=cookie_header(token)).status_code == 200
        assert http.get("auth/logout", headers=cookie_header(token)).status_code == 200  # a page, not a logout
        assert http.get("config", headers=cookie_header(token)).status_code == 200
        out = http.post("auth/logout", headers=cookie_header(token))
        assert out.status_code == 303 and out.headers["location"].endswith("/auth/login")
        assert re.search(r"kimi_session=;.*Max-Age=0", out.headers.get("set-cookie", ""))
        assert http.get("config", headers=cookie_header(token)).status_code == 401  # the old cookie is dead
        assert http.post("gradio_api/call/chat", json={"data": ["x"]},
                         headers=cookie_header(token)).status_code == 401


def test_turns_per_minute_per_user(limited):
    def chat(token: str, text: str) -> dict[str, Any]:
        return Client(limited.url, headers=cookie_header(token), verbose=False).predict(
            text, None, "", "instant", "", None, api_name="/chat")

    alice = session_cookie(limited.url, "alice", ALICE_PASSWORD)
    bob = session_cookie(limited.url, "bob", BOB_PASSWORD)
    assert chat(alice, "turn one #sim tokens=5")["status"] == "done"
    assert chat(alice, "turn two #sim tokens=5")["status"] == "done"
    third = chat(alice, "turn three #sim tokens=5")
    assert third["status"] == "error" and third["error"]["code"] == "rate_limited", third
    assert re.search(r"try again in \d+ s", third["error"]["message"]), third["error"]
    assert third["conversation_id"] is None  # refused before anything was stored
    assert chat(bob, "bob's turn #sim tokens=5")["status"] == "done"  # the limit is per user


# -- CORS and security headers -----------------------------------------------------------------------------------
EVIL = "https://evil.example"


def test_cors_from_a_foreign_origin_is_refused(world):
    with httpx.Client(base_url=world.url, timeout=15, follow_redirects=False) as http:
        for path in ("gradio_api/call/chat", "gradio_api/queue/join", "config", "gradio_api/upload"):
            preflight = http.options(path, headers={"Origin": EVIL, "Access-Control-Request-Method": "POST",
                                                    "Access-Control-Request-Headers": "content-type"})
            assert "access-control-allow-origin" not in preflight.headers, (path, preflight.headers)
            assert not 200 <= preflight.status_code < 300, (path, preflight.status_code)
        for host in ("kimi.example.com", "203.0.113.7:7860"):
            headers = {"Origin": EVIL, "Host": host, **cookie_header(world.alice)}
            for method, path, body in [("GET", "config", None), ("GET", "gradio_api/info", None),
                                       ("POST", "gradio_api/call/chat", {"data": ["cors #sim tokens=3"]}),
                                       ("GET", f"attachments/{world.attachment_id}", None)]:
                response = http.request(method, path, headers=headers, json=body)
                # (Starlette adds allow-credentials to every response; without an allowed origin it grants nothing)
                assert "access-control-allow-origin" not in response.headers, (host, path, response.headers)


def test_security_headers(world):
    with httpx.Client(base_url=world.url, timeout=15, follow_redirects=False) as http:
        page = http.get("", headers={"Accept": "text/html", **cookie_header(world.alice)})
        login_page = http.get("auth/login")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for response in (page, login_page):
        assert response.headers.get("x-frame-options", "").upper() in ("DENY", "SAMEORIGIN"), response.headers
        assert response.headers.get("x-content-type-options") == "nosniff"
        assert "no-store" in response.headers.get("cache-control", ""), response.headers


# -- API keys never leak ---------------------------------------------------------------------------------------
def test_api_keys_never_reach_a_response_or_a_log(sim, tmp_path, monkeypatch, caplog):
    key = f"sk-test-{secrets.token_hex(16)}"
    monkeypatch.setenv("TEST_SECRET_KEY", key)
    caplog.set_level(logging.DEBUG)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead_port = closed.getsockname()[1]
    backends = [
        BackendConfig(name="Keyed vLLM", kind="vllm", base_url=f"{sim.url}/vllm/v1", model="moonshotai/Kimi-K2.5",
                      api_key_env="TEST_SECRET_KEY", simulated=True),
        BackendConfig(name="Keyed Moonshot", kind="moonshot", base_url=f"{sim.url}/moonshot/v1", model="kimi-k2.5",
                      api_key_env="TEST_SECRET_KEY", simulated=True),
        BackendConfig(name="Keyed but down", kind="vllm", base_url=f"http://127.0.0.1:{dead_port}/v1",
                      model="moonshotai/Kimi-K2.5", api_key_env="TEST_SECRET_KEY"),
    ]
    settings = make_settings(tmp_path, default_backend="Keyed vLLM", host="0.0.0.0", retries=0)
    add_accounts(settings, {"alice": ALICE_PASSWORD})
    bodies: list[str] = []
    with serve(settings, backends) as served:
        backend = served.ctx.backends.get("Keyed vLLM")
        assert backend.client.api_key == key  # the key is really in use, so the scan means something
        token = session_cookie(served.url, "alice", ALICE_PASSWORD)
        with httpx.Client(base_url=served.url, headers=cookie_header(token), timeout=30) as http:
            for path in ("", "config", "gradio_api/info", "healthz", "auth/login"):
                bodies.append(http.get(path).text)
            client = Client(served.url, headers=cookie_header(token), verbose=False)
            results = [
                client.predict("hello #sim tokens=5", None, "Keyed vLLM", "thinking", "", None, api_name="/chat"),
                client.predict("unauthorised #sim status=401", None, "Keyed vLLM", "instant", "", None,
                               api_name="/chat"),
                client.predict("unauthorised #sim status=401", None, "Keyed Moonshot", "instant", "", None,
                               api_name="/chat"),
                client.predict("nobody home", None, "Keyed but down", "instant", "", None, api_name="/chat"),
            ]
            assert results[0]["status"] == "done"
            assert [r["status"] for r in results[1:]] == ["error"] * 3, results
            assert results[1]["error"]["code"] == "auth", results[1]["error"]
            bodies += [json.dumps(r) for r in results]
            page_session = f"s{secrets.token_hex(8)}"
            # ("slowly": the 15 s tick that refreshes the backends and tools, layout._poll)
            for api_name, args in [("load", []), ("backend_controls", ["Keyed but down"]), ("slowly", ["Keyed vLLM"])]:
                outcome = call_rest(served.url, token, api_name, args, page_session)
                assert not outcome.failed, (api_name, outcome.text[:1000])
                bodies.append(outcome.text)
            for result in results:
                if result["conversation_id"]:
                    bodies.append(http.get(f"tool-log/{result['conversation_id']}.json").text)
        with served.ctx.db.session() as session:  # the OpenAI-compatible endpoint, with a personal key
            from kimi_ui import keys

            _, personal = keys.create_key(session, user_id=served.ctx.owner_id("alice"), name="scan")
        with httpx.Client(base_url=served.url + "v1/", headers={"Authorization": f"Bearer {personal}"},
                          timeout=30) as v1:
            models = v1.get("models")
            assert models.status_code == 200 and len(models.json()["data"]) == 6  # three backends, two modes each
            bodies.append(models.text)
            for model, text, stream in [("kimi-keyed-vllm", "hello #sim tokens=5", False),
                                        ("kimi-keyed-vllm", "hello #sim tokens=5", True),
                                        ("kimi-keyed-vllm", "unauthorised #sim status=401", False),
                                        ("kimi-keyed-moonshot:instant", "unauthorised #sim status=401", True),
                                        ("kimi-keyed-but-down", "nobody home", False)]:
                answer = v1.post("chat/completions", json={"model": model, "stream": stream,
                                                           "messages": [{"role": "user", "content": text}]})
                assert answer.status_code == (200 if "hello" in text else 502 if "401" in text else 503), answer.text
                bodies.append(answer.text)
    logged = caplog.text + "\n".join(repr(r.args) for r in caplog.records)
    assert caplog.records, "nothing was logged: the log scan would prove nothing"
    for number, body in enumerate(bodies):
        assert key not in body and key[8:] not in body, f"the API key is in response #{number}: {body[:500]}"
    assert key not in logged and key[8:] not in logged, "the API key is in the log"


def test_a_key_echoed_by_the_backend_is_not_passed_on(tmp_path, monkeypatch, caplog):
    # A backend (or proxy) that echoes the key in its error text: the key is masked in what the user sees
    # and in the log (errors.redact).
    key = f"sk-echoed-{secrets.token_hex(16)}"
    monkeypatch.setenv("TEST_ECHO_KEY", key)
    caplog.set_level(logging.DEBUG)

    async def chat_completions(request):
        echoed = request.headers.get("authorization", "")
        return JSONResponse({"error": {"message": f"Incorrect API key provided: {echoed}",
                                       "type": "invalid_request_error"}}, status_code=401)

    async def models(_request):
        return JSONResponse({"object": "list", "data": [{"id": "echo-model", "object": "model"}]})

    echo = Starlette(routes=[Route("/v1/chat/completions", chat_completions, methods=["POST"]),
                             Route("/v1/models", models)])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(echo, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        backend = BackendConfig(name="Echoing proxy", kind="openai", model="echo-model",
                                base_url=f"http://127.0.0.1:{sock.getsockname()[1]}/v1", api_key_env="TEST_ECHO_KEY")
        with serve(make_settings(tmp_path, retries=0), [backend]) as served:
            result = Client(served.url, verbose=False).predict("hello", None, "Echoing proxy", "instant", "", None,
                                                              api_name="/chat")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
    assert result["status"] == "error" and result["error"]["code"] == "auth", result
    assert key not in json.dumps(result), f"the key reached the API caller: {result['error']}"
    assert key not in caplog.text, "the key reached the log"


def test_local_mode_answers_only_to_a_local_host_name(tmp_path):
    # DNS rebinding: without accounts the app trusts whoever reaches it on loopback, so it must answer only
    # to local host names (web_auth._local_host); a rebound attacker name gets 421.
    with serve(make_settings(tmp_path)) as served:  # 127.0.0.1, no accounts: the single local user
        for host in (f"127.0.0.1:{served.port}", f"localhost:{served.port}"):
            assert httpx.get(served.url + "config", headers={"Host": host}, timeout=15).status_code == 200
        for host in (f"attacker.example:{served.port}", "rebind.attacker.example"):
            page = httpx.get(served.url + "config", headers={"Host": host}, timeout=15)
            call = httpx.post(served.url + "gradio_api/call/load", json={"data": []}, headers={"Host": host},
                              timeout=15)
            assert page.status_code in (400, 403, 421) and call.status_code in (400, 403, 421), (
                f"Host {host}: GET /config -> {page.status_code}, POST /gradio_api/call/load -> "
                f"{call.status_code} {call.text[:80]}")


def test_continue_goes_on_with_her_cut_answer_for_her_and_not_for_another_user(world):
    """/continue (and the chat's Continue) with the id of alice's cut answer: bob gets "no such answer" and her
    answer stays as it was; the same call of hers goes on with it in place."""
    conversation, answer = cut_conversation(world, world.alice)
    before = rows_of(world, "alice")
    written = messages_of(world, "alice", conversation)[1].content
    outcome = call_rest(world.url, world.bob, "continue", [answer, "", ""], None)
    result = outcome.final()[0]
    assert result["status"] == "error" and result["error"]["code"] == "unknown_message", outcome.text[:2000]
    assert rows_of(world, "alice") == before
    mine = call_rest(world.url, world.alice, "continue", [answer, "", ""], None).final()[0]
    assert mine["message_id"] == answer and mine["status"] == "length"  # (cut again by its own #sim finish)
    rows = [m for m in messages_of(world, "alice", conversation)]
    assert [m.role for m in rows] == ["user", "assistant"] and rows[1].content.startswith(written)
    assert len(rows[1].content) > len(written)

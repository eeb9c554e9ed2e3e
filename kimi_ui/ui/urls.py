"""A URL per conversation (issue 13, item 5). `<root>/c/<id>` answers with the app's page, whose load
event opens the conversation the address names (Handlers.load); after every event that changes the
conversation shown or its title, the hidden `here` component gets `{path, title, how}` and the page
script (assets/urls.js) puts the path in the address bar and the title on the tab. Back and Forward
open the conversation of the address with `here`'s own click, `{"action": "visit:<address>"}`
(`Addresses.visiting`): an event of its own, so a list click still completing cannot swallow it.

An id that does not open (another user's, a deleted or a malformed one) takes one path: the same
owner-checked lookup, "Conversation not found" and an empty new chat."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import Response

from kimi_ui import ASSETS_DIR
from kimi_ui.i18n import text
from kimi_ui.links import MAX_ADDRESS, conversation_path, requested_conversation
from kimi_ui.storage import store
from kimi_ui.ui.chat_view import ChatAction
from kimi_ui.ui.history import OPENED
from kimi_ui.ui.inputs import PageAction
from kimi_ui.ui.words import warn

URLS_JS = (ASSETS_DIR / "urls.js").read_text(encoding="utf-8")
GRADIO_BASE = b'<base href="./"'  # Gradio's page resolves its assets against this: from /c/<id> it is ../
# Each `here` value differs (a random tag, not a count that would tell how busy the server is), so the page
# applies it even when nothing else in it changed.


class Addresses:
    """The events that change the conversation shown, each followed by the value of `here`. Methods of
    Handlers are called as they are (kimi_ui/ui/history.py checks ownership)."""

    def __init__(self, handlers: Any) -> None:
        self.h = handlers
        self.root = handlers.ctx.settings.root_path

    def here(self, owner_id: str, conversation_id: str | None, how: str = "push", seen: str | None = None,
             done: int | None = None) -> str:
        """`here`'s value. `seen`: the address a visit read (the page checks it is where it is); `done`: the
        number of the list's action this answers (the page then sends its next one: layout.LINK_BRIDGE)."""
        title = ""
        if conversation_id:
            with self.h.ctx.db.session(read_only=True) as session:
                found = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            title = found.title if found else ""
            conversation_id = conversation_id if found else None
        value = {"path": conversation_path(self.root, conversation_id), "title": title, "how": how,
                 "n": secrets.token_hex(4)}
        if seen is not None:
            value["seen"] = seen
        if done is not None:
            value["done"] = done
        return json.dumps(value)

    def visit(self, owner_id: str, state: Any, address: str | None) -> list[Any]:
        """The outputs of `opened` for the conversation an address names, then `here` (replacing the
        address: it is where the page already is, or an id that did not open)."""
        wanted = requested_conversation(address, self.root)
        shown = self.h.opened(owner_id, replace(state, conversation_id=wanted or None, view=()))
        if wanted is not None and shown[0].conversation_id is None:
            warn(text("chat.not_found", state.tab.lang), state.tab.lang)
        return [*shown, self.here(owner_id, shown[0].conversation_id, "replace", seen=address)]

    def visiting(self, state: Any, request: gr.Request, event: PageAction) -> list[Any]:
        """`here`'s click, `visit:<address>`: Back or Forward went there (or the page is not where the
        last visit read it was). Its own event, run for every trigger (trigger_mode "multiple"): it must not
        wait behind the list's actions, which the page sends one at a time."""
        if not event.action.startswith("visit:"):
            return [gr.skip()] * (OPENED + 1)
        return self.visit(self.h.owner(request), state or self.h.new_state(), event.action[len("visit:"):])

    def action(self, state: Any, request: gr.Request, event: PageAction) -> list[Any]:
        """The list's click (HistoryMixin.action); `here` says which of the page's actions it answers."""
        action = event.action
        shown = self.h.action(state, request, event)
        how = "replace" if action.startswith("delete:") else "push"  # a deleted chat's address must not stay
        return [*shown, self.here(self.h.owner(request), shown[0].conversation_id, how, done=event.n)]

    def switch_version(self, state: Any, request: gr.Request, event: ChatAction) -> list[Any]:
        shown = self.h.switch_version(state, request, event)
        return [*shown, self.here(self.h.owner(request), shown[0].conversation_id)]

    def show_earlier(self, state: Any, request: gr.Request) -> list[Any]:
        shown = self.h.show_earlier(state, request)
        return [*shown, self.here(self.h.owner(request), shown[0].conversation_id)]

    def delete(self, state: Any, request: gr.Request) -> list[Any]:
        shown = self.h.delete(state, request)  # the deleted conversation's address must not stay in history
        return [*shown, self.here(self.h.owner(request), None, "replace")]

    def rename(self, title: str, state: Any, request: gr.Request) -> list[Any]:
        if getattr(state, "tab", None) is not None:
            state.tab.renames += 1  # a turn's refresh already under way must not put the old title back
        listed = self.h.rename(title, state, request)
        return [*listed, self.here(self.h.owner(request), getattr(state, "conversation_id", None))]

    async def after_turn(self, state: Any, request: gr.Request) -> list[Any]:
        """A turn's end: a new chat has its id now, and maybe a title written by the model. Nothing when the
        page opened something else meanwhile (this waits for the title: + New chat clicked then came back
        to the old chat)."""
        tab = getattr(state, "tab", None)
        ticket = (tab.shown, tab.renames, tab.lists) if tab is not None else None
        shown = await self.h.after_turn(state, request)
        here = await self.h.ctx.db.call(self.here, self.h.owner(request), shown[0].conversation_id)
        # No await from here on: an opening that ran during one (Back, a list click) would be overwritten.
        if tab is not None and tab.shown != ticket[0]:
            return [gr.skip()] * (len(shown) + 1)
        if tab is not None and tab.lists != ticket[2] + 1:  # a pin, a move drew the list meanwhile: it is newer
            shown[LIST_OUTPUT] = gr.skip()
        if tab is not None and tab.renames != ticket[1]:  # renamed meanwhile: its title bar, list and address
            shown[TITLE_OUTPUTS] = [gr.skip()] * (TITLE_OUTPUTS.stop - TITLE_OUTPUTS.start)
            return [*shown, gr.skip()]
        return [*shown, here]


    async def after_stop(self, state: Any, request: gr.Request) -> list[Any]:
        """After Stop, as after a turn's end; but a new chat whose send event has not named its conversation yet
        is left to that event (it shows the stopped turn and ends with after_turn)."""
        if getattr(state, "conversation_id", None) is None:
            return [gr.skip()] * AFTER_OUTPUTS
        return await self.after_turn(state, request)


TITLE_OUTPUTS = slice(2, 8)  # after_turn's title bar (5) and list, after state and chat
AFTER_OUTPUTS = 12  # state, chat, the title bar (5), the list, the tool log, the composer, live, the address
LIST_OUTPUT = 7


def page_address(request: gr.Request | None) -> str:
    """The address of the page an event came from: the path of its Referer (the app sends
    `Referrer-Policy: same-origin`, so the page's own requests carry it). Only picks what to open:
    the opening checks the owner."""
    headers = getattr(request, "headers", None) or {}
    return urlsplit(str(headers.get("referer") or "")[:MAX_ADDRESS]).path


def serve_conversation_pages(app: FastAPI) -> None:
    """`/c/<id>` answers with the page Gradio serves at `/`, whatever the id: which conversation opens,
    if any, is decided by the owner-checked load event, so the answer says nothing about the id. Add
    it before Gradio's mount, which takes every path."""

    @app.get("/c/", include_in_schema=False)  # an empty id: not found, like any other that does not open
    @app.get("/c/{conversation_id}", include_in_schema=False)
    async def conversation_page(request: Request) -> Response:
        scope = {**request.scope, "path": request.scope.get("root_path", "") + "/", "raw_path": b"/",
                 "query_string": b""}
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await app.router(scope, request.receive, keep)
        body = b"".join(chunks)
        if start.get("status") == 200:
            body = body.replace(GRADIO_BASE, b'<base href="../"', 1)
        response = Response(body, status_code=start.get("status", 500))
        response.raw_headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        response.raw_headers.append((b"content-length", str(len(body)).encode()))
        return response

"""The sending page's answer outside Gradio's queue (issue 14: Enter → first token within 60 ms).

Through Gradio an answer's update costs the round of its queue and its client (about 75 ms on an idle box
before the first token shows, against 5 ms for a raw client). So at Enter the page makes a random key and
posts the message to `POST /live/<key>`, which starts the turn at once and streams its live answer, one
JSON chat item a line, until it ends; the chat view shows that in place of the live item Gradio brings. The
send event carries the same key (in the hidden `live` value) and adopts the turn instead of starting a
second one; if the post failed it starts the turn itself and `GET /live/<key>` follows it. Gradio still
follows the answer (paced, as another tab would), so a lost side stream loses nothing. Another user's key
is like a missing one.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from kimi_ui.i18n import language
from kimi_ui.storage import store
from kimi_ui.ui import render
from kimi_ui.ui.inputs import InputProblem, discard_uploads, limit_key_of

KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
WAIT_SECONDS = 10.0  # for the send event to file its job (it waits in Gradio's queue under load)
WAITS_PER_USER = 4  # pending requests of one user: a page waits for one at a time
WAITS_PER_ADDRESS = 16  # ... of one address in a public demo, where a new identity is one cookie away
KEEP_SECONDS = 120.0  # a job stays filed after its end, for a send event that waited in Gradio's queue
# Jobs filed per user (per address in a public demo). A page has a key or two in flight; without a bound a
# script posting refused turns (up to 1 MB of text each) under new keys kept them all for KEEP_SECONDS.
MAX_FILED = 32


def key_of(live: Any) -> str | None:
    """The side stream's key from the page's hidden `live` value ({"answering": true, "key": ...})."""
    try:
        key = json.loads(live).get("key") if isinstance(live, str) and len(live) <= 1000 else None
    except (ValueError, AttributeError, RecursionError):
        return None
    return key if isinstance(key, str) and KEY.fullmatch(key) else None


def _group(job: Any) -> str:
    """Whose limits a job counts in: the owner's, or in a public demo the address's (kimi_ui/ui/inputs.py)."""
    return job.turn.limit_key or job.owner_id


class Handoff:
    """Jobs filed by the page's key, for its side stream: whichever comes first, the side stream's start or
    the send event, starts the turn, and the other finds it (one job per key). Keys are random (128 bits) and
    checked against the caller: another user's key is like a missing one."""

    def __init__(self) -> None:
        self._jobs: dict[str, tuple[Any, float]] = {}  # key -> (job, when filed)
        self._waiting: dict[str, tuple[str, asyncio.Future]] = {}  # key -> (who waits, future)

    def filed(self, key: str | None, owner_id: str) -> Any | None:
        job, _ = self._jobs.get(key or "", (None, 0.0))
        return job if job is not None and job.owner_id == owner_id else None

    def job_for(self, key: str | None, owner_id: str, start: Callable[[], Any]) -> Any:
        """The job filed under `key`, or a new one from start() filed there (start is synchronous: no
        other request can slip in between the look-up and the filing)."""
        now = time.monotonic()  # kept a while after the end: a short answer may end before the send event comes
        for old in [k for k, (job, filed) in self._jobs.items() if job.done and now - filed > KEEP_SECONDS]:
            del self._jobs[old]
        found, _ = self._jobs.get(key or "", (None, 0.0))
        if found is not None and found.owner_id == owner_id:
            return found
        job = start()
        if key and found is None:
            self._jobs[key] = (job, now)
            self._trim(_group(job))
            _, waiter = self._waiting.pop(key, (None, None))
            if waiter is not None and not waiter.done():
                waiter.set_result(job)
        return job

    def _trim(self, group: str) -> None:
        """At most MAX_FILED jobs of one user (or address) stay filed: the oldest ended ones go first (a
        running one stays: its send event may not have come yet, and it would start the turn again)."""
        mine = [k for k, (job, _) in self._jobs.items() if _group(job) == group]
        ended = [k for k in mine if self._jobs[k][0].done]
        for old in ended[:max(0, len(mine) - MAX_FILED)]:
            del self._jobs[old]

    async def take(self, user: str, key: str, timeout: float | None = None) -> Any | None:
        """The job filed under `key`, waiting up to `timeout` for the send event to file it. `user`: who
        waits (a public demo's visitors: their address, "ip:...")."""
        job, _ = self._jobs.get(key, (None, 0.0))
        if job is not None:
            return job
        most = WAITS_PER_ADDRESS if user.startswith("ip:") else WAITS_PER_USER
        if key in self._waiting or sum(who == user for who, _ in self._waiting.values()) >= most:
            return None
        waiter = asyncio.get_running_loop().create_future()
        self._waiting[key] = (user, waiter)
        try:
            return await asyncio.wait_for(waiter, timeout or WAIT_SECONDS)
        except asyncio.TimeoutError:
            return None
        finally:
            if self._waiting.get(key, (None, None))[1] is waiter:
                del self._waiting[key]


async def _lines(job: Any, lang: str) -> AsyncIterator[bytes]:
    job.side_streams += 1
    try:
        async for answer in job.follow():
            yield json.dumps(render.live_item(answer, lang), separators=(",", ":")).encode() + b"\n"
    finally:
        job.side_streams -= 1


_releasing: set[asyncio.Task] = set()  # (a task nobody holds may be collected before it ends)


def _release_when_saved(job: Any, uploads: Any, user: str | None, keep: float = KEEP_SECONDS) -> None:
    """The uploads of a turn this post started are spent once nobody can still send them: else a post that
    nobody's send event adopts could attach one upload to turn after turn (past the upload rate and the
    stored-files quota) and leave it in Gradio's cache for good. Not as soon as the question is saved: the
    page's own send event comes after the post and names the same files (in its queue join, which the web
    guard checks against the user's uploads), so released early it was refused ("Files must be uploaded
    first") whenever the question was saved before the join came. The send event that adopts the turn
    releases them itself; this is for a post that none adopts, once the job is no longer filed."""

    for path, _ in job.turn.files:
        uploads.spend(user or "", path)  # (spent already by the post: a job found filed under the key too)

    async def release() -> None:
        async for _ in job.follow():
            pass
        if job.answer.user_message_id is None:  # refused before its question was saved (a text-only backend,
            for path, _ in job.turn.files:       # a limit): the message and its files go back to the composer
                uploads.give_back(user or "", path)
            return
        await asyncio.sleep(keep)
        discard_uploads(job.turn.files, uploads, user)

    task = asyncio.get_running_loop().create_task(release(), name="side-stream uploads")
    _releasing.add(task)
    task.add_done_callback(_releasing.discard)


def _streamed(job: Any, lang: str | None) -> StreamingResponse:
    """The answer's items in the page's language (it says which: its words only, nothing else follows)."""
    return StreamingResponse(_lines(job, language(lang)), media_type="application/x-ndjson",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


class Started(BaseModel):
    """What the composer sends with Enter: the same inputs as the send event's (checked the same way)."""

    model_config = ConfigDict(extra="ignore")
    conversation: str | None = None  # the conversation the page shows (owner-checked by the turn)
    text: str = Field(default="", max_length=1_000_000)
    files: list[dict[str, Any]] = Field(default_factory=list, max_length=64)
    mode: str = "thinking"
    backend: str | None = None
    system_prompt: str | None = None
    options: list[Any] = Field(default_factory=lambda: [None] * 4, min_length=4, max_length=4)
    tools: list[str] | None = None
    lang: str | None = Field(default=None, max_length=16)  # the page's language, for the words of its items


def busy(handlers: Any, owner_id: str, conversation_id: str | None) -> bool:
    """The caller's conversation answers (the send event queues the message). Someone else's conversation
    is never busy here: its turn is refused as not found, like a missing one."""
    if not conversation_id or not handlers.queue_busy(owner_id, conversation_id):
        return False
    with handlers.ctx.db.session(read_only=True) as session:
        return store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id) is not None


def add_routes(app: FastAPI, handlers: Any) -> None:
    """POST /live/<key> starts the turn and streams it; GET /live/<key> streams the turn the send event
    starts (or started) under that key."""
    ctx, handoff = handlers.ctx, handlers.handoff
    app.state.handoff = handoff  # (for tests: what is filed and who waits)

    @app.post("/live/{key}", include_in_schema=False)
    async def start_and_stream(key: str, started: Started, request: Request) -> StreamingResponse:
        if not KEY.fullmatch(key):
            raise HTTPException(status_code=404, detail="Not found")
        user = request.state.user
        # Read in a worker thread, and made only for a message that goes on (a public demo's visitor gets
        # a row with the first turn, not with each cookieless post).
        owner_id = await ctx.db.call(ctx.owner_id, user)
        job = handoff.filed(key, owner_id)
        if job is None:
            try:
                turn = handlers.turn_for({"text": started.text, "files": started.files}, started.conversation,
                                         started.mode, started.backend, started.system_prompt, started.options,
                                         started.tools, user, limit_key_of(user, request.client and request.client.host))
            except InputProblem:
                raise HTTPException(status_code=409, detail="left to the send event") from None  # (it says why)
            # Taken at once (no await since they were found usable): a concurrent post naming the same upload
            # finds it spent. Given back if this post does not start the turn.
            for path, _ in turn.files:
                ctx.uploads.spend(user or "", path)
            try:
                if not turn.text and not turn.files or await ctx.db.call(busy, handlers, owner_id,
                                                                          turn.conversation_id):
                    raise HTTPException(status_code=409, detail="left to the send event")  # (it queues it)
                if await ctx.turns.limits.would_refuse(turn.limit_key or owner_id):  # (it says why; no row is made)
                    raise HTTPException(status_code=409, detail="left to the send event")
                owner_id = await ctx.db.call(lambda: ctx.owner_id(user, create=True))
            except BaseException:
                for path, _ in turn.files:
                    ctx.uploads.give_back(user or "", path)
                raise
            job = handoff.job_for(key, owner_id, lambda: ctx.jobs.start(owner_id, turn))
            if turn.files:
                _release_when_saved(job, ctx.uploads, user)
        return _streamed(job, started.lang)

    @app.get("/live/{key}", include_in_schema=False)
    async def side_stream(key: str, request: Request) -> StreamingResponse:
        if not KEY.fullmatch(key):
            raise HTTPException(status_code=404, detail="Not found")
        user = request.state.user
        job = await handoff.take(limit_key_of(user, request.client and request.client.host) or user or "", key)
        # Not filed here (another process; a refusal before the job), or someone else's.
        if job is None or job.owner_id != await ctx.db.call(ctx.owner_id, user):
            raise HTTPException(status_code=404, detail="Not found")
        return _streamed(job, request.query_params.get("lang"))

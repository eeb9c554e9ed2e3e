"""Persistence across restarts of the real served app, and the migrated schema itself."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from gradio_client import Client
from sqlalchemy import text

from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.context import LOCAL_USER
from kimi_ui.events import TextDelta, TurnStarted
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import MessageRow
from kimi_ui.turns import TurnInput, Turns
from tests.support.serving import ServedApp, make_settings, serve, sim_backends

pytestmark = pytest.mark.integration


def tag() -> str:
    return f"[per-{uuid.uuid4().hex[:10]}]"


@contextmanager
def served_app(settings, backends) -> Iterator[ServedApp]:
    with serve(settings, backends) as served:
        yield served


def chat(url: str, message: str, *, mode: str = "thinking", conversation_id: str = "") -> dict:
    client = Client(url, verbose=False)
    try:
        return client.predict(message, None, "", mode, conversation_id, api_name="/chat")
    finally:
        client.close()


def bodies_with(sim_requests, marker: str) -> list[dict]:
    return [e["body"] for e in sim_requests() if marker in json.dumps(e["body"]["messages"][-1], ensure_ascii=False)]


def test_conversation_survives_a_restart_and_continues_with_its_history(sim, sim_requests, tmp_path):
    first_text, second_text = f"{tag()} remember the word 'teapot'", f"{tag()} which word?"
    settings = make_settings(tmp_path, default_backend="Simulated vLLM")

    with served_app(settings, sim_backends(sim.url)) as served:
        first = chat(served.url, first_text, mode="thinking")
    assert first["status"] == "done" and first["reasoning"] and first["content"]
    conversation_id = first["conversation_id"]

    with served_app(settings, sim_backends(sim.url)) as served:
        owner_id = served.ctx.owner_id(None)
        with served.ctx.db.session() as session:
            listed = store.list_conversations(session, owner_id=owner_id)
            rows = store.list_messages(session, owner_id=owner_id, conversation_id=conversation_id)
        assert [c.id for c in listed] == [conversation_id]
        assert listed[0].title.startswith(first_text[:20])
        assert [(r.role, r.status) for r in rows] == [("user", "done"), ("assistant", "done")]
        assert rows[0].content == first_text
        assert (rows[1].content, rows[1].reasoning) == (first["content"], first["reasoning"])
        assert rows[1].usage["completion_tokens"] == first["usage"]["completion_tokens"]

        second = chat(served.url, second_text, mode="instant", conversation_id=conversation_id)

    assert second["status"] == "done" and second["conversation_id"] == conversation_id
    assert "messages: 4" in second["content"]  # system, user, assistant, user
    (body,) = bodies_with(sim_requests, second_text)
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert body["messages"][1]["content"] == first_text
    assert body["messages"][2]["content"] == first["content"]
    assert body["messages"][3]["content"] == second_text
    assert not {"reasoning", "reasoning_content"} & set(body["messages"][2])  # finished turn: not resent


def test_answer_left_streaming_is_marked_interrupted_at_start_up(sim, tmp_path):
    settings = make_settings(tmp_path, default_backend="Simulated vLLM")
    db = Database(settings.effective_database_url)
    db.migrate()
    with db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", backend="Simulated vLLM",
                                                 mode="thinking", title="power cut")
        store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user", content="hi")
        answer = store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="assistant",
                                   status="streaming", content="Half an ans", reasoning="Let me th")
        finished = store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="assistant",
                                     status="done", content="An older, finished answer")
    db.dispose()

    with served_app(settings, sim_backends(sim.url)) as served:
        assert served.ctx.owner_id(None) == owner_id
        with served.ctx.db.session() as session:
            rows = {r.id: r for r in store.list_messages(session, owner_id=owner_id, conversation_id=conversation.id)}
    assert rows[answer.id].status == "interrupted"
    assert (rows[answer.id].content, rows[answer.id].reasoning) == ("Half an ans", "Let me th")  # kept
    assert rows[finished.id].status == "done"


def test_answer_is_checkpointed_while_it_streams(sim, tmp_path):
    """A crash mid-answer loses at most ~2 s: the row holds the text so far while it streams."""
    settings = make_settings(tmp_path)
    db = Database(f"sqlite:///{tmp_path}/t.db")
    db.migrate()
    with db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
    text = f"{tag()} #sim rate=40 tokens=110"

    async def go() -> tuple[str, str, str, str]:
        backends = Backends([Backend(c) for c in sim_backends(sim.url) if c.name == "Simulated vLLM"])
        turns = Turns(db, backends, settings)
        shown, first_at, seen, seen_shown, message_id = "", None, None, "", ""
        try:
            async for event in turns.run(owner_id=owner_id, turn=TurnInput(text=text, mode="instant")):
                if isinstance(event, TurnStarted):
                    message_id = event.message_id
                if isinstance(event, TextDelta):
                    shown += event.text
                    first_at = first_at or time.monotonic()
                if seen is None and first_at and time.monotonic() - first_at >= 2.1:
                    seen = await asyncio.to_thread(read_row, db, message_id)
                    seen_shown = shown
        finally:
            await backends.close()
        return seen.status, seen.content, seen_shown, read_row(db, message_id).status

    try:
        status, saved, shown_then, final_status = asyncio.run(go())
    finally:
        db.dispose()
    assert status == "streaming"
    assert saved and shown_then.startswith(saved)  # a prefix of what the user saw by then
    assert final_status == "done"


def test_streams_at_once_share_one_checkpoint_transaction_a_second(sim, tmp_path):
    """Six answers streaming together for about 3 s: their checkpoints go in one transaction a second (not
    one per stream per second), and each row holds its own text so far while it streams."""
    settings = make_settings(tmp_path)
    db = Database(f"sqlite:///{tmp_path}/t.db")
    db.migrate()
    with db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
    streams = 6

    async def go() -> tuple[int, list[tuple[str, str, str]], list[str]]:
        backends = Backends([Backend(c) for c in sim_backends(sim.url) if c.name == "Simulated vLLM"])
        turns = Turns(db, backends, settings)
        seen: list[tuple[str, str, str]] = []

        async def one(index: int) -> str:
            shown, first_at, message_id, looked = "", None, "", False
            turn = TurnInput(text=f"{tag()} stream {index} #sim rate=40 tokens=120", mode="instant")
            async for event in turns.run(owner_id=owner_id, turn=turn):
                if isinstance(event, TurnStarted):
                    message_id = event.message_id
                if isinstance(event, TextDelta):
                    shown += event.text
                    first_at = first_at or time.monotonic()
                if not looked and first_at and time.monotonic() - first_at >= 2.2:
                    looked = True
                    row = await asyncio.to_thread(read_row, db, message_id)
                    seen.append((row.status, row.content, shown))
            return message_id

        try:
            ids = await asyncio.gather(*(one(i) for i in range(streams)))
        finally:
            await backends.close()
        return turns.checkpoints.transactions, seen, list(ids)

    try:
        transactions, seen, ids = asyncio.run(go())
        finals = [read_row(db, message_id) for message_id in ids]
    finally:
        db.dispose()
    assert len(seen) == streams
    for status, saved, shown in seen:
        assert status == "streaming" and saved and shown.startswith(saved)
    assert 2 <= transactions <= 5  # ~3 s of streaming; one transaction per stream per second would be >= 12
    assert [row.status for row in finals] == ["done"] * streams
    assert len({row.content for row in finals}) == streams  # no stream's text went into another's row


def test_a_checkpoint_never_overwrites_a_final_answer(database_url):
    """The turn's final write can land before a checkpoint taken earlier: the checkpoint then changes
    nothing (checkpoints only update rows still 'streaming'), on both databases."""
    db = Database(database_url)
    db.migrate()
    try:
        with db.session() as session:
            owner_id = store.ensure_user(session, name=LOCAL_USER).id
            conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", backend="b",
                                                      mode="instant", title="t")
            store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user", content="q")
            answer = store.add_message(session, owner_id=owner_id, conversation_id=conversation.id,
                                       role="assistant", status="streaming")
        with db.session() as session:
            changed = store.checkpoint_messages(session, [(owner_id, answer.id, {"content": "par", "status": "streaming"})])
        assert changed == 1 and read_row(db, answer.id).content == "par"
        with db.session() as session:  # the final write
            store.update_message(session, owner_id=owner_id, message_id=answer.id, content="partial answer, done",
                                 status="done")
        with db.session() as session:  # a late checkpoint, and one with another owner's id
            late = store.checkpoint_messages(session, [(owner_id, answer.id, {"content": "parti", "status": "streaming"}),
                                                       ("someone-else", answer.id, {"content": "x"})])
        assert late == 0
        row = read_row(db, answer.id)
        assert (row.status, row.content) == ("done", "partial answer, done")
    finally:
        db.dispose()


def read_row(db: Database, message_id: str) -> MessageRow:
    with db.session() as session:
        return session.get(MessageRow, message_id)


def test_database_uses_wal_and_a_busy_timeout(tmp_path):
    path = tmp_path / "t.db"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        db.dispose()
    # WAL is a property of the file: any other connection sees it too
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    finally:
        plain.close()

"""Storage on both databases: migrations from blank and from the foundation's schema, the schema matching
the models, owner-scoped reads and writes, accounts and sessions."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from kimi_ui import auth
from kimi_ui.storage import store
from kimi_ui.storage import search_schema
from kimi_ui.storage.db import Database
from kimi_ui.storage.search import search
from kimi_ui.storage.models import Attachment


def _not_search(obj, name, type_, reflected, compare_to):
    """The full-text index lives outside the ORM models (search_schema): leave it out of the comparison."""
    return not search_schema.is_search_object(name, type_)


def test_blank_database_migrates_to_the_models(database_url):
    db = Database(database_url)
    db.migrate()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _not_search})
        assert compare_metadata(context, SQLModel.metadata) == []
    db.dispose()


def test_owner_scoped_store_on_both_databases(database_url):
    db = Database(database_url)
    db.migrate()
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        chat = store.create_conversation(session, owner_id=alice, system_prompt="p", backend="b", mode="thinking",
                                         title="Alice's plans", tools=["calculator"])
        picture = Attachment(owner_id=alice, sha256="f" * 64, mime="image/png", width=2, height=3, name="a.png")
        user = store.add_message(session, owner_id=alice, conversation_id=chat.id, role="user", content="hi",
                                 attachments=[picture])
        answer = store.add_message(session, owner_id=alice, conversation_id=chat.id, role="assistant",
                                   status="streaming", rounds=[{"calls": [{"id": "functions.x:0", "name": "x"}]}],
                                   usage={"completion_tokens": 5})
        assert store.add_message(session, owner_id=bob, conversation_id=chat.id, role="user", content="x") is None
        assert store.get_conversation(session, owner_id=bob, conversation_id=chat.id) is None
        assert not store.update_message(session, owner_id=bob, message_id=answer.id, content="hijacked")
        assert store.get_attachment(session, owner_id=bob, attachment_id=picture.id) is None
        assert store.mark_streaming_interrupted(session) == 1
        rows = store.list_messages(session, owner_id=alice, conversation_id=chat.id)
        assert [(r.role, r.status) for r in rows] == [("user", "done"), ("assistant", "interrupted")]
        assert rows[1].rounds[0]["calls"][0]["name"] == "x" and rows[1].usage == {"completion_tokens": 5}
        found = store.attachments_for(session, owner_id=alice, message_ids=[user.id])[user.id]
        assert [(a.width, a.height, a.kind) for a in found] == [(2, 3, "image")]
        assert store.list_conversations(session, owner_id=alice)[0].tools == ["calculator"]
    db.dispose()


def test_accounts_and_sessions_on_both_databases(database_url):
    auth.configure_hasher(time_cost=1, memory_cost=8192, parallelism=1)
    try:
        db = Database(database_url)
        db.migrate()
        with db.session() as session:
            auth.create_user(session, name="carol", password="long enough pw")
            user = auth.authenticate(session, name="carol", password="long enough pw")
            token = auth.start_session(session, user_id=user.id, ip="127.0.0.1", lifetime=timedelta(hours=1))
            assert auth.resolve_session(session, token=token).name == "carol"
            auth.set_password(session, name="carol", password="another long pw")
            assert auth.resolve_session(session, token=token) is None
        db.dispose()
    finally:
        auth.configure_hasher()


def test_the_foundation_schema_upgrades_on_both_databases(database_url):
    """A database as the first release left it (revision 0001), with a conversation, upgraded to head:
    every old message is intact, in order, on one branch, findable, and the chat goes on from its end."""
    db = Database(database_url)
    db.migrate("0001")
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES ('u1', 'local', '2026-01-01')"))
        conn.execute(sa.text(
            "INSERT INTO conversations (id, owner_id, title, system_prompt, backend, mode, created_at, updated_at) "
            "VALUES ('c1', 'u1', 'Old chat about quokkas', '', 'vLLM', 'thinking', '2026-01-01', '2026-01-01')"))
        for seq, (mid, role, content) in enumerate(
                [("m1", "user", "hello marsupial"), ("m2", "assistant", "hi there"), ("m3", "user", "more?")], 1):
            conn.execute(sa.text(
                "INSERT INTO messages (id, conversation_id, owner_id, seq, role, content, reasoning, status, "
                "created_at, updated_at) VALUES (:id, 'c1', 'u1', :seq, :role, :content, 'old thoughts', 'done', "
                "'2026-01-01', '2026-01-01')"), {"id": mid, "seq": seq, "role": role, "content": content})
        conn.execute(sa.text(
            "INSERT INTO attachments (id, owner_id, message_id, sha256, mime, width, height, name, byte_size, "
            "position, created_at) VALUES ('a1', 'u1', 'm1', 'abc', 'image/png', 10, 20, 'x.png', 99, 0, "
            "'2026-01-01')"))
    db.migrate()
    with db.session() as session:
        (conversation,) = store.list_conversations(session, owner_id="u1")
        assert conversation.title == "Old chat about quokkas" and conversation.tools is None
        assert (conversation.pinned, conversation.archived, conversation.title_by) == (False, False, "words")
        assert conversation.leaf_id == "m3"
        rows = store.branch_messages(session, owner_id="u1", conversation_id="c1")
        assert [(r.id, r.parent_id, r.content) for r in rows] == [
            ("m1", None, "hello marsupial"), ("m2", "m1", "hi there"), ("m3", "m2", "more?")]
        assert store.attachments_for(session, owner_id="u1", message_ids=["m1"])["m1"][0].name == "x.png"
        assert [h.message_id for h in search(session, owner_id="u1", query="marsupial")] == ["m1"]
        assert [h.message_id for h in search(session, owner_id="u1", query="quokkas")] == [None]
        assert len(search(session, owner_id="u1", query="thoughts")) == 3  # the old rows' reasoning
        new = store.add_message(session, owner_id="u1", conversation_id="c1", role="assistant", content="sure")
        assert new.parent_id == "m3" and new.seq == 4
    db.dispose()


def test_answers_from_before_0013_count_in_usage_days(database_url):
    """The admin's charts and this month's quota start from what the answers written before used."""
    from kimi_ui.storage.team_model import UsageDay
    from kimi_ui.usage import spent

    db = Database(database_url)
    db.migrate("0012")
    import json

    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES ('u1', 'alice', '2026-11-30')"))
        conn.execute(sa.text(
            "INSERT INTO conversations (id, owner_id, title, system_prompt, backend, mode, created_at, updated_at) "
            "VALUES ('c1', 'u1', 't', '', 'vLLM', 'thinking', '2026-11-30', '2026-11-30')"))
        for seq, usage in enumerate(({"prompt_tokens": 100, "completion_tokens": 20, "cost": 0.5, "currency": "USD"},
                                     {"prompt_tokens": 10, "completion_tokens": 5, "agent_tokens": 7},
                                     {"prompt_tokens": True, "completion_tokens": "lots"}, None), 1):  # odd: none
            conn.execute(sa.text(
                "INSERT INTO messages (id, conversation_id, owner_id, seq, role, content, reasoning, status, usage, "
                "backend, tool_count, created_at, updated_at) VALUES (:id, 'c1', 'u1', :seq, 'assistant', 'a', '', "
                "'done', :usage, 'vLLM', 0, '2026-11-30 10:00:00', '2026-11-30 10:00:00')"),
                {"id": f"m{seq}", "seq": seq, "usage": json.dumps(usage) if usage else None})
    db.migrate()
    with db.session() as session:
        (row,) = session.exec(sa.select(UsageDay)).scalars().all()
        assert (row.owner_id, row.day, row.backend, row.tokens, row.prompt_tokens, row.requests, row.cost) == (
            "u1", date(2026, 11, 30), "vLLM", 142, 110, 2, 0.5)
        assert spent(session, owner_id="u1", now=datetime(2026, 11, 30, 12, tzinfo=timezone.utc)) == (142, 142)
    db.dispose()


def test_head_constant_is_alembics_head_and_a_database_at_head_skips_alembic(tmp_path):
    from alembic.script import ScriptDirectory

    from kimi_ui.storage.db import HEAD, alembic_config

    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    assert ScriptDirectory.from_config(alembic_config(db.engine)).get_current_head() == HEAD
    assert db.revision() is None  # a new file
    db.migrate()
    assert db.revision() == HEAD
    db.migrate()  # at head: returns without running Alembic, and the database is unchanged
    assert db.revision() == HEAD
    db.dispose()

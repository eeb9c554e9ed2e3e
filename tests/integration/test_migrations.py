"""Schema changes are Alembic migrations: a database made by the previous release upgrades intact."""

from __future__ import annotations

import sqlalchemy as sa

from kimi_ui.storage import store
from kimi_ui.storage.db import Database


def test_a_foundation_database_upgrades_to_head_with_its_conversations_intact(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Database(url)
    old.migrate("0001")  # the foundation's schema, as the first release left it
    with old.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES ('u1', 'local', '2026-01-01')"))
        conn.execute(sa.text(
            "INSERT INTO conversations (id, owner_id, title, system_prompt, backend, mode, created_at, updated_at) "
            "VALUES ('c1', 'u1', 'Old chat', 'You are Kimi', 'vLLM', 'thinking', '2026-01-01', '2026-01-01')"))
        conn.execute(sa.text(
            "INSERT INTO messages (id, conversation_id, owner_id, seq, role, content, reasoning, status, "
            "created_at, updated_at) VALUES ('m1', 'c1', 'u1', 1, 'user', 'hello', '', 'done', '2026-01-01', "
            "'2026-01-01')"))
        conn.execute(sa.text(
            "INSERT INTO attachments (id, owner_id, message_id, sha256, mime, width, height, name, byte_size, "
            "position, created_at) VALUES ('a1', 'u1', 'm1', 'abc', 'image/png', 10, 20, 'x.png', 99, 0, "
            "'2026-01-01')"))
    old.dispose()

    new = Database(url)
    new.migrate()
    with new.session() as session:
        (conversation,) = store.list_conversations(session, owner_id="u1")
        (message,) = store.list_messages(session, owner_id="u1", conversation_id="c1")
        attachments = store.attachments_for(session, owner_id="u1", message_ids=["m1"])["m1"]
    assert conversation.title == "Old chat" and message.content == "hello"
    assert [(a.kind, a.label, a.width, a.height) for a in attachments] == [("image", "", 10, 20)]

"""Deleting data for good (kimi_ui/erasure.py) on SQLite and PostgreSQL: "Delete my data" takes everything of
one user and nothing of another's, and the retention sweep deletes chats past the retention with their files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import update

from kimi_ui import auth, keys
from kimi_ui.config import load_settings
from kimi_ui.erasure import erase_user_data, may_erase
from kimi_ui.server import build_context, sweep_demo
from kimi_ui.sharing import create_link, open_link
from kimi_ui.storage import store
from kimi_ui.storage.files import blob_path, save_blob
from kimi_ui.storage.models import Attachment, Conversation, Folder, UserSettings, utcnow
from kimi_ui.storage.queued_model import QueuedMessage
from tests.support.accounts import cheap_hashing


@pytest.fixture
def settings(tmp_path, database_url):
    return load_settings({"data_dir": str(tmp_path / "data"), "database_url": database_url, "backends": []},
                         env_file=None)


def chat(session, owner_id: str, title: str, picture: bytes, settings) -> tuple[str, str]:
    """A conversation with a question that carries a picture: (its id, the picture's sha256)."""
    conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", backend="",
                                             mode="instant", title=title)
    sha, _ = save_blob(settings.attachments_dir, picture, "image/png")
    store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user", content=title,
                      attachments=[Attachment(sha256=sha, mime="image/png", byte_size=len(picture))])
    return conversation.id, sha


def test_delete_my_data_takes_everything_of_one_user_and_nothing_of_anothers(settings):
    ctx = build_context(settings)
    db = ctx.db
    with cheap_hashing(), db.session() as session:
        alice = auth.create_user(session, name="alice", password="alice-password")
        bob = auth.create_user(session, name="bob", password="bob-password")
        alice_id, bob_id = alice.id, bob.id
        mine, own_sha = chat(session, alice_id, "alice's own", b"only alice's picture", settings)
        _, shared_sha = chat(session, alice_id, "alice's copy", b"a picture both have", settings)
        bobs, _ = chat(session, bob_id, "bob's", b"a picture both have", settings)
        session.add(Folder(owner_id=alice_id, name="Work"))
        session.add(UserSettings(user_id=alice_id, theme="dark"))
        session.add(QueuedMessage(owner_id=alice_id, conversation_id=mine, text="later"))
        session.commit()
        link = create_link(session, owner_id=alice_id, conversation_id=mine).id
        bob_link = create_link(session, owner_id=bob_id, conversation_id=bobs).id
        _, secret = keys.create_key(session, user_id=alice_id, name="script")
        token = auth.start_session(session, user_id=alice_id, ip=None, lifetime=timedelta(hours=1))
        bob_token = auth.start_session(session, user_id=bob_id, ip=None, lifetime=timedelta(hours=1))
    held = Path(settings.data_dir) / "queued" / alice_id / "q"
    held.mkdir(parents=True)
    (held / "0-file.txt").write_text("held")

    erased = erase_user_data(db, owner_id=alice_id, data_dir=settings.data_dir,
                             attachments_dir=settings.attachments_dir)
    assert (erased.conversations, erased.keys, erased.links) == (2, 1, 1)

    with db.session() as session:
        assert store.count_conversations(session, owner_id=alice_id, archived=None) == 0
        assert session.get(UserSettings, alice_id) is None
        assert session.exec(Folder.__table__.select().where(Folder.owner_id == alice_id)).all() == []
        assert session.exec(QueuedMessage.__table__.select().where(QueuedMessage.owner_id == alice_id)).all() == []
        assert keys.resolve_key(session, secret=secret) is None
        assert keys.list_keys(session, user_id=alice_id) == []
        assert auth.resolve_session(session, token=token) is None  # logged out
        assert open_link(session, token=link).state == "missing"
        assert auth.get_user(session, name="alice") is not None  # the account stays
        # bob's chat, picture, link and login are his as before
        assert [c.id for c in store.list_conversations(session, owner_id=bob_id)] == [bobs]
        assert open_link(session, token=bob_link).state == "open"
        assert auth.resolve_session(session, token=bob_token).name == "bob"
    assert not blob_path(settings.attachments_dir, own_sha, "image/png").exists()
    assert blob_path(settings.attachments_dir, shared_sha, "image/png").exists()  # bob's too
    assert not held.parent.exists()
    assert [may_erase(n) for n in ("alice", auth.LOCAL_USER, "demo-0123", None)] == [True, False, False, False]
    db.dispose()


def test_the_sweep_deletes_chats_past_the_retention_with_their_files(settings):
    settings.retention_days = 30
    ctx = build_context(settings)
    with ctx.db.session() as session:
        owner_id = store.ensure_user(session, name="carol").id
        old, old_sha = chat(session, owner_id, "old", b"an old picture", settings)
        pinned, _ = chat(session, owner_id, "old but pinned", b"a pinned picture", settings)
        fresh, fresh_sha = chat(session, owner_id, "fresh", b"a fresh picture", settings)
        store.update_conversation(session, owner_id=owner_id, conversation_id=pinned, touch=False, pinned=True)
        long_ago = utcnow() - timedelta(days=31)
        session.exec(update(Conversation).where(Conversation.id.in_([old, pinned])).values(updated_at=long_ago))
        session.commit()

    settings.retention_days = 0  # kept forever: nothing goes
    sweep_demo(ctx)
    with ctx.db.session(read_only=True) as session:
        assert store.count_conversations(session, owner_id=owner_id) == 3

    settings.retention_days = 30
    sweep_demo(ctx)
    with ctx.db.session(read_only=True) as session:
        assert [c.id for c in store.list_conversations(session, owner_id=owner_id)] == [fresh]
    assert not blob_path(settings.attachments_dir, old_sha, "image/png").exists()
    assert blob_path(settings.attachments_dir, fresh_sha, "image/png").exists()
    ctx.db.dispose()

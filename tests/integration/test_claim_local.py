"""`python app.py users claim-local NAME` (kimi_ui/claim.py) on SQLite and PostgreSQL: the chats made before
accounts move to an account with everything that belongs to them, and the start-up log says when to."""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from kimi_ui import auth
from kimi_ui.config import load_settings
from kimi_ui.storage import search, store
from kimi_ui.storage.db import Database
from kimi_ui.storage.files import blob_path, save_blob
from kimi_ui.storage.models import Attachment, Folder, UserSettings, utcnow
from kimi_ui.storage.queued_model import QueuedMessage
from kimi_ui.storage.running_model import RunningAnswer
from kimi_ui.storage.team_model import UsageDay
from kimi_ui.users_cli import main
from tests.support.accounts import cheap_hashing


@pytest.fixture(autouse=True)
def cheap_hasher():
    with cheap_hashing():
        yield


@pytest.fixture
def settings(tmp_path, database_url):
    return load_settings({"data_dir": str(tmp_path / "data"), "database_url": database_url, "backends": []},
                         env_file=None)


def users(settings, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), settings, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def local_history(db: Database, settings) -> dict[str, str]:
    """What a user without accounts leaves behind: a chat in a folder with a picture, a queued message with
    its file, settings, an ended answer's lease."""
    holding = Path(settings.data_dir) / "queued"
    with db.session() as session:
        local = store.ensure_user(session, name=auth.LOCAL_USER)
        chat = store.create_conversation(session, owner_id=local.id, system_prompt="", backend="b", mode="instant",
                                         title="before accounts")
        sha, _ = save_blob(settings.attachments_dir, b"\x89PNG picture", "image/png")
        question = store.add_message(session, owner_id=local.id, conversation_id=chat.id, role="user",
                                     content="the zebra question", attachments=[Attachment(
                                         sha256=sha, mime="image/png", byte_size=12, name="p.png")])
        store.add_message(session, owner_id=local.id, conversation_id=chat.id, role="assistant", content="stripes")
        folder = Folder(owner_id=local.id, name="Old things")
        session.add(folder)
        session.add(UserSettings(user_id=local.id, theme="dark"))
        held = holding / local.id / "q1"
        held.mkdir(parents=True)
        (held / "0-notes.txt").write_text("queued file")
        session.add(QueuedMessage(id="q1", owner_id=local.id, conversation_id=chat.id, text="and then?",
                                  files=[[str(held / "0-notes.txt"), "notes.txt"]]))
        session.add(RunningAnswer(message_id="m-old", conversation_id=chat.id, owner_id=local.id, process_id="p",
                                  lease_until=utcnow() - timedelta(minutes=5), started_at=utcnow()))
        for day in (date(2026, 1, 1), date(2026, 1, 2)):
            session.add(UsageDay(owner_id=local.id, day=day, backend="b", tokens=100, requests=1))
        session.commit()
        return {"local": local.id, "chat": chat.id, "question": question.id, "sha": sha, "folder": folder.id}


def test_claim_local_moves_everything_to_the_account(settings, caplog):
    db = Database(settings.effective_database_url)
    db.migrate()
    ids = local_history(db, settings)
    with db.session() as session:
        alice = auth.create_user(session, name="alice", password="alice-password")
        alice_id = alice.id
        session.add(UsageDay(owner_id=alice_id, day=date(2026, 1, 2), backend="b", tokens=5, requests=1))
        session.commit()
    from kimi_ui.server import hint_local_chats

    with caplog.at_level(logging.WARNING, logger="kimi_ui.server"):
        hint_local_chats(settings, db)
    assert "1 conversations from before accounts" in caplog.text
    assert "python app.py users claim-local NAME" in caplog.text

    code, out, err = users(settings, "claim-local", "alice")
    assert (code, err) == (0, "")
    assert out.strip() == ("Moved to 'alice': 1 conversations (2 messages, 1 attachments), 1 folders, "
                           "1 queued messages, the settings.")
    with db.session(read_only=True) as session:
        assert [c.title for c in store.list_conversations(session, owner_id=alice_id)] == ["before accounts"]
        assert store.list_conversations(session, owner_id=ids["local"]) == []
        assert [m.content for m in store.branch_messages(session, owner_id=alice_id, conversation_id=ids["chat"])] \
            == ["the zebra question", "stripes"]
        picture = store.attachments_for(session, owner_id=alice_id, message_ids=[ids["question"]])[ids["question"]]
        assert blob_path(settings.attachments_dir, picture[0].sha256, picture[0].mime).read_bytes() == b"\x89PNG picture"
        assert session.get(Folder, ids["folder"]).owner_id == alice_id
        assert session.get(UserSettings, alice_id).theme == "dark"
        assert [h.message_id for h in search.search(session, owner_id=alice_id, query="zebra")] == [ids["question"]]
        assert search.search(session, owner_id=ids["local"], query="zebra") == []
        queued = session.get(QueuedMessage, "q1")
        assert queued.owner_id == alice_id
        assert Path(queued.files[0][0]).read_text() == "queued file"
        assert Path(queued.files[0][0]).parent.parent.name == alice_id
        assert session.get(RunningAnswer, "m-old").owner_id == alice_id
        usage = {u.day.day: (u.tokens, u.requests) for u in session.exec(select(UsageDay)).all()
                 if u.owner_id == alice_id}
        assert usage == {1: (100, 1), 2: (105, 2)}  # added to hers
        assert [u for u in session.exec(select(UsageDay)).all() if u.owner_id == ids["local"]] == []
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="kimi_ui.server"):
        hint_local_chats(settings, db)
    assert "claim-local" not in caplog.text

    assert users(settings, "claim-local", "alice")[1].startswith("The local user has nothing to claim")
    db.dispose()


def test_claim_local_refuses_while_an_answer_runs_and_keeps_the_accounts_own_settings(settings):
    db = Database(settings.effective_database_url)
    db.migrate()
    ids = local_history(db, settings)
    with db.session() as session:
        bob = auth.create_user(session, name="bob", password="bob-password")
        session.add(UserSettings(user_id=bob.id, theme="light"))
        session.add(RunningAnswer(message_id="m-now", conversation_id="other", owner_id=ids["local"], process_id="p",
                                  lease_until=utcnow() + timedelta(minutes=5), started_at=utcnow()))
        session.commit()
        bob_id = bob.id
    code, out, err = users(settings, "claim-local", "bob")
    assert code == 2 and "writing an answer for the local user" in err
    with db.session(read_only=True) as session:
        assert store.list_conversations(session, owner_id=bob_id) == []
    assert (Path(settings.data_dir) / "queued" / ids["local"] / "q1" / "0-notes.txt").is_file()

    with db.session() as session:
        session.delete(session.get(RunningAnswer, "m-now"))
        session.commit()
    assert users(settings, "claim-local", "bob")[0] == 0
    with db.session(read_only=True) as session:
        assert session.get(UserSettings, bob_id).theme == "light"  # the account's own choice stays
        assert len(store.list_conversations(session, owner_id=bob_id)) == 1
    assert users(settings, "claim-local", "nobody")[0] == 2
    assert "no user 'nobody'" in users(settings, "claim-local", "nobody")[2]
    db.dispose()

"""kimi_ui.conversations on real databases: what the UI calls, without Gradio. Every call checks the
owner itself: another user's ids behave like missing ones and change nothing."""

from __future__ import annotations

import json

import pytest

from kimi_ui.conversations import CHAT_WINDOW, LIST_PAGE, Conversations
from kimi_ui.storage import export, store
from kimi_ui.storage.db import Database
from kimi_ui.storage.files import blob_path, save_blob
from kimi_ui.storage.importing import ImportProblem
from kimi_ui.storage.models import Attachment
from tests.support.serving import make_settings


@pytest.fixture
def made(tmp_path, database_url):
    db = Database(database_url)
    db.migrate()
    settings = make_settings(tmp_path, imports_per_hour=2)
    with db.session() as session:
        alice, bob = store.ensure_user(session, name="alice").id, store.ensure_user(session, name="bob").id
    yield Conversations(db, settings), alice, bob
    db.dispose()


def chat(conversations: Conversations, owner: str, title: str, *texts: str, status: str = "done") -> str:
    with conversations.db.session() as session:
        conversation = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b",
                                                 mode="thinking", title=title)
        for i, text in enumerate(texts):
            last = i == len(texts) - 1
            store.add_message(session, owner_id=owner, conversation_id=conversation.id,
                              role="user" if i % 2 == 0 else "assistant", content=text,
                              status=status if last else "done")
    return conversation.id


def branched(conversations: Conversations, owner: str) -> tuple[str, str, str]:
    """q1, a1, then q2 and an edited q2' beside it (shown), each answered: (conversation, q2, q2')."""
    cid = chat(conversations, owner, "fish", "q1", "a1", "q2 heater", "a2")
    with conversations.db.session() as session:
        rows = store.list_messages(session, owner_id=owner, conversation_id=cid)
        q2 = rows[2].id
        edited = store.add_message(session, owner_id=owner, conversation_id=cid, role="user",
                                   content="q2' filter", parent_id=rows[1].id)
        store.add_message(session, owner_id=owner, conversation_id=cid, role="assistant", content="a2'")
    return cid, q2, edited.id


def texts(window) -> list[str]:
    return [row.content for row in window.rows]


def test_branches_switch_and_a_search_hit_shows_its_branch(made):
    conversations, alice, bob = made
    cid, q2, edited = branched(conversations, alice)
    assert texts(conversations.window(alice, cid)) == ["q1", "a1", "q2' filter", "a2'"]
    assert conversations.window(alice, cid).positions[edited] == (2, 2)

    assert not conversations.switch_branch(bob, cid, edited, -1)  # another's: nothing moves
    assert not conversations.switch_branch(alice, cid, "no-such-message", -1)
    assert conversations.switch_branch(alice, cid, edited, -1)
    assert texts(conversations.window(alice, cid)) == ["q1", "a1", "q2 heater", "a2"]

    hits = conversations.search(alice, "filter")
    assert [hit.conversation_id for hit in hits] == [cid]
    assert conversations.search(bob, "filter") == [] and conversations.search(alice, "   ") == []
    assert conversations.show_message(bob, cid, edited) is None
    assert texts(conversations.window(alice, cid)) == ["q1", "a1", "q2 heater", "a2"]
    assert conversations.show_message(alice, cid, edited) == edited  # the hit's branch is shown again
    shown = conversations.window(alice, cid, focus=edited)
    assert texts(shown) == ["q1", "a1", "q2' filter", "a2'"] and shown.focus == edited
    assert conversations.show_message(alice, cid, q2) == q2
    assert texts(conversations.window(alice, cid)) == ["q1", "a1", "q2 heater", "a2"]
    assert texts(conversations.window(alice, cid, upto=edited)) == ["q1", "a1", "q2' filter"]
    assert texts(conversations.window(alice, cid, upto="")) == []


def test_a_long_chat_is_windowed_from_the_end_or_from_a_focus(made):
    conversations, alice, bob = made
    messages = [f"m{i}" for i in range(CHAT_WINDOW + 10)]
    cid = chat(conversations, alice, "long", *messages, status="interrupted")
    shown = conversations.window(alice, cid)
    assert shown.start == 10 and texts(shown) == messages[10:]
    assert shown.unfinished  # the last answer was interrupted: Continue is offered
    assert texts(conversations.window(alice, cid, size=CHAT_WINDOW + 30)) == messages
    with conversations.db.session(read_only=True) as session:
        third = store.list_messages(session, owner_id=alice, conversation_id=cid)[3].id
    focused = conversations.window(alice, cid, focus=third)
    assert focused.start == 3 and focused.rows[0].id == third
    assert conversations.window(bob, cid) is None and conversations.window(alice, None) is None
    assert not conversations.window(alice, chat(conversations, alice, "done", "q", "a")).unfinished


def test_list_pages_rename_pin_archive(made):
    conversations, alice, bob = made
    ids = [chat(conversations, alice, f"chat {i}", "hi") for i in range(LIST_PAGE + 3)]
    first = conversations.listing(alice)
    assert len(first.conversations) == LIST_PAGE and first.more == 3
    assert conversations.listing(alice, pages=2).more == 0
    assert conversations.listing(bob).conversations == []

    assert not conversations.rename(bob, ids[0], "stolen")
    assert not conversations.rename(alice, ids[0], "   ")
    assert conversations.rename(alice, ids[0], "  fish \n tank  " + "x" * 300)
    renamed = conversations.get(alice, ids[0])
    assert renamed.title.startswith("fish tank x") and len(renamed.title) == 200 and renamed.title_by == "user"

    assert conversations.toggle(bob, ids[0], "pinned") is None
    assert conversations.toggle(alice, ids[0], "pinned").pinned
    assert conversations.listing(alice).conversations[0].id == ids[0]
    assert not conversations.toggle(alice, ids[0], "pinned").pinned
    assert conversations.toggle(alice, ids[1], "archived").archived
    assert [c.id for c in conversations.listing(alice, archived=True).conversations] == [ids[1]]
    with pytest.raises(ValueError):
        conversations.toggle(alice, ids[1], "owner_id")
    assert conversations.get(bob, ids[0]) is None


def test_delete_removes_files_nobody_else_uses(made):
    conversations, alice, bob = made
    root = conversations.settings.attachments_dir
    shared_sha, shared = save_blob(root, b"shared picture", "image/png")
    own_sha, own = save_blob(root, b"alice's own picture", "image/png")

    def with_files(owner: str, *shas: str) -> str:
        cid = chat(conversations, owner, "pics")
        with conversations.db.session() as session:
            store.add_message(session, owner_id=owner, conversation_id=cid, role="user", content="look",
                              attachments=[Attachment(sha256=sha, mime="image/png") for sha in shas])
        return cid

    mine, bobs = with_files(alice, shared_sha, own_sha), with_files(bob, shared_sha)
    assert not conversations.delete(bob, mine)  # another's: nothing is deleted
    assert own.exists() and conversations.get(alice, mine) is not None
    assert conversations.delete(alice, mine)
    assert conversations.get(alice, mine) is None and not conversations.delete(alice, mine)
    assert not own.exists() and shared.exists()  # bob still has the shared one
    assert conversations.delete(bob, bobs)
    assert not blob_path(root, shared_sha, "image/png").exists()


def test_import_checks_its_limits_and_makes_the_importers_copy(made, tmp_path):
    conversations, alice, bob = made
    cid, _, _ = branched(conversations, alice)
    with conversations.db.session(read_only=True) as session:
        exported = export.export_conversation(session, owner_id=alice, conversation_id=cid,
                                              attachments_root=conversations.settings.attachments_dir, embed=True)
    path = tmp_path / "fish.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    result = conversations.import_file(bob, path)
    assert len(result) == 1
    (copy,) = conversations.listing(bob).conversations
    assert copy.id != cid and texts(conversations.window(bob, copy.id)) == ["q1", "a1", "q2' filter", "a2'"]

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportProblem):
        conversations.import_file(bob, bad)  # the second import of the hour (the limit is 2)
    with pytest.raises(ImportProblem, match="imports an hour"):
        conversations.import_file(bob, path)
    assert len(conversations.listing(bob).conversations) == 1
    assert len(conversations.import_file(alice, path)) == 1  # the count is per user


def test_a_demo_visitor_is_limited_per_address_too(made, tmp_path):
    conversations, alice, bob = made
    path = tmp_path / "missing.json"
    for owner in (alice, bob):  # two identities, one address: both count
        with pytest.raises(ImportProblem, match="Upload the exported"):
            conversations.import_file(owner, path, demo=True, address="10.0.0.9")
    with pytest.raises(ImportProblem, match="imports an hour"):
        conversations.import_file("a-third-visitor", path, demo=True, address="10.0.0.9")
    with pytest.raises(ImportProblem, match="Upload the exported"):
        conversations.import_file("a-third-visitor", path, demo=True, address="10.0.0.10")

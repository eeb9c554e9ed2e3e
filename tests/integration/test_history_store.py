"""History storage on SQLite and on the real PostgreSQL server: listing (pinned first, archived apart,
paged), search (ranking, snippets, every field, only one's own), deleting with attachments."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.files import blob_path, remove_blobs, save_blob
from kimi_ui.storage.models import Attachment
from kimi_ui.storage.search import MARK_END, MARK_START, search


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


def users(db):
    with db.session() as session:
        return store.ensure_user(session, name="alice").id, store.ensure_user(session, name="bob").id


def chat(session, owner, title, *texts, reasoning=""):
    conversation = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b",
                                             mode="thinking", title=title)
    for i, text in enumerate(texts):
        role = "user" if i % 2 == 0 else "assistant"
        store.add_message(session, owner_id=owner, conversation_id=conversation.id, role=role, content=text,
                          reasoning=reasoning if role == "assistant" else "")
    return conversation


def test_list_pins_first_keeps_archived_apart_and_pages(db):
    alice, _ = users(db)
    with db.session() as session:
        made = [chat(session, alice, f"chat {i}", "hi") for i in range(7)]
        for i, conversation in enumerate(made):  # chat 0 oldest ... chat 6 newest
            conversation.updated_at = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(days=i)
            session.add(conversation)
        session.commit()
        store.update_conversation(session, owner_id=alice, conversation_id=made[1].id, pinned=True, touch=False)
        store.update_conversation(session, owner_id=alice, conversation_id=made[5].id, archived=True, touch=False)
        titles = [c.title for c in store.list_conversations(session, owner_id=alice)]
        assert titles == ["chat 1", "chat 6", "chat 4", "chat 3", "chat 2", "chat 0"]
        assert [c.title for c in store.list_conversations(session, owner_id=alice, limit=2, offset=2)] == [
            "chat 4", "chat 3"]
        assert [c.title for c in store.list_conversations(session, owner_id=alice, archived=True)] == ["chat 5"]
        assert store.count_conversations(session, owner_id=alice) == 6
        assert store.count_conversations(session, owner_id=alice, archived=None) == 7
        # pinning and archiving do not move a chat in time; a new message does
        assert store.get_conversation(session, owner_id=alice, conversation_id=made[1].id).updated_at.day == 2


def test_search_finds_titles_messages_and_reasoning_ranked_with_snippets(db):
    alice, bob = users(db)
    with db.session() as session:
        kube = chat(session, alice, "Kubernetes pods crash", "Why do my pods crash with OOMKilled?",
                    "Raise the memory limit.", reasoning="OOMKilled means the container exceeded its memory")
        chat(session, alice, "Dinner", "A recipe with memory of my grandmother's soup?", "Try this one.")
        chat(session, alice, "Piano", "How do I practise scales?", "Slowly, with a metronome.")
        chat(session, bob, "Bob's memory secrets", "my memory secret is tulip", "noted")
    with db.session(read_only=True) as session:
        hits = search(session, owner_id=alice, query="memory")
        where = [(h.title, h.role) for h in hits]
        # the answer that says "memory" in text and reasoning ranks above the one-mention question
        assert where.index(("Kubernetes pods crash", "assistant")) < where.index(("Dinner", "user"))
        assert all(h.title != "Bob's memory secrets" for h in hits)  # only one's own
        assert all(MARK_START + "memory" + MARK_END in h.snippet.lower() for h in hits)
        (title_hit,) = search(session, owner_id=alice, query="kubernetes")
        assert title_hit.message_id is None and title_hit.conversation_id == kube.id
        reasoning_only = search(session, owner_id=alice, query="exceeded container")
        assert [h.role for h in reasoning_only] == ["assistant"]
        assert search(session, owner_id=bob, query="grandmother") == []
        assert search(session, owner_id=alice, query="tulip") == []
        # the query is words, never syntax: quotes, operators and stars cannot break it
        for odd in ('"memory', "memory OR", "NOT *", "pods AND (", "'; DROP TABLE messages; --", "ümlaut ß"):
            search(session, owner_id=alice, query=odd)
        assert search(session, owner_id=alice, query="   ") == []


def test_search_follows_edits_and_deletes(db):
    alice, _ = users(db)
    with db.session() as session:
        conversation = chat(session, alice, "Notes", "first draft about walruses")
        (row,) = store.list_messages(session, owner_id=alice, conversation_id=conversation.id)
        store.update_message(session, owner_id=alice, message_id=row.id, content="final text about narwhals")
        assert search(session, owner_id=alice, query="walruses") == []
        assert [h.message_id for h in search(session, owner_id=alice, query="narwhals")] == [row.id]
        store.update_conversation(session, owner_id=alice, conversation_id=conversation.id, title="Arctic")
        assert [h.message_id for h in search(session, owner_id=alice, query="arctic")] == [None]
        store.delete_conversation(session, owner_id=alice, conversation_id=conversation.id)
        assert search(session, owner_id=alice, query="narwhals") == []
        assert search(session, owner_id=alice, query="arctic") == []


def test_delete_removes_messages_and_only_unshared_files(db, tmp_path):
    alice, bob = users(db)
    root = tmp_path / "attachments"
    shared_sha, _ = save_blob(root, b"shared picture", "image/png")
    own_sha, _ = save_blob(root, b"alice only", "image/png")

    def picture(sha):
        return Attachment(owner_id="", sha256=sha, mime="image/png", name="p.png", byte_size=10)

    with db.session() as session:
        doomed = store.create_conversation(session, owner_id=alice, system_prompt="", backend="b", mode="instant")
        store.add_message(session, owner_id=alice, conversation_id=doomed.id, role="user", content="look",
                          attachments=[picture(shared_sha), picture(own_sha)])
        kept = store.create_conversation(session, owner_id=bob, system_prompt="", backend="b", mode="instant")
        store.add_message(session, owner_id=bob, conversation_id=kept.id, role="user", content="mine",
                          attachments=[picture(shared_sha)])
        assert store.delete_conversation(session, owner_id=bob, conversation_id=doomed.id) is None  # not his
        orphans = store.delete_conversation(session, owner_id=alice, conversation_id=doomed.id)
        assert orphans == [own_sha]
        remove_blobs(root, orphans)
        assert store.get_conversation(session, owner_id=alice, conversation_id=doomed.id) is None
        assert store.list_messages(session, owner_id=alice, conversation_id=doomed.id) == []
        assert len(store.list_messages(session, owner_id=bob, conversation_id=kept.id)) == 1
    assert not blob_path(root, own_sha, "image/png").exists()
    assert blob_path(root, shared_sha, "image/png").exists()


def test_branches_on_both_databases(db):
    alice, bob = users(db)
    with db.session() as session:
        conversation = chat(session, alice, "t", "q1", "a1", "q2", "a2")
        tree = store.message_tree(session, owner_id=alice, conversation_id=conversation.id)
        q2 = tree.path(None)[2]
        a1 = tree.path(None)[1]
        edited = store.add_message(session, owner_id=alice, conversation_id=conversation.id, role="user",
                                   content="q2 edited", parent_id=a1)
        assert [r.content for r in store.branch_messages(session, owner_id=alice, conversation_id=conversation.id)
                ] == ["q1", "a1", "q2 edited"]
        tree = store.message_tree(session, owner_id=alice, conversation_id=conversation.id)
        assert tree.position(edited.id) == (2, 2) and tree.position(q2) == (1, 2)
        with pytest.raises(ValueError):  # a parent from another conversation is refused
            other = chat(session, alice, "o", "x")
            store.add_message(session, owner_id=alice, conversation_id=other.id, role="user", content="y",
                              parent_id=a1)
        assert store.message_tree(session, owner_id=bob, conversation_id=conversation.id).nodes == {}
        assert store.branch_messages(session, owner_id=bob, conversation_id=conversation.id) == []

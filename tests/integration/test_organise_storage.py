"""Folders, bulk actions, temporary chats and per-user settings on both databases: owner scoping, a
deleted folder keeping its chats, temporary chats kept out of the list, search and export, the day-old
sweep, and settings checked whoever sends them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kimi_ui.conversations import Conversations
from kimi_ui.folders import FolderProblem, Folders
from kimi_ui.preferences import PreferenceProblem, PreferenceStore, Preferences
from kimi_ui.storage import export, store
from kimi_ui.storage.db import Database
from kimi_ui.storage.importing import import_plans, plan_file
from kimi_ui.storage.models import Conversation, utcnow


@pytest.fixture
def world(database_url, tmp_path):
    db = Database(database_url)
    db.migrate()
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
    yield db, alice, bob
    db.dispose()


def _chat(db, owner, title, *, temporary=False, text="hello"):
    with db.session() as session:
        chat = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b", mode="thinking",
                                         title=title, temporary=temporary)
        store.add_message(session, owner_id=owner, conversation_id=chat.id, role="user", content=text)
        return chat.id


def _settings(tmp_path):
    from tests.support.serving import make_settings
    return make_settings(tmp_path)


def test_folders_group_move_and_give_their_chats_back(world, tmp_path):
    db, alice, bob = world
    folders, chats = Folders(db), Conversations(db, _settings(tmp_path))
    work = folders.create(alice, "  Work   notes ")
    assert work.name == "Work notes"
    plans, trip, loose = _chat(db, alice, "Plans"), _chat(db, alice, "Trip"), _chat(db, alice, "Loose")
    assert folders.move(alice, [plans, trip, "nope"], work.id) == 2
    listing = chats.listing(alice)
    assert [c.title for c in listing.conversations] == ["Loose"]  # the list holds the chats in no folder
    [group] = listing.folders
    assert group.folder.name == "Work notes" and {c.title for c in group.conversations} == {"Plans", "Trip"}
    assert folders.collapse(alice, work.id, True)
    [group] = chats.listing(alice).folders
    assert group.conversations == [] and group.count == 2  # closed: counted, not listed
    assert folders.delete(alice, work.id) == 2
    assert {c.title for c in chats.listing(alice).conversations} == {"Plans", "Trip", "Loose"}
    assert chats.get(alice, plans) is not None and chats.listing(alice).folders == []
    assert loose


def test_another_users_folder_and_chats_are_missing(world, tmp_path):
    db, alice, bob = world
    folders = Folders(db)
    hers = folders.create(alice, "Hers")
    his_chat, her_chat = _chat(db, bob, "His"), _chat(db, alice, "Hers")
    with pytest.raises(FolderProblem) as problem:
        folders.move(bob, [his_chat], hers.id)  # into her folder: refused
    assert problem.value.code == "folder.missing"
    assert folders.move(bob, [her_chat], None) == 0  # her chat out of her folder: not his to move
    assert folders.move(alice, [her_chat, his_chat], hers.id) == 1  # his chat into hers: only hers moves
    assert not folders.rename(bob, hers.id, "Mine now") and not folders.collapse(bob, hers.id, True)
    assert folders.delete(bob, hers.id) is None
    assert [f.name for f in folders.list(alice)] == ["Hers"] and folders.list(bob) == []
    assert Folders(db).set_archived(bob, [her_chat], True) == 0
    with pytest.raises(FolderProblem):
        folders.create(alice, "   ")


def test_bulk_archive_and_delete_only_touch_the_callers_chats(world, tmp_path):
    db, alice, bob = world
    chats = Conversations(db, _settings(tmp_path))
    mine = [_chat(db, alice, f"Chat {i}") for i in range(3)]
    his = _chat(db, bob, "His")
    assert Folders(db).set_archived(alice, mine[:2] + [his], True) == 2
    assert [c.title for c in chats.listing(alice).conversations] == ["Chat 2"]
    assert {c.title for c in chats.listing(alice, archived=True).conversations} == {"Chat 0", "Chat 1"}
    assert chats.delete_many(alice, mine + [his]) == 3
    assert chats.get(bob, his) is not None and chats.listing(alice, archived=True).conversations == []


def test_temporary_chats_are_never_listed_searched_or_exported(world, tmp_path):
    db, alice, _ = world
    chats = Conversations(db, _settings(tmp_path))
    kept = _chat(db, alice, "Kept", text="zebra crossing")
    secret = _chat(db, alice, "Secret zebra", temporary=True, text="zebra secrets")
    assert [c.id for c in chats.listing(alice).conversations] == [kept]
    assert {h.conversation_id for h in chats.search(alice, "zebra")} == {kept}
    assert Folders(db).move(alice, [secret], Folders(db).create(alice, "F").id) == 0  # not filed either
    with db.session() as session:
        assert export.conversation_ids(session, owner_id=alice) == [kept]
        # nor archived (it would never show), nor exported by its own address
        assert store.set_archived(session, owner_id=alice, conversation_ids=[secret], archived=True) == 0
        assert export.export_conversation(session, owner_id=alice, conversation_id=secret,
                                          attachments_root=tmp_path, embed=False) is None
    assert chats.window(alice, secret) is not None  # open (and reloadable) while in use
    assert not chats.leave(alice, kept)  # leaving an ordinary chat deletes nothing
    assert chats.leave(alice, secret) and chats.get(alice, secret) is None


def test_a_day_old_temporary_chat_is_swept(world):
    db, alice, _ = world
    old, fresh, ordinary = (_chat(db, alice, "Old", temporary=True), _chat(db, alice, "Fresh", temporary=True),
                            _chat(db, alice, "Ordinary"))
    with db.session() as session:
        for cid in (old, ordinary):
            row = session.get(Conversation, cid)
            row.updated_at = utcnow() - timedelta(hours=25)
            session.add(row)
        session.commit()
        store.delete_stale_temporary(session, before=utcnow() - timedelta(hours=24))
        left = {c.id for c in session.exec(store.select(Conversation)).all()}
    assert old not in left and {fresh, ordinary} <= left


def test_a_chats_folder_shows_in_search_and_export_and_comes_back_on_import(world, tmp_path):
    db, alice, bob = world
    folders, chats = Folders(db), Conversations(db, _settings(tmp_path))
    trips = folders.create(alice, "Trips")
    lisbon = _chat(db, alice, "Lisbon", text="pastel de nata")
    folders.move(alice, [lisbon], trips.id)
    [hit] = [h for h in chats.search(alice, "nata")]
    assert hit.folder == "Trips"
    with db.session() as session:
        exported = export.export_conversation(session, owner_id=alice, conversation_id=lisbon,
                                              attachments_root=tmp_path, embed=False)
    assert exported["conversation"]["folder"] == "Trips"
    assert "folder Trips" in export.to_markdown(exported)
    path = tmp_path / "lisbon.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    with db.session() as session:  # bob imports it: a folder of that name is made for him, his own
        import_plans(session, owner_id=bob, plans=plan_file(path, name=path.name, max_bytes=10**6, max_items=10**4),
                     attachments_root=tmp_path, max_stored_bytes=None)
    [his] = folders.list(bob)
    assert his.name == "Trips" and his.id != trips.id
    [group] = chats.listing(bob).folders
    assert [c.title for c in group.conversations] == ["Lisbon"]


def test_settings_are_per_user_and_checked(world):
    db, alice, bob = world
    prefs = PreferenceStore(db)
    assert prefs.get(alice) == Preferences()
    saved = prefs.save(alice, theme="dark", language="de", default_mode="instant", enter_sends=False,
                       custom_instructions="Antworte knapp.")
    assert (saved.theme, saved.language, saved.default_mode, saved.enter_sends) == ("dark", "de", "instant", False)
    assert prefs.get(bob) == Preferences()
    for bad in ({"theme": "purple"}, {"language": "fr"}, {"default_mode": "swarm?"}, {"enter_sends": "yes"},
                {"owner": "bob"}, {"custom_instructions": "x" * 4001}):
        with pytest.raises(PreferenceProblem):
            prefs.save(alice, **bad)
    assert prefs.get(alice) == saved

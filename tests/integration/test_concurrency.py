"""Many writers at once, the way the app writes (a session per unit of work, store functions), on a SQLite
file (WAL) and on the real PostgreSQL server: no "database is locked", no lost write."""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field

from kimi_ui.storage import store
from kimi_ui.storage.db import Database

WRITERS = 16
USERS = 4  # several writers per user: one person with several tabs streaming at once
CONVERSATIONS = 3  # per writer
TURNS = 2  # per conversation
CHECKPOINTS = 4  # per answer, as turns.py writes them while streaming


@dataclass
class Written:
    """What one writer committed, to be found again afterwards."""

    owner_id: str
    titles: dict[str, str] = field(default_factory=dict)  # conversation id -> its final title
    answers: dict[str, str] = field(default_factory=dict)  # message id -> its final content
    users: dict[str, str] = field(default_factory=dict)  # message id -> the user's text


def write_like_the_app(db: Database, number: int, owner_id: str, start: threading.Barrier) -> Written:
    written = Written(owner_id)
    start.wait()
    for c in range(CONVERSATIONS):
        with db.session() as session:
            conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="p", backend="b",
                                                     mode="instant", title=f"w{number} c{c}")
        for t in range(TURNS):
            text = f"writer {number} conversation {c} turn {t}"
            with db.session() as session:  # turns.py: the user's message and an empty answer, one session
                user = store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user",
                                         content=text)
                answer = store.add_message(session, owner_id=owner_id, conversation_id=conversation.id,
                                           role="assistant", status="streaming")
            content = ""
            for k in range(CHECKPOINTS):  # a session per checkpoint, as turns.Turns._write does
                content += f"part {k} of {text}. "
                with db.session() as session:
                    assert store.update_message(session, owner_id=owner_id, message_id=answer.id, content=content,
                                                status="streaming" if k < CHECKPOINTS - 1 else "done")
            written.users[user.id], written.answers[answer.id] = text, content
            with db.session() as session:  # the UI refreshing the sidebar and the chat in between
                assert store.list_conversations(session, owner_id=owner_id)
                assert store.branch_messages(session, owner_id=owner_id, conversation_id=conversation.id)
        title = f"renamed by writer {number}: {c}"
        with db.session() as session:
            assert store.update_conversation(session, owner_id=owner_id, conversation_id=conversation.id, title=title)
        written.titles[conversation.id] = title
    return written


def run_writers(db: Database, owners: list[str]) -> tuple[list[Written], list[str]]:
    start = threading.Barrier(WRITERS)
    results: list[Written | None] = [None] * WRITERS
    errors: list[str] = []

    def writer(number: int) -> None:
        try:
            results[number] = write_like_the_app(db, number, owners[number % len(owners)], start)
        except BaseException:  # noqa: BLE001 - every failure is reported, with its traceback
            errors.append(f"writer {number}:\n{traceback.format_exc()}")
            start.abort()

    threads = [threading.Thread(target=writer, args=(n,), name=f"writer-{n}") for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    return [r for r in results if r is not None], errors


def test_sixteen_writers_at_once_lose_nothing(database_url):
    db = Database(database_url)
    db.migrate()
    try:
        with db.session() as session:
            owners = [store.ensure_user(session, name=f"user{u}").id for u in range(USERS)]
        written, errors = run_writers(db, owners)
        assert errors == [], "\n".join(errors)
        assert len(written) == WRITERS

        with db.session() as session:
            for mine in written:
                conversations = store.list_conversations(session, owner_id=mine.owner_id, limit=1000)
                titles = {c.id: c.title for c in conversations}
                assert {cid: titles.get(cid) for cid in mine.titles} == mine.titles
                for cid in mine.titles:
                    rows = store.list_messages(session, owner_id=mine.owner_id, conversation_id=cid)
                    assert [r.role for r in rows] == ["user", "assistant"] * TURNS
                    assert [r.seq for r in rows] == list(range(1, 2 * TURNS + 1))
                    for row in rows:
                        if row.role == "user":
                            assert mine.users[row.id] == row.content
                        else:
                            assert (row.content, row.status) == (mine.answers[row.id], "done")
            total = sum(store.count_conversations(session, owner_id=o) for o in owners)
        assert total == WRITERS * CONVERSATIONS
    finally:
        db.dispose()


def test_one_conversation_and_one_new_user_from_many_engines_at_once(database_url):
    """As from several app processes (one engine each): the same new user signs in everywhere at once,
    and messages are added to one conversation at once. One user row; distinct, gap-free seq numbers; the
    messages form one chain (each follows the one written before it)."""
    engines = [Database(database_url) for _ in range(8)]
    engines[0].migrate()
    start = threading.Barrier(len(engines))
    ids: list[str] = []
    errors: list[str] = []

    def sign_in(db: Database) -> None:
        try:
            start.wait()
            with db.session() as session:
                ids.append(store.ensure_user(session, name="newcomer").id)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(exc))

    threads = [threading.Thread(target=sign_in, args=(db,)) for db in engines]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert errors == [] and len(set(ids)) == 1
    owner = ids[0]
    with engines[0].session() as session:
        conversation_id = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b",
                                                    mode="instant").id

    def add(db: Database, number: int) -> None:
        try:
            start.wait()
            for turn in range(4):
                with db.session() as session:
                    store.add_message(session, owner_id=owner, conversation_id=conversation_id, role="user",
                                      content=f"{number}-{turn}")
        except Exception as exc:  # noqa: BLE001
            errors.append(repr(exc))

    threads = [threading.Thread(target=add, args=(db, n)) for n, db in enumerate(engines)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    try:
        assert errors == [], errors
        with engines[0].session() as session:
            rows = store.list_messages(session, owner_id=owner, conversation_id=conversation_id)
            shown = store.branch_messages(session, owner_id=owner, conversation_id=conversation_id)
        assert [r.seq for r in rows] == list(range(1, 33))
        assert [r.parent_id for r in rows] == [None] + [r.id for r in rows[:-1]]
        assert len(shown) == 32
    finally:
        for db in engines:
            db.dispose()

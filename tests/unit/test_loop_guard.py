"""The rule for database work from async code (Database.run / Database.call) and the guard that makes a
violation visible: with strict_loop, a session opened on a thread running an event loop raises."""

from __future__ import annotations

import asyncio
import threading

import pytest

from kimi_ui.storage import store
from kimi_ui.storage.db import STRICT_LOOP_ENV, Database, LoopViolation


@pytest.fixture
def strict_db(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'kimi.db'}", strict_loop=True)
    db.migrate()
    yield db
    db.dispose()


def open_on_loop(db: Database) -> None:
    with db.session(read_only=True) as session:
        store.find_user_id(session, name="alice")


def test_a_session_on_the_loop_raises_and_names_the_caller(strict_db):
    async def handler() -> None:
        open_on_loop(strict_db)

    with pytest.raises(LoopViolation) as raised:
        asyncio.run(handler())
    assert "open_on_loop" in str(raised.value) and "test_loop_guard.py" in str(raised.value)


def test_run_and_call_work_off_the_loop(strict_db):
    def create(session) -> str:
        return store.ensure_user(session, name="alice").id

    async def handler() -> tuple[str, str | None, str]:
        made = await strict_db.run(create)
        found = await strict_db.run(lambda s: store.find_user_id(s, name="alice"), read_only=True)
        thread = await strict_db.call(lambda: (open_on_loop(strict_db), threading.current_thread().name)[1])
        return made, found, thread

    made, found, thread = asyncio.run(handler())
    assert made == found
    assert thread.startswith("kimi-db")


def test_sync_code_without_a_loop_is_not_affected(strict_db):
    open_on_loop(strict_db)  # the CLI, start-up and Gradio's worker threads have no running loop


def test_off_by_default_and_from_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'kimi.db'}"
    monkeypatch.delenv(STRICT_LOOP_ENV, raising=False)
    assert Database(url).strict_loop is False
    monkeypatch.setenv(STRICT_LOOP_ENV, "1")
    lenient, strict = Database(url, strict_loop=False), Database(url)
    lenient.migrate()

    async def handler(db: Database) -> None:
        open_on_loop(db)

    asyncio.run(handler(lenient))  # allowed: the flag is off for this one
    with pytest.raises(LoopViolation):
        asyncio.run(handler(strict))


def test_dispose_stops_the_worker_threads(strict_db):
    async def handler() -> int:
        return await strict_db.call(lambda: 1)

    assert asyncio.run(handler()) == 1
    strict_db.dispose()
    assert strict_db._executor is None
    assert asyncio.run(handler()) == 1  # a later call makes new threads

"""Migration 0008 on a database the code before answer rounds wrote (tests/data/pre-rounds.sqlite.gz, made by
tests/data/make_pre_rounds_db.py at commit 60322ea): SQLite in place, and PostgreSQL with the same rows.

The converted answers must give the model the same history as answers the new code writes for the same
questions."""

from __future__ import annotations

import gzip
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from kimi_ui.answer import Answer
from kimi_ui.messages import ReasoningPart
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.turns import TurnInput
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
FIXTURE = Path(__file__).parent.parent / "data" / "pre-rounds.sqlite.gz"
ROUNDS = ('two rounds\ncall calculator {"expression": "6*7"} & call calculator {"expression": "2**10"}\n'
          'call calculator {"expression": "1+1"}')
TABLES = ("users", "conversations", "messages", "attachments")


def old_database(tmp_path: Path) -> str:
    path = tmp_path / "old.db"
    with gzip.open(FIXTURE, "rb") as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return f"sqlite:///{path}"


def copy_rows(source_url: str, target_url: str) -> None:
    """The old database's rows into a database at revision 0007 (the same schema)."""
    source, target = sa.create_engine(source_url), sa.create_engine(target_url)
    metadata = sa.MetaData()
    metadata.reflect(source, only=TABLES)
    with source.connect() as read, target.begin() as write:
        for name in TABLES:
            table = metadata.tables[name]
            rows = [dict(r._mapping) for r in read.execute(sa.select(table))]
            if rows:
                write.execute(sa.Table(name, sa.MetaData(), autoload_with=write).insert(), rows)
    source.dispose()
    target.dispose()


def answers(db: Database) -> list:
    with db.session() as session:
        return list(session.exec(sa.select(store.MessageRow).where(store.MessageRow.role == "assistant")
                                 .order_by(store.MessageRow.created_at)).scalars())


def plain(messages: list) -> list:
    """Messages without reasoning durations (the old rows kept one for the whole answer only)."""
    return [replace(m, parts=tuple(replace(p, seconds=None) if isinstance(p, ReasoningPart) else p
                                   for p in m.parts)) for m in messages]


def new_answer(tmp_path: Path, sim_url: str, backend: str) -> Answer:
    harness = TurnHarness.create(tmp_path / f"new-{len(backend)}", sim_url, max_tool_rounds=4, auto_title=False)

    answer, _ = harness.run(TurnInput(text=ROUNDS, backend=backend, mode="thinking", tools=("calculator",)),
                            builtin_tools=True)
    message_id = answer.message_id
    return Answer.from_row(next(r for r in answers(harness.db) if r.id == message_id))


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_old_answers_become_rounds_that_replay_like_new_ones(tmp_path, sim, database_url):
    old_url = old_database(tmp_path)
    if database_url.startswith("sqlite"):
        db = Database(old_url)
    else:
        db = Database(database_url)
        db.migrate("0007")
        copy_rows(old_url, database_url)
    db.migrate()
    assert db.revision() >= "0008"
    rows = answers(db)
    assert [r.status for r in rows] == ["done", "done", "done", "done", "interrupted", "error"]
    assert all(r.rounds for r in rows) and [r.tool_count for r in rows] == [3, 0, 3, 0, 0, 0]

    vllm, _, moonshot = (Answer.from_row(r) for r in rows[:3])
    assert [len(r.calls) for r in vllm.rounds] == [2, 1, 0]
    assert [c.result for c in vllm.calls] == ["42", "1024", "2"]
    final = vllm.rounds[-1].reasoning
    assert final and not final.startswith(vllm.rounds[0].reasoning)  # no round's thought repeated at the end
    for old, backend in ((vllm, "Simulated vLLM"), (moonshot, "Simulated Moonshot API")):
        assert plain(old.messages()) == plain(new_answer(tmp_path, sim.url, backend).messages())
    cut = Answer.from_row(rows[4])
    assert cut.rounds[0].reasoning and not cut.rounds[0].content  # what came before the cut is kept

"""Full-text search over one user's titles, messages and reasoning: one function for both databases
(SQLite FTS5 with bm25, PostgreSQL tsvector with ts_rank), returning ranked hits with a snippet whose
matches are marked by MARK_START/MARK_END (the caller escapes the text, then turns those into <mark>)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

MARK_START, MARK_END = "\x02", "\x03"
MAX_TERMS = 12
TITLE_HITS = 5  # title matches shown before message matches


@dataclass(frozen=True)
class Hit:
    conversation_id: str
    title: str
    message_id: str | None  # None: the title matched
    role: str
    snippet: str
    at: datetime | None
    folder: str | None = None  # the name of the folder the conversation is in


def terms(query: str) -> list[str]:
    """Words of the query; every one must occur (search syntax is not exposed, so nothing can break it)."""
    words = re.findall(r"\w+", query.lower())
    return list(dict.fromkeys(words))[:MAX_TERMS]


def search(session: Session, *, owner_id: str, query: str, limit: int = 20) -> list[Hit]:
    words = terms(query)
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    find = _sqlite if dialect == "sqlite" else _postgres
    return find(session, owner_id, words, limit)


def _sqlite(session: Session, owner_id: str, words: list[str], limit: int) -> list[Hit]:
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    params = {"match": match, "owner": owner_id, "start": MARK_START, "end": MARK_END}
    titles = session.execute(text(
        "SELECT c.id, c.title, highlight(conversations_fts, 0, :start, :end), c.updated_at, f.name "
        "FROM conversations_fts JOIN conversations AS c ON c.rowid = conversations_fts.rowid "
        "LEFT JOIN folders AS f ON f.id = c.folder_id "
        "WHERE conversations_fts MATCH :match AND c.owner_id = :owner AND NOT c.temporary "
        "ORDER BY rank LIMIT :n"
    ), {**params, "n": min(TITLE_HITS, limit)}).all()
    messages = session.execute(text(
        "SELECT m.conversation_id, c.title, m.id, m.role, "
        "snippet(messages_fts, -1, :start, :end, '…', 16), m.created_at, f.name "
        "FROM messages_fts JOIN messages AS m ON m.rowid = messages_fts.rowid "
        "JOIN conversations AS c ON c.id = m.conversation_id LEFT JOIN folders AS f ON f.id = c.folder_id "
        "WHERE messages_fts MATCH :match AND m.owner_id = :owner AND NOT c.temporary "
        "ORDER BY bm25(messages_fts, 1.0, 0.5) LIMIT :n"
    ), {**params, "n": limit}).all()
    return _merge(titles, messages, limit)


def _postgres(session: Session, owner_id: str, words: list[str], limit: int) -> list[Hit]:
    params = {
        "query": " ".join(words), "owner": owner_id,
        "options": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=24, MinWords=10, "
                   "MaxFragments=1, FragmentDelimiter=\" … \"",
        "title_options": f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true",
    }
    titles = session.execute(text(
        "WITH q AS (SELECT plainto_tsquery('simple', :query) AS q) "
        "SELECT c.id, c.title, ts_headline('simple', c.title, q.q, :title_options), c.updated_at, f.name "
        "FROM conversations AS c LEFT JOIN folders AS f ON f.id = c.folder_id, q "
        "WHERE c.search @@ q.q AND c.owner_id = :owner AND NOT c.temporary "
        "ORDER BY ts_rank(c.search, q.q) DESC, c.updated_at DESC LIMIT :n"
    ), {**params, "n": min(TITLE_HITS, limit)}).all()
    messages = session.execute(text(
        "WITH q AS (SELECT plainto_tsquery('simple', :query) AS q), "
        "top AS (SELECT m.id, m.conversation_id, m.role, m.content, m.reasoning, m.created_at, "
        "ts_rank(m.search, q.q) AS score FROM messages AS m, q "
        "WHERE m.search @@ q.q AND m.owner_id = :owner AND m.conversation_id NOT IN "
        "(SELECT id FROM conversations WHERE owner_id = :owner AND temporary) "
        "ORDER BY score DESC, m.created_at DESC LIMIT :n) "
        "SELECT top.conversation_id, c.title, top.id, top.role, "
        "ts_headline('simple', top.content || ' ' || top.reasoning, q.q, :options), top.created_at, f.name "
        "FROM top JOIN conversations AS c ON c.id = top.conversation_id "
        "LEFT JOIN folders AS f ON f.id = c.folder_id, q "
        "ORDER BY top.score DESC, top.created_at DESC"
    ), {**params, "n": limit}).all()
    return _merge(titles, messages, limit)


def _when(value: datetime | str | None) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # SQLite returns text


def _merge(titles, messages, limit: int) -> list[Hit]:
    hits = [Hit(cid, title, None, "title", marked, _when(at), folder) for cid, title, marked, at, folder in titles]
    hits += [Hit(cid, title, mid, role, snippet, _when(at), folder)
             for cid, title, mid, role, snippet, at, folder in messages]
    return hits[:limit]

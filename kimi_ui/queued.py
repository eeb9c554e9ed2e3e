"""Messages typed while their conversation answers: saved on the server and sent in order when the answer
ends, whatever tabs are open (issue 13, item 6).

A queued message keeps the turn's options and copies of its files, taken out of Gradio's upload cache at
queue time (that cache is swept after ten minutes; a queue can wait longer). When a job of a conversation
ends (Jobs.after_job), the next message is started as a new job: after an answer that finished; not after
Stop, an error or an interruption (a shutdown, a lost process), which pause the conversation's queue
(shown, sent when the user asks: Continue is offered on the answer before). Database work runs in
Database's threads. No gradio."""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session

from kimi_ui.events import note_of, quoted
from kimi_ui.i18n import DEFAULT, text
from kimi_ui.jobs import Job, Jobs
from kimi_ui.owners import file_size
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Conversation, MessageRow
from kimi_ui.storage.quota import MB, held_bytes, stored_bytes
from kimi_ui.storage.queued_model import QueuedMessage
from kimi_ui.turns import TurnInput

log = logging.getLogger(__name__)
MAX_PER_CONVERSATION = 20
OPTIONS = ("backend", "mode", "max_tokens", "sampling", "system_prompt", "tools", "limit_key")
# Why a queue is paused, by how the answer before ended (interrupted: a restart or a lost process; Continue
# is offered on that answer, so the user decides).
PAUSED_BY = ("cancelled", "error", "interrupted")


class QueueRefused(ValueError):
    """A message that cannot be queued: a catalog code with its parameters; str() is the English words."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def words(self, lang: str = DEFAULT) -> str:
        return text(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.words()


@dataclass(frozen=True)
class Queued:
    """A queued message as the page shows it."""

    id: str
    text: str
    names: tuple[str, ...]
    paused: bool
    sending: bool
    note: str


def _shown(row: QueuedMessage) -> Queued:
    return Queued(row.id, row.text, tuple(name for _, name in row.files or []), row.paused,
                  row.state == "sending", row.note)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name)[-80:] or "file"


class Queue:
    def __init__(self, db: Database, jobs: Jobs, holding: Path) -> None:
        self.db, self.jobs, self.holding = db, jobs, holding
        settings = jobs.turns.settings  # the storage quota the queue's copies count in, with attachments
        self.limit_mb = settings.demo_max_stored_mb if settings.public_demo else settings.max_stored_mb_per_user
        self.max_rows = settings.max_queued_per_user
        self.held_mb = settings.max_queued_mb_per_user  # the copies' own bound where no quota counts them
        self._current: dict[str, Job] = {}  # conversation -> the job this queue started, until it ends
        self._items: dict[Job, QueuedMessage] = {}
        self._versions: dict[str, int] = {}  # owner -> bumped by every change of their queues (tabs poll it)
        jobs.after_job = self.job_ended

    @classmethod
    def for_context(cls, ctx: Any) -> "Queue":
        """The app's queue (one per AppContext), hooked into its jobs."""
        found = getattr(ctx, "queue", None)
        if found is None:
            found = cls(ctx.db, ctx.jobs, Path(ctx.settings.data_dir) / "queued")
            ctx.queue = found
        return found

    # -- what a tab asks ------------------------------------------------------------------------------
    def version(self, owner_id: str) -> int:
        """Changes of the owner's queues made in this process so far: a tab shows its box again when it
        moved (another tab queued or removed a message, one was sent)."""
        return self._versions.get(owner_id, 0)

    def _touched(self, owner_id: str) -> None:
        self._versions[owner_id] = self._versions.get(owner_id, 0) + 1

    def busy(self, owner_id: str, conversation_id: str | None) -> bool:
        """The conversation is answering (or about to: a queued message is being started)."""
        return bool(conversation_id) and (self.jobs.by_conversation(owner_id, conversation_id) is not None
                                          or self.current(owner_id, conversation_id) is not None)

    def current(self, owner_id: str, conversation_id: str | None) -> Job | None:
        """The running job this queue started for the conversation (before its question is saved too)."""
        job = self._current.get(conversation_id or "")
        return job if job is not None and job.owner_id == owner_id and not job.done else None

    async def queue(self, owner_id: str, turn: TurnInput) -> str:
        """Save the message (files copied out of the upload cache) at the end of its conversation's queue."""
        if not turn.text.strip() and not turn.files:
            raise QueueRefused("queue.empty_message")
        row = QueuedMessage(owner_id=owner_id, conversation_id=turn.conversation_id or "", text=turn.text,
                            options={k: _jsonable(getattr(turn, k)) for k in OPTIONS})
        if turn.files:
            await self.db.call(self._make_room, owner_id, turn.files)
        held = self.holding / owner_id / row.id
        row.files = [[str(p), n] for p, n in await asyncio.to_thread(_hold, turn.files, held)]
        try:
            await self.db.call(self._add, row)
        except BaseException:
            shutil.rmtree(held, ignore_errors=True)
            raise
        self._touched(owner_id)
        if not self.busy(owner_id, row.conversation_id):  # the answer ended meanwhile: nothing would start it
            await self.start_next(owner_id, row.conversation_id)
        return row.id

    async def list(self, owner_id: str, conversation_id: str | None) -> list[Queued]:
        if not conversation_id:
            return []
        return await self.db.run(lambda s: [_shown(r) for r in _rows(s, owner_id, conversation_id)], read_only=True)

    async def remove(self, owner_id: str, item_id: str) -> bool:
        """Only the owner's waiting message (one being sent is already becoming the question)."""
        gone = await self.db.call(self._remove, owner_id, item_id if isinstance(item_id, str) else "")
        if gone:
            shutil.rmtree(self.holding / owner_id / gone, ignore_errors=True)
            self._touched(owner_id)
        return bool(gone)

    async def resume(self, owner_id: str, conversation_id: str | None) -> Job | None:
        """The user asks to send a paused queue: unpause it, and start it if the conversation is quiet."""
        if not conversation_id:
            return None
        await self.db.run(lambda s: _set_paused(s, owner_id, conversation_id, False))
        self._touched(owner_id)
        return await self.start_next(owner_id, conversation_id)

    async def resume_all(self) -> int:
        """At start: messages being started when the process went are paused (their question may have been
        saved: the user decides); the queues of the other conversations are started."""
        waiting = await self.db.call(self._recover)
        started = [await self.start_next(owner, conversation) for owner, conversation in waiting]
        return sum(1 for job in started if job is not None)

    # -- the server side ------------------------------------------------------------------------------
    async def start_next(self, owner_id: str, conversation_id: str) -> Job | None:
        if self.busy(owner_id, conversation_id) or not self.jobs.accepting:
            return None
        row = await self.db.call(self._claim, owner_id, conversation_id)
        if row is None:
            return None
        self._touched(owner_id)
        options = {k: v for k, v in (row.options or {}).items() if k in OPTIONS}
        if isinstance(options.get("tools"), list):
            options["tools"] = tuple(options["tools"])
        turn = TurnInput(text=row.text, files=tuple((p, n) for p, n in row.files or []),
                         conversation_id=conversation_id, **options)
        job = self.jobs.start(owner_id, turn)
        if job.done:  # refused at once (another turn got there first, or shutting down): it waits on
            await self.db.run(lambda s: _release(s, row.id, paused=False, note=""))
            return None
        self._items[job] = row
        self._current[conversation_id] = job
        return job

    async def job_ended(self, job: Job) -> None:
        """Jobs.after_job: settle the message the job was sending, then send the next or pause the queue."""
        row = self._items.pop(job, None)
        self._touched(job.owner_id)
        conversation_id = job.conversation_id or (row.conversation_id if row else None)
        if not conversation_id:
            return
        if self._current.get(conversation_id) is job:
            del self._current[conversation_id]
        answer = job.answer
        if row is not None and answer.message_id is None:  # refused before its question was saved
            code = answer.error.code if answer.error else ""
            if code == "busy":  # another turn slipped in: this one waits for it to end
                await self.db.run(lambda s: _release(s, row.id, paused=False, note=""))
                return
            if code != "unknown_conversation":  # gone with its conversation otherwise
                note = (note_of("queue.not_sent", reason=quoted(answer.error)) if answer.error
                        else note_of("queue.not_sent_plain"))
                await self.db.run(lambda s: _release(s, row.id, paused=True, note=note))
                return
        if row is not None:
            await self.db.run(lambda s: _drop(s, row.id))
            shutil.rmtree(self.holding / row.owner_id / row.id, ignore_errors=True)
        await self._next(job.owner_id, conversation_id, answer.status)

    async def _next(self, owner_id: str, conversation_id: str, status: str) -> None:
        if status == "done":
            await self.start_next(owner_id, conversation_id)
        elif status in PAUSED_BY:
            await self.db.run(lambda s: _set_paused(s, owner_id, conversation_id, True,
                                                    note_of(f"queue.paused_{status}")))

    # -- database work (in Database's threads) --------------------------------------------------------
    def _add(self, row: QueuedMessage) -> None:
        with self.db.session() as session:
            if store.get_conversation(session, owner_id=row.owner_id, conversation_id=row.conversation_id) is None:
                raise QueueRefused("queue.unknown_conversation")
            count, last = session.execute(
                select(func.count(), func.max(QueuedMessage.position))
                .where(QueuedMessage.owner_id == row.owner_id, QueuedMessage.conversation_id == row.conversation_id)
            ).one()
            if count >= MAX_PER_CONVERSATION:
                raise QueueRefused("queue.per_conversation", limit=MAX_PER_CONVERSATION)
            everywhere = session.execute(select(func.count()).where(QueuedMessage.owner_id == row.owner_id)).scalar()
            if everywhere >= self.max_rows:
                raise QueueRefused("queue.per_user", limit=self.max_rows)
            row.position = (last or 0) + 1
            session.add(row)
            session.commit()

    def _make_room(self, owner_id: str, files: tuple[tuple[str, str], ...]) -> None:
        """The copies count in the owner's storage quota (the uploads they replace are given back): refuse
        what would pass it. Messages of deleted conversations are dropped first (nothing else would)."""
        with self.db.session() as session:
            gone = _gone(session, owner_id)
            kept = stored_bytes(session, owner_id=owner_id) if self.limit_mb else 0
        for item_id in gone:
            shutil.rmtree(self.holding / owner_id / item_id, ignore_errors=True)
        held = held_bytes(self.holding, owner_id) + sum(file_size(path) for path, _ in files)
        if not self.limit_mb:
            if held > self.held_mb * MB:
                raise QueueRefused("queue.held_files", used=round(held / MB, 1), limit=self.held_mb)
            return
        kept += held
        if kept > self.limit_mb * MB:
            raise QueueRefused("queue.quota", used=round(kept / MB, 1), limit=self.limit_mb)

    def _remove(self, owner_id: str, item_id: str) -> str | None:
        with self.db.session() as session:
            row = session.get(QueuedMessage, item_id)
            if row is None or row.owner_id != owner_id or row.state != "waiting":
                return None
            session.delete(row)
            session.commit()
            return row.id

    def _claim(self, owner_id: str, conversation_id: str) -> QueuedMessage | None:
        """The first waiting message, marked as being sent (only one process can claim it)."""
        with self.db.session(read_only=True) as session:  # most turns end with an empty queue: no write then
            rows = [r for r in _rows(session, owner_id, conversation_id) if r.state == "waiting" and not r.paused]
        if not rows:
            return None
        with self.db.session() as session:
            claimed = session.execute(update(QueuedMessage).where(QueuedMessage.id == rows[0].id,
                                                                  QueuedMessage.state == "waiting")
                                      .values(state="sending")).rowcount
            session.commit()
        return rows[0] if claimed else None

    def _recover(self) -> list[tuple[str, str]]:
        with self.db.session() as session:
            session.execute(update(QueuedMessage).where(QueuedMessage.state == "sending")
                            .values(state="waiting", paused=True,
                                    note=note_of("queue.paused_restart")))
            session.commit()
            found = session.execute(select(QueuedMessage.owner_id, QueuedMessage.conversation_id)
                                    .where(QueuedMessage.paused == False).distinct()).all()  # noqa: E712
            waiting = []
            for owner, conversation in found:  # a process killed mid-answer never paused its queue
                if _last_answer_status(session, conversation) == "interrupted":
                    _set_paused(session, owner, conversation, True, note_of("queue.paused_interrupted"))
                else:
                    waiting.append((owner, conversation))
        return waiting


def _last_answer_status(session: Session, conversation_id: str) -> str | None:
    return session.execute(select(MessageRow.status).where(
        MessageRow.conversation_id == conversation_id, MessageRow.role == "assistant")
        .order_by(MessageRow.created_at.desc()).limit(1)).scalar()


def _rows(session: Session, owner_id: str, conversation_id: str) -> list[QueuedMessage]:
    return list(session.execute(select(QueuedMessage).where(
        QueuedMessage.owner_id == owner_id, QueuedMessage.conversation_id == conversation_id)
        .order_by(QueuedMessage.position)).scalars())


def _gone(session: Session, owner_id: str) -> list[str]:
    """Delete the owner's queued messages whose conversation was deleted; their ids."""
    rows = list(session.execute(select(QueuedMessage).where(
        QueuedMessage.owner_id == owner_id, QueuedMessage.state == "waiting",
        QueuedMessage.conversation_id.not_in(select(Conversation.id).where(Conversation.owner_id == owner_id))))
        .scalars())
    for row in rows:
        session.delete(row)
    if rows:
        session.commit()
    return [row.id for row in rows]


def _set_paused(session: Session, owner_id: str, conversation_id: str, paused: bool, note: str = "") -> None:
    session.execute(update(QueuedMessage).where(
        QueuedMessage.owner_id == owner_id, QueuedMessage.conversation_id == conversation_id,
        QueuedMessage.state == "waiting", QueuedMessage.paused != paused).values(paused=paused, note=note))
    session.commit()


def _release(session: Session, item_id: str, *, paused: bool, note: str) -> None:
    session.execute(update(QueuedMessage).where(QueuedMessage.id == item_id)
                    .values(state="waiting", paused=paused, note=note))
    session.commit()


def _drop(session: Session, item_id: str) -> None:
    row = session.get(QueuedMessage, item_id)
    if row is not None:
        session.delete(row)
        session.commit()


def _hold(files: tuple[tuple[str, str], ...], folder: Path) -> list[tuple[Path, str]]:
    """Copies of the uploads, out of the reach of Gradio's cache sweep (the caller checked they are the
    user's). A copy, not a move: the same bytes may be another user's upload too (owners.Uploads)."""
    held = []
    for index, (path, name) in enumerate(files):
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{index}-{_safe(name)}"
        try:
            shutil.copyfile(path, target)
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise QueueRefused("queue.not_kept", name=name, reason=str(exc.strerror or exc)) from None
        held.append((target, name))
    return held


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


"""Checkpoints of answers while they stream: one writer for the whole process.

A stream only marks its answer as changed. Once a second, one task writes every changed answer in one
transaction. The alternative, one transaction per stream per second, queued 32 writers a second on SQLite's
lock with 32 users, and each new turn's first write waited behind them. A checkpoint only updates a row
that is still 'streaming', so one that lands after the turn's final write cannot undo it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kimi_ui.answer import Answer
from kimi_ui.storage import store
from kimi_ui.storage.db import Database

log = logging.getLogger(__name__)
CHECKPOINT_SECONDS = 1.0  # within the 0.5-2 s the issue asks for


class Checkpoints:
    def __init__(self, db: Database, interval: float = CHECKPOINT_SECONDS) -> None:
        self.db = db
        self.interval = interval
        self._changed: dict[str, tuple[str, Answer]] = {}  # message id -> (owner id, its answer)
        self._writer: asyncio.Task[None] | None = None
        self.transactions = 0  # batches written (the tests count them)

    def changed(self, owner_id: str, answer: Answer) -> None:
        """The stream's answer has news; it is written within `interval` seconds."""
        if answer.message_id is None:
            return
        self._changed[answer.message_id] = (owner_id, answer)
        loop = asyncio.get_running_loop()
        if self._writer is None or self._writer.done() or self._writer.get_loop() is not loop:
            self._writer = loop.create_task(self._write_while_changed())

    def forget(self, message_id: str | None) -> None:
        """The turn writes its final state itself: no checkpoint of it is needed any more."""
        if message_id is not None:
            self._changed.pop(message_id, None)

    async def _write_while_changed(self) -> None:
        while self._changed:
            await asyncio.sleep(self.interval)
            await self.flush()

    async def flush(self) -> None:
        batch, self._changed = self._changed, {}
        rows = [(owner_id, message_id, answer.columns()) for message_id, (owner_id, answer) in batch.items()]
        if rows:
            await asyncio.to_thread(self._write, rows)

    def _write(self, rows: list[tuple[str, str, dict[str, Any]]]) -> None:
        try:
            with self.db.session() as session:
                store.checkpoint_messages(session, rows)
            self.transactions += 1
        except Exception:  # noqa: BLE001 - a failed checkpoint must not kill the streams
            log.exception("could not save a checkpoint of %d streaming answers", len(rows))

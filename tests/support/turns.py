"""Run turns end to end (Turns.run) against the simulated backend with a real SQLite file."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.config import BackendConfig, Settings
from kimi_ui.events import Event
from kimi_ui.answer import Answer
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Attachment, MessageRow
from kimi_ui.tools.builtins import builtin_tools as builtins
from kimi_ui.tools.registry import Registry
from kimi_ui.tools.web_search import web_search_tool
from kimi_ui.turns import TurnInput, Turns
from tests.support.serving import make_settings, sim_backends


@dataclass
class TurnHarness:
    settings: Settings
    db: Database
    owner_id: str
    configs: list[BackendConfig]

    @classmethod
    def create(cls, data_dir: Path, sim_url: str, **settings: object) -> "TurnHarness":
        config = make_settings(data_dir, **settings)
        db = Database(config.effective_database_url)
        db.migrate()
        with db.session() as session:
            owner_id = store.ensure_user(session, name="local").id
        return cls(config, db, owner_id, sim_backends(sim_url))

    def run(self, turn: TurnInput, *, builtin_tools: bool = False, web_search: bool = False, probe: bool = False
            ) -> tuple[Answer, list[Event]]:
        """One turn; with `builtin_tools`, the app's own tools (calculator, files...) can be called. The turn
        folds its events into the Answer returned, as a job's (kimi_ui/jobs.py): the one the store gets, with
        the same clock readings (a second fold timed reasoning by its own clock, now and then 0.01 s apart).
        With `probe`, the backends' health is checked first (as the app's probe loop does)."""
        async def go() -> tuple[Answer, list[Event]]:
            backends = Backends([Backend(c, read_timeout=60) for c in self.configs])
            if probe:
                await backends.probe_all()
            tools = Registry()
            for tool in builtins(self.settings.workspace) if builtin_tools else ():
                tools.add(tool)
            if web_search:  # as the app adds it when a Moonshot backend is configured (on by default)
                tools.add(web_search_tool(on_by_default=True))
            turns = Turns(self.db, backends, self.settings, tools)
            snapshot, events = Answer(), []
            async for event in turns.run(owner_id=self.owner_id, turn=turn, answer=snapshot):
                events.append(event)
            await backends.close()
            return snapshot, events

        return asyncio.run(go())

    def messages(self, conversation_id: str) -> list[MessageRow]:
        with self.db.session() as session:
            return store.list_messages(session, owner_id=self.owner_id, conversation_id=conversation_id)

    def attachments(self, message_id: str) -> list[Attachment]:
        with self.db.session() as session:
            return store.attachments_for(session, owner_id=self.owner_id, message_ids=[message_id]).get(message_id, [])

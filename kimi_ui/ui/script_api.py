"""The script API (README "Script API"): /chat starts a turn and follows its job, /attach follows a
running answer (or gives a finished one), /stop stops one. A mixin of Handlers; every call is scoped to
the caller, and another user's message id answers like a missing one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import gradio as gr

from kimi_ui.answer import Answer
from kimi_ui.preferences import MODES
from kimi_ui.storage import store
from kimi_ui.turns import TurnInput
from kimi_ui.ui.inputs import InputProblem


class ScriptApiMixin:
    ctx: Any

    async def chat_api(
        self, message: str, files: list[Any] | None, backend: str, mode: str, conversation_id: str,
        tools: list[str] | None, request: gr.Request,
    ) -> AsyncIterator[dict[str, Any]]:
        owner_id = self.creator(request)
        try:
            checked = self.files_of(files, request)
        except InputProblem as problem:
            yield _refusal(problem).to_api()
            return
        chosen = None if tools is None else tuple(t for t in tools if isinstance(t, str))  # []: no tools
        turn = TurnInput(text=message or "", files=checked, backend=backend or None, mode=mode or "thinking",
                         conversation_id=conversation_id or None, tools=chosen,
                         limit_key=_limit_key(request))  # type: ignore[arg-type]
        async for snapshot in self._run_api(owner_id, turn, request):
            yield snapshot

    async def continue_api(self, message_id: str, backend: str, mode: str,
                           request: gr.Request) -> AsyncIterator[dict[str, Any]]:
        """/continue: an answer of the caller's that stopped before its end goes on in place."""
        owner_id = self.owner(request)
        wanted = message_id if isinstance(message_id, str) else ""
        row = await self.ctx.db.run(lambda s: store.get_message(s, owner_id=owner_id, message_id=wanted),
                                    read_only=True)
        if row is None or row.role != "assistant":
            yield _problem("unknown_message", "There is no such answer.").to_api()
            return
        mode = mode if mode in MODES else (row.mode if row.mode in MODES else "thinking")
        # Unnamed: the conversation's backend (the user's choice; a fallback may have written this answer)
        chat = await self.ctx.db.run(lambda s: store.get_conversation(s, owner_id=owner_id,
                                                                      conversation_id=row.conversation_id),
                                     read_only=True)
        chosen = (chat.backend if chat is not None else None) or row.backend
        turn = TurnInput(text="", backend=(backend if isinstance(backend, str) else "") or chosen or None,
                         mode=mode, conversation_id=row.conversation_id, continue_of=row.id,
                         limit_key=_limit_key(request))  # type: ignore[arg-type]
        async for snapshot in self._run_api(owner_id, turn, request):
            yield snapshot

    async def _run_api(self, owner_id: str, turn: TurnInput, request: gr.Request) -> AsyncIterator[dict[str, Any]]:
        job = self.ctx.jobs.start(owner_id, turn)
        claimed = False
        try:
            async for answer in job.follow():
                if answer.message_id and not claimed:
                    claimed = True
                    self.discard(turn.files, request)
                yield answer.to_api()
        finally:
            if self.ctx.jobs.on_disconnect == "cancel":
                job.stop()

    async def attach_api(self, message_id: str, request: gr.Request) -> AsyncIterator[dict[str, Any]]:
        """A running answer's snapshots until it ends (the same as /chat's); a finished one's final state."""
        owner_id = self.owner(request)
        job = self.ctx.jobs.by_message(owner_id, message_id if isinstance(message_id, str) else "")
        if job is not None:
            async for answer in job.follow(every=1 / self.ctx.settings.follow_updates_per_second):
                yield answer.to_api()
            return
        row = await self.ctx.db.run(lambda s: store.get_message(s, owner_id=owner_id, message_id=message_id or ""),
                                    read_only=True) if isinstance(message_id, str) else None
        if row is None or row.role != "assistant":
            yield _problem("unknown_message", "There is no such answer.").to_api()
            return
        answer = Answer.from_row(row)
        if answer.status == "streaming":
            answer.status = "interrupted"  # no process is writing it (a running one would have been found)
        yield answer.to_api()

    async def stop_api(self, message_id: str, request: gr.Request) -> dict[str, Any]:
        """Stop a running answer of the caller's. {"stopped": true} if it was running."""
        owner_id = self.owner(request)
        return {"stopped": self.ctx.jobs.stop(owner_id, message_id=message_id if isinstance(message_id, str) else "")}


def _refusal(bad_input: Exception) -> Answer:
    from kimi_ui.ui.handlers import refusal  # handlers imports this module

    return refusal(bad_input)


def _problem(code: str, message: str) -> Answer:
    from kimi_ui.ui.handlers import problem

    return problem(code, message)


def _limit_key(request: gr.Request) -> str | None:
    from kimi_ui.ui.handlers import limit_key

    return limit_key(request)

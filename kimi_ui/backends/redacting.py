"""The configured secrets out of what a backend streams: a server (or a proxy, or a model that read a
file) that echoes the API key in its answer, its reasoning or a tool call's arguments must not get it
shown, stored or passed to /chat callers. Sits between parse.ChunkParser and the engine."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from kimi_ui.events import (
    Event,
    Notice,
    ReasoningDelta,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    ToolResult,
    TurnError,
)
from kimi_ui.redact import StreamRedactor, redact, replace_secrets, usable


class SecretFilter:
    """Events in, the same events out with every secret replaced. Streamed text of each kind (answer,
    reasoning, each call's arguments) goes through its own StreamRedactor, which may hold a short tail
    back; any other event releases what is held first, so the order of events is kept."""

    def __init__(self, secrets: Iterable[str | None] | None) -> None:
        self.secrets = usable(secrets)
        self._text: dict[object, StreamRedactor] = {}

    def feed(self, events: Iterable[Event]) -> list[Event]:
        if not self.secrets:
            return list(events)
        out: list[Event] = []
        for event in events:
            if isinstance(event, ReasoningDelta):
                out += self._delta("reasoning", event.text, ReasoningDelta)
            elif isinstance(event, TextDelta):
                out += self._delta("content", event.text, TextDelta)
            elif isinstance(event, ToolCallArgsDelta):
                text = self._redactor(event.index).feed(event.text)
                out += [replace(event, text=text)] if text else []
            else:
                out += self.finish()
                out.append(self.whole(event))
        return out

    def finish(self) -> list[Event]:
        """Release every held tail (the stream ended, or another kind of event came)."""
        out: list[Event] = []
        for key, redactor in self._text.items():
            text = redactor.finish()
            if not text:
                continue
            if key == "reasoning":
                out.append(ReasoningDelta(text))
            elif key == "content":
                out.append(TextDelta(text))
            else:
                out.append(ToolCallArgsDelta(index=key, text=text))  # type: ignore[arg-type]
        return out

    def whole(self, event: Event) -> Event:
        """An event whose text is complete: replaced at once."""
        if not self.secrets:
            return event
        if isinstance(event, ToolCallReady):
            return replace(event, id=replace_secrets(event.id, self.secrets),
                           name=replace_secrets(event.name, self.secrets),
                           arguments=replace_secrets(event.arguments, self.secrets))
        if isinstance(event, ToolCallStarted):
            return replace(event, id=replace_secrets(event.id, self.secrets),
                           name=replace_secrets(event.name, self.secrets))
        if isinstance(event, ToolResult):  # a tool may read the key from a file (a .env in the workspace)
            return replace(event, result=replace_secrets(event.result, self.secrets))
        if isinstance(event, Notice):
            return replace(event, message=redact(event.message, self.secrets))
        if isinstance(event, TurnError):
            return replace(event, message=redact(event.message, self.secrets), hint=redact(event.hint, self.secrets))
        return event

    def _redactor(self, key: object) -> StreamRedactor:
        if key not in self._text:
            self._text[key] = StreamRedactor(self.secrets)
        return self._text[key]

    def _delta(self, key: str, text: str, kind: type) -> list[Event]:
        released = self._redactor(key).feed(text)
        return [kind(released)] if released else []

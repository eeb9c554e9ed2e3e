"""Conversation titles: the first words at once, then a short summary written by the backend when it
is healthy (in instant mode, a few tokens). A title the user gave is never replaced."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import Any

from kimi_ui.engine import EngineConfig, TurnRequest, run_turn
from kimi_ui.events import TextDelta, TurnError
from kimi_ui.messages import Message, TextPart
from kimi_ui.redact import redact

log = logging.getLogger(__name__)
TITLE_CHARS = 60
PROMPT = ("Write a title of at most six words for a chat that starts with the message below. Answer with the "
          "title only: no quotes, no full stop, in the language of the message.")


def title_from(text: str) -> str:
    """The first words of a message, cut at a word boundary."""
    words = " ".join(text.split())
    return words if len(words) <= TITLE_CHARS else words[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


# Markdown a model may wrap words in: **strong**, __strong__, `code`, *em*, _em_. A lone symbol stays:
# "2+3*4", "a * b", "x_1" are not markup.
PAIRED = re.compile(r"(\*\*|__|`)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def clean(answer: str) -> str:
    """The model's title without quotes, markup, a trailing full stop or a second line; symbols of the
    words themselves (+ * / = ?) stay."""
    lines = [line for line in answer.strip().splitlines() if line.strip()]
    line = re.sub(r"^#+\s+", "", lines[0].strip()) if lines else ""
    line = re.sub(r"^(title|titel)\s*:\s*", "", line, flags=re.I)
    line = EMPHASIS.sub(r"\2", PAIRED.sub(r"\2", line))
    line = line.strip().strip("\"'`“”„«»").strip().rstrip(".")
    return title_from(line)


async def summarise(backend: Any, config: EngineConfig, question: str, timeout: float = 20.0) -> str:
    """A short title from the backend, or "" when it cannot give one in time."""
    request = TurnRequest(
        history=[Message("system", (TextPart(PROMPT),)), Message("user", (TextPart(question[:2000]),))],
        thinking=False, max_tokens=24,
    )
    text: list[str] = []

    async def collect() -> None:
        async with contextlib.aclosing(run_turn(backend, request, config, None)) as events:
            async for event in events:
                if isinstance(event, TextDelta):
                    text.append(event.text)
                elif isinstance(event, TurnError):
                    text.clear()
                    return

    try:
        await asyncio.wait_for(collect(), timeout)
    except Exception as exc:  # noqa: BLE001 - a title is a nicety: the first words stay
        log.info("no title from %s: %s", getattr(backend, "name", "?"),
                 redact(f"{type(exc).__name__}: {exc}", getattr(backend, "secrets", ())))
        return ""
    return clean("".join(text))

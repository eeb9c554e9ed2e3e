"""Exact token counts from the backend's own tokenizer, for a history close to the context window.

The engine estimates (3.5 characters a token: wire.estimates); above COUNT_FROM of the window that is too rough
(German, Chinese and code take more tokens a character) and the messages are counted by the server instead:
- llama.cpp: `POST /tokenize {"content", "add_special": false}` -> `{"tokens": [...]}` (tools/server/README.md)
- vLLM: `POST /tokenize {"model", "prompt", "add_special_tokens": false}` -> `{"count", ...}`
  (vllm/entrypoints/openai/protocol.py, TokenizeCompletionRequest); both at the server's root, not under /v1
- Moonshot: `POST /v1/tokenizers/estimate-token-count {"model", "messages"}` -> `{"data": {"total_tokens"}}`
  (platform.moonshot.ai, "Calculate tokens"); it counts a message's own framing too
- the generic kind: no tokenizer endpoint, the estimate stays.

Each message is counted once and its count cached by its text (a conversation grows at its end: the next turn
counts only its new messages), the uncached ones concurrently. Images and video are counted by the vision
encoder's formula (wire.media_tokens), the role markers of the chat template as MESSAGE_OVERHEAD_TOKENS.
A server that cannot count (404, an error) is not asked again for a while: the estimate stays; one too slow for
this turn (2 s) keeps what it counted and is asked again next turn. One turn counts at most the 512 newest
messages not counted yet (an imported 100,000-message chat: the rest are estimated until they are counted).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import OrderedDict
from typing import Any

from kimi_ui.backends.wire import MESSAGE_OVERHEAD_TOKENS, media_tokens, message_estimate, sent_text, wire_pieces
from kimi_ui.messages import Message

log = logging.getLogger(__name__)
COUNT_FROM = 0.8  # of the window: below it the estimate is far enough from the edge
TIMEOUT = 2.0  # seconds for all the counts of one turn, then the estimate
RETRY_AFTER = 300.0  # seconds before a server that could not count is asked again
CACHED = 20_000  # counts kept per backend
PARALLEL = 16  # requests at once
NEW_AT_MOST = 512  # messages counted in one turn, the newest first (older ones of a huge new chat: estimated)


class TokenCounter:
    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self._counts: OrderedDict[bytes, int] = OrderedDict()
        self._failed_at: float | None = None
        self.requests = 0  # counting requests sent (tests and the bench read it)

    @property
    def available(self) -> bool:
        kind = self.backend.kind.name
        recent_failure = self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_AFTER
        return kind in ("llamacpp", "vllm", "moonshot") and not recent_failure

    async def counts(self, messages: list[Message]) -> list[int] | None:
        """Each message's tokens as sent (None: this server cannot count now; the caller estimates)."""
        if not self.available:
            return None
        kind = self.backend.kind
        pieces = wire_pieces(messages, kind.reasoning_field_out, 0, kind.reasoning_on_every_tool_call)
        last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
        texts = [sent_text(p) for p in pieces]
        keys = [hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest() for t in texts]
        missing: dict[bytes, str] = {}
        for key, text in zip(reversed(keys), reversed(texts)):  # the newest first: where the cut falls
            if key not in self._counts and key not in missing and len(missing) < NEW_AT_MOST:
                missing[key] = text
        if missing:
            gate = asyncio.Semaphore(PARALLEL)

            async def one(key: bytes, text: str) -> None:
                async with gate:
                    self._counts[key] = await self._count(text)  # kept as it comes (a timeout keeps the rest)

            try:
                await asyncio.wait_for(asyncio.gather(*(one(k, t) for k, t in missing.items())), TIMEOUT)
            except asyncio.TimeoutError:  # a slow server, or a huge chat: the estimate this time, ask again later
                log.info("%s counted too slowly: estimating this turn", self.backend.name)
                return None
            except Exception as exc:  # noqa: BLE001 - it cannot count (no endpoint, an error): the estimate
                self._failed_at = time.monotonic()
                log.info("%s could not count tokens (%s): estimating for %.0f s", self.backend.name,
                         type(exc).__name__, RETRY_AFTER)
                return None
        out = []
        for index, (key, message) in enumerate(zip(keys, messages)):
            found = self._counts.get(key)
            if found is None:  # beyond the NEW_AT_MOST newest of a chat never counted: estimated
                out.append(message_estimate(message, index > last_user))
                continue
            self._counts.move_to_end(key)
            out.append(found + media_tokens(message) + MESSAGE_OVERHEAD_TOKENS)
        while len(self._counts) > CACHED:
            self._counts.popitem(last=False)
        return out

    async def _count(self, text: str) -> int:
        if not text:
            return 0
        self.requests += 1
        kind, url = self.backend.kind.name, self.backend.root_url
        if kind == "llamacpp":
            found = await self.backend.post_json(url + "/tokenize", {"content": text, "add_special": False})
            return len(found["tokens"])
        if kind == "vllm":
            found = await self.backend.post_json(url + "/tokenize", {"model": self.backend.model, "prompt": text,
                                                                    "add_special_tokens": False})
            return int(found["count"])
        found = await self.backend.post_json("/tokenizers/estimate-token-count", {
            "model": self.backend.model, "messages": [{"role": "user", "content": text}]})
        return int(found["data"]["total_tokens"])

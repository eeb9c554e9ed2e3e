"""A configured backend: builds requests for its kind, streams chunks, probes health. Only backends/
knows the wire format; everything it yields is a plain chunk dict for parse.ChunkParser."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, AsyncIterator, Literal

from kimi_ui.backends.kinds import Kind, kind_for
from kimi_ui.backends.tokens import TokenCounter
from kimi_ui.backends.wire import to_wire
from kimi_ui.config import KIMI_CONTEXT_WINDOW, BackendConfig
from kimi_ui.costs import default_prices
from kimi_ui.messages import Message
from kimi_ui.redact import guard_http_logs, redact, split_userinfo

HealthStatus = Literal["unknown", "ok", "down", "error"]


@dataclass(frozen=True)
class RequestOptions:
    thinking: bool
    max_tokens: int
    sampling: dict[str, float] | None = None
    tools: list[dict[str, Any]] | None = None
    continuing: bool = False  # the last message is a partial answer to extend (Kind.continue_fields)


@dataclass
class Health:
    status: HealthStatus = "unknown"
    message: str = "not checked yet"
    models: list[str] = field(default_factory=list)
    context_window: int | None = None
    checked_at: float | None = None


def load_sdk() -> ModuleType:
    """The openai package, imported on first use: it is about 0.4 s of a start-up whose first page does not
    need it. The probe loop loads it in a worker thread as soon as the app runs (Backends._probe_loop), so
    neither the first page nor the first turn waits for it."""
    import openai

    return openai


def _without_none(value: Any) -> Any:
    """Chunk dicts as the SDK's model_dump(exclude_none=True) gave them: no null fields."""
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


class Backend:
    def __init__(
        self,
        config: BackendConfig,
        *,
        api_key: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 600.0,
        probe_timeout: float = 3.0,
    ) -> None:
        self.config = config
        self.kind: Kind = kind_for(config)
        self.capabilities = self.kind.capabilities(config)
        self.health = Health()
        self.model = config.model
        self.model_notice: str | None = None
        self.tools_refused = False  # set when the server said it cannot do tool calls (until restart)
        self.probe_timeout = probe_timeout
        self._api_key = api_key or "not-needed"
        self._timeouts = (read_timeout, connect_timeout)
        self._client: Any = None
        self.counter = TokenCounter(self)
        self.learned_window: int | None = None  # the window a refusal said (Backend.learn_window)
        self.prices = config.prices or default_prices(config.kind, config.model)
        # The client never sees the URL's credentials, so no library can log or raise them: they go as the
        # Basic authorization header, as the HTTP client would have sent them (it replaced the Bearer key).
        self._url, user, password = split_userinfo(config.base_url)
        self._password = password
        self._headers = {"Authorization": _basic(user, password)} if user is not None else None
        guard_http_logs()

    @property
    def client(self) -> Any:
        """One pooled openai.AsyncOpenAI per backend, made on first use and reused by every turn; retries
        are ours (engine), not the SDK's."""
        if self._client is None:
            openai = load_sdk()
            read_timeout, connect_timeout = self._timeouts
            self._client = openai.AsyncOpenAI(
                base_url=self._url,
                api_key=self._api_key,
                default_headers=self._headers,
                timeout=openai.Timeout(read_timeout, connect=connect_timeout),
                max_retries=0,
            )
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never appear in a message, a log line or a streamed answer: the API key and the
        password of the base_url."""
        key = self._api_key if self._api_key != "not-needed" else None
        basic = self._headers["Authorization"].split(" ", 1)[1] if self._headers and self._password else None
        return tuple(s for s in (key, self._password, basic) if s)  # basic: the header as a server may echo it

    @property
    def root_url(self) -> str:
        """The server's root: llama.cpp's and vLLM's own endpoints (/tokenize, /apply-template) are not
        under /v1."""
        url = self._url.rstrip("/")
        return url[:-3] if url.endswith("/v1") else url

    async def post_json(self, path: str, body: dict[str, Any], timeout: float = 5.0) -> Any:
        """A JSON POST beside the chat API, with this backend's key and headers (`path` under the base URL,
        or an absolute URL); an HTTP error status raises the SDK's APIStatusError."""
        return await self._json("post", path, timeout, body=body)

    async def _json(self, method: str, path: str, timeout: float, **body: Any) -> Any:
        import httpx2

        response = await getattr(self.client, method)(path, cast_to=httpx2.Response, options={"timeout": timeout},
                                                      **body)
        return response.json()

    @property
    def context_window(self) -> int:
        return self.config.context_window or self.learned_window or self.health.context_window or KIMI_CONTEXT_WINDOW

    def build_request(self, messages: list[Message], options: RequestOptions) -> dict[str, Any]:
        """The JSON body exactly as it goes on the wire."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": to_wire(messages, self.kind.reasoning_field_out, self.capabilities.native_video_bytes,
                                self.kind.reasoning_on_every_tool_call, self.capabilities.vision),
            "stream": True,
            "stream_options": {"include_usage": True},
            self.kind.budget_field: options.max_tokens,
        }
        body.update(self.kind.thinking_fields(options.thinking))
        body.update(self.kind.sampling_fields(options.thinking, options.sampling))
        if options.tools and self.capabilities.tools:
            body["tools"] = options.tools
        if options.continuing and messages and messages[-1].role == "assistant":
            self.kind.continue_fields(body, body["messages"][-1], messages[-1].reasoning)
        return body

    async def stream(self, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """Yield chunk dicts; closing this generator closes the HTTP stream at once.

        The SDK sends the request, retries nothing (max_retries=0), and maps an HTTP error status to its
        exceptions; the event stream itself is read here with json.loads: building the SDK's pydantic
        chunk objects and dumping them back took a quarter of the app's CPU with 32 streams.
        The body goes as extra_body (which takes precedence over the named arguments, `messages` too):
        the SDK walks named arguments against its typed schema, ~60 ms a turn with 400 earlier messages,
        and our body is already exactly what goes on the wire."""
        rest = {k: v for k, v in body.items() if k not in ("model", "stream")}
        async with self.client.chat.completions.with_streaming_response.create(
            model=body["model"], messages=[], stream=True, extra_body=rest
        ) as response:
            async for line in response.iter_lines():  # read to the end: a drained response's connection
                if not line.startswith("data:"):      # goes back to the pool for the next turn
                    continue  # blank separators, comments, "event:" lines
                payload = line[5:].strip()
                if payload == "[DONE]":
                    continue
                chunk = json.loads(payload)
                if isinstance(chunk, dict) and chunk.get("error"):
                    error = chunk["error"]
                    message = error.get("message") if isinstance(error, dict) else str(error)
                    raise load_sdk().APIError(message or "The server reported an error mid-stream.",
                                          response.http_request, body=error)
                yield _without_none(chunk)

    async def probe(self) -> Health:
        """GET /models: health, served models and model substitution. Never on the request path."""
        openai = load_sdk()
        try:
            page = await self.client.models.list(timeout=self.probe_timeout)
        except openai.APIStatusError as exc:
            self.health = Health("error", f"HTTP {exc.status_code} from /models", checked_at=time.time())
            return self.health
        except Exception as exc:  # noqa: BLE001 - any failure means "down" for the picker
            self.health = Health("down", f"unreachable ({type(exc).__name__})", checked_at=time.time())
            return self.health
        items = [m.model_dump() for m in page.data]
        ids = [str(m.get("id")) for m in items]
        window = _context_from(items, self.config.model) or await self._served_window()
        self.health = Health("ok", "ok", ids, window, time.time())
        self._choose_model(ids)
        return self.health

    async def _served_window(self) -> int | None:
        """llama-server's window as started (-c): its /models tells only the trained one (meta.n_ctx_train);
        `GET /props` has `default_generation_settings.n_ctx` (tools/server/README.md)."""
        if self.kind.name != "llamacpp":
            return None
        try:
            found = await self._json("get", self.root_url + "/props", self.probe_timeout)
            value = found.get("default_generation_settings", {}).get("n_ctx")
        except Exception:  # noqa: BLE001 - an older server, or none: the configured or default window stays
            return None
        return int(value) if isinstance(value, int) and value > 0 else None

    def learn_window(self, window: object) -> None:
        """A server's own word on its window (a refusal's n_ctx): later turns fit before sending."""
        if isinstance(window, int) and window > 0:
            self.learned_window = window  # (kept over the probe's figure: a server's /models may say more)

    def _choose_model(self, ids: list[str]) -> None:
        if self.config.model in ids or not ids:
            self.model, self.model_notice = self.config.model, None
        elif len(ids) == 1:
            self.model = ids[0]
            self.model_notice = redact(
                f"{self.name} does not serve '{self.config.model}'; using the one model it serves, '{ids[0]}'.",
                self.secrets)
        else:
            self.model, self.model_notice = self.config.model, None
            self.health.status = "error"
            self.health.message = redact(f"model '{self.config.model}' not served (has: {', '.join(ids[:5])})",
                                         self.secrets)  # the ids are the server's words


def _basic(user: str | None, password: str | None) -> str:
    import base64

    pair = f"{user or ''}:{password or ''}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


def _context_from(items: list[dict[str, Any]], model: str) -> int | None:
    chosen = next((m for m in items if m.get("id") == model), items[0] if len(items) == 1 else None)
    if not chosen:
        return None
    value = chosen.get("max_model_len") or chosen.get("context_length")
    return int(value) if value else None

"""The OpenAI-compatible endpoint's requests and answers (README "OpenAI-compatible endpoint"), pure: the model ids
of the configured backends, a client's request read and checked into kimi-ui's messages (pictures as data URLs
through the same checks as uploads), and the events of one model call shaped as OpenAI's chunks and completion.
kimi_ui/openai_api.py serves them; only kimi_ui/backends/ builds what goes to a backend."""

from __future__ import annotations

import base64
import binascii
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from kimi_ui import access
from kimi_ui.answer import Answer
from kimi_ui.backends.base import RequestOptions
from kimi_ui.engine import KIMI_CALL_ID
from kimi_ui.events import Event, Reclassified, ReasoningDelta, TextDelta, ToolCallReady, TurnError
from kimi_ui.media.images import MediaError, PreparedImage, prepare_image
from kimi_ui.media.prepare import MediaLimits
from kimi_ui.messages import ImagePart, Message, ReasoningPart, TextPart, ToolCallPart, ToolResultPart

MODEL_PREFIX = "kimi-"
INSTANT = ":instant"
MAX_MESSAGES = 10_000
MAX_IMAGES = 32  # pictures in one request, as files in one message of the page
MAX_TOOLS = 128
FINISH_REASONS = ("stop", "length", "content_filter", "tool_calls")
PASSED = ("tool_choice", "parallel_tool_calls", "stop", "seed", "response_format")  # to the backend as sent
PENALTIES = ("presence_penalty", "frequency_penalty")  # only where the kind sends sampling (not Moonshot)


class ApiProblem(Exception):
    """A request the endpoint refuses: the HTTP status and OpenAI's error fields."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code, self.param = status, message, kind, code, param
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


def bad(message: str, param: str | None = None, code: str | None = None) -> ApiProblem:
    return ApiProblem(400, message, "invalid_request_error", code, param)


# -- model ids -------------------------------------------------------------------------------------------
def slug(name: str) -> str:
    """"Team vLLM (8x H200)" -> "team-vllm-8x-h200": lower-case ASCII letters and digits, runs of anything else
    one dash (accents dropped: "Über" -> "uber")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def model_ids(names: Iterable[str]) -> dict[str, str]:
    """Each backend's model id, by backend name: `kimi-` and the name's slug (the name's own `kimi` is not said
    twice: "Kimi on vLLM" -> "kimi-on-vllm"); a name without letters or digits is `kimi-backend`; where two
    names make one id, the later ones (in the configuration's order) get -2, -3. Stable while the names are."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = slug(name) or "backend"
        base = base if base == "kimi" or base.startswith(MODEL_PREFIX) else MODEL_PREFIX + base
        chosen, number = base, 2
        while chosen in taken:
            chosen, number = f"{base}-{number}", number + 1
        taken.add(chosen)
        ids[name] = chosen
    return ids


@dataclass(frozen=True)
class ApiModel:
    id: str
    backend: Any  # backends.base.Backend
    thinking: bool

    def card(self) -> dict[str, Any]:
        backend = self.backend
        return {"id": self.id, "object": "model", "created": 0, "owned_by": "kimi-ui",
                "backend": backend.name, "kind": backend.kind.name, "mode": "thinking" if self.thinking else "instant",
                "context_length": backend.context_window, "vision": backend.capabilities.vision,
                "tools": backend.capabilities.tools}


def models_for(backends: Iterable[Any], name: str, groups: str) -> dict[str, ApiModel]:
    """The models this user may use, by id: each backend access.may_use allows them, in thinking mode and, where
    its kind switches thinking, in instant mode (`<id>:instant`). A server of the generic kind has one id."""
    backends = list(backends)
    ids = model_ids(b.name for b in backends)
    found: dict[str, ApiModel] = {}
    for backend in backends:
        if not access.may_use(backend.config, name, groups):
            continue
        found[ids[backend.name]] = ApiModel(ids[backend.name], backend, True)
        if backend.kind.has_thinking_switch:
            found[ids[backend.name] + INSTANT] = ApiModel(ids[backend.name] + INSTANT, backend, False)
    return found


# -- the request -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ApiRequest:
    """A checked request: the model, its messages as the client sent them, and what goes with them."""

    model: ApiModel
    messages: list[dict[str, Any]]
    stream: bool = False
    include_usage: bool = False
    max_tokens: int | None = None
    sampling: dict[str, float] | None = None
    tools: list[dict[str, Any]] | None = None
    passed: dict[str, Any] = field(default_factory=dict)


def _number(body: dict[str, Any], name: str, low: float, high: float) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise bad(f"'{name}' must be a number from {low:g} to {high:g}.", name)
    return float(value)


def read_request(body: Any, models: dict[str, ApiModel]) -> ApiRequest:
    """The request's fields, checked (ApiProblem otherwise); the messages' shapes are checked by to_messages."""
    if not isinstance(body, dict):
        raise bad("The request body must be a JSON object.")
    wanted = body.get("model")
    if not isinstance(wanted, str) or not wanted:
        raise bad("'model' is required: one of the ids GET /v1/models lists.", "model")
    model = models.get(wanted)
    if model is None:  # unknown, or not for this user: the same answer
        raise ApiProblem(404, f"The model '{wanted[:100]}' does not exist or you do not have access to it "
                              f"(GET /v1/models lists yours: {', '.join(models) or 'none'}).",
                         "invalid_request_error", "model_not_found", "model")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad("'messages' must be a non-empty list.", "messages")
    if len(messages) > MAX_MESSAGES:
        raise bad(f"At most {MAX_MESSAGES:,} messages.", "messages")
    if body.get("n") not in (None, 1):
        raise bad("Only n = 1 is supported.", "n")
    options = body.get("stream_options")
    if options is not None and not isinstance(options, dict):
        raise bad("'stream_options' must be an object.", "stream_options")
    budget = body.get("max_completion_tokens", body.get("max_tokens"))
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, int) or budget < 1):
        raise bad("'max_tokens' must be a positive whole number.", "max_tokens")
    sampling = {name: value for name, value in (("temperature", _number(body, "temperature", 0, 2)),
                                                ("top_p", _number(body, "top_p", 0, 1)),
                                                ("min_p", _number(body, "min_p", 0, 1))) if value is not None}
    return ApiRequest(model=model, messages=messages, stream=body.get("stream") is True,
                      include_usage=bool((options or {}).get("include_usage")),
                      max_tokens=budget, sampling=sampling or None, tools=_tools(body, model),
                      passed=_passed(body, model))


def _tools(body: dict[str, Any], model: ApiModel) -> list[dict[str, Any]] | None:
    tools = body.get("tools")
    if tools is None or tools == []:
        return None
    if not isinstance(tools, list) or len(tools) > MAX_TOOLS or not all(
            isinstance(t, dict) and isinstance(t.get("function"), dict) and isinstance(t["function"].get("name"), str)
            for t in tools):
        raise bad(f"'tools' must be a list of at most {MAX_TOOLS} objects, each with a function and its name.",
                  "tools")
    if not model.backend.capabilities.tools:
        raise bad(f"The model '{model.id}' does not call tools (its backend is configured with tools = false).",
                  "tools", "tools_unsupported")
    return tools


def _passed(body: dict[str, Any], model: ApiModel) -> dict[str, Any]:
    passed = {name: body[name] for name in PASSED if body.get(name) is not None}
    if not body.get("tools"):
        passed.pop("tool_choice", None)
        passed.pop("parallel_tool_calls", None)
    if model.backend.kind.sends_sampling:  # (Moonshot fixes them for kimi-k2.5 and refuses others)
        passed |= {name: value for name in PENALTIES if (value := _number(body, name, -2, 2)) is not None}
    return passed


def text_of(content: Any, param: str, *, images: bool = False) -> list[Any]:
    """A message's content as its pieces: strings, and ("image", url) for each picture where `images`."""
    if content is None:
        return []
    if isinstance(content, str):
        return [content]
    if not isinstance(content, list):
        raise bad("A message's content must be a string or a list of parts.", param)
    pieces: list[Any] = []
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            pieces.append(part["text"])
        elif kind == "image_url" and images:
            ref = part.get("image_url")
            url = ref.get("url") if isinstance(ref, dict) else ref
            if not isinstance(url, str):
                raise bad("An image_url part needs its url.", f"{param}[{index}]")
            pieces.append(("image", url))
        elif kind == "refusal":
            continue
        else:
            what = "pictures (image_url) and text" if images else "text"
            raise bad(f"Unsupported content part {str(kind)[:40]!r}: this message takes {what} only.",
                      f"{param}[{index}]")
    return pieces


def _joined(pieces: list[Any]) -> str:
    return "".join(p for p in pieces if isinstance(p, str))


class ToolIds:
    """Tool-call ids as Kimi's template needs them (it shows the model only the id): a client's other ids
    (`call_abc`) become `functions.NAME:N` in its assistant messages and tool results alike, N counting the
    calls of the conversation (kimi-wire-facts.md). The client never sees them: answers have ids of their own."""

    def __init__(self) -> None:
        self.sent: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.count = 0

    def call(self, call_id: str, name: str) -> str:
        wanted = call_id if KIMI_CALL_ID.match(call_id) else f"functions.{name}:{self.count}"
        if not KIMI_CALL_ID.match(wanted):  # a name the template's ids cannot hold: kept as sent
            wanted = call_id
        while wanted in self.names:
            wanted += "_"
        self.count += 1
        self.sent[call_id], self.names[wanted] = wanted, name
        return wanted

    def result(self, call_id: str) -> tuple[str, str]:
        sent = self.sent.get(call_id, call_id)
        return sent, self.names.get(sent, "")


def _assistant(message: dict[str, Any], param: str, ids: ToolIds) -> Message:
    parts: list[Any] = []
    reasoning = message.get("reasoning_content", message.get("reasoning"))
    if isinstance(reasoning, str) and reasoning:
        parts.append(ReasoningPart(reasoning))
    text = _joined(text_of(message.get("content"), f"{param}.content"))
    if text:
        parts.append(TextPart(text))
    calls = message.get("tool_calls") or []
    if not isinstance(calls, list):
        raise bad("'tool_calls' must be a list.", f"{param}.tool_calls")
    for index, call in enumerate(calls):
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str) or not isinstance(
                call.get("id"), str):
            raise bad("Each tool call needs an id and a function with its name.", f"{param}.tool_calls[{index}]")
        arguments = function.get("arguments")
        arguments = arguments if isinstance(arguments, str) else "{}" if arguments is None else str(arguments)
        parts.append(ToolCallPart(ids.call(call["id"], function["name"]), function["name"], arguments))
    return Message("assistant", tuple(parts))


def to_messages(raw: list[Any], *, vision: bool, limits: MediaLimits, max_image_bytes: int,
                model_id: str = "", prepare: Callable[..., PreparedImage] | None = None) -> list[Message]:
    """The client's messages as kimi-ui's (ApiProblem for anything it cannot send). Blocking: pictures are
    decoded and prepared here (call it in a worker thread)."""
    ids, out, pictures = ToolIds(), [], 0
    for index, message in enumerate(raw):
        param = f"messages[{index}]"
        role = message.get("role") if isinstance(message, dict) else None
        if role in ("system", "developer"):
            out.append(Message("system", (TextPart(_joined(text_of(message.get("content"), f"{param}.content"))),)))
        elif role == "user":
            parts: list[Any] = []
            for piece in text_of(message.get("content"), f"{param}.content", images=True):
                if isinstance(piece, str):
                    parts.append(TextPart(piece))
                    continue
                pictures += 1
                if not vision:
                    raise bad(f"The model '{model_id}' reads no pictures (its backend is text-only).",
                              f"{param}.content", "vision_unsupported")
                if pictures > MAX_IMAGES:
                    raise bad(f"At most {MAX_IMAGES} pictures in one request.", f"{param}.content")
                image = picture(piece[1], name=f"image-{pictures}", limits=limits, max_bytes=max_image_bytes,
                                param=f"{param}.content", prepare=prepare)
                parts.append(ImagePart("", image.mime, image.width, image.height, f"image-{pictures}",
                                       label=image.note, data=image.data))
            out.append(Message("user", tuple(parts)))
        elif role == "assistant":
            out.append(_assistant(message, param, ids))
        elif role == "tool":
            call_id = message.get("tool_call_id")
            if not isinstance(call_id, str):
                raise bad("A tool message needs the tool_call_id it answers.", f"{param}.tool_call_id")
            sent, name = ids.result(call_id)
            name = name or (message.get("name") if isinstance(message.get("name"), str) else "")
            content = _joined(text_of(message.get("content"), f"{param}.content"))
            out.append(Message("tool", (ToolResultPart(sent, name, content),)))
        else:
            raise bad("Each message needs a role: system, developer, user, assistant or tool.", f"{param}.role")
    return out


def picture(url: str, *, name: str, limits: MediaLimits, max_bytes: int, param: str,
            prepare: Callable[..., PreparedImage] | None = None) -> PreparedImage:
    """A data URL's picture through the checks of an upload (kimi_ui/media/images.py: size, format, pixels,
    damage, rotation, downscaling). URLs of the web are refused: the server fetches nothing for a client."""
    header, comma, payload = url.partition(",")
    if not header.lower().startswith("data:") or not comma:
        raise bad("Pictures must come as data URLs (data:image/png;base64,...): kimi-ui fetches no URLs.", param,
                  "invalid_image_url")
    if not header.lower().endswith(";base64"):
        raise bad("A picture's data URL must be base64-encoded.", param, "invalid_image_url")
    if len(payload) // 4 * 3 > max_bytes * 1.01 + 3:  # (whitespace included: a little slack)
        raise bad(f"{name} is larger than {max_bytes // (1024 * 1024)} MB.", param, "image_too_large")
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        raise bad(f"{name} is not valid base64.", param, "invalid_image") from None
    if len(data) > max_bytes:
        raise bad(f"{name} is larger than {max_bytes // (1024 * 1024)} MB.", param, "image_too_large")
    with tempfile.TemporaryDirectory(prefix="kimi-v1-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            return (prepare or prepare_image)(path, max_side=limits.max_image_side, max_pixels=limits.max_image_pixels,
                                              name=name)
        except MediaError as exc:
            raise bad(str(exc), param, "invalid_image") from None
        except Exception as exc:  # noqa: BLE001 - a decoder choking on a crafted file is bad input too
            raise bad(f"{name} could not be read ({type(exc).__name__}).", param, "invalid_image") from None


def tool_calls_in(messages: list[Message]) -> int:
    return sum(len(m.tool_calls) for m in messages)


def options_for(request: ApiRequest, default_budget: int) -> RequestOptions:
    window = request.model.backend.context_window
    budget = min(request.max_tokens or default_budget, window)
    return RequestOptions(thinking=request.model.thinking, max_tokens=budget, sampling=request.sampling,
                          tools=request.tools)


# -- the answer ------------------------------------------------------------------------------------------
def finish_reason(answer: Answer) -> str:
    if answer.calls:
        return "tool_calls"
    return answer.finish_reason if answer.finish_reason in FINISH_REASONS else "stop"


def usage_of(answer: Answer) -> dict[str, Any]:
    prompt, completion = answer.prompt_tokens or 0, answer.completion_tokens or 0
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": answer.cached_tokens or 0}}


def call_dict(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    # (Moonshot's builtin functions, "$web_search", go back as it sent them: type builtin_function)
    return {"id": call_id, "type": "builtin_function" if name.startswith("$") else "function",
            "function": {"name": name, "arguments": arguments}}


def completion(answer: Answer, *, completion_id: str, model: str, created: int) -> dict[str, Any]:
    """The whole answer as a chat.completion object."""
    message: dict[str, Any] = {"role": "assistant", "content": answer.content or None,
                               "reasoning_content": answer.reasoning or None}
    if answer.calls:
        message["tool_calls"] = [call_dict(c.id, c.name, c.arguments) for c in answer.calls]
    return {"id": completion_id, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason(answer), "logprobs": None}],
            "usage": usage_of(answer)}


@dataclass
class Chunks:
    """The events of one model call as chat.completion.chunk objects. A server without a reasoning parser can
    make the parser move text already sent (Reclassified): it is sent again as what it turned out to be."""

    completion_id: str
    model: str
    created: int
    calls: int = 0
    sent: dict[str, str] = field(default_factory=lambda: {"content": "", "reasoning_content": ""})

    def envelope(self, choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {"id": self.completion_id, "object": "chat.completion.chunk", "created": self.created,
                "model": self.model, "choices": choices, **extra}

    def delta(self, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return self.envelope([{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}])

    def first(self) -> dict[str, Any]:
        return self.delta({"role": "assistant", "content": ""})

    def of(self, event: Event) -> list[dict[str, Any]]:
        if isinstance(event, (ReasoningDelta, TextDelta)) and event.text:
            name = "content" if isinstance(event, TextDelta) else "reasoning_content"
            self.sent[name] += event.text
            return [self.delta({name: event.text})]
        if isinstance(event, Reclassified):  # what was sent as the one was the other: it goes again, as that
            name, other = ("content", "reasoning_content") if event.target == "content" else ("reasoning_content",
                                                                                                "content")
            moved, self.sent[other] = self.sent[other], ""
            self.sent[name] += moved
            return [self.delta({name: moved})] if moved else []
        if isinstance(event, ToolCallReady):
            self.calls += 1
            return [self.delta({"tool_calls": [{"index": self.calls - 1,
                                                **call_dict(event.id, event.name, event.arguments)}]})]
        return []

    def last(self, answer: Answer) -> dict[str, Any]:
        return self.delta({}, finish_reason(answer))

    def usage(self, answer: Answer) -> dict[str, Any]:
        return self.envelope([], usage=usage_of(answer))


# A backend's failure (kimi_ui/backends/errors.py codes) as the endpoint's status and OpenAI's type and code: the
# client's request is at fault (400), the server is busy (429), or the backend behind kimi-ui failed (5xx).
BACKEND_ERRORS: dict[str, tuple[int, str, str]] = {
    "context_length": (400, "invalid_request_error", "context_length_exceeded"),
    "content_filter": (400, "invalid_request_error", "content_filter"),
    "vision_unsupported": (400, "invalid_request_error", "vision_unsupported"),
    "tool_parser": (400, "invalid_request_error", "tools_unsupported"),
    "sampling_rejected": (400, "invalid_request_error", "sampling_rejected"),
    "bad_request": (400, "invalid_request_error", "bad_request"),
    "continue_refused": (400, "invalid_request_error", "bad_request"),
    "rate_limited": (429, "rate_limit_error", "rate_limit_exceeded"),
    "quota": (429, "insufficient_quota", "insufficient_quota"),
    "budget": (429, "insufficient_quota", "budget_spent"),  # the user's own token budget here (kimi_ui/usage.py)
    "auth": (502, "api_error", "backend_auth_failed"),
    "billing": (502, "api_error", "backend_billing"),
    "not_found": (502, "api_error", "backend_not_found"),
    "unavailable": (503, "api_error", "backend_unavailable"),
    "shutting_down": (503, "api_error", "shutting_down"),
    "unreachable": (503, "api_error", "backend_unreachable"),
    "timeout": (504, "api_error", "backend_timeout"),
    "stream_cut": (502, "api_error", "backend_stream_cut"),
    "oom": (502, "api_error", "backend_error"),
    "server_error": (502, "api_error", "backend_error"),
}


def problem_of(failure: TurnError) -> ApiProblem:
    """A turn's error (the backend's, or a limit's) for the client, with its hint."""
    status, kind, code = BACKEND_ERRORS.get(failure.code, (500, "api_error", "internal_error"))
    headers: dict[str, str] = {}
    if failure.code == "rate_limited" and failure.params.get("variant") == "streams":
        code = "too_many_streams"
    if isinstance(failure.params.get("seconds"), int):
        headers["Retry-After"] = str(failure.params["seconds"])
    message = f"{failure.message} {failure.hint}".strip()
    return ApiProblem(status, message, kind, code, headers=headers)

"""Typed events of one turn. Data only: the engine yields them, the UI and tests consume them.

A Notice or TurnError carries a `code` and its `params`; its `message` (and `hint`) are the English words
of the catalog (kimi_ui/i18n: `notice.<code>`, `error.<code>`, `error_hint.<code>`), which the /chat API
and old readers show. The page says them in the reader's language with `said()`.
Build them with notice() and error(), which fill the English from the catalog.

Params the words understand besides the entry's own `{name}`s:
- `variant`: the words are `<section>.<code>.<variant>` (one code, a second wording: same meaning to code);
- `hints`: the error's hint is these `error_hint.` keys' words joined (default: `error_hint.<code>[.<variant>]`,
  none when the catalog has no such entry);
- `said`: the backend's own words (untranslated), quoted after an error's message;
- a dict with `code` (an error's code and params, as error_dict() writes it): `{name}` is its message and
  `{name_hint}` its hint; a dict with `key` (a catalog key and its `params`): `{name}` is its words;
- a dict with `seconds` is a length of time (0:05.0), one with `bytes` a file size (1.5 MB), in the
  language's number format.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Union

from kimi_ui.i18n import catalog, number, text

_NAMES = re.compile(r"{(\w+)}")
MAX_NESTING = 2
MAX_SECONDS = 10**7  # a duration or length said in words: beyond this a param is not believed (a stored row's)
MAX_BYTES = 2**50


@dataclass(frozen=True)
class TurnStarted:
    """Sent first by turns.run once the user's message is saved."""

    conversation_id: str
    user_message_id: str
    message_id: str
    type: Literal["turn.started"] = "turn.started"


@dataclass(frozen=True)
class Queued:
    """The server is at its limit of answers written at once: this turn waits, `ahead` answers before it."""

    ahead: int
    type: Literal["queued"] = "queued"


@dataclass(frozen=True)
class MediaProgress:
    """While uploads are prepared (before the turn starts): e.g. frames sampled from a video."""

    name: str
    done: int
    total: int
    type: Literal["media.progress"] = "media.progress"


@dataclass(frozen=True)
class RoundStarted:
    """The engine is about to call the model: what follows, until the next RoundStarted, is one round
    (its reasoning, its text, its tool calls and their results)."""

    type: Literal["round.started"] = "round.started"


@dataclass(frozen=True)
class ReasoningDelta:
    text: str
    type: Literal["reasoning.delta"] = "reasoning.delta"


@dataclass(frozen=True)
class TextDelta:
    text: str
    type: Literal["content.delta"] = "content.delta"


@dataclass(frozen=True)
class Reclassified:
    """All text streamed so far as the other kind belongs to `target` (a server without a reasoning
    parser: `</think>` showed up in the answer, or the expected `</think>` never came)."""

    target: Literal["content", "reasoning"]
    type: Literal["reclassified"] = "reclassified"


@dataclass(frozen=True)
class ToolCallStarted:
    index: int
    id: str
    name: str
    type: Literal["tool_call.started"] = "tool_call.started"


@dataclass(frozen=True)
class ToolCallArgsDelta:
    index: int
    text: str
    type: Literal["tool_call.arguments.delta"] = "tool_call.arguments.delta"


@dataclass(frozen=True)
class ToolCallReady:
    """A tool call whose arguments are complete (the raw string, maybe not valid JSON)."""

    index: int
    id: str
    name: str
    arguments: str
    type: Literal["tool_call.ready"] = "tool_call.ready"


@dataclass(frozen=True)
class ToolResult:
    id: str
    name: str
    result: str
    duration_ms: float
    status: Literal["done", "error", "cancelled", "timeout"] = "done"
    truncated: bool = False
    type: Literal["tool_call.result"] = "tool_call.result"


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cached_tokens: int | None = None
    window_tokens: int | None = None  # the backend's context window (the page's context meter)
    type: Literal["usage"] = "usage"


@dataclass(frozen=True)
class Notice:
    """Something the user should see that is not an error (history trimmed, model substituted...)."""

    code: str
    message: str
    action: str | None = None  # e.g. "continue": the UI offers a Continue button
    params: dict[str, Any] = field(default_factory=dict)
    type: Literal["notice"] = "notice"


@dataclass(frozen=True)
class TurnError:
    code: str
    message: str
    hint: str = ""
    retryable: bool = False
    status: int | None = None
    message_id: str | None = None  # "busy": the answer that conversation is writing
    params: dict[str, Any] = field(default_factory=dict)
    type: Literal["error"] = "error"


@dataclass(frozen=True)
class TurnDone:
    """Last event of every turn. status: done|error|cancelled|interrupted|length|round_limit."""

    status: str
    finish_reason: str | None = None
    type: Literal["turn.done"] = "turn.done"


@dataclass(frozen=True)
class AgentsPlanned:
    """Swarm mode: the orchestrator's `start_agents` call `call_id` starts these sub-agents (kimi_ui/swarm.py),
    each (id, title, task, tools); they wait as "queued" until they run."""

    call_id: str
    agents: tuple[tuple[str, str, str, tuple[str, ...]], ...]
    type: Literal["agents.planned"] = "agents.planned"


@dataclass(frozen=True)
class AgentEvent:
    """One event of a sub-agent's own turn (RoundStarted, deltas, tool calls, Usage, Notice, TurnError, TurnDone),
    or its status changing (`status`: running, stopped, failed, with `event` None)."""

    call_id: str
    index: int  # the agent's place among that call's agents
    event: Any = None
    status: str | None = None
    type: Literal["agent"] = "agent"


Event = Union[
    Queued,
    MediaProgress,
    TurnStarted,
    RoundStarted,
    ReasoningDelta,
    TextDelta,
    Reclassified,
    ToolCallStarted,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolResult,
    Usage,
    Notice,
    TurnError,
    TurnDone,
    AgentsPlanned,
    AgentEvent,
]


def notice(code: str, action: str | None = None, **params: Any) -> Notice:
    """A notice with the English words of `notice.<code>` for these params."""
    message, _ = words("notice", code, params) or (code, "")
    return Notice(code=code, message=message, action=action, params=params)


def error(code: str, *, retryable: bool = False, status: int | None = None, message_id: str | None = None,
          **params: Any) -> TurnError:
    """An error with the English words of `error.<code>` and its hint for these params."""
    message, hint = words("error", code, params) or (code, "")
    return TurnError(code=code, message=message, hint=hint, retryable=retryable, status=status,
                     message_id=message_id, params=params)


def quoted(failure: TurnError) -> dict[str, Any]:
    """An error as a param of another notice or error (its English words kept for a code without entry)."""
    return {"code": failure.code, "params": dict(failure.params), "message": failure.message, "hint": failure.hint}


def words(section: str, code: str, params: dict[str, Any], lang: str = "en",
          depth: int = 0) -> tuple[str, str] | None:
    """(message, hint) of a notice (`section` "notice") or error ("error") in `lang`; None when the catalog
    has no entry for the code or the params lack one its words need (an old row, a backend's own text)."""
    variant = params.get("variant")
    name = f"{code}.{variant}" if variant else code
    shown = _shown_params(params, lang, depth)
    if shown is None:
        return None
    message = _say(f"{section}.{name}", lang, shown)
    if message is None:
        return None
    if section != "error":
        return message, ""
    if params.get("said"):
        message += " " + text("error.server_said", lang, said=params["said"])
    hints = params.get("hints") if isinstance(params.get("hints"), list) else [name]
    said = [_say(f"error_hint.{key}", lang, shown) for key in hints]
    return message, " ".join(part for part in said if part)


def said(entry: dict[str, Any], lang: str) -> tuple[str, str]:
    """(message, hint) of a notice or error dict in `lang`: its code and params said from the catalog, else
    (a row from before codes had words, a backend's own text, a code the catalog does not know) the English
    words it was stored with. An error dict has a "hint"; a notice dict has none."""
    message, hint = str(entry.get("message") or ""), str(entry.get("hint") or "")
    params = entry.get("params")
    if lang == "en":
        return message, hint
    params = params if isinstance(params, dict) else {}  # an old row: words without params can still be said
    try:
        found = words("error" if "hint" in entry else "notice", str(entry.get("code") or ""), params, lang)
    except (TypeError, ValueError, AttributeError, OverflowError):  # an imported row's params can be anything
        found = None
    return found if found is not None else (message, hint)


def spoken(key: str, params: dict[str, Any], lang: str = "en") -> str:
    """The words of any catalog entry for params that may hold nested entries (see above); the key itself
    when the catalog lacks it or the params lack a name its words need."""
    shown = _shown_params(params, lang)
    said = _say(key, lang, shown) if shown is not None else None
    return said if said is not None else key


def _say(key: str, lang: str, shown: dict[str, Any]) -> str | None:
    english = catalog("en")
    if key not in english and f"{key}.other" not in english:
        return None
    template = english.get(key) or english[f"{key}.other"]
    if not set(_NAMES.findall(template)) <= set(shown):
        return None
    return text(key, lang, **shown)


def _shown_params(params: dict[str, Any], lang: str, depth: int = 0) -> dict[str, Any] | None:
    """The params as the words take them: nested errors and catalog entries said in `lang` first (two levels
    at most: a row can be imported, and its params be anything)."""
    if depth > MAX_NESTING:
        return None
    shown: dict[str, Any] = {}
    for name, value in params.items():
        inner_params = value.get("params") if isinstance(value, dict) else None
        inner_params = inner_params if isinstance(inner_params, dict) else {}
        if isinstance(value, dict) and "code" in value:
            inner = words("error", str(value["code"]), inner_params, lang, depth + 1)
            if inner is None:
                if "message" not in value:
                    return None
                inner = (str(value["message"]), str(value.get("hint") or ""))
            message = inner[0] if inner[0].endswith((".", "!", "?")) else inner[0] + "."
            shown[name], shown[f"{name}_hint"] = message, inner[1]
        elif isinstance(value, dict) and "key" in value:
            said = _say(str(value["key"]), lang, _shown_params(inner_params, lang, depth + 1) or {})
            if said is None:
                return None
            shown[name] = said
        elif isinstance(value, dict) and isinstance(value.get("seconds"), (int, float)):
            if not 0 <= value["seconds"] <= MAX_SECONDS:  # (an imported row's: infinity, or past any clock)
                return None
            shown[name] = clock(value["seconds"], lang)
        elif isinstance(value, dict) and isinstance(value.get("bytes"), int):
            if not 0 <= value["bytes"] <= MAX_BYTES:
                return None
            shown[name] = file_size(value["bytes"], lang)
        elif name not in ("variant", "hints"):
            shown[name] = value
    return shown


def clock(seconds: float, lang: str = "en") -> str:
    """m:ss.s (h:mm:ss.s past an hour): 0:05.0, in German 0:05,0."""
    tenths = max(0, round(seconds * 10))
    minutes, tenths = divmod(tenths, 600)
    hours, minutes = divmod(minutes, 60)
    secs = f"{tenths // 10:02d}{',' if lang == 'de' else '.'}{tenths % 10}"
    return f"{hours}:{minutes:02d}:{secs}" if hours else f"{minutes}:{secs}"


def file_size(size: int, lang: str = "en") -> str:
    """12 MB, 1.5 MB (1,5 MB in German) or 10 KB."""
    if size >= 2**20:
        megabytes = size / 2**20
        return f"{number(megabytes, lang, digits=0 if size >= 10 * 2**20 else 1)} MB"
    return f"{number(max(1, round(size / 1024)), lang)} KB"


def note_of(code: str, **params: Any) -> str:
    """A note as stored (a paused message's, an attachment's): a catalog code and its parameters, worded when
    shown (note_words)."""
    return json.dumps({"code": code, "params": params}, ensure_ascii=False)


def note_words(note: str, lang: str = "en") -> str:
    """The note in `lang` (a note stored before notes had codes is shown as it is)."""
    try:
        found = json.loads(note) if note.startswith("{") else None
    except ValueError:
        found = None
    if not isinstance(found, dict) or not isinstance(found.get("code"), str):
        return note
    params = found.get("params") if isinstance(found.get("params"), dict) else {}
    # an error kept in the note (events.quoted) is said like a stored one: its words, else its English
    return text(found["code"], lang, **{name: said({"hint": "", **value}, lang)[0] if isinstance(value, dict)
                                        else value for name, value in params.items()})

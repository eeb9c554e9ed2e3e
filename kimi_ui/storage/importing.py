"""Import conversations: our own JSON export (one conversation or all of them) or a ChatGPT export
(conversations.json). Everything is checked before anything is written, then written in one transaction,
always under new ids, so importing the same file twice gives two copies."""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from kimi_ui.answer import Round
from kimi_ui.i18n import DEFAULT, text
from kimi_ui.storage import chatgpt, folders, jsonstream
from kimi_ui.storage.export import FORMAT_ALL, FORMAT_CONVERSATION, VERSION
from kimi_ui.storage.files import blob_path, save_blob
from kimi_ui.storage.legacy import legacy_rounds
from kimi_ui.storage.models import Attachment, Conversation, Folder, MessageRow, new_id
from kimi_ui.storage.quota import MB, stored_bytes

log = logging.getLogger(__name__)
MAX_CONVERSATIONS = 20_000
MAX_MESSAGES = 100_000  # in one import, all conversations together
MAX_ATTACHMENTS = 1_000  # per message (a video brings its sampled frames)
MAX_TEXT = 5_000_000  # characters in one text field
MAX_ID = 200  # ids in the file are only keys within it: every import gets new ones
SHA256 = re.compile(r"[0-9a-f]{64}")
# What the app itself stores and serves (an imported text/html or SVG file must never be served back).
MIME = re.compile(r"image/(png|jpeg|webp|gif)|text/plain|video/[a-z0-9.+-]{1,50}")


class ImportProblem(ValueError):
    """The file cannot be imported: a catalog code with its parameters (kimi_ui/i18n), worded by words(lang);
    str() is the English words. Three parameters are worded too: `where`, the places ((kind, n): conversation
    2, message 3...); `choices`, "a, b or c"; `problem`, an inner problem ({"code", "params"}) in the same
    language, so a field's problem reads as one sentence."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def words(self, lang: str = DEFAULT) -> str:
        return _words(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.words()

    def inner(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params}


Where = tuple[tuple[str, Any], ...]


def _words(code: str, params: dict[str, Any], lang: str) -> str:
    shown = dict(params)
    if "where" in shown:  # an index as it is, without thousands separators: "message 1234"
        shown["where"] = ", ".join(text(f"import.place.{kind}", lang, n=str(n)) for kind, n in shown["where"])
    if "choices" in shown:
        *rest, last = shown["choices"]
        shown["choices"] = text("import.choices", lang, rest=", ".join(rest), last=last) if rest else last
    if "problem" in shown:
        shown["problem"] = _words(shown["problem"]["code"], shown["problem"]["params"], lang)
    return text(code, lang, **shown)


def _field(where: Where, name: str, code: str, **params: Any) -> ImportProblem:
    """A problem of one field: "conversation 1, message 2: 'role' is required"."""
    return ImportProblem("import.field", where=where, field=name, problem={"code": code, "params": params})


def _mb(size: int) -> float:
    """Megabytes for words (kimi_ui/i18n shows 140 and 0.4 as it shows numbers: 140 and 0,4 in German)."""
    return round(size / MB, 1)


class ImportResult(list):
    """The new conversation ids; `dropped_attachments` counts references to files this server lacks."""

    dropped_attachments: int = 0


def _text(limit: int, optional: bool = False) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ImportProblem("import.not_text", type=type(value).__name__)
        if len(value) > limit:
            raise ImportProblem("import.too_long", length=len(value), limit=limit)
        return value.replace("\x00", "")  # PostgreSQL stores no NUL characters in text
    return check


def _one_of(*choices: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in choices:
            raise ImportProblem("import.one_of", choices=choices, value=repr(value))
        return value
    return check


def _matching(pattern: re.Pattern[str], code: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise ImportProblem(code, value=repr(str(value)[:80]))
        return value
    return check


def _number(kind: type, optional: bool = True) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int):
            raise ImportProblem("import.not_number" if kind is float else "import.not_whole_number",
                                value=repr(value))
        if abs(value) > (2**31 - 1 if kind is int else 1e15) or not math.isfinite(value):  # int: the column's range
            raise ImportProblem("import.out_of_range", value=repr(value))
        return kind(value)
    return check


def _json(kind: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is not None and not isinstance(value, kind):
            raise ImportProblem("import.not_object_or_null" if kind is dict else "import.not_list_or_null")
        if isinstance(value, list) and not all(isinstance(v, (dict, str)) for v in value):
            raise ImportProblem("import.not_list_of_objects")
        return value
    return check


CALL_TEXTS = {"id": 200, "name": 200, "arguments": MAX_TEXT, "status": 16}


def _call_record(call: Any) -> dict[str, Any]:
    if not isinstance(call, dict):
        raise ImportProblem("import.call_not_object")
    call = dict(call)
    for key, limit in CALL_TEXTS.items():
        if call.get(key) is not None:
            call[key] = _text(limit)(call[key])
    if call.get("result") is not None:
        call["result"] = _text(MAX_TEXT)(call["result"])
    for key in ("duration_ms", "started_at"):
        if call.get(key) is not None:
            _number(float)(call[key])
    if call.get("agents") is not None:
        call["agents"] = _agent_records(call["agents"])
    return call


MAX_AGENTS = 100
AGENT_TEXTS = {"id": 64, "title": 200, "task": MAX_TEXT, "status": 16}


def _agent_records(agents: Any) -> list[dict[str, Any]]:
    """A swarm's sub-agents (kimi_ui.answer.Agent records): their texts and rounds checked as an answer's, one
    level deep (their calls carry no agents), without what they cost (see _usage)."""
    if not isinstance(agents, list) or len(agents) > MAX_AGENTS or not all(isinstance(a, dict) for a in agents):
        raise ImportProblem("import.not_list_of_objects")
    records = []
    for agent in agents:
        agent = {**agent, **{key: _text(limit)(agent[key]) for key, limit in AGENT_TEXTS.items()
                             if agent.get(key) is not None}}
        rounds = agent.get("rounds") or []
        if not isinstance(rounds, list):
            raise ImportProblem("import.not_list_of_objects")
        if not all(isinstance(r, dict) and isinstance(r.get("calls") or [], list) for r in rounds):
            raise ImportProblem("import.not_list_of_objects")
        agent["rounds"] = _round_records([{**r, "calls": [{k: v for k, v in c.items() if k != "agents"}
                                                          if isinstance(c, dict) else c for c in r.get("calls") or []]}
                                          for r in rounds])
        agent["usage"] = _usage(agent.get("usage"))
        agent.pop("spent", None)  # (counted where it was spent, like the cost)
        records.append(agent)
    return records


def _round_records(rounds: list[Any]) -> list[dict[str, Any]]:
    """Rounds as the store keeps them (kimi_ui.answer.Round records), every field checked."""
    records = []
    for record in rounds:
        if not isinstance(record, dict):
            raise ImportProblem("import.not_list_of_objects")
        record = {**record, **{key: _text(MAX_TEXT)(record.get(key) or "") for key in ("reasoning", "content")}}
        if record.get("reasoning_seconds") is not None:
            _number(float)(record["reasoning_seconds"])
        calls = record.get("calls") or []
        if not isinstance(calls, list):
            raise ImportProblem("import.calls_not_list")
        record = dict(record, calls=[_call_record(c) for c in calls])
        records.append(Round.from_record(record).to_record())
    return records


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ImportProblem("import.not_bool", value=repr(value))
    return value


def _time(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    except (TypeError, ValueError, OverflowError):
        raise ImportProblem("import.not_time", value=repr(str(value)[:80])) from None


def _usage(value: Any) -> Any:
    """An answer's figures, without what it cost: it was paid where it was written, and the totals of this
    app (the title bar, `users list`) count what was spent here."""
    usage = _json(dict)(value)
    return {k: v for k, v in usage.items() if k not in ("cost", "currency")} if isinstance(usage, dict) else usage


# field -> check; a missing field takes the model's default
CONVERSATION_CHECKS = {
    "title": _text(200), "title_by": _text(16), "system_prompt": _text(MAX_TEXT), "backend": _text(80),
    "mode": _text(16), "max_tokens": _number(int), "sampling": _json(dict), "tools": _json(list),
    "pinned": _bool, "archived": _bool, "created_at": _time, "updated_at": _time, "folder": _text(80, optional=True),
}
MESSAGE_CHECKS = {
    "seq": _number(int, optional=False), "role": _one_of("user", "assistant"), "content": _text(MAX_TEXT),
    "reasoning": _text(MAX_TEXT), "reasoning_seconds": _number(float), "tool_calls": _json(list), "rounds": _json(list),
    "usage": _usage, "status": _text(16), "finish_reason": _text(32, optional=True), "error": _json(dict),
    "notices": _json(list), "backend": _text(80, optional=True), "model": _text(200, optional=True),
    "mode": _text(16, optional=True), "created_at": _time, "updated_at": _time,
}
ATTACHMENT_CHECKS = {
    "kind": _one_of("image", "video", "frame", "document"), "label": _text(500), "timestamp": _number(float),
    "sha256": _matching(re.compile(f"{SHA256.pattern}|"), "import.not_sha256"),
    "mime": _matching(MIME, "import.not_mime"), "width": _number(int, optional=False),
    "height": _number(int, optional=False), "name": _text(255), "byte_size": _number(int, optional=False),
    "position": _number(int, optional=False), "created_at": _time,
}


def _checked(item: Any, checks: dict[str, Callable[[Any], Any]], where: Where) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ImportProblem("import.not_object", where=where, type=type(item).__name__)
    values = {}
    for key, check in checks.items():
        if key in item:
            try:
                values[key] = check(item[key])
            except ImportProblem as problem:
                raise ImportProblem("import.field", where=where, field=key, problem=problem.inner()) from None
    return values


@dataclass
class Planned:
    """One conversation, checked: rows without ids yet, and the files it brings."""

    conversation: dict[str, Any]
    leaf: str | None
    messages: list[tuple[str, str | None, dict[str, Any], list[dict[str, Any]]]]  # (id, parent id, fields, attachments)
    blobs: list[tuple[bytes, str]] = field(default_factory=list)


def _attachment(item: Any, where: Where, blobs: list[tuple[bytes, str]]) -> dict[str, Any]:
    values = _checked(item, ATTACHMENT_CHECKS, where)
    if "sha256" not in values or "mime" not in values:
        raise ImportProblem("import.sha256_and_mime", where=where)
    for key in ("byte_size", "width", "height", "position"):  # sizes add up in the quotas: never below zero
        if values.get(key, 0) < 0:
            raise _field(where, key, "import.below_zero")
    data = item.get("data")
    if data is not None:
        try:
            raw = base64.b64decode(data, validate=True)
        except (TypeError, ValueError, binascii.Error):
            raise _field(where, "data", "import.not_base64") from None
        if hashlib.sha256(raw).hexdigest() != values["sha256"]:
            raise ImportProblem("import.damaged", where=where)
        blobs.append((raw, values["mime"]))
        values["embedded"] = True
        values["byte_size"] = len(raw)  # what it takes on disk (the quotas add these up), whatever the file says
    return values


def _message(item: Any, where: Where, known: set[str], blobs: list) -> tuple[str, str | None, dict, list]:
    values = _checked(item, MESSAGE_CHECKS, where)
    key, parent = item.get("id"), item.get("parent_id")
    if not isinstance(key, str) or not 0 < len(key) <= MAX_ID or key in known:
        raise _field(where, "id", "import.not_unique_id")
    if "role" not in values:
        raise _field(where, "role", "import.required")
    if parent is not None and (not isinstance(parent, str) or parent not in known):
        raise ImportProblem("import.bad_parent", where=where, parent=repr(str(parent)[:80]))
    attachments = item.get("attachments")
    attachments = [] if attachments is None else attachments
    if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
        raise _field(where, "attachments", "import.too_many_attachments", limit=str(MAX_ATTACHMENTS))
    _answer_rounds(values, where)
    if values.get("status") == "streaming":  # nothing here is still writing it: as after a restart
        values["status"] = "interrupted"
    known.add(key)
    return key, parent, values, [_attachment(a, (*where, ("attachment", n)), blobs)
                                 for n, a in enumerate(attachments, 1)]


def _answer_rounds(values: dict[str, Any], where: Where) -> None:
    """An answer's rounds: checked, or made from the flat tool calls of an export older than rounds."""
    legacy = values.pop("tool_calls", None)
    if values.get("role") != "assistant":
        values.pop("rounds", None)
        return
    try:
        if "rounds" not in values:
            values["rounds"] = legacy_rounds(values.get("content", ""), values.get("reasoning", ""),
                                             values.get("reasoning_seconds"), [_call_record(c) for c in legacy or []])
        values["rounds"] = _round_records(values["rounds"]) if values["rounds"] is not None else None
    except ImportProblem as problem:
        raise ImportProblem("import.field", where=where, field="rounds", problem=problem.inner()) from None
    values["tool_count"] = sum(len(r["calls"]) for r in values["rounds"] or [])


def plan_conversation(exported: Any, where: Where) -> Planned:
    if not isinstance(exported, dict):
        raise ImportProblem("import.not_object", where=where, type=type(exported).__name__)
    _check_format(exported, FORMAT_CONVERSATION, where)
    conversation = _checked(exported.get("conversation"), CONVERSATION_CHECKS, (*where, ("field", "conversation")))
    messages = exported.get("messages")
    if not isinstance(messages, list):
        raise _field(where, "messages", "import.not_list")
    known: set[str] = set()
    blobs: list[tuple[bytes, str]] = []
    planned = [_message(m, (*where, ("message", n)), known, blobs) for n, m in enumerate(messages, 1)]
    leaf = exported["conversation"].get("leaf_id")
    if leaf is not None and (not isinstance(leaf, str) or leaf not in known):
        raise _field(where, "leaf_id", "import.not_a_message")
    return Planned(conversation, leaf, planned, blobs)


def _check_format(data: dict[str, Any], expected: str, where: Where) -> None:
    if data.get("format") != expected:
        raise ImportProblem("import.wrong_format", where=where, found=repr(str(data.get("format"))[:80]),
                            expected=repr(expected))
    version = data.get("version")
    if version != VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        raise ImportProblem("import.newer_version" if newer else "import.unknown_version", where=where,
                            version=repr(version)[:20], current=VERSION)


class _Planner:
    """Checks conversations one at a time as they arrive (from a file's stream or a parsed document) and
    keeps the running totals, so a file is refused at the first conversation over a limit."""

    def __init__(self) -> None:
        self.conversations = 0
        self.messages = 0

    def chatgpt(self, item: Any) -> Planned:
        n = self._next()
        try:
            converted = chatgpt.convert(item, max_nodes=MAX_MESSAGES)
        except chatgpt.NotConvertible as problem:
            raise ImportProblem("import.at", where=(("chatgpt", n),),
                                problem={"code": problem.code, "params": problem.params}) from None
        return self._plan(converted, n)

    def ours(self, item: Any) -> Planned:
        return self._plan(item, self._next())

    def _next(self) -> int:
        self.conversations += 1
        if self.conversations > MAX_CONVERSATIONS:
            raise ImportProblem("import.too_many_conversations", found=self.conversations, limit=MAX_CONVERSATIONS)
        return self.conversations

    def _plan(self, conversation: Any, n: int) -> Planned:
        messages = conversation.get("messages") if isinstance(conversation, dict) else None
        self.messages += len(messages) if isinstance(messages, list) else 0
        if self.messages > MAX_MESSAGES:  # counted before the messages are checked one by one
            raise ImportProblem("import.too_many_messages", found=self.messages, limit=MAX_MESSAGES)
        return plan_conversation(conversation, (("conversation", n),))


def _planned(data: Any, planner: _Planner) -> list[Planned]:
    """The plans of any accepted document: our export (one conversation or all) or ChatGPT's. Elements a
    streamed parse already planned pass through."""
    if isinstance(data, list) or (isinstance(data, dict) and "mapping" in data):
        items = data if isinstance(data, list) else [data]
        return [item if isinstance(item, Planned) else planner.chatgpt(item) for item in items]
    if not isinstance(data, dict):
        raise ImportProblem("import.not_a_document", type=type(data).__name__)
    if data.get("format") == FORMAT_CONVERSATION:
        return [planner.ours(data)]
    if data.get("format") != FORMAT_ALL:
        if "format" not in data:
            raise ImportProblem("import.not_ours")
        raise ImportProblem("import.unknown_format", found=repr(str(data.get("format"))[:80]))
    _check_format(data, FORMAT_ALL, (("export", ""),))
    conversations = data.get("conversations")
    if not isinstance(conversations, list):
        raise _field((("export", ""),), "conversations", "import.not_list")
    return [item if isinstance(item, Planned) else planner.ours(item) for item in conversations]


def plan_data(data: Any) -> list[Planned]:
    """Every conversation of an already parsed document, checked (nothing is written)."""
    return _planned(data, _Planner())


def plan_file(path: Path, *, name: str, max_bytes: int, max_items: int) -> list[Planned]:
    """Every conversation of the file, checked. Its size is checked before it is read, and its objects and
    lists are counted while it is parsed (the parse stops at the first one over `max_items`); ChatGPT's
    conversations and those of our full export are checked one at a time as they are parsed, so only
    their checked rows stay in memory, not the parsed JSON."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ImportProblem("import.file_too_big", name=name, size=_mb(size), limit=_mb(max_bytes))
    planner = _Planner()
    try:
        with path.open("rb") as stream:
            data = jsonstream.load(stream, max_items=max_items,
                                   each={"": planner.chatgpt, "conversations": planner.ours})
    except jsonstream.NotJson as problem:
        # the parser's own words (yajl's, English) stay as they are: they quote where the file breaks
        if str(problem) == "the file is empty":
            raise ImportProblem("import.empty") from None
        raise ImportProblem("import.not_json", detail=str(problem)) from None
    except jsonstream.TooManyItems:
        raise ImportProblem("import.too_many_items", name=name, limit=max_items) from None
    return _planned(data, planner)


def _owned_files(session: Session, owner_id: str, shas: set[str]) -> set[str]:
    """Which of these files the owner already has: a bare reference may only point at one's own files
    (a sha256 seen in someone else's export must not unlock their picture)."""
    found: set[str] = set()
    wanted = sorted(shas)
    for start in range(0, len(wanted), 500):
        found.update(session.exec(select(Attachment.sha256).where(
            Attachment.owner_id == owner_id, col(Attachment.sha256).in_(wanted[start:start + 500]))))
    return found


def _folder_id(session: Session, owner_id: str, name: str | None) -> str | None:
    """The owner's folder of that name (made if missing), so an imported chat lands where it was."""
    name = " ".join((name or "").split())
    if not name:
        return None
    found = folders.find_by_name(session, owner_id=owner_id, name=name)
    if found is None and folders.count_folders(session, owner_id=owner_id) >= folders.MAX_FOLDERS:
        return None  # the chat is imported all the same, into the list
    if found is None:
        found = Folder(owner_id=owner_id, name=name)
        session.add(found)
        session.flush()
    return found.id


def _usable(attachment: dict[str, Any], owned: set[str], root: Path) -> bool:
    sha, embedded = attachment["sha256"], attachment.pop("embedded", False)
    if not sha:  # a video too large to keep: there never was a file
        return True
    return embedded or (sha in owned and blob_path(root, sha, attachment["mime"]).is_file())


def _add(session: Session, owner_id: str, plan: Planned, owned: set[str], root: Path) -> tuple[str, int]:
    ids = {key: new_id() for key, *_ in plan.messages}
    fields = dict(plan.conversation)
    folder = _folder_id(session, owner_id, fields.pop("folder", None))
    conversation = Conversation(**fields, owner_id=owner_id, folder_id=folder, leaf_id=ids.get(plan.leaf or ""))
    session.add(conversation)
    session.flush()
    dropped = 0
    rows, attachments = [], []
    for key, parent, values, items in plan.messages:
        rows.append(MessageRow(**values, id=ids[key], parent_id=ids.get(parent or ""),
                               conversation_id=conversation.id, owner_id=owner_id))
        for item in items:
            if _usable(item, owned, root):
                attachments.append(Attachment(**item, owner_id=owner_id, message_id=ids[key]))
            else:
                dropped += 1
    session.add_all(rows)
    session.flush()  # attachments point at the messages
    session.add_all(attachments)
    session.flush()
    return conversation.id, dropped


def _check_room(session: Session, owner_id: str, plans: list[Planned], max_stored_bytes: int | None) -> None:
    """The files an import embeds count against what the owner may keep, as uploads do."""
    embedded = sum(len(raw) for plan in plans for raw, _ in plan.blobs)
    if max_stored_bytes is None or not embedded:
        return
    kept = stored_bytes(session, owner_id=owner_id)
    session.commit()  # ends the read: on SQLite every transaction holds the write lock (db._sqlite_begin)
    if kept + embedded > max_stored_bytes:
        raise ImportProblem("import.over_quota", size=_mb(embedded), kept=_mb(kept), limit=_mb(max_stored_bytes))


def import_plans(session: Session, *, owner_id: str, plans: list[Planned], attachments_root: Path,
                 max_stored_bytes: int | None = None) -> ImportResult:
    """Write checked conversations for `owner_id`; returns the new conversation ids. All or nothing: a
    problem raises ImportProblem before anything is written. `max_stored_bytes`: the owner's storage
    quota (None: none), which the embedded files must fit in."""
    _check_room(session, owner_id, plans, max_stored_bytes)
    for plan in plans:
        for raw, mime in plan.blobs:
            save_blob(attachments_root, raw, mime)  # content-addressed: a failed import leaves only spare copies
    referenced = {a["sha256"] for p in plans for *_, items in p.messages for a in items
                  if a["sha256"] and not a.get("embedded")}
    result = ImportResult()
    try:  # one transaction (on SQLite it holds the write lock: the files were written before it)
        owned = _owned_files(session, owner_id, referenced) if referenced else set()
        for plan in plans:
            conversation_id, dropped = _add(session, owner_id, plan, owned, attachments_root)
            result.append(conversation_id)
            result.dropped_attachments += dropped
        session.commit()
    except Exception:
        session.rollback()
        raise
    if result.dropped_attachments:
        log.info("import for %s: %d attachments referenced files this server does not have and were left out",
                 owner_id, result.dropped_attachments)
    return result


def import_data(session: Session, *, owner_id: str, data: Any, attachments_root: Path,
                max_stored_bytes: int | None = None) -> ImportResult:
    """import_plans of an already parsed document."""
    return import_plans(session, owner_id=owner_id, plans=plan_data(data), attachments_root=attachments_root,
                        max_stored_bytes=max_stored_bytes)

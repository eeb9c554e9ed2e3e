"""Export a conversation (or all of a user's) as JSON that imports back exactly, or as readable Markdown.
The JSON format is described by the constants below; kimi_ui.storage.importing reads it back."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from kimi_ui.storage import folders, store
from kimi_ui.storage.branches import Node, Tree
from kimi_ui.storage.files import blob_path
from kimi_ui.storage.models import Attachment, Conversation

FORMAT_CONVERSATION = "kimi-ui.conversation"
FORMAT_ALL = "kimi-ui.export"
VERSION = 1
# Every column but the owner's (and, for messages and attachments, the row they belong to).
CONVERSATION_KEYS = (
    "id", "title", "title_by", "system_prompt", "backend", "mode", "max_tokens", "sampling", "tools", "pinned",
    "archived", "leaf_id", "created_at", "updated_at",
)
MESSAGE_KEYS = (
    "id", "parent_id", "seq", "role", "content", "reasoning", "reasoning_seconds", "rounds", "tool_count", "usage", "status",
    "finish_reason", "error", "notices", "backend", "model", "mode", "created_at", "updated_at",
)
ATTACHMENT_KEYS = (
    "id", "kind", "label", "timestamp", "sha256", "mime", "width", "height", "name", "byte_size", "position",
    "created_at",
)


def iso(value: datetime) -> str:
    """ISO 8601 with the offset (the databases hand back UTC; a naive value is UTC too)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def _fields(row: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: iso(value) if isinstance(value, datetime) else value
            for key in keys for value in [getattr(row, key)]}


def _attachment(attachment: Attachment, root: Path, embed: bool) -> dict[str, Any]:
    item = _fields(attachment, ATTACHMENT_KEYS)
    path = blob_path(root, attachment.sha256, attachment.mime)
    if embed and path.is_file():  # a missing file stays a reference (an import drops it and says so)
        item["data"] = base64.b64encode(path.read_bytes()).decode("ascii")
    return item


def export_conversation(
    session: Session, *, owner_id: str, conversation_id: str, attachments_root: Path, embed: bool
) -> dict[str, Any] | None:
    """The whole tree (every branch) in writing order; None for a foreign or missing id, and for a temporary
    chat (never exported)."""
    conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
    if conversation is None or conversation.temporary:
        return None
    rows = store.list_messages(session, owner_id=owner_id, conversation_id=conversation_id)
    attachments = store.attachments_for(session, owner_id=owner_id, message_ids=[r.id for r in rows])
    # On SQLite every transaction holds the write lock (db._sqlite_begin): end it before reading files.
    session.commit()
    known = {row.id for row in rows}
    messages = []
    for row in rows:
        item = _fields(row, MESSAGE_KEYS)
        if item["parent_id"] not in known:  # the app shows such a message as a first one: say so
            item["parent_id"] = None
        item["attachments"] = [_attachment(a, attachments_root, embed) for a in attachments.get(row.id, [])]
        messages.append(item)
    fields = _fields(conversation, CONVERSATION_KEYS)
    folder = conversation.folder_id and folders.get_folder(session, owner_id=owner_id, folder_id=conversation.folder_id)
    fields["folder"] = folder.name if folder else None
    if fields["leaf_id"] not in known:  # shown as the newest branch anyway; the import needs a real id
        fields["leaf_id"] = None
    return {"format": FORMAT_CONVERSATION, "version": VERSION, "conversation": fields, "messages": messages}


def conversation_ids(session: Session, *, owner_id: str, only: list[str] | None = None) -> list[str]:
    """All of the owner's conversations (archived ones too; never temporary ones), oldest first; with
    `only`, those of them among these ids."""
    query = select(Conversation.id).where(Conversation.owner_id == owner_id, col(Conversation.temporary).is_(False))
    if only is not None:
        query = query.where(col(Conversation.id).in_(only))
    ids = list(session.exec(query.order_by(col(Conversation.created_at), col(Conversation.id))))
    session.commit()
    return ids


def export_all(session: Session, *, owner_id: str, attachments_root: Path, embed: bool) -> dict[str, Any]:
    exported = (export_conversation(session, owner_id=owner_id, conversation_id=cid,
                                    attachments_root=attachments_root, embed=embed)
                for cid in conversation_ids(session, owner_id=owner_id))
    return {"format": FORMAT_ALL, "version": VERSION, "conversations": [c for c in exported if c is not None]}


def iter_export_all_json(session: Session, *, owner_id: str, attachments_root: Path, embed: bool,
                         only: list[str] | None = None) -> Iterator[str]:
    """export_all as JSON text, one conversation at a time (a large account never sits in memory whole);
    with `only`, just those of the owner's conversations (a selection in the list)."""
    yield json.dumps({"format": FORMAT_ALL, "version": VERSION})[:-1] + ', "conversations": ['
    first = True
    for cid in conversation_ids(session, owner_id=owner_id, only=only):
        exported = export_conversation(session, owner_id=owner_id, conversation_id=cid,
                                       attachments_root=attachments_root, embed=embed)
        if exported is not None:  # deleted since the list was read
            yield ("" if first else ", ") + json.dumps(exported, ensure_ascii=False)
            first = False
    yield "]}"


# -- Markdown -----------------------------------------------------------------------------------------------
def fenced(text: str, language: str = "") -> str:
    """A code block its content cannot close early (the fence is longer than any backtick run in it)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{text}\n{fence}"


QUIET_NOTICES = {"retrying", "cancelled"}  # as on screen: passing, or said by the status


def _when(value: str | None) -> str:
    try:
        return datetime.fromisoformat(value).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if value else ""
    except (TypeError, ValueError):
        return ""


def _details(summary: str, body: str) -> str:
    return f"<details><summary>{summary}</summary>\n\n{body}\n\n</details>"


def _tool_call(call: dict[str, Any]) -> str:
    arguments = call.get("arguments") or "{}"
    try:
        arguments = json.dumps(json.loads(arguments), indent=2, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        pass
    body = f"Arguments:\n\n{fenced(str(arguments), 'json')}"
    if call.get("result") is not None:
        body += f"\n\nResult:\n\n{fenced(str(call['result']))}"
    bits = [str(call.get("status") or "")]
    if call.get("duration_ms") is not None:
        bits.append(f"{call['duration_ms']:.0f} ms")
    summary = f"Tool call: {call.get('name')} ({', '.join(b for b in bits if b)})"
    return _details(summary.replace(" ()", ""), body)


def _agents(call: dict[str, Any]) -> str:
    """A swarm's start_agents call, summarised: each sub-agent's title, status, figures and final answer (the
    whole transcripts are in the JSON export)."""
    agents = [a for a in call.get("agents") or [] if isinstance(a, dict)]
    counts: dict[str, int] = {}
    for agent in agents:
        counts[str(agent.get("status"))] = counts.get(str(agent.get("status")), 0) + 1
    summary = f"Sub-agents: {len(agents)} ({', '.join(f'{n} {status}' for status, n in counts.items())})"
    parts = []
    for number, agent in enumerate(agents, 1):
        spent = agent.get("spent") if isinstance(agent.get("spent"), list) else []
        bits = [str(agent.get("status") or "")]
        if len(spent) == 3 and isinstance(spent[2], int) and spent[2]:
            bits.append(f"{spent[2]:,} tokens")
        started, ended = agent.get("started_at"), agent.get("ended_at")
        if isinstance(started, (int, float)) and isinstance(ended, (int, float)) and ended >= started:
            bits.append(f"{ended - started:.1f} s")
        rounds = [r for r in agent.get("rounds") or [] if isinstance(r, dict)]
        answer = "\n\n".join(str(r.get("content")) for r in rounds if r.get("content"))
        error = agent.get("error") if isinstance(agent.get("error"), dict) else None
        if error and error.get("message"):
            answer += f"\n\n> ⚠️ {error['message']}"
        calls = sum(len(r.get("calls") or []) for r in rounds)
        if calls:
            bits.append(f"{calls} tool call{'s' if calls != 1 else ''}")
        parts.append(f"**{number}. {agent.get('title') or 'Agent'}** ({', '.join(b for b in bits if b)})\n\n"
                     f"{answer.strip() or '*(no answer)*'}")
    return _details(summary, "\n\n".join(parts))


def _attachment_line(items: list[dict[str, Any]]) -> str:
    names = []
    for a in items:
        if a.get("kind") == "frame":
            continue  # a video's sampled frames: the video is named
        size = f", {a['width']}×{a['height']}" if a.get("width") and a.get("height") else ""
        names.append(f"`{a.get('name') or a.get('kind')}` ({a.get('kind')}{size})")
    return f"Attachments: {', '.join(names)}" if names else ""


def _round_markdown(record: dict[str, Any]) -> list[str]:
    """One round as it happened: its thinking, its text, its tool calls."""
    parts = []
    if record.get("reasoning"):
        seconds = record.get("reasoning_seconds")
        summary = f"Thought process ({seconds:.1f} s)" if seconds else "Thought process"
        parts.append(_details(summary, record["reasoning"]))
    if record.get("content"):
        parts.append(record["content"])
    return parts + [_agents(call) if isinstance(call.get("agents"), list) else _tool_call(call)
                    for call in record.get("calls") or []]


def _message_markdown(message: dict[str, Any]) -> str:
    user = message.get("role") == "user"
    head = ["**You**" if user else "**Kimi**"]
    if not user and message.get("model"):
        head.append(f"`{message['model']}`")
    if _when(message.get("created_at")):
        head.append(_when(message.get("created_at")))
    parts = [" · ".join(head)]
    if message.get("rounds"):
        parts += [piece for r in message["rounds"] for piece in _round_markdown(r)]
    elif message.get("content"):
        parts.append(message["content"])
    parts.append(_attachment_line(message.get("attachments") or []))
    parts += [f"> ℹ️ {n.get('message')}" for n in message.get("notices") or []
              if n.get("message") and n.get("code") not in QUIET_NOTICES]
    if message.get("error"):
        parts.append(f"> ⚠️ {message['error'].get('message')}")
    if not user and message.get("status") not in (None, "done"):
        parts.append(f"*({message['status']})*")
    return "\n\n".join(p for p in parts if p)


def shown_branch(exported: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """The messages of the branch shown (first to the leaf) and whether other branches exist."""
    messages = exported["messages"]
    tree = Tree.of([Node(m["id"], m.get("parent_id"), m["seq"], m["role"]) for m in messages])
    by_id = {m["id"]: m for m in messages}
    path = tree.path(exported["conversation"].get("leaf_id"))
    return [by_id[i] for i in path], len(path) < len(messages)


def to_markdown(exported: dict[str, Any]) -> str:
    conversation = exported["conversation"]
    branch, other_branches = shown_branch(exported)
    lines = [f"# {conversation.get('title') or 'Untitled conversation'}"]
    facts = [f"Created {_when(conversation.get('created_at'))}", f"updated {_when(conversation.get('updated_at'))}"]
    if conversation.get("backend"):
        facts.append(f"backend {conversation['backend']}")
    if conversation.get("folder"):
        facts.append(f"folder {conversation['folder']}")
    lines.append("*" + " · ".join(facts) + "*")
    if other_branches:
        lines.append("> This conversation has other branches (edited questions or regenerated answers); "
                     "this file shows the branch that was on screen. The JSON export has all of them.")
    if conversation.get("system_prompt"):
        lines.append(_details("System prompt", conversation["system_prompt"]))
    lines += [f"---\n\n{_message_markdown(m)}" for m in branch]
    return "\n\n".join(lines) + "\n"


def safe_file_name(title: str, suffix: str, fallback: str = "conversation") -> str:
    """A download name from a title: ASCII letters, digits and dashes only (never a path, never needs quoting)."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:80].rstrip("-")
    return f"{stem or fallback}{suffix}"

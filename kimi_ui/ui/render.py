"""Pure: an answer (kimi_ui.answer, live or read back) or stored messages -> chat messages for gr.Chatbot.

Reasoning and tool calls become collapsible metadata messages: "pending" (open, spinner) while they
stream, "done" (collapsed, with duration) after. Errors and notices appear inline with their hint.
Every text that did not come from this module (user, model, tool, MCP server, import, error messages)
is rendered by kimi_ui.ui.markdown; the little HTML built here escapes what it embeds the same way.
"""

from __future__ import annotations

import html
import json
import re
import time
from typing import Any

from kimi_ui.auth import LOCAL_USER, RESERVED_PREFIX
from kimi_ui.answer import Answer, ToolCall
from kimi_ui.storage.models import Attachment, MessageRow
from kimi_ui.ui.markdown import escape_attr, escape_text, render_markdown, render_plain

ChatMessage = dict[str, Any]
def fenced(text: str, language: str = "") -> str:
    """A code block that its content cannot close early (the fence is longer than any backtick run in it)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{text}\n{fence}"
NOTICE_ICONS = {"error": "⚠️", "notice": "ℹ️"}
QUIET_NOTICES = {"cancelled"}  # shown through the status line instead
TRANSIENT_NOTICES = {"retrying"}  # only while the turn is still running


def short_args(arguments: str, limit: int = 60) -> str:
    try:
        parsed = json.loads(arguments) if arguments else {}
        text = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in parsed.items())
    except (ValueError, AttributeError):
        text = arguments
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reasoning_message(text: str, seconds: float | None, pending: bool, key: str, source: bool = True) -> ChatMessage:
    title = "Thinking…" if pending else "Thought process"  # Gradio appends the duration itself
    metadata: dict[str, Any] = {"title": title, "status": "pending" if pending else "done", "id": f"think-{key}"}
    if seconds and not pending:
        metadata["duration"] = seconds
    return {"role": "assistant", "content": render_markdown(text, source=source, kind="thinking"),
            "metadata": metadata}


TOOL_PREVIEW_CHARS = 2_000
TOOL_MARKS = {"error": " · failed", "timeout": " · timed out", "cancelled": " · stopped"}


def tool_message(call: ToolCall, key: str) -> ChatMessage:
    body = f"**Arguments**\n{fenced(call.arguments or '{}', 'json')}"
    if call.result is not None:
        shown = call.result[:TOOL_PREVIEW_CHARS]
        more = len(call.result) - len(shown)
        note = f"\n*{more:,} more characters: the full result is in the tool-call log (Download JSON).*" if more else ""
        cut = " (cut for the model)" if call.result_truncated else ""
        body += f"\n**Result**{cut}\n{fenced(shown)}{note}"
    metadata: dict[str, Any] = {
        "title": render_plain(f"🛠 {call.name}({short_args(call.arguments)}){TOOL_MARKS.get(call.status, '')}",
                              "kimi-title"),
        "status": "pending" if call.status in ("pending", "running") else "done",
        "id": f"tool-{key}-{call.id}",
    }
    if call.duration_ms is not None:
        metadata["duration"] = max(round(call.duration_ms / 1000, 4), 0.0001)  # 0 would hide it
    return {"role": "assistant", "content": render_markdown(body), "metadata": metadata}


def problem_message(kind: str, message: str, hint: str = "") -> ChatMessage:
    text = f"{NOTICE_ICONS[kind]} {message}"
    if hint:
        text += f"\n\n*Hint:* {hint}"
    return {"role": "assistant", "content": render_markdown(text)}


def stats_line(usage: dict[str, Any] | None, status: str) -> str:
    usage = usage or {}
    bits = []
    if usage.get("completion_tokens"):
        bits.append(f"{usage['completion_tokens']:,} tokens")
    if usage.get("tokens_per_s"):
        bits.append(f"{usage['tokens_per_s']:.1f} tok/s")
    if usage.get("ttft_ms") is not None:
        bits.append(f"first token {usage['ttft_ms'] / 1000:.2f} s")
    if status in ("cancelled", "interrupted", "length"):
        bits.append({"cancelled": "stopped", "interrupted": "interrupted", "length": "cut at token limit"}[status])
    return " · ".join(bits)


def answer_messages(answer: Answer, key: str, *, status: str | None = None, source: bool = True) -> list[ChatMessage]:
    """An answer's chat items, round by round in the order they happened: reasoning, text, tool calls.
    Without `source` (a streaming turn's updates) the reasoning and the answer do not carry their text as
    written: each update would send it twice, and the stored chat shown once the turn ends brings it (Copy
    takes the shown text until then)."""
    status = status or answer.status
    streaming = status == "streaming"
    out: list[ChatMessage] = []
    last = len(answer.rounds) - 1
    for number, round_ in enumerate(answer.rounds):
        if round_.reasoning.strip("\n"):
            thinking = streaming and number == last and not round_.content and not round_.calls
            out.append(reasoning_message(round_.reasoning.strip("\n"), round_.reasoning_seconds, thinking,
                                         f"{key}-{number}" if number else key, source))
        if round_.content:
            out.append({"role": "assistant", "content": render_markdown(round_.content, source=source)})
        out.extend(tool_message(call, key) for call in round_.calls)
    for notice in answer.notice_dicts():
        if notice.get("code") in TRANSIENT_NOTICES and not streaming:
            continue
        if notice.get("code") not in QUIET_NOTICES:
            out.append(problem_message("notice", notice["message"]))
    error = answer.error_dict()
    if error:
        out.append(problem_message("error", error["message"], error.get("hint", "")))
    line = "" if streaming else stats_line(answer.usage_dict(), status)
    if line:
        out.append({"role": "assistant", "content": f'<div class="kimi-stats">{escape_text(line)}</div>'})
    if streaming and not out:
        out.append({"role": "assistant", "content": "", "metadata": {"title": "Waiting for the model…",
                                                                      "status": "pending", "id": f"wait-{key}"}})
    return out


def live_messages(answer: Answer) -> list[ChatMessage]:
    """A streaming turn's chat items (no written-source copies: see answer_messages)."""
    if answer.queued is not None:
        return [queued_message(answer.queued)]
    if answer.preparing and answer.message_id is None:
        return [progress_message(*answer.preparing)]
    return answer_messages(answer, answer.message_id or "new", source=False)


def _img(url: str, alt: str, css: str) -> str:
    return f'<img src="{escape_attr(url)}" alt="{escape_attr(alt or "image")}" class="{css}">'


def _video_html(video: Attachment, frames: list[Attachment], attachment_url) -> str:
    """A strip of the sampled frames with their timestamps: what the model saw."""
    figures = "".join(
        f'<figure>{_img(attachment_url(f), f.label, "kimi-frame")}'
        f"<figcaption>{escape_text(f.label.rsplit(' at ', 1)[-1])}</figcaption></figure>"
        for f in frames
    )
    title = escape_text(f"🎞 {video.label or video.name}")
    return f'<div class="kimi-video"><div class="kimi-video-title">{title}</div><div class="kimi-strip">{figures}</div></div>'


def attachment_html(attachments: list[Attachment], attachment_url) -> list[str]:
    blocks: list[str] = []
    i = 0
    while i < len(attachments):
        a = attachments[i]
        if a.kind == "video":
            frames = []
            while i + 1 < len(attachments) and attachments[i + 1].kind == "frame":
                i += 1
                frames.append(attachments[i])
            blocks.append(_video_html(a, frames, attachment_url))
        elif a.kind == "document":
            note = f" · {a.label}" if a.label else ""
            blocks.append(f'<div class="kimi-doc">📄 {escape_text(a.name)}{escape_text(note)}</div>')
        else:
            note = f'<div class="kimi-note">{escape_text(a.label)}</div>' if a.label else ""
            blocks.append(_img(attachment_url(a), a.name, "kimi-attachment") + note)
        i += 1
    return blocks


def user_messages(text: str, attachments: list[Attachment] = (), attachment_url=None) -> list[ChatMessage]:
    """The user's text, then each attachment (served through the owner-checked route)."""
    out: list[ChatMessage] = []
    if text:
        out.append({"role": "user", "content": render_markdown(text)})
    for block in attachment_html(list(attachments), attachment_url):
        out.append({"role": "user", "content": block})
    return out


def queued_message(ahead: int) -> ChatMessage:
    """The server writes as many answers at once as it may: this one waits its turn."""
    line = f"{ahead} answer{'s' if ahead != 1 else ''} ahead of you"
    return {"role": "assistant", "content": render_markdown(f"The server is busy: {line}. Your message is saved; it "
                                                            "is answered in order, even if you close this tab."),
            "metadata": {"title": render_plain(f"Waiting in line: {line}…", "kimi-title"), "status": "pending",
                         "id": "queued"}}


def progress_message(name: str, done: int, total: int) -> ChatMessage:
    filled = round(20 * done / total) if total else 0
    bar = "█" * filled + "░" * (20 - filled)
    return {"role": "assistant", "content": render_markdown(f"`{bar}` {done}/{total}"),
            "metadata": {"title": render_plain(f"Preparing {name}…", "kimi-title"), "status": "pending",
                         "id": "media-progress"}}


def branch_nav(message_id: str, index: int, count: int) -> str:
    """"‹ 2/3 ›": links the page script turns into branch switches (no navigation happens)."""
    def step(delta: int, label: str, allowed: bool) -> str:
        if not allowed:
            return f'<span class="kimi-branch-step off">{label}</span>'
        return f'<a class="kimi-branch-step" href="#kimi:branch:{message_id}:{delta}">{label}</a>'

    return (f'<span class="kimi-branch">{step(-1, "‹", index > 1)}<span class="kimi-branch-pos">{index}/{count}'
            f'</span>{step(1, "›", index < count)}</span>')


def conversation_messages(
    rows: list[MessageRow], attachments: dict[str, list[Attachment]], attachment_url,
    positions: dict[str, tuple[int, int]] | None = None, focus: str | None = None,
) -> tuple[list[ChatMessage], list[str | None]]:
    """The chat for stored rows, and for each chat item the id of the message it shows (the edit and
    retry events name items by index). A message with other versions gets "‹ i/n ›" below it; the
    `focus` message (a search hit) gets an invisible marker before it that the page scrolls to."""
    out: list[ChatMessage] = []
    ids: list[str | None] = []
    for row in rows:
        if row.id == focus:
            out.append({"role": row.role, "content": '<span class="kimi-focus"></span>'})
            ids.append(None)
        if row.role == "user":
            items = user_messages(row.content, attachments.get(row.id, []), attachment_url)
        elif row.role == "assistant":
            status = "interrupted" if row.status == "streaming" else row.status
            items = answer_messages(Answer.from_row(row), row.id, status=status)
        else:
            continue
        # Edits apply to a question's text item only; every item of an answer names it (retry).
        item_ids = [row.id if row.role == "assistant" or (i == 0 and row.content) else None
                    for i in range(len(items))]
        index, count = (positions or {}).get(row.id, (1, 1))
        if count > 1:
            items.append({"role": row.role, "content": branch_nav(row.id, index, count)})
            item_ids.append(row.id if row.role == "assistant" else None)
        out.extend(items)
        ids.extend(item_ids)
    return out, ids


def stored_messages(
    rows: list[MessageRow], attachments: dict[str, list[Attachment]], attachment_url
) -> list[ChatMessage]:
    return conversation_messages(rows, attachments, attachment_url)[0]


def export_links_html(json_url: str, markdown_url: str) -> str:
    return (f'<div class="kimi-export">Export: <a href="{html.escape(json_url, quote=True)}" download>JSON</a> · '
            f'<a href="{html.escape(markdown_url, quote=True)}" download>Markdown</a></div>')


def earlier_link(count: int) -> ChatMessage:
    """The first item of a long chat: older messages are paged in on demand."""
    return {"role": "assistant", "content": f'<a class="kimi-earlier" href="#kimi:earlier">↑ Show {count} earlier '
                                            f'message{"s" if count != 1 else ""}</a>'}


def tool_log_html(entries: list[dict[str, Any]], download_url: str | None) -> str:
    """The tool-call log panel: time, tool, arguments, result size, duration, status."""
    if not entries:
        return '<div class="kimi-log-empty">No tool calls in this conversation yet.</div>'
    rows = []
    for entry in entries:
        when = time.strftime("%H:%M:%S", time.localtime(entry["started_at"])) if entry.get("started_at") else "–"
        duration = f"{entry['duration_ms'] / 1000:.2f} s" if entry.get("duration_ms") is not None else "–"
        cells = (when, entry.get("tool") or "", short_args(entry.get("arguments") or "", 80),
                 f"{entry.get('result_chars', 0):,} chars", duration, entry.get("status") or "")
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("time", "tool", "arguments", "result", "duration", "status"))
    link = f'<a href="{html.escape(download_url, quote=True)}" download>Download JSON</a>' if download_url else ""
    return f'<div class="kimi-log">{link}<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def mcp_status_html(statuses: list[Any]) -> str:
    if not statuses:
        return ""
    marks = {"connected": "●", "connecting": "…", "failed": "△", "stopped": "○"}
    items = "".join(
        f"<li>{marks.get(st.state, '?')} <b>{html.escape(st.name)}</b> · {html.escape(st.state)}"
        f"{' · ' + str(len(st.tools)) + ' tools' if st.tools else ''}"
        f"{' · ' + html.escape(st.message) if st.message else ''}</li>"
        for st in statuses
    )
    return f'<div class="kimi-mcp">MCP servers<ul>{items}</ul></div>'


def whoami_html(username: str | None, root_path: str, demo_hours: float) -> str:
    if not username or username == LOCAL_USER:
        return ""  # the single local user: nobody to sign out
    if username.startswith(RESERVED_PREFIX):
        return f'<div class="kimi-whoami">Open demo: your chats are deleted after {demo_hours:g} h.</div>'
    logout = html.escape(f"{root_path.rstrip('/')}/auth/logout", quote=True)
    # A form, not a link: logging out changes state, so it is a POST (a cross-site GET cannot end a session).
    return (f'<div class="kimi-whoami">Signed in as <b>{html.escape(username)}</b> · '
            f'<form class="kimi-logout" method="post" action="{logout}">'
            f'<button type="submit" id="logout" class="kimi-link-button">Log out</button></form></div>')


def queued_html(items: list[Any]) -> str:
    """Messages waiting for the answer above to end (kimi_ui.queued.Queued), each removable; a paused queue
    (after Stop or a refusal) says why and offers to send it."""
    if not items:
        return ""
    rows = []
    for item in items:
        files = f' <span class="kimi-queued-files">📎 {escape_text(", ".join(item.names))}</span>' if item.names else ""
        state = "sending…" if item.sending else ("paused" if item.paused else "queued")
        remove = "" if item.sending else (f'<button type="button" class="kimi-queued-remove" title="Remove" '
                                          f'aria-label="Remove" data-queued="remove:{escape_attr(item.id)}">×</button>')
        rows.append(f'<li class="kimi-queued-item"><span class="kimi-queued-state">{state}</span> '
                    f'<span class="kimi-queued-text">{escape_text(item.text[:500])}</span>{files}{remove}</li>')
    notes = {item.note for item in items if item.paused and item.note}
    paused = any(item.paused for item in items)
    footer = "".join(f'<div class="kimi-queued-note">{escape_text(n)}</div>' for n in sorted(notes))
    if paused:
        footer += '<button type="button" class="kimi-queued-resume" data-queued="resume">Send queued ▸</button>'
    return f'<div class="kimi-queued"><ul>{"".join(rows)}</ul>{footer}</div>'

"""Pure: an answer (kimi_ui.answer, live or read back) or stored messages -> the conversation view's value
(kimi_ui/ui/chat_view): one item per message, an answer's reasoning, tool calls, text and notices as its
parts in the order they happened. Text is plain (the page escapes it) except the `html` fields, which
kimi_ui.ui.markdown renders from any text that did not come from this module (user, model, tool, MCP
server, import, error messages); the little HTML built here for the other panels escapes what it embeds.
The words made here are in the page's language (`lang`, kimi_ui/i18n); the view's own labels are its
`words` prop (kimi_ui/ui/chat_view).
"""

from __future__ import annotations

import html
import json
import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kimi_ui.auth import LOCAL_USER, RESERVED_PREFIX
from kimi_ui.answer import Agent, Answer, ToolCall
from kimi_ui.backends.wire import CHARS_PER_TOKEN
from kimi_ui.citations import cited_pages
from kimi_ui.costs import money, stored_cost
from kimi_ui.events import note_words, said
from kimi_ui.i18n import DEFAULT, number, text
from kimi_ui.media.prepare import kind_of
from kimi_ui.storage.models import Attachment, MessageRow
from kimi_ui.swarm import START_AGENTS
from kimi_ui.ui.markdown import escape_attr, escape_text, render_markdown

ChatMessage = dict[str, Any]
ChatValue = dict[str, Any]  # the conversation view's value (kimi_ui/ui/chat_view): messages, earlier, focus


def fenced(text: str, language: str = "") -> str:
    """A code block that its content cannot close early (the fence is longer than any backtick run in it)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{text}\n{fence}"


QUIET_NOTICES = {"cancelled"}  # shown through the stats line instead
TRANSIENT_NOTICES = {"retrying"}  # only while the turn is still running
TOOL_PREVIEW_CHARS = 2_000
LOG_STATUSES = ("done", "error", "timeout", "cancelled", "pending", "running")  # the log's words for them
CALL_STATUS = {"done": "ok"}  # the page's names for a call's status (pending, running, error, timeout, cancelled)


def short_args(arguments: str, limit: int = 60) -> str:
    """`key="value", n=2` for a call's arguments; "" while they are still arriving (not yet JSON)."""
    try:
        parsed = json.loads(arguments) if arguments else {}
    except (ValueError, RecursionError):  # (a model's arguments: any JSON, nested any depth)
        return ""
    if not isinstance(parsed, dict):
        return ""
    text = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in parsed.items())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pretty_args(arguments: str) -> str:
    try:
        return json.dumps(json.loads(arguments), ensure_ascii=False, indent=2) if arguments else "{}"
    except (ValueError, RecursionError):
        return arguments


def tool_part(call: ToolCall) -> dict[str, Any]:
    shown = call.result[:TOOL_PREVIEW_CHARS] if call.result is not None else None
    server_ran = call.name.startswith("$")  # (Moonshot's $web_search: its arguments are a handle, its time the server's)
    return {"type": "tool", "name": call.name, "brief": "" if server_ran else short_args(call.arguments),
            "args": pretty_args(call.arguments), "status": CALL_STATUS.get(call.status, call.status),
            "ms": None if server_ran else call.duration_ms, "result": shown,
            "more": len(call.result) - len(shown) if call.result is not None and shown is not None else 0,
            "cut": call.result_truncated}


def span(seconds: float, lang: str = DEFAULT) -> str:
    """A length of time as the swarm's figures say it: "4.2 s", "38 s", "2 min 50 s"."""
    if seconds < 10:
        return text("swarm.seconds", lang, seconds=number(seconds, lang, 1))
    whole = round(seconds)
    if whole < 60:
        return text("swarm.seconds", lang, seconds=whole)
    return text("swarm.minutes", lang, minutes=whole // 60, seconds=whole % 60)


def swarm_summary(agents: list[Agent], lang: str = DEFAULT) -> str:
    """"7 agents · 42 tool calls · 38 s; one after another ≈ 2 min 50 s": the swarm's wall time against the
    sum of its agents' times."""
    bits = [text("swarm.agents", lang, count=len(agents)),
            text("swarm.calls", lang, count=sum(len(a.answer.calls) for a in agents))]
    starts = [a.started_at for a in agents if a.started_at is not None]
    if starts and all(a.status not in ("queued", "running") for a in agents):  # (the comparison: once they ended)
        now = time.time()
        wall = max((a.ended_at or now) for a in agents if a.started_at is not None) - min(starts)
        serial = sum(a.seconds or 0.0 for a in agents)
        bits.append(span(wall, lang) + "; " + text("swarm.serial", lang, time=span(serial, lang)))
    return " · ".join(bits)


def _tail(text: str, most: int = 140) -> str:
    """The end of what an agent is writing, on one line, from a word's start."""
    tail = " ".join(text[-3 * most:].split())
    return tail if len(tail) <= most else "…" + tail[-most:].split(" ", 1)[-1]


def lane(agent: Agent, lang: str = DEFAULT) -> dict[str, Any]:
    """One sub-agent as its lane: title, status, figures, a line of what it is doing now, and (opened) its task,
    reasoning, tool calls, answer and error."""
    answer = agent.answer
    error = answer.error_dict()
    latest = (answer.rounds[-1].content or answer.rounds[-1].reasoning) if answer.rounds else ""
    figures = [text("swarm.tokens", lang, count=agent.tokens)] if agent.tokens else []
    if agent.seconds is not None:
        figures.append(span(agent.seconds, lang))
    reasoning = answer.reasoning
    return {"id": agent.id, "title": agent.title, "status": agent.status,
            "status_label": text(f"swarm.status_{agent.status}", lang), "figures": " · ".join(figures),
            "preview": _tail(latest) if agent.status == "running" else
            text("swarm.waiting", lang) if agent.status == "queued" else "",
            "task": agent.task, "reasoning": render_markdown(reasoning) if reasoning else "",
            "seconds": answer.reasoning_seconds, "tools": [tool_part(c) for c in answer.calls],
            "html": render_markdown(answer.content) if answer.content else "",
            "error": notice_part("error", *said(error, lang), lang)["html"] if error else ""}


def _planning(call: ToolCall, streaming: bool) -> bool:
    """A start_agents call still being written (its agents not started yet)."""
    return streaming and call.name == START_AGENTS and call.agents is None and call.status in ("pending", "running")


def planning_part(call: ToolCall, lang: str = DEFAULT) -> dict[str, Any]:
    """The swarm's panel while the model writes its tasks: how many it has named so far."""
    named = call.arguments.count('"task"')
    return _panel(text("swarm.planning", lang, count=named) if named else text("swarm.planning_start", lang), [],
                  lang)


def _panel(summary: str, lanes: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    return {"type": "swarm", "label": text("swarm.label", lang), "task_label": text("swarm.task", lang),
            "summary": summary, "lanes": lanes}


def swarm_part(call: ToolCall, lang: str = DEFAULT, live: bool = True) -> dict[str, Any]:
    """A start_agents call's panel; not `live` (an answer nobody writes any more), no agent runs."""
    if not live and any(a.status in ("queued", "running") for a in call.agents or ()):
        call = replace(call, agents=[replace(a, status="stopped") if a.status in ("queued", "running") else a
                                     for a in call.agents or ()])
    return _panel(swarm_summary(call.agents or [], lang), [lane(a, lang) for a in call.agents or []], lang)


def notice_part(kind: str, message: str, hint: str = "", lang: str = DEFAULT) -> dict[str, Any]:
    words = message + (f"\n\n*{text('wait.hint', lang)}* {hint}" if hint else "")
    return {"type": "notice", "kind": kind, "html": render_markdown(words)}


def stats_line(usage: dict[str, Any] | None, status: str, written: int = 0, lang: str = DEFAULT) -> str:
    """The footer's figures. A stopped answer gets no token count from the server (the count comes with the
    stream's end): what was written is estimated from its length then."""
    usage = usage or {}
    bits = []
    if usage.get("completion_tokens"):
        bits.append(text("stats.tokens", lang, count=usage["completion_tokens"]))
    elif written:
        bits.append(text("stats.about_tokens", lang, count=max(1, round(written / CHARS_PER_TOKEN))))
    if isinstance(usage.get("agent_tokens"), int) and usage["agent_tokens"] > 0:
        bits.append(text("stats.agent_tokens", lang, count=usage["agent_tokens"]))
    if usage.get("tokens_per_s"):
        bits.append(text("stats.rate", lang, rate=number(usage["tokens_per_s"], lang, 1)))
    if usage.get("ttft_ms") is not None:
        bits.append(text("stats.first_token", lang, seconds=number(usage["ttft_ms"] / 1000, lang, 2)))
    prompt, cached = usage.get("prompt_tokens"), usage.get("cached_tokens")
    if isinstance(prompt, int) and isinstance(cached, int) and prompt > 0 and cached > 0:
        bits.append(text("stats.cache", lang, percent=min(100, round(100 * cached / prompt))))
    if usage.get("searches"):
        bits.append(text("stats.searches", lang, count=usage["searches"]))
    if (cost := stored_cost(usage)) and cost[0] > 0:
        bits.append(text("stats.cost", lang, cost=money(*cost, lang)))
    if status in ("cancelled", "interrupted", "length"):
        bits.append(text(f"stats.{status}", lang))
    return " · ".join(bits)


def sources_part(answer: Answer, lang: str = DEFAULT) -> dict[str, Any] | None:
    """The pages an answer that searched the web cites, numbered in the order it first links them."""
    if not answer.searches:
        return None
    items = cited_pages(answer.content)
    return {"type": "sources", "title": text("view.sources", lang), "items": items} if items else None


def context_meter(usage: dict[str, Any] | None, lang: str = DEFAULT) -> dict[str, Any] | None:
    """How full the context window was after this answer: its last call's prompt and what it wrote (about
    what the next turn starts from), of the window it was written against."""
    usage = usage or {}
    window, prompt = usage.get("window_tokens"), usage.get("prompt_tokens")
    if not isinstance(window, int) or not isinstance(prompt, int) or window <= 0:
        return None
    # (what a Continue carried is in its last call's prompt already)
    written = int(usage.get("completion_tokens") or 0) - int(usage.get("carried_tokens") or 0)
    used = min(window, prompt + max(0, written))
    percent = round(100 * used / window)
    shown = "<1" if used and not percent else percent
    return {"used": used, "window": window, "short": text("stats.context_short", lang, percent=shown),
            "label": text("stats.context", lang, used=used, window=window, percent=percent)}


def answer_item(answer: Answer, message_id: str | None, *, status: str | None = None,
                versions: tuple[int, int] | None = None, can_continue: bool = False,
                lang: str = DEFAULT) -> ChatMessage:
    """An answer as one block: its parts round by round in the order they happened (reasoning, text,
    tool calls), then notices and the error; the footer's stats, versions and Continue."""
    status = status or answer.status
    streaming = status == "streaming"
    parts: list[dict[str, Any]] = []
    last = len(answer.rounds) - 1
    for number, round_ in enumerate(answer.rounds):
        if round_.reasoning.strip("\n"):
            thinking = streaming and number == last and not round_.content and not round_.calls
            parts.append({"type": "reasoning", "html": render_markdown(round_.reasoning.strip("\n")),
                          "seconds": round_.reasoning_seconds, "live": thinking})
        if round_.content:
            parts.append({"type": "text", "html": render_markdown(round_.content),
                          "source": round_.content})
        parts.extend(planning_part(call, lang) if _planning(call, streaming) else tool_part(call) if call.agents is None
                     else swarm_part(call, lang, streaming) for call in round_.calls)
    if not streaming and (sources := sources_part(answer, lang)):
        parts.append(sources)
    for notice in answer.notice_dicts():
        if notice.get("code") in TRANSIENT_NOTICES and not streaming:
            continue
        if notice.get("code") not in QUIET_NOTICES:
            parts.append(notice_part("notice", said(notice, lang)[0], lang=lang))
    error = answer.error_dict()
    if error:
        parts.append(notice_part("error", *said(error, lang), lang))
    if streaming and not parts:
        parts.append({"type": "waiting", "title": text("wait.model", lang), "detail": ""})
    usage = answer.usage_dict()
    stats = "" if streaming else stats_line(usage, status, answer.written_chars, lang)
    meter = None if streaming else context_meter(usage, lang)
    return {"id": message_id, "role": "assistant", "live": streaming, "parts": parts, "stats": stats, "context": meter,
            "versions": versions, "can_retry": not streaming and message_id is not None, "can_continue": can_continue}


def live_item(answer: Answer, lang: str = DEFAULT) -> ChatMessage:
    """A streaming turn's answer, or its place in line, or the progress of preparing its media."""
    if answer.queued is not None:
        return waiting_item(answer.queued, lang)
    if answer.preparing and answer.message_id is None:
        return progress_item(*answer.preparing, lang=lang)
    return answer_item(answer, answer.message_id, lang=lang)


def waiting_item(ahead: int, lang: str = DEFAULT) -> ChatMessage:
    """The server writes as many answers at once as it may: this one waits its turn."""
    return {"id": None, "role": "assistant", "live": True,
            "parts": [{"type": "waiting", "title": text("wait.line", lang, count=ahead),
                       "detail": text("wait.busy", lang)}]}


def progress_item(name: str, done: int, total: int, lang: str = DEFAULT) -> ChatMessage:
    return {"id": None, "role": "assistant", "live": True,
            "parts": [{"type": "progress", "title": text("wait.preparing", lang, name=name), "done": done,
                       "total": total}]}


def _files(attachments: list[Attachment], attachment_url, lang: str = DEFAULT) -> list[dict[str, Any]]:
    """A message's attachments for the page (served through the owner-checked route): images, videos
    with the frames the model saw (and their times), documents."""
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(attachments):
        a = attachments[i]
        if a.kind == "video":
            frames = []
            while i + 1 < len(attachments) and attachments[i + 1].kind == "frame":
                i += 1
                frame = attachments[i]
                frames.append({"url": attachment_url(frame), "at": frame.label.rsplit(" at ", 1)[-1]})
            out.append({"kind": "video", "name": a.label or a.name, "frames": frames})
        elif a.kind == "document":
            out.append({"kind": "document", "name": a.name, "note": note_words(a.label or "", lang)})
        else:
            out.append({"kind": "image", "url": attachment_url(a), "name": a.name or "image",
                        "note": note_words(a.label or "", lang)})
        i += 1
    return out


def question_item(message_id: str | None, text: str, attachments: list[Attachment] = (), attachment_url=None,
                  versions: tuple[int, int] | None = None, pending: list[dict[str, Any]] = (),
                  lang: str = DEFAULT) -> ChatMessage:
    """The user's message: its text as written (the view shows it as plain text, never as Markdown:
    `2+3*4` keeps its asterisks) and its attachments together (`pending`: not stored yet)."""
    files = _files(list(attachments), attachment_url, lang) if attachments else list(pending)
    return {"id": message_id, "role": "user", "source": text, "files": files, "versions": versions}


def pending_files(files: tuple[tuple[str, str], ...], upload_url: str) -> list[dict[str, Any]]:
    """A question's uploads before they are stored: an image by its upload's URL (Gradio serves an upload
    to its uploader only), a video or document by name."""
    out: list[dict[str, Any]] = []
    for path, name in files:
        kind = kind_of(name, Path(path))
        if kind == "image":
            out.append({"kind": "image", "url": upload_url + quote(path), "name": name, "note": ""})
        elif kind == "video":
            out.append({"kind": "video", "name": name, "frames": []})
        else:
            out.append({"kind": "document", "name": name, "note": ""})
    return out


def without(value: ChatValue, *ids: str | None) -> ChatValue:
    """`value` without the messages of these ids."""
    gone = {i for i in ids if i}
    if not gone:
        return value
    return {**value, "messages": [m for m in value.get("messages", ()) if m.get("id") not in gone]}


def conversation_messages(
    rows: list[MessageRow], attachments: dict[str, list[Attachment]], attachment_url,
    positions: dict[str, tuple[int, int]] | None = None, unfinished: bool = False, lang: str = DEFAULT,
    writing: bool = False,
) -> tuple[list[ChatMessage], list[str]]:
    """The messages for stored rows and their ids. A message with other versions carries "i/n"; the
    last answer offers Continue when it is `unfinished`. An answer still 'streaming' is shown as being written
    when the conversation is `writing` (a job writes it: its follower takes over), else as interrupted."""
    out: list[ChatMessage] = []
    for row in rows:
        index, count = (positions or {}).get(row.id, (1, 1))
        versions = (index, count) if count > 1 else None
        if row.role == "user":
            out.append(question_item(row.id, row.content, attachments.get(row.id, []), attachment_url, versions,
                                     lang=lang))
        elif row.role == "assistant":
            status = "interrupted" if row.status == "streaming" and not writing else row.status
            out.append(answer_item(Answer.from_row(row), row.id, status=status, versions=versions, lang=lang))
    for item in out[:-1]:
        item.pop("context", None)  # (the meter is the conversation's: under its last answer)
    if unfinished and out and out[-1]["role"] == "assistant" and not out[-1]["live"]:
        out[-1]["can_continue"] = True
    return out, [m["id"] for m in out]


def chat_value(messages: list[ChatMessage], earlier: int = 0, focus: str | None = None) -> ChatValue:
    return {"messages": messages, "earlier": earlier, "focus": focus}


def stamped(value: ChatValue, opening: int, conversation: str | None) -> ChatValue:
    """`value` marked with the page's opening it belongs to (kimi_ui/ui/live.py, Tab.shown): the view drops a
    value of an earlier opening that arrives after a later one (an old answer's update still in flight when
    another chat was opened); and with the conversation it shows (None: a new chat), where the composer's
    side stream sends a message (kimi_ui/ui/side_stream.py; the turn checks the owner)."""
    return {**value, "opening": opening, "conversation": conversation}


def extended(value: ChatValue, *messages: ChatMessage) -> ChatValue:
    """`value` with messages added below (a streaming turn's question and answer)."""
    return {**value, "messages": [*value.get("messages", ()), *messages], "focus": None}


def export_links_html(json_url: str, markdown_url: str, lang: str = DEFAULT,
                      cost: tuple[float, str] | None = None) -> str:
    """The export links, and what the chat cost so far where its backends have prices."""
    spent = ""
    if cost is not None:
        said = html.escape(text("title.cost", lang, cost=money(*cost, lang)), quote=True)
        spent = (f'<span class="kimi-chat-cost" title="{said}" aria-label="{said}">{html.escape(money(*cost, lang))}'
                 '</span><span class="kimi-export-links"> · </span>')
    return (f'<div class="kimi-export">{spent}<span class="kimi-export-links">{text("chrome.export", lang)} '
            f'<a href="{html.escape(json_url, quote=True)}" download>JSON</a> · '
            f'<a href="{html.escape(markdown_url, quote=True)}" download>Markdown</a></span></div>')


def duration_text(ms: float | None, lang: str = DEFAULT) -> str:
    """A tool call's duration as the chat shows it: "0.7 ms", "120 ms", "1.4 s" (German: "0,7 ms")."""
    if ms is None:
        return "–"
    if ms < 1:
        return f"{number(ms, lang, 2)} ms"
    if ms < 1000:
        return f"{number(ms, lang, 1 if ms < 10 else 0)} ms"
    return f"{number(ms / 1000, lang, 1 if ms < 10_000 else 0)} s"


def tool_log_html(entries: list[dict[str, Any]], download_url: str | None, lang: str = DEFAULT) -> str:
    """The tool-call log panel: time, tool, arguments, result (its start and size), duration, status."""
    if not entries:
        return f'<div class="kimi-log-empty">{text("toollog.empty", lang)}</div>'
    rows = []
    swarm = any(entry.get("agent") for entry in entries)  # (a column for the agents only where there are some)
    for entry in entries:
        when = time.strftime("%H:%M:%S", time.localtime(entry["started_at"])) if entry.get("started_at") else "–"
        result = entry.get("result") or ""
        preview = result if len(result) <= 80 else result[:79] + "…"
        size = entry.get("result_chars", len(result))
        shown = f"{preview} ({text('toollog.chars', lang, count=size)})" if size > 80 else preview or "–"
        status = entry.get("status") or ""
        agent = entry.get("agent") or {}
        cells = (when, *([agent.get("title") or text("toollog.orchestrator", lang)] if swarm else []),
                 entry.get("tool") or "", short_args(entry.get("arguments") or "", 80), shown,
                 duration_text(entry.get("duration_ms"), lang), text(f"toollog.status_{status}", lang) if status
                 in LOG_STATUSES else status)
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{text('toollog.' + h, lang)}</th>"
                   for h in ("time", *(["agent"] if swarm else []), "tool", "arguments", "result", "duration", "status"))
    link = (f'<a href="{html.escape(download_url, quote=True)}" download>{text("toollog.download", lang)}</a>'
            if download_url else "")
    return f'<div class="kimi-log">{link}<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def mcp_status_html(statuses: list[Any], lang: str = DEFAULT) -> str:
    if not statuses:
        return ""
    marks = {"connected": "●", "connecting": "…", "failed": "△", "stopped": "○"}
    items = "".join(
        f"<li>{marks.get(st.state, '?')} <b>{html.escape(st.name)}</b> · "
        f"{html.escape(text(f'toollog.mcp_{st.state}', lang) if st.state in marks else st.state)}"
        f"{' · ' + text('toollog.mcp_tools', lang, count=len(st.tools)) if st.tools else ''}"
        f"{' · ' + html.escape(st.message) if st.message else ''}</li>"
        for st in statuses
    )
    return f'<div class="kimi-mcp">{text("toollog.mcp", lang)}<ul>{items}</ul></div>'


def whoami_html(username: str | None, root_path: str, demo_hours: float, lang: str = DEFAULT) -> str:
    if not username or username == LOCAL_USER:
        return ""  # the single local user: nobody to sign out
    if username.startswith(RESERVED_PREFIX):
        return f'<div class="kimi-whoami">{html.escape(text("whoami.demo", lang, hours=demo_hours))}</div>'
    logout = html.escape(f"{root_path.rstrip('/')}/auth/logout", quote=True)
    signed_in = html.escape(text("whoami.signed_in", lang, name="\x00")).replace("\x00", f"<b>{html.escape(username)}</b>")
    # A form, not a link: logging out changes state, so it is a POST (a cross-site GET cannot end a session).
    return (f'<div class="kimi-whoami">{signed_in} · '
            f'<form class="kimi-logout" method="post" action="{logout}">'
            f'<button type="submit" id="logout" class="kimi-link-button">{text("whoami.log_out", lang)}</button>'
            '</form></div>')


def queued_html(items: list[Any], lang: str = DEFAULT) -> str:
    """Messages waiting for the answer above to end (kimi_ui.queued.Queued), each removable; a paused queue
    (after Stop or a refusal) says why and offers to send it."""
    if not items:
        return ""
    rows = []
    for item in items:
        files = f' <span class="kimi-queued-files">📎 {escape_text(", ".join(item.names))}</span>' if item.names else ""
        state = text("queue.sending" if item.sending else ("queue.paused" if item.paused else "queue.queued"), lang)
        remove = "" if item.sending else (f'<button type="button" class="kimi-queued-remove" title="{text("queue.remove", lang)}" '
                                          f'aria-label="{text("queue.remove", lang)}" '
                                          f'data-queued="remove:{escape_attr(item.id)}">×</button>')
        rows.append(f'<li class="kimi-queued-item"><span class="kimi-queued-state">{state}</span> '
                    f'<span class="kimi-queued-text">{escape_text(item.text[:500])}</span>{files}{remove}</li>')
    notes = {note_words(item.note, lang) for item in items if item.paused and item.note}
    paused = any(item.paused for item in items)
    footer = "".join(f'<div class="kimi-queued-note">{escape_text(n)}</div>' for n in sorted(notes))
    if paused:
        footer += (f'<button type="button" class="kimi-queued-resume" data-queued="resume">'
                   f'{text("queue.resume", lang)}</button>')
    return f'<div class="kimi-queued"><ul>{"".join(rows)}</ul>{footer}</div>'

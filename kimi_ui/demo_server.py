"""Simulated Kimi K2.5 backend: a real OpenAI-compatible HTTP server on loopback.

Each dialect lives under ``/<dialect>/v1`` and streams the way that real server streams
Kimi K2.5 (reasoning field, usage placement, error body shape, awkward chunk splits), so the
client code is exercised against the wire, not against mocks. The answer is a short report of
the request it received (including the tool results sent back); ``#sim key=value`` directives in
the last user message inject faults.

Tool calls: a line of the last user message holding ``call NAME {json arguments}`` makes the model
call NAME, whether or not that tool is offered (so unknown tools can be tested). The JSON runs to its
matching brace and is passed on verbatim, invalid JSON included. Each such line is one round, in order:
a request followed by k assistant messages after the user message answers round k (k from 0), and once
every round has been answered the usual report comes. Calls on one line, ``call A {...} & call B
{...}``, form one round of parallel calls. ``#sim tool=NAME args=JSON`` is one more round, issued
first; ``#sim say=1`` makes each tool round say a sentence before its calls. Ids are Kimi's
``functions.NAME:IDX``, IDX counting the calls of the whole conversation. Calls need ``tools`` in the request (any tools) and no ``tool_choice: "none"``. ``noparser`` needs no
``tools`` and leaks the raw ``<|tool_calls_section_begin|>`` markup into ``content``; ``vllm-noauto``
keeps refusing ``tools`` with auto tool choice (a retry without tools gets the report). The others
stream calls as vLLM's kimi_k2 parser does: name first, then argument pieces split mid-JSON, finish
reason ``tool_calls``; in thinking mode every round reasons first. Moonshot in thinking mode refuses
assistant tool-call messages sent back without their ``reasoning_content``.

Used by ``python app.py --demo`` (with a tool enabled, ``call current_time {}`` shows the tool loop)
and by the integration tests; ``GET /_sim/requests`` shows every chat request it received.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import io
import json
import logging
import re
import socket
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from PIL import Image, UnidentifiedImageError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kimi_ui import demo_moonshot as moonshot
from kimi_ui.demo_swarm import START_AGENTS, swarm_call
from kimi_ui.listening import tcp_listener

DIALECTS: tuple[str, ...] = ("vllm", "vllm-legacy", "llamacpp", "moonshot", "noparser", "vllm-noauto")
MODEL_IDS: dict[str, str] = {
    "vllm": "moonshotai/Kimi-K2.5",
    "vllm-legacy": "moonshotai/Kimi-K2.5",
    "vllm-noauto": "moonshotai/Kimi-K2.5",
    "llamacpp": "Kimi-K2.5-UD-Q2_K_XL-00001-of-00005.gguf",
    "moonshot": "kimi-k2.5",
    "noparser": "kimi-k2.5-noparser",
}
CONTEXT_LENGTH = 262144
LOG_LIMIT = 2000
_CREATED = int(time.time())

# ---------------------------------------------------------------- tokens and directives

# A "token": a newline, a word piece of up to 4 characters with its leading blanks, or trailing
# blanks. The pattern covers every character, so joining the tokens gives the text back.
_TOKEN = re.compile(r"\n|[^\S\n]*\S{1,4}|[^\S\n]+")
_FILLER = ["sim", "text", "Grüße", "✓", "🚀", "café", "data", "über", "flow", "naïve", "more", "test"]
_SIM = re.compile(r"#sim(?=\s|$)")
_PAIR = re.compile(r"[ \t]+([a-z_]+)=(\S+)")


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def parse_directives(text: str) -> tuple[dict[str, str], str]:
    """Return the ``#sim`` options of a message and the message with the directives removed."""
    options: dict[str, str] = {}
    kept = [line for line in (_strip_directives(line, options) for line in text.split("\n")) if line is not None]
    return options, "\n".join(kept)


def _strip_directives(line: str, options: dict[str, str]) -> str | None:
    """Collect the ``#sim k=v ...`` runs of one line; None when nothing else is left on it."""
    if not _SIM.search(line):
        return line
    kept, rest = "", line
    while match := _SIM.search(rest):
        kept, rest = kept + rest[: match.start()], rest[match.end() :]
        while pair := _PAIR.match(rest):
            if pair.group(1) == "args":  # JSON may hold blanks: it runs to the end of the line
                options["args"], rest = rest[pair.start(2) :].strip(), ""
                break
            options[pair.group(1)] = pair.group(2)
            rest = rest[pair.end() :]
    kept = (kept + rest).strip()
    return kept or None


def _number(options: dict[str, str], key: str, kind: type) -> Any:
    try:
        return kind(options[key]) if key in options else None
    except ValueError:
        return None


@dataclass
class Directives:
    status: str | None = None
    times: int | None = None
    cut: int | None = None
    stall: float = 0.0
    ttft: float = 0.0  # seconds before the first chunk (a real server's prefill, or its queue)
    rate: float | None = None
    tokens: int | None = None
    finish: str | None = None
    tool: str | None = None
    args: str = "{}"
    say: bool = False  # tool rounds say a sentence before their calls, as Kimi often does
    window: int | None = None  # the context window: a longer prompt is refused in the dialect's words
    think: int = 0  # reasoning padded to this many tokens in every thinking reply
    options: dict[str, str] = field(default_factory=dict)  # all of them (the swarm's: kimi_ui/demo_swarm.py)
    on: tuple[str, ...] = ()  # the dialects its faults (status=, cut=) happen on (a backend and its fallback)
    leak: str | None = None  # a known server bug: "think" (a raw </think> in the content after the reasoning
    # field), "call" (the tool call's markup inside the reasoning field), "end" (<|im_end|> after the answer)

    @classmethod
    def from_options(cls, o: dict[str, str]) -> Directives:
        return cls(
            status=o.get("status"), times=_number(o, "times", int), cut=_number(o, "cut", int),
            stall=_number(o, "stall", float) or 0.0, ttft=_number(o, "ttft", float) or 0.0,
            rate=_number(o, "rate", float),
            tokens=_number(o, "tokens", int), finish=o.get("finish"), tool=o.get("tool"),
            args=o.get("args", "{}"), say=o.get("say") in ("1", "true", "yes"), window=_number(o, "window", int),
            leak=o.get("leak"), think=_number(o, "think", int) or 0, options=dict(o),
            on=tuple(name for name in o.get("on", "").split(",") if name),
        )


# ---------------------------------------------------------------- reading a request


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def _media_urls(messages: list[dict], kind: str) -> list[str]:
    """URLs of every ``image_url``/``video_url`` part in all messages."""
    urls = []
    for message in messages:
        content = message.get("content")
        for part in content if isinstance(content, list) else []:
            if isinstance(part, dict) and part.get("type") == kind:
                ref = part.get(kind)
                urls.append(ref.get("url", "") if isinstance(ref, dict) else str(ref))
    return urls


def _image_size(url: str) -> str:
    if url.startswith(("http://", "https://")):
        return "url"
    try:
        data = base64.b64decode(url.split(",", 1)[1], validate=False)
        width, height = Image.open(io.BytesIO(data)).size  # reads the header only
        return f"{width}x{height}"
    except (IndexError, binascii.Error, UnidentifiedImageError, OSError):
        return "unreadable"


def _tool_names(body: dict) -> list[str]:
    return [t.get("function", {}).get("name", "?") for t in body.get("tools") or [] if isinstance(t, dict)]


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str


@dataclass
class Turn:
    """What the simulator reads from one chat request."""

    body: dict
    messages: list[dict]
    thinking: bool
    raw_user_text: str  # as sent: the key that ``#sim times=`` counts on
    user_text: str  # directives removed
    directives: Directives
    last_role: str


def read_turn(body: dict, thinking: bool) -> Turn:
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    users = [m for m in messages if m.get("role") == "user"]
    raw = _text_of(users[-1].get("content")) if users else ""
    options, text = parse_directives(raw)
    last_role = messages[-1].get("role", "") if messages else ""
    return Turn(body, messages, thinking, raw, text, Directives.from_options(options), last_role)


# `call NAME {json}`: the keyword, a tool name and the opening brace of its arguments
_CALL = re.compile(r"(?<![\w-])(?i:call)[ \t]+([A-Za-z0-9_-]+)[ \t]*(?=\{)")
_NEXT_CALL = re.compile(r"[ \t]*&[ \t]*(?i:call)[ \t]+[A-Za-z0-9_-]+[ \t]*\{")


def _object_end(text: str, start: int) -> int | None:
    """The index after the brace that closes the one at ``start`` (JSON strings respected)."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        char = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _calls_in_line(line: str) -> list[tuple[str, str]]:
    """The ``call NAME {json}`` requests of one line, as (name, arguments verbatim)."""
    calls, pos = [], 0
    while match := _CALL.search(line, pos):
        end = _object_end(line, match.end())
        if end is None:  # unbalanced: the arguments run to the next `& call` or the end of the line
            following = _NEXT_CALL.search(line, match.end())
            end = following.start() if following else len(line)
        calls.append((match.group(1), line[match.end() : end].strip()))
        pos = end
    return calls


def parse_call_rounds(text: str, directives: Directives | None = None) -> list[list[tuple[str, str]]]:
    """The tool-call rounds a user message asks for: one round per line holding ``call NAME {json}``
    (several calls on one line, joined by ``&``, form one parallel round); a ``#sim tool=NAME
    args=JSON`` directive is one more call, issued first."""
    rounds = [calls for line in text.split("\n") if (calls := _calls_in_line(line))]
    if directives is not None and directives.tool:
        rounds.insert(0, [(directives.tool, directives.args)])
    return rounds


def _calls_in_message(message: dict) -> int:
    """Tool calls an assistant message carries: its ``tool_calls``, or raw markup in its content."""
    if message.get("tool_calls"):
        return len(message["tool_calls"])
    return _text_of(message.get("content")).count("<|tool_call_begin|>")


def tool_round(turn: Turn) -> int:
    """How many assistant turns (tool rounds) already followed the last user message."""
    last_user = max((i for i, m in enumerate(turn.messages) if m.get("role") == "user"), default=-1)
    return sum(1 for m in turn.messages[last_user + 1 :] if m.get("role") == "assistant")


def planned_tool_calls(dialect: str, turn: Turn) -> list[ToolCall]:
    """The calls to issue now: round k of the user's ``call`` lines, k being the rounds already done.
    Needs ``tools`` in the request (any tools: the named one need not be offered), except on
    ``noparser``, whose model emits the markup regardless; ``tool_choice: "none"`` turns it off."""
    if turn.body.get("tool_choice") == "none" or not (turn.body.get("tools") or dialect == "noparser"):
        return []
    rounds = parse_call_rounds(turn.user_text, turn.directives)
    done = tool_round(turn)
    if done >= len(rounds):
        return []
    # Kimi's ids count the calls of the whole conversation: functions.NAME:IDX
    earlier = sum(_calls_in_message(m) for m in turn.messages if m.get("role") == "assistant")
    return [ToolCall(f"functions.{name}:{earlier + i}", name, arguments)
            for i, (name, arguments) in enumerate(rounds[done])]


# ---------------------------------------------------------------- composing the answer


def _one_line(text: str) -> str:
    return " ".join(text.split())


def build_report(dialect: str, turn: Turn) -> str:
    body, messages = turn.body, turn.messages
    images = _media_urls(messages, "image_url")
    sizes = f" ({', '.join(_image_size(u) for u in images)})" if images else ""
    lines = [
        f"Simulated answer ({dialect}, no model).",
        f"thinking: {'on' if turn.thinking else 'off'}",
        f"temperature: {json.dumps(body['temperature']) if 'temperature' in body else 'not sent'}",
        f"messages: {len(messages)}",
        f"images: {len(images)}{sizes}",
    ]
    if videos := _media_urls(messages, "video_url"):
        lines.append(f"videos: {len(videos)}")
    lines.append(f"tools: [{', '.join(_tool_names(body))}]")
    results = [m for m in messages if m.get("role") == "tool"]
    if results:
        lines.append(f"tool results: {len(results)}")
        # the first 200 characters verbatim, newlines flattened so that each result keeps to one line
        lines += [f"result {m.get('tool_call_id')}: {_text_of(m.get('content'))[:200].replace(chr(10), ' ')}"
                  for m in results]
    return "\n".join([*lines, "last user message:", turn.user_text])


def _asks_for_title(turn: Turn) -> bool:
    """kimi-ui's title request (kimi_ui/titles.py): a system message that asks for a title."""
    first = turn.messages[0] if turn.messages else {}
    return first.get("role") == "system" and _text_of(first.get("content")).startswith("Write a title")


def simulated_title(text: str) -> str:
    """What a model would answer: the first words of the message as written, symbols and all ("What is
    2+3*4?"), its first letter capitalised (no model here)."""
    line = next((line for line in text.splitlines() if line.strip()), "")
    words = " ".join(line.split()[:5])
    return words[:1].upper() + words[1:] if words else "Simulated chat"


def build_reasoning(turn: Turn, calls: list[ToolCall]) -> str:
    asked = _one_line(turn.user_text)[:160] or "(nothing)"
    steps = [f"The user asked: “{asked}”."]
    if turn.last_role == "tool":
        steps.append("The tool results are back.")
    if calls:
        names = " and ".join(call.name for call in calls)
        steps.append(f"I should call the tool{'s' if len(calls) > 1 else ''} {names} before I answer"
                     f"{' (in parallel)' if len(calls) > 1 else ''} — Grüße ✓ 🚀.")
        return " ".join(steps)
    if turn.last_role == "tool":
        steps.append("I can fold them into the report.")
    steps.append("This is the simulated backend, so I will report the request line by line — Grüße ✓ 🚀.")
    return " ".join(steps)


def _filler(count: int) -> list[str]:
    """Tokens of padding text (with non-ASCII, so clients meet multi-byte characters)."""
    if count <= 0:
        return []
    tokens = ["\n", "\n"][:count]
    for i in range(count - len(tokens)):
        tokens.append("\n" if i % 12 == 11 else " " + _FILLER[i % len(_FILLER)])
    return tokens


@dataclass
class Answer:
    reasoning: str
    content_tokens: list[str]
    tool_calls: list[ToolCall]


def compose_answer(dialect: str, turn: Turn) -> Answer:
    if dialect == "moonshot" and (search := moonshot.search_call(turn.body, turn.messages, turn.user_text)):
        return Answer("", [], [ToolCall(*search)])
    if dialect == "moonshot" and (cited := moonshot.cited_answer(turn.messages, turn.user_text)):
        return Answer(build_reasoning(turn, []) if turn.thinking else "", tokenize(cited), [])
    calls = planned_tool_calls(dialect, turn)
    if not calls and (arguments := swarm_call(turn.directives.options, turn.body, tool_round(turn), turn.user_text)):
        earlier = sum(_calls_in_message(m) for m in turn.messages if m.get("role") == "assistant")
        calls = [ToolCall(f"functions.{START_AGENTS}:{earlier}", START_AGENTS, arguments)]
    reasoning = build_reasoning(turn, calls) if turn.thinking else ""
    if reasoning and turn.directives.think:
        reasoning += "".join(_filler(turn.directives.think - len(tokenize(reasoning))))
    if calls:
        said = f"Let me use {' and '.join(c.name for c in calls)} first." if turn.directives.say else ""
        return Answer(reasoning, tokenize(said), calls)
    if _asks_for_title(turn):
        return Answer(reasoning, tokenize(simulated_title(turn.user_text)), [])
    tokens = tokenize(build_report(dialect, turn))
    wanted = turn.directives.tokens or 0
    return Answer(reasoning, tokens + _filler(wanted - len(tokens)), [])


def split_arguments(arguments: str) -> list[str]:
    """Split tool arguments the way vLLM streams them: mid-key and mid-string."""
    head = 2 if arguments.startswith('{"') else 1
    rest = arguments[head:]
    return [arguments[:head]] + [rest[i : i + 5] for i in range(0, len(rest), 5)]


@dataclass
class Step:
    """One streamed delta; ``cost`` is the completion tokens it stands for."""

    kind: str  # reasoning | content | tool_head | tool_args
    text: str
    cost: int = 1
    answer: bool = True  # False while still reasoning (noparser streams reasoning as content)
    call_id: str = ""
    call_index: int = 0  # position of the call within this reply (the delta's ``index``)


def leak_markers(steps: list[Step], finish: str, leak: str | None) -> tuple[list[Step], str]:
    """``#sim leak=``: markers where a buggy server puts them (vLLM issues: a raw ``</think>`` in the content
    after the reasoning came in its field; a tool call the reasoning parser kept inside the reasoning, with
    finish_reason "stop"; a chat token after the answer)."""
    first = next((i for i, s in enumerate(steps) if s.kind != "reasoning"), len(steps))
    if leak == "think":
        return [*steps[:first], Step("content", "</think>", 0), *steps[first:]], finish
    if leak == "end":
        return [*steps, Step("content", "<|im_end|>", 0)], finish
    heads = [s for s in steps if s.kind == "tool_head"]
    if leak == "call" and heads:
        calls = [ToolCall(h.call_id, h.text, "".join(s.text for s in steps if s.kind == "tool_args"
                                                      and s.call_index == h.call_index)) for h in heads]
        markup = [Step("reasoning", piece, answer=False) for piece in _tool_markup(calls)]
        return [*steps[:first], *markup], "stop"
    return steps, finish


def limit_steps(steps: list[Step], finish: str, directives: Directives, budget: int | None) -> tuple[list[Step], str]:
    """Apply ``#sim finish=`` and the max_tokens budget."""
    if directives.finish in ("length", "content_filter"):
        start = next((i for i, s in enumerate(steps) if s.answer), len(steps))
        steps, finish = steps[: start + max(1, (len(steps) - start) // 2)], directives.finish
    if budget is not None and sum(s.cost for s in steps) > budget:
        kept, spent = [], 0
        for step in steps:
            if spent + step.cost > budget:
                break
            kept.append(step)
            spent += step.cost
        steps, finish = kept, "length"
    return steps, finish


def merge_deltas(deltas: list[dict]) -> dict:
    """Fold stream deltas into one non-streaming ``message`` (as the servers do)."""
    message: dict[str, Any] = {"role": "assistant", "content": ""}
    calls: dict[int, dict] = {}
    for delta in deltas:
        for key, value in delta.items():
            if key == "tool_calls":
                for part in value:
                    empty = {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
                    call = calls.setdefault(part["index"], empty)
                    call["id"] = part.get("id", call["id"])
                    call["function"]["name"] += part.get("function", {}).get("name", "")
                    call["function"]["arguments"] += part.get("function", {}).get("arguments", "")
            elif isinstance(value, str) and key != "role":
                message[key] = message.get(key, "") + value
    if calls:
        message["tool_calls"] = [calls[i] for i in sorted(calls)]
        message["content"] = message["content"] or None
    return message


# ---------------------------------------------------------------- dialects


class VllmDialect:
    """vLLM >= 0.16 with the kimi_k2 reasoning and tool parsers."""

    name = "vllm"
    reasoning_field = "reasoning"
    owned_by = "vllm"
    first_delta: dict = {"role": "assistant", "content": ""}
    last_delta: dict = {"content": ""}
    section_marks = True  # empty ``content`` deltas where the tool-section markup was swallowed
    _types = {400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError",
              404: "NotFoundError", 429: "RateLimitError", 500: "InternalServerError",
              502: "BadGatewayError", 503: "ServiceUnavailableError"}

    @property
    def model(self) -> str:
        return MODEL_IDS[self.name]

    def model_card(self) -> dict:
        return {"id": self.model, "object": "model", "created": _CREATED, "owned_by": self.owned_by,
                "root": self.model, "parent": None, "max_model_len": CONTEXT_LENGTH, "permission": []}

    def thinking(self, body: dict) -> bool:
        kwargs = body.get("chat_template_kwargs") or {}  # `enable_thinking` is ignored, like the real template
        return bool(kwargs.get("thinking", True)) if isinstance(kwargs, dict) else True

    def validate(self, body: dict, thinking: bool) -> tuple[int, str, str | None] | None:
        return None

    def error_body(self, status: int, message: str, etype: str | None = None) -> dict:
        return {"error": {"message": message, "type": etype or self._types.get(status, "BadRequestError"),
                          "param": None, "code": status}}

    def continued(self, body: dict) -> dict | None | tuple[int, str, str | None]:
        """The final assistant message this request continues (None: it is answered anew), or a refusal.
        vLLM (>= 0.6.3): `continue_final_message` with `add_generation_prompt: false`; a message without text
        cannot be continued (transformers finds no final message to extend)."""
        messages = body.get("messages") or []
        if not body.get("continue_final_message"):
            return None
        if body.get("add_generation_prompt", True) is not False:
            return 400, "Cannot set both `continue_final_message` and `add_generation_prompt` to True.", None
        last = messages[-1] if messages and isinstance(messages[-1], dict) else {}
        if last.get("role") != "assistant" or not _text_of(last.get("content")):
            return 400, ("continue_final_message is set but the final message does not appear in the chat after "
                         "applying the chat template! This can happen if the chat template deletes portions of "
                         "the final message."), None
        return last

    def too_long(self, prompt: int, window: int) -> tuple[int, str, str | None]:
        return 400, (f"This model's maximum context length is {window} tokens. However, your request has {prompt} "
                     "input tokens. Please reduce the length of the input messages."), None

    def steps(self, answer: Answer) -> list[Step]:
        steps = [Step("reasoning", t, answer=False) for t in tokenize(answer.reasoning)]
        steps += [Step("content", t) for t in answer.content_tokens]
        if not answer.tool_calls:
            return steps
        # vLLM swallows the tool-section markup and emits empty content deltas for it
        marks = [Step("content", "", 0)] if self.section_marks else []
        steps += marks * 2
        for index, call in enumerate(answer.tool_calls):
            steps += marks if index else []  # <|tool_call_end|><|tool_call_begin|> between two calls
            steps.append(Step("tool_head", call.name, call_id=call.id, call_index=index))
            steps += [Step("tool_args", piece, call_index=index) for piece in split_arguments(call.arguments)]
        return steps + marks

    def finish_reason(self, answer: Answer) -> str:
        return "tool_calls" if answer.tool_calls else "stop"

    def delta(self, step: Step) -> dict:
        if step.kind == "reasoning":
            return {self.reasoning_field: step.text}
        if step.kind == "tool_head":
            function = {"name": step.text, "arguments": ""}
            kind = "builtin_function" if step.text.startswith("$") else "function"  # Moonshot's $web_search
            head = {"index": step.call_index, "id": step.call_id, "type": kind, "function": function}
            return {"tool_calls": [head]}
        if step.kind == "tool_args":
            return {"tool_calls": [{"index": step.call_index, "function": {"arguments": step.text}}]}
        return {"content": step.text}

    def usage(self, prompt: int, completion: int, cached: int) -> dict:
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                "prompt_tokens_details": {"cached_tokens": cached}}

    def closing_chunks(self, reply: Reply, include_usage: bool) -> list[dict]:
        chunks = [reply.chunk(self.last_delta, reply.finish)]
        if include_usage:
            chunks.append(reply.envelope(choices=[], usage=reply.usage))
        return chunks

    def completion_extras(self, reply: Reply) -> dict:
        return {}


class VllmLegacyDialect(VllmDialect):
    """vLLM before 0.16: ``reasoning_content`` and top-level error bodies."""

    name = "vllm-legacy"
    reasoning_field = "reasoning_content"

    def error_body(self, status: int, message: str, etype: str | None = None) -> dict:
        return {"object": "error", **super().error_body(status, message, etype)["error"]}


class VllmNoAutoDialect(VllmDialect):
    """vLLM served without ``--enable-auto-tool-choice``."""

    name = "vllm-noauto"

    def validate(self, body: dict, thinking: bool) -> tuple[int, str, str | None] | None:
        if body.get("tools") and body.get("tool_choice") in (None, "auto"):
            return 400, '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', None
        return None


class NoParserDialect(VllmDialect):
    """A server without reasoning or tool parsers: everything arrives as raw ``content``."""

    name = "noparser"

    def steps(self, answer: Answer) -> list[Step]:
        body = [Step("content", t) for t in answer.content_tokens]
        if answer.tool_calls:
            body += [Step("content", piece) for piece in _tool_markup(answer.tool_calls)]
        if not answer.reasoning:
            return body
        # the template already opened <think>; the closing tag arrives split over two chunks
        head = [Step("content", t, answer=False) for t in tokenize(answer.reasoning)]
        head[-1].text += "</thi"
        body = body or [Step("content", "")]
        body[0].text = "nk>\n\n" + body[0].text
        return head + body

    def finish_reason(self, answer: Answer) -> str:
        return "stop"


def _tool_markup(calls: list[ToolCall]) -> list[str]:
    pieces = ["<|tool_calls_section_begin|>"]
    for call in calls:
        pieces += ["<|tool_call_begin|>", call.id, "<|tool_call_argument_begin|>", *split_arguments(call.arguments),
                   "<|tool_call_end|>"]
    return [*pieces, "<|tool_calls_section_end|>"]


_LLAMACPP_NO_VISION = "image input is not supported - hint: if this is unexpected, you may need to provide the mmproj"


class LlamaCppDialect(VllmDialect):
    """llama-server with ``--jinja`` and the default reasoning format."""

    name = "llamacpp"
    reasoning_field = "reasoning_content"
    owned_by = "llamacpp"
    first_delta = {"role": "assistant", "content": None}
    last_delta: dict = {}
    _types = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
              404: "not_found_error", 429: "rate_limit_error", 500: "server_error", 502: "server_error",
              503: "unavailable_error"}

    def model_card(self) -> dict:
        meta = {"n_ctx_train": CONTEXT_LENGTH, "n_vocab": 163840, "n_params": 1026408232448}
        return {"id": self.model, "object": "model", "created": _CREATED, "owned_by": self.owned_by, "meta": meta}

    def validate(self, body: dict, thinking: bool) -> tuple[int, str, str | None] | None:
        if _media_urls(body.get("messages") or [], "image_url"):
            return 500, _LLAMACPP_NO_VISION, None
        return None

    def error_body(self, status: int, message: str, etype: str | None = None) -> dict:
        return {"error": {"code": status, "message": message, "type": etype or self._types.get(status, "server_error")}}

    def continued(self, body: dict) -> dict | None | tuple[int, str, str | None]:
        """llama-server (tools/server/server-common.cpp): a final assistant message is continued (its text, or its
        reasoning when it has no text), unless the request says otherwise."""
        messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
        explicit = body.get("continue_final_message")
        if explicit not in (None, False) and body.get("add_generation_prompt", True):
            return 400, "Cannot set both add_generation_prompt and continue_final_message to true.", None
        if explicit is False or not messages or messages[-1].get("role") != "assistant":
            return None
        if len(messages) >= 2 and messages[-2].get("role") == "assistant":
            return 400, "Cannot have 2 or more assistant messages at the end of the list.", None
        if messages[-1].get("tool_calls"):
            return 400, "Cannot continue an assistant message that contains tool calls.", None
        return messages[-1]

    def too_long(self, prompt: int, window: int) -> tuple[int, str, str | None]:
        return 400, (f"request ({prompt} tokens) exceeds the available context size ({window} tokens), try "
                     "increasing it"), "exceed_context_size_error"

    def closing_chunks(self, reply: Reply, include_usage: bool) -> list[dict]:
        last = reply.chunk(self.last_delta, reply.finish)
        last["timings"] = reply.timings()
        return [last, reply.envelope(choices=[], usage=reply.usage)] if include_usage else [last]

    def completion_extras(self, reply: Reply) -> dict:
        return {"timings": reply.timings()}


class MoonshotDialect(VllmDialect):
    """Moonshot's platform API (api.moonshot.ai) serving ``kimi-k2.5``."""

    name = "moonshot"
    reasoning_field = "reasoning_content"
    owned_by = "moonshot"
    last_delta: dict = {}
    section_marks = False  # the platform sends tool-call deltas only, no empty content around them
    _fixed = {"top_p": 0.95, "n": 1, "presence_penalty": 0.0, "frequency_penalty": 0.0}

    def model_card(self) -> dict:
        return {"id": self.model, "object": "model", "created": _CREATED, "owned_by": self.owned_by,
                "root": self.model, "parent": None, "permission": [], "context_length": CONTEXT_LENGTH,
                "supports_reasoning": True, "supports_image_in": True, "supports_video_in": True}

    def thinking(self, body: dict) -> bool:
        switch = body.get("thinking")
        return not (isinstance(switch, dict) and switch.get("type") == "disabled")

    def continued(self, body: dict) -> dict | None | tuple[int, str, str | None]:
        """Partial mode (platform.moonshot.ai/docs/api/partial): `"partial": true` on the final assistant message."""
        messages = body.get("messages") or []
        last = messages[-1] if messages and isinstance(messages[-1], dict) else {}
        return last if last.get("role") == "assistant" and last.get("partial") else None

    def too_long(self, prompt: int, window: int) -> tuple[int, str, str | None]:
        return 400, "Input token length too long", "invalid_request_error"

    def validate(self, body: dict, thinking: bool) -> tuple[int, str, str | None] | None:
        if refused := moonshot.thinking_refusal(body, thinking):
            return refused
        fixed = {"temperature": 1.0 if thinking else 0.6, **self._fixed}
        for key, allowed in fixed.items():
            if body.get(key) is not None and body[key] != allowed:
                return 400, f"invalid {key}: only {allowed:g} is allowed for this model", "invalid_request_error"
        if thinking:  # a tool round sent back without its reasoning is refused
            for index, message in enumerate(body.get("messages") or []):
                if (isinstance(message, dict) and message.get("role") == "assistant" and message.get("tool_calls")
                        and not message.get("reasoning_content")):
                    return 400, ("thinking is enabled but reasoning_content is missing in assistant tool call "
                                 f"message at index {index}"), "invalid_request_error"
        return None

    def error_body(self, status: int, message: str, etype: str | None = None) -> dict:
        return {"error": {"message": message, "type": etype or "invalid_request_error"}}

    def usage(self, prompt: int, completion: int, cached: int) -> dict:
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                "cached_tokens": cached}

    def closing_chunks(self, reply: Reply, include_usage: bool) -> list[dict]:
        last = reply.chunk(self.last_delta, reply.finish)
        last["choices"][0]["usage"] = reply.usage  # Moonshot always sends it, inside the choice
        return [last]


_DIALECT_CLASSES = [VllmDialect, VllmLegacyDialect, LlamaCppDialect, MoonshotDialect, NoParserDialect,
                    VllmNoAutoDialect]
DIALECT_IMPLS: dict[str, VllmDialect] = {cls.name: cls() for cls in _DIALECT_CLASSES}

# `#sim status=` faults: (HTTP status, generic message, Moonshot's error type and message)
_FAULTS: dict[str, tuple[int, str, str, str]] = {
    "400": (400, "Bad request (simulated)", "invalid_request_error", "Invalid request (simulated)"),
    "401": (401, "Unauthorized: invalid API key (simulated)", "invalid_authentication_error", "Invalid Authentication"),
    "403": (403, "Forbidden (simulated)", "exceeded_current_quota_error",
            "Your account sim<ak-sim> is suspended due to insufficient balance, please recharge your account"),
    "429": (429, "Too many requests, please retry later (simulated)", "rate_limit_reached_error",
            "Your account sim<ak-sim> request reached organization max RPM: 3, please try again after 1 seconds"),
    "429-overload": (429, "Server overloaded, please retry later (simulated)", "engine_overloaded_error",
                     "The engine is currently overloaded, please try again later"),
    "429-quota": (429, "You exceeded your current quota, please check your plan and billing details (simulated)",
                  "exceeded_current_quota_error",
                  "Your account sim<ak-sim> is suspended, please check your plan and billing details"),
    "500": (500, "Internal server error (simulated)", "server_error", "Internal server error (simulated)"),
    "502": (502, "Bad gateway (simulated)", "server_error", "Bad gateway (simulated)"),
    "503": (503, "Service unavailable: loading model (simulated)", "engine_overloaded_error",
            "The engine is currently overloaded, please try again later"),
}


# ---------------------------------------------------------------- one reply


def _prompt_tokens(messages: list[dict], tools: Any) -> int:
    """A rough prompt size: text tokens, a fixed cost per message and per image."""
    text = sum(len(tokenize(_text_of(m.get("content")))) + 4 for m in messages)
    media = 256 * len(_media_urls(messages, "image_url")) + 1024 * len(_media_urls(messages, "video_url"))
    searched = moonshot.search_tokens(messages)  # (what Moonshot's searches read counts in the prompt)
    return text + media + searched + (len(tokenize(json.dumps(tools))) if tools else 0)


def _rest(answer: Answer, prefix: dict, reasoning_field: str) -> Answer:
    """What is left of `answer` after the partial message `prefix`: no reasoning once it has text, the rest of
    the reasoning if it has only that. (A model goes on from any prefix: one that is not the start of this
    answer gets all of it.)"""
    said, thought = _text_of(prefix.get("content")), str(prefix.get(reasoning_field) or "")
    content = "".join(answer.content_tokens)
    if said:
        rest = content[len(said):] if content.startswith(said) else content
        return Answer("", tokenize(rest), answer.tool_calls)
    reasoning = answer.reasoning[len(thought):] if thought and answer.reasoning.startswith(thought) else answer.reasoning
    return Answer(reasoning, answer.content_tokens, answer.tool_calls)


class Reply:
    """A planned answer for one request, rendered as chunks or as one completion object."""

    def __init__(self, dialect: VllmDialect, turn: Turn):
        self.dialect, self.turn = dialect, turn
        self.id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        self.created = int(time.time())
        prefix = dialect.continued(turn.body)
        if isinstance(prefix, dict):  # the answer to the request before, from where its final message stops
            before = read_turn({**turn.body, "messages": turn.messages[:-1]}, turn.thinking)
            answer = _rest(compose_answer(dialect.name, before), prefix, dialect.reasoning_field)
        else:
            answer = compose_answer(dialect.name, turn)
        budget = turn.body.get("max_completion_tokens") or turn.body.get("max_tokens")
        self.steps, self.finish = limit_steps(
            *leak_markers(dialect.steps(answer), dialect.finish_reason(answer), turn.directives.leak), turn.directives,
            budget if isinstance(budget, int) else None)
        prompt = _prompt_tokens(turn.messages, turn.body.get("tools"))
        self.cached = _prompt_tokens(turn.messages[:-1], turn.body.get("tools")) if len(turn.messages) > 1 else 0
        self.prompt, self.completion = prompt, sum(s.cost for s in self.steps)
        self.usage = dialect.usage(prompt, self.completion, self.cached)

    def envelope(self, **fields: Any) -> dict:
        base = {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.dialect.model}
        return {**base, **fields}

    def chunk(self, delta: dict, finish: str | None = None) -> dict:
        return self.envelope(choices=[{"index": 0, "delta": dict(delta), "logprobs": None, "finish_reason": finish}])

    def timings(self) -> dict:
        rate = self.turn.directives.rate or 20.0
        return {"prompt_n": self.prompt - self.cached, "prompt_ms": 0.5 * (self.prompt - self.cached),
                "predicted_n": self.completion, "predicted_ms": 1000.0 * self.completion / rate,
                "cache_n": self.cached}

    def stream_events(self) -> list[tuple[bytes, int]]:
        """SSE events paired with the tokens each stands for."""
        include_usage = bool((self.turn.body.get("stream_options") or {}).get("include_usage"))
        events = [(_sse(self.chunk(self.dialect.first_delta)), 0)]
        events += [(_sse(self.chunk(self.dialect.delta(s))), s.cost) for s in self.steps]
        events += [(_sse(c), 0) for c in self.dialect.closing_chunks(self, include_usage)]
        return events + [(b"data: [DONE]\n\n", 0)]

    def completion_body(self) -> bytes:
        message = merge_deltas([self.dialect.delta(s) for s in self.steps])
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": self.finish}
        body = {"id": self.id, "object": "chat.completion", "created": self.created, "model": self.dialect.model,
                "choices": [choice], "usage": self.usage, **self.dialect.completion_extras(self)}
        return _json_bytes(body)


def _json_bytes(obj: Any) -> bytes:
    # raw UTF-8 like the real servers, so multi-byte characters can be split on the wire
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def _sse(obj: Any) -> bytes:
    return b"data: " + _json_bytes(obj) + b"\n\n"


def wire_pieces(data: bytes, index: int) -> list[bytes]:
    """Split an event into network writes: inside the first multi-byte character when there is
    one, otherwise in the middle now and then (real TCP delivers events in arbitrary pieces)."""
    cut = next((i + 1 for i, byte in enumerate(data) if byte >= 0xC0), None)
    if cut is None and index % 3 == 1:
        cut = len(data) // 2
    return [data] if cut is None else [data[:cut], data[cut:]]


# ---------------------------------------------------------------- playing a reply over HTTP


class SimulatedCut(Exception):
    """Raised mid-body so that uvicorn drops the connection like a crashed server."""


class _HideSimulatedCuts(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], SimulatedCut))


THREAD_NAME = "kimi-demo-server"


class _HideDemoAccess(logging.Filter):
    """uvicorn's access logger is one for every server in the process (uvicorn.Config's access_log=False
    would silence the app's own server too), so the simulated backend's lines are told apart by the
    thread it runs in."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName != THREAD_NAME


def _hide_access_log() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _HideDemoAccess) for f in logger.filters):
        logger.addFilter(_HideDemoAccess())


def _quiet_simulated_cuts() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideSimulatedCuts) for f in logger.filters):
        logger.addFilter(_HideSimulatedCuts())


async def _client_gone(receive: Any) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


class Playback:
    """ASGI response that plays a reply with pacing and faults, and notices a client leaving."""

    def __init__(self, state: SimState, entry: dict, reply: Reply, stream: bool):
        self.state, self.entry, self.reply, self.stream = state, entry, reply, stream
        directives = reply.turn.directives
        self.cut, self.stall, self.ttft = directives.cut, directives.stall, directives.ttft
        if not faulty(directives, reply.dialect.name):
            self.cut = None
        self.rate = directives.rate if directives.rate is not None else state.default_rate

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        play = asyncio.ensure_future(self._play(send))
        watch = asyncio.ensure_future(_client_gone(receive))
        try:
            await asyncio.wait({play, watch}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            watch.cancel()
            play.cancel()  # no-op when it finished; stops production at once when the client left
            outcome = (await asyncio.gather(play, return_exceptions=True))[0]
        if isinstance(outcome, BaseException) and not isinstance(outcome, asyncio.CancelledError):
            raise outcome  # SimulatedCut: uvicorn now closes the socket mid-body

    async def _play(self, send: Any) -> None:
        try:
            await (self._play_stream(send) if self.stream else self._play_json(send))
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            self.entry["completed"] = True
        except asyncio.CancelledError:
            self.entry["disconnected"] = True
            raise
        finally:
            self.entry["ended"] = time.time()

    async def _play_stream(self, send: Any) -> None:
        headers = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await self._sleep(self.ttft)
        tokens = 0
        for index, (data, cost) in enumerate(self.reply.stream_events()):
            if self.cut is not None and index > 0 and tokens >= self.cut:
                raise SimulatedCut(f"#sim cut={self.cut}")
            if self.state.closing:
                raise SimulatedCut("server stopping")
            for piece in wire_pieces(data, index):
                await send({"type": "http.response.body", "body": piece, "more_body": True})
            if cost:
                tokens += cost
                await self._pace(first=tokens == cost)

    async def _pace(self, first: bool) -> None:
        await self._sleep((self.stall if first else 0) + (1.0 / self.rate if self.rate > 0 else 0))

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but give up when the server stops: a stalled stream must not hold up stop()."""
        end = time.monotonic() + seconds
        await asyncio.sleep(0)  # always let the loop breathe between chunks
        while (left := end - time.monotonic()) > 0:
            if self.state.closing:
                raise SimulatedCut("server stopping")
            await asyncio.sleep(min(left, 0.05))

    async def _play_json(self, send: Any) -> None:
        await self._sleep(self.stall + (self.reply.completion / self.rate if self.rate > 0 else 0))
        body = self.reply.completion_body()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        if self.cut is not None:
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            raise SimulatedCut(f"#sim cut={self.cut}")
        await send({"type": "http.response.body", "body": body, "more_body": True})


# ---------------------------------------------------------------- the app


class SimState:
    """Request log and fault counters; touched only from the server's event loop."""

    def __init__(self, default_rate: float):
        self.default_rate = default_rate
        self.log: deque[dict] = deque(maxlen=LOG_LIMIT)
        self.seq = 0
        self.fault_counts: dict[tuple[str, str], int] = {}
        self.closing = False  # set from DemoServer.stop(): running streams end at once

    def record(self, dialect: str, body: Any) -> dict:
        self.seq += 1
        entry = {"seq": self.seq, "dialect": dialect, "body": body, "status": None, "completed": False,
                 "disconnected": False, "started": time.time(), "ended": None}
        self.log.append(entry)
        return entry

    def directed_fault(self, dialect: str, turn: Turn) -> str | None:
        """The ``#sim status=`` fault to answer now, honouring ``#sim times=K``."""
        status = turn.directives.status
        if status not in _FAULTS or not faulty(turn.directives, dialect):
            return None
        if turn.directives.times is None:
            return status
        key = (dialect, turn.raw_user_text)
        self.fault_counts[key] = self.fault_counts.get(key, 0) + 1
        return status if self.fault_counts[key] <= turn.directives.times else None


def faulty(directives: Directives, dialect: str) -> bool:
    """Whether the faults of `#sim` happen on this dialect: all of them, or those `#sim on=a,b` names."""
    return not directives.on or dialect in directives.on


def _error(entry: dict, dialect: VllmDialect, status: int, message: str, etype: str | None = None) -> JSONResponse:
    entry["status"], entry["ended"] = status, time.time()
    return JSONResponse(dialect.error_body(status, message, etype), status_code=status)


def _error_with(entry: dict, dialect: VllmDialect, problem: tuple[int, str, str | None],
                extra: dict) -> JSONResponse:
    """An error whose body carries more fields beside its message (llama.cpp's token counts)."""
    entry["status"], entry["ended"] = problem[0], time.time()
    body = dialect.error_body(*problem)
    (body["error"] if isinstance(body.get("error"), dict) else body).update(extra)  # (vllm-legacy: top level)
    return JSONResponse(body, status_code=problem[0])


async def tokenize_text(request: Request) -> Response:
    """llama.cpp's and vLLM's `/tokenize` (at the server's root) by the simulator's own tokenizer, the one its
    usage and context refusals count with: llama.cpp `{"content"}` -> `{"tokens"}`, vLLM `{"prompt"}` or
    `{"messages"}` -> `{"count", "max_model_len", "tokens"}`."""
    dialect = _dialect_of(request)
    if dialect is None or dialect.name == "moonshot":
        return _unknown_dialect(request) if dialect is None else _not_found_json()
    body = await _json_or_none(request)
    if dialect.name == "llamacpp":
        tokens = list(range(len(tokenize(str(body.get("content") or ""))))) if isinstance(body, dict) else []
        return JSONResponse({"tokens": tokens})
    if not isinstance(body, dict):
        return JSONResponse(dialect.error_body(400, "invalid request"), status_code=400)
    count = (_prompt_tokens(body["messages"], body.get("tools")) if isinstance(body.get("messages"), list)
             else len(tokenize(str(body.get("prompt") or ""))))
    return JSONResponse({"count": count, "max_model_len": CONTEXT_LENGTH, "tokens": list(range(count))})


async def estimate_tokens(request: Request) -> Response:
    """Moonshot's `POST /v1/tokenizers/estimate-token-count` `{model, messages}` -> `{"data": {"total_tokens"}}`."""
    dialect = _dialect_of(request)
    if dialect is None or dialect.name != "moonshot":
        return _unknown_dialect(request) if dialect is None else _not_found_json()
    body = await _json_or_none(request)
    messages = body.get("messages") if isinstance(body, dict) else None
    if not isinstance(messages, list):
        return JSONResponse(dialect.error_body(400, "messages: field required", "invalid_request_error"),
                            status_code=400)
    return JSONResponse({"data": {"total_tokens": _prompt_tokens(messages, None)}})


async def _json_or_none(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _not_found_json() -> JSONResponse:
    return JSONResponse({"error": {"message": "Not Found", "code": 404}}, status_code=404)


def _dialect_of(request: Request) -> VllmDialect | None:
    return DIALECT_IMPLS.get(request.path_params["dialect"])


def _unknown_dialect(request: Request) -> JSONResponse:
    message = f"unknown dialect {request.path_params['dialect']!r}; known: {', '.join(DIALECTS)}"
    return JSONResponse({"error": {"message": message, "type": "NotFoundError", "code": 404}}, status_code=404)


async def list_models(request: Request) -> Response:
    dialect = _dialect_of(request)
    if dialect is None:
        return _unknown_dialect(request)
    return JSONResponse({"object": "list", "data": [dialect.model_card()]})


async def chat_completions(request: Request) -> Response:
    dialect = _dialect_of(request)
    if dialect is None:
        return _unknown_dialect(request)
    state: SimState = request.app.state.sim
    raw = await request.body()
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        entry = state.record(dialect.name, raw.decode("utf-8", "replace"))
        return _error(entry, dialect, 400, f"invalid JSON body: {exc}")
    entry = state.record(dialect.name, body)
    # the client's end of the TCP connection: a pooled client sends turn after turn on the same one
    entry["peer"] = f"{request.client.host}:{request.client.port}" if request.client else ""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
        return _error(entry, dialect, 400, "messages: field required")
    turn = read_turn(body, dialect.thinking(body))
    if problem := dialect.validate(body, turn.thinking):
        return _error(entry, dialect, *problem)
    if isinstance(refused := dialect.continued(body), tuple):
        return _error(entry, dialect, *refused)
    prompt = _prompt_tokens(turn.messages, body.get("tools"))
    if turn.directives.window and prompt > turn.directives.window:
        return _error_with(entry, dialect, dialect.too_long(prompt, turn.directives.window),
                           {"n_prompt_tokens": prompt, "n_ctx": turn.directives.window}
                           if dialect.name == "llamacpp" else {})
    if fault := state.directed_fault(dialect.name, turn):
        status, generic, ms_type, ms_message = _FAULTS[fault]
        is_moonshot = dialect.name == "moonshot"
        return _error(entry, dialect, status, ms_message if is_moonshot else generic, ms_type if is_moonshot else None)
    entry["status"] = 200
    return Playback(state, entry, Reply(dialect, turn), bool(body.get("stream")))


async def sim_requests(request: Request) -> Response:
    state: SimState = request.app.state.sim
    if request.method == "DELETE":
        state.log.clear()
        state.fault_counts.clear()
        return JSONResponse({"cleared": True})
    return JSONResponse(list(state.log))


async def _not_found(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": {"message": f"no route for {request.url.path}", "type": "NotFoundError",
                                   "code": 404}}, status_code=404)


def create_app(default_rate: float = 0.0) -> Starlette:
    """The simulated backend as an ASGI app; ``default_rate`` is tokens/s (0 = as fast as possible)."""
    _quiet_simulated_cuts()
    routes = [
        Route("/_sim/requests", sim_requests, methods=["GET", "DELETE"]),
        Route("/{dialect}/v1/models", list_models, methods=["GET"]),
        Route("/{dialect}/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/{dialect}/tokenize", tokenize_text, methods=["POST"]),
        Route("/{dialect}/v1/tokenizers/estimate-token-count", estimate_tokens, methods=["POST"]),
        *moonshot.file_routes(),
    ]
    app = Starlette(routes=routes, exception_handlers={404: _not_found})
    app.state.sim = SimState(default_rate)
    app.state.files = moonshot.FileStore()
    return app


# ---------------------------------------------------------------- running it


class DemoServer:
    """Runs the simulated backend with uvicorn in a daemon thread (for --demo and the tests)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, default_rate: float = 0.0,
                 access_log: bool = False):
        # access_log off by default: the simulated backend's lines (a probe of every dialect every 30 s, each
        # request of a turn) would fill the app's console
        self.host, self.port, self.default_rate, self.access_log = host, port, default_rate, access_log
        self.app = create_app(default_rate)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    def start(self) -> DemoServer:
        if self._thread is not None:
            return self
        # bind (and listen) before the thread starts: the port is known and connects cannot race
        self._sock = tcp_listener(self.host, self.port)
        self._sock.listen(128)
        self.port = self._sock.getsockname()[1]
        self.app.state.sim.closing = False
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
        if not self.access_log:
            _hide_access_log()
        self._server = uvicorn.Server(config)
        _quiet_simulated_cuts()
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]},
                                        name=THREAD_NAME, daemon=True)
        self._thread.start()
        self._wait_started()
        return self

    def _wait_started(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not (self._server and self._server.started):
            if not (self._thread and self._thread.is_alive()) or time.monotonic() > deadline:
                raise RuntimeError(f"simulated backend did not start on {self.url}")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self.app.state.sim.closing = True
        self._server.should_exit = True
        self._thread.join(timeout=5)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout=2)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def base_url(self, dialect: str) -> str:
        return f"{self.url}/{dialect}/v1"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m kimi_ui.demo_server",
        description="Simulated Kimi K2.5 backend (no model) speaking each real server's dialect.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    parser.add_argument("--port", type=int, default=8001, help="port to bind (default: 8001)")
    parser.add_argument("--rate", type=float, default=0.0, help="tokens per second (default 0: as fast as possible)")
    args = parser.parse_args(argv)
    for name in DIALECTS:
        print(f"{name:12} http://{args.host}:{args.port}/{name}/v1  (model {MODEL_IDS[name]})")
    uvicorn.run(create_app(args.rate), host=args.host, port=args.port, log_level="warning",
                timeout_graceful_shutdown=1)


if __name__ == "__main__":
    main()

"""Chunk stream -> typed events. Pure: feed it chunk dicts as the server sent them.

Handles reasoning in `reasoning` or `reasoning_content`, the `</think>` fallback for servers without a
reasoning parser (markers may be split across chunks), tool-call delta assembly, Kimi's raw tool-call
markup leaking into `content` or into the reasoning field (parsed as calls), stray chat and think markers
(dropped), and usage in `chunk.usage`, `choices[0].usage` or llama.cpp `timings`.
"""

from __future__ import annotations

import re
from typing import Any

from kimi_ui.events import (
    Event,
    ReasoningDelta,
    Reclassified,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    Usage,
    notice,
)

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"
SECTION_BEGIN = ("<|tool_calls_section_begin|>", "<|tool_call_section_begin|>")
SECTION_END = ("<|tool_calls_section_end|>", "<|tool_call_section_end|>")
# Markers a server may leak where they do not belong (known vLLM bugs: tool-call tokens in the reasoning, a raw
# `</think>` in the content after the reasoning came in its field; chat tokens at the end of a reply): never shown.
STRAY = ("<|im_end|>", "<|im_user|>", "<|im_assistant|>", "<|im_system|>", "<|im_middle|>", THINK_OPEN, THINK_CLOSE,
         "<|tool_call_begin|>", "<|tool_call_argument_begin|>", "<|tool_call_end|>") + SECTION_END


def _clean(text: str, ticks: int) -> tuple[str, int]:
    """`text` without stray markers, and the backticks seen so far: a marker inside inline code or a code
    block (an odd count before it) is the model writing about it, and stays."""
    if "<" not in text:
        return text, ticks + text.count("`")
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if char == "`":
            ticks += 1
        elif char == "<" and ticks % 2 == 0:
            marker = next((m for m in STRAY if text.startswith(m, i)), None)
            if marker is not None:
                i += len(marker)
                continue
        out.append(char)
        i += 1
    return "".join(out), ticks


RAW_CALL = re.compile(
    r"<\|tool_call_begin\|>\s*(?P<id>.+?)\s*<\|tool_call_argument_begin\|>(?P<args>.*?)<\|tool_call_end\|>",
    re.DOTALL,
)

def _held_suffix(text: str, markers: tuple[str, ...]) -> int:
    """Length of the longest end of `text` that could be the start of a marker (kept back)."""
    longest = 0
    for marker in markers:
        for size in range(min(len(marker) - 1, len(text)), 0, -1):
            if text.endswith(marker[:size]):
                longest = max(longest, size)
                break
    return longest


def _find_first(text: str, markers: tuple[str, ...]) -> tuple[int, str]:
    hits = [(text.find(m), m) for m in markers if m in text]
    return min(hits) if hits else (-1, "")


def name_from_kimi_id(call_id: str) -> str:
    """`functions.search_code:0` -> `search_code`."""
    body = call_id.split(".", 1)[1] if call_id.startswith("functions.") else call_id
    return body.rsplit(":", 1)[0]


class ChunkParser:
    def __init__(self, thinking: bool) -> None:
        self.thinking = thinking
        self.raw_reasoning = thinking  # content is reasoning until </think>, unless a field shows up
        self.saw_reasoning_field = False
        self.saw_content = False
        self.saw_think_close = False
        self.pending = ""
        self.reasoning_pending = ""  # a marker split across reasoning deltas is held back
        self.ticks = {"reasoning": 0, "content": 0}  # backticks so far: inside code, markers are text
        self.in_section = False
        self.section = ""
        self.calls: dict[int, dict[str, str]] = {}
        self.raw_calls = 0
        self.finish_reason: str | None = None
        self.usage_seen = False
        self.timings: dict[str, Any] | None = None

    # -- public ---------------------------------------------------------------------------------
    def feed(self, chunk: dict[str, Any]) -> list[Event]:
        events: list[Event] = []
        if chunk.get("usage"):
            events.append(self._usage(chunk["usage"]))
        if chunk.get("timings"):
            self.timings = chunk["timings"]
        for choice in chunk.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            if choice.get("usage"):
                events.append(self._usage(choice["usage"]))
            delta = choice.get("delta") or {}
            events.extend(self._delta(delta))
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return events

    def finish(self, complete: bool = True) -> list[Event]:
        """Flush what is held back. `complete`: the stream ended normally (not cut off)."""
        events: list[Event] = []
        if self.reasoning_pending:
            text, self.reasoning_pending = self.reasoning_pending, ""
            events.extend(self._reasoning(text, final=True))
        if self.pending:
            text, self.pending = self.pending, ""
            events.extend(self._emit(text))
        if self.in_section:
            events.extend(self._close_section(self.section))
        ended_early = not complete or self.finish_reason in ("length", "content_filter")
        if self.raw_reasoning and not self.saw_reasoning_field and not self.saw_think_close and not ended_early:
            # Thinking was asked for but a finished answer never closed a think block: it was the answer.
            events.append(Reclassified(target="content"))
        for index in sorted(self.calls):
            call = self.calls[index]
            call_id = call["id"] or f"functions.{call['name']}:{index}"
            events.append(ToolCallReady(index=index, id=call_id, name=call["name"], arguments=call["args"]))
        if not self.usage_seen and self.timings:
            events.append(
                # (llama-server, tools/server/server-common.cpp: timings.prompt_n counts the prompt tokens it
                # processed, cache_n those it reused from its cache; usage.prompt_tokens is both)
                Usage(
                    prompt_tokens=_whole(self.timings.get("prompt_n")) + _whole(self.timings.get("cache_n")),
                    completion_tokens=self.timings.get("predicted_n"),
                    cached_tokens=self.timings.get("cache_n"),
                )
            )
        return events

    @property
    def tool_call_count(self) -> int:
        return len(self.calls)

    # -- pieces ---------------------------------------------------------------------------------
    def _usage(self, usage: dict[str, Any]) -> Usage:
        self.usage_seen = True
        cached = usage.get("cached_tokens")
        if cached is None:
            cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens")
        return Usage(
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
            cached_tokens=cached,
        )

    def _delta(self, delta: dict[str, Any]) -> list[Event]:
        events: list[Event] = []
        reasoning = delta.get("reasoning") or delta.get("reasoning_content")
        if reasoning:
            self.saw_reasoning_field = True
            self.raw_reasoning = False
            events.extend(self._reasoning(reasoning))
        if delta.get("content"):
            events.extend(self._content(delta["content"]))
        for call in delta.get("tool_calls") or []:
            events.extend(self._tool_delta(call))
        return events

    def _reasoning(self, text: str, final: bool = False) -> list[Event]:
        """The reasoning field: a tool-call section leaked into it is parsed as calls (and ends the reasoning),
        stray markers are dropped."""
        if self.in_section:
            return self._section_text(text)
        buffer, self.reasoning_pending = self.reasoning_pending + text, ""
        hold = 0 if final else _held_suffix(buffer, SECTION_BEGIN + STRAY)
        ready, self.reasoning_pending = buffer[: len(buffer) - hold], buffer[len(buffer) - hold:]
        at, marker = _find_first(ready, SECTION_BEGIN)
        if at < 0:
            kept = self._scrub(ready, "reasoning")
            return [ReasoningDelta(kept)] if kept else []
        kept = self._scrub(ready[:at], "reasoning")
        events: list[Event] = [ReasoningDelta(kept)] if kept else []
        self.in_section = True
        rest, self.reasoning_pending = ready[at + len(marker):] + self.reasoning_pending, ""
        return events + self._section_text(rest)

    def _tool_delta(self, call: dict[str, Any]) -> list[Event]:
        index = call.get("index", len(self.calls))
        function = call.get("function") or {}
        entry = self.calls.get(index)
        events: list[Event] = []
        if entry is None:
            entry = self.calls[index] = {"id": call.get("id") or "", "name": function.get("name") or "", "args": ""}
            events.append(ToolCallStarted(index=index, id=entry["id"], name=entry["name"]))
        else:
            entry["id"] = entry["id"] or call.get("id") or ""
            entry["name"] = entry["name"] or function.get("name") or ""
        if function.get("arguments"):
            entry["args"] += function["arguments"]
            events.append(ToolCallArgsDelta(index=index, text=function["arguments"]))
        return events

    def _content(self, text: str) -> list[Event]:
        if self.in_section:
            return self._section_text(text)
        buffer, self.pending = self.pending + text, ""
        hold = _held_suffix(buffer, self._markers())
        held = buffer[len(buffer) - hold:] if hold else ""
        events = self._emit(buffer[: len(buffer) - hold])
        if self.in_section:  # the held-back piece belongs to the section that just opened
            return events + (self._section_text(held) if held else [])
        self.pending = held
        return events

    def _markers(self) -> tuple[str, ...]:
        markers = SECTION_BEGIN + STRAY
        if self._think_fallback:
            markers += (THINK_CLOSE,)
            if not self.saw_content:
                markers += (THINK_OPEN,)
        return markers

    @property
    def _think_fallback(self) -> bool:
        """Look for <think> markers only while no reasoning field has shown up and none was closed."""
        return not self.saw_reasoning_field and not self.saw_think_close

    def _emit(self, text: str) -> list[Event]:
        events: list[Event] = []
        if self._think_fallback and not self.saw_content and text.lstrip().startswith(THINK_OPEN):
            text = text.lstrip()[len(THINK_OPEN):]
            self.raw_reasoning = True
        if text:
            self.saw_content = True
        at, marker = _find_first(text, SECTION_BEGIN)
        close = text.find(THINK_CLOSE) if self._think_fallback else -1
        if close >= 0 and (at < 0 or close < at):
            events.extend(self._emit_closing_think(text[:close]))
            return events + self._emit(text[close + len(THINK_CLOSE):].lstrip("\n"))
        if at >= 0:
            events.extend(self._plain(text[:at]))
            self.raw_reasoning = False  # reasoning ends implicitly where the tool section starts
            self.in_section = True
            return events + self._section_text(text[at + len(marker):])
        return self._plain(text)

    def _emit_closing_think(self, before: str) -> list[Event]:
        self.saw_think_close = True
        if self.raw_reasoning:
            self.raw_reasoning = False
            return [ReasoningDelta(before)] if before else []
        # `</think>` without an opening: everything so far was reasoning.
        events: list[Event] = [TextDelta(before)] if before else []
        return events + [Reclassified(target="reasoning")]

    def _scrub(self, text: str, stream: str) -> str:
        text, self.ticks[stream] = _clean(text, self.ticks[stream])
        return text

    def _plain(self, text: str) -> list[Event]:
        text = self._scrub(text, "reasoning" if self.raw_reasoning else "content")
        if not text:
            return []
        return [ReasoningDelta(text)] if self.raw_reasoning else [TextDelta(text)]

    def _section_text(self, text: str) -> list[Event]:
        self.section += text
        at, marker = _find_first(self.section, SECTION_END)
        if at < 0:
            return []
        body, rest = self.section[:at], self.section[at + len(marker):]
        events = self._close_section(body)
        return events + (self._emit(rest) if rest else [])

    def _close_section(self, body: str) -> list[Event]:
        self.in_section = False
        self.section = ""
        events: list[Event] = []
        for match in RAW_CALL.finditer(body):
            index = len(self.calls)
            call_id = match.group("id").strip()
            self.calls[index] = {"id": call_id, "name": name_from_kimi_id(call_id), "args": match.group("args").strip()}
            events.append(ToolCallStarted(index=index, id=call_id, name=self.calls[index]["name"]))
            self.raw_calls += 1
        events.append(notice("raw_tool_markup"))
        return events


def _whole(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0

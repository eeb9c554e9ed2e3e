"""Moonshot's builtin web search, offered as a tool of the conversation on Moonshot backends.

How it works (https://platform.moonshot.ai/docs/guide/use-web-search, "Use Kimi API's Internet Search
Functionality"): the request declares `{"type": "builtin_function", "function": {"name": "$web_search"}}`;
the model answers with a `$web_search` tool call (finish_reason "tool_calls") whose arguments the client
sends back unchanged as the tool message's content; Moonshot's server then searches and the model answers
from the results (they count as prompt tokens). Each search is billed per call
(https://platform.moonshot.ai/docs/pricing/tools). The builtin tool does not work with kimi-k2.5's thinking
mode ("temporarily incompatible", https://platform.moonshot.ai/docs/guide/kimi-k2-5-quickstart): there it is
offered in Instant mode only (Thinking is what the user chose; the tool picker says so).
"""

from __future__ import annotations

from typing import Any

from kimi_ui.messages import Message, with_instruction
from kimi_ui.tools.registry import WEB_SEARCH, Tool

# Moonshot's answer text is the only place sources appear (the API returns no citation field): ask for links.
CITE = ("When you use web search, cite the pages you used as Markdown links, [title](url), next to what "
        "each supports.")


async def _never(arguments: dict) -> str:  # the runner echoes the call's arguments (tools/runner.py)
    raise AssertionError("$web_search runs on Moonshot's server")


def web_search_tool(on_by_default: bool) -> Tool:
    return Tool(name=WEB_SEARCH, description="Search the web (Moonshot's own search, billed per search).",
                parameters={}, run=_never, source="moonshot", default_enabled=on_by_default, builtin=True,
                kinds=("moonshot",), billed=True)


def search_restricts_thinking(model: str) -> bool:
    """kimi-k2.5 cannot search while it thinks (Moonshot's K2.5 quickstart, "Tool Use Compatibility")."""
    return model.startswith("kimi-k2.5")


def with_web_search(specs: list[dict[str, Any]], history: list[Message], *, thinking: bool,
                    model: str) -> tuple[list[dict[str, Any]], list[Message]]:
    """The tools to offer and the history to send where web search is among the chat's tools: not offered while
    kimi-k2.5 thinks (Thinking is what the user chose), and the model asked to link what it used."""
    if thinking and search_restricts_thinking(model):
        specs = [spec for spec in specs if spec["function"]["name"] != WEB_SEARCH]
    if any(spec["function"]["name"] == WEB_SEARCH for spec in specs):
        history = with_instruction(history, CITE)
    return specs, history

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

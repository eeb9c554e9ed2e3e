"""Tool registry: name -> JSON schema + async callable. Pure asyncio; no gradio, no openai."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # keeps Kimi's `functions.NAME:IDX` ids valid
WEB_SEARCH = "$web_search"  # Moonshot's builtin function: its server searches, the client echoes the call


class ToolError(Exception):
    """A failure the model should read (bad arguments, path outside the workspace, server down...)."""


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: dict[str, Any]  # JSON schema of the arguments object
    run: Callable[[dict[str, Any]], Awaitable[str]]
    source: str = "builtin"  # "builtin" or "mcp:<server>"
    default_enabled: bool = False
    timeout: float = 30.0
    reads_workspace: bool = False  # reads the server's workspace folder: not for anonymous demo visitors
    builtin: bool = False  # the server runs it (Moonshot's builtin_function): the call's arguments go back as is
    kinds: tuple[str, ...] | None = None  # the backend kinds that offer it (None: every kind that calls tools)
    billed: bool = False  # each call costs the backend's account: not for anonymous demo visitors by default

    def spec(self) -> dict[str, Any]:
        """The OpenAI `tools` entry."""
        if self.builtin:
            return {"type": "builtin_function", "function": {"name": self.name}}
        return {"type": "function", "function": {"name": self.name, "description": self.description,
                                                  "parameters": self.parameters}}


@dataclass
class Registry:
    _tools: dict[str, Tool] = field(default_factory=dict)

    def add(self, tool: Tool) -> None:
        if not NAME_PATTERN.match(tool.name.removeprefix("$") if tool.builtin else tool.name):
            raise ValueError(f"tool name {tool.name!r} must match {NAME_PATTERN.pattern}")
        self._tools[tool.name] = tool

    def remove_source(self, source: str) -> None:
        for name in [n for n, t in self._tools.items() if t.source == source]:
            del self._tools[name]

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def all(self) -> list[Tool]:
        return list(self._tools.values())

    def defaults(self) -> list[str]:
        return [t.name for t in self._tools.values() if t.default_enabled]

    def specs(self, names: list[str], kind: str | None = None) -> list[dict[str, Any]]:
        """The `tools` entries of those named, for a backend of `kind` (None: any)."""
        tools = [self._tools[n] for n in names if n in self._tools]
        return [t.spec() for t in tools if kind is None or t.kinds is None or kind in t.kinds]

"""The simulator's side of Swarm mode (kimi_ui/swarm.py): `#sim swarm=N` in the user's message makes the model,
offered `start_agents`, call it with N tasks, in the dialect's own tool-call format like any call; once the
results are back it writes the usual report (which quotes them). Each task carries `#sim` directives and `call`
lines of its own, so each sub-agent's requests, which the simulator answers like any other, do what the test
or the demo asked for:

- `swarm_calls=K` tool rounds per agent (default 1), calling `swarm_tool=NAME` (default calculator);
- `swarm_tokens=T` the length of each agent's final answer, `swarm_think=T` of its reasoning in every round,
  `swarm_rate=R` its tokens a second;
- `swarm_fail=I,J` agents whose requests fail (`#sim status=500`), `swarm_nest=I` agents that try to start agents
  themselves;
- `swarm_waves=W` the orchestrator starts a new wave of N after each wave's results, W waves in all.
"""

from __future__ import annotations

import json
from typing import Any

START_AGENTS = "start_agents"


def _numbers(value: str | None) -> set[int]:
    return {int(n) for n in (value or "").split(",") if n.strip().isdigit()}


def _int(options: dict[str, str], key: str, default: int) -> int:
    value = options.get(key, "")
    return int(value) if value.isdigit() else default


def task_text(options: dict[str, str], number: int, question: str = "") -> str:
    """Agent `number`'s task: what it is asked (with the user's question as its context), and the directives
    that make its requests do it."""
    tool = options.get("swarm_tool") or "calculator"
    asked = " ".join(question.split())[:200]
    lines = [f"Look into part {number} of the question and report what you find."
             + (f" The question: {asked}" if asked else "")]
    for round_ in range(_int(options, "swarm_calls", 1)):
        arguments = {"expression": f"{number}*{round_ + 7}"} if tool == "calculator" else {}
        lines.append(f"call {tool} {json.dumps(arguments)}")
    if number in _numbers(options.get("swarm_nest")):
        lines.append('call start_agents {"agents": [{"title": "nested", "task": "a sub-agent of a sub-agent"}]}')
    directives = [f"{key}={options[name]}" for key, name in (("tokens", "swarm_tokens"), ("think", "swarm_think"),
                                                             ("rate", "swarm_rate")) if options.get(name)]
    if number in _numbers(options.get("swarm_fail")):
        directives.append("status=500")
    if directives:
        lines.append("#sim " + " ".join(directives))
    return "\n".join(lines)


def swarm_call(options: dict[str, str], body: dict, rounds_done: int, question: str = "") -> str | None:
    """The arguments of the start_agents call to make now, or None (no swarm asked, not offered, or done)."""
    count = _int(options, "swarm", 0)
    offered = any(isinstance(t, dict) and (t.get("function") or {}).get("name") == START_AGENTS
                  for t in body.get("tools") or [])
    if not count or not offered or rounds_done >= _int(options, "swarm_waves", 1):
        return None
    first = rounds_done * count
    agents: list[dict[str, Any]] = [{"title": f"Part {first + n} of the question", "task": task_text(options, first + n, question)}
                                    for n in range(1, count + 1)]
    return json.dumps({"agents": agents}, ensure_ascii=False)

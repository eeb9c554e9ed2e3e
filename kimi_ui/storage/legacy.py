"""Answers stored before the round model (migration 0008, and exports made before it): their text,
reasoning and flat tool-call list become rounds.

The old rows kept every round's reasoning joined in `reasoning` and each tool round's own part on its first
call; text written before a tool call was glued to the final text, so it cannot be put back where it was
said and stays in the last round."""

from __future__ import annotations

from typing import Any

CALL_KEYS = ("id", "name", "arguments", "result", "result_truncated", "duration_ms", "status", "started_at")


def _call(old: dict[str, Any]) -> dict[str, Any]:
    call = {key: old.get(key) for key in CALL_KEYS}
    call["id"], call["name"] = str(call["id"] or ""), str(call["name"] or "")
    call["arguments"] = call["arguments"] or ""
    call["result_truncated"] = bool(call["result_truncated"])
    call["status"] = call["status"] or "done"
    return call


def legacy_rounds(content: str, reasoning: str, reasoning_seconds: float | None,
                  tool_calls: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    calls = [c for c in tool_calls or [] if isinstance(c, dict)]
    rounds: list[dict[str, Any]] = []
    rest = (reasoning or "").strip("\n")
    for number in sorted({c.get("round") or 0 for c in calls}):
        group = [c for c in calls if (c.get("round") or 0) == number]
        thought = next((c["reasoning"] for c in group if c.get("reasoning")), "") or ""
        if thought and rest.startswith(thought):  # the round's part, at the head of the joined reasoning
            rest = rest[len(thought):].strip("\n")
        rounds.append({"reasoning": thought, "reasoning_seconds": None, "content": "",
                       "calls": [_call(c) for c in group]})
    final = {"reasoning": rest if calls else (reasoning or ""), "content": content or "", "calls": [],
             "reasoning_seconds": reasoning_seconds if not calls or rest else None}
    if final["reasoning"] or final["content"] or not rounds:
        rounds.append(final)
    return rounds

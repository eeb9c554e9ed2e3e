"""Parse an import file as a stream (ijson over yajl's C parser), counting objects and lists as they open.

json.loads builds the whole document before anyone can look at it: a 30 MB file of `[{},{},…]` is ten
million dicts (~400 MB) before the first check. Here the count stops the parse at the first container over
the limit, and the elements of chosen lists (a ChatGPT export's conversations) can be handed on one at a
time as they complete, so only what the caller keeps of each stays in memory."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

import ijson

_OPENERS = {"start_map": dict, "start_array": list}
_CLOSERS = {"end_map", "end_array"}
BOM = b"\xef\xbb\xbf"


class NotJson(ValueError):
    """The bytes are not one JSON document."""


class TooManyItems(ValueError):
    """More objects and lists than allowed; `count` is where the parse stopped."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"more than {limit:,} JSON objects and lists")
        self.count, self.limit = count, limit


def _prefix(stack: list[Any], keys: list[Any]) -> str:
    """ijson's name of the place a value is added now: "item" for a list element, the key in an object."""
    return ".".join("item" if isinstance(container, list) else str(key) for container, key in zip(stack, keys))


def load(stream: IO[bytes], *, max_items: int, each: dict[str, Callable[[Any], Any]] | None = None) -> Any:
    """The document in `stream` (binary, seekable, UTF-8). `each` maps the ijson prefix of a list ("" is the top
    level, "conversations" the top object's key) to a function that every element of that list is passed
    to as soon as it is complete; its result is kept instead. Raises NotJson or TooManyItems; the function's
    exceptions pass through (the parse stops there too)."""
    each = each or {}
    if stream.read(3) != BOM:  # a byte order mark some editors write is not part of the JSON
        stream.seek(0)
    stack: list[Any] = []  # open containers, outermost first
    keys: list[Any] = []  # per open container: the key the next value gets (objects) or None
    count = 0
    done, document = False, None
    try:
        for event, value in ijson.basic_parse(stream, use_float=True):
            if event == "map_key":
                keys[-1] = value
                continue
            if event in _OPENERS:
                count += 1
                if count > max_items:
                    raise TooManyItems(count, max_items)
                stack.append(_OPENERS[event]())
                keys.append(None)
                continue
            if event in _CLOSERS:
                value = stack.pop()
                keys.pop()
            if not stack:  # the parse goes on to the end: anything after the document is an error
                done, document = True, value
                continue
            parent = stack[-1]
            if isinstance(parent, list):
                handler = each.get(_prefix(stack[:-1], keys[:-1])) if each and len(stack) <= 2 else None
                parent.append(handler(value) if handler else value)
            else:
                parent[keys[-1]] = value
    except ijson.JSONError as problem:
        raise NotJson(_plain(problem)) from None
    if not done:
        raise NotJson("the file is empty")
    return document


def _plain(problem: Exception) -> str:
    """yajl's message, first line (the rest quotes the file)."""
    text = problem.args[0] if problem.args else ""
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return (text.strip().splitlines() or [type(problem).__name__])[0][:200]

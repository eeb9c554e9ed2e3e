"""Addresses of conversations (`<root>/c/<id>`) and where a login may send the user back to. No gradio:
the login routes use it too."""

from __future__ import annotations

import re

# One path segment of our own addresses: letters, digits, `_~-` and inner dots; never "." or "..".
SEGMENT = re.compile(r"[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*")
MAX_ADDRESS = 512
MAX_ID = 64  # ids are 32 hex digits; anything longer is looked up cut short, and found nowhere
LEGACY = "kimi:open:"  # the old in-page links, `/#kimi:open:<id>`


def home(root_path: str) -> str:
    return f"{root_path.rstrip('/')}/"


def conversation_path(root_path: str, conversation_id: str | None) -> str:
    """`<root>/c/<id>`, or the root for a new chat."""
    return f"{home(root_path)}c/{conversation_id}" if conversation_id else home(root_path)


def requested_conversation(address: str | None, root_path: str) -> str | None:
    """The conversation an address of the page names (`<root>/c/<id>`, or the old `#kimi:open:<id>`),
    None when it names none. The id is not checked here: a malformed one is looked up like any other
    and found nowhere, so that every id that does not open takes the same path."""
    address = str(address or "")[:MAX_ADDRESS]
    path, _, fragment = address.partition("#")
    if fragment.startswith(LEGACY):
        return fragment[len(LEGACY):][:MAX_ID]
    path = path.partition("?")[0]
    prefix = f"{home(root_path)}c/"
    if not path.startswith(prefix):
        return None
    return path[len(prefix):].rstrip("/")[:MAX_ID]


def safe_next(value: str | None, root_path: str) -> str:
    """Where to go after logging in: `value` when it is a plain path of this app (under the root path,
    segments of SEGMENT only: no `//host`, scheme, backslash, percent-encoding, dot segment, query or
    control character), else the root."""
    start = home(root_path)
    if not isinstance(value, str) or len(value) > MAX_ADDRESS or not value.startswith(start):
        return start
    *inner, last = value[len(start):].split("/")
    if all(SEGMENT.fullmatch(s) for s in inner) and (last == "" or SEGMENT.fullmatch(last)):
        return value
    return start

"""Checks of what a caller sends: uploads (only the caller's own, recorded when Gradio's upload route
answered them: kimi_ui/owners.py), the advanced fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr
from gradio.utils import get_upload_folder

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.i18n import text
from kimi_ui.owners import Uploads


class InputProblem(ValueError):
    """Input the turn cannot take: a catalog code with its parameters (kimi_ui/i18n). A parameter named
    `label` is itself a catalog key. str() is the English words (the script API's message)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def words(self, lang: str = "en") -> str:
        params = dict(self.params)
        if "label" in params:
            params["label"] = text(params["label"], lang)
        return text(self.code, lang, **params)

    def __str__(self) -> str:
        return self.words()


def upload_folder() -> Path:
    """Where Gradio's upload route writes files (the web guard serves only their uploaders from it)."""
    return Path(get_upload_folder()).resolve()


MAX_FILES = 32  # per message: more is no screenshot question, and each is read, checked and stored


def uploaded_files(files: list[Any] | None, uploads: Uploads, user: str | None) -> tuple[tuple[str, str], ...]:
    """Upload paths with the user's file names. A handler can be called with anything, so only the exact
    paths the upload route gave this caller are taken (the web guard already refuses others; this holds
    even where a request reaches a handler some other way, or Gradio copies a file it was pointed at)."""
    out: dict[str, str] = {}  # one upload named twice is one file (not two copies, two attachments)
    for item in files or []:
        path = item.get("path") if isinstance(item, dict) else str(item)
        name = (item.get("orig_name") if isinstance(item, dict) else None) or Path(str(path)).name
        if not isinstance(path, str) or not user or not uploads.usable(user, path):
            raise InputProblem("input.not_uploaded", name=str(name))
        out.setdefault(path, str(name))
        if len(out) > MAX_FILES:
            raise InputProblem("input.too_many_files", limit=MAX_FILES)
    return tuple(out.items())


def limit_key_of(username: str | None, host: str | None) -> str | None:
    """Open-demo visitors are limited per IP address (a new browser is a new identity); users per account."""
    return f"ip:{host}" if (username or "").startswith(RESERVED_PREFIX) and host else None


def optional_number(value: Any, label: str, low: float, high: float) -> float | None:
    """Advanced settings are text fields: empty means "the recommended default"."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # a decimal comma, as German writes 0,6
    try:
        number = float(text)
    except ValueError:
        raise InputProblem("input.not_a_number", label=label, value=text[:40]) from None
    if not low <= number <= high:
        raise InputProblem("input.out_of_range", label=label, low=low, high=high)
    return number


def advanced_options(max_tokens: Any, temperature: Any, top_p: Any, min_p: Any) -> tuple[int | None, dict | None]:
    budget = optional_number(max_tokens, "settings.max_tokens", 1, 1_000_000)
    if budget is not None and not budget.is_integer():
        raise InputProblem("input.whole_number", label="settings.max_tokens")
    values = {
        "temperature": optional_number(temperature, "settings.temperature", 0, 2),
        "top_p": optional_number(top_p, "settings.top_p", 0.01, 1),
        "min_p": optional_number(min_p, "settings.min_p", 0, 1),
    }
    sampling = {k: v for k, v in values.items() if v is not None}
    return (int(budget) if budget else None), (sampling or None)


def discard_uploads(files: tuple[tuple[str, str], ...], uploads: Uploads, user: str | None) -> None:
    """Gradio's upload cache is shared by all users: once a turn has stored its own copies, drop these
    (unless someone else uploaded the same bytes and has not sent them yet)."""
    for path, _ in files:
        if uploads.release(user or "", path):
            Path(path).unlink(missing_ok=True)


MAX_ACTION = 20_000  # a bulk action names up to 500 chats of 32 characters


class PageAction(gr.EventData):
    """A click event's {"action": "..."} (the list's `#kimi:` links, the queue box's buttons), read in the
    constructor as Gradio's own typed event data is: a call may send any data, or none."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        action = data.get("action") if isinstance(data, dict) else None
        self.action = action[:MAX_ACTION] if isinstance(action, str) else ""
        n = data.get("n") if isinstance(data, dict) else None  # the list's numbering of its actions (LINK_BRIDGE)
        self.n = n if isinstance(n, int) and not isinstance(n, bool) and 0 < n < 2**31 else None

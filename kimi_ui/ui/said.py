"""A stored notice or error (Answer.notice_dicts(), Answer.error_dict()) in the reader's language."""

from __future__ import annotations

from typing import Any

from kimi_ui.events import words


def said(entry: dict[str, Any], lang: str) -> tuple[str, str]:
    """(message, hint) of a notice or error dict in `lang`: its code and params said from the catalog, else
    (a row from before codes had words, a backend's own text, a code the catalog does not know) the English
    words it was stored with. An error dict has a "hint"; a notice dict has none."""
    message, hint = str(entry.get("message") or ""), str(entry.get("hint") or "")
    params = entry.get("params")
    if lang == "en":
        return message, hint
    params = params if isinstance(params, dict) else {}  # an old row: words without params can still be said
    try:
        found = words("error" if "hint" in entry else "notice", str(entry.get("code") or ""), params, lang)
    except (TypeError, ValueError, AttributeError, OverflowError):  # an imported row's params can be anything
        found = None
    return found if found is not None else (message, hint)

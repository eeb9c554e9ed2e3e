"""Words for people, in their language. One catalog per language (en.json, de.json beside this file):
flat keys, `{name}` parameters, and plural forms as `key.one` / `key.other` chosen by the parameter
`count`. Services report codes with parameters (e.g. FolderProblem("folder.too_many", limit=200));
ui/ and the login page turn them into words with `text(code, lang, **params)`.

The language: the user's setting, else the browser's Accept-Language, else English. Numbers and dates
follow the language too (German: 1.234,5 and 3.12.2026)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "de")
DEFAULT = "en"
NAMES = {"en": "English", "de": "Deutsch"}
HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[str, str]:
    return json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))


def language(choice: str | None = None, accept_language: str | None = None) -> str:
    """The user's choice if it is one we have, else the first of the browser's we have, else English."""
    if choice in LANGUAGES:
        return choice
    for lang, _ in _ranked(accept_language or ""):
        base = lang.split("-")[0]
        if base in LANGUAGES:
            return base
        if lang == "*":
            break
    return DEFAULT


def _ranked(header: str) -> list[tuple[str, float]]:
    ranked = []
    for part in header.split(",")[:20]:
        name, _, rest = part.strip().partition(";")
        weight = 1.0
        match = re.search(r"q=([0-9.]+)", rest)
        if match:
            try:
                weight = float(match.group(1))
            except ValueError:
                weight = 0.0
        if name and weight > 0:
            ranked.append((name.lower(), weight))
    return sorted(ranked, key=lambda item: -item[1])


def text(key: str, lang: str = DEFAULT, **params: Any) -> str:
    """The words for `key` in `lang` (English when that catalog lacks it; the key itself when both do, so a
    missing entry shows rather than breaking a page: a test keeps the catalogs complete)."""
    words = _lookup(key, lang, params.get("count"))
    if not params:
        return words
    shown = {name: _shown(value, lang) for name, value in params.items()}
    try:
        return words.format_map(shown)
    except (KeyError, IndexError, ValueError):
        return words


def _lookup(key: str, lang: str, count: Any) -> str:
    keys = [key]
    if isinstance(count, int):
        keys.insert(0, f"{key}.{'one' if count == 1 else 'other'}")
    for source in (catalog(lang if lang in LANGUAGES else DEFAULT), catalog(DEFAULT)):
        for candidate in keys:
            if candidate in source:
                return source[candidate]
    return key


def _shown(value: Any, lang: str) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return number(value, lang)
    if isinstance(value, (date, datetime)):
        return day(value, lang)
    return value


def number(value: float, lang: str = DEFAULT, digits: int | None = None) -> str:
    """1,234.5 in English, 1.234,5 in German; integers without decimals unless digits says."""
    if digits is None:
        digits = 0 if float(value).is_integer() else 1
    shown = f"{value:,.{digits}f}"
    if lang == "de":
        shown = shown.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return shown


def day(value: date | datetime, lang: str = DEFAULT) -> str:
    """2026-12-03 in English (unambiguous), 3.12.2026 in German."""
    if lang == "de":
        return f"{value.day}.{value.month}.{value.year}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def texts(prefix: str, lang: str) -> dict[str, str]:
    """Every entry whose key starts with `prefix` (for a page script that needs its words), English filling gaps."""
    merged = {k: v for k, v in catalog(DEFAULT).items() if k.startswith(prefix)}
    merged.update({k: v for k, v in catalog(lang if lang in LANGUAGES else DEFAULT).items() if k.startswith(prefix)})
    return merged

"""The catalogs (kimi_ui/i18n): every English entry has a German one with the same parameters, every key the
code names exists, German reads in one form of address, and language, numbers and dates follow the user."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kimi_ui.i18n import catalog, day, language, number, text

ROOT = Path(__file__).resolve().parents[2]
PARAM = re.compile(r"{(\w+)}")
# Where keys are named: the UI and the services that report codes.
SPEAKING = ["kimi_ui/ui", "kimi_ui/folders.py", "kimi_ui/preferences.py", "kimi_ui/login.py", "kimi_ui/web_auth.py",
            "kimi_ui/auth.py", "kimi_ui/users_cli.py", "kimi_ui/events.py", "kimi_ui/engine.py", "kimi_ui/turns.py",
            "kimi_ui/jobs.py", "kimi_ui/limits.py", "kimi_ui/backends", "kimi_ui/media", "kimi_ui/uploads.py",
            "kimi_ui/queued.py", "kimi_ui/storage/importing.py", "kimi_ui/storage/chatgpt.py", "kimi_ui/conversations.py"]
# How services name a code whose words are `<section>.<code>` (or its variants `<section>.<code>.<variant>`).
CODE = re.compile(r"""\b(error|failed|Refused|notice|MediaError|AccountError)\(\s*["']([a-z_]+)["']""")
SECTION = {"error": "error", "failed": "error", "Refused": "error", "notice": "notice", "MediaError": "media",
           "AccountError": "account"}


def spoken_files() -> list[Path]:
    return [path for place in SPEAKING
            for path in ([ROOT / place] if place.endswith(".py") else (ROOT / place).rglob("*.py")) if path.exists()]


def test_every_english_entry_has_a_german_one_with_the_same_parameters():
    english, german = catalog("en"), catalog("de")
    assert set(english) == set(german), sorted(set(english) ^ set(german))
    for key, words in english.items():
        assert set(PARAM.findall(words)) == set(PARAM.findall(german[key])), key
        assert german[key].strip(), key


def test_every_key_the_code_names_is_in_the_catalog():
    """Any string literal shaped like a key of one of the catalog's sections ("folder.missing")."""
    english = catalog("en")
    sections = sorted({key.split(".")[0] for key in english})
    named_key = re.compile(r"""["'](?:%s)\.[a-z_]+(?:\.[a-z_]+)*["']""" % "|".join(sections))
    named = set()
    for path in spoken_files():
        named |= {found[1:-1] for found in named_key.findall(path.read_text(encoding="utf-8"))}
    assert {"folder.missing", "list.today", "menu.rename"} <= named, "the pattern finds the keys"
    plain = {key.rsplit(".", 1)[0] if key.endswith((".one", ".other")) else key for key in english}
    files = (".js", ".css", ".py", ".json", ".png", ".svg", ".html")  # "settings.js" names a file, not words
    events = {"media.progress"}  # an event's type (kimi_ui/events.py), not words
    missing = sorted(k for k in named - events if k not in english and k not in plain and not k.endswith(files))
    assert not missing, missing


def test_every_code_a_service_reports_has_words():
    """error("busy"), notice("round_limit"), MediaError("empty", ...): `error.busy`, `notice.round_limit.one`,
    `media.empty` (or, for a code said only in variants, `error.rate_limited.streams`...) are in the catalog."""
    english = catalog("en")
    codes = set()
    for path in spoken_files():
        codes |= {(SECTION[kind], code) for kind, code in CODE.findall(path.read_text(encoding="utf-8"))}
    assert {("error", "busy"), ("notice", "round_limit"), ("media", "empty")} <= codes, "the pattern finds the codes"
    missing = sorted(f"{section}.{code}" for section, code in codes
                     if not any(key == f"{section}.{code}" or key.startswith(f"{section}.{code}.") for key in english))
    assert not missing, missing


def test_plural_entries_come_in_pairs():
    for lang in ("en", "de"):
        keys = set(catalog(lang))
        for key in keys:
            if key.endswith(".one"):
                assert key[:-4] + ".other" in keys, (lang, key)


def test_german_speaks_to_the_user_in_one_form():
    formal = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
    for key, words in catalog("de").items():
        assert not formal.search(words), (key, words)  # du throughout, as the chat answers in the guide


def test_the_language_is_the_users_choice_then_the_browsers_then_english():
    assert language("de", "en-US,en;q=0.9") == "de"
    assert language("", "de-AT,de;q=0.9,en;q=0.5") == "de"
    assert language(None, "fr-FR, en;q=0.4, de;q=0.6") == "de"
    assert language("", "fr-FR") == "en" and language("xx", None) == "en"


def test_numbers_dates_and_plurals_follow_the_language():
    assert number(1234567, "de") == "1.234.567" and number(1234.5, "en") == "1,234.5"
    assert number(0.25, "de", digits=2) == "0,25"
    assert day(date(2026, 12, 3), "de") == "3.12.2026" and day(date(2026, 12, 3), "en") == "2026-12-03"
    assert text("bulk.deleted", "de", count=1) == "1 Chat gelöscht."
    assert text("bulk.deleted", "de", count=1200) == "1.200 Chats gelöscht."
    assert text("bulk.deleted", "en", count=2) == "Deleted 2 chats."
    assert text("no.such.key", "de") == "no.such.key"

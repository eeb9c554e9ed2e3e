"""The pages an answer cites: its Markdown links and bare web addresses, numbered in the order they first
appear. Moonshot's web search returns no citation field (the model writes its sources into the text), so the
text is where they are. Only http(s) addresses count: the page links to them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_SOURCES = 20
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((https?://[^\s)]{1,2000})\)|(?<![\w/])(https?://[^\s<>()\[\]]{1,2000})")
_TRAILING = ".,;:!?'\""


def _plain(url: str) -> bool:
    """An address whose host the page shows is the one the browser goes to: ASCII without controls, no
    backslash (a browser reads it as "/"), no user part before the host ("https://evil@good" goes to good,
    "https://evil\\@good" to evil)."""
    if not url.isascii() or any(ord(c) < 33 or c == "\\" for c in url):
        return False
    return "@" not in urlsplit(url).netloc


def cited_pages(markdown: str) -> list[dict[str, str]]:
    pages: list[dict[str, str]] = []
    seen: set[str] = set()
    for match in _LINK.finditer(markdown or ""):
        title, url = (match.group(1), match.group(2)) if match.group(2) else ("", match.group(3).rstrip(_TRAILING))
        if not _plain(url) or url in seen:
            continue
        host = urlsplit(url).hostname or ""
        if not host:
            continue
        seen.add(url)
        pages.append({"n": str(len(pages) + 1), "title": (title or host).strip(), "url": url,
                      "host": host.removeprefix("www.")})
        if len(pages) == MAX_SOURCES:
            break
    return pages

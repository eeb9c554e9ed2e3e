"""Secrets out of everything a user or a log sees: one mechanism for the credentials of a URL
(`http://user:pw@host/v1`, `?api_key=...`) and for the configured keys, in whole texts (error messages,
log lines, exception text) and in streamed text whose chunks may cut a key anywhere (StreamRedactor).
Pure: no I/O, no third-party imports."""

from __future__ import annotations

import logging
import re
from typing import Iterable

MARK = "[redacted]"
MIN_SECRET = 8  # shorter "keys" (EMPTY, none, x) are placeholders: replacing them would garble every text

# scheme://userinfo@ : greedy up to the authority's last "@" (an unencoded "@" in a password stays hidden)
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^/\s?#@]*(?:@[^/\s?#@]*)*)@")
_QUERY_SECRET = re.compile(
    r"(?i)([?&;][a-z0-9_.-]*(?:key|token|secret|password|passwd|pwd|signature|sig|auth)[a-z0-9_.-]*=)[^&#\s\"']+")


def usable(secrets: Iterable[str | None] | None) -> tuple[str, ...]:
    """The secrets worth replacing, longest first (a key that contains another is replaced whole)."""
    kept = {s for s in secrets or () if s and len(s) >= MIN_SECRET}
    return tuple(sorted(kept, key=len, reverse=True))


def _userinfo(match: re.Match[str]) -> str:
    user, sep, _ = match.group(2).partition(":")
    shown = f"{user}:{MARK}" if sep and user else MARK  # a lone token before "@" is a credential itself
    return f"{match.group(1)}{shown}@"


def redact_url(url: str) -> str:
    """A URL as it may be shown or logged: the password (or a token used as user name) and secret-looking
    query values replaced."""
    return _QUERY_SECRET.sub(rf"\1{MARK}", _USERINFO.sub(_userinfo, url))


def replace_secrets(text: str, secrets: Iterable[str | None] | None) -> str:
    for secret in usable(secrets):
        text = text.replace(secret, MARK)
    return text


def redact(text: str, secrets: Iterable[str | None] | None = ()) -> str:
    """Any text for a user or a log: configured secrets, and the credentials of every URL in it."""
    return redact_url(replace_secrets(str(text), secrets))


def split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """(url without credentials, user, password), the latter two percent-decoded; (url, None, None) when
    it has none."""
    from urllib.parse import unquote

    scheme, sep, rest = url.partition("://")
    if not sep:
        return url, None, None
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, tail = rest[:cut], rest[cut:]
    if "@" not in authority:
        return url, None, None
    userinfo, host = authority.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    return f"{scheme}://{host}{tail}", unquote(user), unquote(password) if password else None


class StreamRedactor:
    """Replaces secrets in text that arrives in pieces. A piece's tail that could be the start of a secret
    is held back until the next piece shows whether it is (then it is replaced) or not (then it goes out):
    the pieces given out always join to replace_secrets(all the text), wherever the cuts fell."""

    def __init__(self, secrets: Iterable[str | None] | None) -> None:
        self.secrets = usable(secrets)
        self.held = ""

    def feed(self, text: str) -> str:
        if not self.secrets:
            return text
        buffer = replace_secrets(self.held + text, self.secrets)
        keep = self._open_prefix(buffer)
        self.held = buffer[len(buffer) - keep:] if keep else ""
        return buffer[: len(buffer) - keep]

    def finish(self) -> str:
        """The held tail: the text has ended, so it was not a secret."""
        text, self.held = self.held, ""
        return text

    def _open_prefix(self, buffer: str) -> int:
        """Length of the longest end of `buffer` that is a proper beginning of a secret."""
        longest = 0
        for secret in self.secrets:
            for size in range(min(len(secret) - 1, len(buffer)), longest, -1):
                if secret.startswith(buffer[-size:]):
                    longest = size
                    break
        return longest


class _LogFilter(logging.Filter):
    """HTTP client libraries log each request's URL ("HTTP Request: GET http://user:pw@host/..."): the
    URL's credentials go before the record reaches any handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is logging's problem, not ours
            return True
        cleaned = redact_url(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = _LogFilter()
HTTP_LOGGERS = ("httpx", "httpx2", "httpcore", "httpcore2", "openai", "openai._base_client", "mcp")


def guard_http_logs() -> None:
    """Attach the filter to the HTTP clients' loggers (idempotent). A logger's filter sees only its own
    records, so each logger that logs URLs is named."""
    for name in HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)

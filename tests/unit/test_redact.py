"""kimi_ui.redact and backends.redacting: URL credentials and configured keys out of every text, streamed
text cut anywhere included (pure: no server)."""

from __future__ import annotations

import logging

import pytest

from kimi_ui.backends.redacting import SecretFilter
from kimi_ui.events import (
    Notice,
    ReasoningDelta,
    Reclassified,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    ToolResult,
    Usage,
)
from kimi_ui.redact import MARK, StreamRedactor, redact, redact_url, replace_secrets, split_userinfo

KEY = "sk-live-0123456789abcdef"


@pytest.mark.parametrize("url, shown", [
    ("http://user:pw12345@host:8000/v1", f"http://user:{MARK}@host:8000/v1"),
    ("https://tok3nonly@host/v1", f"https://{MARK}@host/v1"),
    ("http://u:p@ss:w@rd@host/v1", f"http://u:{MARK}@host/v1"),  # an unencoded "@" in the password
    ("http://host:8000/v1?api_key=abc123&x=1", f"http://host:8000/v1?api_key={MARK}&x=1"),
    ("http://host/v1?x=1&access_token=zzz", f"http://host/v1?x=1&access_token={MARK}"),
    ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1"),
])
def test_redact_url_hides_passwords_and_secret_query_values(url, shown):
    assert redact_url(url) == shown


def test_redact_covers_urls_inside_text_and_keys_together():
    text = f"GET http://bob:hunter2hunter2@10.0.0.5/v1/models failed; key {KEY}; also ftp://a:b@c/x"
    cleaned = redact(text, [KEY])
    assert "hunter2" not in cleaned and KEY not in cleaned and ":b@" not in cleaned
    assert "bob:" in cleaned and "10.0.0.5/v1/models" in cleaned  # still says which server


def test_short_placeholder_keys_are_not_replaced():
    assert replace_secrets("EMPTY answer none", ["EMPTY", "none", "", None]) == "EMPTY answer none"


def test_split_userinfo_takes_the_credentials_out_of_the_url():
    assert split_userinfo("http://al%40ice:p%3Aw@host:8000/v1?q=1") == ("http://host:8000/v1?q=1", "al@ice", "p:w")
    assert split_userinfo("https://token@host/v1") == ("https://host/v1", "token", None)
    assert split_userinfo("http://host/v1/a@b") == ("http://host/v1/a@b", None, None)  # "@" in the path only


TEXTS = [
    f"before {KEY} after",
    f"{KEY}",
    f"{KEY}{KEY}",
    f"almost {KEY[:-1]} but not, then {KEY}.",
    f"sk-live- sk-live-0123 {KEY[:10]}{KEY}",
    "no secret here at all, sk-",
    f"ends with a prefix {KEY[:7]}",
]


def streamed(pieces: list[str], secrets: list[str]) -> tuple[str, list[str]]:
    redactor = StreamRedactor(secrets)
    out = [redactor.feed(p) for p in pieces] + [redactor.finish()]
    return "".join(out), out


@pytest.mark.parametrize("text", TEXTS)
def test_stream_redactor_equals_whole_text_redaction_at_every_pair_of_cuts(text):
    wanted = replace_secrets(text, [KEY])
    for first in range(len(text) + 1):
        for second in range(first, len(text) + 1):
            joined, _ = streamed([text[:first], text[first:second], text[second:]], [KEY])
            assert joined == wanted, (first, second)
    joined, pieces = streamed(list(text), [KEY])  # one character a chunk
    assert joined == wanted
    assert all(KEY not in piece for piece in pieces)


def test_stream_redactor_never_releases_a_piece_of_the_key():
    # Whatever is released before the key is complete contains no beginning of it.
    redactor = StreamRedactor([KEY])
    released = "".join(redactor.feed(c) for c in "x " + KEY[:12])
    assert released == "x "
    assert redactor.feed(KEY[12:] + " y") == MARK + " y"


def test_stream_redactor_with_two_keys_sharing_a_beginning():
    other = "sk-live-zzzzzzzzzzzz"
    text = f"{other} and {KEY} and sk-live-"
    for cut in range(len(text) + 1):
        joined, _ = streamed([text[:cut], text[cut:]], [KEY, other])
        assert joined == f"{MARK} and {MARK} and sk-live-", cut


def run_filter(events, secrets=(KEY,)):
    secret = SecretFilter(secrets)
    return secret.feed(events) + secret.finish()


def joined(events, kind, index=None):
    return "".join(e.text for e in events if type(e) is kind and (index is None or e.index == index))


@pytest.mark.parametrize("cut", range(1, len(KEY)))
def test_filter_redacts_a_key_split_across_answer_reasoning_and_tool_argument_chunks(cut):
    args = '{"q": "' + KEY + '"}'
    at = args.index(KEY) + cut
    events = [ReasoningDelta("I think " + KEY[:cut]), ReasoningDelta(KEY[cut:] + " is it"),
              TextDelta("The key is " + KEY[:cut]), TextDelta(KEY[cut:]),
              ToolCallStarted(index=0, id="functions.f:0", name="f"),
              ToolCallArgsDelta(index=0, text=args[:at]), ToolCallArgsDelta(index=0, text=args[at:]),
              ToolCallReady(index=0, id="functions.f:0", name="f", arguments=args)]
    out = run_filter(events)
    assert joined(out, ReasoningDelta) == f"I think {MARK} is it"
    assert joined(out, TextDelta) == f"The key is {MARK}"
    assert joined(out, ToolCallArgsDelta, 0) == '{"q": "' + MARK + '"}'
    assert [e.arguments for e in out if isinstance(e, ToolCallReady)] == ['{"q": "' + MARK + '"}']
    for event in out:  # no event carries a piece as long as the key's first half
        assert KEY[: len(KEY) // 2] not in repr(event)


def test_filter_releases_held_text_before_other_events_and_keeps_their_order():
    events = [TextDelta("answer sk-"), Reclassified(target="reasoning"), TextDelta("more"), Usage(1, 2)]
    out = run_filter(events)
    assert out == [TextDelta("answer "), TextDelta("sk-"), Reclassified(target="reasoning"), TextDelta("more"),
                   Usage(1, 2)]


def test_filter_redacts_tool_results_and_notices():
    secret = SecretFilter([KEY])
    result = ToolResult(id="functions.read_file:0", name="read_file", result=f"API_KEY={KEY}\n", duration_ms=1.0)
    assert secret.whole(result).result == f"API_KEY={MARK}\n"
    notice = Notice(code="x", message=f"server said {KEY} at http://u:pw123456@h/v1")
    assert KEY not in secret.whole(notice).message and "pw123456" not in secret.whole(notice).message


def test_filter_without_secrets_passes_events_through():
    events = [TextDelta("a"), TextDelta("sk-")]
    assert run_filter(events, secrets=()) == events


def test_http_client_logs_lose_url_credentials(caplog):
    # httpx (the MCP transport) and httpx2 (the SDK's) log every request's URL at INFO.
    from kimi_ui.redact import guard_http_logs

    guard_http_logs()
    for name in ("httpx", "httpx2"):  # per logger: an app started earlier in the run may have quietened them
        caplog.set_level(logging.INFO, logger=name)
        logging.getLogger(name).info('HTTP Request: %s %s "%s"', "POST", "http://bob:Hunter2Hunter2@mcp.local/mcp",
                                     "HTTP/1.1 200 OK")
    assert "Hunter2Hunter2" not in caplog.text and caplog.text.count(f"bob:{MARK}@mcp.local/mcp") == 2

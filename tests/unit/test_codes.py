"""Services report codes with params; the English words (the /chat API's, the stored rows') are today's, and
the page says them in German from the same code (kimi_ui/events.py)."""

from __future__ import annotations

import asyncio
import re

import httpx2
import pytest

from kimi_ui.answer import Answer
from kimi_ui.backends import errors
from kimi_ui.backends.base import Backend
from kimi_ui.backends.wire import estimate_tokens
from kimi_ui.backends.parse import ChunkParser
from kimi_ui.config import BackendConfig
from kimi_ui.engine import _finish, _preflight
from kimi_ui.events import Notice, TurnDone, TurnError, notice, quoted, said
from kimi_ui.i18n import catalog
from kimi_ui.limits import TurnLimits
from kimi_ui.shared_limits import Windows
from kimi_ui.storage.db import Database
from kimi_ui.media.images import MediaError
from kimi_ui.messages import text_message
from kimi_ui.events import note_words
from kimi_ui.queued import note_of
from kimi_ui.turns import Refused

VLLM = {"api_key_env": None, "base_url": "http://127.0.0.1:8000/v1", "kind": "vllm"}


def english_sentences() -> set[str]:
    """Every sentence of the English catalog long enough to be words rather than a name ("PDF")."""
    found = set()
    for words in catalog("en").values():
        for sentence in re.split(r"(?<=[.:;?!])\s+", re.sub(r"{\w+}", "", words)):
            if len(sentence.split()) >= 3:
                found.add(sentence.strip())
    return found


def german(entry: dict) -> tuple[str, str]:
    message, hint = said(entry, "de")
    assert (message, hint) != (entry["message"], entry.get("hint", "")), entry
    for sentence in english_sentences():
        assert sentence not in message and sentence not in hint, (sentence, message, hint)
    return message, hint


def as_error(error: TurnError) -> dict:
    answer = Answer()
    answer.apply(error)
    return answer.error_dict()


def as_notice(one: Notice) -> dict:
    answer = Answer()
    answer.apply(one)
    return answer.notice_dicts()[0]


def backend(**fields) -> Backend:
    return Backend(BackendConfig(**{"name": "Office vLLM", "kind": "vllm", "base_url": "http://127.0.0.1:8000/v1",
                                    "model": "moonshotai/Kimi-K2.5", "context_window": 4096} | fields))


# -- the backends' errors ------------------------------------------------------------------------------------
def test_an_http_status_is_a_code_with_params_and_todays_english():
    error = errors.from_status(503, "", "Office vLLM", VLLM)

    assert (error.code, error.status, error.retryable) == ("unavailable", 503, True)
    assert error.params == {"backend": "Office vLLM", "status_code": 503}
    assert error.message == "Office vLLM is temporarily unavailable (503)."
    assert error.hint == "The server may be starting or overloaded; try again shortly."
    message, hint = german(as_error(error))
    assert message == "Office vLLM ist vorübergehend nicht erreichbar (503)."
    assert hint.startswith("Der Server startet vielleicht")


def test_what_the_server_said_is_quoted_untranslated():
    body = {"error": {"message": "CUDA error: out of memory on device 3"}}
    error = errors.from_status(500, body, "Office vLLM", VLLM)

    assert error.code == "oom" and error.params["said"] == "CUDA error: out of memory on device 3"
    assert error.message == "Office vLLM ran out of GPU memory. The server said: CUDA error: out of memory on device 3"
    message, hint = german(as_error(error))
    assert message == ("Office vLLM hat keinen GPU-Speicher mehr frei. Antwort des Servers: "
                       "CUDA error: out of memory on device 3")
    assert "8× H200" in hint


def test_a_hint_made_of_several_entries_keeps_its_english_and_its_parts():
    moonshot = {"api_key_env": "MOONSHOT_API_KEY", "base_url": "https://api.moonshot.ai/v1", "kind": "moonshot"}
    error = errors.from_status(401, {"error": {"message": "Invalid Authentication"}}, "Moonshot API", moonshot)

    assert error.params["hints"] == ["auth.env", "auth.moonshot"] and error.params["env"] == "MOONSHOT_API_KEY"
    assert error.hint == ("Check the key in `MOONSHOT_API_KEY`. Keys from platform.moonshot.cn and "
                          "platform.moonshot.ai are not interchangeable: the base_url must match the platform that "
                          "issued the key.")
    _, hint = german(as_error(error))
    assert hint.startswith("Prüf den Schlüssel in `MOONSHOT_API_KEY`. Schlüssel von platform.moonshot.cn")


@pytest.mark.parametrize("exc, code, english", [
    (httpx2.ConnectError("refused"), "unreachable", "Could not connect to Office vLLM at http://127.0.0.1:8000/v1."),
    (httpx2.ReadTimeout("slow"), "timeout", "Office vLLM did not answer in time."),
    (KeyError("x"), "internal", "Unexpected error talking to Office vLLM: KeyError."),
])
def test_transport_failures_are_codes_with_todays_english(exc, code, english):
    error = errors.from_exception(exc, "Office vLLM", VLLM)

    assert (error.code, error.message) == (code, english) and error.params["backend"] == "Office vLLM"
    german(as_error(error))


def test_a_stream_cut_mid_answer():
    error = errors.from_exception(httpx2.RemoteProtocolError("gone"), "Office vLLM", VLLM, mid_stream=True)

    assert error.code == "stream_cut" and error.message.startswith("The connection to Office vLLM broke off")
    assert german(as_error(error))[1].startswith("Klick auf „Fortsetzen“")


# -- the engine's, the turn's and the parser's notices and refusals ------------------------------------------
def test_the_preflight_refusal_and_notices_carry_their_numbers():
    small = backend(context_window=2048)
    big = [text_message("user", "word " * 4000)]
    (error, done) = _preflight(small, _Turn(thinking=True), big, 1024, 0, estimate_tokens(big))

    assert isinstance(done, TurnDone) and error.code == "context_length" and error.params["variant"] == "needs"
    assert re.fullmatch(r"This message needs about [\d,]+ tokens with room for an answer, too many for Office vLLM's "
                        r"2,048-token context window\.", error.message), error.message
    assert error.hint == "Shorten the message or send fewer or smaller attachments."
    message, _ = german(as_error(error))
    assert "Kontextfenster von Office vLLM mit 2.048 Tokens" in message

    instant = backend(kind="openai", context_window=200_000)
    trimmed, switch = None, None
    for event in _preflight(instant, _Turn(thinking=False), [text_message("user", "hi")], 1024, 3, 10):
        if event.type == "usage":
            assert event.window_tokens == 200_000
            continue
        trimmed = event if event.code == "history_trimmed" else trimmed
        switch = event if event.code == "no_thinking_switch" else switch
    assert trimmed.params == {"count": 3, "window": 200_000}
    assert trimmed.message == ("3 earlier messages were left out so the conversation fits the 200,000-token "
                               "context window.")
    assert german(as_notice(trimmed))[0] == ("3 frühere Nachrichten wurden weggelassen, damit der Chat ins "
                                             "Kontextfenster mit 200.000 Tokens passt.")
    assert switch.message == ("Office vLLM has no instant/thinking switch: the server decides whether the model "
                              "thinks.")


class _Turn:
    def __init__(self, thinking: bool) -> None:
        self.thinking = thinking


def test_finish_reasons_and_a_stopped_answer_are_notices_with_todays_english():
    (length, done) = _finish("length")
    assert (length.code, length.action, length.message) == ("length", "continue",
                                                            "The answer stopped at the token limit.")
    assert done.status == "length"
    assert german(as_notice(length))[0] == "Die Antwort hat das Token-Limit erreicht."
    stopped = notice("interrupted", action="continue")
    assert stopped.message == "The server stopped before the answer was complete: press Continue to go on."


def test_a_notice_quoting_an_error_says_both_in_one_language():
    failure = errors.from_status(429, {"error": {"message": "slow down"}}, "Moonshot API", VLLM)
    retrying = notice("retrying", error=quoted(failure), delay=2.0, attempt=2, attempts=3)

    assert retrying.message == ("Moonshot API is rate-limited or overloaded. The server said: slow down. Retrying in "
                                "2 s (attempt 2 of 3).")
    message, _ = german(as_notice(retrying))
    assert message == ("Moonshot API drosselt gerade die Anfragen oder ist überlastet. Antwort des Servers: slow down. "
                       "Neuer Versuch in 2 s (Versuch 2 von 3).")
    parser = notice("tool_parser", error=quoted(errors.from_status(400, "enable-auto-tool-choice", "B", VLLM)))
    assert parser.message.startswith("B refused tool calling. The server said: enable-auto-tool-choice. Answering "
                                     "without tools this time. Hint: Start vLLM with")


def test_raw_tool_markup_is_a_notice_code():
    parser = ChunkParser(thinking=False)
    chunk = {"choices": [{"delta": {"content": "<|tool_calls_section_begin|><|tool_call_begin|>functions.f:0"
                                               "<|tool_call_argument_begin|>{}<|tool_call_end|>"
                                               "<|tool_calls_section_end|>"}}]}
    notices = [e for e in parser.feed(chunk) + parser.finish() if isinstance(e, Notice)]

    assert [n.code for n in notices] == ["raw_tool_markup"]
    assert notices[0].message.startswith("The server sent Kimi's raw tool-call markup as text; kimi-ui parsed it")
    german(as_notice(notices[0]))


def test_the_rate_limits_and_refusals_are_codes(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'kimi_ui.db'}")
    db.migrate()
    limits = TurnLimits(Windows(db), per_minute=1, concurrent=1)
    assert asyncio.run(limits.begin("ann")) is None
    limits.finished("ann")
    too_fast = asyncio.run(limits.begin("ann"))
    assert too_fast.code == "rate_limited" and too_fast.params["variant"] == "too_fast"
    assert re.fullmatch(r"You are sending messages too fast: try again in \d+ s\.", too_fast.message)
    assert too_fast.hint == ""  # not the backend's "Wait a moment" hint
    limits.started("bob")
    streams = asyncio.run(limits.begin("bob"))
    assert streams.message == "You already have 1 answers streaming: wait for one to finish or press Stop."
    assert german(as_error(streams))[0].startswith("Bei dir laufen schon 1 Antworten")

    busy = Refused("busy", message_id="m1", hints=["busy.stop"]).error
    assert (busy.message, busy.hint, busy.message_id) == (
        "This conversation is still answering the previous message.", "Wait for it to finish or press Stop.", "m1")
    assert Refused("unknown_backend", name="'x'", names="a, b").error.hint == "Configured backends: a, b."


def test_a_file_refused_says_why_in_the_readers_language():
    problem = MediaError("video_too_big", name="clip.mp4", size={"bytes": 3 * 2**19}, limit={"bytes": 2**20})
    assert str(problem) == "clip.mp4 is 1.5 MB, larger than the 1.0 MB allowed for a video."
    refused = Refused("bad_file", problem=problem.quoted()).error
    assert refused.message == str(problem)
    assert german(as_error(refused))[0] == "clip.mp4 ist 1,5 MB groß, mehr als die 1,0 MB, die ein Video haben darf."
    long = MediaError("too_long", name="clip.mp4", duration={"seconds": 3725.25}, limit={"seconds": 60})
    assert str(long) == "clip.mp4 is 1:02:05.2 long, longer than the 1:00.0 allowed for a video."
    assert long.words("de") == "clip.mp4 dauert 1:02:05,2, länger als die 1:00,0, die ein Video dauern darf."

    html = MediaError("not_video", name="page.mp4", what={"key": "media.what.html"})
    assert str(html) == "page.mp4 is an HTML page, not a video."
    assert html.words("de") == "page.mp4 ist eine HTML-Seite, kein Video."


# -- said(): stored rows --------------------------------------------------------------------------------------
def test_old_rows_and_unknown_codes_keep_their_stored_english():
    old = {"code": "unavailable", "message": "Office vLLM is temporarily unavailable (503).", "hint": "Later."}
    assert said(old, "de") == (old["message"], old["hint"])  # no params: its words need {backend}
    assert said({"code": "length", "message": "The answer stopped at the token limit.", "action": "continue"},
                "de") == ("Die Antwort hat das Token-Limit erreicht.", "")  # words without params: said
    free = {"code": "bad_input", "message": "That conversation does not exist.", "hint": "", "params": {}}
    assert said(free, "de") == ("That conversation does not exist.", "")
    strange = {"code": "from_the_future", "message": "Something new.", "hint": "", "params": {"x": 1}}
    assert said(strange, "de") == ("Something new.", "")
    stored = as_error(errors.from_status(404, "", "B", VLLM))
    assert said(stored, "en") == (stored["message"], stored["hint"])


def test_a_stored_answer_reads_its_params_back():
    answer = Answer()
    answer.apply(notice("history_trimmed", count=1, window=4096))
    answer.apply(errors.from_exception(httpx2.ReadTimeout("slow"), "B", VLLM))

    class Row:
        id, conversation_id, parent_id, status, finish_reason, usage = "m", "c", "u", "error", None, {}
        rounds, error, notices = [], answer.error_dict(), answer.notice_dicts()

    again = Answer.from_row(Row())
    assert again.notice_dicts() == answer.notice_dicts() and again.error_dict() == answer.error_dict()
    assert again.notices[0].message == "1 earlier message was left out so the conversation fits the 4,096-token " \
                                       "context window."
    Row.notices = [{"code": "history_trimmed", "message": "old words", "action": None}]
    assert Answer.from_row(Row()).notices[0].params == {}


# -- accounts ----------------------------------------------------------------------------------------------------
def test_an_account_refusal_is_a_code_the_cli_says_in_english():
    from kimi_ui import auth

    with pytest.raises(auth.AccountError) as caught:
        auth.check_password("short")
    assert (caught.value.code, caught.value.params) == ("password_short", {"minimum": 8})
    assert str(caught.value) == "the password must have at least 8 characters"
    assert caught.value.words("de") == "das Passwort muss mindestens 8 Zeichen haben"
    with pytest.raises(auth.AccountError) as caught:
        auth.check_name("demo-x")
    assert str(caught.value) == "names starting with 'demo-' are reserved for anonymous demo visitors"


def test_bad_input_is_refused_in_english_and_said_in_german():
    from kimi_ui.ui.handlers import refusal
    from kimi_ui.ui.inputs import InputProblem, advanced_options

    with pytest.raises(InputProblem) as caught:
        advanced_options("", "2,5", "", "")
    error = refusal(caught.value).error_dict()
    assert error["code"] == "bad_input" and error["message"] == str(caught.value) == \
        "Temperature must be between 0 and 2."
    assert said(error, "de") == ("Temperatur muss zwischen 0 und 2 liegen.", "")


def test_an_imported_rows_params_cannot_break_the_page():
    """An export can be edited before it is imported: whatever its params, the stored words show."""
    deep: dict = {"code": "retrying", "params": {}}
    for _ in range(50):
        deep = {"code": "retrying", "params": {"error": deep, "delay": 1, "attempt": 2, "attempts": 3}}
    for params in (deep["params"], {"hints": 3, "backend": "B"}, {"error": {"code": 5, "params": "x"}},
                   {"backend": {"key": "error.auth", "params": {"backend": {"key": "error.auth"}}}}, []):
        entry = {"code": "retrying" if "error" in params else "auth", "message": "stored", "hint": "h",
                 "params": params}
        message, _ = said(entry, "de")
        assert isinstance(message, str) and message
    assert said({"code": "auth", "message": "stored", "hint": "h", "params": {"hints": 3, "backend": "B"}},
                "de")[0] == "B hat den API-Schlüssel abgelehnt."
    # A duration or size no clock or disk has (1.7e308 passes a JSON parser; times ten it is infinity): the
    # stored words, not an OverflowError that failed the whole page's load in German.
    for huge in ({"seconds": 1.7e308}, {"seconds": -1}, {"bytes": 10**400}):
        for entry in ({"code": "timeout", "message": "stored", "hint": "h", "params": {"backend": huge}},
                      {"code": "length", "message": "stored", "params": {"x": huge}}):
            assert said(entry, "de")[0] == "stored"
    assert note_words(note_of("queue.not_sent", reason={"code": "timeout", "message": "stored",
                                                        "params": {"backend": {"seconds": 1.7e308}}}), "de") \
        == "Nicht gesendet: stored"


def test_codes_and_params_travel_to_a_follower_in_another_process():
    from kimi_ui.relay import answer_from, decode, encode, record

    failure = errors.from_status(503, "", "B", VLLM)
    trimmed = notice("history_trimmed", count=2, window=4096)
    assert decode(encode(failure)) == failure and decode(encode(trimmed)) == trimmed
    answer = Answer()
    answer.apply(trimmed)
    answer.apply(failure)
    again = answer_from(record(answer))
    assert again.error.params == failure.params and again.notices[0].params == trimmed.params

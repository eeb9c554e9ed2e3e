"""kimi_ui.ui.render: turn snapshots and stored rows -> the conversation view's value (one item a message)."""

from __future__ import annotations

import html
import re

from kimi_ui.answer import Answer
from kimi_ui.events import (
    Notice,
    ReasoningDelta,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    ToolResult,
    TurnDone,
    TurnError,
    TurnStarted,
    Usage,
)
from kimi_ui.storage.models import Attachment, MessageRow
from kimi_ui.ui import render


def snapshot_of(*events) -> Answer:
    snapshot = Answer()
    snapshot.apply(TurnStarted(conversation_id="c1", user_message_id="u1", message_id="m1"))
    for event in events:
        snapshot.apply(event)
    return snapshot


def shown(fragment: str) -> str:
    """The text a rendered fragment shows (tags dropped, entities decoded)."""
    return html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]*>", "", fragment)))


def parts(item: dict, kind: str) -> list[dict]:
    return [p for p in item["parts"] if p["type"] == kind]


def texts(item: dict) -> list[str]:
    return [shown(p["html"]) for p in item["parts"] if p["type"] in ("text", "notice")]


# -- reasoning ---------------------------------------------------------------------------------------------
def test_reasoning_without_an_answer_yet_is_live():
    item = render.live_item(snapshot_of(ReasoningDelta("Let me think about "), ReasoningDelta("this.")))

    assert item["role"] == "assistant" and item["live"] is True
    [block] = item["parts"]
    assert block["type"] == "reasoning"
    assert shown(block["html"]) == "Let me think about this."
    assert block["live"] is True and block["seconds"] is None


def test_reasoning_is_done_once_the_answer_arrives_and_comes_first():
    item = render.live_item(snapshot_of(ReasoningDelta("Thinking."), TextDelta("The answer")))

    assert [p["type"] for p in item["parts"]] == ["reasoning", "text"]
    assert item["parts"][0]["live"] is False
    assert texts(item) == ["The answer"]
    assert item["stats"] == ""  # no stats while streaming


def test_waiting_before_the_first_token():
    item = render.live_item(snapshot_of())

    assert item["live"] is True
    assert item["parts"] == [{"type": "waiting", "title": "Waiting for the model…", "detail": ""}]


def test_finished_turn_shows_reasoning_duration_and_stats_in_one_block():
    snapshot = snapshot_of(
        ReasoningDelta("Step one. Step two."),
        TextDelta("**42**"),
        Usage(prompt_tokens=120, completion_tokens=1500, cached_tokens=64),
        TurnDone(status="done", finish_reason="stop"),
    )
    t0 = snapshot.started_at  # fix the clock readings the snapshot took, so the figures are exact
    snapshot.first_token_at = t0 + 0.75
    snapshot.rounds[0].reasoning_seconds = 3.5
    snapshot.ended_at = t0 + 10.75

    item = render.live_item(snapshot)

    [block] = parts(item, "reasoning")
    assert block["live"] is False and block["seconds"] == 3.5
    [text] = parts(item, "text")
    assert "<strong>42</strong>" in text["html"] and text["source"] == "**42**"
    assert item["stats"] == "1,500 tokens · 150.0 tok/s · first token 0.75\u00a0s · cache 53 %"  # (64 of 120)
    assert item["live"] is False and item["can_retry"] is True


def test_stopped_and_cut_turns_say_so_in_the_stats():
    for status, words in (("cancelled", "stopped"), ("interrupted", "interrupted"), ("length", "token limit")):
        item = render.live_item(snapshot_of(TextDelta("partial"), TurnDone(status=status)))
        assert words in item["stats"], status


# -- errors and notices ----------------------------------------------------------------------------------
def test_error_renders_inline_with_its_hint():
    error = TurnError(code="tool_parser", message="vLLM refused tool calling.",
                      hint="Start vLLM with `--tool-call-parser kimi_k2 --enable-auto-tool-choice`.")
    item = render.live_item(snapshot_of(TextDelta("Partial"), error, TurnDone(status="error")))

    [notice] = parts(item, "notice")
    assert notice["kind"] == "error"
    text = "\n".join(texts(item))
    assert "vLLM refused tool calling." in text
    assert "Hint:" in text and "--tool-call-parser kimi_k2" in text
    assert "Partial" in text  # the partial answer stays visible


def test_notices_render_except_the_quiet_cancelled_one():
    snapshot = snapshot_of(
        Notice(code="history_trimmed", message="4 earlier messages were left out."),
        TextDelta("Answer"),
        Notice(code="length", message="The answer stopped at the token limit.", action="continue"),
        Notice(code="cancelled", message="Stopped by you."),
        TurnDone(status="length", finish_reason="length"),
    )
    text = "\n".join(texts(render.live_item(snapshot)))

    assert "4 earlier messages were left out." in text
    assert "The answer stopped at the token limit." in text
    assert "Stopped by you." not in text


# -- tool calls ------------------------------------------------------------------------------------------
def test_a_tool_call_still_arriving_shows_no_half_json():
    snapshot = snapshot_of(
        ReasoningDelta("I need to search."),
        ToolCallStarted(index=0, id="functions.search_code:0", name="search_code"),
        ToolCallArgsDelta(index=0, text='{"query": "au'),
    )
    [tool] = parts(render.live_item(snapshot), "tool")

    assert tool["name"] == "search_code" and tool["status"] == "pending"
    assert tool["brief"] == ""  # not `{"query": "au`


def test_tool_call_brief_is_short_and_the_arguments_pretty():
    snapshot = snapshot_of(
        ToolCallStarted(index=0, id="functions.search_code:0", name="search_code"),
        ToolCallArgsDelta(index=0, text='{"query": "auth", '),
        ToolCallArgsDelta(index=0, text='"path": "' + "very/long/" * 10 + '"}'),
    )
    [tool] = parts(render.live_item(snapshot), "tool")

    assert tool["brief"].startswith('query="auth", path=') and len(tool["brief"]) <= 60
    assert tool["brief"].endswith("…")
    assert tool["args"].startswith('{\n  "query": "auth"')


def test_finished_tool_call_has_result_and_milliseconds():
    arguments = '{"query": "auth"}'
    snapshot = snapshot_of(
        ToolCallStarted(index=0, id="functions.search_code:0", name="search_code"),
        ToolCallReady(index=0, id="functions.search_code:0", name="search_code", arguments=arguments),
        ToolResult(id="functions.search_code:0", name="search_code", result="auth.py:12", duration_ms=0.7),
    )
    [tool] = parts(render.live_item(snapshot), "tool")

    assert tool["brief"] == 'query="auth"'
    assert tool["status"] == "ok" and tool["ms"] == 0.7
    assert tool["result"] == "auth.py:12" and tool["more"] == 0


def test_short_args_is_empty_until_the_arguments_are_json():
    assert render.short_args('{"query": "au') == ""
    assert render.short_args("") == ""
    assert render.short_args('{"a": "Grüße"}') == 'a="Grüße"'


def test_the_log_shows_durations_as_the_chat_does_and_the_result_itself():
    entries = [{"started_at": None, "tool": "calculator", "arguments": '{"expression": "2+3"}', "result": "5",
                "result_chars": 1, "duration_ms": 0.7, "status": "done"}]
    log = render.tool_log_html(entries, None)

    assert "<td>0.70 ms</td>" in log  # not "0.00 s"
    assert render.duration_text(0.7) == "0.70 ms" and render.duration_text(120) == "120 ms"
    assert render.duration_text(1400) == "1.4 s"
    assert "<td>5</td>" in log and "chars" not in log


# -- user messages ---------------------------------------------------------------------------------------
def test_a_question_holds_its_text_and_attachments_together():
    evil_name = '"><script>alert(1)</script>.png'
    picture = Attachment(id="a1", owner_id="o1", sha256="0" * 64, mime="image/png", name=evil_name)
    item = render.question_item("u1", "Look at this", [picture], lambda _a: "/attachments/a1")

    assert item["role"] == "user" and item["id"] == "u1"
    assert item["source"] == "Look at this" and "html" not in item  # the view shows it as text
    assert item["files"] == [{"kind": "image", "url": "/attachments/a1", "name": evil_name, "note": ""}]


def test_a_question_without_text_is_just_its_images():
    picture = Attachment(id="a1", owner_id="o1", sha256="0" * 64, mime="image/png", name="")
    item = render.question_item("u1", "", [picture], lambda a: f"/attachments/{a.id}")

    assert item["source"] == "" and item["files"][0]["name"] == "image"


def test_a_video_is_a_strip_of_its_frames_with_timestamps():
    video = Attachment(id="v", owner_id="o", kind="video", sha256="", mime="video/mp4", name="<b>clip</b>.mp4",
                       label="Video <b>clip</b>.mp4, 0:30.0 long, 2 frames sampled uniformly.")
    frames = [
        Attachment(id=f"f{i}", owner_id="o", kind="frame", sha256="1" * 64, mime="image/jpeg", name="",
                   label=f"frame {i}/2 at 0:{i * 10:02d}.0", timestamp=i * 10.0)
        for i in (1, 2)
    ]
    doc = Attachment(id="d", owner_id="o", kind="document", sha256="2" * 64, mime="text/plain",
                     name="notes.md", label="")
    item = render.question_item("u", "", [video, *frames, doc], lambda a: f"/attachments/{a.id}")

    strip, document = item["files"]
    assert strip["kind"] == "video"
    assert strip["frames"] == [{"url": "/attachments/f1", "at": "0:10.0"}, {"url": "/attachments/f2", "at": "0:20.0"}]
    assert document == {"kind": "document", "name": "notes.md", "note": ""}


# -- stored messages -------------------------------------------------------------------------------------
def test_stored_messages_are_one_item_each_and_streaming_rows_come_back_interrupted():
    user = MessageRow(id="u1", conversation_id="c1", owner_id="o1", seq=0, role="user", content="What is in here?")
    done = MessageRow(
        id="a1", conversation_id="c1", owner_id="o1", seq=1, role="assistant", content="A cat.",
        reasoning="The picture shows a cat.", reasoning_seconds=2.4, status="done", finish_reason="stop",
        rounds=[{"reasoning": "The picture shows a cat.", "reasoning_seconds": 2.4, "content": "A cat.", "calls": []}],
        usage={"prompt_tokens": 900, "completion_tokens": 40, "tokens_per_s": 20.0, "ttft_ms": 500.0},
    )
    user2 = MessageRow(id="u2", conversation_id="c1", owner_id="o1", seq=2, role="user", content="And now?")
    cut = MessageRow(
        id="a2", conversation_id="c1", owner_id="o1", seq=3, role="assistant", content="",
        reasoning="I was thinking when the app", reasoning_seconds=1.0, status="streaming",
        rounds=[{"reasoning": "I was thinking when the app", "content": "", "calls": []}],
    )
    picture = Attachment(id="att1", owner_id="o1", message_id="u1", sha256="ab" * 32, mime="image/png",
                         width=10, height=10, name="cat.png")

    messages, ids = render.conversation_messages([user, done, user2, cut], {"u1": [picture]},
                                                 lambda a: f"/attachments/{a.id}", unfinished=True)

    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert ids == ["u1", "a1", "u2", "a2"]
    assert messages[0]["files"][0]["url"] == "/attachments/att1"
    assert [shown(parts(m, "reasoning")[0]["html"]) for m in messages[1::2]] == [
        "The picture shows a cat.", "I was thinking when the app"]
    assert parts(messages[1], "reasoning")[0]["seconds"] == 2.4
    # a row left "streaming" by a crash is shown as interrupted, never as live
    assert not any(m.get("live") for m in messages)
    assert messages[1]["stats"] == "40 tokens · 20.0 tok/s · first token 0.50\u00a0s"
    assert "interrupted" in messages[3]["stats"]
    assert messages[3]["can_continue"] is True and messages[1]["can_continue"] is False


def test_stored_error_and_notices_come_back():
    row = MessageRow(
        id="a1", conversation_id="c1", owner_id="o1", role="assistant", content="", status="error",
        error={"code": "unreachable", "message": "Could not connect to vLLM.", "hint": "Is the server running?"},
        notices=[{"code": "model_substituted", "message": "Using the one model it serves.", "action": None}],
    )
    [item], _ = render.conversation_messages([row], {}, lambda a: "")
    text = "\n".join(texts(item))

    assert "Could not connect to vLLM." in text
    assert "Is the server running?" in text
    assert "Using the one model it serves." in text


def test_versions_ride_on_their_message():
    row = MessageRow(id="u1", conversation_id="c1", owner_id="o1", role="user", content="Hi")
    [item], _ = render.conversation_messages([row], {}, lambda a: "", positions={"u1": (2, 3)})

    assert item["versions"] == (2, 3)


def test_log_out_is_a_post_form_not_a_link():
    out = render.whoami_html("alice", "/kimi", 24)

    assert '<form class="kimi-logout" method="post" action="/kimi/auth/logout">' in out
    assert '<button type="submit" id="logout"' in out
    assert "<a " not in out


def test_search_snippets_keep_only_whole_marker_pairs():
    from kimi_ui.ui.sidebar import marked

    assert marked("a \x02b<i>\x03 c \x03 d \x02e") == "a <mark>b&lt;i&gt;</mark> c  d e"


# -- the source as written, for Copy and Edit ----------------------------------------------------------
def test_answers_and_questions_carry_their_markdown_as_written():
    text = "Is $a<b$? <svg> `x<y`"
    row = MessageRow(id="m1", conversation_id="c1", owner_id="o1", role="assistant", content=text,
                     reasoning=text, status="done", rounds=[{"reasoning": text, "content": text, "calls": []}])
    [answer], _ = render.conversation_messages([row], {}, lambda _a: "")
    question = render.question_item("u1", text)

    assert parts(answer, "text")[0]["source"] == text
    assert question["source"] == text
    assert "<svg>" not in answer["parts"][1]["html"] and "&lt;svg&gt;" in answer["parts"][1]["html"]


def test_a_value_names_the_opening_it_belongs_to():
    value = render.chat_value([render.question_item("u1", "hi")])
    stamped = render.stamped(render.extended(value, render.live_item(snapshot_of())), 7, None)

    assert stamped["opening"] == 7 and len(stamped["messages"]) == 2
    assert "opening" not in value  # a copy: the stored chat is not marked


def test_a_stopped_answer_says_about_how_many_tokens_it_wrote():
    stopped = render.stats_line({"ttft_ms": 30}, "cancelled", written=700)
    assert stopped == "about 200 tokens · first token 0.03\u00a0s · stopped"
    assert render.stats_line({"completion_tokens": 89}, "done", written=700) == "89 tokens"


def test_a_questions_uploads_show_until_the_stored_ones_come_and_no_message_shows_twice():
    pending = render.pending_files((("/tmp/gradio/a b.png", "shot.png"), ("/tmp/gradio/x.mp4", "clip.mp4"),
                                    ("/tmp/gradio/n.txt", "notes.txt")), "/gradio_api/file=")
    assert pending[0] == {"kind": "image", "url": "/gradio_api/file=/tmp/gradio/a%20b.png", "name": "shot.png",
                          "note": ""}
    assert [f["kind"] for f in pending] == ["image", "video", "document"]
    assert render.question_item(None, "hi", pending=pending)["files"] == pending
    value = render.chat_value([{"id": "q1"}, {"id": "a1"}, {"id": "q2"}, {"id": None}])
    assert [m["id"] for m in render.without(value, "q2", None)["messages"]] == ["q1", "a1", None]
    assert render.without(value) is value

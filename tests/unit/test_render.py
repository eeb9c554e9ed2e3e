"""kimi_ui.ui.render: turn snapshots and stored rows -> chat messages the Chatbot shows."""

from __future__ import annotations

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
import html
import re

from kimi_ui.answer import Answer
from kimi_ui.storage.models import Attachment, MessageRow
from kimi_ui.ui import render


def snapshot_of(*events) -> Answer:
    snapshot = Answer()
    snapshot.apply(TurnStarted(conversation_id="c1", user_message_id="u1", message_id="m1"))
    for event in events:
        snapshot.apply(event)
    return snapshot


def metadata_messages(messages: list[dict]) -> list[dict]:
    return [m for m in messages if m.get("metadata")]


def shown(fragment: str) -> str:
    """The text a rendered fragment shows (the hidden source and the tags dropped, entities decoded)."""
    fragment = re.sub(r'<span class="kimi-src" title="[^"]*"></span>', "", fragment)
    return html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]*>", "", fragment)))


def plain_texts(messages: list[dict]) -> list[str]:
    return [shown(m["content"]) for m in messages if not m.get("metadata")]


# -- reasoning block -------------------------------------------------------------------------------------
def test_reasoning_without_an_answer_yet_is_an_open_pending_block():
    messages = render.live_messages(snapshot_of(ReasoningDelta("Let me think about "), ReasoningDelta("this.")))

    assert len(messages) == 1
    block = messages[0]
    assert block["role"] == "assistant"
    assert shown(block["content"]) == "Let me think about this."
    assert block["metadata"]["status"] == "pending"
    assert "duration" not in block["metadata"]


def test_reasoning_block_is_done_once_the_answer_arrives():
    messages = render.live_messages(snapshot_of(ReasoningDelta("Thinking."), TextDelta("The answer")))

    [block] = metadata_messages(messages)
    assert block["metadata"]["status"] == "done"
    assert shown(block["content"]) == "Thinking."
    assert plain_texts(messages) == ["The answer"]  # no stats line while streaming
    assert messages.index(block) < [shown(m["content"]) for m in messages].index("The answer")


def test_waiting_placeholder_before_the_first_token():
    [message] = render.live_messages(snapshot_of())

    assert message["metadata"]["status"] == "pending"
    assert message["content"] == ""


def test_finished_turn_shows_reasoning_duration_and_a_stats_line():
    snapshot = snapshot_of(
        ReasoningDelta("Step one. Step two."),
        TextDelta("**42**"),
        Usage(prompt_tokens=120, completion_tokens=1500, cached_tokens=64),
        TurnDone(status="done", finish_reason="stop"),
    )
    # fix the clock readings the snapshot took, so the figures are exact
    t0 = snapshot.started_at
    snapshot.first_token_at = t0 + 0.75
    snapshot.rounds[0].reasoning_seconds = 3.5
    snapshot.ended_at = t0 + 10.75

    messages = render.live_messages(snapshot)

    [block] = metadata_messages(messages)
    assert block["metadata"]["status"] == "done"
    assert block["metadata"]["duration"] == 3.5
    assert "<strong>42</strong>" in messages[-2]["content"]
    stats = messages[-1]["content"]
    assert 'class="kimi-stats"' in stats
    assert "1,500 tokens" in stats
    assert "150.0 tok/s" in stats
    assert "first token 0.75 s" in stats


def test_stopped_and_cut_turns_say_so_in_the_stats_line():
    for status, words in (("cancelled", "stopped"), ("interrupted", "interrupted"), ("length", "token limit")):
        snapshot = snapshot_of(TextDelta("partial"), TurnDone(status=status))
        assert words in render.live_messages(snapshot)[-1]["content"], status


# -- errors and notices ----------------------------------------------------------------------------------
def test_error_renders_inline_with_its_hint():
    error = TurnError(code="tool_parser", message="vLLM refused tool calling.",
                      hint="Start vLLM with `--tool-call-parser kimi_k2 --enable-auto-tool-choice`.")
    messages = render.live_messages(snapshot_of(TextDelta("Partial"), error, TurnDone(status="error")))

    text = "\n".join(plain_texts(messages))
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
    text = "\n".join(plain_texts(render.live_messages(snapshot)))

    assert "4 earlier messages were left out." in text
    assert "The answer stopped at the token limit." in text
    assert "Stopped by you." not in text


# -- tool calls ------------------------------------------------------------------------------------------
def test_tool_calls_render_as_collapsible_entries_titled_with_name_and_short_args():
    snapshot = snapshot_of(
        ReasoningDelta("I need to search."),
        ToolCallStarted(index=0, id="functions.search_code:0", name="search_code"),
        ToolCallArgsDelta(index=0, text='{"query": "auth", '),
        ToolCallArgsDelta(index=0, text='"path": "' + "very/long/" * 10 + '"}'),
    )
    [_, tool] = render.live_messages(snapshot)

    title = shown(tool["metadata"]["title"])
    assert "search_code(" in title
    assert 'query="auth"' in title
    assert len(title) < 80 and title.endswith("…)")  # long arguments are shortened
    assert tool["metadata"]["status"] == "pending"
    assert '"query": "auth"' in shown(tool["content"])  # the full arguments inside the collapsed entry


def test_finished_tool_call_is_done_with_result_and_duration():
    arguments = '{"query": "auth"}'
    snapshot = snapshot_of(
        ToolCallStarted(index=0, id="functions.search_code:0", name="search_code"),
        ToolCallReady(index=0, id="functions.search_code:0", name="search_code", arguments=arguments),
        ToolResult(id="functions.search_code:0", name="search_code", result="auth.py:12", duration_ms=1250.0),
    )
    [tool] = render.live_messages(snapshot)

    assert shown(tool["metadata"]["title"]) == '🛠 search_code(query="auth")'
    assert tool["metadata"]["status"] == "done"
    assert tool["metadata"]["duration"] == 1.25
    assert "auth.py:12" in tool["content"]


def test_short_args_falls_back_to_raw_text_for_invalid_json():
    assert render.short_args('{"query": "au') == '{"query": "au'
    assert render.short_args("") == ""
    assert render.short_args('{"a": "Grüße"}') == 'a="Grüße"'


# -- user messages ---------------------------------------------------------------------------------------
def test_user_messages_escape_image_names_and_urls():
    evil_name = '"><script>alert(1)</script>.png'
    evil_url = '/attachments/1?x="><script>alert(2)</script>'
    picture = Attachment(id="a1", owner_id="o1", sha256="0" * 64, mime="image/png", name=evil_name)
    messages = render.user_messages("Look at this", [picture], lambda _a: evil_url)

    assert messages[0] == {"role": "user", "content": '<div class="kimi-md"><span class="kimi-src" title="Look at this">'
                                                   '</span><p>Look at this</p></div>'}
    image = messages[1]["content"]
    assert image.startswith("<img ")
    assert "<script>" not in image
    assert '">' not in image.split("alt=", 1)[1][:-2]  # the attribute is not closed early
    assert "&lt;script&gt;" in image


def test_user_message_without_text_is_just_its_images():
    picture = Attachment(id="a1", owner_id="o1", sha256="0" * 64, mime="image/png", name="")
    messages = render.user_messages("", [picture], lambda a: f"/attachments/{a.id}")

    assert len(messages) == 1
    assert 'alt="image"' in messages[0]["content"]


def test_a_video_renders_as_a_strip_of_its_frames_with_timestamps():
    video = Attachment(id="v", owner_id="o", kind="video", sha256="", mime="video/mp4", name="<b>clip</b>.mp4",
                       label="Video <b>clip</b>.mp4, 0:30.0 long, 2 frames sampled uniformly.")
    frames = [
        Attachment(id=f"f{i}", owner_id="o", kind="frame", sha256="1" * 64, mime="image/jpeg", name="",
                   label=f"frame {i}/2 at 0:{i * 10:02d}.0", timestamp=i * 10.0)
        for i in (1, 2)
    ]
    doc = Attachment(id="d", owner_id="o", kind="document", sha256="2" * 64, mime="text/plain",
                     name="notes.md", label="")
    messages = render.user_messages("", [video, *frames, doc], lambda a: f"/attachments/{a.id}")

    strip, document = messages[0]["content"], messages[1]["content"]
    assert strip.count("<figure>") == 2 and "0:10.0" in strip and "0:20.0" in strip
    assert "/attachments/f1" in strip and "/attachments/f2" in strip
    assert "<b>clip</b>" not in strip and "&lt;b&gt;clip&lt;/b&gt;" in strip
    assert "notes.md" in document


# -- stored messages -------------------------------------------------------------------------------------
def test_stored_messages_restore_reasoning_blocks_and_mark_streaming_rows_interrupted():
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

    messages = render.stored_messages(
        [user, done, user2, cut], {"u1": [picture]}, lambda a: f"/attachments/{a.id}"
    )

    roles = [m["role"] for m in messages]
    assert roles[:2] == ["user", "user"]  # text, then the image
    assert 'src="/attachments/att1"' in messages[1]["content"] and 'alt="cat.png"' in messages[1]["content"]

    blocks = metadata_messages(messages)
    assert [shown(b["content"]) for b in blocks] == ["The picture shows a cat.", "I was thinking when the app"]
    assert blocks[0]["metadata"]["status"] == "done"
    assert blocks[0]["metadata"]["duration"] == 2.4
    # a row left "streaming" by a crash is shown as interrupted, never as a live spinner
    assert blocks[1]["metadata"]["status"] == "done"
    assert all(m.get("metadata", {}).get("status") != "pending" for m in messages)
    texts = plain_texts(messages)
    assert "A cat." in texts
    assert any("40 tokens" in t and "20.0 tok/s" in t and "first token 0.50 s" in t for t in texts)
    assert "interrupted" in texts[-1]


def test_stored_error_and_notices_come_back():
    row = MessageRow(
        id="a1", conversation_id="c1", owner_id="o1", role="assistant", content="", status="error",
        error={"code": "unreachable", "message": "Could not connect to vLLM.", "hint": "Is the server running?"},
        notices=[{"code": "model_substituted", "message": "Using the one model it serves.", "action": None}],
    )
    text = "\n".join(plain_texts(render.stored_messages([row], {}, lambda a: "")))

    assert "Could not connect to vLLM." in text
    assert "Is the server running?" in text
    assert "Using the one model it serves." in text


def test_log_out_is_a_post_form_not_a_link():
    out = render.whoami_html("alice", "/kimi", 24)

    assert '<form class="kimi-logout" method="post" action="/kimi/auth/logout">' in out
    assert '<button type="submit" id="logout"' in out
    assert "<a " not in out


def test_search_snippets_keep_only_whole_marker_pairs():
    from kimi_ui.ui.sidebar import marked

    assert marked("a \x02b<i>\x03 c \x03 d \x02e") == "a <mark>b&lt;i&gt;</mark> c  d e"


# -- the source as written, for Copy and Edit (issue 12, finding 2) ---------------------------------------
def test_stored_messages_carry_their_source_and_streamed_updates_do_not():
    text = "Is $a<b$? <svg> `x<y`"
    streamed = render.live_messages(snapshot_of(ReasoningDelta(text), TextDelta(text)))
    row = MessageRow(id="m1", conversation_id="c1", owner_id="o1", role="assistant", content=text,
                     reasoning=text, status="done", rounds=[{"reasoning": text, "content": text, "calls": []}])
    stored = render.stored_messages([row], {}, lambda _a: "")

    assert all("kimi-src" not in m["content"] for m in streamed)  # each update would send the text twice
    sources = [re.search(r'<span class="kimi-src[^"]*" title="([^"]*)"></span>', m["content"]) for m in stored[:2]]
    assert [html.unescape(s.group(1)) for s in sources] == [text, text]

"""The OpenAI-compatible endpoint (/v1) with the real `openai` SDK as its client, against the served app with
accounts and personal API keys, on every dialect of the simulated backend."""

from __future__ import annotations

import base64
import io
import json
import threading
import time

import httpx
import openai
import pytest
from gradio_client import Client
from PIL import Image

from kimi_ui.storage import store
from tests.support.api_keys import RESTRICTED, bearer, keyed_app, new_key, revoke
from tests.support.accounts import cookie_header, session_cookie
from tests.support.api_keys import PASSWORDS

pytestmark = pytest.mark.ui

VLLM = "kimi-simulated-vllm"
# model id -> the dialect the simulator names in its report
DIALECTS = {VLLM: "vllm", "kimi-simulated-vllm-legacy-reasoning-content": "vllm-legacy",
            "kimi-simulated-llama-cpp": "llamacpp", "kimi-simulated-moonshot-api": "moonshot",
            "kimi-simulated-server-without-reasoning-parser": "noparser"}
WEATHER = [{"type": "function", "function": {
    "name": "get_weather", "description": "The weather in a city now.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    with keyed_app(tmp_path_factory.mktemp("v1"), sim.url) as served:
        yield served


@pytest.fixture(scope="module")
def alice_key(app):
    return new_key(app, "alice")


def sdk(app, key, **options):
    return openai.OpenAI(base_url=app.url + "v1", api_key=key, max_retries=0, **options)


@pytest.fixture(scope="module")
def alice(app, alice_key):
    return sdk(app, alice_key)


def bodies_with(sim_requests, marker):
    return [r["body"] for r in sim_requests() if marker in json.dumps(r["body"].get("messages"))]


def data_url(image: Image.Image, kind: str = "PNG") -> str:
    out = io.BytesIO()
    image.save(out, format=kind)
    return f"data:image/{kind.lower()};base64,{base64.b64encode(out.getvalue()).decode()}"


def streamed(chunks):
    """(content, reasoning, tool calls by index, finish reason, usage) of a stream, as a client adds them up."""
    content, reasoning, calls, finish, usage = "", "", {}, None, None
    for chunk in chunks:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            delta = choice.delta
            content += delta.content or ""
            reasoning += (delta.model_extra or {}).get("reasoning_content") or ""
            for call in delta.tool_calls or []:
                entry = calls.setdefault(call.index, {"id": "", "name": "", "arguments": ""})
                entry["id"] = call.id or entry["id"]
                entry["name"] += (call.function.name or "") if call.function else ""
                entry["arguments"] += (call.function.arguments or "") if call.function else ""
            finish = choice.finish_reason or finish
    return content, reasoning, calls, finish, usage


# -- models --------------------------------------------------------------------------------------------------
def test_models_are_the_backends_with_their_modes(app, alice):
    ids = [m.id for m in alice.models.list().data]
    assert ids[:2] == [VLLM, VLLM + ":instant"]
    assert set(DIALECTS) <= set(ids) and "kimi-simulated-llama-cpp:instant" in ids
    assert "kimi-simulated-server-without-reasoning-parser:instant" not in ids  # the generic kind has no switch
    assert not [i for i in ids if "research" in i]  # the group's backend: not hers
    card = alice.models.retrieve(VLLM + ":instant")
    assert (card.owned_by, card.model_extra["backend"], card.model_extra["mode"]) == ("kimi-ui", "Simulated vLLM",
                                                                                     "instant")
    with pytest.raises(openai.NotFoundError):
        alice.models.retrieve("kimi-research-moonshot")


def test_a_group_backend_is_for_its_group_only(app, alice):
    carol = sdk(app, new_key(app, "carol"))
    assert "kimi-research-moonshot" in [m.id for m in carol.models.list().data]
    answer = carol.chat.completions.create(model="kimi-research-moonshot:instant",
                                           messages=[{"role": "user", "content": "v1-group: hello"}])
    assert "Simulated answer (moonshot" in answer.choices[0].message.content
    with pytest.raises(openai.NotFoundError) as refused:
        alice.chat.completions.create(model="kimi-research-moonshot",
                                      messages=[{"role": "user", "content": "v1-group: hello"}])
    assert refused.value.body["code"] == "model_not_found" and RESTRICTED not in str(refused.value.body)
    with pytest.raises(openai.NotFoundError):
        alice.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])


# -- every dialect, streaming and not ------------------------------------------------------------------------
@pytest.mark.parametrize("model", list(DIALECTS))
def test_every_dialect_whole_and_streamed(alice, model, sim_requests):
    dialect = DIALECTS[model]
    messages = [{"role": "system", "content": "You are terse."}, {"role": "user", "content": f"v1-{dialect}: hi"}]
    whole = alice.chat.completions.create(model=model, messages=messages)
    message = whole.choices[0].message
    assert message.content.startswith(f"Simulated answer ({dialect}, no model).") and "thinking: on" in message.content
    assert message.model_extra["reasoning_content"].startswith("The user asked")
    assert "</think>" not in message.content and whole.choices[0].finish_reason == "stop"
    assert whole.model == model and whole.object == "chat.completion"
    assert whole.usage.prompt_tokens > whole.usage.prompt_tokens_details.cached_tokens > 0  # the system prompt
    assert whole.usage.completion_tokens > 0

    chunks = list(alice.chat.completions.create(model=model, messages=messages, stream=True,
                                                stream_options={"include_usage": True}))
    content, reasoning, calls, finish, usage = streamed(chunks)
    assert (content, reasoning, calls, finish) == (message.content, message.model_extra["reasoning_content"], {},
                                                   "stop")
    assert len(chunks) >= 4 and chunks[-1].choices == [] and usage.prompt_tokens_details.cached_tokens > 0
    assert {c.id for c in chunks} == {chunks[0].id}
    sent = bodies_with(sim_requests, f"v1-{dialect}: hi")[-1]
    assert sent["messages"] == messages and sent["stream"] is True


def test_instant_mode_switches_thinking_per_kind(alice, sim_requests):
    for model, marker in ((VLLM + ":instant", "v1-instant-vllm"), ("kimi-simulated-moonshot-api:instant",
                                                                   "v1-instant-moon")):
        answer = alice.chat.completions.create(model=model, messages=[{"role": "user", "content": marker}],
                                               temperature=0.3, max_tokens=500)
        assert "thinking: off" in answer.choices[0].message.content
        assert answer.choices[0].message.model_extra.get("reasoning_content") is None
    (vllm,) = bodies_with(sim_requests, "v1-instant-vllm")
    (moon,) = bodies_with(sim_requests, "v1-instant-moon")
    assert vllm["chat_template_kwargs"] == {"thinking": False} and vllm["temperature"] == 0.3
    assert vllm["max_tokens"] == 500 and vllm["min_p"] == 0.01
    assert moon["thinking"] == {"type": "disabled"} and moon["max_completion_tokens"] == 500
    assert not {"temperature", "top_p", "min_p", "max_tokens"} & set(moon)  # Moonshot fixes its sampling


def test_a_stream_without_usage_asked_ends_with_its_finish(alice):
    chunks = list(alice.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "v1-plain"}],
                                                stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop" and all(c.usage is None for c in chunks)


# -- pictures ------------------------------------------------------------------------------------------------
def test_pictures_go_through_the_upload_checks(app, alice, sim_requests):
    small = data_url(Image.new("RGB", (320, 200), (10, 120, 200)))
    answer = alice.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": [
        {"type": "text", "text": "v1-picture: what is this?"}, {"type": "image_url", "image_url": {"url": small}}]}])
    assert "images: 1 (320x200)" in answer.choices[0].message.content
    wide = data_url(Image.new("RGB", (4096, 1024), (200, 10, 10)), "JPEG")
    answer = alice.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": wide}}, {"type": "text", "text": "v1-wide"}]}])
    assert "images: 1 (2048x512)" in answer.choices[0].message.content  # downscaled as an upload is
    (sent,) = bodies_with(sim_requests, "v1-wide")
    assert sent["messages"][0]["content"][0]["image_url"]["url"].startswith("data:image/png;base64,")  # few colours

    def refused(url, model=VLLM):
        with pytest.raises(openai.BadRequestError) as caught:
            alice.chat.completions.create(model=model, messages=[{"role": "user", "content": [
                {"type": "text", "text": "v1-bad-picture"}, {"type": "image_url", "image_url": {"url": url}}]}])
        return caught.value.body

    assert "not valid base64" in refused("data:image/png;base64,@@@@")["message"]
    assert "fetches no URLs" in refused("https://example.com/cat.png")["message"]
    text = base64.b64encode(b"just some text, no picture").decode()
    assert refused(f"data:image/png;base64,{text}")["code"] == "invalid_image"
    truncated = small[: len(small) // 2]
    truncated = truncated[: len(truncated) // 4 * 4]
    assert refused(truncated)["code"] == "invalid_image"
    bomb = Image.new("1", (12_000, 10_000))  # 120 megapixels, a few KB as PNG: refused as a bomb
    assert "decompression bomb" in refused(data_url(bomb))["message"]
    only_text = refused(small, model="kimi-simulated-llama-cpp")
    assert only_text["code"] == "vision_unsupported" and "reads no pictures" in only_text["message"]
    assert not bodies_with(sim_requests, "v1-bad-picture")  # nothing of it reached a backend


# -- tools ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("model", [VLLM, "kimi-simulated-moonshot-api", "kimi-simulated-llama-cpp"])
@pytest.mark.parametrize("stream", [False, True])
def test_the_clients_tools_are_passed_through(alice, model, stream, sim_requests):
    marker = f"v1-tools-{model}-{stream}"
    question = {"role": "user", "content": f'{marker}\ncall get_weather {{"city": "Paris"}}'}
    first = alice.chat.completions.create(model=model, messages=[question], tools=WEATHER, stream=stream)
    if stream:
        _, reasoning, calls, finish, _ = streamed(first)
        (call,) = calls.values()
    else:
        message = first.choices[0].message
        reasoning, finish = message.model_extra["reasoning_content"], first.choices[0].finish_reason
        call = {"id": message.tool_calls[0].id, "name": message.tool_calls[0].function.name,
                "arguments": message.tool_calls[0].function.arguments}
    assert finish == "tool_calls" and reasoning.strip()
    assert (call["id"], call["name"], json.loads(call["arguments"])) == ("functions.get_weather:0", "get_weather",
                                                                        {"city": "Paris"})
    back = [question, {"role": "assistant", "content": None, "reasoning_content": reasoning, "tool_calls": [
        {"id": call["id"], "type": "function", "function": {"name": "get_weather", "arguments": call["arguments"]}}]},
        {"role": "tool", "tool_call_id": call["id"], "content": "18 degrees and sunny"}]
    final = alice.chat.completions.create(model=model, messages=back, tools=WEATHER)
    content = final.choices[0].message.content
    assert final.choices[0].finish_reason == "stop" and "tool results: 1" in content
    assert "result functions.get_weather:0: 18 degrees and sunny" in content
    sent = bodies_with(sim_requests, marker)
    assert [b["tools"] for b in sent] == [WEATHER, WEATHER]
    assert len(sent[-1]["messages"]) == 3 and sent[-1]["messages"][2]["name"] == "get_weather"
    field = "reasoning" if model == VLLM else "reasoning_content"  # this turn's round goes back in the kind's field
    assert sent[-1]["messages"][1][field] == reasoning


def test_other_tool_call_ids_go_to_kimi_as_its_own(alice, sim_requests):
    marker = "v1-foreign-ids"
    messages = [{"role": "user", "content": marker},
                {"role": "assistant", "content": "", "tool_calls": [
                    {"id": "call_abc123", "type": "function", "function": {"name": "get_weather",
                                                                          "arguments": '{"city": "Oslo"}'}}]},
                {"role": "tool", "tool_call_id": "call_abc123", "content": "-3 degrees"}]
    answer = alice.chat.completions.create(model=VLLM, messages=messages, tools=WEATHER, tool_choice="auto")
    assert "result functions.get_weather:0: -3 degrees" in answer.choices[0].message.content
    (sent,) = bodies_with(sim_requests, marker)
    call_id = sent["messages"][1]["tool_calls"][0]["id"]
    assert call_id == sent["messages"][2]["tool_call_id"] == "functions.get_weather:0"
    assert sent["tool_choice"] == "auto" and "reasoning" not in sent["messages"][1]  # it had none


def test_kimi_ui_tools_are_not_run_here(alice):
    answer = alice.chat.completions.create(model=VLLM, messages=[
        {"role": "user", "content": 'v1-no-own-tools\ncall calculator {"expression": "6*7"}'}], tools=WEATHER)
    (call,) = answer.choices[0].message.tool_calls
    assert call.function.name == "calculator" and answer.choices[0].finish_reason == "tool_calls"  # handed back


def test_a_backend_without_a_tool_parser_says_so(alice):
    with pytest.raises(openai.BadRequestError) as refused:
        alice.chat.completions.create(model="kimi-simulated-vllm-without-auto-tool-choice",
                                      messages=[{"role": "user", "content": "v1-noauto"}], tools=WEATHER)
    body = refused.value.body
    assert body["code"] == "tools_unsupported" and "--enable-auto-tool-choice" in body["message"]


# -- saved to the history ------------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", [False, True])
def test_x_kimi_save_keeps_the_exchange(app, alice, alice_key, stream):
    picture = data_url(Image.new("RGB", (64, 48), (1, 2, 3)))
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "v1-earlier question"},
                {"role": "assistant", "content": "an earlier answer"},
                {"role": "user", "content": [{"type": "text", "text": f"v1-save-{stream}: and this?"},
                                             {"type": "image_url", "image_url": {"url": picture}}]}]
    raw = alice.chat.completions.with_raw_response.create(model=VLLM, messages=messages, stream=stream,
                                                          extra_headers={"X-Kimi-Save": "1"})
    conversation_id = raw.headers["x-kimi-conversation"]
    parsed = raw.parse()
    if stream:
        content, reasoning, *_ = streamed(parsed)
    else:
        message = parsed.choices[0].message
        content, reasoning = message.content, message.model_extra["reasoning_content"]
    with app.ctx.db.session() as session:
        owner = store.find_user_id(session, name="alice")
        conversation = store.get_conversation(session, owner_id=owner, conversation_id=conversation_id)
        rows = store.list_messages(session, owner_id=owner, conversation_id=conversation_id)
        files = store.attachments_for(session, owner_id=owner, message_ids=[rows[0].id])[rows[0].id]
    assert conversation.title == f"v1-save-{stream}: and this?" and conversation.system_prompt == "Be brief."
    assert [(r.role, r.status) for r in rows] == [("user", "done"), ("assistant", "done")]
    assert rows[0].content == f"v1-save-{stream}: and this?" and [(f.width, f.height) for f in files] == [(64, 48)]
    assert (rows[1].content, rows[1].reasoning, rows[1].backend, rows[1].mode) == (content, reasoning,
                                                                                   "Simulated vLLM", "thinking")
    assert rows[1].usage["cached_tokens"] > 0
    # the conversation is hers on the page and through /chat with her key (and nobody else's)
    client = Client(app.url, headers=bearer(alice_key), verbose=False)
    more = client.predict("v1-save: go on", None, "", "instant", conversation_id, api_name="/chat")
    assert more["status"] == "done" and "messages: 4" in more["content"]  # system, question, answer, this
    bob = Client(app.url, headers=bearer(new_key(app, "bob")), verbose=False)
    stranger = bob.predict("hello", None, "", "instant", conversation_id, api_name="/chat")
    assert stranger["error"]["code"] == "unknown_conversation"
    plain = alice.chat.completions.with_raw_response.create(model=VLLM, messages=[{"role": "user", "content": "x"}])
    assert "x-kimi-conversation" not in plain.headers


# -- failures ------------------------------------------------------------------------------------------------
def test_backend_failures_are_openai_errors(app, alice):
    def failure(text, error=openai.APIStatusError, model=VLLM):
        with pytest.raises(error) as caught:
            alice.chat.completions.create(model=model, messages=[{"role": "user", "content": text}])
        return caught.value

    server = failure("v1-fail #sim status=500", openai.InternalServerError)
    assert server.status_code == 502 and server.body["code"] == "backend_error"
    assert "Simulated vLLM failed with an internal error (500)" in server.body["message"]
    assert failure("v1-fail-auth #sim status=401").status_code == 502
    assert failure("v1-fail-busy #sim status=429", openai.RateLimitError).body["code"] == "rate_limit_exceeded"
    window = failure("v1-fail-window #sim window=5", openai.BadRequestError)
    assert window.body["code"] == "context_length_exceeded"
    with pytest.raises(openai.APIError):  # cut after the first words: an error object in the stream
        list(alice.chat.completions.create(model=VLLM, stream=True,
                                           messages=[{"role": "user", "content": "v1-cut #sim cut=5 tokens=50"}]))
    for body in ({"model": VLLM}, {"model": VLLM, "messages": []}, {"model": VLLM, "messages": [{"role": "robot"}]},
                 {"model": VLLM, "messages": [{"role": "user", "content": "x"}], "n": 3},
                 {"model": VLLM, "messages": [{"role": "user", "content": "x"}], "temperature": 9}):
        response = httpx.post(app.url + "v1/chat/completions", json=body, timeout=30,
                              headers={"Authorization": f"Bearer {alice.api_key}"})
        assert response.status_code == 400 and set(response.json()["error"]) == {"message", "type", "param", "code"}


def test_the_per_user_stream_limit_applies(app, alice):
    limits = app.ctx.turns.limits
    concurrent, limits.concurrent = limits.concurrent, 1
    try:
        raw = alice.chat.completions.with_raw_response.create(model=VLLM, stream=True, messages=[
            {"role": "user", "content": "v1-long #sim tokens=400 rate=40"}], extra_headers={"X-Kimi-Save": "1"})
        holding = raw.parse()
        next(iter(holding))  # it streams
        with pytest.raises(openai.RateLimitError) as refused:
            alice.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "v1-second"}])
        assert refused.value.body["code"] == "too_many_streams"
        holding.close()  # the client goes away: its stream ends, and with it what it held
        deadline = time.monotonic() + 10
        while limits._streaming[app.ctx.owner_id("alice")] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert alice.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "v1-third"}]).choices
        with app.ctx.db.session() as session:  # what it wrote until then is kept, as a stopped answer
            owner = store.find_user_id(session, name="alice")
            rows = store.list_messages(session, owner_id=owner, conversation_id=raw.headers["x-kimi-conversation"])
        assert [(r.role, r.status) for r in rows] == [("user", "done"), ("assistant", "cancelled")]
        assert rows[1].reasoning.startswith("The") and len(rows[1].content) < 1500
    finally:
        limits.concurrent = concurrent


# -- keys ----------------------------------------------------------------------------------------------------
def test_keys_only(app):
    for client in (sdk(app, "kimi-" + "x" * 40), sdk(app, "sk-not-ours"), sdk(app, "kimi-")):
        with pytest.raises(openai.AuthenticationError) as refused:
            client.models.list()
        assert refused.value.body["code"] == "invalid_api_key"
    bare = httpx.get(app.url + "v1/models", timeout=15)  # no key at all
    assert bare.status_code == 401 and bare.headers["www-authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in bare.json()["error"]["message"]
    cookie = session_cookie(app.url, "alice", PASSWORDS["alice"])  # a login is no key
    for method, path in (("GET", "v1/models"), ("POST", "v1/chat/completions"), ("GET", "v1/files")):
        response = httpx.request(method, app.url + path, headers=cookie_header(cookie), json={}, timeout=15)
        assert response.status_code == 401 and response.json()["error"]["code"] == "invalid_api_key"
        assert "login" not in response.text


def test_a_revoked_or_disabled_key_is_refused_at_once(app):
    key = new_key(app, "bob")
    bob = sdk(app, key)
    assert bob.models.list().data
    revoke(app, key)
    with pytest.raises(openai.AuthenticationError):
        bob.models.list()
    other = new_key(app, "carol")
    assert sdk(app, other).models.list().data
    with app.ctx.db.session() as session:
        from kimi_ui import auth
        auth.set_disabled(session, name="carol")
    try:
        with pytest.raises(openai.AuthenticationError):
            sdk(app, other).chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "x"}])
    finally:
        with app.ctx.db.session() as session:
            auth.set_disabled(session, name="carol", disabled=False)


def test_a_revoked_key_ends_nothing_already_written_but_starts_nothing_new(app):
    key = new_key(app, "bob")
    bob = sdk(app, key)
    stream = bob.chat.completions.create(model=VLLM, stream=True, messages=[
        {"role": "user", "content": "v1-revoked-mid #sim tokens=60 rate=60"}])
    first = next(iter(stream))
    revoke(app, key)
    content, *_ = streamed(stream)
    assert first.choices[0].delta.role == "assistant" and content
    with pytest.raises(openai.AuthenticationError):
        bob.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "again"}])


def test_many_streams_at_once(app, alice):
    results, errors = [], []

    def one(index):
        try:
            chunks = alice.chat.completions.create(model=VLLM, stream=True, messages=[
                {"role": "user", "content": f"v1-parallel-{index} #sim tokens=80 rate=200"}])
            results.append(streamed(chunks)[0])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors and len(results) == 6
    assert all("v1-parallel-" in r for r in results)


def test_a_body_over_the_cap_is_refused_before_it_is_read(app, alice_key):
    cap, app.settings.max_api_request_mb = app.settings.max_api_request_mb, 1
    try:
        big = {"model": VLLM, "messages": [{"role": "user", "content": "x" * (2 * 1024 * 1024)}]}
        for headers in (bearer(alice_key), {}):  # (before the key is looked at: the declared length says it)
            response = httpx.post(app.url + "v1/chat/completions", json=big, headers=headers, timeout=30)
            assert response.status_code == 413 and "at most 1,024 KB" in response.json()["error"]["message"]
    finally:
        app.settings.max_api_request_mb = cap


def test_v1_counts_in_usage_days_and_a_spent_budget_is_a_429(app):
    """Quotas count /v1 like the chat (kimi_ui/usage.py): the tokens land in usage_days; at the budget the SDK
    gets a RateLimitError saying so, and nothing is sent to the backend."""
    from sqlmodel import select

    from kimi_ui.storage.models import User
    from kimi_ui.storage.team_model import UsageDay

    client = sdk(app, new_key(app, "bob"))
    with app.ctx.db.session() as session:
        bob = store.find_user_id(session, name="bob")

    def counted() -> int:
        with app.ctx.db.session() as session:
            return sum(r.tokens for r in session.exec(select(UsageDay).where(UsageDay.owner_id == bob)))

    before = counted()
    reply = client.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "count me"}])
    assert counted() - before == reply.usage.prompt_tokens + reply.usage.completion_tokens > 0
    with app.ctx.db.session() as session:
        user = session.get(User, bob)
        user.day_tokens = 1  # spent already
        session.add(user)
        session.commit()
    try:
        with pytest.raises(openai.RateLimitError) as refused:
            client.chat.completions.create(model=VLLM, messages=[{"role": "user", "content": "more"}], stream=True)
        assert refused.value.code == "budget_spent" and "today's 1 tokens" in refused.value.message
    finally:
        with app.ctx.db.session() as session:
            user = session.get(User, bob)
            user.day_tokens = None
            session.add(user)
            session.commit()

"""Clients of the benchmarks, all through gradio_client: kimi-ui's /chat script API, kimi-ui's own UI events
(the composer's `send`, the sidebar's `action` with its event data, `after_turn`), the floor app's two
paths, and the raw openai client straight to the simulated backend.

The UI's events are private (`api_visibility="private"`): gradio_client refuses them by default, so a
UiSession marks its client's endpoints valid; any logged-in caller can run them anyway (see the security
notes), which is what the browser does. Event data (the sidebar click's {"action": "open:<id>"}) rides in
the queue/join body, as the browser sends it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextvars import copy_context
from dataclasses import dataclass
from typing import Any

from gradio_client import Client
from gradio_client.client import Job

from bench.perf_common import MODEL, SIM_BACKEND, connect

ANSWER_START = "Simulated answer"  # the simulator's report starts with this


class _PollingTime:
    """gradio_client's reader threads poll their message queues with time.sleep(0.05): a client-side
    quantisation of up to 50 ms on every timing. In the benchmark's clients they poll every POLL seconds
    instead (KIMI_BENCH_CLIENT_POLL, default 2 ms); the server sees no difference."""

    def __init__(self, poll: float) -> None:
        self.poll = poll

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, self.poll))

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


POLL = float(os.environ.get("KIMI_BENCH_CLIENT_POLL", "0.002"))


def fine_polling(poll: float = POLL) -> None:
    import gradio_client.utils

    gradio_client.utils.time = _PollingTime(poll)


fine_polling()


@dataclass
class Timing:
    ttft: float  # seconds from submit to the first token on the client
    total: float  # seconds from submit to the end of the event
    chars: int  # characters of the answer at the end
    error: str = ""
    submitted: float = 0.0  # time.time() at submit (to match the simulated backend's request log)


def submit_raw(client: Client, fn_index: int, args: list[Any], **body: Any) -> Job:
    """Client.submit without its keyword check: extra `body` fields (event_data) go into queue/join."""
    endpoint = client.endpoints[fn_index]
    helper = client.new_helper(fn_index, headers={"x-gradio-user": "api"})
    end_to_end = endpoint.make_end_to_end_fn(helper)
    future = client.executor.submit(copy_context().run, end_to_end, *args, **body)
    return Job(future, communicator=helper, verbose=False, _cancel_fn=endpoint.make_cancel(helper))


STREAM_TIMEOUT = float(os.environ.get("KIMI_BENCH_STREAM_TIMEOUT", "180"))


def follow(job: Job, timeout: float = STREAM_TIMEOUT) -> Iterator[Any]:
    """Each output of a job as it arrives (like iterating the job), but a stream that hangs is cancelled
    after `timeout` seconds and raises TimeoutError: a hang is an error figure, not a stuck benchmark."""
    seen, deadline = 0, time.monotonic() + timeout
    while True:
        done = job.done()
        outputs = job.outputs()
        while seen < len(outputs):
            seen += 1
            yield outputs[seen - 1]
        if done:
            return
        if time.monotonic() > deadline:
            job.cancel()
            raise TimeoutError(f"no end of the stream after {timeout:g} s")
        time.sleep(POLL)  # (iterating a Job polls every 1 ms: 32 such threads would load the load generator)


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(_text(c) for c in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "") if content.get("type", "text") == "text" \
            else ""
    return ""


def answer_text(chat: Any) -> str:
    """The streamed answer: in kimi-ui's conversation view (a dict of messages), the text parts of the last
    answer; in a Chatbot value (the floor app), the assistant items after the last user item, less metadata
    blocks."""
    if isinstance(chat, dict):
        messages = chat.get("messages") or []
        last = messages[-1] if messages and messages[-1].get("role") == "assistant" else {}
        return "".join(p.get("html") or "" for p in last.get("parts") or () if p.get("type") == "text")
    texts = []
    for item in reversed(chat or []):
        if not isinstance(item, dict) or item.get("role") == "user":
            break
        if (item.get("metadata") or {}).get("title"):
            continue
        text = _text(item.get("content"))
        if not text.startswith('<div class="kimi-stats"'):
            texts.append(text)
    return "".join(reversed(texts))


def _chat_of(outputs: Any) -> Any:
    """The Chatbot's value among a send event's outputs: the only one (gradio_client leaves State out),
    or the first of several."""
    if isinstance(outputs, tuple):
        return outputs[0]
    if isinstance(outputs, list) and outputs and not (isinstance(outputs[0], dict) and "role" in outputs[0]):
        return outputs[0]
    return outputs


def _is_chat(value: Any) -> bool:
    """A chat value (the conversation view's dict of messages, or a Chatbot's list), not a gr.skip() left as
    None or an update dict."""
    return isinstance(value, list) or (isinstance(value, dict) and "messages" in value)


class UiSession:
    """One browser session of kimi-ui, through gradio_client (one session_hash, its server-side gr.State)."""

    def __init__(self, url: str) -> None:
        self.client = connect(url)
        self.fn = {}
        for index, endpoint in self.client.endpoints.items():
            endpoint.is_valid = True  # the page's own (private) events
            name = (endpoint.api_name or "").lstrip("/")
            self.fn.setdefault(name, index)

    def run(self, name: str, args: list[Any], **body: Any) -> Any:
        return submit_raw(self.client, self.fn[name], args, **body).result(timeout=STREAM_TIMEOUT)

    def load(self) -> Any:
        return self.run("load", [])

    def open(self, conversation_id: str) -> tuple[Any, float]:
        """Click the conversation in the sidebar: the `action` event with {"action": "open:<id>"}."""
        started = time.perf_counter()
        outputs = self.run("action", [], event_data={"action": f"open:{conversation_id}"})
        return outputs, time.perf_counter() - started

    def new_chat(self) -> Any:
        return self.run("new_chat", [])

    def send(self, text: str, mode: str = "instant", after_turn: bool = True) -> Timing:
        """Type and press Enter, as the page chains it: `send` streams until the answer has started and hands
        over; `after_turn`, then `follow_queued` streams the rest of the answer (and any queued ones), then
        `after_follow` shows the end (its stored form, once the model's title is written: not counted in the
        total, which ends when the whole answer is on screen). With after_turn=False only `send` runs."""
        args = [{"text": text, "files": []}, mode, SIM_BACKEND, "", "", "", "", "", []]
        submitted, started = time.time(), time.perf_counter()
        ttft, chat = None, None
        steps = [("send", args)] + ([("after_turn", []), ("follow_queued", []), ("after_follow", [])]
                                    if after_turn else [])
        total = None
        for name, step_args in steps:
            job = submit_raw(self.client, self.fn[name], step_args)
            for outputs in follow(job):
                if name in ("send", "follow_queued") and _is_chat(_chat_of(outputs)):
                    chat = _chat_of(outputs)
                    if ttft is None and answer_text(chat).strip():
                        ttft = time.perf_counter() - started
            job.result(timeout=30)
            if name == "follow_queued" or not after_turn:  # the whole answer is on screen
                total = time.perf_counter() - started
        total = total if total is not None else time.perf_counter() - started
        chars = len(answer_text(chat))
        return Timing(ttft if ttft is not None else float("nan"), total, chars, "" if ttft else "no answer", submitted)

    def close(self) -> None:
        self.client.close()


def chat_api(client: Client, text: str, cancel_at_first: bool = False, conversation_id: str = "") -> Timing:
    """kimi-ui's /chat: one new conversation per call unless conversation_id is given."""
    submitted, started = time.time(), time.perf_counter()
    job = client.submit(text, None, SIM_BACKEND, "instant", conversation_id, api_name="/chat")
    ttft = None
    for snapshot in follow(job):
        if ttft is None and isinstance(snapshot, dict) and snapshot.get("content"):
            ttft = time.perf_counter() - started
            if cancel_at_first:
                job.cancel()
                return Timing(ttft, ttft, len(snapshot["content"]))
    result = job.result(timeout=30)
    total = time.perf_counter() - started
    error = "" if isinstance(result, dict) and result.get("status") == "done" else f"{str(result)[:200]}"
    return Timing(ttft if ttft is not None else float("nan"), total, len((result or {}).get("content") or ""), error,
                  submitted)


def floor_api(client: Client, text: str, cancel_at_first: bool = False) -> Timing:
    """The floor app's gr.api `/chat`: the same request to the same backend, deltas accumulated."""
    submitted, started = time.time(), time.perf_counter()
    job = client.submit(text, api_name="/chat")
    ttft = None
    for content in follow(job):
        if ttft is None and content:
            ttft = time.perf_counter() - started
            if cancel_at_first:
                job.cancel()
                return Timing(ttft, ttft, len(content))
    result = job.result(timeout=30)
    return Timing(ttft if ttft is not None else float("nan"), time.perf_counter() - started, len(result or ""), "",
                  submitted)


def floor_ui(client: Client, text: str) -> Timing:
    """The floor app's Chatbot event (textbox submit -> chatbot), full stream."""
    submitted, started = time.time(), time.perf_counter()
    job = client.submit(text, [], api_name="/respond")
    ttft = None
    for chat in follow(job):
        if ttft is None and answer_text(chat).strip():
            ttft = time.perf_counter() - started
    final = job.result(timeout=30)
    return Timing(ttft if ttft is not None else float("nan"), time.perf_counter() - started, len(answer_text(final)),
                  "", submitted)


def backend_log(sim_url: str, clear: bool = False) -> dict[str, dict]:
    """The simulated backend's request log, by the text of each request's last message."""
    import httpx

    if clear:
        httpx.delete(f"{sim_url}/_sim/requests")
        return {}
    found = {}
    for entry in httpx.get(f"{sim_url}/_sim/requests", timeout=30).json():
        body = entry.get("body")
        messages = body.get("messages") if isinstance(body, dict) else None
        last = messages[-1].get("content") if messages else None
        text = last if isinstance(last, str) else " ".join(p.get("text", "") for p in last or [] if isinstance(p, dict))
        found.setdefault(text, entry)
    return found


_RAW: dict[str, Any] = {}


def _raw_client(base_url: str) -> Any:
    """One client per backend, made once (kimi-ui and the floor app keep theirs too)."""
    if base_url not in _RAW:
        from openai import OpenAI

        _RAW[base_url] = OpenAI(base_url=base_url, api_key="none", max_retries=0)
    return _RAW[base_url]


def raw_stream(base_url: str, text: str, cancel_at_first: bool = False) -> Timing:
    """The raw openai client straight to the simulated backend (instant mode, the vLLM dialect)."""
    client = _raw_client(base_url)
    submitted, started = time.time(), time.perf_counter()
    stream = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}], stream=True,
                                            extra_body={"chat_template_kwargs": {"thinking": False}})
    ttft, chars = None, 0
    try:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                chars += len(chunk.choices[0].delta.content)
                if ttft is None:
                    ttft = time.perf_counter() - started
                    if cancel_at_first:
                        break
    finally:
        stream.close()
    return Timing(ttft if ttft is not None else float("nan"), time.perf_counter() - started, chars, "", submitted)

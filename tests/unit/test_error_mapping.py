"""HTTP errors and exceptions -> TurnError with a plain message and a fix hint (kimi-wire-facts.md)."""

from __future__ import annotations

import httpx2
import openai
import pytest

from kimi_ui.backends import errors
from kimi_ui.events import TurnError

SECRET = "sk-TEST-0123456789abcdefSECRET"
MOONSHOT = {"api_key_env": "MOONSHOT_API_KEY", "base_url": "https://api.moonshot.ai/v1", "kind": "moonshot"}
VLLM = {"api_key_env": None, "base_url": "http://127.0.0.1:8000/v1", "kind": "vllm"}
LLAMACPP = {"api_key_env": None, "base_url": "http://127.0.0.1:8080/v1"}


def moonshot_body(kind: str, message: str) -> dict:
    return {"error": {"type": kind, "message": message}}


def vllm_body(message: str, kind: str = "BadRequestError", code: int = 400, legacy: bool = False) -> dict:
    inner = {"message": message, "type": kind, "param": None, "code": code}
    return {"object": "error", **inner} if legacy else {"error": inner}


# -- Moonshot -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["invalid_authentication_error", "incorrect_api_key_error"])
def test_moonshot_401_names_the_key_variable_and_both_platforms(kind):
    error = errors.from_status(401, moonshot_body(kind, "Invalid Authentication"), "Moonshot API", MOONSHOT)

    assert error.code == "auth"
    assert error.retryable is False
    assert error.status == 401
    assert "MOONSHOT_API_KEY" in error.hint
    assert "platform.moonshot.cn" in error.hint and "platform.moonshot.ai" in error.hint
    assert "Invalid Authentication" in error.message  # what the server said is kept


@pytest.mark.parametrize(
    "kind, message",
    [
        (
            "rate_limit_reached_error",
            "Your account org-abc<ak-def> request reached organization max RPM: 3, please try again after 1 seconds",
        ),
        ("engine_overloaded_error", "The engine is currently overloaded, please try again later"),
    ],
)
def test_moonshot_429_rate_limit_and_overload_are_retryable(kind, message):
    error = errors.from_status(429, moonshot_body(kind, message), "Moonshot API", MOONSHOT)

    assert error.code == "rate_limited"
    assert error.retryable is True
    assert error.hint


def test_moonshot_429_quota_is_billing_and_not_retried():
    body = moonshot_body(
        "exceeded_current_quota_error",
        "Your account org-abc<ak-def> is suspended, please check your plan and billing details",
    )
    error = errors.from_status(429, body, "Moonshot API", MOONSHOT)

    assert error.code == "quota"
    assert error.retryable is False
    assert "billing" in error.hint.lower()


def test_moonshot_403_insufficient_balance():
    body = moonshot_body(
        "exceeded_current_quota_error",
        "Your account org-abc<ak-def> is not active, current state: Suspended, "
        "you may consider to check your account balance",
    )
    error = errors.from_status(403, body, "Moonshot API", MOONSHOT)

    assert error.code == "billing"
    assert error.retryable is False
    assert "balance" in error.message.lower()
    assert "top up" in error.hint.lower()


def test_moonshot_400_content_filter():
    body = moonshot_body("content_filter", "The request was rejected because it was considered high risk")
    error = errors.from_status(400, body, "Moonshot API", MOONSHOT)

    assert error.code == "content_filter"
    assert error.retryable is False
    assert "content filter" in error.message
    assert "Rephrase" in error.hint


# -- context length in every dialect --------------------------------------------------------------------
@pytest.mark.parametrize(
    "status, body, context",
    [
        (400, moonshot_body("invalid_request_error", "Invalid request: Input token length too long"), MOONSHOT),
        (
            400,
            vllm_body("This model's maximum context length is 262144 tokens. However, your request has 300000 "
                      "input tokens. Please reduce the length of the input messages."),
            VLLM,
        ),
        (
            400,
            vllm_body("This model's maximum context length is 262144 tokens. However, your request has 300000 "
                      "input tokens. Please reduce the length of the input messages.", legacy=True),
            VLLM,
        ),
        (
            400,
            {"error": {"code": 400, "message": "the request exceeds the available context size, try increasing it",
                       "type": "exceed_context_size_error", "n_prompt_tokens": 300000, "n_ctx": 262144}},
            LLAMACPP,
        ),
    ],
    ids=["moonshot", "vllm", "vllm-legacy", "llamacpp"],
)
def test_context_length_errors(status, body, context):
    error = errors.from_status(status, body, "backend", context)

    assert error.code == "context_length"
    assert error.retryable is False
    assert "too long" in error.message
    assert "new conversation" in error.hint
    if context is not MOONSHOT:  # (Moonshot says no count)
        assert (error.params["prompt_tokens"], error.params["window_tokens"]) == (300000, 262144)


@pytest.mark.parametrize("said, counts", [
    ("request (9575 tokens) exceeds the available context size (4096 tokens), try increasing it",
     {"prompt_tokens": 9575, "window_tokens": 4096}),
    ("This model's maximum context length is 4096 tokens. However, you requested 9800 tokens (9575 in the "
     "messages, 225 in the completion). Please reduce the length of the messages or completion.",
     {"prompt_tokens": 9575, "window_tokens": 4096}),
    ("This model's maximum context length is 4096 tokens.", {"window_tokens": 4096}),
    ("Invalid request: Input token length too long", {}),
])
def test_the_count_a_server_gives_with_its_refusal_is_kept(said, counts):
    """The engine leaves out the oldest turns by the server's own count and tries once more."""
    assert errors.context_counts({"error": {"message": said}}, said) == counts


# -- vLLM / llama.cpp troubleshooting hints -------------------------------------------------------------
@pytest.mark.parametrize("legacy", [False, True], ids=["nested", "legacy"])
def test_vllm_without_auto_tool_choice_hints_at_the_flags(legacy):
    body = vllm_body('"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
                     legacy=legacy)
    error = errors.from_status(400, body, "vLLM (local)", VLLM)

    assert error.code == "tool_parser"
    assert error.retryable is False
    assert "--tool-call-parser kimi_k2" in error.hint
    assert "--enable-auto-tool-choice" in error.hint


def test_llamacpp_without_mmproj_cannot_read_images():
    body = {"error": {"code": 500, "message": "image input is not supported - hint: if this is unexpected, you "
                                              "may need to provide the mmproj", "type": "server_error"}}
    error = errors.from_status(500, body, "llama.cpp (local)", LLAMACPP)

    assert error.code == "vision_unsupported"
    assert error.retryable is False
    assert "vLLM" in error.hint
    assert "images" in error.message


@pytest.mark.parametrize("legacy", [False, True], ids=["nested", "legacy"])
def test_cuda_out_of_memory_hints_at_the_hardware_needed(legacy):
    body = vllm_body("CUDA out of memory. Tried to allocate 7.00 GiB. GPU 0 has a total capacity of 79.11 GiB",
                     kind="InternalServerError", code=500, legacy=legacy)
    error = errors.from_status(500, body, "vLLM (local)", VLLM)

    assert error.code == "oom"
    assert "8x H200" in error.hint
    assert "--gpu-memory-utilization 0.90" in error.hint


@pytest.mark.parametrize("status", [502, 503])
@pytest.mark.parametrize("body", [None, "<html><body>Bad Gateway</body></html>", {"error": {"message": "busy"}}])
def test_gateway_errors_are_retryable(status, body):
    error = errors.from_status(status, body, "vLLM (local)", VLLM)

    assert error.code == "unavailable"
    assert error.retryable is True
    assert str(status) in error.message


def test_both_body_shapes_give_the_same_mapping():
    message = "This model's maximum context length is 262144 tokens. However, your request has 300000 input tokens."
    nested = errors.from_status(400, vllm_body(message), "vLLM", VLLM)
    legacy = errors.from_status(400, vllm_body(message, legacy=True), "vLLM", VLLM)

    assert nested == legacy
    assert message in nested.message


def test_moonshot_sampling_rejection_explains_the_fixed_sampling():
    body = moonshot_body("invalid_request_error", "invalid temperature: only 1 is allowed for this model")
    error = errors.from_status(400, body, "Moonshot behind openai kind", MOONSHOT)

    assert error.code == "sampling_rejected"
    assert "moonshot" in error.hint


# -- exceptions ------------------------------------------------------------------------------------------
def test_connect_error_is_unreachable_and_names_the_url():
    error = errors.from_exception(httpx2.ConnectError("x"), "vLLM (local)", VLLM)

    assert error.code == "unreachable"
    assert "http://127.0.0.1:8000/v1" in error.message
    assert "vllm serve" in error.hint


def test_sdk_connection_error_is_unreachable():
    request = httpx2.Request("POST", "http://127.0.0.1:8000/v1/chat/completions")
    error = errors.from_exception(openai.APIConnectionError(request=request), "vLLM (local)", VLLM)

    assert error.code == "unreachable"


def test_remote_protocol_error_is_a_cut_stream_and_the_partial_answer_is_kept():
    error = errors.from_exception(httpx2.RemoteProtocolError("x"), "vLLM (local)", VLLM)

    assert error.code == "stream_cut"
    assert "What had arrived (thoughts or text) is kept" in error.message
    assert "Continue" in error.hint


@pytest.mark.parametrize(
    "exc",
    [
        httpx2.ReadTimeout("x"),
        openai.APITimeoutError(request=httpx2.Request("POST", "http://127.0.0.1:8080/v1/chat/completions")),
    ],
    ids=["httpx2", "openai"],
)
def test_read_timeout(exc):
    error = errors.from_exception(exc, "llama.cpp (local)", LLAMACPP)

    assert error.code == "timeout"
    assert "read_timeout" in error.hint


def test_sdk_status_error_goes_through_the_status_mapping():
    request = httpx2.Request("POST", "https://api.moonshot.ai/v1/chat/completions")
    response = httpx2.Response(429, request=request)
    body = moonshot_body("engine_overloaded_error", "The engine is currently overloaded, please try again later")
    exc = openai.RateLimitError("overloaded", response=response, body=body)

    error = errors.from_exception(exc, "Moonshot API", MOONSHOT)

    assert error.code == "rate_limited"
    assert error.retryable is True
    assert error.status == 429


def test_unknown_exception_gives_no_internals():
    error = errors.from_exception(RuntimeError(f"boom with {SECRET}"), "vLLM (local)", VLLM)

    assert error.code == "internal"
    assert SECRET not in error.message + error.hint


# -- secrets ---------------------------------------------------------------------------------------------
STATUS_CASES = [
    (401, moonshot_body("invalid_authentication_error", "Invalid Authentication")),
    (403, moonshot_body("permission_denied_error", "insufficient balance")),
    (429, moonshot_body("rate_limit_reached_error", "max RPM reached")),
    (429, moonshot_body("exceeded_current_quota_error", "suspended")),
    (400, moonshot_body("content_filter", "high risk")),
    (400, moonshot_body("invalid_request_error", "Input token length too long")),
    (400, vllm_body('"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set')),
    (404, vllm_body("The model `kimi` does not exist.", kind="NotFoundError", code=404)),
    (500, vllm_body("CUDA out of memory", legacy=True)),
    (500, {"error": {"message": "image input is not supported - hint: provide the mmproj"}}),
    (502, None),
    (503, "Service Unavailable"),
]


def test_no_message_or_hint_ever_contains_the_api_key(monkeypatch):
    monkeypatch.setenv("MOONSHOT_API_KEY", SECRET)
    context = {**MOONSHOT, "api_key_env": "MOONSHOT_API_KEY"}
    results: list[TurnError] = [errors.from_status(s, b, "Moonshot API", context) for s, b in STATUS_CASES]
    results += [
        errors.from_exception(exc, "Moonshot API", context)
        for exc in (httpx2.ConnectError("x"), httpx2.RemoteProtocolError("x"), httpx2.ReadTimeout("x"))
    ]

    assert len({r.code for r in results}) >= 12  # the cases above really take different branches
    for result in results:
        assert SECRET not in result.message
        assert SECRET not in result.hint
        assert result.message, result


def test_401_on_a_local_server_does_not_talk_about_moonshot_platforms():
    error = errors.from_status(401, {"error": {"message": "Unauthorized"}}, "vLLM (local)", VLLM)
    assert error.code == "auth" and "api_key_env" in error.hint and "moonshot" not in error.hint.lower()


def test_a_base_url_password_is_never_in_an_error():
    # The connection error names the server; the credentials in its URL, or a URL with credentials that the
    # server's own error text repeats, are redacted (kimi_ui.redact).
    context = {**VLLM, "base_url": "http://alice:Pr0xyPassw0rd@10.1.2.3:8000/v1?api_key=QueryKey123"}
    refused = errors.from_exception(httpx2.ConnectError("x"), "vLLM (proxied)", context)
    echoed = errors.from_status(502, {"error": {"message": "upstream http://alice:Pr0xyPassw0rd@10.1.2.3:8000 down"}},
                                "vLLM (proxied)", context)
    assert refused.code == "unreachable" and "10.1.2.3:8000/v1" in refused.message
    for error in (refused, echoed):
        assert "Pr0xyPassw0rd" not in error.message + error.hint and "QueryKey123" not in error.message

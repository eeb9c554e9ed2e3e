"""HTTP/SDK errors -> TurnError with a code, its params, and (from the catalog: error.*, error_hint.*) a plain
message and a fix hint (wire facts + deployment guide)."""

from __future__ import annotations

import re
from typing import Any

import httpx2

from kimi_ui.events import TurnError, error
from kimi_ui.i18n import text
from kimi_ui.redact import redact, redact_url

__all__ = ["from_exception", "from_status", "redact"]  # redact: the one mechanism, kimi_ui.redact

# The hints tests and other modules name (their words are the catalog's, kimi_ui/i18n: error_hint.*).
VISION_HINT = text("error_hint.vision_unsupported")
OOM_HINT = text("error_hint.oom")


def _body_fields(body: Any) -> tuple[str, str]:
    """(type, message) from either error shape: nested `error` or vLLM's older top-level object."""
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        kind = str(inner.get("type") or inner.get("code") or "")
        return kind, str(inner.get("message") or "")
    return "", str(body or "")


# What a server says when the prompt does not fit (the engine trims by the count and tries once more):
# llama.cpp: {"type": "exceed_context_size_error", "n_prompt_tokens": N, "n_ctx": M} and "request (N tokens)
# exceeds the available context size (M tokens)" (tools/server/server-common.cpp); vLLM: "This model's maximum
# context length is M tokens. However, you requested T tokens (N in the messages, C in the completion)" or
# "... your request has N input tokens" (vllm/entrypoints/openai/serving_engine.py).
_PROMPT_COUNTS = (re.compile(r"request \((\d+) tokens\) exceeds the available context size \((\d+) tokens\)"),)
_WINDOW = re.compile(r"maximum context length is (\d+) tokens")
_PROMPT = re.compile(r"\((\d+) in the messages|request has (\d+) input tokens|prompt \(length (\d+)\)")


def context_counts(body: Any, said: str) -> dict[str, int]:
    """The prompt's size and the window the server reported, where it did (`prompt_tokens`, `window_tokens`)."""
    inner = body.get("error") if isinstance(body, dict) and isinstance(body.get("error"), dict) else body
    if isinstance(inner, dict) and isinstance(inner.get("n_prompt_tokens"), int) and isinstance(inner.get("n_ctx"), int):
        return {"prompt_tokens": inner["n_prompt_tokens"], "window_tokens": inner["n_ctx"]}
    for pattern in _PROMPT_COUNTS:
        if found := pattern.search(said):
            return {"prompt_tokens": int(found[1]), "window_tokens": int(found[2])}
    counts: dict[str, int] = {}
    if found := _WINDOW.search(said):
        counts["window_tokens"] = int(found[1])
    if found := _PROMPT.search(said):
        counts["prompt_tokens"] = int(next(g for g in found.groups() if g))
    return counts


def from_status(status: int, body: Any, backend: str, context: dict[str, Any] | None = None) -> TurnError:
    """The error for an HTTP status and body; what the server said is kept (redacted, untranslated) as `said`."""
    ctx = context or {}
    kind, said = _body_fields(body)
    said = redact(said, ctx.get("secrets"))
    low = f"{kind} {said}".lower()

    def failed(code: str, retryable: bool = False, **params: Any) -> TurnError:
        quoted = {"said": said} if said else {}
        return error(code, retryable=retryable, status=status, backend=backend, status_code=status, **quoted,
                     **params)

    if "auto\" tool choice" in low or "enable-auto-tool-choice" in low:
        return failed("tool_parser")
    if "continue_final_message" in low or "cannot continue an assistant message" in low or "prefill" in low:
        return failed("continue_refused")
    if "image input is not supported" in low or "mmproj" in low:
        return failed("vision_unsupported")
    if "content_filter" in low or "high risk" in low:
        return failed("content_filter")
    if any(s in low for s in ("maximum context length", "token length too long", "exceed_context_size", "context length")):
        return failed("context_length", **context_counts(body, said))
    if "out of memory" in low or "outofmemory" in low:
        return failed("oom")
    if status == 401:
        return failed("auth", **_auth_hint(ctx))
    if status == 429 and ("quota" in low or "billing" in low or "suspended" in low):
        return failed("quota")
    if status == 403:
        return failed("billing")
    if status == 429:
        return failed("rate_limited", retryable=True)
    if status in (502, 503, 504):
        return failed("unavailable", retryable=True)
    if status == 404:
        return failed("not_found")
    if "temperature" in low or "top_p" in low:
        return failed("sampling_rejected")
    if status >= 500:
        return failed("server_error", **({"hints": ["server_error", "oom"]} if "cuda" in low else {}))
    return failed("bad_request")


def _auth_hint(ctx: dict[str, Any]) -> dict[str, Any]:
    """The hint's params: the key's variable (or how to name one), and for Moonshot that keys are per platform."""
    env = ctx.get("api_key_env")
    hints = ["auth.env" if env else "auth.no_env"] + (["auth.moonshot"] if ctx.get("kind") == "moonshot" else [])
    return {"hints": hints, "env": env} if env else {"hints": hints}


def from_exception(
    exc: BaseException, backend: str, context: dict[str, Any] | None = None, *, mid_stream: bool = False
) -> TurnError:
    """`mid_stream`: chunks had arrived already, so a transport failure is a broken stream (the SDK
    reports it as APIConnectionError, like a refused connection)."""
    import openai  # loaded already: the exception came from a client (backends.base.load_sdk)

    ctx = context or {}
    if isinstance(exc, openai.APIStatusError):
        return from_status(exc.status_code, exc.body, backend, ctx)
    if mid_stream and isinstance(exc, (httpx2.TransportError, openai.APIError)):
        return error("stream_cut", backend=backend)
    if isinstance(exc, openai.APITimeoutError) or isinstance(exc, httpx2.TimeoutException):
        return error("timeout", backend=backend)
    if isinstance(exc, openai.APIConnectionError) or isinstance(exc, httpx2.ConnectError):
        return error("unreachable", backend=backend,
                     url=redact_url(str(ctx.get("base_url") or "its base_url")))
    if isinstance(exc, (httpx2.TransportError, openai.APIError)):
        return error("stream_cut", backend=backend)
    return error("internal", backend=backend, kind=type(exc).__name__)

"""HTTP/SDK errors -> TurnError with a plain message and a fix hint (wire facts + deployment guide)."""

from __future__ import annotations

from typing import Any

import httpx2

from kimi_ui.events import TurnError
from kimi_ui.redact import redact, redact_url

__all__ = ["from_exception", "from_status", "redact"]  # redact: the one mechanism, kimi_ui.redact

TOOL_PARSER_HINT = (
    "Start vLLM with `--tool-call-parser kimi_k2 --enable-auto-tool-choice` so that tool calls are parsed."
)
VISION_HINT = (
    "Vision for Kimi K2.5 GGUF files is not available in llama.cpp (it needs an mmproj): use vLLM for "
    "images, or set `vision = false` for this backend."
)
OOM_HINT = (
    "The full model needs 8x H200 with FP8 weights and `--gpu-memory-utilization 0.90`; on smaller boxes "
    "use a quantised GGUF with llama.cpp."
)
REPETITION_HINT = (
    "Repetitive output usually means wrong sampling: temperature 0.6 (instant) or 1.0 (thinking) and "
    "`min_p 0.01`."
)


def _body_fields(body: Any) -> tuple[str, str]:
    """(type, message) from either error shape: nested `error` or vLLM's older top-level object."""
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        kind = str(inner.get("type") or inner.get("code") or "")
        return kind, str(inner.get("message") or "")
    return "", str(body or "")


def from_status(status: int, body: Any, backend: str, context: dict[str, Any] | None = None) -> TurnError:
    ctx = context or {}
    kind, text = _body_fields(body)
    text = redact(text, ctx.get("secrets"))
    low = f"{kind} {text}".lower()
    said = f" The server said: {text}" if text else ""

    def error(code: str, message: str, hint: str = "", retryable: bool = False) -> TurnError:
        return TurnError(code=code, message=message + said, hint=hint, retryable=retryable, status=status)

    if "auto\" tool choice" in low or "enable-auto-tool-choice" in low:
        return error("tool_parser", f"{backend} refused tool calling.", TOOL_PARSER_HINT)
    if "image input is not supported" in low or "mmproj" in low:
        return error("vision_unsupported", f"{backend} cannot read images.", VISION_HINT)
    if "content_filter" in low or "high risk" in low:
        return error("content_filter", f"{backend} refused the request (content filter).",
                     "Rephrase the message or remove the attachment that triggered the filter.")
    if any(s in low for s in ("maximum context length", "token length too long", "exceed_context_size", "context length")):
        return error("context_length", f"The conversation is too long for {backend}'s context window.",
                     "Start a new conversation, remove attachments, or lower max tokens.")
    if "out of memory" in low or "outofmemory" in low:
        return error("oom", f"{backend} ran out of GPU memory.", OOM_HINT)
    if status == 401:
        return error("auth", f"{backend} refused the API key.", _auth_hint(ctx))
    if status == 429 and ("quota" in low or "billing" in low or "suspended" in low):
        return error("quota", f"{backend}'s account has no quota left.",
                     "This is a billing limit, not a rate limit: check the plan and balance of the account.")
    if status == 403:
        return error("billing", f"{backend} refused the request (403): the account may have insufficient balance.",
                     "Top up the account or check its permissions.")
    if status == 429:
        return error("rate_limited", f"{backend} is rate-limited or overloaded.",
                     "Wait a moment and try again.", retryable=True)
    if status in (502, 503, 504):
        return error("unavailable", f"{backend} is temporarily unavailable ({status}).",
                     "The server may be starting or overloaded; try again shortly.", retryable=True)
    if status == 404:
        return error("not_found", f"{backend} does not know this model or route (404).",
                     "Check `model` and `base_url` (it usually ends in /v1) for this backend.")
    if "temperature" in low or "top_p" in low:
        return error("sampling_rejected", f"{backend} rejected the sampling settings.",
                     "Moonshot fixes sampling for kimi-k2.5: use `kind = \"moonshot\"` for it, which sends none.")
    if status >= 500:
        return error("server_error", f"{backend} failed with an internal error ({status}).",
                     "Check the server's log. " + OOM_HINT if "cuda" in low else "Check the server's log.")
    return error("bad_request", f"{backend} rejected the request ({status}).")


def _auth_hint(ctx: dict[str, Any]) -> str:
    env = ctx.get("api_key_env")
    hint = f"Check the key in `{env}`." if env else "Set `api_key_env` for this backend to the variable holding its key."
    if ctx.get("kind") == "moonshot":
        hint += (" Keys from platform.moonshot.cn and platform.moonshot.ai are not interchangeable: the base_url "
                 "must match the platform that issued the key.")
    return hint


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
        return _stream_cut(backend)
    if isinstance(exc, openai.APITimeoutError) or isinstance(exc, httpx2.TimeoutException):
        return TurnError(
            code="timeout",
            message=f"{backend} did not answer in time.",
            hint="A CPU-offloaded GGUF can take minutes for the first token: raise `read_timeout` "
            "(KIMI_UI_READ_TIMEOUT) or check that the server is not stuck.",
            retryable=False,
        )
    if isinstance(exc, openai.APIConnectionError) or isinstance(exc, httpx2.ConnectError):
        return TurnError(
            code="unreachable",
            message=f"Could not connect to {backend} at {redact_url(str(ctx.get('base_url') or 'its base_url'))}.",
            hint="Is the server running and reachable from this machine? For vLLM: "
            "`vllm serve moonshotai/Kimi-K2.5 ...` on port 8000; for llama.cpp: `llama-server ... --port 8080`.",
            retryable=False,
        )
    if isinstance(exc, (httpx2.TransportError, openai.APIError)):
        return _stream_cut(backend)
    return TurnError(code="internal", message=f"Unexpected error talking to {backend}: {type(exc).__name__}.",
                     hint="See the app's log for details.")


def _stream_cut(backend: str) -> TurnError:
    return TurnError(
        code="stream_cut",
        message=f"The connection to {backend} broke off mid-answer. What had arrived (thoughts or text) is kept.",
        hint="Press Continue to ask the model to go on, or check the server's log.",
    )

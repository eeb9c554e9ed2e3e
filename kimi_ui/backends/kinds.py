"""One small class per backend kind: how its dialect switches thinking, samples and takes history back.

See ../shared/docs/kimi-wire-facts.md. A new kind is a new class registered in KINDS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from kimi_ui.config import BackendConfig

CONTINUE_TEXT = "Please continue from where you stopped."  # the generic kind's way to continue (not stored)


@dataclass(frozen=True)
class Capabilities:
    vision: bool
    video: bool
    tools: bool
    sampling: bool  # False: the server fixes sampling (Moonshot); the UI shows the controls locked
    sampling_locked_reason: str = ""
    native_video_bytes: int = 0  # > 0: videos up to this size go as the file itself, not as frames


@dataclass(frozen=True)
class Sampling:
    temperature: float
    top_p: float
    min_p: float | None


class Kind:
    """Generic OpenAI-compatible server: standard fields only, no thinking switch."""

    name: ClassVar[str] = "openai"
    vision: ClassVar[bool] = True
    video: ClassVar[bool] = False
    tools: ClassVar[bool] = True
    sends_sampling: ClassVar[bool] = True
    sends_min_p: ClassVar[bool] = False
    budget_field: ClassVar[str] = "max_tokens"
    # field that carries an earlier assistant tool round's reasoning back to the server (None: not sent)
    reasoning_field_out: ClassVar[str | None] = None
    # True: every assistant tool-call message carries its reasoning (Moonshot refuses one without it);
    # False: only the current turn's rounds do, finished turns lose theirs
    reasoning_on_every_tool_call: ClassVar[bool] = False
    locked_reason: ClassVar[str] = ""
    native_video_limit: ClassVar[int] = 0
    # Continue in place: the server extends the last assistant message (False: it is asked to, in a user message
    # that is not stored); and whether it can extend a message cut inside its reasoning.
    continues_in_place: ClassVar[bool] = False
    continues_reasoning: ClassVar[bool] = False

    @property
    def has_thinking_switch(self) -> bool:
        return bool(self.thinking_fields(False))

    def thinking_fields(self, thinking: bool) -> dict[str, Any]:
        return {}

    def continue_fields(self, body: dict[str, Any], last: dict[str, Any], reasoning: str) -> None:
        """Make the request extend `last`, its final assistant message (the partial answer, whose `reasoning`
        the kind may carry back). The generic kind cannot: it asks in a user message (the answer says so:
        notice continue_asked, kimi_ui/turns.py _carry_on)."""
        body["messages"].append({"role": "user", "content": CONTINUE_TEXT})

    def default_sampling(self, thinking: bool) -> Sampling:
        # Kimi K2.5's model card: 1.0 when thinking, 0.6 instant, top_p 0.95; min_p 0.01 curbs repetition.
        return Sampling(temperature=1.0 if thinking else 0.6, top_p=0.95, min_p=0.01)

    def sampling_fields(self, thinking: bool, override: dict[str, float] | None) -> dict[str, Any]:
        if not self.sends_sampling:
            return {}
        base = self.default_sampling(thinking)
        fields: dict[str, Any] = {"temperature": base.temperature, "top_p": base.top_p}
        if self.sends_min_p and base.min_p is not None:
            fields["min_p"] = base.min_p
        for key, value in (override or {}).items():
            if value is not None and (key in fields or (key == "min_p" and self.sends_min_p)):
                fields[key] = value
        return fields

    def capabilities(self, config: BackendConfig) -> Capabilities:
        return Capabilities(
            vision=self.vision if config.vision is None else config.vision,
            video=self.video if config.video is None else config.video,
            tools=self.tools if config.tools is None else config.tools,
            sampling=self.sends_sampling,
            sampling_locked_reason=self.locked_reason,
            native_video_bytes=self.native_video_limit if config.native_video is not False else 0,
        )


class VllmKind(Kind):
    name = "vllm"
    video = False  # K2.5 video in vLLM is still a placeholder: frames go as images
    sends_min_p = True
    # On input vLLM reads `reasoning` (0.11.1-0.15 took either, 0.16-0.21 only `reasoning`, >= 0.22 renames
    # `reasoning_content` to it) and hands the template both names (vllm/entrypoints/chat_utils.py,
    # _parse_chat_message_content: result_msg["reasoning"] and ["reasoning_content"]); `reasoning` works on all.
    reasoning_field_out = "reasoning"

    continues_in_place = True

    def thinking_fields(self, thinking: bool) -> dict[str, Any]:
        # The template key is `thinking`; `enable_thinking` is silently ignored.
        return {"chat_template_kwargs": {"thinking": thinking}}

    def continue_fields(self, body: dict[str, Any], last: dict[str, Any], reasoning: str) -> None:
        # vLLM >= 0.6.3 (ChatCompletionRequest): the template renders the last message open, the answer goes on
        # from it (not echoed since 0.6.5). add_generation_prompt defaults to true and both true is refused
        # ("Cannot set both `continue_final_message` and `add_generation_prompt` to True."), so it goes as false.
        # Its reasoning goes along (`reasoning`: the field vLLM reads on input since 0.11.1, the only one in
        # 0.16-0.21; chat_utils._parse_chat_message_content), so K2.5's template renders <think>…</think> first.
        # A message without text cannot be continued (transformers finds no final message to extend).
        body["continue_final_message"], body["add_generation_prompt"] = True, False
        if reasoning and self.reasoning_field_out:
            last[self.reasoning_field_out] = reasoning


class LlamaCppKind(VllmKind):
    name = "llamacpp"
    vision = False  # the common K2.5 GGUF quants have no mmproj
    reasoning_field_out = "reasoning_content"
    continues_reasoning = True

    def continue_fields(self, body: dict[str, Any], last: dict[str, Any], reasoning: str) -> None:
        # llama-server (tools/server/server-common.cpp, oaicompat_chat_params_parse): a final assistant message is
        # continued: its text, or its reasoning when it has no text yet (continue_final_message "content" /
        # "reasoning_content", since May 2026; before, any final assistant message was a prefill). Said
        # explicitly, so a server started with --no-prefill-assistant continues too; the prefix is not echoed.
        last["reasoning_content"] = reasoning
        body["continue_final_message"] = "content" if last.get("content") else "reasoning_content"
        body["add_generation_prompt"] = False


class MoonshotKind(Kind):
    name = "moonshot"
    video = True
    sends_sampling = False
    budget_field = "max_completion_tokens"
    reasoning_field_out = "reasoning_content"
    reasoning_on_every_tool_call = True
    locked_reason = "Moonshot fixes sampling for kimi-k2.5 and rejects other values."
    native_video_limit = 100 * 1024 * 1024  # Moonshot's per-file limit; video_url is experimental there

    continues_in_place = True

    def thinking_fields(self, thinking: bool) -> dict[str, Any]:
        return {"thinking": {"type": "enabled" if thinking else "disabled"}}

    def continue_fields(self, body: dict[str, Any], last: dict[str, Any], reasoning: str) -> None:
        # Partial mode (platform.moonshot.ai/docs/api/partial): `"partial": true` on the final assistant message;
        # the reply leaves the prefix out. The documentation says nothing of thinking with partial mode: the
        # reasoning goes along as `reasoning_content`, as Moonshot wants it on its assistant messages.
        last["partial"] = True
        if reasoning:
            last["reasoning_content"] = reasoning


KINDS: dict[str, type[Kind]] = {k.name: k for k in (Kind, VllmKind, LlamaCppKind, MoonshotKind)}


def kind_for(config: BackendConfig) -> Kind:
    return KINDS[config.kind]()

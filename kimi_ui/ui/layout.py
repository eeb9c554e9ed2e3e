"""The Blocks: sidebar with conversations, the chat, the composer and its controls, the /chat API."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import AsyncIterator

import gradio as gr
from fastapi import FastAPI
from gradio import FileData

from kimi_ui import ASSETS_DIR as ASSETS
from kimi_ui.context import AppContext
from kimi_ui.ui.handlers import COMPOSER_HINT, MEDIA_TYPES, QUICK_PROMPTS, Handlers, SessionState

# System fonts only: a self-hosted app must not fetch fonts from the internet.
SYSTEM_FONTS = ["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "DejaVu Sans Mono", "monospace"]
LATEX = [
    {"left": "$$", "right": "$$", "display": True},
    {"left": "\\[", "right": "\\]", "display": True},
    {"left": "\\(", "right": "\\)", "display": False},
    {"left": "$", "right": "$", "display": False},
]


@dataclass(frozen=True)
class View:
    """The components the events are wired to."""

    state: gr.State
    new_btn: gr.Button
    conversations: gr.Radio
    badge: gr.HTML
    chatbot: gr.Chatbot
    composer: gr.MultimodalTextbox
    mode: gr.Radio
    backend: gr.Dropdown
    stop_btn: gr.Button
    continue_btn: gr.Button
    system_prompt: gr.Textbox
    max_tokens: gr.Textbox
    temperature: gr.Textbox
    top_p: gr.Textbox
    min_p: gr.Textbox
    quick: list[gr.Button]
    estimate: gr.HTML
    tools: gr.CheckboxGroup
    tool_log: gr.HTML
    mcp_status: gr.HTML
    whoami: gr.HTML


def build_blocks(ctx: AppContext) -> gr.Blocks:
    h = Handlers(ctx)
    limit = ctx.settings.concurrency_limit
    with gr.Blocks(title="kimi-ui", fill_height=True, delete_cache=(300, 600), analytics_enabled=False) as blocks:
        state = gr.State(SessionState())
        with gr.Sidebar(label="Conversations", open=True):
            gr.HTML('<div class="kimi-brand"><img src="kimi-assets/logo.svg" class="kimi-logo" alt=""> kimi-ui</div>')
            whoami = gr.HTML("", elem_id="whoami")
            new_btn = gr.Button("+ New chat", variant="secondary", size="sm")
            conversations = gr.Radio(
                choices=[], label="Conversations", show_label=False, elem_id="conv-list", container=False
            )
        with gr.Column(scale=1):
            badge = gr.HTML("")
            chatbot = gr.Chatbot(
                label="Chat",
                show_label=False,
                elem_id="chat",
                scale=1,
                height="calc(100vh - 380px)", min_height=320,
                latex_delimiters=LATEX,
                buttons=["copy", "copy_all"],
                feedback_options=None,
                placeholder="Ask Kimi anything, or paste a screenshot.",
                group_consecutive_messages=False,  # each part its own bubble: copy takes just the answer
            )
            with gr.Row(elem_id="quick-prompts"):
                quick = [
                    gr.Button(p, size="sm", variant="secondary", scale=0, min_width=40 + 7 * len(p))
                    for p in QUICK_PROMPTS
                ]
            composer = gr.MultimodalTextbox(
                placeholder=COMPOSER_HINT,
                show_label=False,
                file_types=MEDIA_TYPES,
                file_count="multiple",
                sources=["upload"],
                elem_id="composer",
                autofocus=True, interactive=False,  # enabled by load: a send before it would be clobbered
            )
            estimate = gr.HTML("", elem_id="upload-estimate", padding=False, container=False, visible=False)
            with gr.Row(equal_height=True):
                mode = gr.Radio(
                    [("Instant", "instant"), ("Thinking", "thinking")], value="thinking", label="Mode", scale=1
                )
                backend = gr.Dropdown(choices=[], label="Backend", scale=2, elem_id="backend-picker")
                stop_btn = gr.Button("■ Stop", variant="stop", scale=0, min_width=90)
                continue_btn = gr.Button("Continue ▸", visible=False, scale=0, min_width=110)
            with gr.Accordion("Tools", open=False):
                tools = gr.CheckboxGroup(label="Tools the model may call in this conversation", elem_id="tools-picker")
                mcp_status = gr.HTML("", elem_id="mcp-status")
            with gr.Accordion("Tool-call log", open=False, elem_id="tool-log-panel"):
                tool_log = gr.HTML("", elem_id="tool-log")
            with gr.Accordion("Advanced", open=False):
                system_prompt = gr.Textbox(label="System prompt (this conversation)", lines=2)
                # Text fields, not gr.Number: "empty" must mean "the recommended default", never 0.
                max_tokens = gr.Textbox(label="Max tokens", placeholder="32768 thinking / 8192 instant", max_lines=1)
                with gr.Row():
                    temperature = gr.Textbox(label="Temperature", placeholder="1.0 thinking / 0.6 instant",
                                             max_lines=1)
                    top_p = gr.Textbox(label="top_p", placeholder="0.95", max_lines=1)
                    min_p = gr.Textbox(label="min_p", placeholder="0.01 where supported", max_lines=1)
        view = View(
            state,
            new_btn,
            conversations,
            badge,
            chatbot,
            composer,
            mode,
            backend,
            stop_btn,
            continue_btn,
            system_prompt,
            max_tokens,
            temperature,
            top_p,
            min_p,
            quick,
            estimate,
            tools,
            tool_log,
            mcp_status,
            whoami,
        )
        _wire(h, blocks, view, limit)
        _api(h, limit)
    return blocks


def _wire(h: Handlers, blocks: gr.Blocks, v: View, limit: int) -> None:
    controls = [v.temperature, v.top_p, v.min_p, v.badge, v.composer]  # what depends on the backend
    stream_outputs = [v.chatbot, v.composer, v.state, v.continue_btn]
    blocks.load(
        h.load,
        None,
        [v.state, v.conversations, v.backend, v.chatbot, v.system_prompt, v.tools, v.tool_log, v.whoami, *controls],
        api_visibility="private",
    )
    timer = gr.Timer(15)
    timer.tick(h.refresh_backends, v.backend, v.backend, api_visibility="private", show_progress="hidden")
    timer.tick(h.tool_status, None, [v.tools, v.mcp_status], api_visibility="private", show_progress="hidden")
    v.backend.change(h.backend_controls, v.backend, controls, api_visibility="private")
    v.composer.change(h.estimate_uploads, [v.composer, v.backend], v.estimate, api_visibility="private",
                      queue=False, show_progress="hidden", trigger_mode="always_last")
    for button, prompt in zip(v.quick, QUICK_PROMPTS):
        button.click(partial(h.quick_prompt, prompt), v.composer, v.composer, api_visibility="private",
                     queue=False, show_progress="hidden")
    v.new_btn.click(
        h.new_chat,
        None,
        [v.state, v.chatbot, v.conversations, v.system_prompt, v.continue_btn, v.tools, v.tool_log],
        api_visibility="private",
    )
    v.conversations.input(
        h.open_conversation,
        v.conversations,
        [v.state, v.chatbot, v.mode, v.backend, v.system_prompt, v.continue_btn, v.tools, v.tool_log],
        api_visibility="private",
    )
    v.system_prompt.blur(h.save_system_prompt, [v.system_prompt, v.state], None, api_visibility="private")
    send_inputs = [
        v.composer,
        v.state,
        v.mode,
        v.backend,
        v.system_prompt,
        v.max_tokens,
        v.temperature,
        v.top_p,
        v.min_p,
        v.tools,
    ]
    sending = v.composer.submit(
        h.send,
        send_inputs,
        stream_outputs,
        api_visibility="private",
        concurrency_limit=limit,
        concurrency_id="turns",
        show_progress="hidden",
    )
    continuing = v.continue_btn.click(
        h.continue_answer,
        [v.state, v.mode, v.backend],
        stream_outputs,
        api_visibility="private",
        concurrency_limit=limit,
        concurrency_id="turns",
        show_progress="hidden",
    )
    v.stop_btn.click(None, cancels=[sending, continuing]).then(
        h.after_stop, v.state, [v.chatbot, v.continue_btn], api_visibility="private"
    ).then(h.after_turn, v.state, [v.conversations, v.tool_log], api_visibility="private")
    for event in (sending, continuing):
        event.then(h.after_turn, v.state, [v.conversations, v.tool_log], api_visibility="private",
                   show_progress="hidden")
    v.tools.input(h.save_tools, [v.tools, v.state], None, api_visibility="private")


def _api(h: Handlers, limit: int) -> None:
    async def chat(
        message: str,
        files: list[FileData] | None = None,
        backend: str = "",
        mode: str = "thinking",
        conversation_id: str = "",
        tools: list[str] | None = None,
        request: gr.Request = None,  # type: ignore[assignment]
    ) -> AsyncIterator[dict]:
        """Send one message to Kimi and stream the answer.

        Args:
            message: the user's text.
            files: images uploaded with gradio_client's handle_file(); server paths are refused.
            backend: a backend name, or empty for the default (the first healthy one).
            mode: "instant" or "thinking".
            conversation_id: empty to start a new conversation, or the id returned by an earlier call.
            tools: names of the tools the model may call (kept for the conversation); empty: the
                conversation's earlier choice, or the defaults (calculator, current_time).
        Returns:
            {conversation_id, user_message_id, message_id, reasoning, content, tool_calls, usage, status, error}
        """
        async for snapshot in h.chat_api(message, files, backend, mode, conversation_id, tools, request):
            yield snapshot

    gr.api(chat, api_name="chat", concurrency_limit=limit, concurrency_id="turns")


def mount(app: FastAPI, ctx: AppContext) -> FastAPI:
    blocks = build_blocks(ctx)
    blocks.queue(default_concurrency_limit=ctx.settings.concurrency_limit)
    return gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        root_path=ctx.settings.root_path or None,
        max_file_size=f"{ctx.settings.max_file_size_mb}mb",
        enable_monitoring=False,
        favicon_path=str(ASSETS / "favicon.png"),
        css_paths=[ASSETS / "style.css"],
        footer_links=["api"],
        auth_dependency=lambda request: getattr(request.state, "user", None),  # set by web_auth
        theme=gr.themes.Soft(primary_hue="indigo", font=SYSTEM_FONTS, font_mono=MONO_FONTS),
    )

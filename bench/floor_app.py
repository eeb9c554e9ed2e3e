"""The framework's floor: a bare Gradio app (no kimi-ui code) with a Chatbot and a streaming generator.

    python bench/floor_app.py --port 7870 [--backend http://127.0.0.1:8001/vllm/v1] [--updates-per-second 20]

With --backend its generators read the simulated backend with the raw openai client (one AsyncOpenAI made at
start, the request kimi-ui sends in instant mode) and yield the first delta at once, later ones at most
--updates-per-second (kimi-ui's coalescing), so "kimi-ui minus floor" is kimi-ui's own overhead. Without
--backend they yield a fixed text. Two paths, like kimi-ui's:
  - `respond` (textbox submit -> Chatbot), the UI path: history in, history + the growing answer out;
  - `/chat` (gr.api): the growing answer as a string, like kimi-ui's /chat script API.
With --no-stubs it first switches off gradio's per-import rewrite of its type stubs, as kimi-ui does
(kimi_ui/ui/gradio_import.py), so that "kimi-ui minus this floor" is kimi-ui's own start-up cost.
Run as its own process by bench/perf.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

if "--no-stubs" in sys.argv:  # before gradio is imported
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from kimi_ui.ui import gradio_import  # noqa: F401 - importing kimi_ui.ui arms the switch

import gradio as gr  # noqa: E402

MODEL = "moonshotai/Kimi-K2.5"
FIXED = ("The floor app streams this fixed text. " * 40).split(" ")


def build(backend: str | None, updates_per_second: float, limit: int) -> gr.Blocks:
    client = None
    if backend:
        from openai import AsyncOpenAI

        client = AsyncOpenAI(base_url=backend, api_key="none", max_retries=0)
    gap = 1.0 / updates_per_second

    async def deltas(message: str) -> AsyncIterator[str]:
        if client is None:
            for word in FIXED:
                yield word + " "
            return
        stream = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": message}], stream=True,
            extra_body={"chat_template_kwargs": {"thinking": False}})
        try:
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        finally:
            await stream.close()

    async def answer(message: str) -> AsyncIterator[str]:
        """The growing answer: the first delta at once, then at most one update per `gap`."""
        text, sent, last = "", "", 0.0
        async for delta in deltas(message):
            text += delta
            now = time.monotonic()
            if not sent or now - last >= gap:
                sent, last = text, now
                yield text
        if text != sent:
            yield text

    async def respond(message: str, history: list[dict]) -> AsyncIterator[list[dict]]:
        history = list(history or []) + [{"role": "user", "content": message}]
        yield history + [{"role": "assistant", "content": ""}]
        async for text in answer(message):
            yield history + [{"role": "assistant", "content": text}]

    with gr.Blocks(title="floor", analytics_enabled=False) as blocks:
        chatbot = gr.Chatbot(label="floor")
        box = gr.Textbox(label="message")
        box.submit(respond, [box, chatbot], chatbot, api_name="respond", concurrency_limit=limit)

        async def chat(message: str) -> AsyncIterator[str]:
            """The answer to one message, streamed."""
            async for text in answer(message):
                yield text

        gr.api(chat, api_name="chat", concurrency_limit=limit)
    blocks.queue(default_concurrency_limit=limit)
    return blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=7870)
    parser.add_argument("--backend", help="OpenAI-compatible base URL (the simulated backend); none: fixed text")
    parser.add_argument("--updates-per-second", type=float, default=20.0)
    parser.add_argument("--concurrency-limit", type=int, default=32)
    parser.add_argument("--no-stubs", action="store_true", help="switch off gradio's stub rewrite (read above)")
    args = parser.parse_args()
    blocks = build(args.backend, args.updates_per_second, args.concurrency_limit)
    blocks.launch(server_name="127.0.0.1", server_port=args.port, quiet=True, enable_monitoring=False,
                  footer_links=["api"])


if __name__ == "__main__":
    main()

"""The conversation view: a Gradio custom component (Svelte source in frontend/, built into templates/ by
scripts/build-chat-view and committed, so running and testing need no npm).

Why a component of our own: gr.Chatbot shows each part of an answer (reasoning, each tool call, text,
notice, stats) as its own message with its own buttons, copies and labels its value (our HTML), and offers
retry and edit only where it chooses. Here an answer is one block: reasoning, tool rows, text, notices and
a footer (stats, copy, retry, edit, versions, continue); copy takes the Markdown as written.

The value is made by kimi_ui.ui.render (one dict, see `ChatView` below); every text in it is either plain
text (the page escapes it) or HTML made by kimi_ui.ui.markdown. The page's actions are events with a
payload (`ChatAction`): the handlers check every message id they are given against the caller."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import gradio as gr
import gradio.components.base as _base

from kimi_ui.i18n import DEFAULT, texts

if TYPE_CHECKING:
    from gradio.components import Timer

FRONTEND = Path(__file__).parent / "frontend"
BUILT_FROM = Path(__file__).parent / "templates" / "source.sha256"


def source_digest() -> str:
    """A digest of the frontend's source files (what scripts/build-chat-view records beside the build)."""
    digest = hashlib.sha256()
    for path in sorted(FRONTEND.iterdir()):
        if path.is_file() and path.name != "package-lock.json":
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def view_words(lang: str = DEFAULT) -> dict[str, str]:
    """The view's own words (labels, buttons, statuses) in `lang`: the catalog's "view." entries without
    the prefix (English where `lang` lacks one), and "lang" for the numbers the page writes."""
    return {**{key[5:]: value for key, value in texts("view.", lang).items()}, "lang": lang}


# What the page can ask of a message: each is an event of the component, its payload a ChatAction.
ACTIONS = ("retry", "edit", "version", "earlier", "resume")


class ChatAction(gr.EventData):
    """The payload of a ChatView event: the message it is about (an id the browser sends: never
    trusted), the step of a version switch, the edited text."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.message_id = str(data.get("id") or "")[:64]
        self.step = -1 if data.get("step") == -1 else 1
        text = data.get("text")
        self.text = text if isinstance(text, str) else ""


class ChatView(_base.Component):
    """The chat: {"messages": [...], "earlier": n, "focus": id or None, "opening": n} (an update of an earlier
    opening than one already shown is dropped by the page: kimi_ui.ui.render.stamped).

    A user message: {"id", "role": "user", "html", "source", "files": [...], "versions": [i, n] or None}.
    An answer: {"id", "role": "assistant", "live", "parts": [...], "source", "stats", "context" (the context
    meter under the last answer: {"used", "window", "short", "label"} or None), "versions", "can_retry",
    "can_continue"}; its parts, in order: reasoning {"type", "html", "seconds", "live"},
    text {"type", "html"}, tool {"type", "name", "args", "status", "ms", "result", "more", "cut"},
    notice {"type", "kind", "html"}, waiting {"type", "title", "detail"}, progress {"type", "title",
    "done", "total"}. The texts in the value come in the page's language (kimi_ui.ui.render); the view's own
    words are the `words` prop (view_words), set in the page's language at load."""

    EVENTS = list(ACTIONS)
    TEMPLATE_DIR = "./templates/"
    FRONTEND_DIR = "./frontend/"

    def __init__(
        self,
        value: dict | Callable | None = None,
        *,
        placeholder: str | None = None,
        words: dict[str, str] | None = None,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: _base.Component | Sequence[_base.Component] | set[_base.Component] | None = None,
        show_label: bool | None = False,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | Literal["hidden"] = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[int | str, ...] | None = None,
    ) -> None:
        self.placeholder = placeholder
        self.words = words if words is not None else view_words()
        super().__init__(label=label, every=every, inputs=inputs, show_label=show_label, scale=scale,
                         min_width=min_width, interactive=False, visible=visible, elem_id=elem_id,
                         elem_classes=elem_classes, render=render, key=key, value=value)

    def preprocess(self, payload: Any) -> Any:
        return payload  # never an input: the handlers read the conversation from the database

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return {"messages": []}
        if isinstance(value, list):  # messages only
            return {"messages": value}
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "the conversation shown"}

    def example_payload(self) -> Any:
        return {"messages": []}

    def example_value(self) -> Any:
        return {"messages": []}


__all__ = ["ACTIONS", "BUILT_FROM", "ChatAction", "ChatView", "source_digest", "view_words"]

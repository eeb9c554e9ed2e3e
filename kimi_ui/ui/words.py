"""The words on Gradio's components in the page's language. Labels, placeholders, button texts and
choices are set in English when the Blocks are built (from the English catalog); each is registered here
with its catalog keys, and at load the page gets them in its language (kimi_ui/i18n) as updates. An
English page gets no updates: nothing to change."""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from kimi_ui.i18n import DEFAULT, text

Words = dict[str, Any]  # prop -> a catalog key, a list of (key, value) choices, or a function of the language


def warn(message: str, lang: str) -> None:
    """A warning toast, its title in the page's language too (Gradio's default title is English). Gradio
    shows a toast's message as HTML: the words are escaped here (they may carry a folder's name, an
    imported backend's, a typed value)."""
    gr.Warning(html.escape(message, quote=False), title=text("toast.warning", lang))


def inform(message: str, lang: str) -> None:
    gr.Info(html.escape(message, quote=False), title=text("toast.info", lang))


def lang_of(state: Any) -> str:
    """The language of the page a session's state belongs to (English for a call without one)."""
    return getattr(getattr(state, "tab", None), "lang", DEFAULT)


def en(key: str, **params: Any) -> str:
    """The English words, for building the Blocks."""
    return text(key, DEFAULT, **params)


class Wording:
    def __init__(self) -> None:
        self.entries: list[tuple[Any, Words]] = []

    def __call__(self, component: Any, **props: Any) -> Any:
        """Register a component's worded props; returns the component."""
        self.entries.append((component, props))
        return component

    @property
    def outputs(self) -> list[Any]:
        return [component for component, _ in self.entries]

    def updates(self, lang: str) -> list[Any]:
        if lang == DEFAULT:
            return [gr.skip() for _ in self.entries]
        return [gr.update(**{prop: _worded(words, lang) for prop, words in props.items()})
                for _, props in self.entries]


def _worded(words: Any, lang: str) -> Any:
    if callable(words):
        return words(lang)
    if isinstance(words, list):
        return [(text(key, lang), value) for key, value in words]
    return text(words, lang)


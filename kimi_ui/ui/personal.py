"""A user's own settings in the UI (the Settings dialog) and the page's language. A mixin of Handlers:
kimi_ui.preferences stores and checks; the page's language is the user's choice, else the browser's
Accept-Language, else English (kimi_ui/i18n)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from kimi_ui.i18n import language
from kimi_ui.preferences import PreferenceStore, Preferences


class PersonalMixin:
    ctx: Any

    @property
    def prefs(self) -> PreferenceStore:
        found = getattr(self.ctx, "prefs", None) or self.__dict__.get("_prefs")
        if found is None:
            found = self.__dict__.setdefault("_prefs", PreferenceStore(self.ctx.db))
        return found

    def preferences_of(self, owner_id: str) -> Preferences:
        return self.prefs.get(owner_id)

    def shown_mode(self, mode: str | None) -> str:
        """A chat's (or the user's default) mode as the picker can show it: one it offers, else Thinking."""
        return mode if mode in self.ctx.turns.page_modes() else "thinking"

    @staticmethod
    def browser_language(request: gr.Request | None) -> str | None:
        headers = getattr(request, "headers", None)
        return headers.get("accept-language") if headers is not None else None

    def new_chat_prompt(self, prefs: Preferences) -> str:
        """A new chat's system prompt: the app's, with the user's custom instructions added."""
        base = self.ctx.settings.system_prompt or ""
        extra = prefs.custom_instructions.strip()
        return f"{base}\n\n{extra}".strip() if extra else base

    def language_of(self, owner_id: str, request: gr.Request | None) -> str:
        return language(self.preferences_of(owner_id).language, self.browser_language(request))

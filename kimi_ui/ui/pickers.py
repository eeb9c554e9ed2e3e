"""The tool and backend pickers: what they offer, each backend's health, what the composer accepts on the
backend chosen. A mixin of Handlers."""

from __future__ import annotations

from typing import Any

import html

import gradio as gr

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.i18n import text
from kimi_ui.media.documents import OFFICE_SUFFIXES, PDF_SUFFIX, TEXT_SUFFIXES
from kimi_ui.readable import reads_pictures_as_text
from kimi_ui.storage import store
from kimi_ui.storage.history import tool_log_entries
from kimi_ui.tools.registry import WEB_SEARCH
from kimi_ui.ui import render
from kimi_ui.ui.words import lang_of

DOCUMENT_TYPES = sorted(TEXT_SUFFIXES | {PDF_SUFFIX} | set(OFFICE_SUFFIXES))
MEDIA_TYPES = ["image", "video", *DOCUMENT_TYPES]


class PickersMixin:
    ctx: Any

    def _tool_user(self) -> str | None:
        """Whose tools the picker offers: in a public demo every caller is an anonymous visitor."""
        return RESERVED_PREFIX if self.ctx.settings.public_demo else None

    def tool_choices(self, lang: str = "en") -> list[tuple[str, str]]:
        """Each tool with where it comes from: built in, or the MCP server's name."""
        return [(text("tools.web_search", lang) if t.name == WEB_SEARCH else
                 f"{t.name} · {text('tools.builtin', lang) if t.source == 'builtin' else t.source}", t.name)
                for t in self.ctx.turns.tools_for(self._tool_user())]

    def tool_picker(self, chosen: list[str] | None, lang: str = "en") -> Any:
        return gr.update(choices=self.tool_choices(lang),
                         value=self.ctx.turns.enabled_tools(chosen, self._tool_user()))

    def tool_status(self, lang: str = "en") -> Any:
        """The tools on offer (MCP servers connect in the background) and each MCP server's state."""
        statuses = self.ctx.mcp.statuses() if self.ctx.mcp else []
        return [gr.update(choices=self.tool_choices(lang)), render.mcp_status_html(statuses, lang)]

    def tool_log_for(self, owner_id: str, conversation_id: str | None, lang: str = "en") -> str:
        if not conversation_id:
            return render.tool_log_html([], None, lang)
        with self.ctx.db.session(read_only=True) as session:
            rows = store.tool_call_rows(session, owner_id=owner_id, conversation_id=conversation_id)
        return render.tool_log_html(tool_log_entries(rows), self.ctx.tool_log_url(conversation_id) if rows else None,
                                    lang)

    def save_tools(self, chosen: list[str] | None, state: Any, request: gr.Request) -> None:
        if state and state.conversation_id:
            with self.ctx.db.session() as session:
                store.update_conversation(session, owner_id=self.owner(request), conversation_id=state.conversation_id,
                                          tools=self.ctx.turns.enabled_tools(list(chosen or []), self._tool_user()))

    def usable_backends(self, username: str | None) -> list[Any]:
        """The backends the caller may use (the others are not shown: kimi_ui/access.py)."""
        return self.ctx.turns.backends_for(self.ctx.turns.user_named(username))

    def backend_choices(self, lang: str = "en", username: str | None = None) -> list[tuple[str, str]]:
        choices = []
        for backend in self.usable_backends(username):
            health = backend.health
            mark = {"ok": "backend.online", "down": "backend.offline", "error": "backend.problem"}.get(
                health.status, "backend.checking")
            label = f"{backend.name} · {text(mark, lang)}"
            if backend.config.simulated:
                label += f" · {text('backend.simulated', lang)}"
            choices.append((label, backend.name))
        return choices

    def backend_controls(self, backend_name: str | None, state: Any = None,
                         request: gr.Request = None) -> list[Any]:  # type: ignore[assignment]
        """Sampling (locked where the server fixes it), the simulated badge, what the composer accepts (and
        how it sends: Enter, or Ctrl+Enter when the user turned Enter-sends off)."""
        lang = lang_of(state)
        backend = self.ctx.backends.choose(backend_name)
        allowed = bool(backend and backend.capabilities.sampling)
        locked = text("backend.locked", lang)
        info = "" if allowed else (backend.capabilities.sampling_locked_reason if backend else "") or locked
        simulated = html.escape(text("backend.simulated", lang))
        badge = f'<span class="sim-badge">{simulated}</span>' if backend and backend.config.simulated else ""
        vision = bool(backend and backend.capabilities.vision)
        prefs = None if request is None else self.preferences_of(self.owner(request))
        enter = prefs is None or prefs.enter_sends
        hint = text("chrome.composer_hint" if enter else "chrome.composer_hint_ctrl", lang)
        # The composer takes every kind on every backend: a picture attached before switching to a text-only one
        # would otherwise fail Gradio's own type check with a list of extensions; the estimate under the
        # composer refuses it at once, with the reason (Handlers.estimate_uploads).
        if not vision:
            ocr = backend is not None and reads_pictures_as_text(backend, prefs is None or prefs.read_pictures)
            hint += " · " + text("backend.text_only_ocr" if ocr else "backend.text_only", lang,
                                 name=backend.name if backend else "?")
        return [gr.update(interactive=allowed, info=info or None) for _ in range(3)] + [badge,
                                                                                       gr.update(placeholder=hint)]

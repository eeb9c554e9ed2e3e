"""The user's own settings in the settings panel (kimi_ui.preferences stores them): theme, language, the
mode and backend a new chat starts with, custom instructions added to a new chat's system prompt, and
whether Enter sends. Saved as they change; the page applies them at once (assets/settings.js), and tells
the user's other tabs in this browser (a BroadcastChannel: no server polling for it), whose panel reads the
stored settings again when it opens or is open."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

import gradio as gr

from kimi_ui import ASSETS_DIR
from kimi_ui.i18n import language, text
from kimi_ui.preferences import MAX_INSTRUCTIONS, PreferenceProblem, Preferences
from kimi_ui.ui.words import warn

SETTINGS_JS = (ASSETS_DIR / "settings.js").read_text(encoding="utf-8")


@dataclass(frozen=True)
class SettingsParts:
    theme: gr.Radio
    language: gr.Dropdown
    mode: gr.Radio
    backend: gr.Dropdown
    instructions: gr.Textbox
    enter_sends: gr.Checkbox
    read_pictures: gr.Checkbox
    applied: gr.HTML  # what the page script applies: {"theme", "enter_sends", "lang"}

    @property
    def fields(self) -> list[Any]:
        return [self.theme, self.language, self.mode, self.backend, self.instructions, self.enter_sends,
                self.read_pictures]


def build(w: Any) -> SettingsParts:
    """Inside the settings panel: an accordion of the user's own settings (labels come from load; `w` words
    the accordion, kimi_ui/ui/words.py)."""
    with w(gr.Accordion(text("settings.yours"), open=True, elem_id="your-settings"), label="settings.yours"):
        theme = gr.Radio([("System", "system"), ("Light", "light"), ("Dark", "dark")], value="system",
                         label="Theme", elem_id="pref-theme")
        language = gr.Dropdown([("Browser's language", ""), ("English", "en"), ("Deutsch", "de")], value="",
                               label="Language", elem_id="pref-language")
        mode = gr.Radio([("App default", ""), ("Instant", "instant"), ("Thinking", "thinking")], value="",
                        label="New chats start in", elem_id="pref-mode")
        backend = gr.Dropdown([("App default", "")], value="", label="New chats use", elem_id="pref-backend")
        instructions = gr.Textbox(label="Custom instructions (added to every new chat's system prompt)", lines=3,
                                  max_length=MAX_INSTRUCTIONS, elem_id="pref-instructions")
        enter_sends = gr.Checkbox(value=True, label="Enter sends (Shift+Enter: new line)", elem_id="pref-enter")
        read_pictures = gr.Checkbox(value=True, label=text("settings.read_pictures"), elem_id="pref-ocr")
    applied = gr.HTML(json.dumps({}), html_template="<span hidden></span>", js_on_load=SETTINGS_JS,
                      visible="hidden", elem_id="kimi-prefs", container=False, padding=False)
    return SettingsParts(theme, language, mode, backend, instructions, enter_sends, read_pictures, applied)


FIELDS = ("theme", "language", "default_mode", "default_backend", "custom_instructions", "enter_sends",
          "read_pictures")


def wire(h: Any, parts: SettingsParts, progress: Any) -> None:
    """Filled at load; each change saves that one setting (the instructions when the field is left): another
    tab's fields may be stale, and saving them all would undo what was changed there. `progress`: where the
    events' loading status goes (layout.py)."""
    private = {"api_visibility": "private", "show_progress": "hidden", "show_progress_on": progress}
    for component, name in zip(parts.fields, FIELDS):
        trigger = component.blur if name == "custom_instructions" else component.input
        # Only what the page applies comes back: the fields stay as the user has them (one being typed in
        # while a save of another is under way must not be set back).
        trigger(_saver(h, name), component, parts.applied, api_name=f"save_{name}", **private)
    # The fields again as stored, when the panel opens and when another tab saved while it is open
    # (assets/settings.js): values only, the labels and choices stay.
    parts.applied.click(h.settings_now, None, parts.fields, api_name="settings_now", **private)


def _saver(h: Any, name: str) -> Any:
    def save(value: Any, request: gr.Request) -> str:
        return h.save_setting(name, value, request)
    return save


def values(prefs: Preferences, lang: str, backends: list[str], saved: bool = False,
           modes: tuple[str, ...] = ("instant", "thinking")) -> list[Any]:
    """The fields as the user set them, labelled in the page's language, and what the page applies."""
    t = lambda key: text(key, lang)  # noqa: E731
    return [
        gr.update(value=prefs.theme, label=t("settings.theme"),
                  choices=[(t("settings.theme_system"), "system"), (t("settings.theme_light"), "light"),
                           (t("settings.theme_dark"), "dark")]),
        gr.update(value=prefs.language, label=t("settings.language"),
                  choices=[(t("settings.language_browser"), ""), ("English", "en"), ("Deutsch", "de")]),
        gr.update(value=prefs.default_mode if prefs.default_mode in modes else "", label=t("settings.mode"),
                  choices=[(t("settings.app_default"), ""), *[(t(f"mode.{m}"), m) for m in modes]]),
        gr.update(value=prefs.default_backend if prefs.default_backend in backends else "", label=t("settings.backend"),
                  choices=[(t("settings.app_default"), ""), *[(name, name) for name in backends]]),
        gr.update(value=prefs.custom_instructions, label=t("settings.instructions")),
        gr.update(value=prefs.enter_sends, label=t("settings.enter_sends")),
        gr.update(value=prefs.read_pictures, label=t("settings.read_pictures")),
        json.dumps({"theme": prefs.theme, "enter_sends": prefs.enter_sends, "lang": lang,
                    # a save changes the value even when nothing here changed: the page tells the other tabs
                    "saved": secrets.token_hex(4) if saved else False,
                    # the labels Gradio writes into the composer in English only (assets/settings.js)
                    "labels": {"upload": t("chrome.attach"), "group": t("chrome.composer_group"),
                               "stop": t("chrome.stop"), "sending": t("chrome.sending"), "close": t("chrome.close"),
                               "hint": t("chrome.composer_hint"), "hint_ctrl": t("chrome.composer_hint_ctrl"),
                               "upload_area": t("chrome.upload_area"), "send": t("chrome.send"),
                               "files": t("chrome.files"),
                               "toast": {kind: t(f"toast.{kind}") for kind in ("warning", "info", "error", "success")}}}),
    ]


class SettingsMixin:
    """Handlers: the settings fields at load and on each change."""

    ctx: Any

    def settings_values(self, request: gr.Request) -> tuple[list[Any], str]:
        """The fields and what the page applies, and the page's language (the settings are read once)."""
        prefs = self.preferences_of(self.owner(request))
        lang = language(prefs.language, self.browser_language(request))
        return values(prefs, lang, self.ctx.backends.names(), modes=self.ctx.turns.page_modes()), lang

    def settings_now(self, request: gr.Request) -> list[Any]:
        """The caller's stored settings for the panel's fields (another tab may have changed them)."""
        prefs = self.preferences_of(self.owner(request))
        backend = prefs.default_backend if prefs.default_backend in self.ctx.backends.names() else ""
        return [gr.update(value=value) for value in (prefs.theme, prefs.language, prefs.default_mode, backend,
                                                     prefs.custom_instructions, prefs.enter_sends,
                                                     prefs.read_pictures)]

    def save_setting(self, name: str, value: Any, request: gr.Request) -> str:
        """One setting, checked (kimi_ui.preferences); a refused value leaves what was stored, with a warning."""
        owner_id = self.creator(request)
        if name == "default_backend" and value and value not in self.ctx.backends.names():
            value = ""  # gone since the page was drawn: the app's default then
        if name in ("language", "default_mode", "default_backend", "custom_instructions") and value is None:
            value = ""
        try:
            prefs = self.prefs.save(owner_id, **{name: value})
        except PreferenceProblem as problem:
            lang = self.language_of(owner_id, request)
            warn(text(problem.code, lang, **problem.params), lang)
            prefs = self.preferences_of(owner_id)
        return values(prefs, self.language_of(owner_id, request), self.ctx.backends.names(), saved=True,
                      modes=self.ctx.turns.page_modes())[-1]

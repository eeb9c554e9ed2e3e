"""The page's own chrome around Gradio's components (kimi_ui/ui/layout.py places it): the document head
(theme colour, icon), the skip link and heading, the menu button that opens the conversations
on a phone, the keyboard shortcuts' list, and the quick prompts offered with an image. Behaviour lives in
assets/page.js."""

from __future__ import annotations

import html

from kimi_ui import ASSETS_DIR

THEME_COLOUR = "#1a2238"
# Gradio serves the web app manifest itself (pwa=True, icons made from the favicon: a 512 px one here).
HEAD = (f'<meta name="theme-color" content="{THEME_COLOUR}">'
        '<link rel="apple-touch-icon" href="kimi-assets/icon-192.png">')

CLOSE_ICON = ('<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" '
              'stroke-linecap="round" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>')

# First in the tab order: straight to the message box. Then, on a phone, the drawer's close button (first in
# the drawer; hidden on a wide screen). The one heading of the page.
BRAND = ('<a class="kimi-skip" href="#composer">Skip to the message box</a>'
         f'<button type="button" class="kimi-drawer-close" aria-label="Close the chat list">{CLOSE_ICON}</button>'
         '<h1 class="kimi-brand"><img src="kimi-assets/logo.svg" class="kimi-logo" alt="" width="28" height="28">'
         ' kimi-ui</h1>')

SHORTCUTS = (
    ("Esc", "Stop the answer (or close what is open)"),
    ("Ctrl/⌘ + Shift + O", "New chat"),
    ("Ctrl/⌘ + K", "Search chats"),
    ("Shift + Esc", "Focus the message box"),
    ("Ctrl/⌘ + Shift + C", "Copy the last code block"),
    ("Ctrl/⌘ + /", "Show these shortcuts"),
)

MENU_BUTTON = (
    '<button type="button" class="kimi-menu-button" aria-controls="kimi-sidebar" aria-expanded="false" '
    'aria-label="Conversations">'
    '<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" '
    'stroke-linecap="round" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h16"/></svg></button>'
    '<dialog class="kimi-shortcuts" aria-labelledby="kimi-shortcuts-title">'
    '<h2 id="kimi-shortcuts-title">Keyboard shortcuts</h2><dl>'
    + "".join(f"<dt><kbd>{html.escape(keys)}</kbd></dt><dd>{html.escape(what)}</dd>" for keys, what in SHORTCUTS)
    + '</dl><form method="dialog"><button class="kimi-shortcuts-close">Close</button></form></dialog>'
)

# The settings panel's heading and its close button (the panel: #kimi-settings, layout.py).
SETTINGS_HEAD = ('<div class="kimi-settings-head"><h2 id="kimi-settings-title">Chat settings</h2>'
                 f'<button type="button" class="kimi-settings-close" aria-label="Close settings">{CLOSE_ICON}</button>'
                 '</div>')

PAGE_JS = (ASSETS_DIR / "page.js").read_text(encoding="utf-8")


def quick_prompts_html(prompts: tuple[str, ...]) -> str:
    buttons = "".join(f'<button type="button" class="kimi-quick" data-prompt="{html.escape(p, quote=True)}">'
                      f"{html.escape(p)}</button>" for p in prompts)
    return f'<div class="kimi-quick-prompts" role="group" aria-label="Quick prompts">{buttons}</div>'

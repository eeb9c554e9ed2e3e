"""The page's own chrome around Gradio's components (kimi_ui/ui/layout.py places it): the document head
(theme colour, icon), the skip link and heading, the menu button that opens the conversations
on a phone, the keyboard shortcuts' list, and the quick prompts offered with an image. Behaviour lives in
assets/page.js."""

from __future__ import annotations

import html

from kimi_ui import ASSETS_DIR, INSTANCE
from kimi_ui.i18n import text

THEME_COLOUR = "#1a2238"
# Gradio serves the web app manifest itself (pwa=True, icons made from the favicon: a 512 px one here).
HEAD = (f'<meta name="theme-color" content="{THEME_COLOUR}">'
        '<link rel="apple-touch-icon" href="kimi-assets/icon-192.png">')



def instance_meta(root_path: str = "") -> str:
    """The process that served the page, and where to ask which one serves it now (assets/live.js)."""
    health = html.escape(f"{root_path.rstrip('/')}/healthz", quote=True)
    return f'<meta name="kimi-instance" content="{INSTANCE}" data-health="{health}">'


CLOSE_ICON = ('<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" '
              'stroke-linecap="round" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>')

# First in the tab order: straight to the message box. Then, on a phone, the drawer's close button (first in
# the drawer; hidden on a wide screen). The one heading of the page.
def brand(lang: str = "en") -> str:
    return (f'<a class="kimi-skip" href="#composer">{_t("chrome.skip", lang)}</a>'
            f'<button type="button" class="kimi-drawer-close" aria-label="{_t("chrome.close_list", lang)}">'
            f'{CLOSE_ICON}</button>'
            '<h1 class="kimi-brand"><img src="kimi-assets/logo.svg" class="kimi-logo" alt="" width="28" height="28">'
            ' kimi-ui</h1>')


SHORTCUTS = (
    ("Esc", "shortcuts.stop"),
    ("Ctrl/⌘ + Shift + O", "shortcuts.new_chat"),
    ("Ctrl/⌘ + K", "shortcuts.search"),
    ("Shift + Esc", "shortcuts.focus"),
    ("Ctrl/⌘ + Shift + C", "shortcuts.copy_code"),
    ("Ctrl/⌘ + /", "shortcuts.list"),
)


def menu_button(lang: str = "en") -> str:
    """The ☰ button, and the keyboard shortcuts' dialog (Ctrl/⌘ + /)."""
    return (
        '<button type="button" class="kimi-menu-button" aria-controls="kimi-sidebar" aria-expanded="false" '
        f'aria-label="{_t("chrome.conversations", lang)}">'
        '<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" '
        'stroke-linecap="round" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h16"/></svg></button>'
        '<dialog class="kimi-shortcuts" aria-labelledby="kimi-shortcuts-title">'
        f'<h2 id="kimi-shortcuts-title">{_t("shortcuts.title", lang)}</h2><dl>'
        + "".join(f"<dt><kbd>{html.escape(keys)}</kbd></dt><dd>{_t(what, lang)}</dd>" for keys, what in SHORTCUTS)
        + f'</dl><form method="dialog"><button class="kimi-shortcuts-close">{_t("chrome.close", lang)}</button>'
        '</form></dialog>'
    )


def settings_head(lang: str = "en") -> str:
    """The settings panel's heading and its close button (the panel: #kimi-settings, layout.py)."""
    return (f'<div class="kimi-settings-head"><h2 id="kimi-settings-title">{_t("settings.title", lang)}</h2>'
            f'<button type="button" class="kimi-settings-close" aria-label="{_t("settings.close", lang)}">'
            f'{CLOSE_ICON}</button></div>')


def sidebar_links(lang: str = "en") -> str:
    return (f'<div class="kimi-sidebar-links"><a href="export/all.json" download>{_t("chrome.export_all", lang)}</a>'
            f' · <a href="?view=api">{_t("chrome.api", lang)}</a></div>')


def delete_question(lang: str = "en") -> str:
    return f'<div class="kimi-confirm">{_t("chrome.delete_question", lang)}</div>'


def _t(key: str, lang: str) -> str:
    return html.escape(text(key, lang))


PAGE_JS = (ASSETS_DIR / "page.js").read_text(encoding="utf-8")


QUICK_PROMPTS = ("quick.extract", "quick.diagram", "quick.wrong")


def quick_prompts_html(lang: str = "en") -> str:
    """Offered while an image is attached; a click puts the words at the cursor (assets/page.js)."""
    words = [text(key, lang) for key in QUICK_PROMPTS]
    buttons = "".join(f'<button type="button" class="kimi-quick" data-prompt="{html.escape(p, quote=True)}">'
                      f"{html.escape(p)}</button>" for p in words)
    return f'<div class="kimi-quick-prompts" role="group" aria-label="{_t("quick.label", lang)}">{buttons}</div>'

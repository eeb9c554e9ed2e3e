"""Sharing the chat shown, in the settings panel (the chat's own options): make a read-only link, see the
live ones, withdraw one. kimi_ui/sharing.py checks that the caller owns the conversation and the link; the
page behind a link is kimi_ui/share_page.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.i18n import text
from kimi_ui.sharing import ShareRefused, create_link, list_links, revoke_link
from kimi_ui.ui.markdown import escape_attr, escape_text
from kimi_ui.ui.words import en, inform, lang_of, warn


# "Copy" beside a link copies the whole address (the browser resolves the link's own href against the page).
COPY_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest ? event.target.closest('[data-share-copy]') : null;
  const link = button && button.parentElement ? button.parentElement.querySelector('a[href]') : null;
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(() => {
    const was = button.textContent; button.textContent = button.getAttribute('data-copied') || was;
    setTimeout(() => { button.textContent = was; }, 2000);
  }, () => {});
});
"""


@dataclass(frozen=True)
class ShareParts:
    panel: gr.Accordion
    public: gr.Checkbox
    create: gr.Button
    links: gr.HTML
    pick: gr.Dropdown
    revoke: gr.Button


def build(w: Any, public_allowed: bool) -> ShareParts:
    with w(gr.Accordion(en("share.title"), open=False, elem_id="share-panel"), label="share.title") as panel:
        public = w(gr.Checkbox(False, label=en("share.public"), visible=public_allowed, elem_id="share-public"),
                   label="share.public")
        create = w(gr.Button(en("share.create"), size="sm", elem_id="share-create"), value="share.create")
        links = gr.HTML("", elem_id="share-links", js_on_load=COPY_JS)
        # Any value reaches the handler (the choices are per page; sharing.revoke_link checks the owner).
        pick = w(gr.Dropdown([], label=en("share.pick"), allow_custom_value=True, elem_id="share-pick"),
                 label="share.pick")
        revoke = w(gr.Button(en("share.revoke"), size="sm", variant="stop", elem_id="share-revoke"),
                   value="share.revoke")
    return ShareParts(panel, public, create, links, pick, revoke)


def wire(h: Any, parts: ShareParts, state: Any, progress: Any, panel_opened: Any) -> None:
    """panel_opened: the hidden component the page clicks when the settings panel opens (settings_panel.py):
    the links then follow the chat shown."""
    private = {"api_visibility": "private", "show_progress": "hidden", "show_progress_on": progress}
    shown = [parts.links, parts.pick]
    parts.panel.expand(h.share_links, state, shown, **private)
    panel_opened.click(h.share_links, state, shown, **private)
    parts.create.click(h.share_create, [state, parts.public], shown, **private)
    parts.revoke.click(h.share_revoke, [state, parts.pick], shown, **private)


def links_html(links: list[Any], root: str, lang: str) -> str:
    if not links:
        return f'<p class="kimi-share-none">{escape_text(text("share.none", lang))}</p>'
    items = []
    for link in links:
        path = f"{root}/share/{link.id}"
        who = text("share.for_anyone" if link.public else "share.for_users", lang)
        items.append(f'<li><a href="{escape_attr(path)}" target="_blank" rel="noopener noreferrer">'
                     f"{escape_text(path)}</a> · {escape_text(who)} "
                     f'<button type="button" class="kimi-row-btn" data-share-copy '
                     f'data-copied="{escape_attr(text("share.copied", lang))}">'
                     f"{escape_text(text('share.copy', lang))}</button></li>")
    return f'<ul class="kimi-share-links">{"".join(items)}</ul>'


class ShareMixin:
    """Handlers of the share section: each finds the caller and lets kimi_ui.sharing check ownership."""

    ctx: Any

    def _share_shown(self, owner_id: str, conversation_id: str | None, lang: str) -> list[Any]:
        with self.ctx.db.session(read_only=True) as session:
            links = list_links(session, owner_id=owner_id, conversation_id=conversation_id or "")
        root = self.ctx.settings.root_path.rstrip("/")
        choices = [(f"…{link.id[-8:]} · {text('share.for_anyone' if link.public else 'share.for_users', lang)}",
                    link.id) for link in links]
        return [links_html(links, root, lang), gr.update(choices=choices, value=choices[0][1] if choices else None)]

    def _sharer(self, request: gr.Request) -> str | None:
        """The caller's user id, or None for an open demo's visitor (nobody could open their link)."""
        name = getattr(request, "username", None) or ""
        return None if name.startswith(RESERVED_PREFIX) or self.ctx.settings.public_demo else self.owner(request)

    def share_links(self, state: Any, request: gr.Request) -> list[Any]:
        owner_id = self._sharer(request)
        lang = lang_of(state)
        if owner_id is None:
            return [escape_text(text("share.not_here", lang)), gr.update(choices=[], value=None)]
        return self._share_shown(owner_id, getattr(state, "conversation_id", None), lang)

    def share_create(self, state: Any, public: Any, request: gr.Request) -> list[Any]:
        owner_id, lang = self._sharer(request), lang_of(state)
        if owner_id is None:
            warn(text("share.not_here", lang), lang)
            return [gr.update(), gr.update()]
        try:
            with self.ctx.db.session() as session:
                create_link(session, owner_id=owner_id, conversation_id=getattr(state, "conversation_id", None) or "",
                            public=public is True, public_allowed=self.ctx.settings.public_share_links)
            inform(text("share.created_public" if public is True else "share.created", lang), lang)
        except ShareRefused as refused:
            warn(text(refused.code, lang), lang)
        return self._share_shown(owner_id, getattr(state, "conversation_id", None), lang)

    def share_revoke(self, state: Any, link_id: Any, request: gr.Request) -> list[Any]:
        owner_id, lang = self._sharer(request), lang_of(state)
        if owner_id is None or not isinstance(link_id, str):
            return [gr.update(), gr.update()]
        with self.ctx.db.session() as session:
            withdrawn = revoke_link(session, owner_id=owner_id, link_id=link_id)
        if withdrawn:
            inform(text("share.revoked", lang), lang)
        return self._share_shown(owner_id, getattr(state, "conversation_id", None), lang)

"""The user's own account in the settings dialog (issue 19): change the password (the other sessions end,
this one stays), the live login sessions with "End" each and "End all others", and personal API keys
(kimi_ui/keys.py: create with a name, the secret shown once, the list with prefix, created, last used and
revoked, revoke). Only for accounts: the local user and a demo's visitors see neither section.

Every handler finds the caller itself (kimi_ui.admin._account refuses anyone without a password) and acts only
on the caller's own rows: a session is named by a hash of its row id, a key by its row id, and another user's
name for either ends or revokes nothing."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import gradio as gr

from kimi_ui import admin, auth, keys
from kimi_ui.i18n import text
from kimi_ui.ui.inputs import PageAction
from kimi_ui.web_auth import SESSION_COOKIE

# The lists' buttons (a session's "End", a key's "Revoke", "Copy" of a new key) become the box's click event.
BUTTONS_BRIDGE = """
element.addEventListener('click', (event) => {
  const copy = event.target.closest ? event.target.closest('[data-copy]') : null;
  if (copy) {
    const secret = element.querySelector(copy.getAttribute('data-copy'));
    if (secret && navigator.clipboard) navigator.clipboard.writeText(secret.textContent.trim()).then(() => {
      const was = copy.textContent; copy.textContent = copy.getAttribute('data-copied') || was;
      setTimeout(() => { copy.textContent = was; }, 2000);
    }, () => {});
    if (secret && window.getSelection) { const r = document.createRange(); r.selectNodeContents(secret);
      const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }
    return;
  }
  const button = event.target.closest ? event.target.closest('[data-account]') : null;
  if (!button) return;
  event.preventDefault();
  trigger('click', {action: button.getAttribute('data-account')});
});
"""


def when(moment: datetime | None, lang: str = "en") -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else text("acct.never", lang)


@dataclass(frozen=True)
class AccountParts:
    account: gr.Accordion
    old: gr.Textbox
    new: gr.Textbox
    repeat: gr.Textbox
    change: gr.Button
    message: gr.HTML
    sessions: gr.HTML
    end_others: gr.Button
    keys: gr.Accordion
    key_name: gr.Textbox
    create: gr.Button
    secret: gr.HTML
    key_list: gr.HTML

    @property
    def shown(self) -> list[Any]:
        """What load and the settings button fill."""
        return [self.account, self.keys, self.sessions, self.key_list]


def _intro(lang: str = "en") -> str:
    return f'<p class="kimi-note">{html.escape(text("keys.intro", lang))}</p>'


def _new_label(lang: str = "en") -> str:
    return text("acct.new", lang, minimum=auth.MIN_PASSWORD)


def build(w: Any) -> AccountParts:
    """Inside the settings panel, after the user's own settings: hidden until load finds an account. `w` words
    the labels in the page's language (kimi_ui/ui/words.py)."""
    with w(gr.Accordion(text("acct.title"), open=False, visible=False, elem_id="account-settings"),
           label="acct.title") as account:
        old = w(gr.Textbox(label=text("acct.old"), type="password", max_lines=1, elem_id="acct-old",
                           max_length=auth.MAX_PASSWORD), label="acct.old")
        new = w(gr.Textbox(label=_new_label(), type="password", max_lines=1, elem_id="acct-new",
                           max_length=auth.MAX_PASSWORD), label=_new_label)
        repeat = w(gr.Textbox(label=text("acct.repeat"), type="password", max_lines=1, elem_id="acct-repeat",
                              max_length=auth.MAX_PASSWORD), label="acct.repeat")
        change = w(gr.Button(text("acct.change"), size="sm", elem_id="acct-change"), value="acct.change")
        message = gr.HTML("", elem_id="acct-message", container=False, padding=False)
        sessions = gr.HTML("", elem_id="acct-sessions", js_on_load=BUTTONS_BRIDGE, container=False, padding=False)
        end_others = w(gr.Button(text("acct.end_others"), size="sm", variant="secondary", elem_id="acct-end-others"),
                       value="acct.end_others")
    with w(gr.Accordion(text("keys.title"), open=False, visible=False, elem_id="api-keys"),
           label="keys.title") as key_section:
        w(gr.HTML(_intro(), container=False, padding=False), value=_intro)
        key_name = w(gr.Textbox(label=text("keys.name"), max_lines=1, max_length=80, elem_id="key-name"),
                     label="keys.name")
        create = w(gr.Button(text("keys.create"), size="sm", elem_id="key-create"), value="keys.create")
        secret = gr.HTML("", elem_id="key-secret", js_on_load=BUTTONS_BRIDGE, container=False, padding=False)
        key_list = gr.HTML("", elem_id="key-list", js_on_load=BUTTONS_BRIDGE, container=False, padding=False)
    return AccountParts(account, old, new, repeat, change, message, sessions, end_others, key_section, key_name,
                        create, secret, key_list)


def wire(h: Any, parts: AccountParts, blocks: gr.Blocks, settings_btn: gr.Button, progress: Any) -> None:
    private = {"api_visibility": "private", "show_progress": "hidden", "show_progress_on": progress}
    blocks.load(h.account_shown, None, parts.shown, queue=False, **private)
    settings_btn.click(h.account_shown, None, parts.shown, queue=False, **private)
    parts.change.click(h.change_password, [parts.old, parts.new, parts.repeat],
                       [parts.old, parts.new, parts.repeat, parts.message, parts.sessions], **private)
    parts.sessions.click(h.session_action, None, [parts.message, parts.sessions], **private)
    parts.end_others.click(h.end_other_sessions, None, [parts.message, parts.sessions], **private)
    parts.create.click(h.create_key, parts.key_name, [parts.key_name, parts.secret, parts.key_list], **private)
    parts.key_list.click(h.key_action, None, [parts.secret, parts.key_list], **private)


def _note(words: str, ok: bool = True) -> str:
    kind = "kimi-ok" if ok else "kimi-refused"
    return f'<div class="kimi-account-note {kind}" role="{"status" if ok else "alert"}">{html.escape(words)}</div>'


def sessions_html(rows: list[admin.SessionRow], lang: str = "en") -> str:
    t = lambda key, **params: html.escape(text(key, lang, **params))  # noqa: E731
    if not rows:
        return f'<p class="kimi-note">{t("acct.no_sessions")}</p>'
    items = []
    for row in rows:
        address = row.ip or text("acct.unknown_address", lang)
        this = (f'<strong class="kimi-this">{t("acct.this_one")}</strong>' if row.current else
                f'<button type="button" class="kimi-row-btn" data-account="end:{row.key}" '
                f'aria-label="{t("acct.end_label", address=address, when=when(row.created_at, lang))}">'
                f'{t("acct.end")}</button>')
        items.append(f'<li class="kimi-session"><span>{t("acct.started", when=when(row.created_at, lang))}<br>'
                     f'{t("acct.last_seen", when=when(row.last_seen_at, lang))}<br>'
                     f'{t("acct.from", address=address)}</span>{this}</li>')
    return f'<h3 class="kimi-sub">{t("acct.sessions")}</h3><ul class="kimi-rows">{"".join(items)}</ul>'


def keys_html(rows: list[Any], lang: str = "en") -> str:
    t = lambda key, **params: html.escape(text(key, lang, **params))  # noqa: E731
    if not rows:
        return f'<p class="kimi-note">{t("keys.none")}</p>'
    items = []
    for row in rows:
        name = row.name or text("keys.no_name", lang)
        state = (f'<span class="kimi-revoked">{t("keys.revoked", when=when(row.revoked_at, lang))}</span>'
                 if row.revoked_at else
                 f'<button type="button" class="kimi-row-btn" data-account="revoke:{html.escape(row.id)}" '
                 f'aria-label="{t("keys.revoke_label", name=name)}">{t("keys.revoke")}</button>')
        items.append(f'<li class="kimi-key{" is-revoked" if row.revoked_at else ""}"><span><strong>'
                     f'{html.escape(name)}</strong> <code>{html.escape(row.prefix)}…</code><br>'
                     f'{t("keys.created", when=when(row.created_at, lang))}<br>'
                     f'{t("keys.last_used", when=when(row.last_used_at, lang))}</span>{state}</li>')
    return f'<h3 class="kimi-sub">{t("keys.yours")}</h3><ul class="kimi-rows">{"".join(items)}</ul>'


def secret_html(name: str, secret: str, lang: str = "en") -> str:
    t = lambda key, **params: html.escape(text(key, lang, **params))  # noqa: E731
    return (f'<div class="kimi-secret" role="status"><p><strong>{t("keys.new", name="“" + name + "”" if name else "")}'
            f'</strong></p><code id="kimi-new-key" class="kimi-secret-value">{html.escape(secret)}</code>'
            f'<button type="button" class="kimi-row-btn" data-copy="#kimi-new-key" data-copied="{t("keys.copied")}">'
            f'{t("keys.copy")}</button><p class="kimi-warning">{t("keys.once")}</p></div>')


def _token(request: gr.Request | None) -> str | None:
    cookies = getattr(request, "cookies", None)
    if cookies is None:
        inner = getattr(request, "request", None)
        cookies = getattr(inner, "cookies", None)
    try:
        value = cookies.get(SESSION_COOKIE) if cookies is not None else None
    except Exception:  # noqa: BLE001 - no cookies: no session of this caller to keep
        value = None
    return value if isinstance(value, str) else None


class AccountMixin:
    """Handlers of the account and key sections (ctx, owner and language_of come from Handlers)."""

    ctx: Any

    def _account_id(self, request: gr.Request | None, *, password: bool = True) -> str | None:
        """The caller's user id when the caller is an enabled account with a password (password=False: or
        one made by the single sign-on proxy, for API keys); else None."""
        if keys.sent_with_key(getattr(request, "headers", None)):  # a key chats; it does not manage the account
            return None
        user_id = self.owner(request)  # type: ignore[attr-defined]
        with self.ctx.db.session(read_only=True) as session:
            try:
                return admin._account(session, user_id, password=password).id
            except admin.NotAllowed:
                return None

    def _lang(self, user_id: str, request: gr.Request | None) -> str:
        return self.language_of(user_id, request)  # type: ignore[attr-defined]

    def _sessions(self, user_id: str, request: gr.Request | None, lang: str) -> str:
        with self.ctx.db.session(read_only=True) as session:
            return sessions_html(admin.sessions_of(session, user_id=user_id, token=_token(request)), lang)

    def _keys(self, user_id: str, lang: str) -> str:
        with self.ctx.db.session(read_only=True) as session:
            return keys_html(keys.list_keys(session, user_id=user_id), lang)

    def account_shown(self, request: gr.Request) -> list[Any]:
        user_id = self._account_id(request, password=False)
        if user_id is None:
            return [gr.update(visible=False), gr.update(visible=False), "", ""]
        lang = self._lang(user_id, request)
        with_password = self._account_id(request) is not None  # a signed-on user has no password nor sessions
        return [gr.update(visible=with_password), gr.update(visible=True),
                self._sessions(user_id, request, lang) if with_password else "", self._keys(user_id, lang)]

    def change_password(self, old: Any, new: Any, repeat: Any, request: gr.Request) -> list[Any]:
        user_id = self._account_id(request)
        if user_id is None:
            return [gr.update(), gr.update(), gr.update(), "", ""]
        lang = self._lang(user_id, request)
        old, new, repeat = (value if isinstance(value, str) else "" for value in (old, new, repeat))
        keep = [gr.update(), gr.update(), gr.update()]
        refused = lambda words: [*keep, _note(words, False), gr.update()]  # noqa: E731
        if new != repeat:
            return refused(text("acct.mismatch", lang))
        try:
            auth.check_password(new)
        except auth.AccountError as problem:
            return refused(problem.words(lang))
        with self.ctx.db.session(read_only=True) as session:
            candidate = admin.password_candidate(session, user_id=user_id)
        # argon2 with no transaction open; a wrong current password counts against the login throttle
        limiter, address = self._limiter(), self._address(request)
        with self.ctx.db.session() as session:
            name = session.get(auth.User, user_id).name
            wait = limiter.reserve(session, address=address, name=name)
        if wait > 0:
            return refused(text("acct.wait", lang, seconds=int(wait) + 1))
        if not auth.verify_password(candidate.password_hash, old[:auth.MAX_PASSWORD]):
            return refused(text("acct.wrong", lang))
        new_hash = auth.hash_password(new)
        with self.ctx.db.session() as session:
            limiter.succeeded(session, address=address, name=name)
            ended = admin.change_password(session, candidate=candidate, new_hash=new_hash, token=_token(request))
        if ended < 0:
            return refused(text("acct.changed_meanwhile", lang))
        return ["", "", "", _note(text("acct.changed", lang, count=ended)), self._sessions(user_id, request, lang)]

    def _limiter(self) -> Any:
        from kimi_ui.throttle import LoginLimiter

        return getattr(self.ctx, "limiter", None) or LoginLimiter()

    @staticmethod
    def _address(request: gr.Request | None) -> str:
        client = getattr(request, "client", None)
        return getattr(client, "host", None) or "?"

    def session_action(self, request: gr.Request, event: PageAction) -> list[Any]:
        user_id = self._account_id(request)
        if user_id is None:
            return ["", ""]
        verb, _, key = event.action.partition(":")
        if verb != "end":
            return [gr.update(), gr.update()]
        lang = self._lang(user_id, request)
        with self.ctx.db.session() as session:
            ended = admin.end_session(session, user_id=user_id, key=key[:64])
        return [_note(text("acct.ended" if ended else "acct.no_session", lang), ended),
                self._sessions(user_id, request, lang)]

    def end_other_sessions(self, request: gr.Request) -> list[Any]:
        user_id = self._account_id(request)
        if user_id is None:
            return ["", ""]
        lang = self._lang(user_id, request)
        with self.ctx.db.session() as session:
            ended = admin.end_other_sessions(session, user_id=user_id, token=_token(request))
        return [_note(text("acct.ended_others", lang, count=ended)), self._sessions(user_id, request, lang)]

    def create_key(self, name: Any, request: gr.Request) -> list[Any]:
        user_id = self._account_id(request, password=False)
        if user_id is None:
            return [gr.update(), "", ""]
        lang = self._lang(user_id, request)
        name = " ".join(str(name or "").split())[:80]
        try:
            with self.ctx.db.session() as session:
                row, secret = keys.create_key(session, user_id=user_id, name=name)
        except keys.KeyRefused as refused:
            return [gr.update(), _note(text(f"keys.{refused.code}", lang, maximum=keys.MAX_KEYS), False),
                    self._keys(user_id, lang)]
        return ["", secret_html(row.name, secret, lang), self._keys(user_id, lang)]

    def key_action(self, request: gr.Request, event: PageAction) -> list[Any]:
        user_id = self._account_id(request, password=False)
        if user_id is None:
            return ["", ""]
        verb, _, key_id = event.action.partition(":")
        if verb != "revoke":
            return [gr.update(), gr.update()]
        lang = self._lang(user_id, request)
        with self.ctx.db.session() as session:
            done = keys.revoke_key(session, user_id=user_id, key_id=key_id)
        return [_note(text("keys.done" if done else "keys.unknown", lang), done), self._keys(user_id, lang)]

"""The admin view (issue 19): a panel over the page that only admins can open ("Admin" beside Settings, shown
by load to admins alone). Users with their usage, the actions on them, charts of the last 30 days' tokens per
day by user and by backend, and the backends' current health with their latency over the last week.

Every handler asks kimi_ui.admin whether the caller is an enabled admin, in the transaction that acts: a
non-admin calling any of them with any arguments gets empty updates back and changes nothing. The panel and its
button are hidden (not rendered) for everyone else."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import timezone
from typing import Any

import gradio as gr
import pandas as pd

from kimi_ui import admin, auth, keys
from kimi_ui.costs import default_prices, money
from kimi_ui.i18n import text
from kimi_ui.ui.account_panel import BUTTONS_BRIDGE

CLOSE_ICON = ('<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" '
              'stroke-linecap="round" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>')


@dataclass(frozen=True)
class AdminParts:
    button: gr.Button  # "Admin" in the title bar
    panel: gr.Column
    close: gr.Button
    refresh: gr.Button
    result: gr.HTML
    users: gr.HTML
    user: gr.Dropdown
    disable: gr.Button
    enable: gr.Button
    reset: gr.Button
    make_admin: gr.Button
    unmake_admin: gr.Button
    unlock: gr.Button
    new_name: gr.Textbox
    new_admin: gr.Checkbox
    add: gr.Button
    day_budget: gr.Textbox
    month_budget: gr.Textbox
    set_budgets: gr.Button
    by_user: gr.BarPlot
    by_backend: gr.BarPlot
    latency: gr.LinePlot
    backends: gr.HTML

    @property
    def filled(self) -> list[Any]:
        """What opening (and Refresh) fills."""
        return [self.panel, self.users, self.user, self.by_user, self.by_backend, self.latency, self.backends]

    @property
    def after_action(self) -> list[Any]:
        return [self.result, self.users, self.user]


def build_button(w: Any) -> gr.Button:
    return w(gr.Button(text("admin.button"), size="sm", scale=0, min_width=70, visible=False, elem_id="admin-btn"),
             value="admin.button")


def _heading(key: str, level: int = 3) -> Any:
    def words(lang: str = "en") -> str:
        attrs = ' id="kimi-admin-title"' if level == 2 else ' class="kimi-sub"'
        return f"<h{level}{attrs}>{html.escape(text(key, lang))}</h{level}>"
    return words


def _empty(by: str) -> pd.DataFrame:
    return pd.DataFrame({"day": pd.Series([], dtype="str"), by: pd.Series([], dtype="str"),
                         "tokens": pd.Series([], dtype="int")})


def build(button: gr.Button, w: Any) -> AdminParts:
    """The panel (outside the page's shell, like the settings panel), hidden until an admin opens it. `w`
    words it in the page's language (kimi_ui/ui/words.py)."""
    html_ = {"container": False, "padding": False}
    small = {"size": "sm"}
    with gr.Column(visible=False, elem_id="kimi-admin") as panel:
        with gr.Row(elem_id="admin-head", equal_height=True):
            w(gr.HTML(_heading("admin.title", 2)(), **html_), value=_heading("admin.title", 2))
            refresh = w(gr.Button(text("admin.refresh"), scale=0, min_width=80, elem_id="admin-refresh", **small),
                        value="admin.refresh")
            close = w(gr.Button(text("admin.close"), scale=0, min_width=70, elem_id="admin-close", **small),
                      value="admin.close")
        result = gr.HTML("", elem_id="admin-result", js_on_load=BUTTONS_BRIDGE, **html_)
        w(gr.HTML(_heading("admin.users")(), **html_), value=_heading("admin.users"))
        users = gr.HTML("", elem_id="admin-users", **html_)
        with gr.Row(elem_id="admin-actions"):
            user = w(gr.Dropdown(choices=[], label=text("admin.user"), allow_custom_value=True, elem_id="admin-user",
                                 scale=2, min_width=160), label="admin.user")
            buttons = {}
            for key, elem, width, variant in (("disable", "admin-disable", 80, "stop"),
                                              ("enable", "admin-enable", 80, "secondary"),
                                              ("reset", "admin-reset", 120, "secondary"),
                                              ("make_admin", "admin-make", 110, "secondary"),
                                              ("unmake_admin", "admin-unmake", 120, "secondary"),
                                              ("unlock", "admin-unlock", 110, "secondary")):
                buttons[key] = w(gr.Button(text(f"admin.{key}"), variant=variant, elem_id=elem, min_width=width,
                                           **small), value=f"admin.{key}")
        with gr.Row(elem_id="admin-add-row"):
            new_name = w(gr.Textbox(label=text("admin.new_name"), max_lines=1, max_length=64,
                                    elem_id="admin-new-name", scale=2, min_width=160), label="admin.new_name")
            new_admin = w(gr.Checkbox(label=text("admin.new_admin"), value=False, elem_id="admin-new-admin", scale=0,
                                      min_width=90), label="admin.new_admin")
            add = w(gr.Button(text("admin.add"), elem_id="admin-add", scale=0, min_width=90, **small),
                    value="admin.add")
        with gr.Row(elem_id="admin-budget-row"):
            day_budget = w(gr.Textbox(label=text("admin.day_budget"), max_lines=1, max_length=20,
                                      placeholder=text("admin.budget_hint"), elem_id="admin-day-budget", scale=1,
                                      min_width=140), label="admin.day_budget", placeholder="admin.budget_hint")
            month_budget = w(gr.Textbox(label=text("admin.month_budget"), max_lines=1, max_length=20,
                                        placeholder=text("admin.budget_hint"), elem_id="admin-month-budget", scale=1,
                                        min_width=140), label="admin.month_budget", placeholder="admin.budget_hint")
            set_budgets = w(gr.Button(text("admin.set_budgets"), elem_id="admin-set-budgets", scale=0,
                                      min_width=120, **small), value="admin.set_budgets")
        w(gr.HTML(_heading("admin.usage")(), **html_), value=_heading("admin.usage"))
        axes = {"x_title": text("admin.day"), "y_title": text("admin.tokens"), "x_label_angle": -90}
        worded_axes = {"x_title": "admin.day", "y_title": "admin.tokens"}
        with gr.Row(elem_id="admin-charts"):
            by_user = w(gr.BarPlot(_empty("user"), x="day", y="tokens", color="user", title=text("admin.by_user"),
                                   elem_id="admin-chart-users", min_width=300, **axes),
                        title="admin.by_user", **worded_axes)
            by_backend = w(gr.BarPlot(_empty("backend"), x="day", y="tokens", color="backend",
                                      title=text("admin.by_backend"), elem_id="admin-chart-backends", min_width=300,
                                      **axes), title="admin.by_backend", **worded_axes)
        w(gr.HTML(_heading("admin.backends")(), **html_), value=_heading("admin.backends"))
        backends = gr.HTML("", elem_id="admin-backends", **html_)
        latency = w(gr.LinePlot(pd.DataFrame({"at": pd.Series([], dtype="datetime64[ns]"),
                                              "backend": pd.Series([], dtype="str"),
                                              "latency_ms": pd.Series([], dtype="float")}),
                                x="at", y="latency_ms", color="backend", title=text("admin.latency"),
                                x_title=text("admin.time"), y_title="ms", elem_id="admin-chart-latency"),
                    title="admin.latency", x_title="admin.time")
    disable, enable, reset = buttons["disable"], buttons["enable"], buttons["reset"]
    make_admin, unmake_admin, unlock = buttons["make_admin"], buttons["unmake_admin"], buttons["unlock"]
    return AdminParts(button, panel, close, refresh, result, users, user, disable, enable, reset, make_admin,
                      unmake_admin, unlock, new_name, new_admin, add, day_budget, month_budget, set_budgets, by_user,
                      by_backend, latency, backends)


def wire(h: Any, parts: AdminParts, blocks: gr.Blocks, progress: Any) -> None:
    private = {"api_visibility": "private", "show_progress": "hidden", "show_progress_on": progress}
    blocks.load(h.admin_button, None, parts.button, queue=False, **private)
    parts.button.click(h.admin_open, None, parts.filled, **private)
    parts.refresh.click(h.admin_open, None, parts.filled, **private)
    parts.close.click(lambda: gr.update(visible=False), None, parts.panel, queue=False, **private)
    for button, verb in ((parts.disable, "disable"), (parts.enable, "enable"), (parts.reset, "reset"),
                         (parts.make_admin, "make_admin"), (parts.unmake_admin, "unmake_admin"),
                         (parts.unlock, "unlock")):
        button.click(_acting(h, verb), parts.user, parts.after_action, api_name=f"admin_{verb}", **private)
    parts.add.click(h.admin_add, [parts.new_name, parts.new_admin], [*parts.after_action, parts.new_name],
                    **private)
    parts.set_budgets.click(h.admin_budgets, [parts.user, parts.day_budget, parts.month_budget],
                            parts.after_action, **private)


def _acting(h: Any, verb: str) -> Any:
    def act(name: Any, request: gr.Request) -> list[Any]:
        return h.admin_act(verb, name, request)
    act.__name__ = f"admin_{verb}"
    return act


def _secret(password: str, lang: str) -> str:
    """A temporary password, shown once, with Copy (the next action's result replaces it)."""
    return (f"<code class='kimi-secret-value' id='kimi-temp-password'>{html.escape(password)}</code> "
            f"<button type='button' class='kimi-row-btn' data-copy='#kimi-temp-password' "
            f"data-copied='{html.escape(text('keys.copied', lang))}'>{html.escape(text('keys.copy', lang))}</button>")


def _note(words: str, ok: bool = True) -> str:
    kind = "kimi-ok" if ok else "kimi-refused"
    return f'<div class="kimi-account-note {kind}" role="{"status" if ok else "alert"}">{words}</div>'


def _fmt(n: int, lang: str = "en") -> str:
    return f"{n:,}".replace(",", ".") if lang == "de" else f"{n:,}"


def _budget(value: int | None, lang: str) -> str:
    return text("admin.budget_default", lang) if value is None else (
        text("admin.budget_none", lang) if value == 0 else _fmt(value, lang))


def read_budget(value: Any) -> int | None:
    """A budget typed in the view: blank is the default (None), else a count of tokens (1,000 · 1.000 · 1 000 ·
    1_000); anything else raises ValueError."""
    typed = value.strip() if isinstance(value, str) else ""
    if not typed:
        return None
    digits = typed.replace(",", "").replace(".", "").replace("_", "").replace(" ", "").replace("\u202f", "")
    if not digits.isascii() or not digits.isdigit() or len(digits) > 15:
        raise ValueError(typed)
    return int(digits)


def users_html(rows: list[admin.UserRow], currency: str | None, lang: str = "en") -> str:
    t = lambda key, **params: html.escape(text(key, lang, **params))  # noqa: E731
    head = (f"<tr><th scope='col'>{t('admin.col_user')}</th><th scope='col'>{t('admin.col_role')}</th>"
            f"<th scope='col'>{t('admin.col_status')}</th>"
            + "".join(f"<th scope='col' class='num'>{t(f'admin.col_{key}')}</th>"
                      for key in ("today", "week", "total", "cost", "budget")) + "</tr>")
    body = []
    for row in rows:
        status = [text("admin.disabled" if row.disabled else "admin.active", lang)]
        if row.must_change:
            status.append(text("admin.must_change", lang))
        if row.locked is not None:
            status.append(text("admin.delayed", lang, seconds=int(row.locked) + 1) if row.locked > 0
                          else text("admin.failures", lang))
        if row.signed_on:
            status.append(text("admin.signed_on", lang))
        cost = (money(row.cost, currency, lang) if currency else f"{row.cost:.4f}") if row.cost else "–"
        budgets = t("admin.budgets", day=_budget(row.day_budget, lang), month=_budget(row.month_budget, lang))
        body.append(f"<tr><th scope='row'>{html.escape(row.name)}</th>"
                    f"<td>{t('admin.role_admin' if row.is_admin else 'admin.role_user')}</td>"
                    f"<td>{html.escape(', '.join(status))}</td><td class='num'>{_fmt(row.today, lang)}</td>"
                    f"<td class='num'>{_fmt(row.week, lang)}</td><td class='num'>{_fmt(row.total, lang)}</td>"
                    f"<td class='num'>{html.escape(cost)}</td><td class='num'>{budgets}</td></tr>")
    return (f"<div class='kimi-table-wrap' tabindex='0' role='region' aria-label='{t('admin.users_label')}'>"
            f"<table class='kimi-admin-table'><thead>{head}</thead><tbody>{''.join(body)}</tbody></table></div>"
            f"<p class='kimi-note'>{t('admin.tokens_note')}</p>")


PALETTE = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d", "#ff9da6",
           "#bab0ac")


def backend_colours(names: list[str]) -> dict[str, str]:
    """One colour per backend, the same in the usage chart and the latency chart (each chart alone would
    colour its own series in the order it meets them)."""
    ordered = list(dict.fromkeys(names))
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(ordered)}


HEALTH_WORDS = {"ok": "backend.online", "down": "backend.offline", "error": "backend.problem"}  # (as the picker)


def backends_html(ctx: Any, checks: list[Any], lang: str = "en") -> str:
    t = lambda key, **params: html.escape(text(key, lang, **params))  # noqa: E731
    last: dict[str, Any] = {}
    for check in checks:
        last[check.backend] = check
    seen = {check.backend for check in checks}
    rows = []
    for backend in ctx.backends:
        health = backend.health
        recorded = last.get(backend.name)
        ok = sum(1 for c in checks if c.backend == backend.name and c.ok)
        total = sum(1 for c in checks if c.backend == backend.name)
        latency = f"{recorded.latency_ms:.0f} ms" if recorded and recorded.latency_ms is not None else "–"
        said = (health.message or "").strip()
        detail = html.escape(said) if said and said.lower() not in ("ok", health.status) else ""
        rows.append(f"<tr><th scope='row'>{html.escape(backend.name)}</th>"
                    f"<td><span class='kimi-health kimi-health-{html.escape(health.status)}'>"
                    f"{t(HEALTH_WORDS.get(health.status, 'backend.checking'))}</span> {detail}</td>"
                    f"<td class='num'>{latency}</td>"
                    f"<td class='num'>{t('admin.up', percent=round(100 * ok / total), count=total) if total else '–'}"
                    "</td></tr>")
    for name in sorted(seen - set(ctx.backends.names())):
        rows.append(f"<tr><th scope='row'>{html.escape(name)}</th><td>{t('admin.gone')}</td><td></td><td></td></tr>")
    return (f"<div class='kimi-table-wrap' tabindex='0' role='region' aria-label='{t('admin.backends')}'>"
            f"<table class='kimi-admin-table'><thead><tr><th scope='col'>{t('admin.col_backend')}</th>"
            f"<th scope='col'>{t('admin.col_now')}</th><th scope='col' class='num'>{t('admin.col_latency')}</th>"
            f"<th scope='col' class='num'>{t('admin.col_up')}</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>")


class AdminMixin:
    """Handlers of the admin view (ctx, owner and language_of come from Handlers)."""

    ctx: Any

    def _admin_id(self, request: gr.Request | None) -> str | None:
        if keys.sent_with_key(getattr(request, "headers", None)):  # an admin's key is not the admin's login
            return None
        user_id = self.owner(request)  # type: ignore[attr-defined]
        with self.ctx.db.session(read_only=True) as session:
            return user_id if admin.is_admin(session, user_id) else None

    def _currency(self) -> str | None:
        found = set()
        for backend in self.ctx.backends:
            prices = backend.config.prices or default_prices(backend.kind.name, backend.config.model)
            if prices is not None:
                found.add(prices.currency)
        return found.pop() if len(found) == 1 else None

    def _users_parts(self, session: Any, lang: str) -> list[Any]:
        rows = admin.users_with_usage(session)
        return [users_html(rows, self._currency(), lang), gr.update(choices=[row.name for row in rows])]

    def admin_button(self, request: gr.Request) -> Any:
        return gr.update(visible=self._admin_id(request) is not None)

    def admin_open(self, request: gr.Request) -> list[Any]:
        actor = self._admin_id(request)
        if actor is None:
            return [gr.update() for _ in range(7)]
        lang = self.language_of(actor, request)  # type: ignore[attr-defined]
        with self.ctx.db.session(read_only=True) as session:
            try:
                seen = admin.overview(session, actor_id=actor)
            except admin.NotAllowed:
                return [gr.update() for _ in range(7)]
            users = self._users_parts(session, lang)
        latency = pd.DataFrame(
            [{"at": c.at.astimezone(timezone.utc).replace(tzinfo=None), "backend": c.backend,
              "latency_ms": c.latency_ms} for c in seen.checks if c.ok and c.latency_ms is not None],
            columns=["at", "backend", "latency_ms"])
        colours = backend_colours([*self.ctx.backends.names(), *(row["backend"] for row in seen.by_backend)])
        return [gr.update(visible=True), *users,
                pd.DataFrame(seen.by_user, columns=["day", "user", "tokens"]),
                gr.update(value=pd.DataFrame(seen.by_backend, columns=["day", "backend", "tokens"]),
                          color_map=colours),
                gr.update(value=latency, color_map=colours), backends_html(self.ctx, seen.checks, lang)]

    def admin_act(self, verb: str, name: Any, request: gr.Request) -> list[Any]:
        actor = self._admin_id(request)
        if actor is None or verb not in ("disable", "enable", "make_admin", "unmake_admin", "reset", "unlock"):
            return [gr.update(), gr.update(), gr.update()]
        lang = self.language_of(actor, request)  # type: ignore[attr-defined]
        name = name.strip() if isinstance(name, str) else ""
        if not name:
            return [_note(html.escape(text("admin.pick", lang)), False), gr.update(), gr.update()]
        said = repr(name)
        t = lambda key, **params: html.escape(text(key, lang, **params))  # noqa: E731
        try:
            with self.ctx.db.session() as session:
                if verb in ("disable", "enable"):
                    admin.set_disabled(session, actor_id=actor, name=name, disabled=verb == "disable")
                    words = t(f"admin.did_{verb}", name=said)
                elif verb in ("make_admin", "unmake_admin"):
                    admin.set_admin(session, actor_id=actor, name=name, admin=verb == "make_admin")
                    words = t(f"admin.did_{verb}", name=said)
                elif verb == "reset":
                    user, password = admin.reset_password(session, actor_id=actor, name=name)
                    words = (f"{t('admin.did_reset', name=repr(user.name))} {_secret(password, lang)}<br>"
                             f"{t('admin.reset_note')}")
                else:
                    lifted = admin.unlock(session, actor_id=actor, name=name)
                    words = (t("admin.did_unlock", name=said, count=lifted) if lifted
                             else t("admin.nothing_to_unlock", name=said))
                ok = True
        except admin.NotAllowed:
            return [gr.update(), gr.update(), gr.update()]
        except admin.AdminRefused as problem:
            words, ok = t(f"admin.{problem.code}", **problem.params), False
        except auth.AccountError as problem:
            words, ok = html.escape(problem.words(lang)), False
        with self.ctx.db.session(read_only=True) as session:
            return [_note(words, ok), *self._users_parts(session, lang)]

    def admin_budgets(self, name: Any, day: Any, month: Any, request: gr.Request) -> list[Any]:
        """Set budgets: the user's own tokens a day and a month (blank: the default; 0: no limit)."""
        actor = self._admin_id(request)
        if actor is None:
            return [gr.update(), gr.update(), gr.update()]
        lang = self.language_of(actor, request)  # type: ignore[attr-defined]
        name = name.strip() if isinstance(name, str) else ""
        if not name:
            return [_note(html.escape(text("admin.pick", lang)), False), gr.update(), gr.update()]
        try:
            budgets = read_budget(day), read_budget(month)
            with self.ctx.db.session() as session:
                user = admin.set_budgets(session, actor_id=actor, name=name, day=budgets[0], month=budgets[1])
            words, ok = html.escape(text("admin.did_budgets", lang, name=repr(user.name),
                                         day=_budget(user.day_tokens, lang),
                                         month=_budget(user.month_tokens, lang))), True
        except admin.NotAllowed:
            return [gr.update(), gr.update(), gr.update()]
        except (ValueError, admin.AdminRefused):
            words, ok = html.escape(text("admin.bad_budget", lang)), False
        except auth.AccountError as problem:
            words, ok = html.escape(problem.words(lang)), False
        with self.ctx.db.session(read_only=True) as session:
            return [_note(words, ok), *self._users_parts(session, lang)]

    def admin_add(self, name: Any, make_admin: Any, request: gr.Request) -> list[Any]:
        actor = self._admin_id(request)
        if actor is None:
            return [gr.update(), gr.update(), gr.update(), gr.update()]
        lang = self.language_of(actor, request)  # type: ignore[attr-defined]
        name = name.strip() if isinstance(name, str) else ""
        try:
            with self.ctx.db.session() as session:
                user, password = admin.add_user(session, actor_id=actor, name=name, admin=make_admin is True)
        except admin.NotAllowed:
            return [gr.update(), gr.update(), gr.update(), gr.update()]
        except auth.AccountError as problem:
            with self.ctx.db.session(read_only=True) as session:
                return [_note(html.escape(problem.words(lang)), False), *self._users_parts(session, lang),
                        gr.update()]
        words = (f"{html.escape(text('admin.did_add', lang, name=repr(user.name)))} {_secret(password, lang)}<br>"
                 f"{html.escape(text('admin.add_note', lang))}")
        with self.ctx.db.session(read_only=True) as session:
            return [_note(words), *self._users_parts(session, lang), ""]

"""The login page and its routes: sign in (a session cookie), sign out (POST only; cross-site posts are
refused by kimi_ui.csrf before they get here)."""

from __future__ import annotations

import hashlib
import hmac
import html
import time
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kimi_ui import auth
from kimi_ui.i18n import language, text
from kimi_ui.links import safe_next
from kimi_ui.storage.db import Database
from kimi_ui.throttle import LoginLimiter, seconds
from kimi_ui.web_auth import SESSION_COOKIE, Gate, _is_https, cookie_header


LOGIN_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>kimi-ui · {title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<link rel="icon" href="{root}/kimi-assets/favicon.png">
<style>body{{font-family:system-ui,sans-serif;background:#f4f5f9;display:flex;justify-content:center;align-items:center;
min-height:100vh;margin:0}}form{{background:#fff;padding:32px;border-radius:12px;box-shadow:0 2px 12px #0001;width:300px}}
h1{{font-size:1.3em;display:flex;gap:10px;align-items:center;margin:0 0 20px}}label{{display:block;font-size:.9em;margin-top:12px}}
input{{width:100%;box-sizing:border-box;padding:8px;margin-top:4px;border:1px solid #ccd;border-radius:6px}}
button{{margin-top:20px;width:100%;padding:9px;border:0;border-radius:6px;background:#4f46e5;color:#fff;font-size:1em}}
.error{{color:#b42318;font-size:.9em;margin-top:12px}}.note{{color:#166534;font-size:.9em;margin-top:12px}}
@media (prefers-color-scheme: dark){{body{{background:#0f1422;color:#e5e7eb}}form{{background:#1a2238;box-shadow:none}}
input{{background:#0f1422;color:#e5e7eb;border-color:#3b4662}}button{{background:#4f46e5}}.error{{color:#fca5a5}}.note{{color:#86efac}}}}
</style></head><body><main>
<form method="post" action="{root}/auth/login">{back}<h1><img src="{root}/kimi-assets/logo.svg" width="32" alt=""> kimi-ui</h1>
<label>{username}<input name="username" autocomplete="username" required autofocus value="{name}"></label>
<label>{password}<input name="password" type="password" autocomplete="current-password" required></label>
{error}<button type="submit">{sign_in}</button></form></main></body></html>"""


def login_page(root: str, error: str = "", name: str = "", status: int = 200, back: str = "",
               lang: str = "en", said: str = "") -> HTMLResponse:
    """In the browser's language (nobody is signed in yet to have a setting). said: a note that is no error."""
    note = f'<div class="error" role="alert">{html.escape(error)}</div>' if error else ""
    if said and not error:
        note = f'<div class="note" role="status">{html.escape(said)}</div>'

    # Where the user came from (a checked path: kimi_ui.links.safe_next), posted with the form.
    back_field = f'<input type="hidden" name="next" value="{html.escape(back)}">' if back else ""
    words = {key: html.escape(text(f"login.{key}", lang)) for key in ("title", "username", "password", "sign_in")}
    return HTMLResponse(LOGIN_PAGE.format(root=html.escape(root), error=note, name=html.escape(name),
                                          back=back_field, lang=lang, **words), status_code=status)


# After a right temporary password (an admin's reset, User.must_change_password): no session yet, this form.
CHANGE_PAGE = LOGIN_PAGE.split("<main>")[0] + """<main>
<form method="post" action="{root}/auth/login/change">{back}<input type="hidden" name="ticket" value="{ticket}">
<h1><img src="{root}/kimi-assets/logo.svg" width="32" alt=""> kimi-ui</h1><p>{intro}</p>
<input type="text" name="username" autocomplete="username" value="{name}" hidden>
<label>{new_password}<input name="new_password" type="password" autocomplete="new-password" required minlength="{minimum}" autofocus></label>
<label>{repeat_password}<input name="repeat_password" type="password" autocomplete="new-password" required minlength="{minimum}"></label>
{error}<button type="submit">{change_save}</button></form></main></body></html>"""
TICKET_SECONDS = 600  # the change form's life


def change_page(root: str, *, ticket: str, name: str, error: str = "", status: int = 200, back: str = "",
                lang: str = "en") -> HTMLResponse:
    note = f'<div class="error" role="alert">{html.escape(error)}</div>' if error else ""
    back_field = f'<input type="hidden" name="next" value="{html.escape(back)}">' if back else ""
    words = {key: html.escape(text(f"login.{key}", lang))
             for key in ("new_password", "repeat_password", "change_save")}
    return HTMLResponse(CHANGE_PAGE.format(
        root=html.escape(root), error=note, name=html.escape(name), back=back_field, lang=lang,
        ticket=html.escape(ticket), minimum=auth.MIN_PASSWORD, title=html.escape(text("login.change_title", lang)),
        intro=html.escape(text("login.change_intro", lang, name=name)), **words), status_code=status)


@dataclass(frozen=True)
class MustChange:
    """A right temporary password: the user must choose a new one before a session starts."""

    user_id: str
    password_hash: str


def _ticket_mac(secret: bytes, user_id: str, expires: int, password_hash: str) -> str:
    message = f"{user_id}.{expires}.{hashlib.sha256(password_hash.encode()).hexdigest()}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:40]


def make_ticket(secret: bytes, found: MustChange, *, now: float | None = None) -> str:
    """What the change form carries instead of the temporary password: the user, an expiry, and a MAC over
    them and the password hash (so the ticket dies with the temporary password)."""
    expires = int((now or time.time()) + TICKET_SECONDS)
    return f"{found.user_id}.{expires}.{_ticket_mac(secret, found.user_id, expires, found.password_hash)}"


def read_ticket(db: Database, ticket: str, *, now: float | None = None) -> tuple[MustChange, str] | None:
    """(the user to change, their name) for a valid, unexpired ticket whose user still must change; else None."""
    parts = ticket.split(".") if isinstance(ticket, str) and len(ticket) < 200 else []
    if len(parts) != 3 or not parts[1].isdigit() or int(parts[1]) < (now or time.time()):
        return None
    user_id, expires, mac = parts[0], int(parts[1]), parts[2]
    with db.session() as session:
        secret = auth.app_secret(session, "password-change")
        user = session.get(auth.User, user_id)
        if user is None or user.disabled or not user.must_change_password or not user.password_hash:
            return None
        if not hmac.compare_digest(mac, _ticket_mac(secret, user_id, expires, user.password_hash)):
            return None
        return MustChange(user.id, user.password_hash), user.name


LOGOUT_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>kimi-ui · {sign_out}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,sans-serif">
<form method="post" action="{root}/auth/logout"><p>{ask}</p><button type="submit">{sign_out}</button>
<a href="{root}/">{back}</a></form></body></html>"""


SIGNED_ON_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>kimi-ui · {sign_out}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,sans-serif">
<main><p>{proxy}</p><a href="{root}/">{back}</a></main></body></html>"""


def signed_on(request: Request) -> bool:
    """Whether the sign-on proxy's header named the caller (kimi_ui/sso.py, set by web_auth)."""
    return bool(request.scope.get("state", {}).get("signed_on"))


def signed_on_page(root: str, lang: str) -> HTMLResponse:
    """Signing out is the proxy's business: its session, not a kimi-ui cookie, signed the user in."""
    words = {key: html.escape(text(f"login.{key}", lang)) for key in ("sign_out", "proxy", "back")}
    return HTMLResponse(SIGNED_ON_PAGE.format(root=html.escape(root), lang=lang, **words))


def browser_language(request: Request) -> str:
    return language(None, request.headers.get("accept-language"))


def sign_in(db: Database, limiter: LoginLimiter, *, name: str, password: str, address: str | None,
            lifetime: timedelta) -> tuple[str | MustChange | None, float]:
    """(token, 0) for a right password, (None, 0) for a wrong one, (None, seconds to wait) when throttled;
    (MustChange, 0) for a right temporary password (no session: the user must choose a new one first).
    Blocking (argon2): call it in a worker thread. Three short transactions with argon2 outside them all:
    reserve the attempt (a write), read the user (read-only), and after a right password the rehash if
    any, the new session and taking the reservation back (a write)."""
    with db.session() as session:
        wait = limiter.reserve(session, address=address, name=name)
    if wait > 0:
        return None, wait
    with db.session(read_only=True) as session:
        candidate = auth.find_candidate(session, name=name)
    right, new_hash = auth.check_candidate(candidate, password)
    if not right:
        return None, 0.0
    if candidate.must_change:
        with db.session() as session:
            limiter.succeeded(session, address=address, name=name)
        return MustChange(candidate.user_id or "", candidate.password_hash or ""), 0.0
    with db.session() as session:
        token = auth.finish_login(session, candidate=candidate, new_hash=new_hash, ip=address, lifetime=lifetime)
        if token is not None:
            limiter.succeeded(session, address=address, name=name)
    return token, 0.0


def add_login_routes(app: FastAPI, gate: Gate) -> None:
    settings = gate.settings
    root = settings.root_path.rstrip("/")

    def clear_cookie(request: Request, response: Response) -> Response:
        response.raw_headers.append((b"set-cookie", cookie_header(SESSION_COOKIE, "", max_age=0,
                                                                  secure=_is_https(request.scope, settings), path="/")))
        return response

    @app.get("/auth/login", include_in_schema=False)
    async def show_login(request: Request) -> Response:
        back = safe_next(request.query_params.get("next"), root)
        if (signed_on(request) and request.state.user is not None) or await gate.current_mode() != "accounts":
            return RedirectResponse(back, status_code=303)
        lang = browser_language(request)
        erased = request.query_params.get("erased") == "1"  # after "Delete my data" (kimi_ui/ui/my_data.py)
        return login_page(root, back=back, lang=lang, said=text("data.erased_login", lang) if erased else "")

    @app.post("/auth/login", include_in_schema=False)
    async def do_login(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        name = (form.get("username") or [""])[0].strip()
        password = (form.get("password") or [""])[0]
        back = safe_next((form.get("next") or [""])[0], root)  # a path of this app, else the root
        lang = browser_language(request)
        if not name or not password:  # the form requires both: nothing to check, nothing to count
            return login_page(root, text("login.missing", lang), name, 400, back, lang)
        ip = request.client.host if request.client else "?"
        token, wait = await gate.db.call(sign_in, gate.db, gate.limiter, name=name, password=password,
                                         address=ip, lifetime=timedelta(hours=settings.session_hours))
        if wait > 0:
            response = login_page(root, text("login.wait", lang, seconds=seconds(wait)), name, 429, back, lang)
            response.headers["Retry-After"] = str(seconds(wait))
            return response
        if token is None:
            return login_page(root, text("login.wrong", lang), name, 401, back, lang)
        if isinstance(token, MustChange):
            found = token
            secret = await gate.db.run(lambda session: auth.app_secret(session, "password-change"))
            return change_page(root, ticket=make_ticket(secret, found), name=name, back=back, lang=lang)
        return signed_in(request, token, back)

    def signed_in(request: Request, token: str, back: str) -> Response:
        response = RedirectResponse(back, status_code=303)
        response.raw_headers.append((b"set-cookie", cookie_header(
            SESSION_COOKIE, token, max_age=int(settings.session_hours * 3600),
            secure=_is_https(request.scope, settings), path="/")))
        return response

    @app.post("/auth/login/change", include_in_schema=False)
    async def change_temporary(request: Request) -> Response:
        """The user's own password in place of an admin's temporary one, then signed in."""
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        field = lambda key: (form.get(key) or [""])[0]  # noqa: E731
        ticket, new, repeat = field("ticket"), field("new_password"), field("repeat_password")
        back = safe_next(field("next"), root)
        lang = browser_language(request)
        found = await gate.db.call(read_ticket, gate.db, ticket)
        if found is None:
            return login_page(root, text("login.expired", lang), "", 400, back, lang)
        must, name = found
        again = lambda words: change_page(root, ticket=ticket, name=name, error=words, status=400,  # noqa: E731
                                          back=back, lang=lang)
        if new != repeat:
            return again(text("login.mismatch", lang))
        try:
            auth.check_password(new)
        except auth.AccountError as problem:
            return again(problem.words(lang))
        if await gate.db.call(auth.verify_password, must.password_hash, new):
            return again(text("login.same_password", lang))
        new_hash = await gate.db.call(auth.hash_password, new)
        ip = request.client.host if request.client else "?"
        token = await gate.db.run(lambda session: auth.replace_temporary(
            session, user_id=must.user_id, old_hash=must.password_hash, new_hash=new_hash, ip=ip,
            lifetime=timedelta(hours=settings.session_hours)))
        if token is None:
            return login_page(root, text("login.expired", lang), "", 400, back, lang)
        return signed_in(request, token, back)

    @app.get("/auth/logout", include_in_schema=False)
    async def confirm_logout(request: Request) -> Response:
        """A link or a cross-site navigation must not end a session: signed in, this asks for a POST."""
        if request.state.user is None or await gate.current_mode() != "accounts":
            return RedirectResponse(f"{root}/auth/login", status_code=303)
        lang = browser_language(request)
        if signed_on(request):
            return signed_on_page(root, lang)
        words = {key: html.escape(text(f"login.{key}", lang)) for key in ("ask", "sign_out", "back")}
        return HTMLResponse(LOGOUT_PAGE.format(root=html.escape(root), lang=lang, **words))

    @app.post("/auth/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        if signed_on(request):
            return signed_on_page(root, browser_language(request))
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            await gate.db.run(lambda session: auth.end_session(session, token=token))
        return clear_cookie(request, RedirectResponse(f"{root}/auth/login", status_code=303))

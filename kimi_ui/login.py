"""The login page and its routes: sign in (a session cookie), sign out."""

from __future__ import annotations

import asyncio
import html
from datetime import timedelta
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kimi_ui import auth
from kimi_ui.web_auth import SESSION_COOKIE, Gate, _is_https, cookie_header


LOGIN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kimi-ui · sign in</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="{root}/kimi-assets/favicon.png">
<style>body{{font-family:system-ui,sans-serif;background:#f4f5f9;display:flex;justify-content:center;align-items:center;
min-height:100vh;margin:0}}form{{background:#fff;padding:32px;border-radius:12px;box-shadow:0 2px 12px #0001;width:300px}}
h1{{font-size:1.3em;display:flex;gap:10px;align-items:center;margin:0 0 20px}}label{{display:block;font-size:.9em;margin-top:12px}}
input{{width:100%;box-sizing:border-box;padding:8px;margin-top:4px;border:1px solid #ccd;border-radius:6px}}
button{{margin-top:20px;width:100%;padding:9px;border:0;border-radius:6px;background:#4f46e5;color:#fff;font-size:1em}}
.error{{color:#b42318;font-size:.9em;margin-top:12px}}</style></head><body>
<form method="post" action="{root}/auth/login"><h1><img src="{root}/kimi-assets/logo.svg" width="32" alt=""> kimi-ui</h1>
<label>Username<input name="username" autocomplete="username" required autofocus value="{name}"></label>
<label>Password<input name="password" type="password" autocomplete="current-password" required></label>
{error}<button type="submit">Sign in</button></form></body></html>"""


def login_page(root: str, error: str = "", name: str = "", status: int = 200) -> HTMLResponse:
    note = f'<div class="error" role="alert">{html.escape(error)}</div>' if error else ""
    return HTMLResponse(LOGIN_PAGE.format(root=html.escape(root), error=note, name=html.escape(name)),
                        status_code=status)


def add_login_routes(app: FastAPI, gate: Gate) -> None:
    settings = gate.settings
    root = settings.root_path.rstrip("/")

    @app.get("/auth/login", include_in_schema=False)
    async def show_login() -> Response:
        if gate.mode() != "accounts":
            return RedirectResponse(f"{root}/", status_code=303)
        return login_page(root)

    @app.post("/auth/login", include_in_schema=False)
    async def do_login(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        name = (form.get("username") or [""])[0].strip()
        password = (form.get("password") or [""])[0]
        ip = request.client.host if request.client else "?"
        wait = gate.limiter.check(ip, name)
        if wait > 0:
            return login_page(root, f"Too many attempts: try again in {int(wait) + 1} s.", name, 429)
        def check() -> str | None:  # argon2 takes tens of milliseconds: not on the event loop
            with gate.db.session() as session:
                user = auth.authenticate(session, name=name, password=password)
                return auth.start_session(session, user_id=user.id, ip=ip,
                                          lifetime=timedelta(hours=settings.session_hours)) if user else None

        token = await asyncio.to_thread(check)
        if token is None:
            gate.limiter.failed(ip, name)
            return login_page(root, "Wrong username or password.", name, 401)
        gate.limiter.succeeded(ip, name)
        response = RedirectResponse(f"{root}/", status_code=303)
        response.raw_headers.append((b"set-cookie", cookie_header(
            SESSION_COOKIE, token, max_age=int(settings.session_hours * 3600),
            secure=_is_https(request.scope, settings), path="/")))
        return response

    @app.get("/auth/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            with gate.db.session() as session:
                auth.end_session(session, token=token)
        response = RedirectResponse(f"{root}/auth/login", status_code=303)
        response.raw_headers.append((b"set-cookie", cookie_header(SESSION_COOKIE, "", max_age=0,
                                                                  secure=_is_https(request.scope, settings), path="/")))
        return response

"""The page a share link opens, `<root>/share/<token>` (kimi_ui/sharing.py decides what it shows): the
conversation read-only, its Markdown through the app's own renderer for untrusted text (kimi_ui/ui/markdown.py:
raw HTML shown as text, only http(s) and mailto links, no images loaded), under a Content-Security-Policy
that runs no script at all. No controls, no files: the names of attachments only.

web_auth lets /share/ through without a login; the route asks for one unless the link is public and public
links are allowed (settings.public_share_links)."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.i18n import language, text
from kimi_ui.sharing import Shared, open_link
from kimi_ui.ui.markdown import escape_text, render_markdown

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'self'; base-uri 'none'; "
       "form-action 'none'")
HEADERS = {"Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow"}
PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} · kimi-ui</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<style>body{{font-family:system-ui,sans-serif;max-width:760px;margin:0 auto;padding:16px 20px 48px;line-height:1.55}}
header p{{color:#667;font-size:.9em}}article{{border-top:1px solid #8884;padding:10px 0}}
article h2{{font-size:.85em;margin:0 0 4px;color:#556}}pre{{overflow-x:auto;background:#8881;padding:10px;border-radius:6px}}
code{{font-size:.92em}}.files{{font-size:.85em;color:#667}}table{{border-collapse:collapse}}td,th{{border:1px solid #8886;padding:3px 6px}}
@media (prefers-color-scheme: dark){{body{{background:#0f1422;color:#e5e7eb}}header p,.files,article h2{{color:#aab}}a{{color:#9ab8ff}}}}
</style></head><body><main><header><h1>{title}</h1><p>{note}</p></header>{body}</main></body></html>"""


def signed_in(user: str | None) -> bool:
    """A user of this instance (a demo visitor's throw-away identity is nobody's login)."""
    return bool(user) and not user.startswith(RESERVED_PREFIX)


def page(shared: Shared, lang: str) -> str:
    title = escape_text(shared.title or text("list.untitled", lang))
    articles = []
    for message in shared.messages:
        who = text("share.you" if message.role == "user" else "share.kimi", lang)
        files = (f'<p class="files">📎 {escape_text(", ".join(message.files))}</p>' if message.files else "")
        articles.append(f"<article><h2>{escape_text(who)}</h2>{render_markdown(message.text)}{files}</article>")
    return PAGE.format(lang=lang, title=title, note=escape_text(text("share.note", lang)), body="".join(articles))


def notice(words: str, lang: str, status: int) -> HTMLResponse:
    body = f"<p>{escape_text(words)}</p>"
    return HTMLResponse(PAGE.format(lang=lang, title="kimi-ui", note="", body=body), status_code=status,
                        headers=HEADERS)


def add_share_routes(app: FastAPI, ctx) -> None:
    """Before Gradio's mount, which takes every path."""
    settings = ctx.settings
    root = settings.root_path.rstrip("/")

    @app.get("/share/{token}", include_in_schema=False)
    def shared_page(token: str, request: Request) -> Response:  # plain def: the database in the thread pool
        lang = language(None, request.headers.get("accept-language"))
        with ctx.db.session(read_only=True) as session:
            shared = open_link(session, token=token)
        anyone = shared.public and settings.public_share_links and shared.state != "missing"
        if not anyone and settings.public_demo:  # nobody can sign in to an open demo
            return notice(text("share.sign_in", lang), lang, 403)
        if not anyone and not signed_in(request.state.user):  # as web_auth refuses: a browser goes to the login
            if "text/html" not in request.headers.get("accept", ""):
                return JSONResponse({"detail": "Not authenticated"}, status_code=401)
            return RedirectResponse(f"{root}/auth/login?next=" + quote(f"{root}/share/{token}", safe="/"),
                                    status_code=303)
        if shared.state == "missing":
            return notice(text("share.missing", lang), lang, 404)
        if shared.state == "withdrawn":
            return notice(text("share.withdrawn", lang), lang, 410)
        return HTMLResponse(page(shared, lang), headers=HEADERS)


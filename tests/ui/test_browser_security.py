"""Browser security checks (Debian's Chromium through Playwright) against the served app.

- Accounts mode: log in, chat, log out; Back after logout must not show the chat again.
- XSS: payloads in a model answer, a conversation title, a file name and a tool call/result render as text,
  and a `window.__pwned` marker set by any of them stays unset. The history UI too: a title renamed to a
  payload (sidebar link, its tooltip, the title bar), search snippets and titles of messages holding payloads,
  and a payload as the search query itself (the sidebar and the search results are gr.HTML, which Gradio
  renders as given: the server's escaping is all there is).
"""

from __future__ import annotations

import io
import re
import secrets

import httpx
import pytest
from playwright.sync_api import expect

from tests.support.browser import RESULTS, open_settings, send, tool_row
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui
USER, PASSWORD = "alice", "correct horse battery"




def shot(page, request, step: str) -> None:
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / f"{request.node.name}-{step}.png", full_page=True)


# -- log in, chat, log out, Back --------------------------------------------------------------------------------
@pytest.fixture
def accounts_app(sim, tmp_path):
    from kimi_ui import auth
    from kimi_ui.storage.db import Database

    settings = make_settings(tmp_path, host="0.0.0.0", default_backend="Simulated vLLM")
    auth.configure_hasher(time_cost=1, memory_cost=8192, parallelism=1)  # fast hashes: this is not a hashing test
    try:
        db = Database(settings.effective_database_url)
        db.migrate()
        with db.session() as session:
            auth.create_user(session, name=USER, password=PASSWORD)
        db.dispose()
        with serve(settings, sim_backends(sim.url)) as served:
            yield served
    finally:
        auth.configure_hasher()


def login_form(page, name: str, password: str) -> None:
    page.locator("input[name=username]").fill(name)
    page.locator("input[name=password]").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_login_chat_logout_and_back_shows_no_chat(browser, accounts_app, request):
    base = accounts_app.url
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(base)  # not logged in: the app redirects to its login page
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    expect(page.locator("form")).to_contain_text("kimi-ui")  # the login page shows the app's name
    expect(page).to_have_title(re.compile("kimi-ui"))
    expect(page.locator("#chat")).to_have_count(0)
    shot(page, request, "1-login")

    login_form(page, USER, "not the password")
    expect(page.get_by_role("alert")).to_have_text("Wrong username or password.")
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    expect(page.locator("#chat")).to_have_count(0)
    expect(page.locator("input[name=username]")).to_have_value(USER)  # the name is kept, the password is not
    expect(page.locator("input[name=password]")).to_have_value("")
    shot(page, request, "2-wrong-password")

    documents = []  # every HTML page the browser loads from now on
    page.on("response", lambda r: documents.append(r) if r.request.resource_type == "document" else None)
    login_form(page, USER, PASSWORD)
    expect(page).to_have_url(base)
    whoami = page.locator("#whoami")
    expect(whoami).to_contain_text(f"Signed in as {USER}", timeout=15_000)
    expect(page.locator("#logout")).to_have_text("Log out")

    secret = "logout-check: the secret word is periwinkle"
    send(page, secret)
    chat = page.locator("#chat")
    expect(chat).to_contain_text("Simulated answer (vllm, no model).", timeout=20_000)
    expect(chat).to_contain_text("periwinkle")
    expect(page.locator("#conv-list a.kimi-conv", has_text="logout-check")).to_have_count(1, timeout=10_000)
    shot(page, request, "3-chat")

    chat_pages = [r for r in documents if r.url == base and r.status == 200]
    assert chat_pages, [(r.url, r.status) for r in documents]
    for response in chat_pages:  # what keeps the chat out of every browser's back/forward cache
        assert "no-store" in (response.header_value("cache-control") or ""), response.headers

    old_session = next(c["value"] for c in context.cookies() if c["name"] == "kimi_session")
    page.locator("#logout").click()
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    assert "kimi_session" not in {c["name"] for c in context.cookies() if c["value"]}, context.cookies()
    shot(page, request, "4-logged-out")

    page.go_back()  # the browser must not bring the chat back, from its cache or from the server
    page.wait_for_load_state("load")
    page.wait_for_timeout(1_500)  # give a restored page time to (wrongly) fill the chat in
    shot(page, request, "5-back")
    body = page.locator("body")
    expect(body).not_to_contain_text("periwinkle")
    expect(body).not_to_contain_text("Simulated answer")
    expect(body).not_to_contain_text(f"Signed in as {USER}")
    on_login_page = (page.url.split("?")[0].endswith("/auth/login")  # ?next=/c/<id>: back to it after login
                     and page.get_by_role("button", name="Sign in").is_visible())
    assert on_login_page or not body.inner_text().strip(), f"Back after logout shows {page.url}: {body.inner_text()!r}"

    page.goto(base)  # a fresh visit still asks to log in
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    page.reload()
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    expect(page.locator("body")).not_to_contain_text("periwinkle")
    shot(page, request, "6-reloaded")
    # the session ended on the server too: the old cookie, replayed, is not logged in any more
    replay = httpx.get(base, cookies={"kimi_session": old_session}, headers={"accept": "text/html"}, timeout=10)
    assert replay.status_code == 303 and replay.headers["location"].endswith("/auth/login"), replay
    context.close()


# -- XSS ----------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    """Local mode (loopback, no accounts): one user, no login."""
    settings = make_settings(tmp_path_factory.mktemp("xss"), default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


def png_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, format="PNG")
    return out.getvalue()


# Each payload sets window.__pwned to its own number if it ever runs.
MESSAGE_PAYLOADS = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>",
                    '<svg onload="window.__pwned=3">', "[x](javascript:window.__pwned=4)"]
FILE_PAYLOAD = '"><img src=x onerror=window.__pwned=5>'
TOOL_PAYLOADS = {  # the tool entry's title shows the arguments; the result goes into the entry and the answer
    "calculator": 'call calculator {"expression": "<img src=x onerror=window.__pwned=6>"}',  # result: "invalid syntax"
    "current_time": 'call current_time {"timezone": "<img src=x onerror=window.__pwned=7>"}',  # result echoes it
    "no_such_tool": 'call no_such_tool {"<img src=x onerror=window.__pwned=8>": 1}',  # arguments in the title
}

# Anything a payload left behind that could run: event-handler attributes or script elements mentioning the
# marker, anywhere in the page (the chat, the sidebar, the composer, the tool log).
LIVE_MARKUP_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on') && attr.value.includes('__pwned'))
        found.push(el.outerHTML.slice(0, 200));
    }
    if (el.tagName.toLowerCase() === 'script' && el.textContent.includes('__pwned'))
      found.push(el.outerHTML.slice(0, 200));
  }
  return found;
}"""


def assert_not_pwned(page, step: str) -> None:
    page.wait_for_timeout(300)  # let a broken image fire its onerror, an svg its onload
    assert page.evaluate("window.__pwned") is None, f"a payload ran ({step}): window.__pwned was set"
    assert page.evaluate(LIVE_MARKUP_JS) == [], f"live markup from a payload in the page ({step})"


def assert_payloads_shown_as_text(page) -> None:
    chat = page.locator("#chat")
    # the conversation title (from the message) is a plain-text label in the sidebar, and its tooltip
    link = page.locator("#conv-list a.kimi-conv").filter(has_text='<img src=x onerror="window.__pwned=1">')
    expect(link).to_have_count(1)
    assert '<img src=x onerror="window.__pwned=1">' in (link.get_attribute("title") or "")
    assert page.locator("#conv-list img, #conv-list svg, #conv-list script").count() == 0
    # the tool entries' titles show the arguments as text
    expect(tool_row(chat, "calculator", 'expression="<img src=x onerror=window.__pwned=6>"')).to_be_visible()
    expect(tool_row(chat, "current_time", 'timezone="<img src=x onerror=window.__pwned=7>"')).to_be_visible()
    expect(tool_row(chat, "no_such_tool", "<img src=x onerror=window.__pwned=8>=1")).to_be_visible()
    # the model answer quotes the tool result, payload included, as text
    expect(chat).to_contain_text("unknown timezone '<img src=x onerror=window.__pwned=7>'")
    # the document's name (Gradio drops < and > from upload names) is text next to the 📄
    expect(chat.locator(".kimi-doc")).to_contain_text("onerror=window.__pwned=5")
    assert "onerror" in chat.inner_text()


def test_xss_payloads_render_as_text(browser, app, request):
    page = browser.new_page(viewport={"width": 1280, "height": 1100})
    page.add_init_script("window.__pwned = undefined")
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=15_000)
    assert page.evaluate("window.__pwned") is None  # the marker exists and is unset

    # a picture and a document whose names are payloads (no file on disk: no file-system limits on the name)
    page.locator("#composer input[type=file]").set_input_files([
        {"name": f"{FILE_PAYLOAD}.png", "mimeType": "image/png", "buffer": png_bytes()},
        {"name": f"{FILE_PAYLOAD}.txt", "mimeType": "text/plain", "buffer": b"notes about nothing\n"},
    ])
    expect(page.locator("#upload-estimate")).to_be_visible(timeout=10_000)
    assert_not_pwned(page, "files attached in the composer")

    send(page, " ".join(MESSAGE_PAYLOADS) + "\n" + "\n".join(TOOL_PAYLOADS.values()))
    chat = page.locator("#chat")
    expect(chat).to_contain_text("tool results: 3", timeout=30_000)  # the answer quotes all three results
    expect(chat.locator(".kimi-stats")).to_be_visible(timeout=20_000)  # the turn is over
    expect(chat.locator(".kimi-file-image img")).to_have_count(1)
    assert "onerror" in (chat.locator(".kimi-file-image img").get_attribute("alt") or "")  # an attribute value
    assert_not_pwned(page, "the answer streamed")
    assert_payloads_shown_as_text(page)
    shot(page, request, "1-answer")

    tool_row(chat, "current_time", 'timezone="<img src=x onerror=window.__pwned=7>"').click()  # open the entry
    result = chat.locator("pre").filter(has_text="unknown timezone")
    expect(result).to_be_visible(timeout=5_000)
    expect(result).to_contain_text("'<img src=x onerror=window.__pwned=7>'")
    expect(chat.locator("pre").filter(has_text='"timezone": "<img src=x onerror=window.__pwned=7>"')).to_be_visible()
    tool_row(chat, "no_such_tool", "<img src=x onerror=window.__pwned=8>=1").click()
    expect(chat.locator("pre").filter(has_text='"<img src=x onerror=window.__pwned=8>": 1')).to_be_visible()
    assert_not_pwned(page, "tool entries opened")

    open_settings(page)
    page.get_by_text("Tool-call log").click()
    log = page.locator("#tool-log")
    expect(log).to_contain_text('expression="<img src=x onerror=window.__pwned=6>"', timeout=10_000)
    expect(log).to_contain_text('timezone="<img src=x onerror=window.__pwned=7>"')
    expect(log).to_contain_text("no_such_tool")
    assert_not_pwned(page, "tool-call log opened")
    shot(page, request, "2-tools-and-log")

    page.reload()
    expect(page.locator("#composer textarea")).to_be_editable(timeout=15_000)
    conversation = page.locator("#conv-list a.kimi-conv").filter(has_text='<img src=x onerror="window.__pwned=1">')
    expect(conversation).to_be_visible(timeout=10_000)
    assert_not_pwned(page, "reloaded, the title in the sidebar")
    conversation.click()  # reopen: everything is rendered again from the database
    expect(page.locator("#chat")).to_contain_text("tool results: 3", timeout=10_000)
    assert_not_pwned(page, "conversation reopened")
    assert_payloads_shown_as_text(page)
    page.locator("#chat details.kimi-tool > summary",
                 has_text='timezone="<img src=x onerror=window.__pwned=7>"').first.click()
    expect(page.locator("#chat pre").filter(has_text="unknown timezone")).to_be_visible(timeout=5_000)
    open_settings(page)
    page.get_by_text("Tool-call log").click()
    expect(page.locator("#tool-log")).to_contain_text('timezone="<img src=x onerror=window.__pwned=7>"',
                                                      timeout=10_000)
    assert_not_pwned(page, "reopened: tool entry and tool-call log opened")
    shot(page, request, "3-reopened")
    page.close()


LIVE_LINKS_JS = """() => [...document.querySelectorAll('#chat a, #chat [href], #chat [*|href]')]
  .filter(el => /^\\s*javascript:/i.test(el.getAttribute('href') || el.getAttribute('xlink:href') || ''))
  .map(el => el.outerHTML.slice(0, 200))"""


def test_a_javascript_link_in_a_message_is_not_live(browser, app, request):
    # Gradio 6.31's Chatbot sanitizer kept `href="javascript:…"` on an <a> inside an inline <svg>; kimi-ui
    # shows raw HTML in user, model and server text as text (kimi_ui/ui/markdown.py), so no such link
    # may exist anywhere in the chat, and clicking where it would be runs nothing.
    page = browser.new_page(viewport={"width": 1280, "height": 1100})
    page.add_init_script("window.__pwned = undefined")
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=15_000)
    send(page, '<svg onload="window.__pwned=3"> [x](javascript:window.__pwned=4)\n'
               '<svg width="200" height="60"><a href="javascript:window.__pwned=9">'
               '<text x="10" y="30">open me</text></a></svg>')
    chat = page.locator("#chat")
    expect(chat.locator(".kimi-stats")).to_be_visible(timeout=30_000)
    live = page.evaluate(LIVE_LINKS_JS)
    answer = chat.locator(".kimi-answer").filter(has_text="Simulated answer")
    lure = answer.locator(".kimi-text").get_by_text("open me")
    if lure.count():
        lure.first.click()  # what a curious user does with a link in a model answer
        page.wait_for_timeout(300)
    pwned = page.evaluate("window.__pwned")
    shot(page, request, "clicked")
    page.close()
    assert live == [] and pwned is None, (
        f"live javascript: links in the chat: {live}; after one click on the link in the model answer "
        f"window.__pwned = {pwned!r}")


# Each sets window.__pwned to its own number if it ever runs; `{token}` makes the search find only this chat.
TITLE_PAYLOAD = '{token} "><img src=x onerror="window.__pwned=10"><script>window.__pwned=11</script>'
SNIPPET_PAYLOAD = ('{token} <img src=x onerror="window.__pwned=12"> <svg onload="window.__pwned=13"> '
                   '</span></a><img src=x onerror="window.__pwned=14"> #sim tokens=5')
QUERY_PAYLOAD = '<img src=x onerror="window.__pwned=15">nothing{token}'
LIVE_ELEMENTS = "img, svg, script, iframe, object, embed"


def test_history_titles_and_search_snippets_render_as_text(browser, app, request):
    """A title renamed to a payload (sidebar link and tooltip, title bar, search result title), a message full
    of payloads found by search (the snippet keeps the markup around the match, with <mark> added by the
    server) and a payload as the query of a search that finds nothing: all text, nothing runs."""
    token = f"tok{secrets.token_hex(4)}"
    title, message = TITLE_PAYLOAD.format(token=token), SNIPPET_PAYLOAD.format(token=token)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.add_init_script("window.__pwned = undefined")
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=15_000)
    send(page, message)
    expect(page.locator("#chat .kimi-stats")).to_be_visible(timeout=30_000)
    assert_not_pwned(page, "the message with payloads answered")

    # rename in the title bar: the sidebar link, its tooltip and the title box show the payload as text
    box = page.locator("#conv-title input")
    expect(box).to_be_editable(timeout=10_000)
    # (once the turn has ended, with the title the backend wrote: under load it came while the test typed,
    # and put itself in the box before Enter)
    expect(page.locator("#composer .submit-button")).to_be_visible(timeout=15_000)
    expect(page.locator("#conv-list a.kimi-conv.current")).to_contain_text(token, timeout=15_000)
    box.fill(title)
    box.press("Enter")
    current = page.locator("#conv-list a.kimi-conv.current")
    expect(current).to_have_text(title, timeout=10_000)
    assert current.get_attribute("title") == title
    assert page.locator(f"#conv-list :is({LIVE_ELEMENTS})").count() == 0
    assert_not_pwned(page, "renamed to a payload")

    # search: a title hit and message hits whose snippets hold the payloads, as text
    search = page.locator("#conv-search input, #conv-search textarea").first
    search.fill(f"{token} onerror")
    results = page.locator("#search-results")
    hits = results.locator("a.kimi-hit")
    expect(hits.first).to_be_visible(timeout=10_000)
    expect(results).to_contain_text('onerror="window.__pwned=12"')
    expect(results).to_contain_text('<svg onload="window.__pwned=13">')
    expect(results.locator(".kimi-hit-title").first).to_have_text(title)
    expect(results.locator("mark").first).to_be_visible()  # the server's own markup does render
    assert results.locator(f":is({LIVE_ELEMENTS})").count() == 0, results.inner_html()[:2000]
    # a snippet cannot close the link it is in: every hit is one link holding its own three parts
    assert hits.count() == results.locator(".kimi-hit-snippet").count() >= 2
    assert all(href.startswith("#kimi:hit:") for href in hits.evaluate_all("els => els.map(e => e.getAttribute('href'))"))
    assert_not_pwned(page, "search results with payloads")
    shot(page, request, "1-search")

    # the query itself as a payload: "Nothing found for …" shows it as text
    search.fill(QUERY_PAYLOAD.format(token=token))
    expect(results).to_contain_text("Nothing found", timeout=10_000)
    expect(results).to_contain_text('<img src=x onerror="window.__pwned=15">')
    assert results.locator(f":is({LIVE_ELEMENTS})").count() == 0
    assert_not_pwned(page, "a payload as the query")

    # open a hit: the chat, the title bar and the sidebar render it all again, still as text
    search.fill(f"{token} onerror")
    expect(hits.first).to_be_visible(timeout=10_000)
    hits.first.click()
    expect(page.locator("#chat")).to_contain_text('<svg onload="window.__pwned=13">', timeout=10_000)
    expect(page.locator("#conv-title input")).to_have_value(title)
    assert_not_pwned(page, "a hit opened")
    page.reload()
    expect(page.locator("#composer textarea")).to_be_editable(timeout=15_000)
    expect(page.locator("#conv-list a.kimi-conv").filter(has_text=title)).to_have_count(1, timeout=10_000)
    assert page.locator(f"#conv-list :is({LIVE_ELEMENTS})").count() == 0
    assert_not_pwned(page, "reloaded")
    shot(page, request, "2-reloaded")
    page.close()

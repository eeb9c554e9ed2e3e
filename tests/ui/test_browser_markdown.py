"""Markdown from untrusted sources in real Chromium, through the real app (issue 12, finding 2).

A corpus of Markdown edge cases (nested and unbalanced backticks, fences in lists, HTML blocks, SVG and
MathML, entity tricks, javascript: links, data: images, KaTeX payloads) is shown as every kind of text the
chat renders: a question, an answer, reasoning, a tool call's arguments and result, a notice, an error and
its hint (a conversation written to the store, as an import would), and a question sent through the page
that the simulated model repeats. No element of a payload may reach the DOM, no dialog may open,
`window.__pwned` stays unset; ordinary Markdown (bold, lists, code, a table, $x^2$, a link) still renders.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.storage import store
from tests.support.browser import send
from tests.support.markdown_corpus import CORPUS, NORMAL

pytestmark = pytest.mark.ui

# Inside the messages' rendered Markdown (KaTeX's output excepted).
DANGER = """() => {
  const bad = 'svg, math, form, input, textarea, select, script, iframe, object, embed, img, details, style,'
    + ' [onerror], [onload], [onclick], [onmouseover], [ontoggle], [style*="fixed" i],'
    + ' a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i], [xlink\\\\:href], button';
  const found = [];
  for (const root of document.querySelectorAll('#chat .kimi-md')) {
    for (const el of root.querySelectorAll(bad)) {
      if (el.closest('.katex')) continue;
      found.push(el.outerHTML.slice(0, 120));
    }
  }
  return found;
}"""


def store_payload_conversation(served) -> str:
    """Every corpus item as a question and as an answer; the answers also carry it as reasoning, tool
    arguments and result, a notice and an error with a hint."""
    with served.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", title="Payloads",
                                                  backend="Simulated vLLM", mode="instant")
        for n, item in enumerate([*CORPUS, NORMAL]):
            store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user",
                              content=item)
            store.add_message(
                session, owner_id=owner_id, conversation_id=conversation.id, role="assistant", content=item,
                reasoning=item, rounds=[{"reasoning": item, "content": item, "calls": [{
                    "id": f"t{n}", "name": "read_file", "arguments": item, "result": item, "status": "done",
                    "duration_ms": 5}]}], tool_count=1,
                notices=[{"code": "note", "message": item}], error={"message": item, "hint": item},
                status="error",
            )
        return conversation.id


def open_all_blocks(page) -> None:
    """Reasoning and tool blocks render their content once opened."""
    closed = page.locator("#chat details:not([open]) > summary")
    for _ in range(closed.count()):
        closed.first.click()
    assert closed.count() == 0


def assert_inert(page, dialogs: list[str]) -> None:
    assert page.evaluate(DANGER) == []
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []


def assert_normal_markdown(chat) -> None:
    chat = chat.locator(".kimi-text")  # the answers' text (a question shows as written: no Markdown)
    expect(chat.locator("strong", has_text="bold words").first).to_be_visible()
    expect(chat.locator("li", has_text="second item").first).to_be_visible()
    expect(chat.locator("code", has_text="inline code").first).to_be_visible()
    expect(chat.locator("pre code", has_text="print('hi')").first).to_be_visible()
    expect(chat.locator("table td", has_text="3.14").first).to_be_visible()
    expect(chat.locator(".katex").first).to_be_visible()  # $x^2$ typeset by KaTeX
    link = chat.locator('a[href="https://example.com/docs"]', has_text="safe link").first
    expect(link).to_be_visible()
    assert "noopener" in (link.get_attribute("rel") or "")


def test_stored_payloads_render_as_text_and_markdown_still_renders(browser, app):
    conversation_id = store_payload_conversation(app)
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    page.locator(f'#conv-list a[href="#kimi:open:{conversation_id}"]').click()
    chat = page.locator("#chat")
    expect(chat.locator(".kimi-text strong", has_text="bold words").first).to_be_visible(timeout=20_000)
    open_all_blocks(page)
    page.wait_for_timeout(500)  # KaTeX and the blocks' content load asynchronously; the asserts below are
    # about what exists, not about timing: a payload element would stay in the DOM once rendered.

    expect(chat).to_contain_text("<svg width=300 height=40>")  # the payload, shown as text
    expect(chat).to_contain_text("<script>window.__pwned=1</script>")
    expect(chat).to_contain_text('<form action="https://evil.example/steal">')
    assert_normal_markdown(chat)
    assert_inert(page, dialogs)
    # No image loads at all: a tracker URL is a link the user may follow, not a request the page makes.
    expect(chat.locator('a[href="https://evil.example/leak.png?chat=secret"]').first).to_be_visible()
    # Whatever happens on a click of any link left in the messages, no script runs.
    for link in chat.locator(".kimi-md a[href]").all():
        href = link.get_attribute("href") or ""
        assert href.startswith(("https://", "http://", "mailto:", "#kimi:")), href
    page.close()


def test_a_question_the_model_repeats_stays_text(browser, app):
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    send(page, CORPUS[0] + " " + CORPUS[17] + "\n\n" + NORMAL)
    chat = page.locator("#chat")
    # the simulator's answer reports the last user message, payload included
    expect(chat).to_contain_text("last user message:", timeout=20_000)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    expect(chat).to_contain_text("<svg width=300 height=40>")
    assert_normal_markdown(chat)
    assert_inert(page, dialogs)
    page.close()

"""Enter → the answer's first words, in real Chromium (issue 14: within 60 ms on an idle machine). The composer
posts the message to the side stream and shows it in the chat at once; Gradio takes the message (its outputs,
the send event's join: ~30 ms of the page's main thread) only once the first words are on screen, or after a
short wait when the backend is slow to start. While it waits, Stop stops the answer, what is typed stays in
the composer and a second Enter is queued behind the first."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui

# In the page, before any of its scripts: when Enter was pressed, when Gradio joined a queued event (the send
# event is the first join after Enter), and when the question and the answer's first words were first seen.
RECORD = """
window.__seen = {joins: []};
const plain = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : (input && input.url) || String(input);
  if (url.includes('/queue/join')) window.__seen.joins.push(performance.now());
  return plain(input, init);
};
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') window.__seen.enter = window.__seen.enter || performance.now();
}, true);
new MutationObserver(() => {
  const s = window.__seen;
  if (s.enter === undefined) return;
  if (s.question === undefined && document.querySelector('#chat .kimi-user')) s.question = performance.now();
  const text = document.querySelector('#chat .kimi-answer .kimi-text');
  if (s.words === undefined && text && text.textContent.trim()) s.words = performance.now();
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


@pytest.fixture(scope="module")
def served(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("first-words"), default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as app:
        yield app


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.add_init_script(RECORD)
    page = context.new_page()
    page.goto(served.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    page.get_by_label("Instant", exact=True).first.check()
    yield page
    context.close()


def seen(page) -> dict:
    return page.evaluate("window.__seen")


def after_enter(page) -> list[float]:
    s = seen(page)
    return [t for t in s["joins"] if t >= s["enter"]]


def test_the_question_and_first_words_show_before_gradio_takes_the_message(page):
    page.evaluate("window.kimiSideFirstMs = 20000")  # (the wait ends with the first words, never by time here)
    page.locator("#composer textarea").fill("first words #sim tokens=30")
    page.locator("#composer textarea").press("Enter")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    s = seen(page)
    joins = after_enter(page)
    assert joins, s
    assert s["question"] < s["words"] < joins[0], s  # both on screen before Gradio's send event joined
    expect(page.locator("#composer textarea")).to_have_value("")


def test_a_backend_slow_to_start_does_not_hold_gradio_back(page, sim_requests):
    page.locator("#composer textarea").fill("slow start #sim ttft=2 tokens=20")
    page.locator("#composer textarea").press("Enter")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    s = seen(page)
    assert after_enter(page)[0] < s["words"], s  # joined after the short wait, not after the first words
    assert s["question"] < after_enter(page)[0], s
    assert sum("slow start" in str(r) for r in sim_requests()) == 1  # one turn, adopted by the send event


def test_while_it_waits_for_the_first_words_stop_stops_and_what_is_typed_stays(page, sim_requests):
    page.evaluate("window.kimiSideFirstMs = 20000")
    box = page.locator("#composer textarea")
    box.fill("stop while waiting #sim ttft=4 tokens=40")
    box.press("Enter")
    expect(page.locator("#chat .kimi-user")).to_contain_text("stop while waiting")
    assert page.evaluate("!!window.kimiSending")  # Gradio has not taken the message yet
    assert after_enter(page) == []
    box.press_sequentially("typed meanwhile")
    page.locator("#composer .stop-button").click()
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_contain_text("stopped", timeout=15_000)
    expect(box).to_have_value("typed meanwhile")
    expect(page.locator("#composer .submit-button")).to_be_visible(timeout=10_000)
    page.reload()  # what was stored: the question, its answer stopped (not left streaming)
    expect(page.locator("#chat .kimi-user")).to_contain_text("stop while waiting", timeout=20_000)
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_contain_text("stopped")


def test_a_second_enter_while_the_first_waits_is_queued_behind_it(page):
    box = page.locator("#composer textarea")
    box.fill("opening message #sim tokens=5")
    box.press("Enter")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    expect(page.locator("#composer .submit-button")).to_be_visible(timeout=10_000)
    page.evaluate("window.kimiSideFirstMs = 20000")
    box.fill("the first #sim ttft=2 tokens=20")
    box.press("Enter")
    expect(page.locator("#chat .kimi-user").last).to_contain_text("the first")
    box.fill("the second #sim tokens=5")
    box.press("Enter")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(3, timeout=30_000)
    questions = page.locator("#chat .kimi-user").all_inner_texts()
    assert [q for q in questions if "the first" in q or "the second" in q] == \
        [q for q in questions if "the first" in q] + [q for q in questions if "the second" in q]
    assert len(questions) == 3, questions


def saved_questions(served, text: str) -> int:
    from kimi_ui.storage.models import MessageRow
    from sqlmodel import select

    with served.ctx.db.session(read_only=True) as session:
        return len(session.exec(select(MessageRow).where(MessageRow.role == "user", MessageRow.content == text)).all())


@pytest.mark.parametrize("how", ["click", "esc"])
def test_stop_or_esc_while_a_new_chat_waits_keeps_the_question_and_its_stopped_answer(page, served, how):
    """Stop right after Enter in a new chat (the question saved, no word yet): the chat keeps the question with
    its stopped answer and gets its address, as after any Stop; before, the page fell back to an empty new
    chat about four times in ten, and Esc was sometimes ignored."""
    page.evaluate("window.kimiSideFirstMs = 20000")
    text = f"early stop by {how} #sim ttft=4 tokens=40"
    page.locator("#composer textarea").fill(text)
    page.locator("#composer textarea").press("Enter")
    expect(page.locator("#chat .kimi-user")).to_contain_text(f"early stop by {how}")
    deadline = 100
    while saved_questions(served, text) == 0 and deadline:
        page.wait_for_timeout(50)
        deadline -= 1
    assert page.evaluate("!!window.kimiSending")  # still waiting for the first words
    if how == "click":
        page.locator("#composer .stop-button").click()
    else:
        page.keyboard.press("Escape")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_contain_text("stopped", timeout=15_000)
    expect(page.locator("#chat .kimi-user")).to_contain_text(f"early stop by {how}")
    expect(page).to_have_url(re.compile(r"/c/[0-9a-f]+$"), timeout=10_000)
    page.wait_for_timeout(500)  # (nothing shown afterwards takes it away)
    expect(page.locator("#chat .kimi-user")).to_contain_text(f"early stop by {how}")
    page.reload()
    expect(page.locator("#chat .kimi-user")).to_contain_text(f"early stop by {how}", timeout=20_000)
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_contain_text("stopped")


def test_a_second_enter_while_a_new_chat_waits_is_given_back_with_the_reason(page):
    """A new chat has no conversation to queue behind yet: the second message comes back to the composer with
    a notice (it raised "'str' object is not callable" and was lost)."""
    page.evaluate("window.kimiSideFirstMs = 20000")
    box = page.locator("#composer textarea")
    box.fill("the first of a new chat #sim ttft=2 tokens=10")
    box.press("Enter")
    expect(page.locator("#chat .kimi-user")).to_contain_text("the first of a new chat")
    box.press_sequentially("the second one")
    box.press("Enter")
    expect(page.locator(".toast-body")).to_contain_text("Wait for the first answer", timeout=10_000)
    expect(box).to_have_value("the second one", timeout=10_000)
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)


def test_on_a_phone_the_chat_follows_each_new_message(browser, served):
    """Chrome's scroll anchoring moved the view as a question was added and the view stopped following the end
    from the third turn on (each new message below the screen)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.goto(served.url)
    box = phone.locator("#composer textarea")
    expect(box).to_be_editable(timeout=20_000)
    for n in range(6):
        box.fill(f"turn {n} of a phone chat #sim tokens=60 rate=200")
        box.press("Enter")
        expect(phone.locator("#chat .kimi-answer .kimi-stats")).to_have_count(n + 1, timeout=20_000)
        phone.wait_for_timeout(300)
        gap = phone.evaluate("""() => { const s = document.querySelector('#chat .kimi-scroll');
            return s.scrollHeight - s.scrollTop - s.clientHeight; }""")
        assert gap < 80, (n, gap)
    context.close()

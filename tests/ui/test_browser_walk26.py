"""The last walk's leftovers (issue 14), in real Chromium: attaching a file moves neither the message box nor
its height; the rename field in the list takes the item's width; the backend picker's options are one line
each on a phone, the full name on hover; an idle tab polls outside Gradio's queue, and not at all hidden.
bench/idle_requests.py counts an idle tab's requests a minute."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.support.browser import answered, ready, send
from tests.support.serving import sim_app

pytestmark = pytest.mark.ui

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}


@pytest.fixture(scope="module")
def served(sim, tmp_path_factory):
    with sim_app(tmp_path_factory.mktemp("walk26"), sim.url) as app:
        yield app


@pytest.fixture
def opened(browser, served):
    """opened(viewport, scheme): a new page on the app, ready for input; closed at the end."""
    pages = []

    def open_page(viewport, scheme="light"):
        context = browser.new_context(viewport=viewport, color_scheme=scheme)
        pages.append(context)
        page = context.new_page()
        page.goto(served.url)
        ready(page)
        return page

    yield open_page
    for context in pages:
        context.close()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("viewport,scheme", [(PHONE, "dark"), (DESKTOP, "light")], ids=["phone-dark", "desktop-light"])
def test_attaching_a_file_moves_neither_the_message_box_nor_its_height(opened, viewport, scheme):
    page = opened(viewport, scheme)
    composer, box = page.locator("#composer"), page.locator("#composer textarea")
    before = composer.bounding_box(), box.bounding_box()
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "blue.png", "mimeType": "image/png", "buffer": png()}])
    expect(page.locator("#upload-estimate .kimi-chip")).to_have_count(1, timeout=10_000)
    after = composer.bounding_box(), box.bounding_box()
    for was, now in zip(before, after):  # it jumped 90 px up and grew 46 px on a phone
        assert all(abs(was[k] - now[k]) <= 1 for k in ("x", "y", "width", "height")), (was, now)
    chip = page.locator("#upload-estimate").bounding_box()
    assert chip["y"] + chip["height"] <= after[0]["y"] + 1, "the chips sit above the message box"


def test_the_rename_field_takes_the_items_width(opened):
    page = opened(DESKTOP)
    send(page, "a chat to rename #sim tokens=3")
    answered(page, 1)
    row = page.locator("#conv-list .kimi-conv-row").first
    row.locator(".kimi-conv-menu").click()
    page.locator(".kimi-conv-pop:popover-open .kimi-rename").click()
    field = row.locator("input.kimi-rename-field")
    expect(field).to_be_focused()
    expect(row.locator("a.kimi-conv")).to_be_hidden()  # the link gives up its room (it kept 75 px)
    room = row.bounding_box()["width"] - row.locator(".kimi-conv-menu").bounding_box()["width"]
    assert field.bounding_box()["width"] >= room - 12, (field.bounding_box(), room)
    page.keyboard.press("Escape")
    expect(row.locator("a.kimi-conv")).to_be_visible()


def test_backend_options_are_one_line_each_on_a_phone(opened):
    page = opened(PHONE)
    page.locator("#backend-picker input").click()
    options = page.locator("#backend-picker li[role=option]")
    expect(options.first).to_be_visible()
    assert options.count() >= 4
    lines = options.evaluate_all("""all => all.map(o => {
        const style = getComputedStyle(o);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
        const inner = o.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        const cut = o.scrollWidth > o.clientWidth && style.display === 'block';  // a flex box shows no ellipsis
        return [o.getAttribute('aria-label'), Math.round(inner / line), cut];
    })""")
    assert all(count == 1 for _, count, _ in lines), lines  # they wrapped to up to five lines
    name = next(label for label, _, cut in lines if cut)  # a long one ends in an ellipsis...
    long_one = page.locator("#backend-picker").get_by_role("option", name=name, exact=True)
    long_one.hover()
    expect(long_one).to_have_attribute("title", name)  # ...and shows its full name on hover


def test_an_idle_tab_polls_outside_the_queue_and_not_at_all_hidden(opened):
    page = opened(DESKTOP)
    page.wait_for_timeout(1_000)  # the page's own opening requests are done
    asked = Counter()
    page.on("request", lambda request: asked.update([re.sub(r"\?.*", "", request.url.split("/gradio_api/")[-1])]))
    page.wait_for_timeout(6_500)  # two ticks of the list's timer
    # each tick one plain request; a queued event cost a join and a stream, and there were 5 of them a tick
    # (a stream may still be open for the page's opening, joined before: the joins tell)
    assert asked["run/predict"] >= 1 and not asked["queue/join"], asked
    page.evaluate("""() => {
        Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
        document.dispatchEvent(new Event('visibilitychange'));
    }""")
    asked.clear()
    page.wait_for_timeout(3_500)
    assert not asked, asked  # a hidden tab asks nothing (Gradio's timer skips its ticks)

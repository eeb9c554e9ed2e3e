"""Gradio's event stream in real Chromium: an event joined while the server's close_stream was on its way to
the page (Gradio's client then ends the stream with the event still unanswered) is answered all the same
(assets/live.js continues the stream). A shim under the page's scripts holds the close back to make the race
happen every time."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import ready
from tests.ui.test_browser_sidebar import chats

pytestmark = pytest.mark.ui

# Below Gradio's client and assets/live.js (an init script runs first): records the events joined and
# answered, and holds a close_stream back for window.kimiHoldClose ms.
SHIM = """
window.kimiSeen = {joined: [], completed: []};
window.kimiHoldClose = 0;
const shimFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : (input && input.url) || '';
  const response = await shimFetch(input, init);
  if (url.includes('/queue/join')) {
    response.clone().json().then((body) => window.kimiSeen.joined.push(body.event_id), () => {});
  }
  if (!url.includes('/queue/data') || !response.body) return response;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const body = new ReadableStream({
    async pull(controller) {
      const {done, value} = await reader.read();
      if (done) return controller.close();
      const text = decoder.decode(value, {stream: true});
      for (const match of text.matchAll(/"msg":\\s*"process_completed".*?"event_id":\\s*"([0-9a-f]+)"/g)) {
        window.kimiSeen.completed.push(match[1]);
      }
      if (text.includes('close_stream') && window.kimiHoldClose) {
        await new Promise((done) => setTimeout(done, window.kimiHoldClose));
      }
      controller.enqueue(value);
    },
    cancel(reason) { return reader.cancel(reason); },
  });
  return new Response(body, {status: response.status, headers: response.headers});
};
"""


def test_an_event_joined_as_the_stream_closes_is_still_answered(browser, app):
    chats(app, 3)
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.add_init_script(SHIM)
    page.goto(app.url)
    ready(page)
    listing = page.locator("#conv-list a.kimi-conv")
    expect(listing.first).to_be_visible(timeout=10_000)
    page.wait_for_function("window.kimiSeen.joined.length > 0 && "
                           "window.kimiSeen.joined.every((id) => window.kimiSeen.completed.includes(id))",
                           timeout=15_000)
    page.evaluate("window.kimiHoldClose = 800")
    # The list click's answer ends the server's stream; the event chained after it (following the
    # conversation's answer) joins while the close is held back, and must be answered all the same.
    listing.filter(has_text="Stored chat 01").first.click()
    expect(page.locator("#conv-title input")).to_have_value("Stored chat 01", timeout=10_000)
    page.wait_for_function("window.kimiSeen.joined.every((id) => window.kimiSeen.completed.includes(id))",
                           timeout=15_000)
    listing.filter(has_text="Stored chat 02").first.click()
    expect(page.locator("#conv-title input")).to_have_value("Stored chat 02", timeout=10_000)
    page.wait_for_function("window.kimiSeen.joined.every((id) => window.kimiSeen.completed.includes(id))",
                           timeout=15_000)
    page.close()

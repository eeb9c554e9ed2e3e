"""Backend failover as a user meets it in Chromium: the chosen backend fails before its first token, its
fallback answers, and the answer says so (in the reader's language when reopened); the picker keeps the
user's choice."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from kimi_ui.i18n import catalog
from tests.support.browser import RESULTS, send
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui
VLLM, LLAMACPP = "Simulated vLLM", "Simulated llama.cpp"


@pytest.fixture
def app(sim, tmp_path):
    backends = [b.model_copy(update={"fallback": [LLAMACPP]}) if b.name == VLLM else b for b in sim_backends(sim.url)]
    with serve(make_settings(tmp_path, default_backend=VLLM), backends) as served:
        yield served


def test_the_answer_of_a_fallback_says_who_did_not_answer_and_who_did(browser, app, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.goto(app.url)
    send(page, "failover-check #sim status=503 on=vllm")
    chat = page.locator("#chat")
    notice = chat.locator(".kimi-answer .kimi-notice-notice", has_text=VLLM)  # (beside llama.cpp's model notice)
    expect(notice).to_have_text(f"ℹ️ {VLLM} did not answer (503): answered by {LLAMACPP}.", timeout=20_000)
    expect(chat).to_contain_text("Simulated answer (llamacpp", timeout=20_000)
    expect(chat.locator(".kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    expect(chat.locator(".kimi-notice-error")).to_have_count(0)
    expect(page.locator("#backend-picker input")).to_have_value(re.compile("^" + re.escape(VLLM) + " "))
    expect(page.locator("#conv-list")).to_contain_text("failover-check")
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / f"{request.node.name}.png")
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    page.goto(app.url)
    page.locator("#conv-list").get_by_text("failover-check").click()
    failed = catalog("de")["failover.status"].format(backend=VLLM, status=503)
    said = catalog("de")["notice.failover"].format(failed=failed, answered=LLAMACPP)
    expect(page.locator("#chat .kimi-answer .kimi-notice-notice", has_text=VLLM)).to_have_text(f"ℹ️ {said}",
                                                                                               timeout=20_000)
    expect(page.locator("#backend-picker input")).to_have_value(re.compile("^" + re.escape(VLLM) + " "))
    context.close()

"""Issue 17 through the page and /chat, in real Chromium against the simulator: Moonshot's web search (the
switch in the tools panel, the numbered sources, searches and cost in the stats, the chat's cost in the title
bar), a Word file through Moonshot's file-extract API, and a screenshot on a text-only backend sent as its
OCR text (desktop and phone, light and dark)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file
from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import expect

from tests.support.axe import blocking, describe, run_axe
from tests.support.browser import RESULTS, answered, open_settings, ready_page, send
from tests.support.serving import make_settings, serve, sim_backends
from tests.ui.test_browser_page import pick_backend

pytestmark = pytest.mark.ui
SHOTS = RESULTS / "moonshot-extras"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MOONSHOT, LLAMACPP = "Simulated Moonshot API", "Simulated llama.cpp"


@pytest.fixture(scope="module")
def served(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("moonshot"), default_backend=MOONSHOT)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(settings, sim_backends(sim.url)) as app:
        yield app


def screenshot_png() -> bytes:
    image = Image.new("RGB", (1000, 300), (250, 250, 252))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    draw.text((30, 50), "Deployment failed: disk quota exceeded", fill=(25, 25, 25), font=font)
    draw.text((30, 150), "Speicherplatz voll auf Knoten 7", fill=(25, 25, 25), font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Budget 2027: the Hamburg office gets two more GPUs.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_web_search_cites_its_sources_and_the_costs_show(browser, served, sim_requests):
    page = ready_page(browser, served.url)
    page.get_by_role("radio", name="Instant").check()
    open_settings(page)
    switch = page.get_by_role("checkbox", name=re.compile(r"^Web search \(Moonshot backends"))
    expect(switch).to_be_checked()  # on by default outside a public demo
    page.keyboard.press("Escape")
    send(page, "Search the latest news on Kimi K2.5")
    answered(page, 1)
    answer = page.locator("#chat .kimi-answer").last
    expect(answer.locator(".kimi-tool-name")).to_contain_text("$web_search")
    sources = answer.get_by_role("navigation", name="Sources")
    expect(sources.locator("li")).to_have_count(2)
    expect(sources.locator("a").first).to_have_attribute("href", "https://example.com/sim/kimi-k2-5")
    expect(sources.locator("a").first).to_have_attribute("rel", "noopener noreferrer nofollow")
    stats = answer.locator(".kimi-stats")
    expect(stats).to_contain_text("1 web search")
    expect(stats).to_contain_text(re.compile(r"cost \$0\.0\d{3}"))
    spent = page.locator(".kimi-chat-cost")
    expect(spent).to_have_text(re.compile(r"^\$0\.0\d{3}$"))
    expect(spent).to_have_attribute("title", re.compile(r"This chat cost \$0\.0\d{3} so far"))
    page.screenshot(path=SHOTS / "desktop-search.png")
    found = blocking(run_axe(page))
    assert not found, describe(found)
    page.close()


def test_on_a_phone_in_the_dark_a_word_file_goes_through_moonshots_file_extract(browser, served, sim,
                                                                               sim_requests):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = context.new_page()
    page.goto(served.url + "?__theme=dark")
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "budget.docx", "buffer": docx_bytes(),
          "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    chip = page.locator("#upload-estimate .kimi-chip")
    expect(chip).to_contain_text(re.compile(r"Word · \d+ KB · ~\d+ tokens"), timeout=15_000)
    send(page, "What does the budget say?")
    answered(page, 1)
    expect(page.locator("#chat .kimi-user").last).to_contain_text("budget.docx")
    body = [r["body"] for r in sim_requests() if isinstance(r.get("body"), dict)][-1]
    assert any(m["role"] == "system" and "Hamburg office" in m["content"] for m in body["messages"])
    assert httpx.get(f"{sim.url}/moonshot/v1/files").json()["data"] == []  # deleted once read
    expect(page.locator(".kimi-chat-cost")).to_be_visible()  # the chat's cost in the title bar, on a phone too
    expect(page.locator("#export-links .kimi-export-links").first).to_be_hidden()  # (export: in the list's menu)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=SHOTS / "phone-dark-docx.png")
    context.close()


@pytest.mark.skipif(not Path(FONT).exists(), reason="fonts-dejavu-core draws the screenshot")
def test_a_screenshot_on_a_text_only_backend_goes_as_its_ocr_text(browser, served, sim_requests):
    page = ready_page(browser, served.url)
    pick_backend(page, LLAMACPP)
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "error.png", "mimeType": "image/png", "buffer": screenshot_png()},
         {"name": "blank.png", "mimeType": "image/png", "buffer": _blank()}])
    chips = page.locator("#upload-estimate .kimi-chip")
    expect(chips).to_have_count(2, timeout=15_000)
    alert = page.locator("#upload-estimate [role=alert]")
    expect(alert).to_contain_text("it cannot read blank.png", timeout=15_000)  # no text in it: refused at once
    page.get_by_role("button", name="Remove blank.png").click()
    expect(page.locator("#upload-estimate .kimi-estimate")).to_contain_text("pictures go as the text OCR finds",
                                                                            timeout=15_000)
    send(page, "Why did it fail?")
    answered(page, 1)
    notice = page.locator("#chat .kimi-answer .kimi-notice").filter(has_text="reads text only")
    expect(notice).to_contain_text("reads text only: the model gets the text OCR found in error.png")
    expect(page.locator("#chat .kimi-user").last).to_contain_text("error.png (OCR)")
    sent = str([r["body"] for r in sim_requests() if isinstance(r.get("body"), dict)][-1]["messages"][-1])
    assert "disk quota exceeded" in sent and "Knoten 7" in sent and "image_url" not in sent
    page.screenshot(path=SHOTS / "desktop-ocr.png")
    page.close()


def _blank() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(out, "PNG")
    return out.getvalue()


def test_the_chat_api_searches_extracts_and_says_what_it_cost(served, sim, tmp_path):
    client = Client(served.url, verbose=False)
    searched = client.predict("Search the latest on Kimi K2.5", None, MOONSHOT, "instant", "", ["$web_search"],
                              api_name="/chat")
    assert searched["status"] == "done" and searched["tool_calls"][0]["name"] == "$web_search"
    usage = searched["usage"]
    assert usage["searches"] == 1 and usage["currency"] == "USD" and usage["cost"] > 0.005
    none = client.predict("Search the latest on Kimi K2.5", None, MOONSHOT, "instant", "", [], api_name="/chat")
    assert none["tool_calls"] == [] and none["usage"]["searches"] is None  # switched off for this chat
    path = tmp_path / "budget.docx"
    path.write_bytes(docx_bytes())
    extracted = client.predict("What does it say?", [handle_file(str(path))], MOONSHOT, "instant", "", None,
                               api_name="/chat")
    assert extracted["status"] == "done" and extracted["usage"]["cost"] > 0
    assert httpx.get(f"{sim.url}/moonshot/v1/files").json()["data"] == []

"""A real browser (Debian's Chromium through Playwright) against the served app."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.browser import RESULTS, open_settings, reasoning_title, send, tool_row
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui




def test_thinking_turn_reload_and_reopen(browser, app, request):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(app.url)
    expect(page.locator("#backend-picker input")).to_have_value(re.compile("Simulated vLLM .*Simulated \\(no model\\)"))
    send(page, "browser-check: why is the sky blue? #sim rate=40 tokens=120")
    chat = page.locator("#chat")
    expect(page.locator("#composer textarea")).to_have_value("", timeout=2_000)  # cleared the moment it is sent,
    expect(chat).to_contain_text("browser-check: why is the sky blue?")
    expect(chat).not_to_contain_text("tok/s")  # while the answer still streams (~3 s at 40 tok/s)
    expect(chat).to_contain_text("Simulated answer (vllm, no model).", timeout=20_000)
    expect(chat).to_contain_text("thinking: on")
    expect(reasoning_title(chat)).to_contain_text("Thought", timeout=10_000)  # the collapsed reasoning block
    expect(chat).to_contain_text("tok/s")
    RESULTS.mkdir(exist_ok=True)
    expect(page.locator("#conv-list")).to_contain_text("browser-check")  # the new chat is listed at once
    expect(page.locator("#conv-list a.kimi-conv.current")).to_have_count(1)  # ... and marked as shown
    page.screenshot(path=RESULTS / f"{request.node.name}-answer.png")

    page.reload()  # the address is the conversation's: a reload opens it again
    expect(page.locator("#conv-list a.kimi-conv.current")).to_contain_text("browser-check", timeout=10_000)
    expect(page.locator("#chat")).to_contain_text("Simulated answer (vllm, no model).", timeout=10_000)
    block = reasoning_title(page.locator("#chat"))
    expect(block).to_contain_text("Thought for")
    block.click()  # opening the restored reasoning block shows the reasoning text
    expect(page.locator("#chat")).to_contain_text("The user asked")
    page.screenshot(path=RESULTS / f"{request.node.name}-reopened.png")
    page.close()


def test_backend_down_shows_error_and_keeps_message(browser, sim, tmp_path, request):
    import socket

    from kimi_ui.config import BackendConfig

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    down = BackendConfig(name="Dead vLLM", kind="vllm", base_url=f"http://127.0.0.1:{port}/v1", model="m")
    with serve(make_settings(tmp_path, default_backend="Dead vLLM"), [down]) as served:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(served.url)
        send(page, "is anyone there?")
        chat = page.locator("#chat")
        expect(chat).to_contain_text("Could not connect to Dead vLLM", timeout=20_000)
        expect(chat).to_contain_text("Hint:")
        page.screenshot(path=RESULTS / f"{request.node.name}.png")
        page.reload()
        page.locator("#conv-list").get_by_text("is anyone there?").click()
        expect(page.locator("#chat")).to_contain_text("is anyone there?", timeout=10_000)
        expect(page.locator("#chat")).to_contain_text("Could not connect to Dead vLLM")
        page.close()


def test_video_upload_shows_the_frame_strip_and_the_answer(browser, app, tmp_path, request):
    from tests.support.media import write_h264

    clip = write_h264(tmp_path, "walk.mp4", count=90, fps=30)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(app.url)
    page.locator("#composer input[type=file]").set_input_files(str(clip))
    expect(page.locator("#upload-estimate")).to_contain_text("video (16 frames)", timeout=10_000)
    send(page, "What happens in this clip?")
    chat = page.locator("#chat")
    expect(chat).to_contain_text("images: 16", timeout=30_000)
    strip = chat.locator(".kimi-strip figure")
    expect(strip).to_have_count(16)
    expect(strip.first).to_contain_text("0:00")
    first_frame = strip.first.locator("img")
    expect(first_frame).to_have_js_property("naturalWidth", 480)  # served through the owner-checked route
    page.screenshot(path=RESULTS / f"{request.node.name}.png")
    page.close()


def test_stop_keeps_the_partial_answer_and_continue_survives_a_reload(browser, app, request):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(app.url)
    send(page, "stop-check: a long story please #sim rate=25 tokens=600")
    chat = page.locator("#chat")
    expect(chat).to_contain_text("Simulated answer", timeout=20_000)
    page.locator("#composer .stop-button").click()
    expect(chat).to_contain_text("stopped", timeout=10_000)
    continue_button = chat.get_by_role("button", name="Continue")
    expect(continue_button).to_be_visible()
    page.reload()
    page.locator("#conv-list").get_by_text("stop-check").click()
    expect(page.locator("#chat")).to_contain_text("stopped", timeout=10_000)
    expect(continue_button).to_be_visible()
    continue_button.click()
    # The same answer goes on (vLLM's continue_final_message): no question is added, nothing is written twice.
    expect(page.locator("#composer .stop-button")).to_be_visible(timeout=10_000)
    expect(page.locator("#chat .kimi-stats")).to_have_count(0)  # (the answer is being written again)
    expect(page.locator("#chat .kimi-user")).to_have_count(1)
    expect(page.locator("#chat .kimi-answer")).to_have_count(1)
    expect(page.locator("#chat")).not_to_contain_text("Please continue")
    expect(page.locator("#chat .kimi-answer")).to_contain_text("Simulated answer (vllm, no model).")
    page.screenshot(path=RESULTS / f"{request.node.name}.png")
    page.close()


def test_a_tool_call_shows_in_the_answer_and_in_the_log_panel(browser, sim, tmp_path, request):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "auth.py").write_text("def login(user):\n    return True\n", encoding="utf-8")
    settings = make_settings(tmp_path / "data", default_backend="Simulated vLLM", workspace=str(workspace))
    with serve(settings, sim_backends(sim.url)) as served:
        page = browser.new_page(viewport={"width": 1280, "height": 1100})
        page.goto(served.url)
        expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
        open_settings(page)
        page.locator("#tools-picker").get_by_text("search_code").click()
        send(page, 'Where is login?\ncall search_code {"query": "def login"}')
        chat = page.locator("#chat")
        expect(chat).to_contain_text("tool results: 1", timeout=20_000)
        expect(tool_row(chat, "search_code", 'query="def login"')).to_be_visible()
        page.get_by_text("Tool-call log").click()
        log = page.locator("#tool-log")
        expect(log).to_contain_text("search_code", timeout=10_000)
        expect(log).to_contain_text("done")
        expect(log.get_by_text("Download JSON")).to_be_visible()
        page.screenshot(path=RESULTS / f"{request.node.name}.png", full_page=True)
        page.close()

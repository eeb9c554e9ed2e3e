"""History in a real browser: a model-written title, rename inline, search and open at the hit, edit a
question to create a branch, switch between the versions with "‹ 2/2 ›", pin and archive, and that it
all survives a reload."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import RESULTS, open_settings, send
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui


@pytest.fixture
def app(sim, tmp_path):
    settings = make_settings(tmp_path, default_backend="Simulated vLLM", auto_title=True)
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


def answered(page, text: str) -> None:
    expect(page.locator("#chat")).to_contain_text(f"last user message:{text}", timeout=20_000)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=10_000)


def test_rename_search_edit_and_switch_branches(browser, app, request):
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    send(page, "planning the zebrafish aquarium for my kids #sim tokens=30 rate=400")
    answered(page, "planning the zebrafish aquarium for my kids")
    # The backend writes the title after the first answer (the simulator imitates a model's short title:
    # five words, capitalised), in place of the first words of the message.
    expect(page.locator("#conv-list a.kimi-conv.current")).to_have_text("Planning the zebrafish aquarium for",
                                                                         timeout=10_000)
    expect(page.locator("#conv-title input")).to_have_value("Planning the zebrafish aquarium for")
    send(page, "Which heater wattage? #sim tokens=80 rate=40")

    # Rename inline in the title bar, typed while the answer streams: the refresh at the turn's end
    # (after_turn) leaves the box alone when the title did not change, so nothing typed is lost.
    title = page.locator("#conv-title input")
    expect(page.locator("#chat")).to_contain_text("last user message:Which heater wattage?", timeout=20_000)
    title.fill("Fish tank notes")
    answered(page, "Which heater wattage?")
    page.wait_for_timeout(1500)  # the refresh after the stream has landed by now
    expect(title).to_have_value("Fish tank notes")
    title.press("Enter")
    expect(page.locator("#conv-list a.kimi-conv.current")).to_have_text("Fish tank notes", timeout=10_000)

    # Edit the second question: a new version beside the old one, answered on its own branch.
    page.locator("#chat .kimi-user").nth(1).get_by_role("button", name="Edit message").click()
    editor = page.locator("#chat textarea.kimi-edit-box")
    editor.fill("Which filter size? #sim tokens=30 rate=400")
    page.locator("#chat").get_by_role("button", name="Send").click()
    answered(page, "Which filter size?")
    nav = page.locator("#chat .kimi-versions")
    expect(nav).to_have_count(1, timeout=10_000)
    expect(nav).to_contain_text("2/2")
    expect(page.locator("#chat")).not_to_contain_text("Which heater wattage?")
    page.screenshot(path=RESULTS / f"{request.node.name}-branch-2.png")

    # Back to the first version: its question and answer come back.
    nav.get_by_role("button", name="Previous version").click()
    expect(page.locator("#chat .kimi-versions")).to_contain_text("1/2", timeout=10_000)
    expect(page.locator("#chat")).to_contain_text("Which heater wattage?")
    expect(page.locator("#chat")).not_to_contain_text("Which filter size?")

    # Regenerate the last answer in the other mode: a second version of the answer, "2/2" under it.
    page.get_by_role("radio", name="Instant").check()
    page.locator("#chat .kimi-answer").last.get_by_role("button", name="Retry").click()
    expect(page.locator("#chat .kimi-versions")).to_have_count(2, timeout=20_000)
    expect(page.locator("#chat .kimi-versions").last).to_contain_text("2/2")
    expect(page.locator("#chat")).to_contain_text("thinking: off")
    page.locator("#chat .kimi-versions").last.get_by_role("button", name="Previous version").click()
    expect(page.locator("#chat .kimi-versions").last).to_contain_text("1/2", timeout=10_000)
    expect(page.locator("#chat")).to_contain_text("thinking: on")
    page.get_by_role("radio", name="Thinking").check()

    # A new chat, then search: the hit is highlighted and opens the conversation on the right branch.
    page.get_by_role("button", name="+ New chat").click()
    expect(page.locator("#chat")).not_to_contain_text("heater")
    page.locator("#conv-search input, #conv-search textarea").first.fill("filter")
    hit = page.locator("#search-results a.kimi-hit").first
    expect(hit).to_contain_text("Fish tank notes", timeout=10_000)
    expect(hit.locator("mark").first).to_have_text("filter", ignore_case=True)
    page.screenshot(path=RESULTS / f"{request.node.name}-search.png")
    hit.click()
    expect(page.locator("#chat")).to_contain_text("Which filter size?", timeout=10_000)
    expect(page.locator("#chat .kimi-versions").first).to_contain_text("2/2")
    expect(page.locator("#conv-title input")).to_have_value("Fish tank notes")

    # Pin, then archive: it moves to "Pinned", then out of the list into "Archived".
    page.locator("#pin-btn").click()
    expect(page.locator("#conv-list .kimi-group").first).to_have_text("Pinned", timeout=10_000)
    page.locator("#archive-btn").click()
    expect(page.locator("#conv-list")).not_to_contain_text("Fish tank notes", timeout=10_000)
    page.locator("#show-archived input").check()
    expect(page.locator("#conv-list")).to_contain_text("Fish tank notes", timeout=10_000)

    # All of it is stored: after a reload the branch shown and the title are the same.
    page.reload()
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    page.locator("#show-archived input").check()
    page.locator("#conv-list a.kimi-conv", has_text="Fish tank notes").click()
    expect(page.locator("#chat")).to_contain_text("Which filter size?", timeout=10_000)
    expect(page.locator("#chat .kimi-versions").first).to_contain_text("2/2")
    page.screenshot(path=RESULTS / f"{request.node.name}-reloaded.png")


def test_delete_asks_first_and_removes_the_chat(browser, app):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    send(page, "A chat to delete #sim tokens=10 rate=400")
    answered(page, "A chat to delete")
    page.locator("#delete-btn").click()
    confirm = page.locator("#delete-confirm")
    expect(confirm).to_be_visible()
    page.get_by_role("button", name="Keep it").click()
    expect(confirm).to_be_hidden()
    expect(page.locator("#conv-list a.kimi-conv")).to_have_count(1)
    page.locator("#delete-btn").click()
    page.locator("#delete-confirm-btn").click()
    expect(page.locator("#conv-list a.kimi-conv")).to_have_count(0, timeout=10_000)
    expect(page.locator("#chat")).not_to_contain_text("A chat to delete")


def test_export_then_import_gives_a_second_copy(browser, app, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    send(page, "Export me please #sim tokens=10 rate=400")
    answered(page, "Export me please")
    with page.expect_download() as download:
        page.locator("#export-links a", has_text="JSON").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    with page.expect_download() as markdown:
        page.locator("#export-links a", has_text="Markdown").click()
    assert "Export me please" in markdown.value.path().read_text(encoding="utf-8")

    with page.expect_file_chooser() as chooser:
        page.locator("#import-btn").click()
    chooser.value.set_files(str(saved))
    expect(page.locator("#conv-list a.kimi-conv")).to_have_count(2, timeout=15_000)
    page.locator("#conv-list a.kimi-conv").nth(1).click()
    expect(page.locator("#chat")).to_contain_text("last user message:Export me please", timeout=10_000)


def test_a_refused_message_comes_back_to_the_composer(browser, app):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    open_settings(page)
    page.get_by_text("Advanced").click()
    page.get_by_role("textbox", name="Temperature").fill("hot")
    page.get_by_role("button", name="Close settings").click()  # closed again
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"my notes"}])
    chips = page.locator("#upload-estimate")
    expect(chips).to_contain_text("notes.txt", timeout=10_000)
    send(page, "keep this text")
    expect(page.locator("#chat")).to_contain_text("Temperature must be a number", timeout=10_000)
    expect(page.locator("#composer textarea")).to_have_value("keep this text", timeout=10_000)
    expect(chips).to_contain_text("notes.txt", timeout=10_000)  # the file came back, and its chip with it
    open_settings(page)  # a closed panel's fields are out of reach
    page.get_by_role("textbox", name="Temperature").fill("")
    page.locator("#composer textarea").press("Enter")
    expect(page.locator("#chat")).to_contain_text("last user message:Attached file notes.txt:my noteskeep this text",
                                                  timeout=20_000)
    expect(page.locator("#composer textarea")).to_have_value("")

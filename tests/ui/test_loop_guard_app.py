"""The served app with the event-loop guard on (KIMI_UI_STRICT_LOOP=1): a database session opened on the
loop's thread raises and is logged. Log in, load the page, open, rename, pin, archive, search, export,
fetch an attachment and the tool log, upload, import, delete, log out: not one violation.

Turns are not here yet: turns.py and the send/stream handlers still open sessions on the loop."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from playwright.sync_api import expect

from kimi_ui.storage import store
from kimi_ui.storage.db import STRICT_LOOP_ENV, Database, LoopViolation
from kimi_ui.storage.files import save_blob
from kimi_ui.storage.models import Attachment
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header
from tests.support.serving import ServedApp, make_settings, sim_backends
from tests.ui.test_browser_security import login_form

pytestmark = pytest.mark.ui
USER, PASSWORD = "alice", "correct horse battery"
PICTURE = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4b20000000049454e44ae426082")


def seed(settings) -> tuple[str, str]:
    """Two conversations of alice's: one with a picture, and one to delete."""
    db = Database(settings.effective_database_url, strict_loop=False)
    try:
        with db.session() as session:
            owner = store.find_user_id(session, name=USER)
            sha, _ = save_blob(settings.attachments_dir, PICTURE, "image/png")
            kept = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b",
                                             mode="thinking", title="Aquarium notes")
            user = store.add_message(session, owner_id=owner, conversation_id=kept.id, role="user",
                                     content="which heater for the zebrafish?",
                                     attachments=[Attachment(sha256=sha, mime="image/png", name="tank.png")])
            store.add_message(session, owner_id=owner, conversation_id=kept.id, role="assistant",
                              content="A 50 W heater suits a 60 litre tank.")
            doomed = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b",
                                               mode="thinking", title="A chat to delete")
            store.add_message(session, owner_id=owner, conversation_id=doomed.id, role="user", content="bye")
            picture = store.attachments_for(session, owner_id=owner, message_ids=[user.id])[user.id][0].id
        return kept.id, picture
    finally:
        db.dispose()


def off_the_loop(fn):
    """Playwright's sync API runs an event loop on the test's thread: the app is built on another."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result()


@pytest.fixture
def strict_app(sim, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.ERROR, logger="kimi_ui.storage.db")
    settings = make_settings(tmp_path, host="0.0.0.0", default_backend="Simulated vLLM")
    with cheap_hashing():
        add_accounts(settings, {USER: PASSWORD})
        kept, picture = seed(settings)
        monkeypatch.setenv(STRICT_LOOP_ENV, "1")  # read by the app's Database when build_app makes it
        served = off_the_loop(lambda: ServedApp(settings, sim_backends(sim.url)).start())
        monkeypatch.delenv(STRICT_LOOP_ENV)
        try:
            assert served.ctx.db.strict_loop
            yield served, kept, picture
        finally:
            served.stop()


def routes_answer(base: str, token: str, kept: str, picture: str) -> None:
    with httpx.Client(base_url=base, headers=cookie_header(token), timeout=15) as http:
        found = http.get(f"attachments/{picture}")
        assert found.status_code == 200 and found.content == PICTURE
        assert http.get("attachments/not-an-id").status_code == 404
        log = http.get(f"tool-log/{kept}.json")
        assert log.status_code == 200 and log.json()["title"] == "Fish tank"
        assert http.get("tool-log/not-an-id.json").status_code == 404
        assert "50 W heater" in http.get(f"export/{kept}.md").text
        assert http.get("export/all.json").json()
        assert http.get("healthz").status_code == 200
        files = [("files", (f"{n}.txt", b"note", "text/plain")) for n in range(3)]  # (each counted)
        assert http.post("gradio_api/upload", files=files).status_code == 200
    assert httpx.get(f"{base}attachments/{picture}").status_code == 401  # no cookie: nobody


def test_the_app_opens_no_session_on_the_event_loop(browser, strict_app, caplog, tmp_path):
    served, kept, picture = strict_app
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    page.goto(served.url)
    login_form(page, USER, PASSWORD)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    conversations = page.locator("#conv-list a.kimi-conv")
    expect(conversations).to_have_count(2)

    conversations.filter(has_text="Aquarium notes").click()
    expect(page.locator("#chat")).to_contain_text("50 W heater", timeout=10_000)
    expect(page.locator("#chat img").first).to_be_visible()  # served by /attachments/<id>
    title = page.locator("#conv-title input")
    title.fill("Fish tank")
    title.press("Enter")
    expect(page.locator("#conv-list a.kimi-conv.current")).to_have_text("Fish tank", timeout=10_000)
    page.locator("#pin-btn").click()
    expect(page.locator("#pin-btn")).to_have_text("Unpin", timeout=10_000)
    page.locator("#archive-btn").click()
    expect(conversations).to_have_count(1, timeout=10_000)
    page.locator("#show-archived input").click()
    expect(conversations.filter(has_text="Fish tank")).to_have_count(1, timeout=10_000)
    page.locator("#show-archived input").click()

    page.get_by_role("button", name="+ New chat").click()
    page.locator("#conv-search input, #conv-search textarea").first.fill("zebrafish")
    page.locator("#search-results a.kimi-hit").first.click()
    expect(page.locator("#conv-title input")).to_have_value("Fish tank", timeout=10_000)
    page.locator("#archive-btn").click()  # unarchive: back in the list
    expect(conversations).to_have_count(2, timeout=10_000)

    token = next(c["value"] for c in page.context.cookies() if c["name"] == "kimi_session")
    routes_answer(served.url, token, kept, picture)
    with page.expect_download() as download:
        page.locator("#export-links a", has_text="JSON").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    with page.expect_file_chooser() as chooser:
        page.locator("#import-btn").click()
    chooser.value.set_files(str(saved))
    expect(conversations).to_have_count(3, timeout=15_000)

    conversations.filter(has_text="A chat to delete").click()
    expect(page.locator("#chat")).to_contain_text("bye", timeout=10_000)
    page.locator("#delete-btn").click()
    page.locator("#delete-confirm-btn").click()
    expect(conversations).to_have_count(2, timeout=10_000)

    page.goto(served.url + "auth/logout")
    page.get_by_role("button", name="Sign out").click()
    expect(page.locator("input[name=username]")).to_be_visible()
    violations = [r.getMessage() for r in caplog.records if "event loop" in r.getMessage()]
    assert violations == []


def test_the_guard_is_on_in_the_served_app(strict_app):
    """The test above would pass with a guard that never fires: the same Database refuses a session
    opened from a coroutine."""
    served, _, _ = strict_app

    async def on_the_loop() -> None:
        with served.ctx.db.session(read_only=True):
            pass

    with pytest.raises(LoopViolation):
        off_the_loop(lambda: asyncio.run(on_the_loop()))

"""Share links and "Delete my data" in real Chromium, as two colleagues use them: alice shares a chat from the
settings panel, bob opens the link, alice withdraws it; then alice deletes her data and lands on the login."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import answered, open_settings, ready, send

pytestmark = pytest.mark.ui


def test_alice_shares_a_chat_bob_reads_it_and_alice_deletes_her_data(contexts, two_users_app):
    alice = contexts("alice").new_page()
    alice.goto(two_users_app.url)
    ready(alice)
    send(alice, "Plans for <b>Friday</b> #sim tokens=6")
    answered(alice, 1)
    open_settings(alice)
    expect(alice.locator("#my-data")).to_be_visible()  # (an account's: offered)
    alice.locator("#share-panel").get_by_text("Share this chat").click()
    expect(alice.locator("#share-links")).to_contain_text("No links to this chat")
    alice.locator("#share-create").click()
    link = alice.locator("#share-links a")
    expect(link).to_have_count(1)
    address = two_users_app.url.rstrip("/") + link.get_attribute("href")
    alice.context.grant_permissions(["clipboard-read", "clipboard-write"])
    alice.locator("#share-links").get_by_role("button", name="Copy link").click()
    expect(alice.locator("#share-links")).to_contain_text("Copied")
    assert alice.evaluate("navigator.clipboard.readText()") == address  # the whole address, not the path

    bob = contexts("bob").new_page()
    bob.goto(address)
    expect(bob.locator("article").first).to_contain_text("Plans for <b>Friday</b>")  # as text
    expect(bob.locator("article")).to_have_count(2)
    assert bob.locator("main b").count() == 0 and bob.locator("button, textarea, input").count() == 0

    # Another chat shown, the panel opened again: its links (none), then back to the shared one.
    alice.locator("#kimi-settings .kimi-settings-close").click()
    alice.locator("#new-chat").click()
    ready(alice)
    open_settings(alice)
    expect(alice.locator("#share-links")).to_contain_text("No links to this chat")
    alice.locator("#kimi-settings .kimi-settings-close").click()
    alice.go_back()
    ready(alice)
    open_settings(alice)
    expect(alice.locator("#share-links a")).to_have_count(1)
    alice.locator("#share-revoke").click()
    expect(alice.locator("#share-links")).to_contain_text("No links to this chat")
    bob.goto(address)
    expect(bob.locator("main")).to_contain_text("This link was withdrawn.")

    panel = alice.locator("#my-data")
    panel.get_by_text("Your data").click()
    panel.locator("#my-data-name textarea, #my-data-name input").first.fill("bob")
    alice.locator("#my-data-erase").click()
    expect(alice.locator(".toast-body.warning")).to_contain_text("Type your user name exactly")
    expect(alice.locator("#kimi-sidebar")).to_contain_text("Plans for")  # nothing went
    panel.locator("#my-data-name textarea, #my-data-name input").first.fill("alice")
    alice.locator("#my-data-erase").click()
    alice.wait_for_url("**/auth/login**", timeout=20_000)  # logged out
    expect(alice.get_by_role("status")).to_contain_text("Your chats, files, keys and links are deleted")
    with two_users_app.ctx.db.session(read_only=True) as session:
        from kimi_ui.storage import store

        assert store.count_conversations(session, owner_id=two_users_app.ctx.owner_id("alice"), archived=None) == 0

"""kill -9 of the replica a browser is on, mid-answer: three replicas behind nginx (the repo's own config) on
one PostgreSQL, and a real Chromium logged in through nginx."""

from __future__ import annotations

import uuid

import pytest
from playwright.sync_api import expect

from tests.support.accounts import add_accounts, cheap_hashing
from tests.support.browser import RESULTS, ready, send
from tests.support.cluster import ROUTE_COOKIE, Cluster, fresh_postgres_database
from tests.support.processes import query, wait_for, write_config
from tests.support.serving import make_settings, sim_backends

VLLM = "Simulated vLLM"
PASSWORD = "ada-password-1"


@pytest.fixture
def cluster(sim, tmp_path):
    with fresh_postgres_database() as database_url:
        config = write_config(tmp_path / "kimi.toml", [b for b in sim_backends(sim.url) if b.name == VLLM],
                              probe_interval=0.5, auto_title=False)
        with cheap_hashing():
            add_accounts(make_settings(tmp_path / "data", database_url=database_url), {"ada": PASSWORD})
        with Cluster(tmp_path, replicas=3, config=config, database_url=database_url,
                     default_backend=VLLM) as running:
            yield running, database_url


def log_in(page, url: str) -> None:
    page.goto(url)
    page.locator("input[name=username]").fill("ada")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    ready(page)


def test_a_replica_killed_mid_answer_leaves_the_user_logged_in_with_continue(browser, cluster, request):
    running, database_url = cluster
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, running.url + "/")
    (route,) = [c["value"] for c in context.cookies() if c["name"] == ROUTE_COOKIE]  # set by nginx
    home = running.replica_of(route)

    tag = uuid.uuid4().hex[:8]
    send(page, f"failover {tag}: a long story #sim tokens=900 rate=30")
    chat = page.locator("#chat")
    expect(chat.locator(".kimi-answer")).to_contain_text("Simulated answer", timeout=20_000)
    (message_id, conversation_id), = wait_for(
        lambda: query(database_url, "SELECT id, conversation_id FROM messages WHERE role = 'assistant' "
                      "AND status = 'streaming'"), timeout=10, what="the streaming answer's row")

    running.apps[home].kill()  # kill -9 of the replica the page is on, mid-stream

    # Gradio notices the lost connection, polls, and reloads the page through nginx: another replica
    # takes the route, the session (in the database) still holds, and the answer's lease lapses there.
    expect(chat.get_by_role("button", name="Continue")).to_be_visible(timeout=45_000)
    expect(chat.locator(".kimi-answer")).to_contain_text("interrupted")
    expect(page.locator("input[name=password]")).to_have_count(0)  # not sent to the login page
    assert f"/c/{conversation_id}" in page.url
    assert running.replica_of(route) != home
    # (the page may say so a moment before a sweep writes it: the lease lapsed, the row is swept within 2.5 s)
    wait_for(lambda: query(database_url, "SELECT status FROM messages WHERE id = ? AND status = 'interrupted'",
                           (message_id,)), timeout=10, what="the answer stored as interrupted")
    page.screenshot(path=RESULTS / f"{request.node.name}-interrupted.png")

    # Continue goes on with the same answer on the new replica, to its end
    chat.get_by_role("button", name="Continue").click()
    wait_for(lambda: query(database_url, "SELECT status FROM messages WHERE id = ? AND status = 'done'",
                           (message_id,)), timeout=60, what="the continued answer's end")
    expect(chat.get_by_role("button", name="Continue")).to_have_count(0, timeout=20_000)
    expect(chat.locator(".kimi-answer")).not_to_contain_text("interrupted")
    expect(chat.locator(".kimi-user")).to_have_count(1)
    expect(chat.locator(".kimi-answer")).to_have_count(1)
    page.screenshot(path=RESULTS / f"{request.node.name}-continued.png")
    context.close()

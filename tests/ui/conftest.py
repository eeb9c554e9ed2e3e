"""Fixtures of the browser tests: one Chromium per module, and an app on the simulated backend (a test
module that needs other settings defines its own `app`)."""

from __future__ import annotations

import pytest

from tests.support.browser import launch
from tests.support.serving import make_settings, serve, sim_backends


@pytest.fixture(scope="module")
def browser():
    yield from launch()


@pytest.fixture
def app(sim, tmp_path):
    settings = make_settings(tmp_path, default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        yield served



TWO_USERS = {"alice": "alice's long password", "bob": "bob's long password"}


@pytest.fixture(scope="module")
def two_users_app(sim, tmp_path_factory):
    """An app with the accounts alice and bob, one per test module; `contexts` logs a browser in."""
    from tests.support.accounts import add_accounts, cheap_hashing

    settings = make_settings(tmp_path_factory.mktemp("accounts"), host="0.0.0.0", default_backend="Simulated vLLM")
    add_accounts(settings, TWO_USERS)
    with cheap_hashing(), serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.fixture
def contexts(browser, two_users_app):
    """contexts("alice"): a new browser context with alice's session cookie (from the app's login form);
    all closed at the end of the test."""
    from urllib.parse import urlsplit

    from tests.support.accounts import SESSION_COOKIE, session_cookie

    made = []

    def logged_in(name: str):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        cookie = session_cookie(two_users_app.url, name, TWO_USERS[name])
        context.add_cookies([{"name": SESSION_COOKIE, "value": cookie, "domain": urlsplit(two_users_app.url).hostname,
                              "path": "/"}])
        made.append(context)
        return context

    yield logged_in
    for context in made:
        context.close()

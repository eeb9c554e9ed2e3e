"""Accounts for tests against a served app: cheap password hashing, users created in the database before the
app starts, and logging in through the app's own login form with httpx."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpx

from kimi_ui import auth
from kimi_ui.config import Settings
from kimi_ui.storage.db import Database

SESSION_COOKIE = "kimi_session"  # kimi_ui.web_auth.SESSION_COOKIE
CHEAP_HASHER = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}


@contextmanager
def cheap_hashing() -> Iterator[None]:
    """Fast argon2 parameters while the block runs (keep it open while the app serves logins, or each login
    would rehash with the slow defaults); argon2-cffi's recommended parameters afterwards."""
    auth.configure_hasher(**CHEAP_HASHER)
    try:
        yield
    finally:
        auth.configure_hasher()


def add_accounts(settings: Settings, accounts: dict[str, str], admins: Iterable[str] = ()) -> None:
    """Create the accounts (name -> password) in the app's database, migrating it first."""
    admins = set(admins)
    db = Database(settings.effective_database_url)
    try:
        db.migrate()
        with db.session() as session:
            for name, password in accounts.items():
                auth.create_user(session, name=name, password=password, admin=name in admins)
    finally:
        db.dispose()


def login(base_url: str, name: str, password: str, **headers: str) -> httpx.Response:
    """POST the login form; the response is not followed (303 with the cookie on success)."""
    return httpx.post(f"{base_url.rstrip('/')}/auth/login", data={"username": name, "password": password},
                      headers=headers, follow_redirects=False, timeout=15)


def session_cookie(base_url: str, name: str, password: str) -> str:
    """Log in and return the session token (the value of the kimi_session cookie)."""
    response = login(base_url, name, password)
    assert response.status_code == 303, f"login of {name} failed: {response.status_code} {response.text[:300]}"
    token = response.cookies.get(SESSION_COOKIE)
    assert token, f"no {SESSION_COOKIE} cookie in {response.headers}"
    return token


def cookie_header(token: str) -> dict[str, str]:
    return {"Cookie": f"{SESSION_COOKIE}={token}"}

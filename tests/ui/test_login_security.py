"""Logins under attack, against the served app (server.build_app under uvicorn): concurrent wrong logins
(no 500s, no extra guesses, no write lock held while hashing), guesses from many addresses (no lock of a
name), growing delays and `users unlock` from another process, and cross-site requests (login CSRF,
logout CSRF, Gradio's upload and queue routes) refused while same-origin forms and scripts still work.

Requests come from several loopback addresses (127.0.0.x): the login's address is the TCP peer."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from gradio_client import Client
from sqlmodel import select

from kimi_ui import auth
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import LoginThrottle
from kimi_ui.throttle import LoginLimiter
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, session_cookie
from tests.support.hashing import ProbingHasher
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
ALICE, BOB = "alice-long-password", "bob-long-password"
EVIL = "https://evil.example"
TRUSTED = "https://trusted.example"  # in KIMI_UI_CORS_ORIGINS


@pytest.fixture(autouse=True)
def _cheap_hashing():
    with cheap_hashing():
        yield


@pytest.fixture
def app(sim, tmp_path):
    settings = make_settings(tmp_path / "data", host="0.0.0.0", default_backend="Simulated vLLM",
                             cors_origins=[TRUSTED])
    add_accounts(settings, {"alice": ALICE, "bob": BOB})
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


def post(url: str, path: str, *, source: str = "127.0.0.1", headers: dict | None = None, **kwargs) -> httpx.Response:
    """A POST from the loopback address `source` (each one is another client address for the app)."""
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(transport=transport, base_url=url.rstrip("/"), timeout=30, follow_redirects=False) as http:
        return http.post(path, headers=headers or {}, **kwargs)


def login(url: str, name: str, password: str, *, source: str = "127.0.0.1", **headers: str) -> httpx.Response:
    return post(url, "/auth/login", source=source, headers=headers, data={"username": name, "password": password})


def throttle_rows(app) -> dict[tuple[str, str], int]:
    with app.ctx.db.session(read_only=True) as session:
        return {(r.address, r.name): r.failures for r in session.exec(select(LoginThrottle))}


def origin_of(url: str) -> str:
    return url.rstrip("/")


def allowed_guesses(rules: LoginLimiter, seconds: float) -> int:
    """The most guesses at one name from one address that the rules let through within `seconds`: the free
    ones, then one after each delay (1 s, 2 s, 4 s, ...) that fits."""
    guesses, waited = rules.free_per_name, 0.0
    while waited + rules.delay(guesses, rules.free_per_name) <= seconds:
        waited += rules.delay(guesses, rules.free_per_name)
        guesses += 1
    return guesses


# -- finding 4: concurrent logins ----------------------------------------------------------------------------------
def test_concurrent_wrong_logins_get_no_extra_guesses_no_errors_and_do_not_stall_a_turn(app):
    bob = session_cookie(app.url, "bob", BOB)
    turn: dict = {}

    def bobs_turn() -> None:
        client = Client(app.url, headers=cookie_header(bob), verbose=False)
        turn.update(client.predict("bob's turn #sim tokens=60 rate=60", None, "", "instant", "", None,
                                   api_name="/chat"))

    runner = threading.Thread(target=bobs_turn)
    runner.start()
    start = threading.Barrier(24)

    def wrong(i: int) -> httpx.Response:
        start.wait()
        return login(app.url, "alice", f"wrong guess {i}")

    began = time.monotonic()
    with ThreadPoolExecutor(24) as pool:
        responses = list(pool.map(wrong, range(24)))
        health = httpx.get(app.url + "healthz", timeout=30)
    lasted = time.monotonic() - began
    runner.join(60)

    statuses = [r.status_code for r in responses]
    assert not [r for r in responses if r.status_code >= 500 or "locked" in r.text], statuses
    assert set(statuses) <= {401, 429}, statuses
    # the throttle's rules: 5 free guesses for a name from one address, then 1 s, 2 s, ... between guesses;
    # every guess let through is a failure recorded before its password was checked
    guessed = statuses.count(401)
    assert guessed <= allowed_guesses(LoginLimiter(), lasted), (statuses, lasted)
    assert guessed == throttle_rows(app)[("127.0.0.1", "alice")], statuses
    assert health.status_code == 200
    assert turn.get("status") == "done", turn


def test_a_wrong_password_is_said_in_the_browsers_language(app):
    """Nobody is signed in yet to have a setting: the login page follows Accept-Language, else English."""
    german = login(app.url, "alice", "wrong password", **{"Accept-Language": "de-AT,de;q=0.9,en;q=0.5"})
    assert german.status_code == 401 and '<html lang="de">' in german.text
    assert "Benutzername oder Passwort ist falsch." in german.text and ">Anmelden</button>" in german.text
    assert "Wrong username" not in german.text and "Password" not in german.text
    other = login(app.url, "alice", "wrong password", **{"Accept-Language": "fr-FR,fr;q=0.9"})
    assert other.status_code == 401 and "Wrong username or password." in other.text
    empty = post(app.url, "/auth/login", headers={"Accept-Language": "de"}, data={"username": "alice", "password": ""})
    assert empty.status_code == 400 and "Gib einen Benutzernamen und ein Passwort ein." in empty.text


def test_no_write_transaction_is_open_while_a_login_hashes(app):
    probe = auth.configure_hasher(ProbingHasher(Path(app.settings.data_dir) / "kimi_ui.db"))
    assert Path(probe.path).is_file(), probe.path
    assert login(app.url, "alice", "wrong password").status_code == 401
    assert login(app.url, "nobody", "wrong password").status_code == 401
    assert login(app.url, "alice", ALICE).status_code == 303
    assert len(probe.write_lock_free) >= 3
    assert all(probe.write_lock_free), f"a write transaction was open while hashing: {probe.write_lock_free}"


# -- finding 5: no lock of a name, growing delays, unlock -----------------------------------------------------------
def test_guesses_from_five_addresses_do_not_keep_alice_out(app):
    for i in range(2, 7):
        for _ in range(2):
            assert login(app.url, "alice", "not her password", source=f"127.0.0.{i}").status_code == 401
    assert login(app.url, "ALICE ", "not her password", source="127.0.0.2").status_code == 401  # same name
    assert throttle_rows(app)[("127.0.0.2", "alice")] == 3
    response = login(app.url, "alice", ALICE, source="127.0.0.7")
    assert response.status_code == 303 and response.cookies.get("kimi_session"), response.text[-300:]


def users_cli(app, *argv: str) -> subprocess.CompletedProcess:
    """`python app.py users ...` in a process of its own, on the served app's database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIMI_UI_")}
    env["KIMI_UI_DATA_DIR"] = str(app.settings.data_dir)
    return subprocess.run([sys.executable, str(ROOT / "app.py"), "users", *argv], cwd=app.settings.data_dir,
                          env=env, capture_output=True, text=True, timeout=60, check=False)


def test_a_delay_grows_from_one_second_and_users_unlock_lifts_it(app):
    for _ in range(LoginLimiter().free_per_name):
        assert login(app.url, "alice", "wrong password").status_code == 401
    blocked = login(app.url, "alice", ALICE)  # the right password waits too
    assert blocked.status_code == 429 and "kimi_session" not in blocked.headers.get("set-cookie", "")
    assert re.search(r"try again in 1 s", blocked.text, re.IGNORECASE), blocked.text[-400:]
    assert blocked.headers["retry-after"] == "1"
    assert login(app.url, "bob", BOB).status_code == 303  # another name from the same address is not delayed

    app.app.state.gate.limiter = LoginLimiter(first_delay=600)  # a wait that cannot run out during the test
    for _ in range(5):
        assert login(app.url, "ALICE ", "wrong password", source="127.0.0.9").status_code == 401
    assert login(app.url, "alice", ALICE, source="127.0.0.9").status_code == 429
    done = users_cli(app, "unlock", "Alice")  # another process, the same database
    assert done.returncode == 0, done.stderr
    assert re.search(r"127\.0\.0\.9: 5 failed logins, \d+ s left", done.stdout), done.stdout
    assert "'alice'" in done.stdout, done.stdout
    assert not [key for key in throttle_rows(app) if key[1] == "alice"]
    assert login(app.url, "alice", ALICE, source="127.0.0.9").status_code == 303
    again = users_cli(app, "unlock", "alice")
    assert again.returncode == 0 and "nothing to lift" in again.stdout, again.stdout


# -- finding 6: cross-site requests -------------------------------------------------------------------------------
CROSS_SITE = [
    {"Origin": EVIL, "Sec-Fetch-Site": "cross-site"},  # a current browser
    {"Origin": EVIL},  # a browser without Sec-Fetch-*
    {"Sec-Fetch-Site": "cross-site"},
    {"Origin": "https://sub.127.0.0.1.example", "Sec-Fetch-Site": "same-site"},
    {"Origin": "null"},  # a sandboxed frame or a data: page
    {"Origin": "http://127.0.0.1:1"},  # another port is another origin
]


def test_a_cross_site_login_is_refused_and_sets_no_cookie(app):
    own = origin_of(app.url)
    for headers in CROSS_SITE:
        response = login(app.url, "bob", BOB, **headers)  # the attacker's own, right password
        assert response.status_code == 403, (headers, response.status_code, response.text[:200])
        assert "set-cookie" not in response.headers, headers
    # the same form from the app's own page, from a configured origin, and from scripts still signs in
    for headers in ({"Origin": own, "Sec-Fetch-Site": "same-origin"}, {"Origin": own}, {"Sec-Fetch-Site": "none"},
                    {"Origin": TRUSTED, "Sec-Fetch-Site": "cross-site"}, {}):
        response = login(app.url, "bob", BOB, **headers)
        assert response.status_code == 303 and response.cookies.get("kimi_session"), (headers, response.text[:200])


def test_logout_ends_a_session_only_by_a_same_origin_post(app):
    token = session_cookie(app.url, "alice", ALICE)
    signed_in = cookie_header(token)

    def alive() -> bool:
        return httpx.get(app.url + "config", headers=signed_in, timeout=15).status_code == 200

    page = httpx.get(app.url + "auth/logout", headers=signed_in, timeout=15, follow_redirects=False)
    assert page.status_code == 200 and 'method="post"' in page.text and "Sign out" in page.text
    assert alive(), "GET /auth/logout ended the session"
    for headers in CROSS_SITE:
        refused = post(app.url, "/auth/logout", headers={**signed_in, **headers})
        assert refused.status_code == 403 and "set-cookie" not in refused.headers, headers
        assert alive(), f"a cross-site POST {headers} ended the session"

    out = post(app.url, "/auth/logout", headers={**signed_in, "Origin": origin_of(app.url),
                                                 "Sec-Fetch-Site": "same-origin"})
    assert out.status_code == 303 and out.headers["location"].endswith("/auth/login")
    assert re.search(r"kimi_session=;.*Max-Age=0", out.headers.get("set-cookie", ""))
    assert not alive()
    gone = httpx.get(app.url + "auth/logout", timeout=15, follow_redirects=False)  # signed out: to the login
    assert gone.status_code == 303 and gone.headers["location"].endswith("/auth/login")


def test_cross_site_posts_to_gradio_routes_are_refused(app):
    signed_in = cookie_header(session_cookie(app.url, "alice", ALICE))
    upload = {"files": ("note.txt", b"written by another site", "text/plain")}
    join = {"data": ["hi", None, "", "instant", "", None], "fn_index": 0, "session_hash": "abcdefgh12"}
    for headers in CROSS_SITE:
        sent = post(app.url, "/gradio_api/upload", headers={**signed_in, **headers}, files=upload)
        assert sent.status_code == 403, (headers, sent.status_code, sent.text[:200])
        queued = post(app.url, "/gradio_api/queue/join", headers={**signed_in, **headers}, json=join)
        assert queued.status_code == 403, (headers, queued.status_code, queued.text[:200])
    own = post(app.url, "/gradio_api/upload", headers={**signed_in, "Origin": origin_of(app.url),
                                                        "Sec-Fetch-Site": "same-origin"}, files=upload)
    assert own.status_code == 200, own.text[:300]


def test_cross_site_upload_is_refused_in_the_local_mode(tmp_path):
    settings = make_settings(tmp_path / "local")  # no accounts, loopback: everyone on this machine is "local"
    with serve(settings) as served:
        upload = {"files": ("note.txt", b"written by another site", "text/plain")}
        refused = post(served.url, "/gradio_api/upload", headers={"Origin": EVIL, "Sec-Fetch-Site": "cross-site"},
                       files=upload)
        assert refused.status_code == 403, refused.text[:300]
        assert post(served.url, "/gradio_api/upload", files=upload).status_code == 200  # a script on this machine


def test_the_migrated_database_of_a_served_app_has_the_throttle(app):
    db = Database(app.settings.effective_database_url)
    try:
        with db.session() as session:
            assert len(auth.app_secret(session, "test")) == 32
    finally:
        db.dispose()

"""The side stream (kimi_ui/ui/side_stream.py) attacked from outside, on a public demo (the mode where
anyone on the internet calls it and a new identity is one cookie away): what a script can make the server
keep. The checks that hold for accounts (keys, uploads, conversations of others, CSRF) are in
test_side_stream.py and test_security.py."""

from __future__ import annotations

import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import func, select

from kimi_ui.storage.models import User
from kimi_ui.ui import side_stream
from tests.support.serving import make_settings, serve, sim_backends
from tests.ui.test_side_stream import body

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def demo(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("side-attack"), host="0.0.0.0", default_backend="Simulated vLLM",
                             public_demo=True, demo_turns_per_minute=10_000, demo_uploads_per_minute=10_000)
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.fixture
def visitor(demo):
    """One browser of the demo: its identity is the cookie the first answer set."""
    with httpx.Client(base_url=demo.url, timeout=60) as client:
        assert client.get("/healthz").status_code == 200 and client.cookies.get("kimi_demo")
        yield client


def key() -> str:
    return secrets.token_hex(16)


def test_refused_posts_under_new_keys_are_not_all_kept(demo, visitor):
    """Each post files its job under its key for the send event, even a refused one (here: no such backend),
    with up to 1 MB of text: one address's filed jobs stay bounded, the oldest ended ones go first."""
    keys = [key() for _ in range(side_stream.MAX_FILED + 8)]
    for k in keys:
        refused = visitor.post(f"/live/{k}", json={**body("x" * 10_000), "backend": "no such backend"})
        assert refused.status_code == 200 and "no backend called" in refused.text
    # A post under a filed key streams that job (before any check of the body); else an empty one is 409.
    assert visitor.post(f"/live/{keys[-1]}", json=body("")).status_code == 200
    assert visitor.post(f"/live/{keys[0]}", json=body("")).status_code == 409
    assert len(demo.app.state.handoff._jobs) <= side_stream.MAX_FILED


def test_an_upload_goes_with_one_turn_only(demo, visitor):
    """As after the send event or /chat: once the question is saved, the upload is spent; else a script
    could attach it to turn after turn (past the upload limits) and leave it in Gradio's cache."""
    path = visitor.post("/gradio_api/upload", files={"files": ("notes.txt", b"some notes", "text/plain")}).json()[0]
    files = [{"path": path, "orig_name": "notes.txt"}]
    first = visitor.post(f"/live/{key()}", json=body("read this #sim tokens=3", files=files))
    assert first.status_code == 200 and '"live":false' in first.text
    assert visitor.post(f"/live/{key()}", json=body("again #sim tokens=3", files=files)).status_code == 409


def test_cookieless_posts_that_start_nothing_leave_no_user_behind(demo):
    """A visitor gets a user row with their first turn, not with every post of a cookieless script."""
    def users() -> int:
        with demo.ctx.db.session(read_only=True) as session:
            return session.execute(select(func.count()).select_from(User)).scalar_one()

    before = users()
    for bad in (body(""), body("x", files=[{"path": "/etc/passwd"}]), {**body("x"), "options": ["nan", "", "", ""]}):
        assert httpx.post(f"{demo.url}live/{key()}", json=bad).status_code == 409
    assert users() == before


def test_waits_of_one_address_are_bounded(demo, monkeypatch):
    """A GET waits for the send event to file its key; a new identity per request must not make the waits
    of one address unbounded (each holds a connection and a task)."""
    monkeypatch.setattr(side_stream, "WAIT_SECONDS", 5.0)
    waiting = demo.app.state.handoff._waiting
    total = side_stream.WAITS_PER_ADDRESS + 4
    with ThreadPoolExecutor(total) as pool:
        waits = [pool.submit(httpx.get, f"{demo.url}live/{key()}", timeout=30) for _ in range(total)]
        # Each request has either been answered or waits (counted by the route itself).
        while sum(w.done() for w in waits) + len(waiting) < total:
            time.sleep(0.01)
        assert len(waiting) <= side_stream.WAITS_PER_ADDRESS
        assert all(w.result().status_code == 404 for w in waits)  # (never filed)


def test_posts_past_the_rate_limit_leave_no_user_behind(sim, tmp_path_factory):
    """A cookieless script past the per-address turn limit: refused before its identity gets a user row (else
    every refused post added one, swept only after demo_ttl_hours)."""
    settings = make_settings(tmp_path_factory.mktemp("side-limit"), host="0.0.0.0", default_backend="Simulated vLLM",
                             public_demo=True, demo_turns_per_minute=2)
    with serve(settings, sim_backends(sim.url)) as strict:
        def users() -> int:
            with strict.ctx.db.session(read_only=True) as session:
                return session.execute(select(func.count()).select_from(User)).scalar_one()

        before = users()
        answered = [httpx.post(f"{strict.url}live/{key()}", json=body(f"hello {n} #sim tokens=3"), timeout=30)
                    for n in range(12)]
        assert [r.status_code for r in answered] == [200] * 2 + [409] * 10
        assert users() == before + 2


def test_concurrent_posts_cannot_share_one_upload(demo, visitor):
    """The upload is taken by the first post at once: posts racing it with the same file are refused."""
    path = visitor.post("/gradio_api/upload", files={"files": ("race.txt", b"race notes", "text/plain")}).json()[0]
    files = [{"path": path, "orig_name": "race.txt"}]
    cookies = dict(visitor.cookies)
    start = threading.Barrier(8)

    def post(n: int) -> int:
        start.wait()
        return httpx.post(f"{demo.url}live/{key()}", json=body(f"race {n} #sim tokens=3", files=files),
                          cookies=cookies, timeout=60).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = sorted(pool.map(post, range(8)))
    assert codes == [200] + [409] * 7, codes

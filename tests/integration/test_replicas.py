"""Three replicas behind nginx with the repo's own config (deploy/nginx/kimi-ui.conf), one PostgreSQL: what a
team's deployment does, driven through nginx with gradio_client and plain HTTP as a user's script would."""

from __future__ import annotations

import signal
import time
import uuid
from contextlib import closing

import httpx
import pytest
from gradio_client import Client

from tests.support.accounts import SESSION_COOKIE, add_accounts, cheap_hashing, session_cookie
from tests.support.cluster import ROUTE_COOKIE, Cluster, fresh_postgres_database
from tests.support.processes import query, wait_for, write_config
from tests.support.serving import make_settings, sim_backends

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
PASSWORD = "ada-password-1"
LONG = "#sim tokens=400 rate=40"  # about 10 s of answer


@pytest.fixture(scope="module")
def shared_cluster(sim, tmp_path_factory):
    """3 replicas on a fresh PostgreSQL database, with the account "ada", for the tests that leave every replica
    running; yields (cluster, database URL)."""
    with fresh_postgres_database() as database_url:
        yield from _cluster(sim, tmp_path_factory.mktemp("replicas"), database_url)


@pytest.fixture
def cluster(sim, tmp_path):
    """The same, of the test's own (it stops a replica)."""
    with fresh_postgres_database() as database_url:
        yield from _cluster(sim, tmp_path, database_url)


def _cluster(sim, tmp_path, database_url, **settings):
    config = write_config(tmp_path / "kimi.toml", [b for b in sim_backends(sim.url) if b.name == VLLM],
                          **{"probe_interval": 0.5, "auto_title": False, "drain_seconds": 20, **settings})
    with cheap_hashing():
        add_accounts(make_settings(tmp_path / "data", database_url=database_url), {"ada": PASSWORD})
    with Cluster(tmp_path, replicas=3, config=config, database_url=database_url, default_backend=VLLM) as running:
        yield running, database_url


def client(cluster: Cluster, token: str, route: str) -> closing[Client]:
    return closing(Client(cluster.url + "/", verbose=False,
                          headers={"Cookie": f"{SESSION_COOKIE}={token}; {ROUTE_COOKIE}={route}"}))


def test_nginx_spreads_new_browsers_and_keeps_each_on_its_replica(shared_cluster):
    running, _ = shared_cluster
    seen = set()
    for _ in range(12):
        first = httpx.get(running.url + "/auth/login", timeout=10)
        route = first.cookies.get(ROUTE_COOKIE)
        assert route, first.headers  # set by nginx for a browser that had none
        replica = running.replica_of(route)
        assert {running.replica_of(route) for _ in range(3)} == {replica}  # the same one every time
        seen.add(replica)
    assert len(seen) >= 2  # 12 browsers did not all land on one replica
    # a browser that has the cookie is not given another one
    again = httpx.get(running.url + "/auth/login", cookies={ROUTE_COOKIE: running.routes[0]}, timeout=10)
    assert ROUTE_COOKIE not in again.headers.get("set-cookie", "")


def test_one_login_works_on_every_replica(shared_cluster):
    running, _ = shared_cluster
    with cheap_hashing():
        token = session_cookie(running.url, "ada", PASSWORD)
    cid = ""
    for replica, route in enumerate(running.routes):
        page = httpx.get(running.url + "/", cookies={SESSION_COOKIE: token, ROUTE_COOKIE: route}, timeout=20)
        assert page.status_code == 200 and "auth/login" not in str(page.url), (replica, page.url)
        with client(running, token, route) as api:
            result = api.predict(f"hello from replica {replica}", None, "", "instant", cid, api_name="/chat")
        assert result["status"] == "done", result
        cid = result["conversation_id"]  # the same conversation, continued on each replica in turn
    # without the session cookie no replica lets the script in
    for route in running.routes:
        refused = httpx.get(running.url + "/", cookies={ROUTE_COOKIE: route}, headers={"Accept": "text/html"},
                            timeout=20, follow_redirects=False)
        assert refused.status_code in (302, 303, 307) and "/auth/login" in refused.headers["location"]


def test_an_answer_running_on_one_replica_is_followed_and_stopped_from_another(shared_cluster):
    running, database_url = shared_cluster
    with cheap_hashing():
        token = session_cookie(running.url, "ada", PASSWORD)
    a, b = running.routes[0], running.routes[1]
    with client(running, token, a) as on_a, client(running, token, b) as on_b:
        job = on_a.submit(f"{LONG} [{uuid.uuid4().hex[:8]}]", None, "", "instant", "", api_name="/chat")
        first = next(s for s in job if s.get("message_id") and s.get("content"))
        message_id = first["message_id"]
        followed = on_b.submit(message_id, api_name="/attach")
        seen = next(s for s in followed if s.get("content"))
        assert seen["message_id"] == message_id and seen["content"].startswith(first["content"][:20])
        assert on_b.predict(message_id, api_name="/stop") == {"stopped": True}  # B asks A to stop it
        ends = list(job)
    assert ends[-1]["status"] == "cancelled", ends[-1]  # (Stop's word)
    (status,) = wait_for(lambda: query(database_url, "SELECT status FROM messages WHERE id = ?", (message_id,)),
                         timeout=10, what="the answer's row")
    assert status == ("cancelled",)


def test_sigterm_drains_the_replica_while_nginx_sends_new_requests_elsewhere(cluster):
    running, database_url = cluster
    with cheap_hashing():
        token = session_cookie(running.url, "ada", PASSWORD)
    route = running.routes[0]
    with client(running, token, route) as api:
        job = api.submit(f"#sim tokens=120 rate=30 [{uuid.uuid4().hex[:8]}]", None, "", "instant", "",
                         api_name="/chat")
        first = next(s for s in job if s.get("message_id") and s.get("content"))
        running.apps[0].terminate()  # SIGTERM: it stops listening at once and lets the answer end
        time.sleep(0.5)
        # the same browser's next requests reach another replica, logged in, without an error
        for _ in range(5):
            page = httpx.get(running.url + "/", cookies={SESSION_COOKIE: token, ROUTE_COOKIE: route}, timeout=20)
            assert page.status_code == 200 and "auth/login" not in str(page.url)
        assert running.replica_of(route) != 0
        ends = list(job)
    assert ends[-1]["status"] == "done", ends[-1]  # the drain let it finish
    # it exits once drained (uvicorn re-raises the SIGTERM after its graceful shutdown: -15)
    assert running.apps[0].proc.wait(timeout=30) in (0, -signal.SIGTERM)
    (row,) = query(database_url, "SELECT status FROM messages WHERE id = ?", (first["message_id"],))
    assert row == ("done",)


def test_turns_a_minute_count_across_replicas(sim, tmp_path):
    """3 turns a minute for ada, taken through three replicas: the fourth is refused on the first replica,
    which saw only one of them (test_limits_processes.py has the token budget across processes)."""
    with fresh_postgres_database() as database_url:
        for running, _ in _cluster(sim, tmp_path, database_url, turns_per_minute=3):
            with cheap_hashing():
                token = session_cookie(running.url, "ada", PASSWORD)
            results = []
            for route in [*running.routes, running.routes[0]]:
                with client(running, token, route) as api:
                    results.append(api.predict(f"hello [{uuid.uuid4().hex[:6]}] #sim tokens=150", None, "", "instant",
                                               "", api_name="/chat"))
            assert [r["status"] for r in results[:3]] == ["done"] * 3, results
            refused = results[3]
            assert refused["status"] == "error" and refused["error"]["code"] == "rate_limited", refused
            assert refused["error"]["params"]["variant"] == "too_fast"
            (spent,) = query(database_url, "SELECT sum(tokens) FROM usage_days")[0]
            assert spent >= 3 * 150  # each replica counted its answer's tokens in the one table

"""Attack classes on Gradio's API surface and the HTTP edge: sessions and events of others (any casing of
the Content-Type, the /call result route, flooding the owner table), oversized bodies (413 before the body
is read), malformed bodies (400, not 500), routes the app does not use, Host header variants in the local
mode, forwarding headers from untrusted peers, and the public demo's identities and upload quotas."""

from __future__ import annotations

import socket
import uuid
from urllib.parse import urlsplit

import httpx
import pytest
from sqlmodel import select

from kimi_ui.storage.models import User
from kimi_ui.ui.inputs import upload_folder
from tests.support.accounts import add_accounts, cheap_hashing, login, session_cookie
from tests.support.gradio_calls import PASSWORDS, client, config_of, file_ref, upload
from tests.support.serving import make_settings, serve, sim_backends


@pytest.fixture(scope="module")
def world(sim, tmp_path_factory):
    root = tmp_path_factory.mktemp("surface")
    settings = make_settings(root / "data", max_request_kb=64)
    with cheap_hashing():
        add_accounts(settings, PASSWORDS)
        with serve(settings, sim_backends(sim.url)) as served:
            tokens = {name: session_cookie(served.url, name, pw) for name, pw in PASSWORDS.items()}
            yield {"app": served, "tokens": tokens, "root": root}


def start_chat(world, name: str, text: str = "hello #sim stall=3") -> str:
    with client(world, name) as http:
        posted = http.post("gradio_api/call/chat", json={"data": [text, [], "", "instant", "", []]})
    assert posted.status_code == 200, posted.text
    return posted.json()["event_id"]


def test_another_users_call_result_is_not_readable(world):
    event_id = start_chat(world, "alice", "alice's secret plans")
    with client(world, "bob") as http:
        assert http.get(f"gradio_api/call/chat/{event_id}").status_code == 404
        assert http.get(f"gradio_api/call/v2/chat/{event_id}").status_code == 404
    with client(world, "alice") as http:
        mine = http.get(f"gradio_api/call/chat/{event_id}")
    assert mine.status_code == 200 and "alice's secret plans" in mine.text


@pytest.mark.parametrize("content_type", ["APPLICATION/JSON", "application/vnd.x+json", "text/plain", None])
def test_session_hash_check_holds_whatever_the_content_type(world, content_type):
    hash_ = f"alice-tab-{uuid.uuid4().hex[:8]}"
    with client(world, "alice") as http:
        http.get("gradio_api/queue/status", params={"session_hash": hash_})  # alice's tab uses the hash first
    config = config_of(world, "bob")
    body = ('{"data": [], "fn_index": %d, "session_hash": "%s", "event_data": null, "trigger_id": null}'
            % (config["dependencies"][0]["id"], hash_)).encode()
    headers = {"Content-Type": content_type} if content_type else {}
    with client(world, "bob") as http:
        response = http.post("gradio_api/queue/join", content=body, headers=headers)
        assert response.status_code == 403, (content_type, response.status_code, response.text)
        assert http.get("gradio_api/queue/data", params={"session_hash": hash_}).status_code == 403


def test_one_client_cannot_flush_the_session_owner_table(world):
    hash_ = f"alice-kept-{uuid.uuid4().hex[:8]}"
    with client(world, "alice") as http:
        http.get("gradio_api/queue/status", params={"session_hash": hash_})
    with client(world, "bob") as http:  # as in the probe: more hashes than the old table's 100,000
        for round_ in range(180):
            flood = [("session_hash", f"b{round_}.{i}") for i in range(600)]
            assert http.get("gradio_api/queue/status", params=flood).status_code in (200, 400)
        assert http.get("gradio_api/queue/data", params={"session_hash": hash_}).status_code == 403


def raw_request(url: str, head: str, body_part: bytes = b"") -> str:
    """Send a request's head (and a first piece of its body) over a plain socket; the server's answer
    (if it answers without waiting for the rest of the body)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=15) as sock:
        sock.sendall(head.encode() + b"\r\n" + body_part)
        return sock.recv(65536).decode("latin-1")


@pytest.mark.parametrize("path", ["gradio_api/queue/join", "gradio_api/call/chat", "auth/login",
                                  "gradio_api/run/predict"])
def test_an_oversized_body_gets_413_before_it_is_read(world, path):
    """30 MB announced, 1 KB sent: the answer comes at once (the server did not wait for the rest)."""
    url = world["app"].url
    head = (f"POST /{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Cookie: kimi_session={world['tokens']['alice']}\r\nContent-Length: {30 * 2**20}\r\n")
    answer = raw_request(url, head, b"{" + b" " * 1024)
    assert answer.startswith("HTTP/1.1 413"), answer[:200]


def test_a_chunked_body_is_cut_off_at_the_cap(world):
    def chunks():
        for _ in range(200):  # 200 x 8 KB = 1.6 MB > the 64 KB cap of this app
            yield b" " * 8192

    with client(world, "alice") as http:
        response = http.post("gradio_api/queue/join", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_anonymous_oversized_body_is_refused_without_reading(world):
    head = f"POST /gradio_api/queue/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {30 * 2**20}\r\n"
    assert raw_request(world["app"].url, head).startswith("HTTP/1.1 413")


@pytest.mark.parametrize("body", [b"", b"[]", b"not json", b'{"data": 5}', b'{"data": [], "session_hash": 5}',
                                  b"[" * 100_000])
def test_malformed_call_bodies_get_a_clear_400(world, body):
    with client(world, "alice") as http:
        for path in ("gradio_api/call/v2/chat", "gradio_api/call/chat", "gradio_api/call/attach",
                     "gradio_api/call/stop", "gradio_api/queue/join"):
            response = http.post(path, content=body, headers={"Content-Type": "application/json"})
            assert response.status_code in (400, 413), (path, body[:20], response.status_code, response.text[:200])
            if response.status_code == 400:
                assert response.json()["detail"]


def test_the_documented_api_is_chat_attach_continue_and_stop(world):
    """The script API (README, "Script API"): four endpoints under their own names; every other handler is
    private (it still runs for anyone logged in, so each checks its caller itself: tests/ui/test_security.py)."""
    with client(world, "alice") as http:
        info = http.get("gradio_api/info").json()
    assert sorted(info["named_endpoints"]) == ["/attach", "/chat", "/continue", "/stop"], sorted(info["named_endpoints"])
    assert [p["parameter_name"] for p in info["named_endpoints"]["/continue"]["parameters"]] == [
        "message_id", "backend", "mode"]
    assert [p["parameter_name"] for p in info["named_endpoints"]["/attach"]["parameters"]] == ["message_id"]
    assert [p["parameter_name"] for p in info["named_endpoints"]["/stop"]["parameters"]] == ["message_id"]
    assert info["unnamed_endpoints"] == {}


def test_edit_event_without_previous_value_is_not_a_server_error(world):
    config = config_of(world, "alice")
    edit = next(d for d in config["dependencies"] if d.get("api_name") == "edit")
    body = {"data": [None, "thinking", None], "fn_index": edit["id"], "session_hash": "alice-edit-probe",
            "event_data": {"index": 0}, "trigger_id": None}
    with client(world, "alice") as http:
        assert http.post("gradio_api/queue/join", json=body).status_code == 200
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": "alice-edit-probe"}) as stream:
            text = ""
            for line in stream.iter_lines():
                text += line
                if "process_completed" in line:
                    break
    assert '"success":true' in text.replace(" ", ""), text[-400:]
    assert "KeyError" not in text


@pytest.mark.parametrize("path", ["gradio_api/proxy=http://127.0.0.1:1/", "gradio_api/component_server",
                                  "gradio_api/process_recording", "gradio_api/stream/x/close",
                                  "gradio_api/deep_link", "gradio_api/vibe-edit", "gradio_api/file/etc/passwd"])
def test_routes_the_app_does_not_use_are_not_served(world, path):
    with client(world, "alice") as http:
        method = "GET" if path.endswith(("=http://127.0.0.1:1/", "deep_link", "passwd")) else "POST"
        response = http.request(method, path, json={"data": []} if method == "POST" else None)
    assert response.status_code == 404, (path, response.status_code)


# -- the local mode (no accounts) and its Host check ----------------------------------------------------
@pytest.fixture(scope="module")
def local_app(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("local") / "data", allowed_hosts=["kimi.lan"])
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.mark.parametrize("host,answered", [
    ("localhost", True), ("LOCALHOST:7860", True), ("localhost.", True), ("127.0.0.1", True), ("127.0.0.2:80", True),
    ("[::1]:7860", True), ("kimi.lan", True), ("127.evil.example", False), ("127.0.0.1.nip.io", False),
    ("localhost.evil.example", False), ("evil.example", False), ("", False), ("127.1", False),
])
def test_local_mode_answers_only_local_host_names(local_app, host, answered):
    response = httpx.get(local_app.url + "config", headers={"Host": host}, timeout=10)
    assert (response.status_code != 421) == answered, (host, response.status_code)


def test_cross_site_upload_is_refused_in_local_mode(local_app):
    response = httpx.post(local_app.url + "gradio_api/upload", files={"files": ("x.txt", b"x", "text/plain")},
                          headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, timeout=10)
    assert response.status_code == 403


# -- forwarding headers ---------------------------------------------------------------------------------
def test_forwarded_for_from_an_untrusted_peer_does_not_buy_more_logins(sim, tmp_path):
    settings = make_settings(tmp_path / "data")
    with cheap_hashing():
        add_accounts(settings, {"carol": "carol-password-1"})
        with serve(settings, sim_backends(sim.url)) as served:
            statuses = [login(served.url, "carol", "wrong password!", **{"X-Forwarded-For": f"10.9.{i}.1"}).status_code
                        for i in range(40)]
    assert 429 in statuses, statuses  # all forty counted against 127.0.0.1, the real peer


def test_forwarded_for_from_a_trusted_proxy_names_the_client(sim, tmp_path):
    settings = make_settings(tmp_path / "data", trusted_proxies=["127.0.0.1"])
    with cheap_hashing():
        add_accounts(settings, {"carol": "carol-password-1"})
        with serve(settings, sim_backends(sim.url)) as served:
            for i in range(12):  # each address on its own stays under its limit
                assert login(served.url, "carol", "wrong password!",
                             **{"X-Forwarded-For": f"198.51.100.{i}"}).status_code == 401
            blocked = [login(served.url, "carol", "wrong password!", **{"X-Forwarded-For": "203.0.113.7"}).status_code
                       for _ in range(40)]
    assert 429 in blocked


# -- the public demo ------------------------------------------------------------------------------------
@pytest.fixture
def demo(sim, tmp_path):
    settings = make_settings(tmp_path / "data", public_demo=True, demo_uploads_per_minute=3, demo_max_stored_mb=1,
                             demo_turns_per_minute=1000)
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


def user_rows(served) -> list[str]:
    with served.ctx.db.session(read_only=True) as session:
        return [u.name for u in session.exec(select(User)) if u.name.startswith("demo-")]


def test_cookieless_requests_create_no_user_rows(demo):
    for _ in range(30):
        assert httpx.get(demo.url + "config", timeout=10).status_code == 200
        assert httpx.get(demo.url + "export/all.json", timeout=10).status_code == 200
    assert user_rows(demo) == []
    with httpx.Client(base_url=demo.url, timeout=30) as http:
        http.get("config")
        event_id = http.post("gradio_api/call/chat", json={"data": ["hi", [], "", "instant", "", []]}).json()["event_id"]
        assert '"status": "done"' in http.get(f"gradio_api/call/chat/{event_id}").text
    assert len(user_rows(demo)) == 1


def test_a_forged_demo_cookie_is_a_new_identity(demo):
    with httpx.Client(base_url=demo.url, timeout=30) as http:
        http.get("config")
        real = http.cookies["kimi_demo"]
        event_id = http.post("gradio_api/call/chat", json={"data": ["mine", [], "", "instant", "", []]}).json()["event_id"]
        http.get(f"gradio_api/call/chat/{event_id}")
    raw, _, signature = real.partition(".")
    for forged in (raw, f"{raw}.{signature[:-2]}xx", f"other.{signature}"):
        with httpx.Client(base_url=demo.url, timeout=30, cookies={"kimi_demo": forged}) as http:
            answer = http.get("config")
            assert "kimi_demo" in answer.headers.get("set-cookie", "")  # a fresh identity was handed out
            assert http.get(f"gradio_api/call/chat/{event_id}").status_code == 404


def test_demo_uploads_are_limited_per_minute_and_by_bytes_kept(demo):
    with httpx.Client(base_url=demo.url, timeout=30) as http:
        http.get("config")
        sizes = [http.post("gradio_api/upload", files={"files": (f"{i}.txt", b"x" * 400_000, "text/plain")}).status_code
                 for i in range(3)]
        assert sizes[:2] == [200, 200] and sizes[2] == 413, sizes  # 1.2 MB would pass the 1 MB kept
        over = http.post("gradio_api/upload", files={"files": ("s.txt", b"x", "text/plain")})
        assert over.status_code == 429 and "a minute" in over.json()["detail"]
    with httpx.Client(base_url=demo.url, timeout=30) as other:  # a new identity from the same address
        other.get("config")
        assert other.post("gradio_api/upload", files={"files": ("t.txt", b"x", "text/plain")}).status_code == 429


def test_upload_paths_of_a_demo_visitor_are_not_anothers(demo):
    with httpx.Client(base_url=demo.url, timeout=30) as first, httpx.Client(base_url=demo.url, timeout=30) as second:
        first.get("config")
        second.get("config")
        path = first.post("gradio_api/upload", files={"files": ("a.txt", b"first's", "text/plain")}).json()[0]
        posted = second.post("gradio_api/call/chat", json={"data": ["read", [file_ref(path, "a.txt")], "", "instant",
                                                                     "", []]})
        assert posted.status_code == 403


def test_uploads_need_a_declared_length(world):
    head = (f"POST /gradio_api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: kimi_session={world['tokens']['alice']}"
            "\r\nTransfer-Encoding: chunked\r\nContent-Type: multipart/form-data; boundary=x\r\n")
    assert raw_request(world["app"].url, head, b"0\r\n\r\n").startswith("HTTP/1.1 411")


def test_own_upload_round_trip_still_works(world):
    path = upload(world, "alice", "n.txt", b"fine")
    with client(world, "alice") as http:
        assert http.get(f"gradio_api/file={path}").text == "fine"


# -- found by the repeat probe ----------------------------------------------------------------------------
def test_a_request_names_at_most_one_session(world):
    flood = [("session_hash", f"many{i}") for i in range(700)]
    with client(world, "bob") as http:
        assert http.get("gradio_api/info", params=flood).status_code == 400


def test_an_alias_of_the_upload_folder_is_the_upload_folder(world):
    path = upload(world, "alice", "secret.txt", b"ALICE-SECRET-UPLOAD")
    with client(world, "bob") as http:
        for alias in (f"/proc/self/root{path}", path.replace("/", "//"), f"{path}/../{path.rsplit('/', 1)[1]}"):
            answer = http.get(f"gradio_api/file={alias}")
            assert answer.status_code in (403, 404) and "ALICE-SECRET" not in answer.text, alias


def test_many_files_in_one_upload_count_one_by_one(demo):
    with httpx.Client(base_url=demo.url, timeout=30) as http:
        http.get("config")
        tag = uuid.uuid4().hex[:8]
        files = [("files", (f"burst-{tag}-{i}.txt", f"{tag} {i}".encode(), "text/plain")) for i in range(20)]
        answer = http.post("gradio_api/upload", files=files)
        assert answer.status_code == 429 and "files" in answer.json()["detail"], answer.text
    assert list(upload_folder().rglob(f"burst-{tag}-*")) == []  # written by Gradio, then deleted

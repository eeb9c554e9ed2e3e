"""Single sign-on behind a proxy (kimi_ui/sso.py), with a real nginx (Debian's package) in front of the app,
setting the sign-on headers as oauth2-proxy does behind it. nginx connects to the app from 127.0.0.2, the
only trusted proxy; the test itself talks to the app directly from 127.0.0.1, which is not one."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from kimi_ui import auth
from kimi_ui.listening import tcp_listener
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from tests.support.cli import app
from tests.support.serving import make_settings, serve

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PROXY_ADDRESS = "127.0.0.2"  # nginx's side of its connections to the app (proxy_bind)
# Who each nginx port signs on, as the identity provider behind oauth2-proxy would have said.
PEOPLE = {
    "alice": {"X-Forwarded-Email": "alice@example.org", "X-Forwarded-Groups": "staff,Kimi-Admins"},
    "bob": {"X-Forwarded-Email": "bob@example.org", "X-Forwarded-Groups": "staff"},
}


def free_port() -> int:
    with tcp_listener("127.0.0.1", 0) as sock:
        return sock.getsockname()[1]


def nginx_conf(folder: Path, app_port: int, ports: dict[str, int]) -> str:
    user = pwd.getpwuid(os.geteuid()).pw_name  # as root, nginx's workers would otherwise become nobody
    group = grp.getgrgid(os.getegid()).gr_name
    temp = " ".join(f"{kind}_temp_path {folder}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                        "scgi"))
    servers = []
    for name, port in ports.items():
        headers = "\n".join(f"      proxy_set_header {header} \"{value}\";"
                            for header, value in PEOPLE[name].items())
        servers.append(f"""
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://127.0.0.1:{app_port};
      proxy_bind {PROXY_ADDRESS};
      proxy_http_version 1.1;
      proxy_buffering off;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-User {name};
{headers}
    }}
  }}""")
    return f"""user {user} {group};
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 64; }}
http {{
  access_log {folder}/access.log;
  {temp}
{"".join(servers)}
}}
"""


@contextmanager
def nginx(folder: Path, app_port: int) -> Iterator[dict[str, str]]:
    """nginx on loopback in front of the app, one port per person; yields name -> base URL."""
    ports = {name: free_port() for name in PEOPLE}
    folder.mkdir()
    conf = folder / "nginx.conf"
    conf.write_text(nginx_conf(folder, app_port, ports))
    process = subprocess.Popen([NGINX, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(conf)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
        deadline = time.monotonic() + 20
        while True:
            try:
                if all(httpx.get(url + "/healthz", timeout=2).status_code == 200 for url in urls.values()):
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log = (folder / "error.log").read_text() if (folder / "error.log").exists() else ""
                raise RuntimeError(f"nginx did not start: {process.stdout.read().decode()} {log}")
            time.sleep(0.1)
        yield urls
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def behind_proxy(tmp_path):
    settings = make_settings(tmp_path / "data", trusted_user_header="X-Forwarded-User",
                             trusted_email_header="X-Forwarded-Email", trusted_groups_header="X-Forwarded-Groups",
                             trusted_admin_group="kimi-admins", trusted_proxies=[PROXY_ADDRESS])
    with serve(settings) as app, nginx(tmp_path / "nginx", app.port) as urls:
        yield app, urls


def users(app) -> dict[str, auth.User]:
    with app.ctx.db.session(read_only=True) as session:
        return {u.name: u for u in auth.list_users(session)}


def test_the_proxy_signs_users_on_and_the_header_from_elsewhere_is_ignored(behind_proxy):
    app, urls = behind_proxy
    page = httpx.get(urls["alice"] + "/", headers={"Accept": "text/html"}, follow_redirects=False, timeout=20)
    assert page.status_code == 200 and "gradio" in page.text.lower()  # the chat itself, no login page
    httpx.get(urls["bob"] + "/export/all.json", timeout=20).raise_for_status()

    found = users(app)
    alice, bob = found["alice"], found["bob"]
    assert alice.signed_on and alice.password_hash is None
    assert (alice.email, alice.groups, alice.is_admin) == ("alice@example.org", "kimi-admins staff", True)
    assert (bob.email, bob.groups, bob.is_admin) == ("bob@example.org", "staff", False)

    # Each sees their own chats through the proxy.
    with app.ctx.db.session() as session:
        store.create_conversation(session, owner_id=alice.id, system_prompt="", backend="", mode="instant",
                                  title="alice's plans")
    titles = [c["conversation"]["title"] for c in httpx.get(urls["alice"] + "/export/all.json", timeout=20).json()["conversations"]]
    assert titles == ["alice's plans"]
    assert httpx.get(urls["bob"] + "/export/all.json", timeout=20).json()["conversations"] == []

    # The same header straight to the app, from an address that is not the proxy: nobody is logged in.
    direct = app.url.rstrip("/")
    forged = {"X-Forwarded-User": "alice", "X-Forwarded-Groups": "kimi-admins"}
    assert httpx.get(direct + "/export/all.json", headers=forged, timeout=20).status_code == 401
    page = httpx.get(direct + "/", headers={**forged, "Accept": "text/html"}, follow_redirects=False, timeout=20)
    assert page.status_code == 303 and page.headers["location"].endswith("/auth/login")
    assert set(users(app)) == {"alice", "bob"}  # nor was anyone made from it


def test_signing_out_is_the_proxys_and_a_disabled_user_stays_refused(behind_proxy):
    app, urls = behind_proxy
    out = httpx.post(urls["bob"] + "/auth/logout", timeout=20)
    assert out.status_code == 200 and "single sign-on" in out.text
    assert httpx.get(urls["bob"] + "/export/all.json", timeout=20).status_code == 200  # still signed on

    with app.ctx.db.session() as session:
        auth.set_disabled(session, name="bob")
    assert httpx.get(urls["bob"] + "/export/all.json", timeout=20).status_code == 401
    assert users(app)["bob"].disabled  # the proxy's word does not enable them again
    assert httpx.get(urls["alice"] + "/export/all.json", timeout=20).status_code == 200


def test_the_header_without_trusted_proxies_is_refused_at_start(tmp_path):
    done = app("--data-dir", str(tmp_path / "data"), "--port", "0", cwd=tmp_path,
               KIMI_UI_TRUSTED_USER_HEADER="Remote-User")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "trusted_user_header (Remote-User) needs trusted_proxies" in done.stderr
    assert "Set KIMI_UI_TRUSTED_PROXIES" in done.stderr and "open http" not in done.stdout


def test_a_name_seen_again_keeps_its_user_and_follows_the_groups(tmp_path):
    from kimi_ui.sso import Claim, SignOn

    settings = make_settings(tmp_path, trusted_user_header="Remote-User", trusted_groups_header="Remote-Groups",
                             trusted_admin_group="admins", trusted_proxies=["10.0.0.0/8"])
    db = Database(settings.effective_database_url)
    db.migrate()
    sign_on = SignOn(settings, db)
    assert sign_on.user_for(Claim(name="Carol", groups="admins")) == "Carol"
    assert sign_on.user_for(Claim(name="carol", groups="")) == "Carol"  # names ignore case
    with db.session(read_only=True) as session:
        carol = auth.get_user(session, name="Carol")
        assert not carol.is_admin and carol.groups == ""
    scope = {"type": "http", "client": ("10.1.2.3", 5), "headers": [(b"remote-user", b"local")]}
    assert sign_on.claim(scope) is None  # a name no account may have
    scope["headers"] = [(b"remote-user", b"dave"), (b"remote-groups", b"a, b c|D")]
    assert sign_on.claim(scope) == Claim(name="dave", groups="a b c d")
    scope["client"] = ("192.168.1.1", 5)
    assert sign_on.claim(scope) is None
    db.dispose()


def test_the_proxy_cannot_take_over_a_password_account_and_its_admins_may_administer(tmp_path):
    """From the outside attack: the proxy naming "ada" (the password admin) acted as her and took her admin
    role away; and admins the proxy made could not open the admin view."""
    from kimi_ui import admin
    from kimi_ui.sso import Claim, SignOn

    settings = make_settings(tmp_path, trusted_user_header="Remote-User", trusted_groups_header="Remote-Groups",
                             trusted_admin_group="admins", trusted_proxies=["10.0.0.0/8"])
    db = Database(settings.effective_database_url)
    db.migrate()
    with db.session() as session:
        auth.create_user(session, name="ada", password="ada's long password", admin=True)
    sign_on = SignOn(settings, db)
    for name in ("ada", "ADA", "Ada"):
        assert sign_on.user_for(Claim(name=name, groups="")) is None
    assert sign_on.user_for(Claim(name="erin", groups="admins")) == "erin"
    with db.session(read_only=True) as session:
        ada = auth.get_user(session, name="ada")
        assert ada.is_admin and not ada.signed_on and ada.groups == ""
        erin = auth.get_user(session, name="erin")
        assert erin.signed_on and admin.is_admin(session, erin.id)
        assert [row.name for row in admin.users_with_usage(session)] == ["ada", "erin"]
    db.dispose()


@pytest.mark.parametrize("given, words", [
    ({"trusted_user_header": "X Forwarded User", "trusted_proxies": ["127.0.0.1"]}, "is not a header name"),
    ({"trusted_user_header": "Remote-User", "trusted_proxies": ["127.0.0.1"], "public_demo": True},
     "exclude each other"),
    ({"trusted_user_header": "Remote-User", "trusted_proxies": ["proxy.example"]}, "not an IP address"),
])
def test_sign_on_settings_that_cannot_work_are_refused(tmp_path, given, words):
    with pytest.raises(ValueError, match=words):
        settings = make_settings(tmp_path, **given)
        from kimi_ui.sso import SignOn  # a bad proxy address is refused where the networks are parsed

        SignOn(settings, None)

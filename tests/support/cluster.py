"""Replicas behind nginx, as deploy/ runs them: N app processes (`python app.py`) on one PostgreSQL database,
and Debian's nginx with the repo's own `deploy/nginx/kimi-ui.conf` in front, on loopback.

The test's nginx.conf only wraps that file: it writes the two files the config includes (the replicas'
addresses and the listen line) and an access log that names the replica each request went to."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.processes import ROOT, AppProcess, free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEPLOY_CONF = ROOT / "deploy" / "nginx" / "kimi-ui.conf"
ROUTE_COOKIE = "kimi_route"


def nginx_conf(folder: Path) -> str:
    user = pwd.getpwuid(os.geteuid()).pw_name  # as root, nginx's workers would otherwise become nobody
    group = grp.getgrgid(os.getegid()).gr_name
    temp = " ".join(f"{kind}_temp_path {folder}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                        "scgi"))
    return f"""user {user} {group};
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  log_format routed '$status $request_method $uri $upstream_addr $upstream_status route=$kimi_route';
  access_log {folder}/access.log routed;
  {temp}
  include {DEPLOY_CONF};
}}
"""


class Nginx:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, upstreams: list[int]) -> "Nginx":
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.write_replicas(upstreams)
        (self.folder / "kimi-ui-listen.conf").write_text(f"listen 127.0.0.1:{self.port};\n")
        conf = self.folder / "nginx.conf"
        conf.write_text(nginx_conf(self.folder))
        self.process = subprocess.Popen([NGINX, "-p", str(self.folder), "-e", str(self.folder / "error.log"),
                                         "-c", str(conf)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {self.process.stdout.read().decode()} {self.errors()}")
            time.sleep(0.1)

    def write_replicas(self, ports: list[int]) -> None:
        (self.folder / "kimi-ui-replicas.conf").write_text(
            "".join(f"server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;\n" for port in ports))

    def errors(self) -> str:
        path = self.folder / "error.log"
        return path.read_text() if path.exists() else ""

    def access(self) -> list[str]:
        path = self.folder / "access.log"
        return path.read_text().splitlines() if path.exists() else []

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Cluster:
    """N replicas (AppProcess) on one database behind nginx; `routes[i]` is a kimi_route cookie value that
    nginx sends to replica i while every replica is up."""

    def __init__(self, workdir: Path, *, replicas: int, config: Path, database_url: str,
                 default_backend: str | None = None, env: dict[str, str] | None = None) -> None:
        env = {"KIMI_UI_TRUSTED_PROXIES": "127.0.0.1", **(env or {})}
        self.apps = [AppProcess(workdir, data_dir=workdir / "data", config=config, database_url=database_url,
                                default_backend=default_backend, name=f"replica{i}", env=env)
                     for i in range(replicas)]
        self.nginx = Nginx(workdir / "nginx")
        self.routes: list[str] = []

    @property
    def url(self) -> str:
        return self.nginx.url

    def start(self) -> "Cluster":
        for app in self.apps:
            app.launch()
        for app in self.apps:
            app.wait_started()
        self.nginx.start([app.port for app in self.apps])
        self.routes = self.find_routes()
        return self

    def replica_of(self, route: str) -> int:
        """Which replica nginx sends this route to now (asked with a request through nginx)."""
        marker = uuid.uuid4().hex
        httpx.get(f"{self.url}/healthz?{marker}", cookies={ROUTE_COOKIE: route}, timeout=5)
        deadline = time.monotonic() + 5  # nginx logs a request just after its response
        while time.monotonic() < deadline:
            for line in reversed(self.nginx.access()):
                if f"route={route}" in line:
                    upstream = line.split()[3].split(",")[-1].strip()
                    ports = [app.port for app in self.apps]
                    return ports.index(int(upstream.rsplit(":", 1)[1]))
            time.sleep(0.02)
        raise AssertionError(f"route {route} not in nginx's log")

    def find_routes(self) -> list[str]:
        found: dict[int, str] = {}
        for _ in range(200):
            route = uuid.uuid4().hex
            found.setdefault(self.replica_of(route), route)
            if len(found) == len(self.apps):
                return [found[i] for i in range(len(self.apps))]
        raise AssertionError(f"nginx spread 200 routes over {sorted(found)} only")

    def stop(self) -> None:
        self.nginx.stop()
        for app in self.apps:
            app.kill()

    def __enter__(self) -> "Cluster":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new database on the test PostgreSQL server (KIMI_UI_TEST_POSTGRES_URL, started by scripts/test),
    dropped at the end; yields its URL."""
    import psycopg

    admin = os.environ.get("KIMI_UI_TEST_POSTGRES_URL")
    if not admin:
        raise AssertionError("KIMI_UI_TEST_POSTGRES_URL is not set: run the tests with scripts/test")
    name = f"kimi_test_{uuid.uuid4().hex[:12]}"
    plain = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

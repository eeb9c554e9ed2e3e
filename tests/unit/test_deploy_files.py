"""deploy/: the compose deployment and its nginx config, checked statically (no Docker engine or Compose here).

The compose file is validated against the Compose Specification's JSON schema (check-jsonschema's vendored copy),
then held to what the README promises of it; nginx -t (Debian's nginx) reads deploy/nginx/kimi-ui.conf laid out
as compose mounts it in the official image, with loopback replicas in place of the compose service names."""

from __future__ import annotations

import grp
import ipaddress
import os
import pwd
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

import app
from kimi_ui.config import load_settings, setting_warnings

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
COMPOSE = DEPLOY / "compose.yaml"
NGINX_DIR = DEPLOY / "nginx"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_PREFIX = "/etc/nginx/"


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def services() -> dict[str, dict]:
    return compose()["services"]


def app_services() -> dict[str, dict]:
    """The services built from the repo's Dockerfile: the replicas."""
    return {name: s for name, s in services().items() if "build" in s}


def image_port() -> int:
    return int(re.search(r"KIMI_UI_PORT=(\d+)", (REPO / "Dockerfile").read_text()).group(1))


def seconds(duration: str) -> float:
    """A Compose duration such as 45s, 1m30s or 1h."""
    parts = re.findall(r"(\d+(?:\.\d+)?)(h|ms|m|s|us)", duration)
    assert parts and "".join(n + u for n, u in parts) == duration, f"not a duration: {duration!r}"
    scale = {"h": 3600, "m": 60, "s": 1, "ms": 0.001, "us": 0.000001}
    return sum(float(n) * scale[u] for n, u in parts)


def binds(service: dict) -> list[tuple[str, str, bool]]:
    """(source, target, read-only) of a service's volumes, short or long syntax."""
    found = []
    for volume in service.get("volumes", []):
        if isinstance(volume, str):
            source, target, *mode = volume.split(":")
            found.append((source, target, bool(mode) and "ro" in mode[0].split(",")))
        else:
            found.append((volume["source"], volume["target"], bool(volume.get("read_only"))))
    return found


def address(service: dict) -> ipaddress.IPv4Address:
    return ipaddress.ip_address(service["networks"]["kimi-ui"]["ipv4_address"])


def replica_lines(path: Path) -> list[str]:
    return [line.split()[1] for line in path.read_text().splitlines() if line.strip().startswith("server ")]


def test_compose_file_validates_against_the_compose_specification() -> None:
    checker = shutil.which("check-jsonschema")
    if checker is None:
        pytest.fail("check-jsonschema not found: install requirements-dev.txt (scripts/test does)")
    proc = subprocess.run([checker, "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_two_replicas_of_one_image_built_from_the_repos_dockerfile() -> None:
    replicas = app_services()
    assert len(replicas) >= 2, sorted(replicas)
    for name, service in replicas.items():
        build = service["build"]
        assert (COMPOSE.parent / build["context"]).resolve() == REPO, name
        assert build.get("dockerfile", "Dockerfile") == "Dockerfile", name
    assert len({s["image"] for s in replicas.values()}) == 1, "the replicas must run one image"
    assert len({repr(s["build"]) for s in replicas.values()}) == 1


def test_stop_grace_period_outlasts_the_drain() -> None:
    for name, service in app_services().items():
        drain = float(service["environment"]["KIMI_UI_DRAIN_SECONDS"])
        needed = drain + 2 * app.DRAIN_MARGIN  # what app.py gives running answers and their followers
        assert seconds(service["stop_grace_period"]) > needed, name
        assert service.get("stop_signal", "SIGTERM") == "SIGTERM", name


def test_every_service_has_a_healthcheck_and_starts_after_what_it_needs() -> None:
    every = services()
    for name, service in every.items():
        test = service.get("healthcheck", {}).get("test")
        assert test and test[0] in ("CMD", "CMD-SHELL"), f"{name} has no health check"
    port = image_port()
    for name, service in app_services().items():
        assert f"127.0.0.1:{port}/healthz" in " ".join(service["healthcheck"]["test"]), name
        assert service["depends_on"] == {"db": {"condition": "service_healthy"}}, name
    assert "pg_isready" in " ".join(every["db"]["healthcheck"]["test"])
    nginx = every["nginx"]
    assert nginx["depends_on"] == {name: {"condition": "service_healthy"} for name in app_services()}
    assert "/healthz" in " ".join(nginx["healthcheck"]["test"])


def test_secrets_come_from_the_git_ignored_env_file_only() -> None:
    for name in ("db", *app_services()):
        assert services()[name]["env_file"] == [{"path": "kimi-ui.env", "required": True}], name
    assert (DEPLOY / "kimi-ui.env.example").is_file()
    for ignored in ("deploy/kimi-ui.env", "deploy/kimi.toml"):
        proc = subprocess.run(["git", "check-ignore", "-q", ignored], cwd=REPO, check=False)
        assert proc.returncode == 0, f"{ignored} is not git-ignored"
    for name, service in services().items():
        for key, value in (service.get("environment") or {}).items():
            assert not re.search(r"PASSWORD|SECRET|API_KEY|TOKEN", key), f"{name} sets {key} in compose.yaml"
            assert not re.search(r"//[^/@:]+:[^/@]*@", str(value)), f"{name}'s {key} holds a password"


def test_the_replicas_share_one_data_volume_and_the_database_keeps_its_own() -> None:
    declared = set(compose()["volumes"])
    mounts = {name: {target: source for source, target, _ in binds(s)} for name, s in app_services().items()}
    data = {m[s["environment"]["KIMI_UI_DATA_DIR"]] for m, s in zip(mounts.values(), app_services().values())}
    assert len(data) == 1 and data <= declared, data
    assert {t: s for s, t, _ in binds(services()["db"])}["/var/lib/postgresql/data"] in declared


def test_the_backends_file_is_mounted_read_only_where_the_app_reads_it() -> None:
    for name, service in app_services().items():
        config = service["environment"]["KIMI_UI_CONFIG"]
        mounted = [(source, ro) for source, target, ro in binds(service) if target == config]
        assert mounted == [("./kimi.toml", True)], (name, mounted)
    assert (DEPLOY / "kimi.toml.example").is_file()


def test_a_replica_starts_with_these_settings(tmp_path, monkeypatch) -> None:
    """What a replica's process gets, env file and compose environment, read by the app's own settings."""
    for key in list(os.environ):
        if key.startswith("KIMI_UI_") or key in ("MOONSHOT_API_KEY", "PGPASSWORD"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "kimi.toml"
    shutil.copy(DEPLOY / "kimi.toml.example", config)
    env_file = {}
    for line in (DEPLOY / "kimi-ui.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            env_file[key] = value
    assert env_file["POSTGRES_PASSWORD"] == env_file["PGPASSWORD"], "the example's two passwords differ"
    environment = {**env_file, **app_services()["app1"]["environment"], "KIMI_UI_CONFIG": str(config)}
    for key, value in environment.items():
        monkeypatch.setenv(key, str(value))

    settings = load_settings(env_file=None)

    assert setting_warnings(env_file=None) == []
    assert settings.database_url.startswith("postgresql+psycopg://kimi@db:5432/")
    assert settings.trusted_proxies == [str(address(services()["nginx"]))]
    assert settings.admin_user and settings.admin_password
    assert [b.kind for b in settings.backends] == ["vllm"]
    assert settings.drain_seconds == 30


def test_fixed_addresses_in_a_fixed_subnet() -> None:
    subnet = ipaddress.ip_network(compose()["networks"]["kimi-ui"]["ipam"]["config"][0]["subnet"])
    addresses = [address(s) for s in services().values()]
    assert all(a in subnet for a in addresses) and len(set(addresses)) == len(addresses), addresses
    assert subnet.network_address + 1 not in addresses, "the first address is the host's bridge"


def test_nginx_mounts_exactly_the_files_of_deploy_nginx_outside_the_conf_d_glob() -> None:
    mounts = binds(services()["nginx"])
    assert all(ro for _, _, ro in mounts), mounts
    sources = {(COMPOSE.parent / source).resolve() for source, _, _ in mounts}
    assert sources == {p.resolve() for p in NGINX_DIR.rglob("*.conf")}
    targets = {Path(source).name: target for source, target, _ in mounts}
    # The image's default.conf is covered: its welcome page would otherwise answer for Host: localhost.
    assert targets.pop("kimi-ui.conf") == NGINX_PREFIX + "conf.d/default.conf"
    included = set(re.findall(r"^\s*include\s+(\S+);", (NGINX_DIR / "kimi-ui.conf").read_text(), re.M))
    assert {name: NGINX_PREFIX + name for name in included} == targets


def test_the_compose_replicas_file_lists_exactly_the_app_services() -> None:
    lines = replica_lines(NGINX_DIR / "compose" / "kimi-ui-replicas.conf")
    assert sorted(lines) == sorted(f"{name}:{image_port()}" for name in app_services())


def test_nginx_accepts_the_config_as_the_image_lays_it_out(tmp_path) -> None:
    """The mounts of compose.yaml re-rooted under a folder standing for /etc/nginx, and an nginx.conf like the
    image's (conf.d/*.conf inside http {}); the replicas file says 127.0.0.1 where compose's says app1."""
    prefix = tmp_path / "etc-nginx"
    for source, target, _ in binds(services()["nginx"]):
        placed = prefix / target.removeprefix(NGINX_PREFIX)
        placed.parent.mkdir(parents=True, exist_ok=True)
        text = (COMPOSE.parent / source).read_text()
        if placed.name == "kimi-ui-replicas.conf":
            text = "".join(f"server 127.0.0.1:{7860 + i} max_fails=1 fail_timeout=10s;\n"
                           for i, _ in enumerate(replica_lines(COMPOSE.parent / source)))
        placed.write_text(text)
    assert [p.name for p in (prefix / "conf.d").glob("*.conf")] == ["default.conf"]
    user = pwd.getpwuid(os.geteuid()).pw_name
    group = grp.getgrgid(os.getegid()).gr_name
    temp = " ".join(f"{kind}_temp_path {tmp_path}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                         "scgi"))
    (prefix / "nginx.conf").write_text(f"""user {user} {group};
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  {temp}
  include conf.d/*.conf;
}}
""")
    proc = subprocess.run([NGINX, "-t", "-p", str(prefix), "-e", str(tmp_path / "error.log"),
                           "-c", str(prefix / "nginx.conf")], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "test is successful" in proc.stderr


def test_the_readmes_quick_start_copies_the_examples_to_the_ignored_names() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Running for a team"):]
    [block] = [b for b in re.findall(r"```bash\n(.*?)```", section, flags=re.DOTALL) if "docker compose" in b][:1]
    copies = re.findall(r"^cp (\S+) (\S+)", block, flags=re.M)
    assert sorted(Path(target).name for _, target in copies) == ["kimi-ui.env", "kimi.toml"]
    for source, target in copies:
        assert (REPO / source).is_file(), source
        assert subprocess.run(["git", "check-ignore", "-q", target], cwd=REPO, check=False).returncode == 0
    assert "docker compose -f deploy/compose.yaml up -d --build" in block

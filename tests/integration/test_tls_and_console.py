"""`python app.py` as an operator runs it: HTTPS straight from the app (--ssl-certfile/--ssl-keyfile) with
Secure session cookies, clear lines for bad certificate files, and a demo console without the simulated
backend's access log and the health checks (unless --log-level debug)."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from tests.support.cli import app, serving
from tests.support.processes import free_port

PASSWORD = "a long password 1"


def make_certificate(folder: Path, name: str = "server") -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1, with its key (openssl, as an operator would)."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    return cert, key


def test_the_app_serves_https_and_its_session_cookie_is_secure(tmp_path):
    cert, key = make_certificate(tmp_path)
    data = tmp_path / "data"
    added = app("users", "add", "alice", "--data-dir", str(data), cwd=tmp_path, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    trust = ssl.create_default_context(cafile=str(cert))

    with serving(tmp_path, "--port", str(port), "--data-dir", str(data), "--ssl-certfile", str(cert),
                 "--ssl-keyfile", str(key), url=url, verify=trust) as console:
        login = httpx.post(f"{url}/auth/login", data={"username": "alice", "password": PASSWORD}, verify=trust,
                           headers={"Origin": url}, follow_redirects=False, timeout=15)
        assert login.status_code == 303, login.text[:300]
        cookie = login.headers["set-cookie"]
        assert cookie.startswith("kimi_session=") and "; Secure" in cookie
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)  # plain HTTP is not answered
    assert f"kimi-ui: open https://localhost:{port}/" in console.read_text()


@pytest.mark.parametrize("problem", ["missing certificate", "missing key", "key of another certificate",
                                     "key without certificate"])
def test_a_bad_certificate_or_key_is_one_line_before_anything_is_announced(tmp_path, problem):
    cert, key = make_certificate(tmp_path)
    _other_cert, other_key = make_certificate(tmp_path, "other")
    options = {
        "missing certificate": ["--ssl-certfile", str(tmp_path / "none.crt"), "--ssl-keyfile", str(key)],
        "missing key": ["--ssl-certfile", str(cert), "--ssl-keyfile", str(tmp_path / "none.key")],
        "key of another certificate": ["--ssl-certfile", str(cert), "--ssl-keyfile", str(other_key)],
        "key without certificate": ["--ssl-keyfile", str(key)],
    }[problem]
    expected = {
        "missing certificate": f"kimi-ui: cannot read --ssl-certfile {tmp_path / 'none.crt'}: No such file",
        "missing key": f"kimi-ui: cannot read --ssl-keyfile {tmp_path / 'none.key'}: No such file",
        "key of another certificate": f"kimi-ui: the certificate {cert} and key {other_key} do not load",
        "key without certificate": "kimi-ui: --ssl-keyfile needs --ssl-certfile",
    }[problem]

    done = app("--port", str(free_port()), "--data-dir", str(tmp_path / "data"), *options, cwd=tmp_path)

    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(expected)
    assert "open http" not in done.stdout


CHATTER = ("/v1/chat/completions", "/v1/models", "HTTP Request:", "/healthz")


@pytest.mark.parametrize("level", ["info", "debug"])
def test_the_demo_console_shows_the_simulated_backend_and_health_checks_only_at_debug(tmp_path, level):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with serving(tmp_path, "--demo", "--port", str(port), "--data-dir", str(tmp_path / "data"),
                 "--log-level", level, url=url) as console:
        client = Client(f"{url}/", verbose=False)
        try:
            answer = client.predict("hello", None, "", "instant", "", api_name="/chat")
        finally:
            client.close()
        assert answer["status"] == "done"  # the simulated backend was asked: probes and a turn
        assert httpx.get(f"{url}/healthz", timeout=5).status_code == 200
    output = console.read_text(errors="replace")

    shown = [marker for marker in CHATTER if marker in output]
    assert shown == ([] if level == "info" else list(CHATTER)), [l for l in output.splitlines() if any(m in l for m in CHATTER)][:10]
    assert f"kimi-ui: open http://localhost:{port}/" in output

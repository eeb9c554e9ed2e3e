"""Attack class: file references. No handler may receive a file that the caller did not upload through
/gradio_api/upload in this session: server paths, relative paths, copies inside Gradio's upload folder,
another user's upload or stored attachment, URLs, on every route that carries data (the REST /call route,
the queue, /run) and on every handler that takes files (send, the upload estimate, import, /chat)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.support.accounts import add_accounts, cheap_hashing, session_cookie
from tests.support.gradio_calls import PASSWORDS, chat_rest, client, config_of, file_ref, queue_call, upload
from tests.support.serving import make_settings, serve, sim_backends

SECRET = "kimi-ui-canary-7d1f0c"


@pytest.fixture(scope="module")
def world(sim, tmp_path_factory):
    root = tmp_path_factory.mktemp("filerefs")
    secret_file = root / "secret.toml"
    secret_file.write_text(f'api_key = "{SECRET}"\n')
    settings = make_settings(root / "data", backends=[])
    with cheap_hashing():
        add_accounts(settings, PASSWORDS)
        with serve(settings, sim_backends(sim.url)) as served:
            tokens = {name: session_cookie(served.url, name, pw) for name, pw in PASSWORDS.items()}
            yield {"app": served, "secret": secret_file, "tokens": tokens, "root": root}


def leaked(world: dict, text: str) -> bool:
    """The canary anywhere: the response, the simulator's view of the request, or the database."""
    requests = httpx.get(f"{world['sim_url']}/_sim/requests", timeout=5).text if "sim_url" in world else ""
    data_dir = world["root"] / "data"
    stored = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    return SECRET in text or SECRET in requests or SECRET.encode() in stored


def path_forms(world: dict) -> list[str]:
    secret = world["secret"]
    relative = "../" * 12 + str(secret).lstrip("/")
    return [str(secret), relative, "/etc/passwd", "/proc/self/status", f"file://{secret}",
            "http://127.0.0.1:1/x.txt", str(Path(world["app"].ctx.settings.data_dir).resolve() / "kimi_ui.db")]


@pytest.fixture(autouse=True)
def _sim_url(world, sim):
    world["sim_url"] = sim.url


def test_chat_rest_refuses_every_server_path_form(world):
    for path in path_forms(world):
        status, text = chat_rest(world, "alice", [file_ref(path)])
        assert status in (400, 403), f"{path}: {status} {text[:300]}"
        assert not leaked(world, text), path


def test_a_copy_inside_the_upload_folder_is_not_an_upload_of_the_caller(world):
    """Bob's upload is a path inside Gradio's upload folder: Alice naming it gets nothing."""
    bobs = upload(world, "bob", "bob.txt", f"bob's notes {SECRET}".encode())
    status, text = chat_rest(world, "alice", [file_ref(bobs, "bob.txt")])
    assert status in (400, 403), text[:300]
    assert SECRET not in text
    with client(world, "alice") as http:
        assert http.get(f"gradio_api/file={bobs}").status_code in (403, 404)
    with client(world, "bob") as http:
        assert http.get(f"gradio_api/file={bobs}").status_code == 200  # his own stays his


def test_own_upload_works_and_is_taken_once(world):
    mine = upload(world, "alice", "plan.txt", b"the plan: ship it")
    status, text = chat_rest(world, "alice", [file_ref(mine, "plan.txt")])
    assert status == 200 and '"status": "done"' in text, text[-500:]
    assert "plan.txt" in text
    status, text = chat_rest(world, "alice", [file_ref(mine, "plan.txt")])  # already consumed by that turn
    assert status in (400, 403) or "must be uploaded" in text, text[-300:]


def test_queue_and_send_handler_refuse_server_paths(world):
    config = config_of(world, "alice")
    send = next(d for d in config["dependencies"] if d.get("api_name") in ("send",))
    for path in path_forms(world)[:3]:
        message = {"text": "summarise", "files": [file_ref(path, "a.toml")]}
        data = [message] + [None] * (len(send["inputs"]) - 1)
        status, text = queue_call(world, "alice", "send", data)
        assert status in (400, 403), f"{path}: {status} {text[:300]}"
        assert not leaked(world, text)


def test_estimate_and_run_route_refuse_server_paths(world):
    config = config_of(world, "alice")
    estimate = next(d for d in config["dependencies"] if d.get("api_name") == "estimate_uploads")
    body = {"data": [{"text": "", "files": [file_ref(str(world["secret"]), "a.toml")]}, None, None],
            "fn_index": estimate["id"], "session_hash": "filerefrun", "event_data": None, "trigger_id": None}
    with client(world, "alice") as http:
        response = http.post("gradio_api/run/predict", json=body)
    assert response.status_code in (400, 403), response.text[:300]


def test_import_refuses_server_paths(world):
    export = world["root"] / "export.json"
    export.write_text(json.dumps({"format": "kimi-ui", "conversations": []}))
    for path in (str(export), str(world["secret"])):
        status, text = queue_call(world, "alice", "import_file", [file_ref(path, "export.json"), None])
        assert status in (400, 403), f"{path}: {status} {text[:300]}"
    assert export.exists()  # nothing was read or deleted


def test_urls_are_never_fetched(world):
    with client(world, "alice") as http:
        for target in ("http://127.0.0.1:1/x", "https://example.com/a.png", "//example.com/a.png"):
            assert http.get(f"gradio_api/file={target}").status_code == 403
        assert http.get("gradio_api/proxy=https://example.com/x").status_code == 404
    status, text = chat_rest(world, "alice", [{"path": None, "url": "http://127.0.0.1:1/x.txt",
                                                "orig_name": "x.txt", "meta": {"_type": "gradio.FileData"}}])
    assert status in (400, 403), text[:300]

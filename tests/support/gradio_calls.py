"""Two accounts (alice, bob) on a served app, and small HTTP helpers for attack tests that call Gradio's
routes the way an outsider's script would."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.accounts import cookie_header

PASSWORDS = {"alice": "alice-password-1", "bob": "bob-password-22"}


def client(world: dict, name: str) -> httpx.Client:
    return httpx.Client(base_url=world["app"].url, headers=cookie_header(world["tokens"][name]), timeout=30)


def upload(world: dict, name: str, file_name: str, data: bytes) -> str:
    with client(world, name) as http:
        response = http.post("gradio_api/upload", files={"files": (file_name, data, "text/plain")})
    assert response.status_code == 200, response.text
    return response.json()[0]


def file_ref(path: str, name: str = "notes.txt") -> dict[str, Any]:
    return {"path": path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def chat_rest(world: dict, name: str, files: list[Any]) -> tuple[int, str]:
    """/gradio_api/call/chat, then its result stream; returns (status of the POST, everything read)."""
    with client(world, name) as http:
        posted = http.post("gradio_api/call/chat", json={"data": ["summarise", files, "", "instant", "", []]})
        if posted.status_code != 200:
            return posted.status_code, posted.text
        event_id = posted.json()["event_id"]
        streamed = http.get(f"gradio_api/call/chat/{event_id}")
        return streamed.status_code, streamed.text


def config_of(world: dict, name: str) -> dict[str, Any]:
    with client(world, name) as http:
        return http.get("config").json()


def fn_index(config: dict[str, Any], handler: str) -> int:
    for dep in config["dependencies"]:
        if dep.get("api_name") == handler:
            return dep["id"]
    raise AssertionError(f"no handler {handler}")


def queue_call(world: dict, name: str, handler: str, data: list[Any]) -> tuple[int, str]:
    config = config_of(world, name)
    with client(world, name) as http:
        body = {"data": data, "fn_index": fn_index(config, handler), "session_hash": f"fileref{name}{handler}",
                "event_data": None, "trigger_id": None}
        joined = http.post("gradio_api/queue/join", json=body)
        if joined.status_code != 200:
            return joined.status_code, joined.text
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": body["session_hash"]}) as stream:
            text = ""
            for line in stream.iter_lines():
                text += line + "\n"
                if '"process_completed"' in line:
                    break
        return 200, text



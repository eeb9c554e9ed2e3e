"""An outsider's script against issue 15's handlers: bob calls the list's actions (folders, moves, bulk
actions, temporary chats), the settings handlers and the selection's export with alice's folder and chat
ids, through Gradio's queue the way a probe would. Nothing of hers changes, moves, leaks or goes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from kimi_ui.folders import Folders
from kimi_ui.preferences import PreferenceStore
from kimi_ui.storage import store
from kimi_ui.storage.models import Conversation
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, session_cookie
from tests.support.serving import make_settings, serve, sim_backends
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui


class Probe:
    """One user's script: Gradio's queue route, in a page session of its own."""

    def __init__(self, base: str, token: str, session: str) -> None:
        self.base, self.session = base, session
        self.http = httpx.Client(base_url=f"{base}gradio_api/", headers=cookie_header(token), timeout=60)
        self.ids = {d.get("api_name"): d["id"] for d in self.http.get(f"{base}config").json()["dependencies"]}

    def call(self, handler: str, data: list[Any], event_data: Any = None) -> dict[str, Any]:
        joined = self.http.post("queue/join", json={"data": data, "fn_index": self.ids[handler],
                                                    "session_hash": self.session, "event_data": event_data,
                                                    "trigger_id": None})
        assert joined.status_code == 200, joined.text
        logs = []  # gr.Info/gr.Warning come as "log" messages before the result
        with self.http.stream("GET", "queue/data", params={"session_hash": self.session}) as stream:
            for line in stream.iter_lines():
                message = json.loads(line.removeprefix("data:")) if line.startswith("data:") else {}
                if message.get("msg") == "log":
                    logs.append(message.get("log"))
                if message.get("msg") == "process_completed":
                    return {**message, "logs": logs}
        raise AssertionError(f"{handler} did not complete")

    def act(self, action: str) -> dict[str, Any]:
        return self.call("action", [None], {"action": action})


@pytest.fixture(scope="module")
def two(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("organise-attack"), host="0.0.0.0",
                             default_backend="Simulated vLLM")
    add_accounts(settings, TWO_USERS)
    with cheap_hashing(), serve(settings, sim_backends(sim.url)) as served:
        yield served


def owned(app, name: str, *titles: str) -> tuple[str, list[str]]:
    with app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=name).id
        ids = [store.create_conversation(session, owner_id=owner_id, system_prompt="", backend="Simulated vLLM",
                                         mode="instant", title=title).id for title in titles]
    return owner_id, ids


def test_bob_cannot_touch_alices_folders_chats_or_settings(two):
    alice_id, (a1, a2) = owned(two, "alice", "alice secret one", "alice secret two")
    bob_id, (b1,) = owned(two, "bob", "bob's own")
    folders = Folders(two.ctx.db)
    hers, his = folders.create(alice_id, "Alice private"), folders.create(bob_id, "Bob's")
    folders.move(alice_id, [a2], hers.id)
    PreferenceStore(two.ctx.db).save(alice_id, theme="dark", custom_instructions="alice's instructions")

    def snapshot() -> Any:
        with two.ctx.db.session() as session:
            chats = [(c.id, c.title, c.folder_id, c.archived) for c in
                     (session.get(Conversation, cid) for cid in (a1, a2))]
        return chats, [(f.id, f.name, f.collapsed) for f in folders.list(alice_id)], \
            PreferenceStore(two.ctx.db).get(alice_id)

    before = snapshot()
    bob = Probe(two.url, session_cookie(two.url, "bob", TWO_USERS["bob"]), "bob-probe")
    bob.call("load", [])
    answers = [bob.act(action) for action in (
        f"move:{a1}:{his.id}", f"move:{b1}:{hers.id}", f"move:{a2}:", f"folder-rename:{hers.id}:mine now",
        f"folder-toggle:{hers.id}", f"folder-delete:{hers.id}", f"bulk:delete::{a1},{a2}",
        f"bulk:archive::{a1},{a2}", f"bulk:move:{his.id}:{a1},{a2}", f"bulk:move:{hers.id}:{b1}",
        f"open:{a1}", "temporary", f"open:{b1}")]
    assert all(a.get("success") for a in answers), [a for a in answers if not a.get("success")]
    assert snapshot() == before
    text = json.dumps(answers)
    assert "alice secret" not in text and "Alice private" not in text and a1 not in text
    with two.ctx.db.session() as session:
        assert session.get(Conversation, b1).folder_id is None  # not into her folder either

    shown = bob.call("personalised", [])  # the settings' load (layout.build_blocks)
    assert "alice's instructions" not in json.dumps(shown)
    for handler, value in (("save_theme", "purple"), ("save_language", "xx"), ("save_default_mode", "hive"),
                           ("save_default_backend", "Other backend")):
        assert not bob.call(handler, [value]).get("success")  # Gradio's own check of the choices
    too_long = bob.call("save_custom_instructions", ["x" * 5000])
    assert too_long.get("success") and "at most 4,000 characters" in json.dumps(too_long["logs"])  # ours
    assert snapshot() == before and PreferenceStore(two.ctx.db).get(bob_id).theme == "system"
    bob.call("save_theme", ["light"])
    bob.call("save_custom_instructions", ["bob's words"])
    assert snapshot() == before  # only ever bob's own row
    assert PreferenceStore(two.ctx.db).get(bob_id).custom_instructions == "bob's words"

    exported = httpx.get(f"{two.url}export/all.json", params={"ids": f"{a1},{a2},{b1}"},
                         headers=cookie_header(bob.http.headers["cookie"].split("=", 1)[1])).json()
    assert [c["conversation"]["title"] for c in exported["conversations"]] == ["bob's own"]


def test_names_in_toasts_are_text_and_every_estimate_reads_the_page(two):
    """Gradio shows a toast's message as HTML: a folder's name (or an imported backend's) in one stays text.
    And each event that draws the chips is given the page's state (its language); one wired without it got
    Gradio's request in the state's place and refused the user's own files."""
    bob = Probe(two.url, session_cookie(two.url, "bob", TWO_USERS["bob"]), "bob-toasts")
    bob.call("load", [])
    made = bob.act('folder-new:<img src="http://evil.example/p.png">')
    said = json.dumps(made["logs"])
    assert "&lt;img src=" in said and "<img" not in said
    config = bob.http.get(f"{two.url}config").json()
    components = {c["id"]: c for c in config["components"]}
    estimates = [d for d in config["dependencies"] if str(d.get("api_name") or "").startswith("estimate_uploads")]
    assert len(estimates) >= 3
    for dependency in estimates:
        assert [components[i]["type"] for i in dependency["inputs"]] == ["multimodaltextbox", "dropdown", "state"]

"""Attachments across replicas (docs/shared-state.md): two app processes on one PostgreSQL database and one
data folder. A picture sent through A is served by B to its owner, refused by B to another user, and a
process whose data folder lacks the file says so: a clear 404, and a turn in that conversation refused."""

from __future__ import annotations

from contextlib import closing

import httpx
import pytest
from gradio_client import Client, handle_file
from PIL import Image

from kimi_ui.server import NOT_ON_THIS_SERVER
from kimi_ui.storage.files import blob_path
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, session_cookie
from tests.support.processes import AppProcess, query, running, write_config
from tests.support.serving import make_settings, sim_backends

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
PASSWORDS = {"alice": "alice-password-1", "bob": "bob-password-22"}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_picture_sent_through_one_process_is_served_by_the_other_to_its_owner_only(
        sim, tmp_path, database_url):
    config = write_config(tmp_path / "kimi.toml", [b for b in sim_backends(sim.url) if b.name == VLLM],
                          probe_interval=0.5, auto_title=False)
    data = tmp_path / "data"  # the shared volume
    with cheap_hashing():
        add_accounts(make_settings(data, database_url=database_url), PASSWORDS)
    a, b = (AppProcess(tmp_path, data_dir=data, config=config, database_url=database_url, default_backend=VLLM,
                       name=name) for name in ("a", "b"))
    picture = tmp_path / "red.png"
    Image.new("RGBA", (40, 30), (220, 20, 60, 128)).save(picture)  # transparency: stored as PNG

    with running(a, b):
        alice, bob = (session_cookie(a.url, name, password) for name, password in PASSWORDS.items())
        with closing(Client(a.url, headers=cookie_header(alice), verbose=False)) as client:
            result = client.predict("what colour is this?", [handle_file(str(picture))], "", "instant", "",
                                    api_name="/chat")
        assert result["status"] == "done", result
        ((attachment_id, sha256, mime),) = query(
            database_url, "SELECT a.id, a.sha256, a.mime FROM attachments a JOIN messages m ON m.id = a.message_id "
            "WHERE m.conversation_id = ?", (result["conversation_id"],))
        stored = blob_path(data / "attachments", sha256, mime)
        assert mime == "image/png" and stored.is_file()  # A wrote it into the shared folder

        with httpx.Client(base_url=b.url, headers=cookie_header(alice), timeout=30) as on_b:
            served = on_b.get(f"attachments/{attachment_id}")
            assert served.status_code == 200, served.text
            assert served.headers["content-type"] == "image/png" and served.content == stored.read_bytes()

            with httpx.Client(base_url=b.url, headers=cookie_header(bob), timeout=30) as bob_on_b:
                refused = bob_on_b.get(f"attachments/{attachment_id}")
            assert refused.status_code == 404 and refused.json() == {"detail": "Not found"}

            # a replica whose data folder lacks the file (not shared): a clear 404, not a 500
            stored.rename(stored.with_name("elsewhere"))
            missing = on_b.get(f"attachments/{attachment_id}")
            assert missing.status_code == 404 and missing.json() == {"detail": NOT_ON_THIS_SERVER}
            with httpx.Client(base_url=b.url, headers=cookie_header(bob), timeout=30) as bob_on_b:
                still = bob_on_b.get(f"attachments/{attachment_id}")
            assert still.json() == {"detail": "Not found"}  # a foreign id still answers like a missing one
        assert "is not in" in b.log() and attachment_id in b.log()

        # nor can the conversation go on there: the earlier picture could not be sent again; refused with
        # the reason before anything is saved (it used to end "cancelled" with a FileNotFoundError logged)
        cid = result["conversation_id"]
        before = query(database_url, "SELECT count(*) FROM messages WHERE conversation_id = ?", (cid,))
        with closing(Client(b.url, headers=cookie_header(alice), verbose=False)) as client:
            refused_turn = client.predict("and now?", None, "", "instant", cid, api_name="/chat")
            assert refused_turn["status"] == "error", refused_turn
            assert refused_turn["error"]["code"] == "attachment_not_here", refused_turn
            assert "red.png" in refused_turn["error"]["message"] and "not on this server" in refused_turn["error"]["message"]
            assert query(database_url, "SELECT count(*) FROM messages WHERE conversation_id = ?", (cid,)) == before
            stored.with_name("elsewhere").rename(stored)  # shared again: B goes on with it
            assert client.predict("and now?", None, "", "instant", cid, api_name="/chat")["status"] == "done"

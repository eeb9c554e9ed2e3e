"""The import handler takes only a file of Gradio's upload folder: any handler can be called with any
argument, and a server path must be neither read nor deleted."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from kimi_ui.storage import store
from kimi_ui.ui.handlers import Handlers, SessionState
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui


def test_import_refuses_a_server_path_and_leaves_it_alone(sim, tmp_path):
    victim = tmp_path / "precious.json"
    victim.write_text('{"format": "kimi-ui.conversation"}', encoding="utf-8")
    settings = make_settings(tmp_path / "data", default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        handlers = Handlers(served.ctx)
        caller = SimpleNamespace(username=None, client=None)  # what gr.Request offers the handler
        for given in (str(victim), "", None, SimpleNamespace(name=str(victim))):
            state, listing = handlers.import_file(given, SessionState(), caller)
            assert isinstance(state, SessionState) and "No chats yet." in listing
    assert victim.read_text(encoding="utf-8") == '{"format": "kimi-ui.conversation"}'


# -- limits, through the routes the page uses ----------------------------------------------------------------------
# No storage quota here: the upload route counts the import file itself against it (kimi_ui/quotas.py), so an
# import's own quota check is covered in tests/integration/test_import_limits.py.
LIMITED = {"max_import_mb": 1, "max_import_items": 1_000, "imports_per_hour": 3}
PASSWORDS = {"often": "often-password-1", "sizes": "sizes-password-1", "other": "other-password-1"}


@pytest.fixture(scope="module")
def limited(sim, tmp_path_factory):
    from tests.support.accounts import add_accounts, cheap_hashing, session_cookie

    settings = make_settings(tmp_path_factory.mktemp("imports") / "data", **LIMITED)
    with cheap_hashing():
        add_accounts(settings, PASSWORDS)
        with serve(settings, sim_backends(sim.url)) as served:
            yield served, {name: session_cookie(served.url, name, pw) for name, pw in PASSWORDS.items()}


def imported(limited, user: str, name: str, content: bytes) -> str:
    """Upload the file as `user`, then run the import button's event through the queue, as the page does;
    returns everything the event stream said (a refusal is a warning in it)."""
    import httpx

    from tests.support.accounts import cookie_header

    served, tokens = limited
    with httpx.Client(base_url=f"{served.url}gradio_api/", headers=cookie_header(tokens[user]), timeout=60) as http:
        posted = http.post("upload", files=[("files", (name, content, "application/json"))])
        assert posted.status_code == 200, posted.text[:300]
        (path,) = posted.json()
        config = http.get(f"{served.url}config").json()
        (fn,) = [d["id"] for d in config["dependencies"] if d.get("api_name") == "import_file"]
        upload = {"path": path, "orig_name": name, "size": len(content), "meta": {"_type": "gradio.FileData"}}
        session = f"imports-{user}-{len(content)}-{name}"
        joined = http.post("queue/join", json={"data": [upload, None], "fn_index": fn, "session_hash": session})
        assert joined.status_code == 200, joined.text[:300]
        said = ""
        with http.stream("GET", "queue/data", params={"session_hash": session}) as stream:
            for line in stream.iter_lines():
                said += line + "\n"
                if '"process_completed"' in line:
                    break
    return said


def titles(limited, user: str) -> list[str]:
    served, _ = limited
    with served.ctx.db.session(read_only=True) as session:
        owner = store.find_user_id(session, name=user)
        return [c.title for c in store.list_conversations(session, owner_id=owner, limit=100, archived=None)]


def conversation_file(title: str) -> bytes:
    return json.dumps({"format": "kimi-ui.conversation", "version": 1, "conversation": {"title": title},
                       "messages": [{"id": "m", "role": "user", "content": "hi"}]}).encode()


def test_size_and_item_limits_are_refused_with_a_clear_message(limited):
    big = b" " * (2 * 1024 * 1024)  # not JSON: only the size check can name the limit
    assert "big.json is 2 MB; imports take at most 1 MB (KIMI_UI_MAX_IMPORT_MB)" in imported(
        limited, "sizes", "big.json", big)
    many = b'{"x": [' + b",".join([b"[]"] * 5_000) + b"]}"
    assert ("many.json holds more than 1,000 JSON objects and lists, the most an import takes "
            "(KIMI_UI_MAX_IMPORT_ITEMS)") in imported(limited, "sizes", "many.json", many)
    assert titles(limited, "sizes") == []


def test_imports_an_hour_are_limited_per_user(limited):
    for n in range(3):
        said = imported(limited, "often", f"{n}.json", conversation_file(f"often {n}"))
        assert "Imported 1 conversation" in said, said[-500:]
    said = imported(limited, "often", "3.json", conversation_file("often 3"))
    assert "Nothing was imported: at most 3 imports an hour; try again in 60 min." in said, said[-500:]
    assert sorted(titles(limited, "often")) == ["often 0", "often 1", "often 2"]
    assert "Imported 1 conversation" in imported(limited, "other", "o.json", conversation_file("other's"))


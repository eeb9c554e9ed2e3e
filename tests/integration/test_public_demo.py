"""--public-demo: each browser gets its own throw-away identity; visitors' chats are deleted after the TTL."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from gradio_client import Client

from kimi_ui.server import sweep_demo
from kimi_ui.storage import store
from kimi_ui.storage.models import Conversation
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.integration


def visitor(url: str) -> tuple[str, Client]:
    cookie = httpx.get(url).cookies.get("kimi_demo")
    assert cookie, "the demo gives every browser an identity cookie"
    return cookie, Client(url, verbose=False, headers={"Cookie": f"kimi_demo={cookie}"})


def test_visitors_are_separate_and_forgotten(sim, tmp_path):
    settings = make_settings(tmp_path, host="0.0.0.0", public_demo=True, default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        _, first = visitor(served.url)
        _, second = visitor(served.url)
        mine = first.predict("visitor one's secret", None, "", "instant", "", None, api_name="/chat")
        assert mine["status"] == "done"
        theirs = second.predict("peek", None, "", "instant", mine["conversation_id"], None, api_name="/chat")
        assert theirs["error"]["code"] == "unknown_conversation"  # another visitor's chat is not there
        first.close()
        second.close()
        with served.ctx.db.session() as session:
            conversation = session.get(Conversation, mine["conversation_id"])
            conversation.updated_at = datetime.now(timezone.utc) - timedelta(hours=25)
            session.add(conversation)
            session.commit()
        sweep_demo(served.ctx)
        local = served.ctx.owner_id("local")  # its own session: not inside the one below
        with served.ctx.db.session() as session:
            assert session.get(Conversation, mine["conversation_id"]) is None
            assert store.get_conversation(session, owner_id=local,
                                          conversation_id=mine["conversation_id"]) is None

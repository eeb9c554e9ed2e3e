"""The conversation view's committed build (kimi_ui/ui/chat_view) matches its source, and its events'
payloads are read defensively (any caller can send any event data)."""

from __future__ import annotations

from kimi_ui.ui.chat_view import ACTIONS, BUILT_FROM, ChatAction, ChatView, source_digest


def test_the_committed_build_is_made_from_the_committed_source():
    assert BUILT_FROM.read_text().strip() == source_digest(), (
        "kimi_ui/ui/chat_view/frontend changed since its build: run scripts/build-chat-view and commit templates/")
    assert (BUILT_FROM.parent / "component" / "index.js").stat().st_size > 1000


def test_an_action_payload_is_read_defensively():
    odd = ChatAction(None, {"id": ["x"] * 3, "step": "-1", "text": {"a": 1}})
    assert (odd.message_id, odd.step, odd.text) == ("['x', 'x', 'x']", 1, "")
    back = ChatAction(None, {"id": "m" * 500, "step": -1, "text": "hello"})
    assert (len(back.message_id), back.step, back.text) == (64, -1, "hello")
    assert ChatAction(None, None).message_id == ""


def test_the_view_offers_exactly_its_actions_as_events():
    assert [str(e) for e in ChatView.EVENTS] == list(ACTIONS)
    assert ChatView().postprocess(None) == {"messages": []}

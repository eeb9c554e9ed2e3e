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


def test_an_action_may_name_what_the_page_shows_and_what_its_follower_draws_there():
    """A followed answer is drawn (with its Retry) before the stored chat puts it in the state's view."""
    from kimi_ui.ui.handlers import SessionState
    from kimi_ui.ui.live import shown_id

    state = SessionState(conversation_id="c", view=("q1", "a1"))
    state.tab.shown = 3
    state.tab.live = (3, frozenset({"q2", "a2"}))
    named = {n: shown_id(state, ChatAction(None, {"id": n})) for n in ("a1", "a2", "q2", "x", "")}
    assert named == {"a1": "a1", "a2": "a2", "q2": "q2", "x": None, "": None}
    state.tab.shown = 4  # another opening: the follower of the one before draws nothing here now
    assert shown_id(state, ChatAction(None, {"id": "a2"})) is None
    assert shown_id(state, ChatAction(None, {"id": "a1"})) == "a1"

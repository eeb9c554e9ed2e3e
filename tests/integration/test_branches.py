"""Edit, regenerate, branch: the old versions are kept as siblings and the model always gets the history
of the branch being answered (read back from what the simulated backend received)."""

from __future__ import annotations

import pytest

from kimi_ui.storage import store
from kimi_ui.turns import TurnInput
from tests.support.turns import TurnHarness


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path, sim.url)


def user_texts(request: dict) -> list[str]:
    out = []
    for message in request["body"]["messages"]:
        if message["role"] == "user":
            content = message["content"]
            out.append(content if isinstance(content, str) else " ".join(
                p.get("text", "") for p in content if p.get("type") == "text"))
    return out


def tree_of(harness, conversation_id):
    with harness.db.session() as session:
        return store.message_tree(session, owner_id=harness.owner_id, conversation_id=conversation_id)


def shown(harness, conversation_id):
    with harness.db.session() as session:
        rows = store.branch_messages(session, owner_id=harness.owner_id, conversation_id=conversation_id)
    return [(r.role, r.content) for r in rows]


def test_editing_a_question_keeps_the_old_branch_and_sends_only_the_new_one(harness, sim_requests):
    first, _ = harness.run(TurnInput(text="branch-test one", mode="instant"))
    cid = first.conversation_id
    second, _ = harness.run(TurnInput(text="branch-test two", mode="instant", conversation_id=cid))
    edited, _ = harness.run(TurnInput(text="branch-test two, edited", mode="instant", conversation_id=cid,
                                      edit_of=second.user_message_id))
    assert edited.status == "done" and edited.content
    assert user_texts(sim_requests()[-1]) == ["branch-test one", "branch-test two, edited"]

    tree = tree_of(harness, cid)
    assert tree.position(second.user_message_id) == (1, 2)
    assert tree.position(edited.user_message_id) == (2, 2)
    assert [c for _, c in shown(harness, cid)][::2] == ["branch-test one", "branch-test two, edited"]

    # Switching back shows the old branch again, and a follow-up there continues that branch.
    leaf = tree.switch(edited.user_message_id, -1)
    with harness.db.session() as session:
        store.update_conversation(session, owner_id=harness.owner_id, conversation_id=cid, leaf_id=leaf, touch=False)
    assert [c for _, c in shown(harness, cid)][::2] == ["branch-test one", "branch-test two"]
    harness.run(TurnInput(text="branch-test three", mode="instant", conversation_id=cid))
    assert user_texts(sim_requests()[-1]) == ["branch-test one", "branch-test two", "branch-test three"]


def test_regenerating_an_answer_in_the_other_mode_adds_a_sibling(harness, sim_requests):
    first, _ = harness.run(TurnInput(text="regen-test question", mode="instant"))
    cid = first.conversation_id
    again, _ = harness.run(TurnInput(text="", mode="thinking", conversation_id=cid, regenerate_of=first.message_id))
    assert again.status == "done" and again.reasoning  # thinking this time
    assert again.user_message_id == first.user_message_id
    request = sim_requests()[-1]
    assert user_texts(request) == ["regen-test question"]
    assert not any(m["role"] == "assistant" for m in request["body"]["messages"])  # the old answer is not sent
    tree = tree_of(harness, cid)
    assert tree.siblings(again.message_id) == [first.message_id, again.message_id]
    rows = harness.messages(cid)
    assert [r.role for r in rows] == ["user", "assistant", "assistant"]  # one question, two answers kept


def test_an_edit_keeps_the_attachments_of_the_question(harness, tmp_path):
    from PIL import Image

    photo = tmp_path / "p.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
    first, _ = harness.run(TurnInput(text="what is this?", files=((str(photo), "p.jpg"),), mode="instant"))
    edited, _ = harness.run(TurnInput(text="what colour is this?", mode="instant",
                                      conversation_id=first.conversation_id, edit_of=first.user_message_id))
    old, new = harness.attachments(first.user_message_id), harness.attachments(edited.user_message_id)
    assert len(new) == len(old) == 1 and new[0].sha256 == old[0].sha256 and new[0].id != old[0].id


@pytest.mark.parametrize("field", ["edit_of", "regenerate_of"])
def test_a_foreign_or_wrong_message_is_refused(harness, field):
    first, _ = harness.run(TurnInput(text="mine", mode="instant"))
    other, _ = harness.run(TurnInput(text="another conversation", mode="instant"))
    wrong = other.user_message_id if field == "edit_of" else other.message_id  # right role, other conversation
    for message_id in ("nope", wrong, first.message_id if field == "edit_of" else first.user_message_id):
        snapshot, _ = harness.run(TurnInput(text="x", mode="instant", conversation_id=first.conversation_id,
                                            **{field: message_id}))
        assert snapshot.status == "error" and snapshot.error.code == "unknown_message"
    assert len(harness.messages(first.conversation_id)) == 2  # nothing was added

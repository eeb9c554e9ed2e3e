"""Export and import on SQLite and PostgreSQL: our JSON round-trips a conversation exactly (branches,
reasoning, tool calls, usage, attachments, timings) into the same or a fresh database; the Markdown is the
branch shown; a ChatGPT conversations.json imports its text messages with their tree; bad files get a clear
message and write nothing; the download routes answer only the owner."""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import uuid
from pathlib import Path

import httpx
import pytest
from PIL import Image
from sqlmodel import func, select

from kimi_ui.storage import importing, store
from kimi_ui.storage.db import Database
from kimi_ui.storage.export import (
    ATTACHMENT_KEYS,
    CONVERSATION_KEYS,
    FORMAT_CONVERSATION,
    MESSAGE_KEYS,
    export_all,
    export_conversation,
    iter_export_all_json,
    to_markdown,
)
from kimi_ui.storage.files import blob_path, save_blob
from kimi_ui.storage.importing import ImportProblem, import_data
from kimi_ui.storage.models import Attachment, Conversation, MessageRow
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, session_cookie
from tests.support.serving import make_settings, serve

pytestmark = pytest.mark.integration


# -- databases -------------------------------------------------------------------------------------------------
def _opened(url: str) -> Database:
    db = Database(url)
    db.migrate()
    return db


@pytest.fixture
def db(database_url):
    database = _opened(database_url)
    yield database
    database.dispose()


@pytest.fixture
def fresh_database_url(database_url, tmp_path):
    """A second, empty database of the same kind: "another installation"."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'elsewhere' / 'kimi_ui.db'}"
        return
    import psycopg

    admin = os.environ["KIMI_UI_TEST_POSTGRES_URL"].replace("postgresql+psycopg://", "postgresql://")
    name = f"kimi_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- a conversation with everything in it ------------------------------------------------------------------------
def png_bytes(colour=(200, 30, 90), size=(6, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def _stored(root: Path, data: bytes, mime: str, **fields) -> Attachment:
    sha256, _ = save_blob(root, data, mime)
    return Attachment(owner_id="", sha256=sha256, mime=mime, byte_size=len(data), **fields)


TOOL_CALL = {"id": "functions.calculator:0", "name": "calculator", "arguments": '{"expression": "6*7"}',
             "result": "42", "result_truncated": False, "duration_ms": 3.5, "status": "done",
             "started_at": 1767225600.25}
ROUNDS = [{"reasoning": "Let me use the tool.", "reasoning_seconds": 0.75, "content": "I will compute it.",
           "calls": [TOOL_CALL]},
          {"reasoning": "It is 42.", "reasoning_seconds": 0.5, "content": "It is **42**.", "calls": []}]


def rich_conversation(session, owner_id: str, root: Path) -> dict[str, str]:
    """Two first questions (one edited), a regenerated answer, tool calls, reasoning, usage, an image, a
    document and a video with a frame; the branch shown is not the newest one."""
    chat = store.create_conversation(session, owner_id=owner_id, system_prompt="Answer briefly.",
                                     backend="Simulated vLLM", mode="thinking", title="Trip plans: Paris & Rome",
                                     tools=["calculator"])
    store.update_conversation(session, owner_id=owner_id, conversation_id=chat.id, touch=False, pinned=True,
                              max_tokens=4096, sampling={"temperature": 0.7, "top_p": 0.95}, title_by="user")
    add = {"session": session, "owner_id": owner_id, "conversation_id": chat.id}
    image = _stored(root, png_bytes(), "image/png", kind="image", width=6, height=4, name="photo.png")
    document = _stored(root, b"line one\nline two\n", "text/plain", kind="document", name="notes.txt",
                       label="2 lines")
    q1 = store.add_message(**add, role="user", content="What is 6*7? See the photo.", parent_id=None,
                           attachments=[image, document])
    a1 = store.add_message(**add, role="assistant", content="I will compute it.\n\nIt is **42**.",
                           reasoning="Let me use the tool.\n\nIt is 42.", reasoning_seconds=1.25, rounds=ROUNDS,
                           tool_count=1, finish_reason="stop",
                           usage={"prompt_tokens": 120, "completion_tokens": 30, "tokens_per_s": 41.5, "ttft_ms": 210},
                           backend="Simulated vLLM", model="kimi-k2.5", mode="thinking",
                           notices=[{"code": "retrying", "message": "retried once"},
                                    {"code": "tool_output_cut", "message": "the result was cut for the model"}])
    regenerated = store.add_message(**add, role="assistant", content="Forty-t", parent_id=q1.id,
                                    status="interrupted", reasoning="Again…", reasoning_seconds=0.5,
                                    error={"message": "the connection dropped", "hint": "retry"})
    video = Attachment(owner_id="", kind="video", sha256="", mime="video/mp4", width=480, height=272,
                       name="clip.mp4", byte_size=50_000_000, label="2 frames of 4.0 s", timestamp=4.0)
    frame = _stored(root, png_bytes((10, 200, 10)), "image/png", kind="frame", width=6, height=4,
                    name="clip.mp4 0", label="frame 1/2 at 0:00.0", timestamp=0.0)
    q2 = store.add_message(**add, role="user", content="And what is in this clip?", parent_id=a1.id,
                           attachments=[video, frame])
    a2 = store.add_message(**add, role="assistant", content="A green square.", usage={"completion_tokens": 5})
    edited = store.add_message(**add, role="user", content="What is 6*9?", parent_id=None)
    a3 = store.add_message(**add, role="assistant", content="54", reasoning="six nines")
    store.update_conversation(session, owner_id=owner_id, conversation_id=chat.id, touch=False, leaf_id=a2.id)
    return {"conversation": chat.id, "q1": q1.id, "a1": a1.id, "regenerated": regenerated.id, "q2": q2.id,
            "a2": a2.id, "edited": edited.id, "a3": a3.id}


def without_ids(exported: dict) -> dict:
    """The export with every id replaced by the position of its message: equal iff all else is equal."""
    exported = copy.deepcopy(exported)
    position = {m["id"]: n for n, m in enumerate(exported["messages"])}
    conversation = exported["conversation"]
    del conversation["id"]
    conversation["leaf_id"] = position[conversation["leaf_id"]]
    for message in exported["messages"]:
        del message["id"]
        message["parent_id"] = position.get(message["parent_id"])
        for attachment in message["attachments"]:
            del attachment["id"]
    return exported


def through_a_file(exported: dict) -> dict:
    return json.loads(json.dumps(exported))


def count(session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


# -- round trips ---------------------------------------------------------------------------------------------------
def test_the_export_names_every_column():
    """A new column must be exported (and imported): this fails until it is added to the format."""
    # a folder goes by its name ("folder": a folder id means nothing in another account); a temporary chat is
    # never exported
    assert set(CONVERSATION_KEYS) == set(Conversation.model_fields) - {"owner_id", "folder_id", "temporary"}
    assert set(MESSAGE_KEYS) == set(MessageRow.model_fields) - {"owner_id", "conversation_id"}
    assert set(ATTACHMENT_KEYS) == set(Attachment.model_fields) - {"owner_id", "message_id"}
    assert set(importing.CONVERSATION_CHECKS) == set(CONVERSATION_KEYS) - {"id", "leaf_id"} | {"folder"}
    # an import works out `tool_count` from the rounds; it still reads the `tool_calls` of older exports
    assert set(importing.MESSAGE_CHECKS) == set(MESSAGE_KEYS) - {"id", "parent_id", "tool_count"} | {"tool_calls"}
    assert set(importing.ATTACHMENT_CHECKS) == set(ATTACHMENT_KEYS) - {"id"}


def test_round_trip_restores_a_conversation_exactly(db, fresh_database_url, tmp_path):
    root = tmp_path / "attachments"
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        ids = rich_conversation(session, alice, root)
        original = export_conversation(session, owner_id=alice, conversation_id=ids["conversation"],
                                       attachments_root=root, embed=True)
    assert original["format"] == FORMAT_CONVERSATION and original["version"] == 1
    assert "owner_id" not in json.dumps(original) and alice not in json.dumps(original)
    assert [m["id"] for m in original["messages"]] == [ids[k] for k in
                                                       ("q1", "a1", "regenerated", "q2", "a2", "edited", "a3")]
    assert original["conversation"]["created_at"].endswith("+00:00")
    assert original["messages"][1]["rounds"] == ROUNDS
    (image, document) = original["messages"][0]["attachments"]
    assert base64.b64decode(image["data"]) == png_bytes() and document["name"] == "notes.txt"
    assert "data" not in original["messages"][3]["attachments"][0]  # the video kept no file
    file = through_a_file(original)

    # the same user, the same database: a copy under new ids (and again: importing twice works)
    with db.session() as session:
        first = import_data(session, owner_id=alice, data=file, attachments_root=root)
        second = import_data(session, owner_id=alice, data=file, attachments_root=root)
        assert first.dropped_attachments == 0 and len({*first, *second, ids["conversation"]}) == 3
        copies = [export_conversation(session, owner_id=alice, conversation_id=c, attachments_root=root, embed=True)
                  for c in (*first, *second)]
    for restored in copies:
        assert not {m["id"] for m in restored["messages"]} & {m["id"] for m in original["messages"]}
        assert without_ids(restored) == without_ids(original)

    # another user on another installation: a fresh database and attachments folder
    elsewhere_root = tmp_path / "elsewhere" / "attachments"
    other = _opened(fresh_database_url)
    try:
        with other.session() as session:
            bob = store.ensure_user(session, name="bob").id
            (imported,) = import_data(session, owner_id=bob, data=file, attachments_root=elsewhere_root)
            restored = export_conversation(session, owner_id=bob, conversation_id=imported,
                                           attachments_root=elsewhere_root, embed=True)
            shown = store.branch_messages(session, owner_id=bob, conversation_id=imported)
            listed = store.list_conversations(session, owner_id=bob)
    finally:
        other.dispose()
    assert without_ids(restored) == without_ids(original)
    assert [m.content for m in shown] == ["What is 6*7? See the photo.", "I will compute it.\n\nIt is **42**.",
                                          "And what is in this clip?", "A green square."]
    assert listed[0].pinned and listed[0].title == "Trip plans: Paris & Rome"
    assert blob_path(elsewhere_root, image["sha256"], "image/png").read_bytes() == png_bytes()


def test_references_without_data_are_kept_only_for_ones_own_files(db, tmp_path):
    root = tmp_path / "attachments"
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        rich_conversation(session, alice, root)
        everything = through_a_file(export_all(session, owner_id=alice, attachments_root=root, embed=False))
        assert "data" not in json.dumps(everything)
        mine = import_data(session, owner_id=alice, data=everything, attachments_root=root)
        # bob was handed alice's file: the hashes must not unlock her pictures
        theirs = import_data(session, owner_id=bob, data=everything, attachments_root=root)
        mine_rows = store.attachments_for(session, owner_id=alice, message_ids=[
            m.id for m in store.list_messages(session, owner_id=alice, conversation_id=mine[0])])
        theirs_rows = store.attachments_for(session, owner_id=bob, message_ids=[
            m.id for m in store.list_messages(session, owner_id=bob, conversation_id=theirs[0])])
    assert mine.dropped_attachments == 0 and sum(map(len, mine_rows.values())) == 4
    assert theirs.dropped_attachments == 3  # image, document, frame; the video had no file
    assert [a.kind for rows in theirs_rows.values() for a in rows] == ["video"]


def test_export_all_lists_every_conversation_of_the_owner_only(db, tmp_path):
    root = tmp_path / "attachments"
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        ids = rich_conversation(session, alice, root)
        later = store.create_conversation(session, owner_id=alice, system_prompt="", backend="b", mode="instant",
                                          title="Archived one")
        store.add_message(session, owner_id=alice, conversation_id=later.id, role="user", content="hello")
        store.update_conversation(session, owner_id=alice, conversation_id=later.id, archived=True)
        store.create_conversation(session, owner_id=bob, system_prompt="", backend="b", mode="thinking",
                                  title="Bob's")
        everything = export_all(session, owner_id=alice, attachments_root=root, embed=True)
        streamed = json.loads("".join(iter_export_all_json(session, owner_id=alice, attachments_root=root,
                                                           embed=True)))
        bobs = export_all(session, owner_id=bob, attachments_root=root, embed=True)
        imported = import_data(session, owner_id=bob, data=through_a_file(everything), attachments_root=root)
        copies = [export_conversation(session, owner_id=bob, conversation_id=c, attachments_root=root, embed=True)
                  for c in imported]
    assert everything["format"] == "kimi-ui.export" and everything["version"] == 1
    assert [c["conversation"]["id"] for c in everything["conversations"]] == [ids["conversation"], later.id]
    assert everything["conversations"][1]["conversation"]["archived"] is True
    assert streamed == through_a_file(everything)
    assert [c["conversation"]["title"] for c in bobs["conversations"]] == ["Bob's"]
    assert [without_ids(c) for c in copies] == [without_ids(c) for c in everything["conversations"]]


def test_a_foreign_or_missing_conversation_exports_as_none(db, tmp_path):
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        ids = rich_conversation(session, alice, tmp_path)
        for owner, conversation_id in ((bob, ids["conversation"]), (alice, "0" * 32), (alice, ids["q1"])):
            assert export_conversation(session, owner_id=owner, conversation_id=conversation_id,
                                       attachments_root=tmp_path, embed=True) is None


def test_an_answer_still_streaming_imports_as_interrupted_and_a_stale_leaf_as_the_newest(db, tmp_path):
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        chat = store.create_conversation(session, owner_id=alice, system_prompt="", backend="", mode="thinking")
        store.add_message(session, owner_id=alice, conversation_id=chat.id, role="user", content="hi")
        store.add_message(session, owner_id=alice, conversation_id=chat.id, role="assistant", content="hel",
                          status="streaming")
        store.update_conversation(session, owner_id=alice, conversation_id=chat.id, leaf_id="f" * 32)
        exported = export_conversation(session, owner_id=alice, conversation_id=chat.id, attachments_root=tmp_path,
                                       embed=True)
        assert exported["conversation"]["leaf_id"] is None
        (imported,) = import_data(session, owner_id=alice, data=exported, attachments_root=tmp_path)
        shown = store.branch_messages(session, owner_id=alice, conversation_id=imported)
    assert [(m.content, m.status) for m in shown] == [("hi", "done"), ("hel", "interrupted")]


def test_an_export_from_before_rounds_imports_its_tool_calls_as_rounds(db, tmp_path):
    legacy_call = {**TOOL_CALL, "round": 0, "reasoning": "Let me use the tool."}
    data = a_conversation(**{"messages.1.tool_calls": [legacy_call],
                             "messages.1.reasoning": "Let me use the tool.\n\nIt is 42.",
                             "messages.1.content": "It is **42**."})
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        (imported,) = import_data(session, owner_id=alice, data=data, attachments_root=tmp_path)
        answer = store.branch_messages(session, owner_id=alice, conversation_id=imported)[-1]
    assert answer.tool_count == 1
    assert answer.rounds == [
        {"reasoning": "Let me use the tool.", "reasoning_seconds": None, "content": "", "calls": [TOOL_CALL]},
        {"reasoning": "It is 42.", "reasoning_seconds": None, "content": "It is **42**.", "calls": []}]


# -- Markdown -------------------------------------------------------------------------------------------------------
def test_markdown_is_the_branch_shown_with_reasoning_folded(db, tmp_path):
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        ids = rich_conversation(session, alice, tmp_path)
        exported = export_conversation(session, owner_id=alice, conversation_id=ids["conversation"],
                                       attachments_root=tmp_path, embed=True)
        single = store.create_conversation(session, owner_id=alice, system_prompt="", backend="", mode="thinking")
        store.add_message(session, owner_id=alice, conversation_id=single.id, role="user", content="Hi")
        plain = export_conversation(session, owner_id=alice, conversation_id=single.id, attachments_root=tmp_path,
                                    embed=False)
    text = to_markdown(exported)
    assert text.startswith("# Trip plans: Paris & Rome\n")
    # each round as it happened: its thought, its words, its tool call; then the next round
    first, second = "<details><summary>Thought process (0.8 s)</summary>\n\nLet me use the tool.\n\n</details>", \
        "<details><summary>Thought process (0.5 s)</summary>\n\nIt is 42.\n\n</details>"
    assert text.index(first) < text.index("I will compute it.") < text.index("Tool call: calculator") \
        < text.index(second) < text.index("It is **42**.")
    assert "<details><summary>System prompt</summary>\n\nAnswer briefly." in text
    assert "<details><summary>Tool call: calculator (done, 4 ms)</summary>" in text
    assert '"expression": "6*7"' in text and "Result:\n\n```\n42\n```" in text
    assert "`photo.png` (image, 6×4)" in text and "`notes.txt` (document)" in text and "`clip.mp4` (video" in text
    assert text.index("**You**") < text.index("It is **42**.") < text.index("A green square.")
    assert text.count("**You**") == 2 and text.count("**Kimi**") == 2 and "`kimi-k2.5`" in text
    assert "> ℹ️ the result was cut for the model" in text and "retried once" not in text  # as on screen
    assert "Forty-t" not in text and "6*9" not in text and "six nines" not in text  # other branches
    assert "other branches" in text
    simple = to_markdown(plain)
    assert simple.startswith("# Untitled conversation") and "**You**" in simple and "Hi" in simple
    assert "other branches" not in simple and "<details>" not in simple


# -- ChatGPT ---------------------------------------------------------------------------------------------------------
T0 = 1_735_689_600.5  # 2025-01-01 00:00:00.5 UTC


def gpt_node(node_id, parent, children, role=None, text=None, *, content=None, t=None, hidden=False,
             recipient="all", model=None):
    if role is None:
        return {"id": node_id, "message": None, "parent": parent, "children": children}
    metadata = {"is_visually_hidden_from_conversation": True} if hidden else {}
    if model:
        metadata["model_slug"] = model
    message = {"id": node_id, "author": {"role": role, "name": None, "metadata": {}}, "create_time": t,
               "update_time": None, "content": content or {"content_type": "text", "parts": [text]},
               "status": "finished_successfully", "end_turn": True, "weight": 1.0, "metadata": metadata,
               "recipient": recipient}
    return {"id": node_id, "message": message, "parent": parent, "children": children}


def chatgpt_export() -> list[dict]:
    """The shape of a real conversations.json: a hidden system node, custom instructions, an edited
    question, a code-interpreter detour (code, execution output, an image), a picture question."""
    picture = {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-abc", "width": 512,
               "height": 512, "size_bytes": 30000}
    nodes = [
        gpt_node("root", None, ["sys"]),
        gpt_node("sys", "root", ["ctx"], "system", "", hidden=True),
        gpt_node("ctx", "sys", ["u1"], "user", content={"content_type": "user_editable_context",
                                                        "user_profile": "I like maps", "user_instructions": ""},
                 hidden=True),
        gpt_node("u1", "ctx", ["a1"], "user", "What is the capital of France?", t=T0 + 1),
        gpt_node("a1", "u1", ["u2", "u2b"], "assistant", "Paris.", t=T0 + 2, model="gpt-4o"),
        gpt_node("u2", "a1", ["code"], "user", "Plot its population.", t=T0 + 3),
        gpt_node("code", "u2", ["out"], "assistant", content={"content_type": "code", "language": "python",
                                                             "text": "plot(paris)"}, recipient="python", t=T0 + 4),
        gpt_node("out", "code", ["img"], "tool", content={"content_type": "execution_output", "text": "<plot>"},
                 t=T0 + 5),
        gpt_node("img", "out", ["a2"], "tool", content={"content_type": "multimodal_text", "parts": [picture]},
                 t=T0 + 6),
        gpt_node("a2", "img", [], "assistant", "Here is the plot.", t=T0 + 7, model="gpt-4o"),
        gpt_node("u2b", "a1", ["a2b"], "user", content={"content_type": "multimodal_text",
                                                        "parts": [picture, "What is on this map?"]}, t=T0 + 8),
        gpt_node("a2b", "u2b", [], "assistant", "A map of Paris.", t=T0 + 9, model="gpt-4o"),
    ]
    first = {"title": "Capital of France", "create_time": T0, "update_time": T0 + 9,
             "mapping": {n["id"]: n for n in nodes}, "current_node": "a2b", "moderation_results": [],
             "conversation_id": "6778a2b0-0000", "is_archived": False, "default_model_slug": "gpt-4o"}
    second = {"title": "", "create_time": T0 + 100, "update_time": T0 + 101, "current_node": "out2",
              "mapping": {"r": gpt_node("r", None, ["q"]),
                          "q": gpt_node("q", "r", ["c"], "user", "Run 2+2", t=T0 + 100),
                          "c": gpt_node("c", "q", ["out2"], "assistant", "2+2", recipient="python"),
                          "out2": gpt_node("out2", "c", [], "tool",
                                           content={"content_type": "execution_output", "text": "4"})}}
    return [first, second]


def test_a_chatgpt_export_imports_its_text_messages_with_their_tree(db, tmp_path):
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        first, second = import_data(session, owner_id=alice, data=json.loads(json.dumps(chatgpt_export())),
                                    attachments_root=tmp_path)
        conversation = store.get_conversation(session, owner_id=alice, conversation_id=first)
        rows = store.list_messages(session, owner_id=alice, conversation_id=first)
        shown = store.branch_messages(session, owner_id=alice, conversation_id=first)
        tree = store.message_tree(session, owner_id=alice, conversation_id=first)
        other = store.get_conversation(session, owner_id=alice, conversation_id=second)
        other_shown = store.branch_messages(session, owner_id=alice, conversation_id=second)
    assert (conversation.title, conversation.title_by) == ("Capital of France", "import")
    assert conversation.created_at.timestamp() == T0 and conversation.updated_at.timestamp() == T0 + 9
    by_text = {r.content: r for r in rows}
    assert [r.content for r in rows] == ["What is the capital of France?", "Paris.", "Plot its population.",
                                         "Here is the plot.", "What is on this map?", "A map of Paris."]
    assert by_text["What is the capital of France?"].parent_id is None  # system and instructions skipped
    assert by_text["Here is the plot."].parent_id == by_text["Plot its population."].id  # the detour skipped
    assert tree.position(by_text["What is on this map?"].id) == (2, 2)  # the edited question is a sibling
    assert [r.content for r in shown] == ["What is the capital of France?", "Paris.", "What is on this map?",
                                          "A map of Paris."]
    assert by_text["Paris."].model == "gpt-4o" and by_text["Paris."].created_at.timestamp() == T0 + 2
    assert all(r.status == "done" and r.role in ("user", "assistant") for r in rows)
    # a conversation shown at a tool node shows its nearest message instead; an empty title gets one
    assert other.title == "ChatGPT conversation" and [r.content for r in other_shown] == ["Run 2+2"]


# -- bad input ---------------------------------------------------------------------------------------------------------
def a_conversation(**changes) -> dict:
    data = {"format": FORMAT_CONVERSATION, "version": 1,
            "conversation": {"id": "c", "title": "t", "leaf_id": "m2", "created_at": "2026-01-01T00:00:00+00:00"},
            "messages": [{"id": "m1", "parent_id": None, "seq": 1, "role": "user", "content": "hi", "attachments": []},
                         {"id": "m2", "parent_id": "m1", "seq": 2, "role": "assistant", "content": "hello",
                          "attachments": []}]}
    for path, value in changes.items():
        target = data
        *parents, last = path.split(".")
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value
    return data


PNG = png_bytes()
GOOD_ATTACHMENT = {"kind": "image", "sha256": __import__("hashlib").sha256(PNG).hexdigest(), "mime": "image/png",
                   "width": 6, "height": 4, "name": "p.png", "data": base64.b64encode(PNG).decode()}
BAD_INPUTS = [
    ("a string", "expected a JSON object or list, found str"),
    (42, "expected a JSON object or list, found int"),
    ({}, "neither a kimi-ui export nor a ChatGPT conversations.json"),
    ({"format": "something-else", "version": 1}, "unknown format 'something-else'"),
    (a_conversation(version=2), "format version 2: it was made by a newer kimi-ui (this one reads version 1)"),
    (a_conversation(version="1"), "format version '1': not a version this kimi-ui knows"),
    ({"format": "kimi-ui.export", "version": 1, "conversations": {}}, "'conversations' must be a list"),
    ({"format": "kimi-ui.export", "version": 1, "conversations": [a_conversation(), 7]},
     "conversation 2: expected an object, found int"),
    (a_conversation(messages="m1"), "conversation 1: 'messages' must be a list"),
    (a_conversation(conversation=[]), "'conversation': expected an object, found list"),
    (a_conversation(**{"conversation.title": "x" * 201}), "'title' is too long (201 characters; at most 200)"),
    (a_conversation(**{"conversation.pinned": "yes"}), "'pinned' must be true or false, not 'yes'"),
    (a_conversation(**{"conversation.tools": "calculator"}), "'tools' must be a list or null"),
    (a_conversation(**{"conversation.created_at": "yesterday"}),
     "'created_at' must be an ISO 8601 date and time, not 'yesterday'"),
    (a_conversation(**{"conversation.updated_at": "0001-01-01T00:00:00+05:00"}), "'updated_at' must be an ISO 8601"),
    (a_conversation(**{"conversation.max_tokens": 2**40}), "'max_tokens' is out of range (1099511627776)"),
    (a_conversation(**{"conversation.leaf_id": "nope"}), "'leaf_id' is not one of its messages"),
    (a_conversation(**{"messages.0.role": "system"}),
     "conversation 1, message 1: 'role' must be one of user, assistant, not 'system'"),
    (a_conversation(**{"messages.1.content": 5}), "message 2: 'content' must be text, not int"),
    (a_conversation(**{"messages.1.seq": 1.5}), "'seq' must be a whole number, not 1.5"),
    (a_conversation(**{"messages.1.reasoning_seconds": float("inf")}), "'reasoning_seconds' is out of range"),
    (a_conversation(**{"messages.1.tool_calls": [1, 2]}), "'tool_calls' must be a list of objects"),
    (a_conversation(**{"messages.1.rounds": [{"content": 5}]}), "message 2: 'rounds' must be text, not int"),
    (a_conversation(**{"messages.1.rounds": [{"calls": [{"id": "x", "result": ["no"]}]}]}),
     "message 2: 'rounds' must be text, not list"),
    (a_conversation(**{"messages.1.rounds": [{"calls": {"id": "x"}}]}), "'rounds' has 'calls' that is not a list"),
    (a_conversation(**{"messages.1.id": "m1"}), "message 2: 'id' must be a short text unique in its conversation"),
    (a_conversation(**{"messages.1.parent_id": "m9"}), "its parent 'm9' is not an earlier message"),
    (a_conversation(**{"messages.1.parent_id": ["m1"]}), "its parent \"['m1']\" is not an earlier message"),
    (a_conversation(**{"conversation.leaf_id": {}}), "'leaf_id' is not one of its messages"),
    (a_conversation(**{"messages.0.attachments": {}}), "'attachments' must be a list of at most 1000"),
    (a_conversation(**{"messages.0.attachments": [{**GOOD_ATTACHMENT, "sha256": "../../../etc/passwd"}]}),
     "message 1, attachment 1: 'sha256' must be a sha256 in lowercase hex"),
    (a_conversation(**{"messages.0.attachments": [{**GOOD_ATTACHMENT, "mime": "text/html"}]}),
     "'mime' must be an image, video or text/plain type, not 'text/html'"),
    (a_conversation(**{"messages.0.attachments": [{**GOOD_ATTACHMENT, "data": "not base64!"}]}),
     "'data' is not valid base64"),
    (a_conversation(**{"messages.0.attachments": [{**GOOD_ATTACHMENT, "data": base64.b64encode(b"x").decode()}]}),
     "the embedded data does not match its sha256"),
    (a_conversation(**{"messages.0.attachments": [{"kind": "image"}]}), "'sha256' and 'mime' are required"),
    ([{"title": "no mapping"}], "ChatGPT conversation 1: not a ChatGPT conversation (it has no 'mapping')"),
    ([{"mapping": {"a": 3}}], "ChatGPT conversation 1: every entry of 'mapping' must be an object"),
    ({"format": "kimi-ui.conversation", "version": 1, "conversation": {},
      "messages": [{"id": str(n), "role": "user"} for n in range(100_001)]},
     "too many messages in one import (100,001; at most 100,000)"),
    ([{"mapping": {}}] * 20_001, "too many conversations in one import (20,001; at most 20,000)"),
]


@pytest.mark.parametrize("data, message", BAD_INPUTS, ids=[m[:40] for _, m in BAD_INPUTS])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_written(db, tmp_path, data, message):
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        with pytest.raises(ImportProblem) as raised:
            import_data(session, owner_id=alice, data=data, attachments_root=tmp_path / "attachments")
        assert message in str(raised.value)
        assert isinstance(raised.value, ValueError)
        assert count(session, Conversation) == count(session, MessageRow) == 0


def test_an_import_is_all_or_nothing(db, tmp_path):
    root = tmp_path / "attachments"
    good = a_conversation(**{"messages.0.attachments": [GOOD_ATTACHMENT]})
    data = {"format": "kimi-ui.export", "version": 1,
            "conversations": [good, a_conversation(**{"messages.1.role": "tool"})]}
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        with pytest.raises(ImportProblem, match="conversation 2, message 2: 'role'"):
            import_data(session, owner_id=alice, data=data, attachments_root=root)
        assert count(session, Conversation) == count(session, MessageRow) == count(session, Attachment) == 0
        assert not root.exists()  # the good conversation's picture was not written either
        (imported,) = import_data(session, owner_id=alice, data=good, attachments_root=root)
        assert [m.content for m in store.branch_messages(session, owner_id=alice, conversation_id=imported)] == [
            "hi", "hello"]
        assert blob_path(root, GOOD_ATTACHMENT["sha256"], "image/png").read_bytes() == PNG


def test_nul_characters_are_dropped_on_both_databases(db, tmp_path):
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        (imported,) = import_data(session, owner_id=alice, data=a_conversation(**{"messages.0.content": "h\x00i"}),
                                  attachments_root=tmp_path)
        shown = store.branch_messages(session, owner_id=alice, conversation_id=imported)
    assert [m.content for m in shown] == ["hi", "hello"]


# -- the download routes -----------------------------------------------------------------------------------------------
def test_export_routes_answer_the_owner_only(database_url, tmp_path):
    settings = make_settings(tmp_path / "data", database_url=database_url)
    with cheap_hashing():
        add_accounts(settings, {"alice": "alice-long-password", "bob": "bob-long-password"})
        with serve(settings) as served:
            alice_id = served.ctx.owner_id("alice")
            with served.ctx.db.session() as session:
                ids = rich_conversation(session, alice_id, settings.attachments_dir)
            alice = cookie_header(session_cookie(served.url, "alice", "alice-long-password"))
            bob = cookie_header(session_cookie(served.url, "bob", "bob-long-password"))
            with httpx.Client(base_url=served.url, timeout=15) as http:
                own = http.get(f"export/{ids['conversation']}.json", headers=alice)
                markdown = http.get(f"export/{ids['conversation']}.md", headers=alice)
                everything = http.get("export/all.json", headers=alice)
                embedded = http.get("export/all.json?embed=1", headers=alice)
                bobs_all = http.get("export/all.json", headers=bob)
                nobody = http.get(f"export/{ids['conversation']}.json", headers={"Accept": "application/json"})
                pairs = [(http.get(f"export/{ids['conversation']}{suffix}", headers=bob),
                          http.get(f"export/{uuid.uuid4().hex}{suffix}", headers=bob)) for suffix in (".json", ".md")]
    assert own.status_code == 200
    assert own.headers["content-disposition"] == 'attachment; filename="Trip-plans-Paris-Rome.json"'
    exported = own.json()
    assert exported["conversation"]["id"] == ids["conversation"] and len(exported["messages"]) == 7
    assert base64.b64decode(exported["messages"][0]["attachments"][0]["data"]) == png_bytes()
    assert markdown.status_code == 200 and markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.headers["content-disposition"] == 'attachment; filename="Trip-plans-Paris-Rome.md"'
    assert markdown.text.startswith("# Trip plans: Paris & Rome") and "Thought process" in markdown.text
    assert everything.status_code == 200 and "kimi-ui-conversations.json" in everything.headers["content-disposition"]
    assert [c["conversation"]["id"] for c in everything.json()["conversations"]] == [ids["conversation"]]
    assert '"data"' not in everything.text and '"data"' in embedded.text
    assert bobs_all.json()["conversations"] == [] and "Trip plans" not in bobs_all.text
    assert nobody.status_code == 401
    for foreign, missing in pairs:
        assert foreign.status_code == missing.status_code == 404
        assert foreign.content == missing.content and "Trip" not in foreign.text

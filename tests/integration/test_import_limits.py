"""Import limits on SQLite and PostgreSQL: a file over the size limit is refused before it is read; a file
with too many JSON objects and lists is refused while it is parsed, having read and built only the start of
it; the files an import embeds count against the owner's storage quota (all or nothing); legitimate files
(our export with attachments, ChatGPT's conversations.json) import through the streamed parser exactly as
through a parsed document."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from kimi_ui.storage import jsonstream, store
from kimi_ui.storage.db import Database
from kimi_ui.storage.export import export_conversation, iter_export_all_json
from kimi_ui.storage.importing import ImportProblem, import_data, import_plans, plan_file
from kimi_ui.storage.models import Attachment, Conversation, MessageRow
from kimi_ui.storage.quota import MB, stored_bytes
from tests.integration.test_export_import import (
    GOOD_ATTACHMENT,
    a_conversation,
    chatgpt_export,
    count,
    rich_conversation,
    without_ids,
)

pytestmark = pytest.mark.integration
HOSTILE_MB = 30


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


class CountingReader(io.BufferedReader):
    """A real file that remembers how many of its bytes were read."""

    taken = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data

    def readinto(self, buffer) -> int:
        got = super().readinto(buffer)
        self.taken += got or 0
        return got


def hostile(path: Path, megabytes: int = HOSTILE_MB) -> Path:
    """`[{},{},…]`: ten million empty objects in 30 MB, the probe's file."""
    with path.open("wb") as out:
        out.write(b"[{}")
        out.write(b",{}" * (megabytes * MB // 3))
        out.write(b"]")
    return path


def imported_everything(session, owner_id: str) -> list[dict]:
    return [export_conversation(session, owner_id=owner_id, conversation_id=c.id, attachments_root=Path("/nowhere"),
                                embed=False)
            for c in sorted(store.list_conversations(session, owner_id=owner_id, limit=100, archived=None),
                            key=lambda c: c.created_at)]


# -- size and items ----------------------------------------------------------------------------------------------------
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "export.json"
    with big.open("wb") as out:  # 140 MB of zero bytes (sparse): not JSON, so reading it would say that
        out.truncate(140 * MB)
    with pytest.raises(ImportProblem) as refused:
        plan_file(big, name="export.json", max_bytes=100 * MB, max_items=200_000)
    assert str(refused.value) == "export.json is 140 MB; imports take at most 100 MB (KIMI_UI_MAX_IMPORT_MB)"


def test_the_parse_stops_at_the_first_container_over_the_limit(tmp_path):
    path = tmp_path / "many.json"
    path.write_bytes(b'{"padding": [' + b",".join([b"{}"] * 1_000_000) + b"]}")
    with CountingReader(io.FileIO(path)) as stream, pytest.raises(jsonstream.TooManyItems) as refused:
        jsonstream.load(stream, max_items=1_000)
    assert refused.value.count == 1_001  # the outer object, the list, 999 of the million
    assert stream.taken < path.stat().st_size // 10  # the rest of the file was never read


def test_a_hostile_file_is_refused_having_built_almost_nothing(tmp_path):
    """The probe's 30 MB `[{},…]` (json.loads: ~400 MB before any check), and the same objects one level down
    (no conversation check can stop that one early: only the count does)."""
    flat = hostile(tmp_path / "flat.json")
    nested = tmp_path / "nested.json"
    nested.write_bytes(b"[" + flat.read_bytes() + b"]")
    for path, message in ((flat, "ChatGPT conversation 1: not a ChatGPT conversation"),
                          (nested, "nested.json holds more than 200,000 JSON objects and lists, the most an "
                                   "import takes (KIMI_UI_MAX_IMPORT_ITEMS)")):
        tracemalloc.start()
        try:
            with pytest.raises(ImportProblem) as refused:
                plan_file(path, name=path.name, max_bytes=100 * MB, max_items=200_000)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert message in str(refused.value)
        assert peak < 40 * MB, f"{path.name}: {peak / MB:.0f} MB"  # 200,000 empty dicts: ~13 MB with a list


def test_json_that_is_not_a_document_gets_a_clear_message(tmp_path):
    for content, why in ((b"", "premature EOF"), (b'{"a": 1} trailing', "trailing garbage"),
                         (b'{"a": "\xff"}', "invalid bytes in UTF8 string"), (b"[" * 500_000, "more than 200,000")):
        path = tmp_path / "bad.json"
        path.write_bytes(content)
        with pytest.raises(ImportProblem, match=why):
            plan_file(path, name="bad.json", max_bytes=100 * MB, max_items=200_000)


# -- legitimate files through the streamed parser ---------------------------------------------------------------------
def test_our_export_with_attachments_round_trips_through_a_file(db, tmp_path):
    root = tmp_path / "attachments"
    path = tmp_path / "all.json"
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        rich_conversation(session, alice, root)
        path.write_text("".join(iter_export_all_json(session, owner_id=alice, attachments_root=root, embed=True)),
                        encoding="utf-8")
        original = imported_everything(session, alice)
        fresh_root = tmp_path / "fresh"
        plans = plan_file(path, name="all.json", max_bytes=100 * MB, max_items=200_000)
        imported = import_plans(session, owner_id=bob, plans=plans, attachments_root=fresh_root)
        copies = imported_everything(session, bob)
        bobs_bytes = stored_bytes(session, owner_id=bob)
        alices_bytes = stored_bytes(session, owner_id=alice)
    assert len(imported) == 1 and imported.dropped_attachments == 0
    assert [without_ids(c) for c in copies] == [without_ids(c) for c in original]
    assert bobs_bytes == alices_bytes > 50_000_000  # the video's size counts though it has no file
    assert sorted(p.name for p in fresh_root.rglob("*.*")) == sorted(p.name for p in root.rglob("*.*"))


def test_a_chatgpt_file_imports_as_the_parsed_document_does(db, tmp_path):
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        import_data(session, owner_id=alice, data=json.loads(path.read_text()), attachments_root=tmp_path)
        plans = plan_file(path, name=path.name, max_bytes=100 * MB, max_items=200_000)
        assert len(plans) == 2
        import_plans(session, owner_id=bob, plans=plans, attachments_root=tmp_path)
        assert [without_ids(c) for c in imported_everything(session, bob)] == [
            without_ids(c) for c in imported_everything(session, alice)]


# -- the storage quota -------------------------------------------------------------------------------------------------
def embedding(size: int, title: str) -> dict:
    """A conversation whose picture's bytes are embedded: `size` bytes (a PNG with padding after its end)."""
    import base64
    import hashlib

    data = base64.b64decode(GOOD_ATTACHMENT["data"]) + b"\0" * (size - len(base64.b64decode(GOOD_ATTACHMENT["data"])))
    picture = {**GOOD_ATTACHMENT, "data": base64.b64encode(data).decode(), "byte_size": 1,
               "sha256": hashlib.sha256(data).hexdigest()}
    return a_conversation(**{"conversation.title": title, "messages.0.attachments": [picture]})


def test_embedded_files_count_against_the_owners_quota(db, tmp_path):
    root = tmp_path / "attachments"
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        bob = store.ensure_user(session, name="bob").id
        import_data(session, owner_id=alice, data=embedding(600_000, "first"), attachments_root=root,
                    max_stored_bytes=MB)
        assert stored_bytes(session, owner_id=alice) == 600_000  # its real size, not the file's byte_size 1
        both = {"format": "kimi-ui.export", "version": 1,
                "conversations": [a_conversation(), embedding(500_000, "second")]}
        with pytest.raises(ImportProblem) as refused:
            import_data(session, owner_id=alice, data=both, attachments_root=root, max_stored_bytes=MB)
        assert str(refused.value) == ("its attachments take 0.5 MB; with the 0.6 MB you keep that is more than the "
                                      "1 MB you may keep. Delete conversations with attachments, or import an "
                                      "export made without them")
        assert count(session, Conversation) == 1 and count(session, MessageRow) == 2  # all or nothing
        assert count(session, Attachment) == 1 and len(list(root.rglob("*.png"))) == 1
        # someone else's quota is theirs; no quota: no limit
        import_data(session, owner_id=bob, data=both, attachments_root=root, max_stored_bytes=MB)
        import_data(session, owner_id=alice, data=both, attachments_root=root)
        assert stored_bytes(session, owner_id=alice) == 1_100_000


def test_a_negative_size_cannot_cancel_the_quota(db, tmp_path):
    """Found by the repeat probe: an attachment without a file (sha256 "") and byte_size -2**31 made the
    owner's stored bytes negative, and with them every quota check."""
    unkept = {"kind": "video", "sha256": "", "mime": "video/mp4", "width": 6, "height": 4, "name": "v.mp4",
              "byte_size": -2_147_483_647}
    with db.session() as session:
        alice = store.ensure_user(session, name="alice").id
        with pytest.raises(ImportProblem) as refused:
            import_data(session, owner_id=alice, data=a_conversation(**{"messages.0.attachments": [unkept]}),
                        attachments_root=tmp_path)
        assert "'byte_size' must be 0 or more" in str(refused.value)
        assert stored_bytes(session, owner_id=alice) == 0

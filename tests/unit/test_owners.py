"""The owner tables of the web guard: a key is its first user's; bounds that no client can use to flush
another's entries; uploads with several owners."""

from __future__ import annotations

import pytest

from kimi_ui.owners import OwnerTable, TableFull, Uploads


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_key_belongs_to_its_first_user():
    table = OwnerTable()
    assert table.claim("tab-1", "alice")
    assert table.claim("tab-1", "alice")
    assert not table.claim("tab-1", "bob")
    assert table.owner("tab-1") == "alice"


def test_a_flood_evicts_only_the_flooders_own_keys():
    table = OwnerTable(per_user=10, total=1000)
    table.claim("alice-tab", "alice")
    for i in range(5000):
        table.claim(f"bob-{i}", "bob")
    assert table.owner("alice-tab") == "alice"
    assert len(table) == 11


def test_visitors_of_one_address_share_one_bucket():
    """In a public demo a new visitor is one cookie away: the address is the bucket."""
    table = OwnerTable(per_user=10, total=1000)
    table.claim("victim-tab", "demo-victim", "ip:192.0.2.9")
    for i in range(5000):
        table.claim(f"k{i}", f"demo-{i}", "ip:198.51.100.1")
    assert table.owner("victim-tab") == "demo-victim"
    assert len(table) == 11


def test_a_full_table_refuses_new_keys_instead_of_evicting_others():
    clock = Clock()
    table = OwnerTable(per_user=5, total=10, idle=60, clock=clock)
    for user in ("a", "b"):
        for i in range(5):
            table.claim(f"{user}{i}", user)
    with pytest.raises(TableFull):
        table.claim("c0", "c")
    assert table.owner("a0") == "a"
    clock.now += 61  # idle entries expire: room again
    assert table.claim("c0", "c")
    assert table.owner("a0") is None


def test_an_upload_shared_by_two_users_is_deleted_after_the_last():
    uploads = Uploads()
    uploads.record("alice", "/u/x/a.txt", 10)
    uploads.record("bob", "/u/x/a.txt", 10)
    assert uploads.owns("bob", "/u/x/a.txt") and not uploads.owns("carol", "/u/x/a.txt")
    assert not uploads.owns("alice", "/u/x/../x/a.txt")  # exactly the path the route answered
    assert uploads.release("alice", "/u/x/a.txt") is False
    assert uploads.release("bob", "/u/x/a.txt") is True


def test_uploads_expire_with_gradios_cache():
    clock = Clock()
    uploads = Uploads(ttl=600, clock=clock)
    uploads.record("alice", "/u/a", 100)
    assert uploads.pending_bytes("alice") == 100
    clock.now += 601
    assert not uploads.owns("alice", "/u/a") and uploads.pending_bytes("alice") == 0

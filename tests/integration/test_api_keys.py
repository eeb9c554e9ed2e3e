"""Personal API keys (kimi_ui/keys.py) on real databases: shown once, stored hashed, revoked at once,
never another user's."""

from __future__ import annotations

from datetime import timedelta

from kimi_ui import access, auth, keys
from kimi_ui.config import BackendConfig
from kimi_ui.storage.db import Database
from kimi_ui.storage.team_model import ApiKey


def test_a_key_acts_as_its_owner_until_revoked(database_url):
    db = Database(database_url)
    db.migrate()
    with db.session() as session:
        alice = auth.create_user(session, name="alice", password="alice-password-1")
        bob = auth.create_user(session, name="bob", password="bob-password-1")
        row, secret = keys.create_key(session, user_id=alice.id, name="  my   script ")
        assert secret.startswith("kimi-") and len(secret) == 45 and row.prefix == secret[:11]
        assert row.name == "my script"
        stored = session.get(ApiKey, row.id)
        assert secret not in (stored.secret_hash, stored.prefix) and len(stored.secret_hash) == 64
        assert keys.resolve_key(session, secret=secret).id == alice.id
        assert session.get(ApiKey, row.id).last_used_at is not None
        for wrong in (None, "", secret + "x", secret[:-1], "Bearer " + secret, "kimi-" + "a" * 200, 42):
            assert keys.resolve_key(session, secret=wrong) is None
        assert not keys.revoke_key(session, user_id=bob.id, key_id=row.id)  # not bob's
        assert keys.resolve_key(session, secret=secret).id == alice.id
        assert keys.revoke_key(session, user_id=alice.id, key_id=row.id)
        assert keys.resolve_key(session, secret=secret) is None
        assert [k.revoked_at is not None for k in keys.list_keys(session, user_id=alice.id)] == [True]
        assert keys.list_keys(session, user_id=bob.id) == []
        _, other = keys.create_key(session, user_id=bob.id, name="b")
        auth.set_disabled(session, name="bob")
        assert keys.resolve_key(session, secret=other) is None
    db.dispose()


def test_the_bearer_header_is_read_strictly():
    secret = "kimi-" + "A" * 40
    assert keys.bearer(f"Bearer {secret}") == secret and keys.bearer(f"bearer  {secret} ") == secret
    for value in (None, "", secret, f"Basic {secret}", "Bearer sk-other", f"Bearer {secret}{'x' * 200}"):
        assert keys.bearer(value) is None
    assert keys.TOUCH_EVERY == timedelta(seconds=60)


def test_backend_access_by_user_or_group():
    open_to_all = BackendConfig(name="a", kind="vllm", base_url="http://x", model="m")
    paid = BackendConfig(name="b", kind="moonshot", base_url="http://x", model="m", users=["carol"],
                         groups=["Research"])
    assert access.may_use(open_to_all, "anyone", "")
    assert access.may_use(paid, "carol", "") and access.may_use(paid, "dan", "staff, research")
    assert not access.may_use(paid, "dan", "staff") and not access.may_use(paid, "erin", None)

"""The admin's operations and a user's own account (kimi_ui/admin.py) on real databases: only an enabled admin
acts, the last admin stays, temporary passwords must be changed, usage by day from usage_days, the probe
history written once per interval by several processes and pruned after a week, sessions ended by their
owner only, and a password change that keeps the caller's session."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kimi_ui import admin, auth
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import utcnow
from kimi_ui.storage.team_model import BackendCheck, UsageDay
from sqlmodel import select
from tests.support.accounts import cheap_hashing

HOUR = timedelta(hours=1)


@pytest.fixture
def db(database_url):
    with cheap_hashing():
        database = Database(database_url)
        database.migrate()
        yield database
        database.dispose()


def test_only_an_enabled_admin_acts_and_the_last_admin_stays(db):
    with db.session() as session:
        root = auth.create_user(session, name="root", password="root-password-1", admin=True)
        bob = auth.create_user(session, name="bob", password="bob-password-1")
        for call in (lambda: admin.add_user(session, actor_id=bob.id, name="eve"),
                     lambda: admin.set_admin(session, actor_id=bob.id, name="bob", admin=True),
                     lambda: admin.set_disabled(session, actor_id=bob.id, name="root", disabled=True),
                     lambda: admin.reset_password(session, actor_id=bob.id, name="root"),
                     lambda: admin.unlock(session, actor_id=bob.id, name="root"),
                     lambda: admin.overview(session, actor_id=bob.id),
                     lambda: admin.overview(session, actor_id="nobody")):
            with pytest.raises(admin.NotAllowed):
                call()
        assert auth.get_user(session, name="eve") is None and not auth.get_user(session, name="bob").is_admin
        for call in (lambda: admin.set_admin(session, actor_id=root.id, name="root", admin=False),
                     lambda: admin.set_disabled(session, actor_id=root.id, name="root", disabled=True)):
            with pytest.raises(admin.AdminRefused) as refused:
                call()
            assert refused.value.code == "last_admin"
        admin.set_admin(session, actor_id=root.id, name="bob", admin=True)
        admin.set_disabled(session, actor_id=root.id, name="root", disabled=True)  # bob is an admin now
        with pytest.raises(admin.NotAllowed):  # a disabled admin is no admin
            admin.set_disabled(session, actor_id=root.id, name="root", disabled=False)
        with pytest.raises(admin.AdminRefused):  # bob is the last enabled admin
            admin.set_admin(session, actor_id=bob.id, name="bob", admin=False)
        with pytest.raises(admin.AdminRefused) as refused:
            admin.reset_password(session, actor_id=bob.id, name="local")
        assert refused.value.code in ("no_user", "not_account")


def test_a_temporary_password_must_be_replaced(db):
    with db.session() as session:
        root = auth.create_user(session, name="root", password="root-password-1", admin=True)
        user, temporary = admin.add_user(session, actor_id=root.id, name="dana")
        assert user.must_change_password and len(temporary) == 16
        assert auth.find_candidate(session, name="dana").must_change
        token = auth.start_session(session, user_id=user.id, ip="10.0.0.1", lifetime=HOUR)
        _, again = admin.reset_password(session, actor_id=root.id, name="dana")
        assert again != temporary and auth.resolve_session(session, token=token) is None  # sessions ended
        row = auth.get_user(session, name="dana")
        assert auth.verify_password(row.password_hash, again)
        new = auth.replace_temporary(session, user_id=row.id, old_hash=row.password_hash,
                                     new_hash=auth.hash_password("dana's own password"), ip="10.0.0.1",
                                     lifetime=HOUR)
        assert new and auth.resolve_session(session, token=new).name == "dana"
        assert not auth.get_user(session, name="dana").must_change_password
        # once replaced, the same ticket's hash no longer matches: nothing more happens
        assert auth.replace_temporary(session, user_id=row.id, old_hash=row.password_hash, new_hash="x",
                                      ip=None, lifetime=HOUR) is None


def test_usage_by_user_and_by_backend_per_day(db):
    today = utcnow().date()
    with db.session() as session:
        root = auth.create_user(session, name="root", password="root-password-1", admin=True)
        bob = auth.create_user(session, name="bob", password="bob-password-1")
        session.add(UsageDay(owner_id=root.id, day=today, backend="a", tokens=10, cost=0.5))
        session.add(UsageDay(owner_id=root.id, day=today, backend="b", tokens=5))
        session.add(UsageDay(owner_id=root.id, day=today - timedelta(days=6), backend="a", tokens=100))
        session.add(UsageDay(owner_id=root.id, day=today - timedelta(days=7), backend="a", tokens=1000))
        session.add(UsageDay(owner_id=bob.id, day=today - timedelta(days=40), backend="a", tokens=7))
        session.commit()
        rows = {row.name: row for row in admin.users_with_usage(session)}
        assert (rows["root"].today, rows["root"].week, rows["root"].total) == (15, 115, 1115)
        assert rows["root"].cost == pytest.approx(0.5)
        assert (rows["bob"].today, rows["bob"].week, rows["bob"].total) == (0, 0, 7)
        by_user = admin.usage_per_day(session, by="user")
        assert len(by_user) == 30 and {r["user"] for r in by_user} == {"root"}  # bob's day is older than 30
        assert by_user[-1] == {"day": today.isoformat(), "user": "root", "tokens": 15}
        by_backend = admin.usage_per_day(session, by="backend")
        assert {(r["backend"], r["tokens"]) for r in by_backend if r["day"] == today.isoformat()} == {("a", 10),
                                                                                                      ("b", 5)}


def test_probe_history_is_one_row_per_interval_and_a_week_long(db):
    now = utcnow()
    with db.session() as session:
        session.add(BackendCheck(backend="a", at=now - timedelta(days=8), ok=True, latency_ms=1.0))
        session.commit()
        # three processes probing the same round: one row
        for _ in range(3):
            admin.record_checks(session, [("a", True, 12.34), ("b", False, 3000.0)], interval=30, now=now)
        rows = session.exec(select(BackendCheck)).all()
        assert sorted((r.backend, r.ok, r.latency_ms) for r in rows) == [("a", True, 12.3), ("b", False, 3000.0)]
        admin.record_checks(session, [("a", True, 20.0)], interval=30, now=now + timedelta(seconds=31))
        assert len(admin.check_history(session, now=now + timedelta(seconds=31))) == 3


def test_own_sessions_are_listed_and_ended_and_a_change_keeps_this_one(db):
    with db.session() as session:
        erin = auth.create_user(session, name="erin", password="erin-password-1")
        finn = auth.create_user(session, name="finn", password="finn-password-1")
        mine = auth.start_session(session, user_id=erin.id, ip="10.0.0.1", lifetime=HOUR)
        others = [auth.start_session(session, user_id=erin.id, ip="10.0.0.2", lifetime=HOUR) for _ in range(2)]
        finns = auth.start_session(session, user_id=finn.id, ip="10.0.0.3", lifetime=HOUR)
        listed = admin.sessions_of(session, user_id=erin.id, token=mine)
        assert len(listed) == 3 and [r.current for r in listed].count(True) == 1
        assert all(auth.token_id(t) not in (r.key for r in listed) for t in [mine, *others])  # not the row ids
        finn_key = admin.sessions_of(session, user_id=finn.id, token=finns)[0].key
        assert not admin.end_session(session, user_id=erin.id, key=finn_key)  # not hers
        assert auth.resolve_session(session, token=finns) is not None
        other_key = next(r.key for r in listed if not r.current)
        assert admin.end_session(session, user_id=erin.id, key=other_key)
        assert len(admin.sessions_of(session, user_id=erin.id, token=mine)) == 2
        candidate = admin.password_candidate(session, user_id=erin.id)
        assert admin.change_password(session, candidate=candidate, new_hash=auth.hash_password("erin-password-2"),
                                     token=mine) == 1
        assert auth.resolve_session(session, token=mine).name == "erin"
        assert all(auth.resolve_session(session, token=t) is None for t in others)
        assert auth.resolve_session(session, token=finns) is not None
        assert admin.change_password(session, candidate=candidate, new_hash="x", token=mine) == -1  # stale
        auth.start_session(session, user_id=erin.id, ip=None, lifetime=HOUR)
        assert admin.end_other_sessions(session, user_id=erin.id, token=mine) == 1
        with pytest.raises(admin.NotAllowed):
            admin.sessions_of(session, user_id="nobody", token=None)
        # a user the sign-on proxy made has no password: keys yes, password and sessions no
        proxied = auth.User(name="gina", signed_on=True)
        session.add(proxied)
        session.commit()
        assert admin._account(session, proxied.id, password=False).name == "gina"
        with pytest.raises(admin.NotAllowed):
            admin._account(session, proxied.id)
        local = auth.User(name="local")
        session.add(local)
        session.commit()
        with pytest.raises(admin.NotAllowed):
            admin._account(session, local.id, password=False)

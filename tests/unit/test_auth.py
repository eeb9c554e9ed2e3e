"""Accounts, password hashing, login sessions and usage per user (kimi_ui.auth; the throttle: test_throttle.py),
against real SQLite files migrated to head."""

from __future__ import annotations

import hashlib
import shutil
import time
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.profiles import get_default_parameters

from kimi_ui import auth
from kimi_ui.auth import AccountError, UnknownUser, UserExists
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import User, UserSession

PASSWORD = "correct horse"
HOUR = timedelta(hours=1)


@pytest.fixture(autouse=True)
def cheap_hasher():
    """Fast argon2 parameters for the tests; the defaults come back afterwards."""
    auth.configure_hasher(time_cost=1, memory_cost=8192, parallelism=1)
    yield
    auth.configure_hasher()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """One database migrated to head; each test gets a copy of the file (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "auth.db"
    template = Database(f"sqlite:///{path}")
    template.migrate()
    template.dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def db(tmp_path, migrated):
    path = tmp_path / "auth.db"
    shutil.copyfile(migrated, path)
    database = Database(f"sqlite:///{path}")
    database.migrate()  # a no-op at head
    yield database
    database.dispose()


@pytest.fixture
def session(db):
    with db.session() as s:
        yield s


def stored_sessions(session, user_id: str) -> list[UserSession]:
    session.expire_all()
    return list(session.exec(sa.select(UserSession).where(UserSession.user_id == user_id)).scalars())


# -- hashing -----------------------------------------------------------------------------------------------
def test_default_hasher_uses_argon2_recommended_parameters():
    auth.configure_hasher()
    recommended = get_default_parameters()
    hasher = auth.hasher()
    assert (hasher.time_cost, hasher.memory_cost, hasher.parallelism) == (
        recommended.time_cost, recommended.memory_cost, recommended.parallelism)
    assert auth.hash_password(PASSWORD).startswith("$argon2id$")


def test_hash_and_verify():
    hashed = auth.hash_password(PASSWORD)
    assert PASSWORD not in hashed and hashed != auth.hash_password(PASSWORD)  # salted
    assert auth.verify_password(hashed, PASSWORD)
    assert not auth.verify_password(hashed, PASSWORD + "!")
    assert not auth.verify_password(hashed, "")
    assert not auth.verify_password("not a hash", PASSWORD)
    assert not auth.verify_password("", PASSWORD)


def test_changed_parameters_mean_a_rehash_at_the_next_login(session):
    user = auth.create_user(session, name="alice", password=PASSWORD)
    old_hash, changed_at = user.password_hash, user.password_changed_at
    token = auth.start_session(session, user_id=user.id, ip="10.0.0.1", lifetime=HOUR)
    assert not auth.needs_rehash(old_hash)

    auth.configure_hasher(time_cost=2, memory_cost=8192, parallelism=1)
    assert auth.needs_rehash(old_hash)
    assert auth.authenticate(session, name="alice", password=PASSWORD).id == user.id

    session.expire_all()
    fresh = auth.get_user(session, name="alice")
    assert fresh.password_hash != old_hash and not auth.needs_rehash(fresh.password_hash)
    assert PasswordHasher().verify(fresh.password_hash, PASSWORD)
    assert fresh.password_changed_at == changed_at  # not a password change: sessions stay
    assert auth.resolve_session(session, token=token).id == user.id


# -- creating accounts ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["", " ", "a b", "x" * 65, "ünï", "a/b", "bob\n", "<script>", "a:b", None])
def test_bad_names_are_refused(session, name):
    with pytest.raises(AccountError, match="invalid user name"):
        auth.create_user(session, name=name, password=PASSWORD)
    assert auth.list_users(session) == []


@pytest.mark.parametrize("name", ["a", "x" * 64, "bob.smith@example.org", "A-Z_0.9"])
def test_good_names_are_accepted(session, name):
    assert auth.create_user(session, name=name, password=PASSWORD).name == name


@pytest.mark.parametrize("name", ["local", "LOCAL", "Local"])
def test_the_built_in_local_name_is_refused(session, name):
    with pytest.raises(AccountError, match="built-in single-user"):
        auth.create_user(session, name=name, password=PASSWORD)


def test_demo_visitor_names_are_reserved(session):
    """--public-demo's throw-away identities are named demo-<hex> and deleted when stale: no account may
    be named like them, and no visitor row may be turned into an account."""
    for name in ("demo-1234", "DEMO-x", "demo-"):
        with pytest.raises(AccountError, match="reserved"):
            auth.create_user(session, name=name, password=PASSWORD)
    store.ensure_user(session, name="demo-0123456789abcdef")
    with pytest.raises(AccountError, match="demo visitor"):
        auth.set_password(session, name="demo-0123456789abcdef", password=PASSWORD)
    assert auth.create_user(session, name="demonstrator", password=PASSWORD).name == "demonstrator"


def test_short_passwords_are_refused(session):
    with pytest.raises(AccountError, match="at least 8 characters"):
        auth.create_user(session, name="bob", password="1234567")
    with pytest.raises(AccountError, match="at most"):
        auth.create_user(session, name="bob", password="x" * (auth.MAX_PASSWORD + 1))
    assert auth.get_user(session, name="bob") is None
    assert auth.create_user(session, name="bob", password="12345678").name == "bob"


def test_duplicate_names_are_refused_regardless_of_case(session):
    first = auth.create_user(session, name="bob", password=PASSWORD)
    for name in ("bob", "BOB", "Bob"):
        with pytest.raises(UserExists, match="already exists"):
            auth.create_user(session, name=name, password=PASSWORD)
    assert [u.id for u in auth.list_users(session)] == [first.id]


def test_created_account_fields(session):
    admin = auth.create_user(session, name="root", password=PASSWORD, admin=True)
    plain = auth.create_user(session, name="user", password=PASSWORD)
    assert (admin.is_admin, plain.is_admin) == (True, False)
    assert not admin.disabled and admin.password_changed_at is not None
    assert admin.password_hash.startswith("$argon2id$") and PASSWORD not in admin.password_hash


def test_accounts_exist_only_with_a_password(session):
    assert not auth.accounts_exist(session)
    store.ensure_user(session, name="local")  # the single-user identity has no password
    assert not auth.accounts_exist(session)
    auth.create_user(session, name="alice", password=PASSWORD)
    auth.set_disabled(session, name="alice")
    assert auth.accounts_exist(session)  # disabled accounts still mean "this is a multi-user install"


# -- authenticate --------------------------------------------------------------------------------------------
def test_authenticate(session):
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    assert auth.authenticate(session, name="alice", password=PASSWORD).id == alice.id
    assert auth.authenticate(session, name="alice", password="wrong password") is None
    assert auth.authenticate(session, name="alice", password="") is None
    assert auth.authenticate(session, name="Alice", password=PASSWORD) is None  # names are exact at login
    assert auth.authenticate(session, name="nobody", password=PASSWORD) is None
    assert auth.authenticate(session, name="", password=PASSWORD) is None
    assert auth.authenticate(session, name="x" * 10_000, password=PASSWORD) is None
    assert auth.authenticate(session, name=None, password=None) is None


def test_a_disabled_user_cannot_log_in_until_enabled(session):
    auth.create_user(session, name="alice", password=PASSWORD)
    auth.set_disabled(session, name="alice")
    assert auth.authenticate(session, name="alice", password=PASSWORD) is None
    auth.set_disabled(session, name="alice", disabled=False)
    assert auth.authenticate(session, name="alice", password=PASSWORD) is not None


def test_a_user_without_password_cannot_log_in(session):
    store.ensure_user(session, name="local")
    store.ensure_user(session, name="old-name")  # e.g. from a login before accounts existed
    assert auth.authenticate(session, name="local", password="") is None
    assert auth.authenticate(session, name="old-name", password=PASSWORD) is None


def test_a_missing_user_takes_about_as_long_as_a_wrong_password(session):
    """One argon2 verification either way (against a dummy hash when there is no such user)."""
    auth.configure_hasher(time_cost=2, memory_cost=16384, parallelism=1)  # slow enough to measure
    auth.create_user(session, name="alice", password=PASSWORD)
    store.ensure_user(session, name="local")

    def median_seconds(name: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            assert auth.authenticate(session, name=name, password="wrong password") is None
            times.append(time.perf_counter() - start)
        return sorted(times)[1]

    auth.authenticate(session, name="nobody", password="warm up the dummy hash")
    wrong, missing, no_password = median_seconds("alice"), median_seconds("nobody"), median_seconds("local")
    assert wrong > 0.005
    assert wrong / 3 < missing < wrong * 3  # wide bounds: timing on a busy machine; a skipped hash is ~100x off
    assert wrong / 3 < no_password < wrong * 3


def test_set_password(session):
    auth.create_user(session, name="alice", password=PASSWORD)
    with pytest.raises(AccountError, match="at least"):
        auth.set_password(session, name="alice", password="short")
    with pytest.raises(UnknownUser):
        auth.set_password(session, name="nobody", password="another password")
    auth.set_password(session, name="alice", password="another password")
    assert auth.authenticate(session, name="alice", password=PASSWORD) is None
    assert auth.authenticate(session, name="alice", password="another password") is not None


def test_set_password_gives_a_pre_account_user_a_login_but_never_local(session):
    old = store.ensure_user(session, name="bob")
    with pytest.raises(UserExists, match="users passwd bob"):
        auth.create_user(session, name="bob", password=PASSWORD)
    assert auth.set_password(session, name="bob", password=PASSWORD).id == old.id  # keeps bob's conversations
    assert auth.authenticate(session, name="bob", password=PASSWORD).id == old.id

    store.ensure_user(session, name="local")
    with pytest.raises(AccountError, match="built-in"):
        auth.set_password(session, name="local", password=PASSWORD)


def test_set_disabled_on_an_unknown_user(session):
    with pytest.raises(UnknownUser, match="no user named 'ghost'"):
        auth.set_disabled(session, name="ghost")


# -- the first admin from the environment ----------------------------------------------------------------------
def test_ensure_admin_from_env_only_when_no_account_exists(session):
    assert auth.ensure_admin_from_env(session, None, None) is None
    assert auth.ensure_admin_from_env(session, "admin", "") is None
    assert auth.ensure_admin_from_env(session, "", PASSWORD) is None
    store.ensure_user(session, name="local")  # a single-user install so far
    assert not auth.accounts_exist(session)

    admin = auth.ensure_admin_from_env(session, "admin", PASSWORD)
    assert admin is not None and admin.is_admin
    assert auth.authenticate(session, name="admin", password=PASSWORD).id == admin.id

    # every later start: nothing happens, not even for another name or password
    assert auth.ensure_admin_from_env(session, "admin", "changed password") is None
    assert auth.ensure_admin_from_env(session, "second", PASSWORD) is None
    assert auth.authenticate(session, name="admin", password=PASSWORD) is not None
    assert auth.get_user(session, name="second") is None


def test_ensure_admin_from_env_when_accounts_were_made_by_the_cli(session):
    auth.create_user(session, name="alice", password=PASSWORD)
    assert auth.ensure_admin_from_env(session, "admin", PASSWORD) is None
    assert auth.get_user(session, name="admin") is None


def test_ensure_admin_from_env_refuses_bad_values(session):
    with pytest.raises(AccountError, match="at least 8"):
        auth.ensure_admin_from_env(session, "admin", "short")
    with pytest.raises(AccountError, match="built-in"):
        auth.ensure_admin_from_env(session, "local", PASSWORD)
    assert not auth.accounts_exist(session)


# -- sessions ----------------------------------------------------------------------------------------------
def test_a_session_stores_only_the_hash_of_its_token(session, db, tmp_path):
    user = auth.create_user(session, name="alice", password=PASSWORD)
    token = auth.start_session(session, user_id=user.id, ip="192.0.2.7", lifetime=HOUR)
    assert len(token) >= 43
    (row,) = stored_sessions(session, user.id)
    assert row.id == hashlib.sha256(token.encode()).hexdigest()
    assert row.ip == "192.0.2.7" and row.expires_at - row.created_at == HOUR
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("auth.db*"))  # the file and its WAL
    with db.session(read_only=True) as other:
        dumped = repr(other.execute(sa.text("SELECT * FROM sessions")).all())
    assert token not in dumped and token.encode() not in raw

    assert auth.resolve_session(session, token=token).id == user.id
    second = auth.start_session(session, user_id=user.id, ip=None, lifetime=HOUR)
    assert second != token and auth.resolve_session(session, token=second).id == user.id


@pytest.mark.parametrize("token", [None, "", "nope", "0" * 64, "x" * 10_000])
def test_unknown_tokens_resolve_to_nobody(session, token):
    user = auth.create_user(session, name="alice", password=PASSWORD)
    real = auth.start_session(session, user_id=user.id, ip=None, lifetime=HOUR)
    assert auth.resolve_session(session, token=token) is None
    assert auth.resolve_session(session, token=auth.token_id(real)) is None  # the stored id is no token


def test_sessions_expire(session):
    user = auth.create_user(session, name="alice", password=PASSWORD)
    token = auth.start_session(session, user_id=user.id, ip=None, lifetime=HOUR)
    now = datetime.now(timezone.utc)
    assert auth.resolve_session(session, token=token, now=now + timedelta(minutes=59)) is not None
    assert auth.resolve_session(session, token=token, now=now + timedelta(minutes=61)) is None
    assert stored_sessions(session, user.id) == []  # an expired session found is deleted
    with pytest.raises(ValueError):
        auth.start_session(session, user_id=user.id, ip=None, lifetime=timedelta(0))


def test_last_seen_is_updated_at_most_once_a_minute(session):
    user = auth.create_user(session, name="alice", password=PASSWORD)
    start = datetime.now(timezone.utc)
    token = auth.start_session(session, user_id=user.id, ip=None, lifetime=HOUR, now=start)
    auth.resolve_session(session, token=token, now=start + timedelta(seconds=30))
    assert stored_sessions(session, user.id)[0].last_seen_at == start
    auth.resolve_session(session, token=token, now=start + timedelta(seconds=90))
    assert stored_sessions(session, user.id)[0].last_seen_at == start + timedelta(seconds=90)


def test_end_session_logs_out_that_session_only(session):
    user = auth.create_user(session, name="alice", password=PASSWORD)
    laptop = auth.start_session(session, user_id=user.id, ip=None, lifetime=HOUR)
    phone = auth.start_session(session, user_id=user.id, ip=None, lifetime=HOUR)
    assert auth.end_session(session, token=laptop) is True
    assert auth.end_session(session, token=laptop) is False
    assert auth.end_session(session, token=None) is False
    assert auth.resolve_session(session, token=laptop) is None
    assert auth.resolve_session(session, token=phone) is not None


def test_a_password_change_ends_all_sessions_of_that_user(session):
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    bob = auth.create_user(session, name="bob", password=PASSWORD)
    tokens = [auth.start_session(session, user_id=alice.id, ip=None, lifetime=HOUR) for _ in range(3)]
    bobs = auth.start_session(session, user_id=bob.id, ip=None, lifetime=HOUR)
    auth.set_password(session, name="alice", password="a new password")
    assert all(auth.resolve_session(session, token=t) is None for t in tokens)
    assert stored_sessions(session, alice.id) == []
    assert auth.resolve_session(session, token=bobs).id == bob.id
    after = auth.start_session(session, user_id=alice.id, ip=None, lifetime=HOUR)
    assert auth.resolve_session(session, token=after).id == alice.id


def test_a_session_older_than_the_password_is_void_even_if_its_row_survived(session):
    """E.g. written by another process at the moment of the change: the timestamps decide."""
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    auth.set_password(session, name="alice", password="a new password")
    changed = auth.get_user(session, name="alice").password_changed_at
    stale = auth.start_session(session, user_id=alice.id, ip=None, lifetime=HOUR,
                               now=changed - timedelta(milliseconds=1))
    assert auth.resolve_session(session, token=stale, now=changed + timedelta(seconds=1)) is None


def test_disabling_ends_sessions_and_enabling_does_not_revive_them(session):
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    token = auth.start_session(session, user_id=alice.id, ip=None, lifetime=HOUR)
    auth.set_disabled(session, name="alice")
    assert auth.resolve_session(session, token=token) is None
    assert stored_sessions(session, alice.id) == []
    auth.set_disabled(session, name="alice", disabled=False)
    assert auth.resolve_session(session, token=token) is None


def test_a_disabled_user_is_refused_even_with_a_live_session_row(session, db):
    """Disabled by another process that crashed before deleting the rows: resolve still checks the flag."""
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    token = auth.start_session(session, user_id=alice.id, ip=None, lifetime=HOUR)
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE users SET disabled = 1 WHERE name = 'alice'"))
    session.expire_all()
    assert auth.resolve_session(session, token=token) is None


def test_purge_expired(session):
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    now = datetime.now(timezone.utc)
    short = auth.start_session(session, user_id=alice.id, ip=None, lifetime=timedelta(minutes=5), now=now)
    long = auth.start_session(session, user_id=alice.id, ip=None, lifetime=timedelta(days=30), now=now)
    assert auth.purge_expired(session, now=now + timedelta(minutes=1)) == 0
    assert auth.purge_expired(session, now=now + timedelta(minutes=10)) == 1
    assert auth.count_sessions(session, user_id=alice.id) == 1
    assert auth.resolve_session(session, token=short, now=now) is None
    assert auth.resolve_session(session, token=long, now=now + timedelta(minutes=10)).id == alice.id
    assert auth.purge_expired(session) == 0


# (the login throttle: tests/unit/test_throttle.py)


# -- usage per user --------------------------------------------------------------------------------------------
def test_usage_by_user_reads_what_the_quotas_count(session):
    """`users list` shows what usage_days holds (the chat, /chat and /v1, stopped answers too), by UTC day;
    the cost still comes from the stored answers, per currency."""
    from kimi_ui import usage

    now = datetime(2026, 12, 1, 15, 0, tzinfo=timezone.utc)
    alice = auth.create_user(session, name="alice", password=PASSWORD)
    bob = auth.create_user(session, name="bob", password=PASSWORD)
    idle = auth.create_user(session, name="idle", password=PASSWORD)
    for owner, days_ago, backend, tokens in ((alice, 0, "a", 120), (alice, 0, "b", 12), (alice, 1, "a", 1200),
                                            (alice, 6, "a", 5), (alice, 7, "a", 7700), (bob, 2, "a", 33)):
        usage.add(session, owner_id=owner.id, backend=backend, tokens=tokens, day=(now - timedelta(days=days_ago)).date())
    chat = store.create_conversation(session, owner_id=alice.id, system_prompt="", backend="b", mode="thinking")
    store.add_message(session, owner_id=alice.id, conversation_id=chat.id, role="assistant", content="x",
                      usage={"prompt_tokens": 1, "cost": 0.5, "currency": "USD"})

    result = auth.usage_by_user(session, days=7, now=now)
    assert set(result) == {alice.id, bob.id, idle.id}
    a, b, i = result[alice.id], result[bob.id], result[idle.id]
    assert (a.name, a.today, a.last_days, a.total) == ("alice", 132, 132 + 1200 + 5, 132 + 1200 + 5 + 7700)
    days = list(a.per_day)
    assert len(days) == 7 and days[-1] == now.date() and days[0] == (now - timedelta(days=6)).date()
    assert a.per_day[(now - timedelta(days=1)).date()] == 1200 and a.cost == {"USD": 0.5}
    assert (b.today, b.last_days, b.total) == (0, 33, 33)
    assert (i.today, i.last_days, i.total, sum(i.per_day.values())) == (0, 0, 0, 0)
    one_day = auth.usage_by_user(session, days=1, now=now)
    assert list(one_day[alice.id].per_day) == [now.date()] and one_day[alice.id].total == a.total
    late = datetime(2026, 12, 1, 23, 30, tzinfo=timezone(timedelta(hours=-2)))  # Dec 2, 01:30 UTC
    assert auth.usage_by_user(session, now=late)[alice.id].today == 0


def test_user_model_defaults_for_rows_written_without_the_new_columns(db):
    """What the migration's server defaults give a row inserted the old way."""
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES ('u1', 'old', '2026-01-01')"))
    with db.session() as s:
        user = s.get(User, "u1")
    assert (user.password_hash, user.is_admin, user.disabled, user.password_changed_at) == (None, False, False, None)

"""The login throttle (kimi_ui.throttle), the sign-in steps around it (kimi_ui.login.sign_in) and app secrets,
against real SQLite files (and PostgreSQL where it says database_url): growing delays per (address, name) and
per address, no lock of a name, atomic reservations under concurrency, no transaction open while argon2 runs."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from kimi_ui import auth, throttle
from kimi_ui.login import sign_in
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import LoginThrottle
from kimi_ui.throttle import LoginLimiter
from tests.support.hashing import CHEAP, ProbingHasher

PASSWORD = "correct horse"
T0 = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)


@pytest.fixture(autouse=True)
def cheap_hasher():
    auth.configure_hasher(**CHEAP)
    yield
    auth.configure_hasher()


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'k.db'}")
    database.migrate()
    yield database
    database.dispose()


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def reserve(db: Database, limiter: LoginLimiter, address: str, name: str, now: datetime) -> float:
    with db.session() as session:
        return limiter.reserve(session, address=address, name=name, now=now)


def rows(db: Database) -> dict[tuple[str, str], int]:
    with db.session(read_only=True) as session:
        return {(r.address, r.name): r.failures for r in session.exec(select(LoginThrottle))}


# -- the rules -------------------------------------------------------------------------------------------------
def test_a_few_free_attempts_then_doubling_waits_up_to_a_cap(db):
    limiter = LoginLimiter(free_per_name=3, free_per_address=100, first_delay=2, max_delay=30)
    now = 0.0
    for _ in range(3):
        assert reserve(db, limiter, "10.0.0.1", "alice", at(now)) == 0
    waits = []
    for _ in range(6):
        wait = reserve(db, limiter, "10.0.0.1", "alice", at(now))
        waits.append(wait)
        assert reserve(db, limiter, "10.0.0.1", "alice", at(now + wait - 0.5)) > 0  # not a moment earlier
        now += wait
        assert reserve(db, limiter, "10.0.0.1", "alice", at(now)) == 0
    assert waits == [2, 4, 8, 16, 30, 30]
    assert rows(db)[("10.0.0.1", "alice")] == 9


def test_a_refused_attempt_is_not_counted(db):
    limiter = LoginLimiter(free_per_name=1, first_delay=10)
    assert reserve(db, limiter, "10.0.0.1", "alice", at(0)) == 0
    for second in range(5):
        assert reserve(db, limiter, "10.0.0.1", "alice", at(second)) == 10 - second
    assert rows(db)[("10.0.0.1", "alice")] == 1


@pytest.mark.parametrize("typed", ["ALICE ", " alice", "Alice", "alice\t"])
def test_case_and_spaces_do_not_make_another_name(db, typed):
    limiter = LoginLimiter(free_per_name=2, first_delay=60)
    reserve(db, limiter, "10.0.0.1", "alice", at(0))
    reserve(db, limiter, "10.0.0.1", typed, at(0))
    assert reserve(db, limiter, "10.0.0.1", "alice", at(1)) == 59
    assert set(rows(db)) == {("10.0.0.1", ""), ("10.0.0.1", "alice")}


def test_guesses_from_other_addresses_never_lock_the_name(db):
    """Five (or fifty) wrong passwords for alice from elsewhere: her own address is not delayed at all."""
    limiter = LoginLimiter()
    for i in range(50):
        reserve(db, limiter, f"198.51.100.{i % 5}", "alice", at(i))
    assert reserve(db, limiter, "198.51.100.0", "alice", at(50)) > 0  # the guessing address waits
    assert reserve(db, limiter, "203.0.113.9", "alice", at(50)) == 0


def test_an_address_is_throttled_across_names(db):
    limiter = LoginLimiter(free_per_name=5, free_per_address=10, first_delay=1)
    for i in range(10):
        assert reserve(db, limiter, "203.0.113.5", f"user{i}", at(0)) == 0
    assert reserve(db, limiter, "203.0.113.5", "someone-else", at(0)) == 1
    assert reserve(db, limiter, "203.0.113.6", "someone-else", at(0)) == 0  # another address is not affected


def test_success_clears_the_name_but_gives_the_address_nothing_extra(db):
    limiter = LoginLimiter(free_per_name=5, free_per_address=6, first_delay=60)
    for _ in range(4):
        reserve(db, limiter, "10.0.0.1", "alice", at(0))
    with db.session() as session:
        limiter.succeeded(session, address="10.0.0.1", name="alice")  # the 4th was right
    assert rows(db) == {("10.0.0.1", ""): 3}
    for _ in range(3):
        assert reserve(db, limiter, "10.0.0.1", "bob", at(1)) == 0
    assert reserve(db, limiter, "10.0.0.1", "carol", at(1)) == 60  # 6 failures from the address


def test_quiet_rows_are_forgotten_and_purged(db):
    limiter = LoginLimiter(free_per_name=1, first_delay=100, forget_after=3600)
    reserve(db, limiter, "10.0.0.1", "alice", at(0))
    reserve(db, limiter, "10.0.0.2", "bob", at(3000))
    assert reserve(db, limiter, "10.0.0.1", "alice", at(3601)) == 0  # the count starts over
    assert rows(db)[("10.0.0.1", "alice")] == 1
    with db.session() as session:
        assert throttle.purge(session, now=at(3000 + 3601)) == 2  # bob's two rows
        assert set(rows(db)) == {("10.0.0.1", ""), ("10.0.0.1", "alice")}
        assert throttle.purge(session, now=at(3601 + 3601)) == 2
    assert rows(db) == {}


def test_purge_expired_also_purges_the_throttle(db):
    reserve(db, LoginLimiter(), "10.0.0.1", "alice", at(0))
    with db.session() as session:
        auth.purge_expired(session, now=at(throttle.FORGET_AFTER + 1))
    assert rows(db) == {}


def test_ipv6_clients_count_per_64_block_and_mapped_ipv4_is_ipv4(db):
    limiter = LoginLimiter(free_per_address=3, free_per_name=100, first_delay=60)
    for i, address in enumerate(["2001:db8:0:1::1", "2001:db8:0:1::2", "2001:db8:0:1:dead:beef:1:2"]):
        reserve(db, limiter, address, f"name{i}", at(0))
    assert reserve(db, limiter, "2001:db8:0:1::99", "fresh", at(0)) == 60
    assert reserve(db, limiter, "2001:db8:0:2::1", "fresh", at(0)) == 0
    for _ in range(3):
        reserve(db, limiter, "::ffff:192.0.2.1", "x", at(0))
    assert reserve(db, limiter, "192.0.2.1", "y", at(0)) == 60


def test_unlock_lifts_the_name_from_every_address(db):
    limiter = LoginLimiter(free_per_name=2, first_delay=600)
    for address in ("10.0.0.1", "10.0.0.2"):
        for _ in range(2):
            reserve(db, limiter, address, "Alice", at(0))
    reserve(db, limiter, "10.0.0.3", "bob", at(0))
    with db.session() as session:
        lifted = throttle.unlock(session, name="ALICE")
    assert [(r.address, r.name, r.failures) for r in lifted] == [("10.0.0.1", "alice", 2), ("10.0.0.2", "alice", 2)]
    assert reserve(db, limiter, "10.0.0.1", "alice", at(1)) == 0
    assert ("10.0.0.3", "bob") in rows(db)  # other names keep their counts
    with db.session() as session:
        assert throttle.unlock(session, name="nobody") == []


def test_the_message_names_the_wait():
    assert LoginLimiter.message(59.2) == "Too many failed logins. Try again in 60 s."
    assert LoginLimiter.message(0.2) == "Too many failed logins. Try again in 1 s."


# -- concurrency -----------------------------------------------------------------------------------------------
def test_concurrent_reservations_let_exactly_the_free_attempts_through(database_url):
    """24 threads, each with its own session, reserve at the same moment: only the free attempts get a 0, on
    SQLite (BEGIN IMMEDIATE) and PostgreSQL (SELECT ... FOR UPDATE), with no "database is locked"."""
    db = Database(database_url)
    db.migrate()
    limiter = LoginLimiter(free_per_name=5, free_per_address=100, first_delay=600)
    start = threading.Barrier(24)

    def one(_: int) -> float:
        start.wait()
        return reserve(db, limiter, "192.0.2.7", "alice", at(0))

    try:
        with ThreadPoolExecutor(24) as pool:
            waits = list(pool.map(one, range(24)))
        assert waits.count(0) == 5 and all(w == 600 for w in waits if w)
        assert rows(db)[("192.0.2.7", "alice")] == 5
    finally:
        db.dispose()


# -- signing in: argon2 with no transaction open -----------------------------------------------------------------
@pytest.fixture
def accounts(db):
    with db.session() as session:
        auth.create_user(session, name="alice", password=PASSWORD)
    return db


def login(db, name, password, address="10.0.0.1", limiter=None):
    return sign_in(db, limiter or LoginLimiter(), name=name, password=password, address=address, lifetime=HOUR)


def test_no_write_transaction_is_open_while_argon2_runs(accounts, tmp_path):
    probe = auth.configure_hasher(ProbingHasher(tmp_path / "k.db"))
    token, wait = login(accounts, "alice", PASSWORD)
    assert token and wait == 0
    assert login(accounts, "alice", "wrong password") == (None, 0.0)
    assert login(accounts, "nobody", "wrong password") == (None, 0.0)  # a dummy hash is verified
    assert len(probe.write_lock_free) >= 3 and all(probe.write_lock_free), probe.write_lock_free
    rehashing = auth.configure_hasher(ProbingHasher(tmp_path / "k.db", time_cost=2))  # a rehash is due
    assert login(accounts, "alice", PASSWORD)[0]
    assert len(rehashing.write_lock_free) == 2  # the verification and the new hash
    assert all(rehashing.write_lock_free), rehashing.write_lock_free
    with accounts.session(read_only=True) as session:
        assert "t=2" in auth.get_user(session, name="alice").password_hash


def test_an_attempt_that_fails_with_an_error_stays_counted(accounts, tmp_path):
    auth.configure_hasher(ProbingHasher(tmp_path / "k.db", fail=True))
    limiter = LoginLimiter(free_per_name=1, first_delay=60)
    with pytest.raises(RuntimeError):
        login(accounts, "alice", PASSWORD, limiter=limiter)
    assert rows(accounts)[("10.0.0.1", "alice")] == 1
    auth.configure_hasher(**CHEAP)
    token, wait = login(accounts, "alice", PASSWORD, limiter=limiter)
    assert token is None and 0 < wait <= 60


def test_a_right_password_takes_the_reservation_back(accounts):
    limiter = LoginLimiter(free_per_name=3, free_per_address=3, first_delay=60)
    for _ in range(2):
        assert login(accounts, "alice", "wrong password", limiter=limiter) == (None, 0.0)
    assert login(accounts, "alice", PASSWORD, limiter=limiter)[0]
    assert rows(accounts) == {("10.0.0.1", ""): 2}
    assert login(accounts, "alice", PASSWORD, limiter=limiter)[0]  # not throttled: the right ones are free
    assert login(accounts, "alice", PASSWORD, address="10.0.0.2", limiter=limiter)[0]


def test_a_password_changed_while_verifying_gives_no_session(accounts):
    with accounts.session(read_only=True) as session:
        candidate = auth.find_candidate(session, name="alice")
    assert auth.check_candidate(candidate, PASSWORD) == (True, None)
    with accounts.session() as session:
        auth.set_password(session, name="alice", password="a newer password")
    with accounts.session() as session:
        assert auth.finish_login(session, candidate=candidate, new_hash=None, ip=None, lifetime=HOUR) is None


# -- app secrets -----------------------------------------------------------------------------------------------
def test_app_secret_is_made_once_and_shared(database_url):
    engines = [Database(database_url) for _ in range(4)]
    engines[0].migrate()
    start = threading.Barrier(8)

    def one(i: int) -> bytes:
        start.wait()
        with engines[i % 4].session() as session:
            return auth.app_secret(session, "demo-cookie")

    try:
        with ThreadPoolExecutor(8) as pool:
            found = set(pool.map(one, range(8)))
        assert len(found) == 1 and len(next(iter(found))) == 32
        with engines[1].session() as session:
            assert auth.app_secret(session, "demo-cookie") in found
            assert auth.app_secret(session, "another") not in found
    finally:
        for engine in engines:
            engine.dispose()


def test_the_old_schema_upgrades_with_the_new_tables(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    db.migrate("0006")
    db.dispose()
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    db.migrate()  # as the app does at start-up
    try:
        assert reserve(db, LoginLimiter(), "10.0.0.1", "alice", at(0)) == 0
        with db.session() as session:
            assert len(auth.app_secret(session, "x")) == 32
    except OperationalError as exc:
        pytest.fail(f"the upgrade left a table out: {exc}")
    finally:
        db.dispose()

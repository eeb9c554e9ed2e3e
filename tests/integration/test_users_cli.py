"""`python app.py users ...` end to end (kimi_ui.users_cli.main) on a real SQLite database in a temp folder."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from kimi_ui import auth, usage
from kimi_ui.config import load_settings
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.users_cli import main

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "s3cret-enough"


@pytest.fixture(autouse=True)
def cheap_hasher():
    auth.configure_hasher(time_cost=1, memory_cost=8192, parallelism=1)
    yield
    auth.configure_hasher()


@pytest.fixture
def settings(tmp_path, monkeypatch):
    for key in list(os.environ):
        if key.startswith("KIMI_UI_"):
            monkeypatch.delenv(key)
    return load_settings({"data_dir": str(tmp_path)}, env_file=None)


@pytest.fixture
def cli(settings, monkeypatch, capsys):
    """Run `users ...` with the given stdin text; returns (exit status, stdout, stderr)."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(argv), settings)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def db(settings):
    database = Database(settings.effective_database_url)
    yield database
    database.dispose()


def table(out: str) -> dict[str, dict[str, str]]:
    """`users list` output as {name: {column: value}} (columns are separated by two or more spaces)."""
    lines = [line for line in out.splitlines() if line.strip() and not line.startswith("(")]
    header = re.split(r"\s{2,}", lines[0].strip())
    rows = {}
    for line in lines[1:]:
        cells = re.split(r"\s{2,}", line.strip())
        rows[cells[0]] = dict(zip(header, cells))
    return rows


def test_add_list_and_log_in(cli, db):
    assert cli("users", "list") == (0, "No users yet. Add one with: python app.py users add NAME --admin\n", "")
    code, out, err = cli("users", "add", "alice", "--admin", stdin=PASSWORD + "\n")
    assert (code, err) == (0, "") and "Added admin 'alice'" in out
    code, out, _ = cli("add", "bob", stdin=PASSWORD + "\n")  # the leading "users" is optional
    assert code == 0 and "Added user 'bob'" in out

    code, out, _ = cli("users", "list")
    assert code == 0
    rows = table(out)
    assert set(rows) == {"alice", "bob"}
    assert (rows["alice"]["admin"], rows["bob"]["admin"]) == ("yes", "no")
    assert rows["alice"]["disabled"] == "no" and rows["alice"]["tokens total"] == "0"
    assert rows["alice"]["created"].startswith(datetime.now(timezone.utc).strftime("%Y-%m-%d"))

    with db.session() as session:
        assert auth.authenticate(session, name="alice", password=PASSWORD).is_admin
        assert auth.authenticate(session, name="bob", password=PASSWORD) is not None
        assert auth.authenticate(session, name="bob", password=PASSWORD + "\n") is None  # newline not kept


def test_add_refuses_bad_input_with_status_2(cli, db):
    assert cli("users", "add", "alice", stdin=PASSWORD + "\n")[0] == 0

    code, _, err = cli("users", "add", "alice", stdin=PASSWORD + "\n")
    assert code == 2 and "already exists" in err
    code, _, err = cli("users", "add", "ALICE", stdin=PASSWORD + "\n")
    assert code == 2 and "already exists" in err
    code, _, err = cli("users", "add", "local", stdin=PASSWORD + "\n")
    assert code == 2 and "built-in single-user name" in err
    code, _, err = cli("users", "add", "no spaces", stdin=PASSWORD + "\n")
    assert code == 2 and "invalid user name" in err
    code, _, err = cli("users", "add", "carol", stdin="short\n")
    assert code == 2 and "at least 8 characters" in err
    code, _, err = cli("users", "add", "carol", stdin="")
    assert code == 2 and "no password given" in err
    code, _, err = cli("users", "add", "carol", stdin="\n")
    assert code == 2 and "at least 8 characters" in err

    with db.session() as session:
        assert [u.name for u in auth.list_users(session)] == ["alice"]


def test_usage_errors(cli):
    for argv in [(), ("users",), ("users", "frobnicate"), ("users", "add"), ("users", "add", "a", "b"),
                 ("users", "list", "--bogus")]:
        code, out, err = cli(*argv)
        assert code == 2, argv
        assert "usage: app.py users" in err
    code, out, _ = cli("users", "--help")
    assert code == 0 and "passwd" in out and "disable" in out


def test_passwd_changes_the_password_and_ends_sessions(cli, db):
    cli("users", "add", "alice", stdin=PASSWORD + "\n")
    with db.session() as session:
        alice = auth.get_user(session, name="alice")
        token = auth.start_session(session, user_id=alice.id, ip="127.0.0.1", lifetime=timedelta(hours=1))
        assert auth.resolve_session(session, token=token) is not None

    code, out, err = cli("users", "passwd", "alice", stdin="brand new password\n")
    assert (code, err) == (0, "") and "sessions have ended" in out
    with db.session() as session:
        assert auth.resolve_session(session, token=token) is None
        assert auth.authenticate(session, name="alice", password=PASSWORD) is None
        assert auth.authenticate(session, name="alice", password="brand new password") is not None

    code, _, err = cli("users", "passwd", "alice", stdin="short\n")
    assert code == 2 and "at least 8" in err
    code, _, err = cli("users", "passwd", "nobody", stdin="whatever password\n")
    assert code == 2 and "no user named 'nobody'" in err
    code, _, err = cli("users", "passwd", "local", stdin="whatever password\n")
    assert code == 2 and "built-in" in err


def test_disable_and_enable(cli, db):
    cli("users", "add", "alice", stdin=PASSWORD + "\n")
    with db.session() as session:
        alice = auth.get_user(session, name="alice")
        token = auth.start_session(session, user_id=alice.id, ip=None, lifetime=timedelta(hours=1))

    code, out, _ = cli("users", "disable", "alice")
    assert code == 0 and "Disabled 'alice'" in out
    assert table(cli("users", "list")[1])["alice"]["disabled"] == "yes"
    with db.session() as session:
        assert auth.resolve_session(session, token=token) is None
        assert auth.authenticate(session, name="alice", password=PASSWORD) is None

    code, out, _ = cli("users", "enable", "alice")
    assert code == 0 and "Enabled 'alice'" in out
    assert table(cli("users", "list")[1])["alice"]["disabled"] == "no"
    with db.session() as session:
        assert auth.authenticate(session, name="alice", password=PASSWORD) is not None
        assert auth.resolve_session(session, token=token) is None  # ended sessions stay ended

    code, _, err = cli("users", "disable", "ghost")
    assert code == 2 and "no user named 'ghost'" in err


def test_list_shows_tokens_used(cli, db):
    cli("users", "add", "alice", stdin=PASSWORD + "\n")
    cli("users", "add", "bob", stdin=PASSWORD + "\n")
    now = datetime.now(timezone.utc)
    with db.session() as session:
        alice = auth.get_user(session, name="alice")
        chat = store.create_conversation(session, owner_id=alice.id, system_prompt="", backend="b", mode="thinking")
        costs = [{"cost": 0.0125, "currency": "USD"}, {}, {"cost": 1.5, "currency": "USD"}, {"cost": 2, "currency": "CNY"}]
        for (days_ago, prompt, completion), cost in zip(
                [(0, 1200, 300), (0, 10, 5), (3, 100, 50), (30, 900_000, 100_000)], costs):
            row = store.add_message(session, owner_id=alice.id, conversation_id=chat.id, role="assistant",
                                    content="answer", usage={"prompt_tokens": prompt, "completion_tokens": completion,
                                                             **cost})
            row.created_at = now - timedelta(days=days_ago)
            session.add(row)
            session.commit()
            usage.add(session, owner_id=alice.id, backend="b", tokens=prompt + completion,  # as the turn counts it
                      day=(now - timedelta(days=days_ago)).date())

    code, out, _ = cli("users", "list")
    assert code == 0
    rows = table(out)
    assert rows["alice"]["tokens today"] == "1,515"
    assert rows["alice"]["tokens 7 days"] == "1,665"
    assert rows["alice"]["tokens total"] == "1,001,665"
    assert (rows["bob"]["tokens today"], rows["bob"]["tokens total"]) == ("0", "0")
    # what the answers cost, per currency (a backend's prices may be in either)
    assert rows["alice"]["cost total"] == "¥2.00, $1.51"  # (CNY, USD: sorted by currency)
    assert rows["bob"]["cost total"] == "-"


def test_unlock_lifts_the_login_throttle_of_a_name_and_says_what(cli, db):
    from kimi_ui.throttle import LoginLimiter

    db.migrate()
    limiter = LoginLimiter(first_delay=600)
    with db.session() as session:
        for address, name, times in (("10.0.0.1", "alice", 6), ("2001:db8::7", "Alice ", 2), ("10.0.0.1", "bob", 1)):
            for _ in range(times):
                limiter.reserve(session, address=address, name=name)
    code, out, err = cli("users", "unlock", "ALICE")
    assert code == 0, err
    assert "Lifted the login throttle of 'alice' from 2 addresses" in out, out
    assert re.search(r"10\.0\.0\.1: 5 failed logins, \d+ s left", out), out  # the 6th waited: not counted
    assert "2001:db8::/64: 2 failed logins, no wait yet" in out, out
    code, out, _ = cli("users", "unlock", "alice")
    assert code == 0 and "nothing to lift" in out
    with db.session() as session:
        assert limiter.reserve(session, address="10.0.0.1", name="alice") == 0  # lifted
    code, out, _ = cli("users", "unlock", "bob")
    assert code == 0 and "10.0.0.1: 1 failed login, no wait yet" in out, out  # bob's count was kept
    code, out, _ = cli("users", "--help")
    assert code == 0 and "unlock" in out


def test_a_database_from_before_accounts_upgrades_and_its_users_can_be_given_a_password(cli, settings):
    """The single-user install's database (migration 0003) upgrades; old names keep their rows and
    have no login until `users passwd` gives them one ("local" never gets one)."""
    old = Database(settings.effective_database_url)
    old.migrate("0003")
    with old.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES ('u1', 'local', '2026-01-01')"))
        conn.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES ('u2', 'bob', '2026-01-02')"))
    old.dispose()

    code, out, _ = cli("users", "list")  # migrates to head first
    assert code == 0
    rows = table(out)
    assert rows["local"]["password"] == "no" and rows["bob"]["password"] == "no"
    assert (rows["bob"]["admin"], rows["bob"]["disabled"]) == ("no", "no")

    code, _, err = cli("users", "add", "bob", stdin=PASSWORD + "\n")
    assert code == 2 and "users passwd bob" in err
    assert cli("users", "passwd", "bob", stdin=PASSWORD + "\n")[0] == 0
    new = Database(settings.effective_database_url)
    try:
        with new.session() as session:
            assert auth.authenticate(session, name="bob", password=PASSWORD).id == "u2"
            assert auth.accounts_exist(session)
    finally:
        new.dispose()


def test_an_unusable_database_url_is_reported_with_status_1(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database's folder should be")
    settings = load_settings({"data_dir": str(tmp_path), "database_url": f"sqlite:///{blocker}/x.db"},
                             env_file=None)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["users", "list"], settings) == 1
    assert "error:" in capsys.readouterr().err


# -- a real terminal: the password is asked twice without echo ------------------------------------------------
CHILD = """
import sys
from kimi_ui import auth
from kimi_ui.config import load_settings
from kimi_ui.users_cli import main
auth.configure_hasher(time_cost=1, memory_cost=8192, parallelism=1)
sys.exit(main(sys.argv[2:], load_settings({"data_dir": sys.argv[1]}, env_file=None)))
"""


def run_in_terminal(data_dir: Path, argv: list[str], answers: list[str], timeout: float = 30) -> tuple[int, str]:
    """Run the CLI in a child on a pseudo-terminal, typing each answer after each "password:" prompt."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIMI_UI_")}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), *argv], stdin=slave, stdout=slave,
                             stderr=slave, cwd=ROOT, env=env, start_new_session=True, close_fds=True)
    os.close(slave)
    seen, typed, deadline = b"", 0, time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
                if typed < len(answers) and seen.lower().count(b"password: ") > typed:
                    os.write(master, answers[typed].encode() + b"\n")
                    typed += 1
            elif child.poll() is not None:
                break
        code = child.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(master)
    return code, seen.decode(errors="replace")


def test_passwords_typed_at_a_terminal_are_asked_twice_and_not_echoed(tmp_path, db):
    code, screen = run_in_terminal(tmp_path, ["users", "add", "alice"], ["typed password 1", "typed password 2"])
    assert code == 2 and "do not match" in screen
    assert "typed password" not in screen  # no echo

    code, screen = run_in_terminal(tmp_path, ["users", "add", "alice", "--admin"], ["typed password"] * 2)
    assert code == 0, screen
    assert "Password: " in screen and "Repeat password: " in screen and "Added admin 'alice'" in screen
    assert "typed password" not in screen
    with db.session() as session:
        assert auth.authenticate(session, name="alice", password="typed password").is_admin


def test_quota_and_groups_are_set_per_user(cli, db):
    assert cli("add", "dora", stdin=PASSWORD + "\n")[0] == 0
    code, out, _ = cli("quota", "dora", "--day", "50_000")
    assert code == 0 and "a day 50,000 tokens, a month the default" in out
    code, out, _ = cli("quota", "dora", "--month", "0")
    assert code == 0 and "a day 50,000 tokens, a month no limit" in out
    code, out, _ = cli("quota", "dora", "--day", "default")
    assert code == 0 and "a day the default, a month no limit" in out
    with db.session() as session:
        user = auth.get_user(session, name="dora")
        assert (user.day_tokens, user.month_tokens) == (None, 0)
    code, _, err = cli("quota", "dora", "--day", "-5")
    assert code != 0 and "cannot be negative" in err
    assert cli("quota", "nobody", "--day", "5")[0] != 0
    code, out, _ = cli("groups", "dora", "Research", "staff,ops")
    assert code == 0 and "Groups of 'dora': ops research staff." in out
    code, out, _ = cli("groups", "dora")
    assert code == 0 and "(none)" in out

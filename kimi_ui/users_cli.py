"""`python app.py users ...`: manage accounts in the app's database.

    users add NAME [--admin]   new account; the password is prompted twice (or read as one line from stdin)
    users passwd NAME          new password; the user's sessions end at once
    users disable NAME         the user can no longer log in; their sessions end at once
    users enable NAME
    users list                 name, flags, tokens used (today, last 7 days, in total; days in UTC) and what
                               the answers cost (where the backends have prices)
    users unlock NAME          lift the login delays that failed logins put on NAME (from any address)
    users claim-local NAME     move the chats made before accounts (the "local" user's) to the account NAME

Exit status: 0 done, 2 bad input (usage, invalid name or password, unknown or duplicate user),
1 the database could not be opened or written.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from kimi_ui import auth, claim, throttle
from kimi_ui.access import group_names
from kimi_ui.costs import money
from kimi_ui.storage.db import Database

OK, FAILED, BAD_INPUT = 0, 1, 2
LIST_DAYS = 7


class InputError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="app.py users", description="Manage kimi-ui accounts.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="create an account (password prompted, or one line on stdin)")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="make the account an admin")
    passwd = commands.add_parser("passwd", help="set a new password; ends the user's sessions")
    passwd.add_argument("name")
    disable = commands.add_parser("disable", help="block an account; ends its sessions")
    disable.add_argument("name")
    enable = commands.add_parser("enable", help="unblock an account")
    enable.add_argument("name")
    commands.add_parser("list", help="accounts, the tokens they used and what their answers cost")
    unlock = commands.add_parser("unlock", help="lift the login delays of a name after failed logins")
    unlock.add_argument("name")
    quota = commands.add_parser("quota", help="a user's own token budgets (else the default day_tokens and "
                                "month_tokens); 0: no limit, 'default': the default again")
    quota.add_argument("name")
    quota.add_argument("--day", type=_budget, default=argparse.SUPPRESS, help="tokens a day (UTC)")
    quota.add_argument("--month", type=_budget, default=argparse.SUPPRESS, help="tokens a calendar month (UTC)")
    groups = commands.add_parser("groups", help="set a user's groups (which backends they may use); none: no groups")
    groups.add_argument("name")
    groups.add_argument("groups", nargs="*")
    claim = commands.add_parser("claim-local", help="move the chats made before accounts to the account NAME")
    claim.add_argument("name")
    return parser


def _budget(value: str) -> int | None:
    """A budget given on the command line: a count of tokens, or "default" (None)."""
    if value.strip().lower() == "default":
        return None
    try:
        count = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of tokens: {value!r}") from None
    if count < 0:
        raise argparse.ArgumentTypeError("a budget cannot be negative")
    return count


def read_password(*, stdin: TextIO | None = None, stderr: TextIO | None = None) -> str:
    """From a terminal: asked twice without echo. Otherwise: the first line of stdin (its newline removed)."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = getpass.getpass("Password: ", stream=stderr)
        second = getpass.getpass("Repeat password: ", stream=stderr)
        if first != second:
            raise InputError("the passwords do not match")
        return first
    line = stdin.readline()
    if not line:
        raise InputError("no password given: type it at the prompt, or pipe one line into stdin")
    return line.rstrip("\r\n")


def format_table(rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def list_table(session) -> str:
    usage = auth.usage_by_user(session, days=LIST_DAYS)
    header = ["name", "admin", "disabled", "password", "created", "tokens today", f"tokens {LIST_DAYS} days",
              "tokens total", "cost total"]
    rows = [header]
    for user in auth.list_users(session):
        used = usage.get(user.id) or auth.UserUsage(user_id=user.id, name=user.name)
        rows.append([
            user.name,
            "yes" if user.is_admin else "no",
            "yes" if user.disabled else "no",
            "yes" if user.password_hash else "no",
            user.created_at.strftime("%Y-%m-%d %H:%M"),
            f"{used.today:,}",
            f"{used.last_days:,}",
            f"{used.total:,}",
            ", ".join(money(amount, currency) for currency, amount in sorted(used.cost.items())) or "-",
        ])
    return format_table(rows, right={5, 6, 7, 8})


def unlock_report(name: str, lifted: list) -> str:
    """What `users unlock` lifted: one line per address that had failed logins for the name."""
    name = throttle.name_key(name)  # as the throttle counts it: "Alice " is "alice"
    if not lifted:
        return f"No failed logins recorded for {name!r}: nothing to lift."
    now = auth.utcnow()
    lines = [f"Lifted the login throttle of {name!r} from {len(lifted)} address{'es' if len(lifted) > 1 else ''}:"]
    for row in lifted:
        left = (row.blocked_until - now).total_seconds()
        wait = f"{throttle.seconds(left)} s left" if left > 0 else "no wait yet"
        lines.append(f"  {row.address}: {row.failures} failed login{'s' if row.failures != 1 else ''}, {wait}")
    lines.append("(delays on the addresses themselves stay: they count guesses at every name)")
    return "\n".join(lines)


def run(args: argparse.Namespace, db: Database, out: TextIO, err: TextIO, holding: Path | None = None) -> int:
    with db.session() as session:
        if args.command == "claim-local":  # kimi_ui/claim.py
            print(claim.report(claim.claim_local(session, name=args.name, holding=holding or Path("queued")),
                               args.name), file=out)
            return OK
        if args.command == "list":
            if not auth.list_users(session):
                print("No users yet. Add one with: python app.py users add NAME --admin", file=out)
                return OK
            print(list_table(session), file=out)
            print("(times and days in UTC; password \"no\": the user cannot log in until `users passwd`)", file=out)
            return OK
        if args.command == "add":
            auth.check_name(args.name)  # refuse before asking for a password
            auth.check_name_free(session, name=args.name)
            user = auth.create_user(session, name=args.name, password=read_password(stderr=err), admin=args.admin)
            print(f"Added {'admin' if user.is_admin else 'user'} {user.name!r}.", file=out)
            return OK
        if args.command == "passwd":
            auth.check_can_have_password(args.name)  # refuse before asking for a password
            if auth.get_user(session, name=args.name) is None:
                raise auth.UnknownUser("unknown", name=repr(args.name))
            user = auth.set_password(session, name=args.name, password=read_password(stderr=err))
            print(f"Password of {user.name!r} changed; their sessions have ended.", file=out)
            return OK
        if args.command == "quota":
            user = auth.get_user(session, name=args.name)
            if user is None:
                raise auth.UnknownUser("unknown", name=repr(args.name))
            for period in ("day", "month"):
                if hasattr(args, period):  # (not given: left as it is)
                    setattr(user, f"{period}_tokens", getattr(args, period))
            session.add(user)
            session.commit()
            print(f"Budgets of {user.name!r}: a day {_said(user.day_tokens)}, a month {_said(user.month_tokens)}.",
                  file=out)
            return OK
        if args.command == "groups":
            user = auth.get_user(session, name=args.name)
            if user is None:
                raise auth.UnknownUser("unknown", name=repr(args.name))
            user.groups = " ".join(sorted(group_names(args.groups)))[:1024]
            session.add(user)
            session.commit()
            print(f"Groups of {user.name!r}: {user.groups or '(none)'}.", file=out)
            return OK
        if args.command == "unlock":
            print(unlock_report(args.name, throttle.unlock(session, name=args.name)), file=out)
            return OK
        if args.command in ("disable", "enable"):
            disabled = args.command == "disable"
            user = auth.set_disabled(session, name=args.name, disabled=disabled)
            if disabled:
                print(f"Disabled {user.name!r}; their sessions have ended.", file=out)
            else:
                print(f"Enabled {user.name!r}.", file=out)
            return OK
    raise InputError(f"unknown command {args.command!r}")  # argparse prevents this


def _said(budget: int | None) -> str:
    return "the default" if budget is None else "no limit" if budget == 0 else f"{budget:,} tokens"


def main(argv: list[str], settings, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """`argv` is what follows `app.py` (a leading "users" is optional)."""
    out, err = out or sys.stdout, err or sys.stderr
    argv = list(argv)
    if argv[:1] == ["users"]:
        argv = argv[1:]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # argparse printed the usage or the help already
        return OK if stop.code in (0, None) else BAD_INPUT
    try:
        db = Database(settings.effective_database_url)
    except Exception as exc:  # noqa: BLE001 - a bad URL or missing driver; say what and stop
        print(f"error: cannot open the database: {exc}", file=err)
        return FAILED
    try:
        db.migrate()
        return run(args, db, out, err, holding=Path(settings.data_dir) / "queued")
    except (auth.AccountError, InputError, claim.ClaimRefused) as exc:
        print(f"error: {exc}", file=err)
        return BAD_INPUT
    except (KeyboardInterrupt, EOFError):
        print("\ncancelled", file=err)
        return BAD_INPUT
    except SQLAlchemyError as exc:
        # the driver's message only: SQLAlchemy's own text would repeat the statement's parameters
        print(f"error: database failure: {getattr(exc, 'orig', None) or type(exc).__name__}", file=err)
        return FAILED
    finally:
        db.dispose()

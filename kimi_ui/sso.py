"""Single sign-on behind a proxy (oauth2-proxy, Authelia, Authentik, ...): the proxy logs the user in and
names them in a request header (settings.trusted_user_header, e.g. X-Forwarded-User or Remote-User), with
optional email and groups headers. kimi-ui believes those headers only when the TCP peer is one of
settings.trusted_proxies; from anyone else they are ignored (a warning is logged once) and the request
needs the app's own login.

A name seen for the first time becomes a user (signed_on, no password); its email and groups are written
again whenever they change, and with settings.trusted_admin_group the proxy's groups say who is an admin.
A disabled user stays refused, whatever the proxy says. Functions that touch the database follow
storage.store: keyword-only, the session passed explicitly, committed here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from kimi_ui import auth
from kimi_ui.access import group_names
from kimi_ui.config import Settings
from kimi_ui.forwarding import parse_networks, peer_of
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import User

log = logging.getLogger(__name__)
MAX_GROUPS = 1024  # users.groups
MAX_EMAIL = 255


@dataclass(frozen=True)
class Claim:
    """What the proxy says about the caller."""

    name: str
    email: str | None = None
    groups: str = ""  # space-separated, lower case, sorted


def _header(scope: dict[str, Any], name: bytes) -> str | None:
    value = next((v for k, v in scope.get("headers", []) if k == name), None)
    if value is None:
        return None
    try:
        return value.decode("utf-8").strip()
    except UnicodeDecodeError:
        return value.decode("latin-1").strip()


def _groups(raw: str | None) -> str:
    """Space-separated and sorted, from commas, spaces or `|` (Authentik's separator)."""
    kept: list[str] = []
    for group in sorted(group_names((raw or "").replace("|", " "))):
        if len(" ".join([*kept, group])) > MAX_GROUPS:
            break
        kept.append(group)
    return " ".join(kept)


class SignOn:
    """The trusted-header login of one app (settings.trusted_user_header set)."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings, self.db = settings, db
        self.networks = parse_networks(settings.trusted_proxies)
        self.user_header = (settings.trusted_user_header or "").lower().encode()
        self.email_header = (settings.trusted_email_header or "").lower().encode()
        self.groups_header = (settings.trusted_groups_header or "").lower().encode()
        self.admin_group = (settings.trusted_admin_group or "").strip().lower() or None
        self._warned = False

    def trusted(self, scope: dict[str, Any]) -> bool:
        address = peer_of(scope)
        return address is not None and any(address in network for network in self.networks)

    def claim(self, scope: dict[str, Any]) -> Claim | None:
        """The proxy's claim in this request: None without the header, or when the header did not come
        from a trusted proxy (ignored, logged once), or names nobody valid (logged)."""
        name = _header(scope, self.user_header)
        if not name:
            return None
        if not self.trusted(scope):
            if not self._warned:
                self._warned = True
                log.warning("ignoring the sign-on header %s from %s: it is not one of trusted_proxies. Requests "
                            "that do not come through the sign-on proxy need the app's own login.",
                            self.settings.trusted_user_header, (scope.get("client") or ("?",))[0])
            return None
        try:
            auth.check_name(name)
        except auth.AccountError as problem:
            log.warning("sign-on proxy named a user kimi-ui cannot have: %s", problem)
            return None
        email = _header(scope, self.email_header) if self.email_header else None
        groups = _groups(_header(scope, self.groups_header)) if self.groups_header else ""
        return Claim(name=name, email=(email or None) and email[:MAX_EMAIL], groups=groups)

    def user_for(self, claim: Claim) -> str | None:
        """Blocking: the name of the user this claim signs on (created or updated), None when disabled."""
        admin = self.admin_group in claim.groups.split() if self.admin_group else None
        with self.db.session(read_only=True) as session:
            user = find_user(session, name=claim.name)
            if user is not None and not user.signed_on:  # a password account (or "local"): never taken over
                _refuse_once(claim.name)
                return None
            if user is not None and (user.disabled or _same(user, claim, admin)):
                return None if user.disabled else user.name
        with self.db.session() as session:
            return sign_on(session, claim=claim, admin=admin)


_refused: set[str] = set()


def _refuse_once(name: str) -> None:
    """Log (once per name and process) that the proxy named a password account, which it may not sign on."""
    if name.lower() not in _refused and len(_refused) < 10_000:
        _refused.add(name.lower())
        log.warning("the sign-on proxy named %r, an account with a password here: refused (sign-on makes and "
                    "uses its own accounts; rename one of them to use both)", name)


def _same(user: User, claim: Claim, admin: bool | None) -> bool:
    return (user.email == claim.email and user.groups == claim.groups
            and (admin is None or user.is_admin == admin))


def find_user(session: Session, *, name: str) -> User | None:
    """The user of this name, ignoring case (names are unique regardless of case)."""
    return session.exec(select(User).where(func.lower(User.name) == name.lower())).first()


def sign_on(session: Session, *, claim: Claim, admin: bool | None) -> str | None:
    """Create the user on first sight or update what the proxy says; the user's name, None when disabled.
    admin: None leaves the flag alone (no admin group configured)."""
    user = find_user(session, name=claim.name)
    if user is None:
        user = User(name=claim.name, signed_on=True)
    if user.disabled or not user.signed_on:  # (a password account of that name: not the proxy's to sign on)
        return None
    user.email, user.groups = claim.email, claim.groups
    if admin is not None:
        user.is_admin = admin
    session.add(user)
    try:
        session.commit()
    except IntegrityError:  # another process made the same user a moment ago: take theirs
        session.rollback()
        user = find_user(session, name=claim.name)
        return user.name if user is not None and not user.disabled else None
    return user.name

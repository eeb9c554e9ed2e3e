"""Personal API keys for tests against a served app: an app with accounts (alice and bob; carol in the group
"research") on the simulated backends plus one backend only that group may use, and keys made in its database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kimi_ui import keys
from kimi_ui.storage import store
from kimi_ui.storage.models import User
from tests.support.accounts import add_accounts, cheap_hashing
from tests.support.serving import ServedApp, make_settings, serve, sim_backends

PASSWORDS = {"alice": "alice's long password", "bob": "bob's long password", "carol": "carol's long password"}
RESTRICTED = "Research Moonshot"  # the simulated Moonshot dialect, for the group "research" only


@contextmanager
def keyed_app(data_dir: Path, sim_url: str, **overrides: Any) -> Iterator[ServedApp]:
    settings = make_settings(data_dir, host="0.0.0.0", default_backend="Simulated vLLM", **overrides)
    add_accounts(settings, PASSWORDS)
    backends = sim_backends(sim_url)
    moonshot = next(b for b in backends if b.kind == "moonshot")
    backends.append(moonshot.model_copy(update={"name": RESTRICTED, "groups": ["research"]}))
    with cheap_hashing(), serve(settings, backends) as served:
        with served.ctx.db.session() as session:
            carol = session.get(User, store.find_user_id(session, name="carol"))
            carol.groups = "staff research"
            session.add(carol)
            session.commit()
        yield served


def new_key(served: ServedApp, name: str) -> str:
    """A new key of the user `name`: its secret."""
    with served.ctx.db.session() as session:
        _, secret = keys.create_key(session, user_id=store.find_user_id(session, name=name), name="tests")
    return secret


def revoke(served: ServedApp, secret: str) -> None:
    with served.ctx.db.session() as session:
        row = next(k for k in keys.list_keys(session, user_id=keys.resolve_key(session, secret=secret).id)
                   if k.prefix == secret[:len(k.prefix)] and k.revoked_at is None)
        assert keys.revoke_key(session, user_id=row.user_id, key_id=row.id)


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}

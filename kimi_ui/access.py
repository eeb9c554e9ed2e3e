"""Which users may use which backend (issue 19): a backend's `users` and `groups` lists (TOML) name who may;
both empty, everyone may. Who may not does not see it: not in the picker, not on /v1/models, and a turn
that names it anyway is refused as an unknown backend."""

from __future__ import annotations

from typing import Any, Iterable


def group_names(groups: str | Iterable[str] | None) -> frozenset[str]:
    """A user's groups from the column (space- or comma-separated) or a list."""
    if not groups:
        return frozenset()
    joined = groups if isinstance(groups, str) else " ".join(str(g) for g in groups)
    return frozenset(g.lower() for g in joined.replace(",", " ").split())


def may_use(config: Any, name: str, groups: str | Iterable[str] | None) -> bool:
    """config: a BackendConfig (its `users` and `groups`); name and groups: the user's."""
    users, wanted = getattr(config, "users", None) or [], getattr(config, "groups", None) or []
    if not users and not wanted:
        return True
    return name in users or bool(group_names(wanted) & group_names(groups))

"""The app's services, built once from Settings in server.build_app() and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kimi_ui.auth import LOCAL_USER
from kimi_ui.backends.registry import Backends
from kimi_ui.config import Settings
from kimi_ui.owners import Uploads
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Attachment
from kimi_ui.turns import Turns

if TYPE_CHECKING:
    from kimi_ui.conversations import Conversations
    from kimi_ui.jobs import Jobs

NOBODY = "-"  # the owner id of a caller without a user row yet: it owns nothing (no row has this id)


@dataclass
class AppContext:
    settings: Settings
    db: Database
    backends: Backends
    turns: Turns
    jobs: "Jobs" = None  # type: ignore[assignment]  # the answers being written (set by build_context)
    conversations: "Conversations" = None  # type: ignore[assignment]
    bus: Any = None  # kimi_ui.bus: messages between app processes (set by build_context)
    running: Any = None  # kimi_ui.running.Running: the answers being written, in every process
    queue: Any = None  # kimi_ui.queued.Queue: messages sent while their conversation answers
    mcp: Any = None  # tools.mcp_client.McpManager when MCP servers are configured
    uploads: Uploads = field(default_factory=Uploads)  # who uploaded which file (web_auth records them)
    _user_ids: dict[str, str] = field(default_factory=dict)

    def owner_id(self, username: str | None, *, create: bool = False) -> str:
        """The user row of a caller that web_auth identified ("local" without accounts). Reading does not
        make one: an open demo's visitor gets a row with the first turn or import (create=True), so a crawler
        or a flood of cookieless requests leaves nothing behind."""
        name = username or LOCAL_USER
        found = self._user_ids.get(name)
        if found is None:
            with self.db.session(read_only=not create) as session:
                found = store.ensure_user(session, name=name).id if create else store.find_user_id(session, name=name)
            if found is None:
                return NOBODY
            if len(self._user_ids) >= 50_000:
                self._user_ids.clear()
            self._user_ids[name] = found
        return found

    def forget_user(self, user_id: str) -> None:
        """A deleted identity (demo clean-up): it gets a new row with its next turn."""
        for name in [n for n, i in self._user_ids.items() if i == user_id]:
            del self._user_ids[name]

    def tool_log_url(self, conversation_id: str) -> str:
        return f"{self.settings.root_path.rstrip('/')}/tool-log/{conversation_id}.json"

    def export_url(self, conversation_id: str, suffix: str) -> str:
        return f"{self.settings.root_path.rstrip('/')}/export/{conversation_id}.{suffix}"

    def attachment_url(self, attachment: Attachment) -> str:
        return f"{self.settings.root_path.rstrip('/')}/attachments/{attachment.id}"

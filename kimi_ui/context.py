"""The app's services, built once from Settings in server.build_app() and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kimi_ui.auth import LOCAL_USER
from kimi_ui.backends.registry import Backends
from kimi_ui.config import Settings
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Attachment
from kimi_ui.turns import Turns



@dataclass
class AppContext:
    settings: Settings
    db: Database
    backends: Backends
    turns: Turns
    mcp: Any = None  # tools.mcp_client.McpManager when MCP servers are configured
    _user_ids: dict[str, str] = field(default_factory=dict)

    def owner_id(self, username: str | None) -> str:
        """The user row of a caller that web_auth identified ("local" without accounts)."""
        name = username or LOCAL_USER
        if name not in self._user_ids:
            with self.db.session() as session:
                self._user_ids[name] = store.ensure_user(session, name=name).id
        return self._user_ids[name]

    def tool_log_url(self, conversation_id: str) -> str:
        return f"{self.settings.root_path.rstrip('/')}/tool-log/{conversation_id}.json"

    def export_url(self, conversation_id: str, suffix: str) -> str:
        return f"{self.settings.root_path.rstrip('/')}/export/{conversation_id}.{suffix}"

    def attachment_url(self, attachment: Attachment) -> str:
        return f"{self.settings.root_path.rstrip('/')}/attachments/{attachment.id}"

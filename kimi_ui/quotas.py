"""Upload limits per user, and in a public demo per visitor and per address too: files a minute, and bytes
kept (stored attachments plus uploads not yet used by a turn). Checked by the web middleware before an
upload's body is read, from its declared length."""

from __future__ import annotations

from pathlib import Path

from kimi_ui.config import Settings
from kimi_ui.limits import WindowLimit
from kimi_ui.owners import Uploads
from kimi_ui.shared_limits import Windows
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.quota import MB, held_bytes, megabytes, stored_bytes


class UploadQuota:
    def __init__(self, settings: Settings, db: Database, uploads: Uploads, by_address: Uploads) -> None:
        self.settings, self.db = settings, db
        self.uploads, self.by_address = uploads, by_address
        # In a public demo every caller is an anonymous visitor (web_auth.Gate.mode): one set of limits.
        self.demo = settings.public_demo
        self.per_minute = settings.demo_uploads_per_minute if self.demo else settings.uploads_per_minute
        self.limit_mb = settings.demo_max_stored_mb if self.demo else settings.max_stored_mb_per_user
        self.rate = WindowLimit(Windows(db), self.per_minute, 60.0, "uploads:")  # every process together

    def refusal(self, user: str, address: str, size: int) -> str | None:
        """Why this upload is refused, or None. Every attempt within the rate counts, whether or not its bytes
        then fit. Reads the database: call it off the event loop."""
        wait = self.rate.wait([user, f"ip:{address}"] if self.demo else [user])
        if wait > 0:
            return f"Too many uploads: at most {self.per_minute} a minute. Try again in {int(wait) + 1} s."
        if self.limit_mb:
            kept = self.kept_bytes(user)
            if self.demo:  # a new identity is one cookie away: the address counts too
                kept = max(kept, self.by_address.pending_bytes(address))
            if kept + size > self.limit_mb * MB:
                return (f"Your files would take {megabytes(kept + size)} of the {self.limit_mb} MB you may keep: "
                        "delete conversations with attachments, or send smaller files.")
        return None

    def more_files(self, user: str, address: str, count: int) -> str | None:
        """One upload request may carry many files: each after the first counts as one more upload. Why they
        are too many, or None."""
        keys = [user, f"ip:{address}"] if self.demo else [user]
        for _ in range(max(0, count - 1)):
            if self.rate.wait(keys) > 0:
                return f"Too many files: at most {self.per_minute} a minute."
        return None

    def kept_bytes(self, user: str) -> int:
        with self.db.session(read_only=True) as session:
            owner_id = store.find_user_id(session, name=user)
            stored = stored_bytes(session, owner_id=owner_id) if owner_id else 0
        queued = held_bytes(Path(self.settings.data_dir) / "queued", owner_id) if owner_id else 0
        return stored + queued + self.uploads.pending_bytes(user)

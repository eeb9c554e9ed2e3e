"""Upload limits per user, and in a public demo per visitor and per address too: files a minute, and bytes
kept (stored attachments plus uploads not yet used by a turn). Checked by the web middleware before an
upload's body is read, from its declared length."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from sqlalchemy import func
from sqlmodel import Session, select

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.config import Settings
from kimi_ui.owners import Uploads
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Attachment

MB = 1024 * 1024


def stored_bytes(session: Session, *, owner_id: str) -> int:
    """Bytes of the attachments a user keeps."""
    total = session.exec(select(func.coalesce(func.sum(Attachment.byte_size), 0))
                         .where(Attachment.owner_id == owner_id)).one()
    return int(total or 0)


class RateWindow:
    """Events per key in a sliding minute; thread-safe, bounded."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000) -> None:
        self.clock, self.max_keys = clock, max_keys
        self._times: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, key: str, limit: int, window: float = 60.0) -> float:
        """Seconds until one more is allowed (0: now)."""
        now = self.clock()
        with self._lock:
            times = self._times.get(key)
            while times and times[0] <= now - window:
                times.popleft()
            if not times or len(times) < limit:
                return 0.0
            return times[-limit] + window - now

    def add(self, key: str) -> None:
        with self._lock:
            if len(self._times) >= self.max_keys:
                self._times.pop(next(iter(self._times)))
            self._times.setdefault(key, deque(maxlen=1000)).append(self.clock())


class UploadQuota:
    def __init__(self, settings: Settings, db: Database, uploads: Uploads, by_address: Uploads) -> None:
        self.settings, self.db = settings, db
        self.uploads, self.by_address = uploads, by_address
        self.rate = RateWindow()

    def refusal(self, user: str, address: str, size: int) -> str | None:
        """Why this upload is refused, or None. Every attempt within the rate counts. Reads the database: call
        it off the event loop."""
        demo = user.startswith(RESERVED_PREFIX)
        per_minute = self.settings.demo_uploads_per_minute if demo else self.settings.uploads_per_minute
        keys = [user, f"ip:{address}"] if demo else [user]
        wait = max(self.rate.wait(key, per_minute) for key in keys)
        if wait > 0:
            return f"Too many uploads: at most {per_minute} a minute. Try again in {int(wait) + 1} s."
        for key in keys:  # an attempt counts, whether or not its bytes then fit
            self.rate.add(key)
        limit_mb = self.settings.demo_max_stored_mb if demo else self.settings.max_stored_mb_per_user
        if limit_mb:
            kept = self.kept_bytes(user)
            if demo:
                kept = max(kept, self.by_address.pending_bytes(address))
            if kept + size > limit_mb * MB:
                return (f"Your files would take {(kept + size) / MB:.1f} MB of the {limit_mb} MB you may keep: "
                        "delete conversations with attachments, or send smaller files.")
        return None

    def kept_bytes(self, user: str) -> int:
        with self.db.session(read_only=True) as session:
            owner_id = store.find_user_id(session, name=user)
            stored = stored_bytes(session, owner_id=owner_id) if owner_id else 0
        return stored + self.uploads.pending_bytes(user)

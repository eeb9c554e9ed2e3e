"""What every followed answer has in common, written here (kimi_ui/jobs.py Job) or in another process
(kimi_ui/relay.py RemoteJob): one Answer, a `changed()` that wakes its followers, and `follow()`.

Followers share the one Answer and read it whenever it changed, so a slow reader skips to the latest state
instead of queueing updates; `every` paces a follower (updates in between coalesce).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from kimi_ui.answer import Answer

# Followers of one answer that get each change; the ones beyond (a script opening hundreds of `attach`
# streams: each change rendered for each follower, a core for one user at 100) get its state now and its end.
LIVE_FOLLOWERS = 32
# ...and of all one user's answers in this process (the probe had 3 answers x 32 attaches slow everyone).
LIVE_FOLLOWERS_PER_USER = 64
# Paced followers of one answer (other tabs, attached scripts: not the page that sent it) share this many
# updates a second, each at most its own pace: the server's cost of an answer's followers stays about
# flat however many tabs follow it (each update costs ~1.6 ms of Gradio's time for a long answer).
PACED_UPDATES_PER_ANSWER = 40.0
_live_by_owner: dict[str, int] = {}


class Followed:
    answer: Answer
    done: bool
    owner_id: str

    def __init__(self) -> None:
        self.live_followers = 0
        self.paced = 0  # live followers with a pace (they share PACED_UPDATES_PER_ANSWER)
        self.followers = 0
        self._news = asyncio.Event()

    @property
    def message_id(self) -> str | None:
        return self.answer.message_id

    @property
    def conversation_id(self) -> str | None:
        return self.answer.conversation_id

    def changed(self) -> None:
        """Wake every follower: each reads the Answer as it is now (updates coalesce for slow readers)."""
        news, self._news = self._news, asyncio.Event()
        news.set()

    async def follow(self, every: float = 0.0) -> AsyncIterator[Answer]:
        """The Answer after each change, until it has ended (the last one is its final state), at most one
        update each `every` seconds (or less often, when many share the answer's paced updates). Leaving
        (closing this generator) leaves the answer going. Beyond the follower caps: now and the end."""
        owner = getattr(self, "owner_id", "")
        live = self.live_followers < LIVE_FOLLOWERS and _live_by_owner.get(owner, 0) < LIVE_FOLLOWERS_PER_USER
        paced = live and every > 0
        self.live_followers += live
        self.paced += paced
        _live_by_owner[owner] = _live_by_owner.get(owner, 0) + live
        self.followers += 1
        self.joined()
        try:
            seen = -1
            while True:
                news = self._news
                if self.answer.version != seen and (live or seen == -1):
                    seen = self.answer.version
                    yield self.answer
                    if every and not self.done:
                        await asyncio.sleep(max(every, self.paced / PACED_UPDATES_PER_ANSWER))
                        continue
                if self.done:
                    if self.answer.version != seen:
                        yield self.answer
                    return
                await news.wait()
        finally:
            self.live_followers -= live
            self.paced -= paced
            if live:
                _live_by_owner[owner] -= 1
                if not _live_by_owner[owner]:
                    del _live_by_owner[owner]
            self.followers -= 1
            if not self.followers:
                self.deserted()

    async def ended(self, timeout: float) -> bool:
        """Wait until the answer has ended, at most `timeout` seconds; whether it has."""
        try:
            async with asyncio.timeout(timeout):
                while not self.done:
                    await self._news.wait()
        except TimeoutError:
            pass
        return self.done

    def joined(self) -> None:
        """A follower came (before its first read)."""

    def deserted(self) -> None:
        """The last follower left."""

"""Followers of answers (kimi_ui/following.py): each change for the first LIVE_FOLLOWERS of an answer and
LIVE_FOLLOWERS_PER_USER of all one user's answers; the others get the state now and the end."""

from __future__ import annotations

import asyncio

from kimi_ui.answer import Answer
from kimi_ui.following import LIVE_FOLLOWERS, LIVE_FOLLOWERS_PER_USER, Followed


class Written(Followed):
    def __init__(self, owner_id: str) -> None:
        super().__init__()
        self.owner_id, self.answer, self.done = owner_id, Answer(), False

    def change(self) -> None:
        self.answer.version += 1
        self.changed()


async def updates_seen(answers: list[Written], per_answer: int, changes: int = 5) -> list[int]:
    """Start `per_answer` followers on each answer, make `changes` changes, end them: updates each got."""
    counts: list[int] = []

    async def read(answer: Written) -> None:
        seen = 0
        async for _ in answer.follow():
            seen += 1
        counts.append(seen)

    tasks = [asyncio.create_task(read(a)) for a in answers for _ in range(per_answer)]
    await asyncio.sleep(0)  # every follower has had its first read
    for _ in range(changes):
        for answer in answers:
            answer.change()
        await asyncio.sleep(0)
    for answer in answers:
        answer.done = True
        answer.change()
    await asyncio.gather(*tasks)
    return counts


def test_followers_beyond_the_caps_get_the_state_now_and_the_end():
    one = asyncio.run(updates_seen([Written("alice")], LIVE_FOLLOWERS + 5))
    assert sum(c > 2 for c in one) == LIVE_FOLLOWERS and all(c >= 2 for c in one)
    three = asyncio.run(updates_seen([Written("bob") for _ in range(3)], LIVE_FOLLOWERS))
    assert sum(c > 2 for c in three) == LIVE_FOLLOWERS_PER_USER  # not 3 x 32
    mixed = asyncio.run(updates_seen([Written("carol"), Written("dave"), Written("erin")], LIVE_FOLLOWERS))
    assert sum(c > 2 for c in mixed) == 3 * LIVE_FOLLOWERS  # the cap is per user


def test_paced_followers_share_the_answers_updates():
    from kimi_ui import following

    async def go() -> list[tuple[float, int]]:
        answer = Written("frank")
        counts: list[tuple[float, int]] = []

        async def read(every: float) -> None:
            seen = 0
            async for _ in answer.follow(every=every):
                seen += 1
            counts.append((every, seen))

        tasks = [asyncio.create_task(read(0.05)) for _ in range(20)]
        sender = asyncio.create_task(read(0.0))
        for _ in range(40):  # a change every 10 ms for 0.4 s
            answer.change()
            await asyncio.sleep(0.01)
        answer.done = True
        answer.change()
        await asyncio.gather(*tasks, sender)
        return counts

    following.PACED_UPDATES_PER_ANSWER, saved = 40.0, following.PACED_UPDATES_PER_ANSWER
    try:
        counts = asyncio.run(go())
    finally:
        following.PACED_UPDATES_PER_ANSWER = saved
    paced = [seen for every, seen in counts if every]
    (sender,) = [seen for every, seen in counts if not every]
    # 20 paced followers at 40 updates a second in all: each waits 0.5 s, so it sees its first update and
    # the end (at 0.05 s each, alone, it would see about 8); the sender follows every change.
    assert max(paced) <= 3, paced
    assert sender > 20, sender

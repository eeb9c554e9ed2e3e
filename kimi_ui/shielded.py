"""Work that must run to its end once begun, whoever cancels the task that awaits it.

Stop cancels a turn's task. Cancelling an await on a worker thread does not stop the thread: a database
write goes on and its result is lost (a question saved with its answer left 'streaming', a lease claimed
that nobody releases). Such steps are awaited through `through_cancel`, and the caller looks at `cut`
(Stop came meanwhile) once the step is done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any


async def through_cancel(work: Awaitable[Any]) -> tuple[Any, bool]:
    """The result of `work` once it has finished, and whether the awaiting task was cancelled meanwhile
    (any number of times). An exception of `work` is raised as usual."""
    future, cut = asyncio.ensure_future(work), False
    while True:
        try:
            return await asyncio.shield(future), cut
        except asyncio.CancelledError:
            if future.cancelled():
                raise
            cut = True

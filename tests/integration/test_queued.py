"""Messages queued while their conversation answers (kimi_ui/queued.py), over real HTTP to the simulated
backend and a real SQLite file: sent in order by the server with nobody following, files kept out of the
upload sweep, paused after Stop, resumed at start, and only the owner's."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import update

from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.jobs import Jobs
from kimi_ui.events import note_words
from kimi_ui.queued import MAX_PER_CONVERSATION, Queue, QueueRefused
from kimi_ui.storage import store
from kimi_ui.storage.queued_model import QueuedMessage
from kimi_ui.turns import TurnInput, Turns
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
SLOW = "#sim rate=200 tokens=300"  # about a second and a half of answer


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)


def with_queue(harness, work):
    async def go():
        backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
        jobs = Jobs(Turns(harness.db, backends, harness.settings), limit=8)
        queue = Queue(harness.db, jobs, harness.settings.data_dir / "queued")
        try:
            return await work(jobs, queue)
        finally:
            await backends.close()

    return asyncio.run(asyncio.wait_for(go(), 60))


def turn(text: str, **options) -> TurnInput:
    return TurnInput(text=text, mode="instant", **options)


async def answering(jobs, owner_id: str, text: str):
    """A job whose question is saved (so the conversation exists and answers)."""
    job = jobs.start(owner_id, turn(text))
    async for answer in job.follow():
        if answer.message_id:
            return job
    raise AssertionError(f"not started: {job.answer.error}")


async def quiet(jobs, queue, owner_id: str, conversation_id: str) -> None:
    """Wait (by the jobs' own end signals) until nothing runs or waits to start in the conversation."""
    while (job := jobs.by_conversation(owner_id, conversation_id) or queue.current(owner_id, conversation_id)):
        await job.task


def questions(harness, conversation_id: str) -> list[tuple[str, str]]:
    rows = harness.messages(conversation_id)
    return [(m.role, m.content if m.role == "user" else m.status) for m in rows]


def test_two_queued_messages_are_sent_in_order_with_nobody_following(harness, sim_requests):
    async def work(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        cid = first.conversation_id
        assert queue.busy(harness.owner_id, cid)
        await queue.queue(harness.owner_id, turn("second", conversation_id=cid))
        await queue.queue(harness.owner_id, turn("third", conversation_id=cid))
        listed = await queue.list(harness.owner_id, cid)
        assert [q.text for q in listed] == ["second", "third"] and not any(q.paused for q in listed)
        await first.task  # no follower at all from here on
        await quiet(jobs, queue, harness.owner_id, cid)
        return cid, await queue.list(harness.owner_id, cid)

    cid, left = with_queue(harness, work)
    assert left == []
    assert questions(harness, cid) == [("user", f"first {SLOW}"), ("assistant", "done"), ("user", "second"),
                                       ("assistant", "done"), ("user", "third"), ("assistant", "done")]
    last = [r["body"]["messages"][-1]["content"] for r in sim_requests()][-2:]
    assert last == ["second", "third"]  # each sent after the answer before it, in the order queued


def test_queued_files_survive_the_upload_sweep(harness, tmp_path):
    upload = tmp_path / "gradio-cache" / "notes.txt"
    upload.parent.mkdir()
    upload.write_text("the queued file's words", encoding="utf-8")

    async def work(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        cid = first.conversation_id
        await queue.queue(harness.owner_id, turn("read it", conversation_id=cid, files=((str(upload), "notes.txt"),)))
        upload.unlink()  # Gradio's cache sweep (delete_cache) removed the upload meanwhile
        await first.task
        await quiet(jobs, queue, harness.owner_id, cid)
        return cid

    cid = with_queue(harness, work)
    question = [m for m in harness.messages(cid) if m.content == "read it"][0]
    (attachment,) = harness.attachments(question.id)
    assert attachment.kind == "document" and attachment.name == "notes.txt"
    assert not any((harness.settings.data_dir / "queued").rglob("*.txt"))  # the held copy went with the turn


def test_stop_pauses_the_queue_until_the_user_resumes_it(harness):
    async def work(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        cid = first.conversation_id
        await queue.queue(harness.owner_id, turn("after stop", conversation_id=cid))
        assert jobs.stop(harness.owner_id, conversation_id=cid)
        await first.task
        paused = await queue.list(harness.owner_id, cid)
        assert jobs.by_conversation(harness.owner_id, cid) is None and queue.current(harness.owner_id, cid) is None
        resumed = await queue.resume(harness.owner_id, cid)
        await quiet(jobs, queue, harness.owner_id, cid)
        return cid, paused, resumed

    cid, paused, resumed = with_queue(harness, work)
    assert [(q.text, q.paused) for q in paused] == [("after stop", True)] and "stopped" in note_words(paused[0].note)
    assert resumed is not None and ("user", "after stop") in questions(harness, cid)


def test_only_the_owner_lists_or_removes_and_a_foreign_conversation_is_refused(harness):
    with harness.db.session() as session:
        bob = store.ensure_user(session, name="bob").id

    async def work(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        cid = first.conversation_id
        mine = await queue.queue(harness.owner_id, turn("mine", conversation_id=cid))
        with pytest.raises(QueueRefused, match="does not exist"):
            await queue.queue(bob, turn("into alice's chat", conversation_id=cid))
        seen_by_bob = await queue.list(bob, cid)
        removed_by_bob = await queue.remove(bob, mine)
        still = await queue.list(harness.owner_id, cid)
        removed = await queue.remove(harness.owner_id, mine)
        await first.task
        await quiet(jobs, queue, harness.owner_id, cid)
        return cid, seen_by_bob, removed_by_bob, still, removed

    cid, seen_by_bob, removed_by_bob, still, removed = with_queue(harness, work)
    assert seen_by_bob == [] and removed_by_bob is False and [q.text for q in still] == ["mine"] and removed
    assert [c for r, c in questions(harness, cid) if r == "user"] == [f"first {SLOW}"]  # removed: never sent


def test_a_queue_holds_a_bounded_number_of_messages(harness):
    async def work(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        cid = first.conversation_id
        for n in range(MAX_PER_CONVERSATION):
            await queue.queue(harness.owner_id, turn(f"q{n}", conversation_id=cid))
        with pytest.raises(QueueRefused, match="At most"):
            await queue.queue(harness.owner_id, turn("one too many", conversation_id=cid))
        first.stop()
        await first.task

    with_queue(harness, work)


def test_a_queue_behind_an_interrupted_answer_waits_for_the_user_after_a_restart(harness):
    """Shutdown interrupts the answer (Continue is offered on it): the queue behind it is paused, not sent
    at the restart over that Continue; after a kill (no pause written) the restart pauses it too. Other
    queues left by the stopped process are sent at the restart."""
    async def before(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        killed = await answering(jobs, harness.owner_id, f"killed {SLOW}")
        other = await answering(jobs, harness.owner_id, f"other {SLOW}")
        for job, text in ((first, "behind drained"), (killed, "behind killed"), (other, "left behind")):
            await queue.queue(harness.owner_id, turn(text, conversation_id=job.conversation_id))
        for job in (first, killed, other):
            job.stop("interrupted" if job is not other else "cancelled")
        await jobs.drain(5)
        return first.conversation_id, killed.conversation_id, other.conversation_id

    drained, killed, other = with_queue(harness, before)
    with harness.db.session() as session:  # as a kill -9 leaves them: nothing paused, "left behind" waiting
        session.execute(update(QueuedMessage).where(QueuedMessage.conversation_id.in_([killed, other]))
                        .values(paused=False, note=""))
        session.commit()
    for cid in (drained, killed):
        assert harness.messages(cid)[-1].status == "interrupted"
    assert harness.messages(other)[-1].status == "cancelled"

    async def after(jobs, queue):
        started = await queue.resume_all()
        await quiet(jobs, queue, harness.owner_id, other)
        return started, [(await queue.list(harness.owner_id, cid))[0] for cid in (drained, killed)]

    started, paused = with_queue(harness, after)
    assert started == 1 and questions(harness, other)[-2:] == [("user", "left behind"), ("assistant", "done")]
    assert [(q.text, q.paused) for q in paused] == [("behind drained", True), ("behind killed", True)]
    assert all("interrupted" in note_words(q.note) for q in paused)
    assert "unterbrochen" in note_words(paused[0].note, "de")  # a code, worded in the page's language


def test_a_users_queued_messages_and_their_files_are_bounded_across_conversations(tmp_path, sim):
    """Found by the outsider probe: one upload named 100 times in one queued message made 100 copies, and
    nothing bounded the queued copies (without a storage quota) or a user's queued rows in all chats."""
    harness = TurnHarness.create(tmp_path / "data", sim.url, auto_title=False, max_queued_per_user=3,
                                 max_queued_mb_per_user=1)
    big = tmp_path / "cache"
    big.mkdir()
    files = []
    for name in ("a.txt", "b.txt"):
        (big / name).write_bytes(b"x" * 600_000)
        files.append((str(big / name), name))

    async def work(jobs, queue):
        first = await answering(jobs, harness.owner_id, f"first {SLOW}")
        second = await answering(jobs, harness.owner_id, f"second {SLOW}")
        one, two = first.conversation_id, second.conversation_id
        await queue.queue(harness.owner_id, turn("with a", conversation_id=one, files=(files[0],)))
        with pytest.raises(QueueRefused, match="of the 1 MB"):
            await queue.queue(harness.owner_id, turn("with b", conversation_id=two, files=(files[1],)))
        await queue.queue(harness.owner_id, turn("text one", conversation_id=one))
        await queue.queue(harness.owner_id, turn("text two", conversation_id=two))
        with pytest.raises(QueueRefused, match="At most 3 messages can wait in all your conversations"):
            await queue.queue(harness.owner_id, turn("a fourth", conversation_id=two))
        for job in (first, second):
            job.stop()
            await job.task

    with_queue(harness, work)
    held = [p for p in (harness.settings.data_dir / "queued").rglob("*") if p.is_file()]
    assert [p.name for p in held] == ["0-a.txt"], held  # the refused message left no copy behind

"""The database bench/page.py opens, written before the app starts: perf_common's 400-message and short chats,
a 300-message chat, a 100-message chat whose last answer has two versions, and rare words to search for."""

from __future__ import annotations

from pathlib import Path

from bench.perf_common import MODEL, SIM_BACKEND, seed_chats

MID_TITLE, VERSIONS_TITLE = "Chat of 300 messages", "Versions chat (100 messages)"
MID_LAST, VERSION_ONE, VERSION_TWO = "LAST-OF-THE-300", "VERSION-ONE-OF-THE-LAST-ANSWER", "VERSION-TWO-OF-THE-LAST-ANSWER"
NEEDLES = [f"quokka{chr(97 + i)}{chr(97 + j)}" for i in range(26) for j in range(4)]  # one message each


def seed(data_dir: Path) -> None:
    """perf_common's 400-message and short chats, plus a 300-message chat, a 100-message chat whose last answer
    has two versions, and one message per search needle. All pinned, so they stay on the sidebar's first page."""
    from kimi_ui.auth import LOCAL_USER
    from kimi_ui.storage import store
    from kimi_ui.storage.db import Database

    seed_chats(data_dir, earlier=400)
    db = Database(f"sqlite:///{(data_dir / 'kimi_ui.db').resolve()}")
    with db.session() as session:
        owner = store.ensure_user(session, name=LOCAL_USER).id

        def chat(title: str, count: int, last: str) -> tuple[str, str]:
            conv = store.create_conversation(session, owner_id=owner, system_prompt="", backend=SIM_BACKEND,
                                             mode="instant", title=title)
            question = ""
            for i in range(count):
                role = "user" if i % 2 == 0 else "assistant"
                text = f"Message {i} of {title}. " + "Some words to fill the bubble. " * (1 + i % 6)
                row = store.add_message(session, owner_id=owner, conversation_id=conv.id, role=role,
                                        content=text + (last if i == count - 1 else ""),
                                        **({"backend": SIM_BACKEND, "model": MODEL, "mode": "instant",
                                            "finish_reason": "stop"} if role == "assistant" else {}))
                question = row.id if role == "user" else question
            store.update_conversation(session, owner_id=owner, conversation_id=conv.id, pinned=True, touch=False)
            return conv.id, question

        chat(MID_TITLE, 300, MID_LAST)
        conv_id, question = chat(VERSIONS_TITLE, 99, "")
        for marker in (VERSION_ONE, VERSION_TWO):  # siblings under the last question; the second is shown
            store.add_message(session, owner_id=owner, conversation_id=conv_id, role="assistant",
                              content=f"The answer, {marker}.", parent_id=question, backend=SIM_BACKEND,
                              model=MODEL, mode="instant", finish_reason="stop")
        haystack = store.create_conversation(session, owner_id=owner, system_prompt="", backend=SIM_BACKEND,
                                             mode="instant", title="Haystack")
        for needle in NEEDLES:
            store.add_message(session, owner_id=owner, conversation_id=haystack.id, role="user",
                              content=f"A note about {needle} among other words.")
    db.dispose()

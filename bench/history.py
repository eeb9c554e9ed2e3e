"""History at scale: one user with 10,000 conversations and 100,000 messages (one conversation of 1,000),
on a SQLite file and on a fresh PostgreSQL database, timed through the app's own code paths (build_context,
Handlers, the search function and the sidebar's HTML). Server-side time in this one process, without the
browser. Medians of N runs after a warm-up, next to the targets of the history issue.

    python bench/history.py [--runs 21] [--sqlite-only]

PostgreSQL: a fresh database is created on the server at KIMI_UI_BENCH_POSTGRES_URL (an admin URL such as
postgresql+psycopg://postgres@127.0.0.1:55432/postgres) and dropped at the end; without it a throw-away
cluster is started like scripts/test does (initdb/pg_ctl, as the `postgres` user when root) and stopped.
The data (same for both databases) is made by the migrations plus SQLAlchemy core executemany, exactly the
rows the app would write; the search index is filled by the database itself (FTS5 triggers, tsvector).
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text

from kimi_ui.auth import LOCAL_USER
from kimi_ui.server import build_context
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Conversation, MessageRow, User
from kimi_ui.storage.search import search
from kimi_ui.ui.handlers import Handlers, SessionState
from kimi_ui.ui.sidebar import search_results_html
from tests.support.serving import make_settings

CONVERSATIONS, MESSAGES, BIG = 10_000, 100_000, 1_000
RARE, RARE_SHARE, COMMON = "zorblax", 0.007, "the"  # a made-up word in ~0.7% of messages; a word in most
NOW = datetime.now(UTC).replace(microsecond=0)  # the sidebar groups by age: Today, Yesterday, ...

THINGS = {
    "Python": ["list comprehension", "asyncio event loop", "virtual environment", "type hint", "pytest fixture",
               "dataclass", "generator", "context manager", "import cycle", "memory leak"],
    "Linux": ["systemd unit", "cron job", "file permission", "SSH key", "disk quota", "kernel module",
              "firewall rule", "bash script", "log rotation", "swap file"],
    "Cooking": ["sourdough starter", "risotto", "pad thai", "bread dough", "tomato sauce", "pie crust",
                "curry paste", "brine", "stock", "caramel"],
    "Travel": ["rail pass", "visa application", "packing list", "night train", "hostel booking", "layover",
               "travel insurance", "ferry ticket", "itinerary", "currency exchange"],
    "Finance": ["index fund", "tax return", "budget spreadsheet", "mortgage rate", "pension plan",
                "emergency fund", "invoice", "expense report", "credit score", "savings goal"],
    "Writing": ["cover letter", "short story", "essay outline", "press release", "wedding speech",
                "product description", "thesis chapter", "blog post", "newsletter", "grant proposal"],
    "Math": ["eigenvalue", "integral", "probability puzzle", "proof by induction", "matrix inverse",
             "Fourier series", "limit", "derivative", "prime number", "graph colouring"],
}
ASKS = ["How do I fix my {t}? It keeps failing when {c}.", "Can you explain how a {t} works, step by step?",
        "What is the best way to set up a {t} if {c}?", "Compare two approaches to a {t} for me.",
        "My {t} broke after {c}. What should I check first?", "Write a short checklist for a {t}."]
CONTEXTS = ["I run it overnight", "the input is large", "I am on a slow laptop", "it runs in a container",
            "two people use it at once", "the deadline is tomorrow", "I changed nothing", "the network drops"]
SAYS = ["A {t} usually goes wrong for one of three reasons, and the first is the most common.",
        "Start by checking the simplest thing: whether the {t} is configured the way you think it is.",
        "If {c}, the behaviour you describe is expected, and there is a small change that avoids it.",
        "Here is a version that keeps the {t} small and easy to test before you make it bigger.",
        "The trade-off is speed against safety; for most people the safer option is the better default.",
        "Measure before and after the change, so you know whether the {t} actually improved.",
        "Keep a note of what you tried; it makes the next problem with the {t} much quicker to solve.",
        "The documentation covers this, but the example there skips the step where {c}."]
THINKS = ["The user asks about a {t}. Key facts first, then the likely cause.",
          "They mention that {c}; that changes the answer, so I should address it directly.",
          "I should keep it practical: a short list, one example, and a warning about the usual mistake.",
          "Check: is there a simpler explanation for the {t} problem? Probably configuration."]
TITLES = ["{T} help", "Fixing a {t}", "Question about a {t}", "{T} for beginners", "Planning the {t}",
          "Why does my {t} fail", "{T}: options compared", "Notes on {t}"]


def clause(rng: random.Random, templates: list[str], thing: str, rare: bool = False) -> str:
    sentences = [rng.choice(templates).format(t=thing, T=thing.capitalize(), c=rng.choice(CONTEXTS))
                 for _ in range(rng.randint(2, 5))]
    if rare:
        sentences.insert(rng.randrange(len(sentences) + 1), f"The {RARE} setting is what controls this.")
    return " ".join(sentences)


@dataclass
class DataSet:
    user: dict
    conversations: list[dict] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    big_id: str = ""
    small_id: str = ""
    rare: int = 0


def sizes(rng: random.Random) -> list[int]:
    """Messages per conversation: one of BIG, the rest even (question + answer), 2..20, summing to MESSAGES."""
    counts = [10] * (CONVERSATIONS - 1)
    for _ in range(4000):  # vary the lengths, keeping the sum
        i, j = rng.randrange(len(counts)), rng.randrange(len(counts))
        if counts[i] > 2 and counts[j] < 20:
            counts[i], counts[j] = counts[i] - 2, counts[j] + 2
    excess = sum(counts) + BIG - MESSAGES
    while excess > 0:
        i = rng.randrange(len(counts))
        if counts[i] > 2:
            counts[i], excess = counts[i] - 2, excess - 2
    return [BIG] + counts


def make_data(seed: int = 7) -> DataSet:
    rng = random.Random(seed)
    owner = uuid.UUID(int=rng.getrandbits(128)).hex
    data = DataSet(user={"id": owner, "name": LOCAL_USER, "created_at": NOW - timedelta(days=800),
                         "is_admin": False, "disabled": False})
    topics = list(THINGS)
    pinned = set(rng.sample(range(1, CONVERSATIONS), 12))
    archived = set(rng.sample(range(1, CONVERSATIONS), 150)) - pinned
    for n, count in enumerate(sizes(rng)):
        topic = rng.choice(topics)
        thing = rng.choice(THINGS[topic])
        cid = uuid.UUID(int=rng.getrandbits(128)).hex
        at = NOW - timedelta(days=3 if n == 0 else rng.uniform(0, 730), seconds=count * 200)  # ends before NOW
        first = at
        parent = None
        for seq in range(1, count + 1):
            mid = uuid.UUID(int=rng.getrandbits(128)).hex
            rare = rng.random() < RARE_SHARE
            at += timedelta(seconds=rng.randint(20, 200))
            row = {"id": mid, "conversation_id": cid, "owner_id": owner, "seq": seq, "parent_id": parent,
                   "role": "user" if seq % 2 else "assistant", "status": "done", "created_at": at, "updated_at": at,
                   "content": "", "reasoning": "", "reasoning_seconds": None, "tool_calls": None, "usage": None,
                   "finish_reason": None, "error": None, "notices": None, "backend": None, "model": None,
                   "mode": None}
            if seq % 2:
                ask = rng.choice(ASKS).format(t=thing, c=rng.choice(CONTEXTS))
                row["content"] = f"{ask} {clause(rng, SAYS, thing, rare)}" if rare or rng.random() < 0.5 else ask
            else:
                body = clause(rng, SAYS, thing, rare) + "\n\n" + clause(rng, SAYS, thing)
                if rng.random() < 0.3:
                    body += f"\n\n- check the {thing}\n- run it again\n\n```bash\nrun --verbose {seq}\n```"
                seconds = round(rng.uniform(1, 30), 2)
                row.update(content=body, reasoning=clause(rng, THINKS, thing), reasoning_seconds=seconds,
                           usage={"prompt_tokens": 200 + 60 * seq, "completion_tokens": rng.randint(80, 600),
                                  "cached_tokens": 0, "ttft_ms": rng.randint(150, 900), "tokens_per_s": 42.0,
                                  "reasoning_seconds": seconds},
                           finish_reason="stop", notices=[], backend="vllm", model="moonshotai/Kimi-K2.5",
                           mode="thinking")
            data.messages.append(row)
            parent = mid
        data.conversations.append({
            "id": cid, "owner_id": owner, "title": rng.choice(TITLES).format(t=thing, T=thing.capitalize()),
            "system_prompt": "", "backend": "vllm", "mode": "thinking", "max_tokens": None, "sampling": None,
            "tools": None, "leaf_id": parent, "pinned": n in pinned, "archived": n in archived,
            "title_by": "words", "created_at": first, "updated_at": at,
        })
        if n == 0:
            data.big_id = cid
        elif count == 10 and not data.small_id and n not in archived:
            data.small_id = cid
    data.conversations.sort(key=lambda c: c["created_at"])  # written in the order they happened
    data.messages.sort(key=lambda m: m["created_at"])
    data.rare = sum(RARE in m["content"] or RARE in m["reasoning"] for m in data.messages)
    return data


def populate(url: str, data: DataSet) -> dict:
    """Migrate a blank database, bulk-insert the data set, check the search index; returns facts about it."""
    db = Database(url)
    db.migrate()
    with db.engine.begin() as conn:
        conn.execute(insert(User.__table__), [data.user])
        conn.execute(insert(Conversation.__table__), data.conversations)
        for start in range(0, len(data.messages), 5000):
            conn.execute(insert(MessageRow.__table__), data.messages[start:start + 5000])
    sqlite = db.engine.dialect.name == "sqlite"
    count = ("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH :q" if sqlite else
             "SELECT count(*) FROM messages WHERE search @@ plainto_tsquery('simple', :q)")
    if sqlite:  # outside any transaction: fold the WAL into the file, as a quiet app's would be
        raw = db.engine.raw_connection()
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.close()
    with db.engine.begin() as conn:
        if not sqlite:
            conn.exec_driver_sql("ANALYZE")
        facts = {name: conn.execute(text(count), {"q": word}).scalar_one()
                 for name, word in (("rare", RARE), ("common", COMMON))}
        size = (Path(db.engine.url.database).stat().st_size if sqlite else
                conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())
    db.dispose()
    if facts["rare"] != data.rare:
        raise SystemExit(f"search index holds {facts['rare']} messages with {RARE!r}, expected {data.rare}")
    return {**facts, "size": size / 2**20}


def median_ms(fn, runs: int) -> float:
    fn()  # warm-up: caches, the connection pool, lazy imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(url: str, data: DataSet, runs: int, folder: Path) -> dict[str, float]:
    ctx = build_context(make_settings(folder, database_url=url))  # a plain build: nothing in the background
    handlers, owner = Handlers(ctx), data.user["id"]
    if ctx.owner_id(None) != owner:
        raise SystemExit("the app does not see the benchmark's user as its local user")

    def find(word: str):
        with ctx.db.session(read_only=True) as session:
            hits = search(session, owner_id=owner, query=word)
        if not hits:
            raise SystemExit(f"no hits for {word!r}")
        return search_results_html(hits, word)

    chat, _, _ = handlers.chat_view(owner, data.big_id)
    if len(chat) < 60:
        raise SystemExit("the 1,000-message chat shows too little")
    try:
        return {
            "sidebar": median_ms(lambda: handlers.sidebar_html(owner, SessionState()), runs),
            "big": median_ms(lambda: handlers.chat_view(owner, data.big_id), runs),
            "small": median_ms(lambda: handlers.chat_view(owner, data.small_id), runs),
            "big_all": median_ms(lambda: handlers.chat_view(owner, data.big_id, window=BIG), runs),
            "opened": median_ms(lambda: handlers.opened(owner, SessionState(conversation_id=data.big_id)), runs),
            "rare": median_ms(lambda: find(RARE), runs),
            "common": median_ms(lambda: find(COMMON), runs),
        }
    finally:
        ctx.db.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def throwaway_cluster() -> str:
    """A PostgreSQL cluster in a temp dir on a random loopback port, stopped at exit (as scripts/test)."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: [int(x) for x in p.parent.name.split(".")])
    if not bins:
        raise SystemExit("no PostgreSQL under /usr/lib/postgresql: set KIMI_UI_BENCH_POSTGRES_URL or use --sqlite-only")
    folder, port = Path(tempfile.mkdtemp(prefix="kimi-ui-bench-pg.")), free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    if os.getuid() == 0:
        subprocess.run(["chown", "postgres", str(folder)], check=True)

    def run(*args: str) -> None:
        subprocess.run([*as_postgres, *args], check=True, capture_output=True)

    run(str(bins[-1] / "initdb"), "-D", f"{folder}/data", "-A", "trust", "-U", "postgres", "--no-sync")
    run(str(bins[-1] / "pg_ctl"), "-D", f"{folder}/data", "-l", f"{folder}/server.log", "-w", "-o",
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off", "start")

    def stop() -> None:
        subprocess.run([*as_postgres, str(bins[-1] / "pg_ctl"), "-D", f"{folder}/data", "-m", "immediate", "stop"],
                       capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"


def fresh_database(admin: str) -> str:
    """A new database on the server at `admin`, dropped at exit."""
    import psycopg

    name, plain = f"kimi_bench_{uuid.uuid4().hex[:12]}", admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    atexit.register(drop)  # registered after the cluster's stop: runs before it
    return admin.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostgreSQL")
    args = parser.parse_args()

    started = time.perf_counter()
    data = make_data()
    print(f"made the data set in {time.perf_counter() - started:.1f} s", flush=True)
    urls = {}
    with tempfile.TemporaryDirectory() as folder:
        urls["SQLite"] = f"sqlite:///{folder}/history.db"
        if not args.sqlite_only:
            urls["PostgreSQL"] = fresh_database(os.environ.get("KIMI_UI_BENCH_POSTGRES_URL") or throwaway_cluster())
        facts, figures = {}, {}
        for name, url in urls.items():
            started = time.perf_counter()
            facts[name] = populate(url, data)
            print(f"{name}: loaded in {time.perf_counter() - started:.1f} s; measuring ...", flush=True)
            figures[name] = measure(url, data, args.runs, Path(folder) / name)
    report(data, facts, figures, args.runs)


def report(data: DataSet, facts: dict, figures: dict, runs: int) -> None:
    first = next(iter(facts.values()))
    sizes_mb = ", ".join(f"{name} {f['size']:.0f} MB" for name, f in facts.items())
    print(f"\ndata set: {len(data.conversations):,} conversations, {len(data.messages):,} messages of one user "
          f"(one conversation of {BIG:,}); {RARE!r} in {first['rare']:,} messages "
          f"({first['rare'] / len(data.messages):.2%}), {COMMON!r} in {first['common']:,}; {sizes_mb}")
    print(f"server-side time in one process, without the browser; medians of {runs} runs after a warm-up\n")
    rows = [
        ("sidebar: first page (50 conversations) + HTML", "sidebar", 20),
        (f"open the {BIG:,}-message conversation (last 60, rendered)", "big", 50),
        ("open a 10-message conversation (rendered)", "small", None),
        (f"all {BIG:,} messages of it rendered (window={BIG:,})", "big_all", None),
        ("the whole 'open' event for it (chat, title bar, tool log, sidebar)", "opened", None),
        (f"search {RARE!r} (top 20 + snippets + HTML)", "rare", 50),
        (f"search {COMMON!r} (most messages match)", "common", None),
    ]
    header = ("figure", "SQLite median", "PostgreSQL median", "target", "met")
    table = [header]
    for label, key, target in rows:
        values = [figures[name][key] for name in figures]
        cells = [f"{figures[n][key]:.1f} ms" if n in figures else "–" for n in ("SQLite", "PostgreSQL")]
        met = "" if target is None else ("yes" if max(values) <= target else "NO")
        table.append((label, *cells, f"<= {target} ms" if target else "", met))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for i, r in enumerate(table):
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
        if i == 0:
            print("-+-".join("-" * w for w in widths))


if __name__ == "__main__":
    main()

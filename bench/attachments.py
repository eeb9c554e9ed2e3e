"""Issue 20, item 1: where attachments live when several app processes serve one database.

Prints one table, all rows measured in the same run, for attachments of 100 KB, 1 MB and 8 MB (medians of
--runs repetitions):

  files        what kimi-ui does: save_blob into a data folder, read back the file blob_path names
  large object PostgreSQL large objects (lo_from_bytea / lo_get), one statement each, autocommit
  bytea        a bytea column (INSERT ... RETURNING id / SELECT), autocommit
  page, same   GET /attachments/<id> from the app process that stored the picture (time to last byte)
  page, other  the same GET from a second app process on the same database and data folder

and the growth of the database (files: 0, the folder grows instead) and what a backup must copy.
The PostgreSQL rows run in a throw-away database (created, then dropped) of --database-url's server.

    python bench/attachments.py [--runs 9] [--database-url postgresql+psycopg://postgres@127.0.0.1:55432/postgres]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import numpy as np  # noqa: E402
import psycopg  # noqa: E402
from gradio_client import Client, handle_file  # noqa: E402
from PIL import Image  # noqa: E402

from bench.perf_common import Sim  # noqa: E402
from kimi_ui.storage.files import blob_path, save_blob  # noqa: E402
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, session_cookie  # noqa: E402
from tests.support.processes import AppProcess, query, running, write_config  # noqa: E402
from tests.support.serving import make_settings, sim_backends  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:55432/postgres"
SIZES = {"100 KB": 100_000, "1 MB": 1_000_000, "8 MB": 8_000_000}
VLLM = "Simulated vLLM"
PASSWORD = "bench-password-1"


def plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@contextmanager
def throwaway_database(server_url: str) -> Iterator[str]:
    name = f"kimi_bench_att_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(plain(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(plain(server_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def median_ms(fn: Callable[[int], object], runs: int) -> float:
    fn(-1)  # warm-up
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def payloads(size: int, runs: int) -> list[bytes]:
    """runs + 1 different payloads (content addressing would skip writing a repeat); random, as pictures
    are already compressed and TOAST would not shrink them either."""
    base = os.urandom(size)
    return [i.to_bytes(8, "big") + base[8:] for i in range(runs + 1)]


def bench_files(root: Path, data: list[bytes]) -> tuple[float, float]:
    shas: list[str] = []

    def write(i: int) -> None:
        shas.append(save_blob(root, data[i], "image/png")[0])

    def read(i: int) -> None:
        assert len(blob_path(root, shas[i], "image/png").read_bytes()) == len(data[0])

    return median_ms(write, len(data) - 1), median_ms(read, len(data) - 1)


LARGE_OBJECT = ("SELECT lo_from_bytea(0, %s)", "SELECT lo_get(%s)")
BYTEA = ("INSERT INTO bench_blobs (data) VALUES (%s) RETURNING id", "SELECT data FROM bench_blobs WHERE id = %s")


def bench_sql(conn: psycopg.Connection, statements: tuple[str, str], data: list[bytes]) -> tuple[float, float]:
    """One statement to write a payload (returning its key), one to read it back by that key."""
    write_sql, read_sql = statements
    keys: list[int] = []

    def write(i: int) -> None:
        keys.append(conn.execute(write_sql, (data[i],)).fetchone()[0])

    def read(i: int) -> None:
        assert len(conn.execute(read_sql, (keys[i],)).fetchone()[0]) == len(data[0])

    return median_ms(write, len(data) - 1), median_ms(read, len(data) - 1)


def database_size(conn: psycopg.Connection) -> int:
    return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]


def folder_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def noise_png(path: Path, size: int) -> Path:
    """An RGBA noise picture: kimi-ui keeps transparency lossless (PNG, compress_level=1), so what it stores
    is about width x height x 4 bytes, i.e. about `size`."""
    side = int((size / 4) ** 0.5)
    pixels = np.random.default_rng(size).integers(0, 256, (side, side, 4), dtype=np.uint8)
    Image.fromarray(pixels, "RGBA").save(path)
    return path


def fetch_ms(http: httpx.Client, attachment_id: str, runs: int, expected: int) -> float:
    def get(_i: int) -> None:
        with http.stream("GET", f"attachments/{attachment_id}") as response:
            got = sum(len(chunk) for chunk in response.iter_bytes())  # to the last byte
        assert response.status_code == 200 and got == expected, (response.status_code, got)

    return median_ms(get, runs)


def bench_pages(work: Path, database_url: str, runs: int) -> dict[str, tuple[int, float, float]]:
    """Per size: (stored bytes, ms from the process that stored it, ms from the other process)."""
    sim = Sim().start(work)
    try:
        config = write_config(work / "kimi.toml", [b for b in sim_backends(sim.url)
                                                   if b.name == VLLM], probe_interval=0.5, auto_title=False)
        data = work / "data"  # one data folder for both: the shared volume
        with cheap_hashing():
            add_accounts(make_settings(data, database_url=database_url), {"ada": PASSWORD})
        a, b = (AppProcess(work, data_dir=data, config=config, database_url=database_url, default_backend=VLLM,
                           name=name) for name in ("a", "b"))
        out = {}
        with running(a, b):
            token = session_cookie(a.url, "ada", PASSWORD)  # a session is a row: B knows it too
            with closing(Client(a.url, headers=cookie_header(token), verbose=False)) as client, \
                    httpx.Client(base_url=a.url, headers=cookie_header(token), timeout=60) as on_a, \
                    httpx.Client(base_url=b.url, headers=cookie_header(token), timeout=60) as on_b:
                for label, size in SIZES.items():
                    picture = noise_png(work / f"noise-{size}.png", size)
                    result = client.predict(f"look {label}", [handle_file(str(picture))], "", "instant", "",
                                            api_name="/chat")
                    assert result["status"] == "done", result
                    ((attachment_id, stored),) = query(
                        database_url, "SELECT a.id, a.byte_size FROM attachments a JOIN messages m "
                        "ON m.id = a.message_id WHERE m.conversation_id = ?", (result["conversation_id"],))
                    out[label] = (stored, fetch_ms(on_a, attachment_id, runs, stored),
                                  fetch_ms(on_b, attachment_id, runs, stored))
        return out
    finally:
        sim.stop()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--database-url", default=os.environ.get("KIMI_UI_BENCH_POSTGRES_URL", DEFAULT_URL),
                   help="a PostgreSQL server (its database is only used to create and drop a throw-away one)")
    args = p.parse_args()
    rows: list[tuple[str, str, str, str, str]] = []
    growth: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kimi-bench-att-") as tmp, throwaway_database(args.database_url) as url:
        work = Path(tmp)
        root = work / "attachments"
        written = 0
        with psycopg.connect(plain(url), autocommit=True) as conn:
            conn.execute("CREATE TABLE bench_blobs (id bigserial PRIMARY KEY, data bytea NOT NULL)")
            for label, size in SIZES.items():
                data = payloads(size, args.runs)
                written += size * len(data)
                figures = {}
                for name, fn in (("files", lambda: bench_files(root, data)),
                                 ("large object", lambda: bench_sql(conn, LARGE_OBJECT, data)),
                                 ("bytea", lambda: bench_sql(conn, BYTEA, data))):
                    before = database_size(conn)
                    figures[name] = fn()
                    growth[name] = growth.get(name, 0) + database_size(conn) - before
                rows += [(label, name, f"{w:.2f}", f"{r:.2f}", "") for name, (w, r) in figures.items()]
            folder = folder_size(root)
        pages = bench_pages(work, url, args.runs)
    for label, (stored, same, other) in pages.items():
        rows.append((label, "page, same process", "", f"{same:.2f}", f"{stored:,} B stored"))
        rows.append((label, "page, other process", "", f"{other:.2f}", f"{other / same:.2f}x same"))

    print(f"\nattachments, medians of {args.runs} runs ({os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the end)\n")
    print("| size | where | write ms | read ms | note |\n| --- | --- | --- | --- | --- |")
    for row in sorted(rows, key=lambda r: list(SIZES).index(r[0])):
        print("| " + " | ".join(row) + " |")
    mb = 1_000_000
    print(f"\nwritten per way: {written / mb:.1f} MB (payloads plus warm-ups)")
    print("| where | database growth MB | data folder growth MB |\n| --- | --- | --- |")
    print(f"| files | {growth['files'] / mb:.1f} | {folder / mb:.1f} |")
    for name in ("large object", "bytea"):
        print(f"| {name} | {growth[name] / mb:.1f} | 0 |")


if __name__ == "__main__":
    main()

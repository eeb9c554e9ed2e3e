"""Issue 20: replicas behind nginx. N app processes (`python app.py`) on one PostgreSQL database behind Debian's
nginx with the repo's own deploy/nginx/kimi-ui.conf (tests/support/cluster.py starts them), the simulated
backend in its own process, and users as scripts: each an account, logged in, with the `kimi_route` cookie
nginx set on its first GET (new browsers are taken until every replica has --users-per-replica of them),
streaming through `/chat` with gradio_client (the script API; the page's own send event and /live side stream
take the same route through nginx: the cookie's replica).

    python bench/replicas.py [--replicas 3] [--users-per-replica 12] [--seconds 30] [--rate 50]
                             [--database-url URL] [--stagger 3] [--probes 4] [--mixed-phases 2] [--skip-kill]

Phases, every user streaming `#sim tokens=seconds*rate rate=rate` at once (starts spread over --stagger s):
1. through nginx, with --probes streams of the same answer straight to the simulated backend (the raw openai
   client) among them: the backend's own duration under the same load;
2. and 3. (--mixed-phases): half of each replica's users straight to it (no nginx), the other half through
   nginx, the halves swapped in the next phase: the added TTFT is taken within each phase (the same load at
   the same seconds) and averaged over the phases;
4. through nginx again, kill -9 of one replica mid-stream, and every user's light other requests through
   nginx meanwhile (one a second at most, each waiting for the last: GET /healthz, GET / (the page), a small
   /chat, in turn). A request that fails counts, unless it is a /chat stream the killed replica held when it
   died (those are counted apart, and their answers are watched in the database until marked interrupted).
Sizing: the replicas' CPU (utime+stime from /proc) over phase 1, answers streaming per core, and each
replica's RSS idle (before the load) and under it (the largest reading, once a second).

PostgreSQL: --database-url (an admin URL such as postgresql+psycopg://postgres@127.0.0.1:55432/postgres; a
database of the bench's own is created in it and dropped at the end), else KIMI_UI_BENCH_POSTGRES_URL, else a
throw-away cluster like scripts/test starts. Never asserts: prints the figures next to the targets.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("KIMI_BENCH_CLIENT_POLL", "0.01")  # 36+ client threads polling every 2 ms load the box

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.history import fresh_database, throwaway_cluster  # noqa: E402
from bench.perf_clients import follow, raw_stream  # noqa: E402
from bench.perf_common import LIFTED_LIMITS, MODEL, SIM_BACKEND, Sim, connect, cpu_seconds, machine_load, rss_mb  # noqa: E402
from kimi_ui.config import BackendConfig  # noqa: E402
from tests.support.accounts import SESSION_COOKIE, add_accounts, cheap_hashing  # noqa: E402
from tests.support.cluster import ROUTE_COOKIE, Cluster  # noqa: E402
from tests.support.processes import query, write_config  # noqa: E402
from tests.support.serving import make_settings  # noqa: E402

PASSWORD = "bench-password-1"
OTHER_KINDS = ("healthz", "page", "chat")


@dataclass
class User:
    name: str
    route: str = ""
    token: str = ""
    replica: int = -1
    via_nginx: object = None  # gradio_client Clients
    direct: object = None

    @property
    def cookie(self) -> str:
        return f"{SESSION_COOKIE}={self.token}; {ROUTE_COOKIE}={self.route}"


@dataclass
class Stream:
    user: int
    replica: int
    direct: bool = False  # straight to its replica, not through nginx
    started: float = 0.0  # monotonic
    ttft: float = math.nan
    total: float = math.nan
    ended: float = math.nan
    status: str = ""
    error: str = ""
    message_id: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "done" and not self.error


@dataclass
class Other:
    user: int
    replica: int
    kind: str
    started: float
    ended: float = math.nan
    error: str = ""


@dataclass
class Phase:
    streams: list[Stream] = field(default_factory=list)
    probes: list = field(default_factory=list)  # perf_clients.Timing of the backend's own streams
    others: list[Other] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # per replica, seconds
    nginx_cpu: float = 0.0
    wall: float = 0.0
    rss: list[float] = field(default_factory=list)  # per replica, largest reading, MiB
    killed: int = -1
    killed_at: float = math.nan
    interrupted_after: dict[str, float] = field(default_factory=dict)  # message id -> seconds after the kill
    watch_error: str = ""


def pct(values: list[float], q: float) -> float:
    values = sorted(v for v in values if v == v)
    if not values:
        return math.nan
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


def median(values: list[float]) -> float:
    values = [v for v in values if v == v]
    return statistics.median(values) if values else math.nan


# -- setting up -------------------------------------------------------------------------------------------------
def new_browsers(cluster: Cluster, users: list[User], per_replica: int) -> int:
    """Give each user the cookie nginx sets on a first GET, keeping a browser only while its replica has room;
    returns how many first GETs it took."""
    counts, tries, pending = [0] * len(cluster.apps), 0, list(users)
    with httpx.Client(timeout=20) as http:
        while pending and tries < 50 * len(users):
            tries += 1
            route = http.get(cluster.url + "/auth/login").cookies.get(ROUTE_COOKIE)
            http.cookies.clear()
            if not route:
                raise RuntimeError("nginx set no kimi_route cookie on a first GET")
            replica = cluster.replica_of(route)
            if counts[replica] < per_replica:
                counts[replica] += 1
                user = pending.pop(0)
                user.route, user.replica = route, replica
    if pending:
        raise RuntimeError(f"nginx spread {tries} new browsers as {counts} only")
    return tries


def log_in(cluster: Cluster, user: User) -> None:
    response = httpx.post(cluster.url + "/auth/login", data={"username": user.name, "password": PASSWORD},
                          cookies={ROUTE_COOKIE: user.route}, follow_redirects=False, timeout=30)
    user.token = response.cookies.get(SESSION_COOKIE) or ""
    if response.status_code != 303 or not user.token:
        raise RuntimeError(f"login of {user.name} failed: {response.status_code} {response.text[:200]}")


def in_threads(work, items, width: int = 6) -> None:
    """Run work(item) for every item, `width` at a time; the first error is raised."""
    errors: list[BaseException] = []
    lock, todo = threading.Lock(), list(items)

    def worker() -> None:
        while True:
            with lock:
                if not todo or errors:
                    return
                item = todo.pop(0)
            try:
                work(item)
            except BaseException as exc:  # noqa: BLE001 - reported by the caller's thread
                errors.append(exc)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(width)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def connect_user(cluster: Cluster, user: User) -> None:
    headers = {"Cookie": user.cookie}
    user.via_nginx = connect(cluster.url + "/", headers=headers)
    user.direct = connect(cluster.apps[user.replica].url, headers=headers)
    for client in (user.via_nginx, user.direct):  # warm: the first turn of each connection
        result = client.predict(f"warm-up {uuid.uuid4().hex[:6]} #sim tokens=5", None, SIM_BACKEND, "instant", "",
                                api_name="/chat")
        if result.get("status") != "done":
            raise RuntimeError(f"warm-up of {user.name} ended {result.get('status')}: {str(result)[:200]}")


# -- the load --------------------------------------------------------------------------------------------------
def chat_stream(client, text: str, stream: Stream, timeout: float) -> None:
    stream.started = time.monotonic()
    try:
        job = client.submit(text, None, SIM_BACKEND, "instant", "", api_name="/chat")
        last = None
        for snapshot in follow(job, timeout):
            if isinstance(snapshot, dict):
                last = snapshot
                stream.message_id = stream.message_id or snapshot.get("message_id") or ""
                if stream.ttft != stream.ttft and snapshot.get("content"):
                    stream.ttft = time.monotonic() - stream.started
        result = job.result(timeout=10)
        last = result if isinstance(result, dict) else last
        stream.status = (last or {}).get("status") or ""
        if stream.status != "done":
            stream.error = f"ended {stream.status or 'without a status'}"
    except Exception as exc:  # noqa: BLE001 - an error is a figure here
        stream.error = f"{type(exc).__name__}: {str(exc)[:160]}"
    stream.ended = time.monotonic()
    stream.total = stream.ended - stream.started


def other_requests(cluster: Cluster, users: list[User], index: int, stop: threading.Event, out: list[Other],
                   offset: float) -> None:
    """One light request a second from this user through nginx until `stop`: the page, /healthz, a small /chat."""
    user = users[index]
    tick, turn = time.monotonic() + offset, index
    with httpx.Client(timeout=30, cookies={SESSION_COOKIE: user.token, ROUTE_COOKIE: user.route}) as http:
        while not stop.is_set():
            stop.wait(max(0.0, tick - time.monotonic()))
            if stop.is_set():
                return
            kind = OTHER_KINDS[turn % len(OTHER_KINDS)]
            turn += 1
            tick += 1.0
            record = Other(index, user.replica, kind, time.monotonic())
            try:
                if kind == "healthz":
                    response = http.get(cluster.url + "/healthz", follow_redirects=False)
                    if response.status_code != 200:
                        record.error = f"HTTP {response.status_code}"
                elif kind == "page":
                    response = http.get(cluster.url + "/", follow_redirects=False, headers={"Accept": "text/html"})
                    if response.status_code != 200:
                        record.error = f"HTTP {response.status_code} {response.headers.get('location', '')}"
                else:
                    result = user.via_nginx.submit(f"other {uuid.uuid4().hex[:6]} #sim tokens=5", None, SIM_BACKEND,
                                                   "instant", "", api_name="/chat").result(timeout=30)
                    if not isinstance(result, dict) or result.get("status") != "done":
                        record.error = f"ended {str(result)[:120]}"
            except Exception as exc:  # noqa: BLE001
                record.error = f"{type(exc).__name__}: {str(exc)[:120]}"
            record.ended = time.monotonic()
            out.append(record)


def watch_interrupted(database_url: str, phase: Phase, held: list[Stream], stop: threading.Event) -> None:
    """After the kill: when each answer the killed replica held is marked interrupted in the database."""
    try:
        while not stop.is_set() and time.monotonic() - phase.killed_at < 60:
            ids = [s.message_id for s in held if s.message_id and s.message_id not in phase.interrupted_after]
            if not ids and all(s.message_id for s in held):
                return
            if ids:
                marks = ",".join("?" * len(ids))
                for (mid,) in query(database_url, "SELECT id FROM messages WHERE status = 'interrupted' "
                                                  f"AND id IN ({marks})", tuple(ids)):
                    phase.interrupted_after[mid] = time.monotonic() - phase.killed_at
            stop.wait(0.2)
    except Exception as exc:  # noqa: BLE001 - shown in the report
        phase.watch_error = f"{type(exc).__name__}: {exc}"


def halves_of(users: list[User]) -> tuple[set[int], set[int]]:
    """Every other user of each replica, and the rest."""
    first: set[int] = set()
    for replica in {u.replica for u in users}:
        first |= set([i for i, u in enumerate(users) if u.replica == replica][::2])
    return first, set(range(len(users))) - first


def run_phase(cluster: Cluster, users: list[User], args, sim: Sim, *, direct: set[int] = frozenset(),
              probes: int = 0, kill: int = -1, database_url: str = "") -> Phase:
    """Every user streams at once (the users in `direct` straight to their replica, the others through nginx);
    `probes` streams of the same answer go straight to the backend; `kill`: kill -9 that replica mid-stream
    while every user sends its other requests."""
    phase, label = Phase(), uuid.uuid4().hex[:6]
    tokens = int(args.seconds * args.rate)
    text = f"#sim tokens={tokens} rate={args.rate:g}"
    timeout = 3 * args.seconds + 60  # a stream this late is cancelled and counted as an error
    go = threading.Event()
    phase.streams = [Stream(i, u.replica, direct=i in direct) for i, u in enumerate(users)]
    phase.probes = [None] * probes

    def user_stream(i: int) -> None:
        go.wait()
        time.sleep(i * args.stagger / len(users))
        client = users[i].direct if i in direct else users[i].via_nginx
        chat_stream(client, f"{label} user {i} {text}", phase.streams[i], timeout)

    def probe(j: int) -> None:
        go.wait()
        time.sleep((j + 0.5) * args.stagger / probes)
        try:
            phase.probes[j] = raw_stream(sim.base, f"{label} probe {j} {text}")
        except Exception as exc:  # noqa: BLE001
            phase.probes[j] = exc

    threads = [threading.Thread(target=user_stream, args=(i,), daemon=True) for i in range(len(users))]
    threads += [threading.Thread(target=probe, args=(j,), daemon=True) for j in range(probes)]
    stop_others = threading.Event()
    others = []
    if kill >= 0:
        others = [threading.Thread(target=other_requests, args=(cluster, users, i, stop_others, phase.others,
                                                                 i / len(users)), daemon=True)
                  for i in range(len(users))]
    for thread in threads + others:
        thread.start()
    pids = [app.proc.pid for app in cluster.apps]
    cpu0 = [cpu_seconds(pid) for pid in pids]
    nginx0 = cpu_seconds(cluster.nginx.process.pid)
    phase.rss = [rss_mb(pid) for pid in pids]
    started = time.monotonic()
    go.set()
    kill_at = started + args.stagger + 0.4 * args.seconds
    watcher = None
    while any(thread.is_alive() for thread in threads):
        victims = [s for s in phase.streams if s.replica == kill]
        if kill >= 0 and phase.killed < 0 and time.monotonic() >= kill_at and all(s.ttft == s.ttft or s.ended == s.ended for s in victims):
            phase.killed, phase.killed_at = kill, time.monotonic()
            cluster.apps[kill].kill()  # kill -9 (and waits for the process to be gone)
            held = [s for s in phase.streams if s.replica == kill]
            watcher = threading.Thread(target=watch_interrupted, args=(database_url, phase, held, stop_others),
                                       daemon=True)
            watcher.start()
        phase.rss = [max(old, rss_mb(pid)) if cluster.apps[r].proc.poll() is None else old
                     for r, (old, pid) in enumerate(zip(phase.rss, pids))]
        time.sleep(0.05 if kill >= 0 and phase.killed < 0 else 1.0)
    phase.wall = time.monotonic() - started
    phase.cpu = [cpu_seconds(pid) - c0 for pid, c0 in zip(pids, cpu0)]
    phase.nginx_cpu = cpu_seconds(cluster.nginx.process.pid) - nginx0
    if watcher is not None:
        watcher.join(timeout=max(1.0, 30 - (time.monotonic() - phase.killed_at)))
    stop_others.set()
    for thread in others:
        thread.join(timeout=40)
    return phase


# -- the report ------------------------------------------------------------------------------------------------
def ms(value: float) -> str:
    return "n/a" if value != value else f"{value * 1000:,.0f} ms"


def report(args, users: list[User], idle_rss: list[float], loaded: Phase, mixed: list[Phase], killed: Phase | None,
           database_url: str, loads: tuple[str, str]) -> None:
    replicas = len(idle_rss)
    n = len(users)
    probes = [p for p in loaded.probes if p is not None and not isinstance(p, Exception) and not p.error]
    backend = median([p.total for p in probes])
    ok = [s for s in loaded.streams if s.ok]
    bad = [s for s in loaded.streams if not s.ok]
    ratios = [s.total / backend for s in ok]
    mixed_streams = [s for phase in mixed for s in phase.streams]
    mixed_bad = [s for s in mixed_streams if not s.ok]
    via = [s.ttft for s in mixed_streams if s.ok and not s.direct]
    straight = [s.ttft for s in mixed_streams if s.ok and s.direct]
    # each phase compares its two halves at the same seconds under the same load; the phases' load differs
    # (the box's too), so the difference is taken within each phase and averaged over them
    halves = [([s.ttft for s in p.streams if s.ok and not s.direct], [s.ttft for s in p.streams if s.ok and s.direct])
              for p in mixed]
    per_phase = [median(a) - median(b) for a, b in halves]
    per_phase90 = [pct(a, 0.9) - pct(b, 0.9) for a, b in halves]
    added, added90 = statistics.fmean(per_phase), statistics.fmean(per_phase90)
    durations = [median([s.total for s in p.streams if s.ok and not s.direct])
                 / median([s.total for s in p.streams if s.ok and s.direct]) for p in mixed]
    cores = sum(loaded.cpu) / loaded.wall
    print()
    print(f"issue 20: {replicas} replicas x {args.users_per_replica} users, #sim tokens={int(args.seconds * args.rate)} "
          f"rate={args.rate:g} ({args.seconds:g} s), starts spread over {args.stagger:g} s; /chat via gradio_client; "
          f"PostgreSQL {database_url.split('@')[-1]}")
    print(f"Settings: lifted limits ({', '.join(f'{k}={v}' for k, v in LIFTED_LIMITS.items())}), auto_title off; "
          f"{loads[0]} at the start, {loads[1]} at the end")
    print()
    print("| figure | measured | target | met |")
    print("| --- | --- | --- | --- |")
    worst = max(ratios, default=math.nan)
    met = "yes" if ratios and worst <= 1.1 and not bad else "NO"
    print(f"| {replicas} replicas x {args.users_per_replica} users through nginx ({args.rate:g} tok/s each, "
          f"{args.seconds:g} s): stream duration vs the backend's | worst {worst:.3f}x, median "
          f"{median(ratios):.3f}x, {len(bad)} errors (backend alone {backend:.2f} s: median of {len(probes)} "
          f"direct streams among them) | <= 1.1x, 0 errors | {met} |")
    met = "yes" if added == added and added <= 0.030 else "NO"
    print(f"| same: added time to first token vs one replica reached directly under the same load | "
          f"median {added * 1000:+.0f} ms (per phase " + ", ".join(f"{d * 1000:+.0f}" for d in per_phase)
          + f"; all: {ms(median(via))} through nginx vs {ms(median(straight))} direct), p90 {added90 * 1000:+.0f} ms "
          f"(per phase " + ", ".join(f"{d * 1000:+.0f}" for d in per_phase90)
          + f"; all: {ms(pct(via, 0.9))} vs {ms(pct(straight, 0.9))}); {len(mixed_bad)} errors | <= 30 ms | {met} |")
    failed_streams: list[Stream] = []
    failed_others: list[Other] = []
    held: list[Stream] = []
    if killed is not None and killed.killed < 0:
        print("| kill -9 of one replica under that load | not done: the phase ended first | 0 | NO |")
        killed = None
    if killed is not None:
        k = killed.killed
        held = [s for s in killed.streams if s.replica == k]
        others_streams = [s for s in killed.streams if s.replica != k]
        failed_streams = [s for s in others_streams if not s.ok]
        # a small /chat of the killed replica's users that was running there at the kill is a stream it held too
        held_small = [o for o in killed.others if o.kind == "chat" and o.replica == k and o.error
                      and o.started <= killed.killed_at <= o.ended]
        failed_others = [o for o in killed.others if o.error and o not in held_small]
        failures = len(failed_streams) + len(failed_others)
        marked = [killed.interrupted_after[s.message_id] for s in held if s.message_id in killed.interrupted_after]
        met = "yes" if failures == 0 else "NO"
        by_kind = ", ".join(f"{sum(1 for o in killed.others if o.kind == kind)} {kind}" for kind in OTHER_KINDS)
        print(f"| kill -9 of one of {replicas} replicas under that load: requests failed other than the streams it "
              f"held | {failures} ({len(failed_streams)} of {len(others_streams)} streams on the other replicas; "
              f"{len(failed_others)} of {len(killed.others)} other requests through nginx: {by_kind}) | 0 | {met} |")
        last = max(marked, default=math.nan)
        print(f"| the streams the killed replica held: marked interrupted in the database | {len(marked)} of "
              f"{len(held)}, the last {last:.1f} s after the kill ({sum(1 for s in held if not s.ok)} cut on the "
              f"client; {len(held_small)} small /chat in flight there too) | within ~10 s | "
              f"{'yes' if len(marked) == len(held) and last <= 12 else 'NO'} |")
    print(f"| sizing: answers streaming per core (the replicas' CPU over the nginx phase) | {n / cores:.1f} "
          f"({n} streams on {cores:.2f} cores: " + " + ".join(f"{c / loaded.wall:.2f}" for c in loaded.cpu)
          + f"; nginx {loaded.nginx_cpu / loaded.wall:.2f} cores) | | |")
    print("| sizing: memory per replica, idle / under load (RSS) | "
          + ", ".join(f"{a:.0f} / {b:.0f} MB" for a, b in zip(idle_rss, loaded.rss)) + " | | |")
    print()
    nginx_ttft = [s.ttft for s in ok]
    print(f"for information: TTFT in the nginx phase p50/p90 {ms(median(nginx_ttft))} / {ms(pct(nginx_ttft, 0.9))}; "
          f"the backend's own {ms(median([p.ttft for p in probes]))}; stream duration through nginx vs direct in the "
          "same phase (medians): " + ", ".join(f"{d:.3f}x" for d in durations))
    errors = [s.error for s in bad + mixed_bad + failed_streams] + [f"{o.kind}: {o.error}" for o in failed_others]
    if killed is not None:
        cut = sorted({s.error or s.status for s in held})
        print(f"killed replica {killed.killed} {killed.killed_at - min(s.started for s in killed.streams):.1f} s "
              f"into the phase; its streams ended as: {'; '.join(cut)[:300]}")
        ids = [s.message_id for s in held if s.message_id]
        rows = dict(query(database_url, f"SELECT id, status FROM messages WHERE id IN ({','.join('?' * len(ids))})",
                          tuple(ids))) if ids else {}
        print("  held streams (status on the client / in the database now): " + ", ".join(
            f"{s.status or 'cut'} / {rows.get(s.message_id, 'no id' if not s.message_id else 'no row')}" for s in held))
        if killed.watch_error:
            print("  the database watch failed:", killed.watch_error)
        for o in failed_others[:10]:
            print(f"  failed {o.kind} of a user of replica {o.replica}, sent {o.started - killed.killed_at:+.2f} s from "
                  f"the kill, failed {o.ended - killed.killed_at:+.2f} s: {o.error[:150]}")
    for error in sorted(set(errors))[:8]:
        print("  error:", error[:200])


def _interrupted(*_: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--users-per-replica", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--stagger", type=float, default=3.0, help="spread the stream starts over this many seconds")
    parser.add_argument("--probes", type=int, default=4, help="streams straight to the backend in phase 1")
    parser.add_argument("--database-url", default=os.environ.get("KIMI_UI_BENCH_POSTGRES_URL", ""),
                        help="a PostgreSQL admin URL (a database of the bench's own is made in it)")
    parser.add_argument("--mixed-phases", type=int, default=2,
                        help="phases with half of each replica's users direct (the halves take turns)")
    parser.add_argument("--skip-kill", action="store_true")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _interrupted)  # a process manager's stop cleans up like Ctrl+C
    started = time.monotonic()
    load0 = machine_load()
    database_url = fresh_database(args.database_url or throwaway_cluster())  # dropped / stopped at exit
    sim = cluster = None
    users = [User(f"user{i:02d}") for i in range(args.replicas * args.users_per_replica)]
    keep = os.environ.get("KIMI_BENCH_KEEP")
    workdir = Path(tempfile.mkdtemp(prefix="kimi-ui-bench-replicas."))
    try:
        sim = Sim().start(workdir)
        backend = BackendConfig(name=SIM_BACKEND, kind="vllm", base_url=sim.base, model=MODEL)
        config = write_config(workdir / "kimi.toml", [backend], auto_title=False)
        with cheap_hashing():
            add_accounts(make_settings(workdir / "data", database_url=database_url),
                         {u.name: PASSWORD for u in users})
        cluster = Cluster(workdir, replicas=args.replicas, config=config, database_url=database_url,
                          default_backend=SIM_BACKEND, env=dict(LIFTED_LIMITS))
        cluster.start()
        print(f"{args.replicas} replicas and nginx up after {time.monotonic() - started:.0f} s", flush=True)
        tries = new_browsers(cluster, users, args.users_per_replica)
        print(f"{len(users)} browsers from {tries} first GETs through nginx", flush=True)
        for user in users:
            log_in(cluster, user)
        in_threads(lambda u: connect_user(cluster, u), users)
        time.sleep(2)
        idle_rss = [rss_mb(app.proc.pid) for app in cluster.apps]
        print(f"users connected and warm after {time.monotonic() - started:.0f} s; phase 1 (through nginx)",
              flush=True)
        loaded = run_phase(cluster, users, args, sim, probes=args.probes)
        halves = halves_of(users)
        mixed = []
        for number, half in enumerate([halves[i % 2] for i in range(args.mixed_phases)], 2):
            print(f"phase {number} (half of each replica's users straight to it, the others through nginx) after "
                  f"{time.monotonic() - started:.0f} s", flush=True)
            mixed.append(run_phase(cluster, users, args, sim, direct=half))
        killed = None
        if not args.skip_kill:
            print(f"phase {args.mixed_phases + 2} (kill -9 of replica 1 mid-stream) after {time.monotonic() - started:.0f} s", flush=True)
            killed = run_phase(cluster, users, args, sim, kill=1 % args.replicas, database_url=database_url)
        report(args, users, idle_rss, loaded, mixed, killed, database_url, (load0, machine_load()))
        print(f"\n{time.monotonic() - started:.0f} s in all")
    except KeyboardInterrupt:
        print("interrupted: stopping every process", file=sys.stderr)
    finally:
        for user in users:
            for client in (user.via_nginx, user.direct):
                if client is not None:
                    try:
                        client.close()
                    except Exception:  # noqa: BLE001
                        pass
        if cluster is not None:
            cluster.stop()
        if sim is not None:
            sim.stop()
        if keep:
            print(f"kept {workdir}")
        else:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

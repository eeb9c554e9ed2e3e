"""Server memory under oversized request bodies (issue 12, finding 3), against the old code in the same run.

    python bench/bodies.py [--runs 3] [--app-dir OLD_CHECKOUT] [--only join,login,import,chat]
    (for the old column: git worktree add /tmp/kimi-ui-old 5f56b8e, then --app-dir /tmp/kimi-ui-old)

Each (request, code, run) starts its own `python app.py --demo ...` from an empty folder (the app's own
process, on loopback), warms the route with the same request carrying a small body, reads the idle RSS, resets
the process's peak (VmHWM, through /proc/PID/clear_refs), sends the request, waits for the answer and 2 s
more, then reads the RSS and the peak. The big bodies are generated chunk by chunk and sent over a raw socket:
the answer is read as soon as it arrives, so a server that answers before reading shows it (time to the
answer, and how much of the body the client had pushed into the socket by then; the kernel's buffers take a
few MB whatever the server does). Old and new code runs alternate; every figure is a median over the runs.
"""

from __future__ import annotations

import argparse
import json
import re
import select
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.perf_common import clean_env, free_port, machine_load, median, rss_mb, stop, wait_http

MB = 1024 * 1024
TARGET_MB = 20  # growth a hostile request may cause
SETTLE = 2.0  # seconds after the answer before the RSS is read (the old code went on working after answering)
PASSWORD = "bench-password-1"
OLD_CODE = "none"  # --app-dir: a checkout of the code before issue 12 (5f56b8e) for the old-code columns


# -- the app in its own process ----------------------------------------------------------------------------------
@dataclass
class Server:
    app_dir: Path
    mode: str  # "demo" (--public-demo), "accounts" (one user, login required) or "local"
    workdir: Path
    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> Server:
        data = self.workdir / "data"
        env = clean_env(KIMI_UI_DATA_DIR=str(data))
        if self.mode == "accounts":  # the old code's `users add` takes no --data-dir; both read the variable
            subprocess.run([sys.executable, str(self.app_dir / "app.py"), "users", "add", "bench"], input=PASSWORD,
                           text=True, cwd=self.workdir, env=env, check=True, capture_output=True)
        self.port = free_port()
        argv = [sys.executable, str(self.app_dir / "app.py"), "--demo", "--demo-rate", "1000", "--port",
                str(self.port), "--data-dir", str(data), "--log-level", "warning"]
        argv += ["--public-demo"] if self.mode == "demo" else []
        with open(self.workdir / "app.log", "ab") as log:
            self.proc = subprocess.Popen(argv, cwd=self.workdir, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        wait_http(f"{self.url}healthz", seconds=120, proc=self.proc)
        return self

    def rss(self) -> float:
        """The median of a few readings: Gradio's threads make single readings jitter by a few MB."""
        readings = []
        for _ in range(5):
            readings.append(rss_mb(self.proc.pid))
            time.sleep(0.05)
        return median(readings)

    def reset_peak(self) -> bool:
        try:
            Path(f"/proc/{self.proc.pid}/clear_refs").write_text("5")  # VmHWM := the current RSS
            return True
        except OSError:
            return False

    def peak(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")


# -- a raw HTTP/1.1 request whose body is generated as it is sent -------------------------------------------------
@dataclass
class Body:
    prefix: bytes
    unit: bytes
    count: int
    suffix: bytes = b""

    @property
    def size(self) -> int:
        return len(self.prefix) + len(self.unit) * self.count + len(self.suffix)

    def chunks(self) -> Iterator[bytes]:
        yield self.prefix
        per = max(1, 256 * 1024 // len(self.unit))
        left = self.count
        while left:
            take = min(per, left)
            yield self.unit * take
            left -= take
        yield self.suffix


@dataclass
class Answer:
    status: int | None
    seconds: float  # from the first byte of the request to the first byte of the answer
    sent: int  # body bytes the client had written when the answer came
    size: int
    text: str = ""
    note: str = ""  # the answer in words, where the request was not one raw send

    def describe(self) -> str:
        if self.note:
            return self.note
        status = self.status if self.status is not None else "no answer"
        part = "whole body sent" if self.sent >= self.size else f"{self.sent / MB:.1f} of {self.size / MB:.0f} MB sent"
        return f"{status} after {self.seconds * 1000:,.0f} ms ({part})"


def send_raw(port: int, method: str, path: str, headers: dict[str, str], body: Body, timeout: float = 300) -> Answer:
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {body.size}\r\nConnection: close\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setblocking(False)
    chunks, pending, sent = body.chunks(), head.encode(), -len(head)
    began = time.monotonic()
    try:
        while True:
            if not pending:
                pending = next(chunks, b"")
            readable, writable, _ = select.select([sock], [sock] if pending else [], [], timeout)
            if readable or not (readable or writable):
                break
            try:
                n = sock.send(pending)
            except (BrokenPipeError, ConnectionResetError):
                break
            pending, sent = pending[n:], sent + n
        answered = time.monotonic() - began
        raw = _read_all(sock, timeout)
    finally:
        sock.close()
    return _parse(raw, answered, max(sent, 0), body.size)


def _read_all(sock: socket.socket, timeout: float) -> bytes:
    sock.setblocking(True)
    sock.settimeout(timeout)
    raw = b""
    try:
        while chunk := sock.recv(65536):
            raw += chunk
    except (ConnectionResetError, TimeoutError):
        pass  # a server that answers early and closes with our body unread resets; what came before counts
    return raw


def _parse(raw: bytes, seconds: float, sent: int, size: int) -> Answer:
    head, _, rest = raw.partition(b"\r\n\r\n")
    match = re.match(rb"HTTP/1\.[01] (\d{3})", head)
    if b"transfer-encoding: chunked" in head.lower():
        rest = _dechunk(rest)
    return Answer(int(match.group(1)) if match else None, seconds, sent, size, rest.decode("utf-8", "replace"))


def _dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        line, _, data = data.partition(b"\r\n")
        length = int(line.split(b";")[0] or b"0", 16)
        if not length:
            break
        out, data = out + data[:length], data[length + 2:]
    return out


# -- the requests --------------------------------------------------------------------------------------------------
def join_body(mb: int) -> Body:
    """A queue/join of `mb` MB: the probe's `data: [[{},{},...]]`, ten million tiny objects to parse. A fresh
    session_hash each time: the old code refused a hash another identity had used only after parsing the
    body, and the probe's figure is of a body that reaches Gradio's queue."""
    session = f"benchbodies{mb}x{time.monotonic_ns()}"
    return Body(b'{"fn_index": 0, "session_hash": "%s", "data": [[{}' % session.encode(), b",{}", mb * MB // 3, b"]]}")


def login_body(mb: int) -> Body:
    return Body(b"username=bench&password=", b"a" * 1024, mb * 1024)


def upload_body(mb: int, boundary: str = "benchbodiesboundary") -> Body:
    """A multipart upload of `[{},{},...]`: the probe's hostile import file."""
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.json\"\r\n"
            f"Content-Type: application/json\r\n\r\n[{{}}").encode()
    return Body(head, b",{}", mb * MB // 3, f"]\r\n--{boundary}--\r\n".encode())


def hostile_join(server: Server, mb: int) -> Answer:
    return send_raw(server.port, "POST", "/gradio_api/queue/join", {"Content-Type": "application/json"}, join_body(mb))


def hostile_login(server: Server, mb: int) -> Answer:
    form = {"Content-Type": "application/x-www-form-urlencoded", "Origin": server.url.rstrip("/")}
    return send_raw(server.port, "POST", "/auth/login", form, login_body(mb))


def hostile_import(server: Server, mb: int) -> Answer:
    """Upload the file (Gradio's upload route), then run the Import button's event through the queue."""
    multipart = {"Content-Type": "multipart/form-data; boundary=benchbodiesboundary"}
    uploaded = send_raw(server.port, "POST", "/gradio_api/upload", multipart, upload_body(mb))
    if uploaded.status != 200:
        return uploaded
    began = time.monotonic()
    said = queue_event(server, "import_file", [file_data(json.loads(uploaded.text)[0], uploaded.size), None])
    seconds = time.monotonic() - began
    refusal = re.search(r'"log": ?"([^"]{0,70})', said)
    text = ("refused: " + refusal.group(1)) if refusal else "no refusal"
    note = (f"upload {uploaded.describe()}; import event {'refused' if refusal else 'ended'} after "
            f"{seconds * 1000:,.0f} ms")
    return Answer(200, seconds, uploaded.size, uploaded.size, text, note)


def file_data(path: str, size: int) -> dict:
    return {"path": path, "orig_name": "big.json", "size": size, "meta": {"_type": "gradio.FileData"}}


def queue_event(server: Server, handler: str, data: list, session: str = "benchbodies-import") -> str:
    with httpx.Client(base_url=server.url, timeout=300) as http:
        config = http.get("config").json()
        (fn,) = [d["id"] for d in config["dependencies"] if d.get("api_name") == handler]
        joined = http.post("gradio_api/queue/join", json={"data": data, "fn_index": fn, "session_hash": session})
        joined.raise_for_status()
        said = ""
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session}) as stream:
            for line in stream.iter_lines():
                said += line + "\n"
                if '"process_completed"' in line:
                    break
    return said


def chat_turn(server: Server, size: int = 1024) -> Answer:
    """The control: a legitimate turn with a 1 KB message through /chat, to its end."""
    message = ("Please summarise this. " * 60)[: size - 20] + " #sim tokens=20"
    body = {"data": [message, [], "", "instant", "", []]}
    began = time.monotonic()
    with httpx.Client(base_url=server.url, timeout=120) as http:
        posted = http.post("gradio_api/call/chat", json=body)
        if posted.status_code != 200:
            return Answer(posted.status_code, time.monotonic() - began, size, size, posted.text[:80])
        streamed = http.get(f"gradio_api/call/chat/{posted.json()['event_id']}")
    seconds, done = time.monotonic() - began, "event: complete" in streamed.text
    note = f"{streamed.status_code}, turn {'complete' if done else 'NOT complete'} after {seconds * 1000:,.0f} ms"
    return Answer(streamed.status_code, seconds, size, size, "" if done else streamed.text[-80:], note)


@dataclass
class Case:
    key: str
    label: str
    mode: str
    send: Callable[[Server, int], Answer]
    mb: int
    hostile: bool = True
    warm: Callable[[Server], object] | None = None


def warm_chat(server: Server) -> None:
    chat_turn(server)


CASES = [
    Case("join", "anonymous queue/join, 30 MB JSON body (public demo)", "demo", hostile_join, 30),
    Case("login", "/auth/login, 100 MB form body (accounts)", "accounts", hostile_login, 100),
    Case("import", "import of a 30 MB [{},{},...] (upload, then import_file)", "local", hostile_import, 30),
    Case("chat", "control: a legitimate 1 KB /chat turn (public demo)", "demo", lambda s, mb: chat_turn(s), 0,
         hostile=False, warm=warm_chat),
]


# -- one measurement -------------------------------------------------------------------------------------------------
@dataclass
class Result:
    drift: float  # the RSS change over the same wait with no request: the noise floor
    idle: float
    after: float
    peak: float
    answer: Answer

    @property
    def growth(self) -> float:
        return self.after - self.idle


def measure(case: Case, app_dir: Path) -> Result:
    with tempfile.TemporaryDirectory(prefix="kimi-bench-bodies-") as folder:
        server = Server(app_dir, case.mode, Path(folder)).start()
        try:
            httpx.get(server.url, timeout=60)  # the page and, in the demo, the first identity
            (case.warm or (lambda s: case.send(s, 0)))(server)  # the same route with a tiny body: its first-call costs
            time.sleep(1.0)
            quiet = server.rss()
            time.sleep(SETTLE)
            idle = server.rss()
            peak_known = server.reset_peak()
            answer = case.send(server, case.mb)
            time.sleep(SETTLE)
            after = server.rss()
            peak = server.peak() - idle if peak_known else float("nan")
            return Result(idle - quiet, idle, after, peak, answer)
        finally:
            stop(server.proc)


def summary(results: list[Result]) -> dict:
    answers = [r.answer for r in results]
    statuses = [a.status for a in answers]
    typical = min(answers, key=lambda a: abs(a.seconds - median([b.seconds for b in answers])))
    names = ("drift", "idle", "after", "growth", "peak")
    figures = {name: median([getattr(r, name) for r in results]) for name in names}
    return {**figures,
            "answer": typical.describe() + ("" if len(set(statuses)) == 1 else f" (statuses {statuses})"),
            "text": typical.text.strip()[:70]}


HEADER = ("request", "idle MB", "no-request drift MB", "after MB", "growth MB", "peak growth MB", "answer",
          "old code: idle -> after MB", "old code: answer", "target", "met")


def row(case: Case, new: dict, old: dict | None) -> tuple[str, ...]:
    met = (new["growth"] < TARGET_MB and new["peak"] < TARGET_MB) if case.hostile else None
    old_cells = ((f"{old['idle']:.0f} -> {old['after']:.0f} ({old['growth']:+.0f}, peak {old['peak']:+.0f})",
                  old["answer"]) if old else ("not run", "not run"))
    return (f"{case.key}: {case.label}", f"{new['idle']:.0f}", f"{new['drift']:+.1f}", f"{new['after']:.0f}",
            f"{new['growth']:+.1f}", f"{new['peak']:+.1f}", new["answer"], *old_cells,
            f"growth < {TARGET_MB} MB" if case.hostile else "(control)",
            "" if met is None else ("yes" if met else "NO"))


def print_rows(rows: list[tuple[str, ...]]) -> None:
    cells = [HEADER, *rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(HEADER))]
    for i, cells_of_row in enumerate(cells):
        # not stripped: run_all.py counts the cells, an empty "met" among them
        print(" | ".join(c.ljust(w) for c, w in zip(cells_of_row, widths)), flush=True)
        if i == 0:
            print("-+-".join("-" * w for w in widths), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--app-dir", default=OLD_CODE,
                        help="folder of the old code whose app.py gives the baseline column ('none': skip it)")
    parser.add_argument("--only", default="", help="comma-separated, of " + ", ".join(c.key for c in CASES))
    args = parser.parse_args()
    only = {k.strip() for k in args.only.split(",") if k.strip()}
    old_dir = Path(args.app_dir) if args.app_dir != "none" and (Path(args.app_dir) / "app.py").exists() else None
    print(f"kimi-ui under oversized bodies: {args.runs} runs, a fresh app per request, {machine_load()}", flush=True)
    if old_dir is None:
        print(f"note: no old code at {args.app_dir}: the old-code columns are skipped", flush=True)
    rows, texts = [], []
    for case in [c for c in CASES if not only or c.key in only]:
        got: dict[str, list[Result]] = {"new": [], "old": []}
        for run in range(args.runs):  # old and new alternate, so machine load drifts over both alike
            for which, app_dir in (("new", ROOT), ("old", old_dir)):
                if app_dir is not None:
                    got[which].append(result := measure(case, app_dir))
                    print(f"  {case.key} {which} run {run + 1}: idle {result.idle:.0f} MB, "
                          f"after {result.after:.0f} MB, peak {result.peak:+.0f} MB, {result.answer.describe()}",
                          flush=True)
        new, old = summary(got["new"]), summary(got["old"]) if got["old"] else None
        rows.append(row(case, new, old))
        texts.append(f"{case.key}: new said {new['text']!r}" + (f"; old said {old['text']!r}" if old else ""))
    print(f"\nmedians of {args.runs} runs; growth = RSS {SETTLE:.0f} s after the answer minus idle, peak growth = "
          f"VmHWM minus idle; {machine_load()}\n")
    print_rows(rows)
    print("\n" + "\n".join(texts))


if __name__ == "__main__":
    main()

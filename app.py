"""kimi-ui: a self-hosted browser chat for Kimi K2.5.

    python app.py --demo            # try it without a GPU: a simulated backend is started in-process
    python app.py --config kimi_ui.toml

Settings come from CLI flags > KIMI_UI_* environment > .env > the TOML file > defaults.
"""

from __future__ import annotations

import argparse
import contextlib
import asyncio
import errno
import logging
import socket
import ssl
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kimi_ui import single_process
from kimi_ui.listening import tcp_listener
from kimi_ui.redact import redact
from kimi_ui.config import BackendConfig, Settings, load_settings, setting_warnings, simulated_backends

log = logging.getLogger("kimi_ui")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python app.py",
        usage="python app.py [options]\n"
        "       python app.py users {add,passwd,disable,enable,list,unlock,claim-local} ... [--config F] [--data-dir D] "
        "[--database-url U]\n"
        "       python app.py backup PATH [--force] [--config F] [--data-dir D] [--database-url U]",
        description="kimi-ui: a browser chat for Kimi K2.5 on vLLM, llama.cpp, Moonshot's API or any "
        "OpenAI-compatible server.",
        epilog="Every flag can also be set as KIMI_UI_<NAME> in the environment or .env "
        "(e.g. KIMI_UI_PORT=8080), or in the TOML file given by --config. "
        "Accounts: python app.py users add|passwd|disable|enable|list ... (see python app.py users --help). "
        "Backup of a SQLite database while the app runs: python app.py backup PATH (see --help there). "
        "Both take --config, --data-dir and --database-url like the app.",
    )
    p.add_argument("--host", help="address to bind (default 127.0.0.1: only this machine)")
    p.add_argument("--port", type=int, help="port to listen on (default 7860)")
    p.add_argument("--config", help="TOML file with settings and [[backends]] tables (env: KIMI_UI_CONFIG)")
    p.add_argument("--data-dir", help="folder for the database and attachments (default ./data)")
    p.add_argument("--database-url", help="SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db "
                   "(default: SQLite in the data folder)")
    p.add_argument("--default-backend", help="backend name preselected in the picker and used by /chat "
                   "when none is given (default: the first healthy one)")
    p.add_argument("--system-prompt", help="default system prompt for new conversations")
    p.add_argument("--root-path", help="URL prefix when served behind a reverse proxy, e.g. /kimi")
    p.add_argument("--demo", action="store_true", default=None,
                   help="start a simulated OpenAI-compatible backend in-process (no GPU, no model) and add "
                   "one backend per simulated dialect to the picker")
    p.add_argument("--demo-rate", type=float, help="tokens per second of the simulated backend (default 60)")
    p.add_argument("--public-demo", action="store_true", default=None,
                   help="anonymous open demo for a public address: each browser gets a throw-away identity, "
                   "strict limits, chats deleted after --demo-ttl-hours")
    p.add_argument("--demo-ttl-hours", type=float, help="public demo: delete visitors' chats after this (default 24)")
    p.add_argument("--workspace", help="folder the read-only search_code/read_file/list_files tools may read")
    p.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM, the chain included); "
                   "session cookies are then marked Secure")
    p.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"], help="log level (default info)")
    return p


def overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {key: value for key, value in vars(args).items() if value is not None}


def start_demo(settings: Settings) -> tuple[Any, list[BackendConfig]]:
    from kimi_ui.demo_server import DemoServer

    # its access log (the probes' GET /models every 30 s, the turns' requests) only at --log-level debug
    server = DemoServer(default_rate=settings.demo_rate, access_log=settings.log_level == "debug").start()
    log.info("simulated backend listening on %s", server.url)
    return server, simulated_backends(server.url)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["users"]:
        return users_command(argv[1:])
    if argv[:1] == ["backup"]:
        return backup_command(argv[1:])
    args = parser().parse_args(argv)
    settings = settings_or_none(overrides(args))
    if settings is None:
        return 2
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    quiet_logs(settings.log_level)
    problem = tls_problem(settings)
    if problem:
        print(f"kimi-ui: {problem}", file=sys.stderr)
        return 2
    # Bound here rather than by uvicorn, before anything is built or announced: a busy port is one line, not a
    # traceback 12 s later.
    try:
        sock = tcp_listener(settings.host, settings.port)
    except OSError as exc:
        print(f"kimi-ui: {listen_problem(settings.host, settings.port, exc)}", file=sys.stderr)
        return 1
    with sock:
        problem = database_problem(settings)  # before gradio is imported: a wrong database fails in a second
        if problem:
            print(f"kimi-ui: {problem}", file=sys.stderr)
            return 2
        try:
            serving = single_process.hold(settings.effective_database_url)  # held until the process ends
        except single_process.AlreadyServed as exc:
            print(f"kimi-ui: {exc}", file=sys.stderr)
            return 2
        app = build_or_explain(settings)
        if app is None:
            return 2
        with serving or contextlib.nullcontext():
            return serve(app, settings, sock)


def settings_or_none(given: dict[str, Any]) -> Settings | None:
    """Settings, or None after one clear message on stderr; warnings for ignored KIMI_UI_* names."""
    try:
        settings = load_settings(given)
    except Exception as exc:  # noqa: BLE001 - a bad setting is a message, not a traceback
        for line in config_message(exc).splitlines():  # one line per problem (a TOML file may have several)
            print(f"kimi-ui: configuration error: {redact(line)}", file=sys.stderr)  # a URL's password too
        return None
    for warning in setting_warnings():
        print(f"kimi-ui: warning: {warning}", file=sys.stderr)
    return settings


def config_message(exc: Exception) -> str:
    """pydantic's report without its type codes and links: `field: problem` per line."""
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(part) for part in error['loc']) or 'settings'}: {error['msg']}"
                         for error in exc.errors(include_url=False, include_input=False))
    return str(exc)


def quiet_logs(level: str) -> None:
    """Below debug, the console shows what an operator acts on: not the backend probes' HTTP lines, the
    health checks of /healthz or Alembic's plugin set-up (the simulated backend's access log is off too)."""
    if level == "debug":
        return
    for name in ("httpx", "httpx2", "alembic.runtime.plugins"):
        logging.getLogger(name).setLevel(logging.WARNING)


class HideHealthChecks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        return not (len(args) >= 3 and str(args[2]).startswith("/healthz"))


def tls_problem(settings: Settings) -> str | None:
    """A missing or unreadable certificate or key as one line, before the port is announced."""
    cert, key = settings.ssl_certfile, settings.ssl_keyfile
    if cert is None:
        return "--ssl-keyfile needs --ssl-certfile (the certificate, PEM)" if key else None
    for flag, path in (("--ssl-certfile", cert), ("--ssl-keyfile", key)):
        if path is None:
            continue
        try:
            path.read_bytes()
        except OSError as exc:
            return f"cannot read {flag} {path}: {exc.strerror or exc}."
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except ssl.SSLError as exc:
        return (f"the certificate {cert} and key {key or cert} do not load ({exc.reason or exc}): give PEM files "
                "of one certificate and its private key with --ssl-certfile and --ssl-keyfile.")
    return None


def listen_problem(host: str, port: int, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.errno == errno.EADDRINUSE:
        advice = "Pick another port with --port."
    elif exc.errno == errno.EACCES:
        advice = "Ports below 1024 need privileges: pick another port with --port."
    else:
        advice = "Check --host: an address of this machine, 127.0.0.1, or 0.0.0.0 for all."
    return f"cannot listen on {host}:{port}: {reason}. {advice}"


def build_or_explain(settings: Settings) -> Any:
    """The app, or None after one line on stderr (an unsafe setup, a bad value, a database out of reach)."""
    from kimi_ui.server import UnsafeSetup, build_app
    from kimi_ui.storage.db import DatabaseUnavailable

    extra: list[BackendConfig] = []
    demo = None
    try:
        if settings.demo:
            demo, extra = start_demo(settings)
            if not settings.default_backend:
                settings.default_backend = extra[0].name
        app = build_app(settings, extra_backends=extra)
        app.state.demo_server = demo  # lives as long as the app
        return app
    except (UnsafeSetup, DatabaseUnavailable) as exc:
        print(f"kimi-ui: {exc}", file=sys.stderr)
    except ValueError as exc:
        print(f"kimi-ui: configuration error: {redact(str(exc))}", file=sys.stderr)
    return None


def serve(app: Any, settings: Settings, sock: socket.socket) -> int:
    import uvicorn

    tls = settings.ssl_certfile is not None
    # proxy_headers off: X-Forwarded-* are believed only from settings.trusted_proxies, by the app itself
    # On SIGTERM/Ctrl+C uvicorn waits for open responses, then runs the lifespan's shutdown. The drain
    # starts at the signal (DrainingServer), so the followers' streams end with their answers: finished,
    # or interrupted at drain_seconds; a moment more lets them deliver that end, then the rest is closed.
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                            proxy_headers=False, timeout_graceful_shutdown=settings.drain_seconds + 2 * DRAIN_MARGIN,
                            ssl_certfile=str(settings.ssl_certfile) if tls else None,
                            ssl_keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None)
    if settings.log_level != "debug":
        logging.getLogger("uvicorn.access").addFilter(HideHealthChecks())
    port = sock.getsockname()[1]
    shown = "localhost" if settings.host in ("127.0.0.1", "0.0.0.0", "::", "::1") else settings.host
    print(f"kimi-ui: open {'https' if tls else 'http'}://{shown}:{port}{settings.root_path}/", flush=True)
    try:
        draining_server(config, app, settings.drain_seconds).run(sockets=[sock])
    except KeyboardInterrupt:  # a second Ctrl+C, or the graceful shutdown's time ran out: as uvicorn.run does
        pass
    return 0


DRAIN_MARGIN = 1.5  # seconds after the drain for the followers' streams to carry the end


def draining_server(config: Any, app: Any, seconds: float) -> Any:
    """uvicorn's Server that starts draining the running answers as soon as it is told to stop, not only
    in the lifespan's shutdown (which runs after every open response has ended or been cut)."""
    import uvicorn

    class DrainingServer(uvicorn.Server):
        async def shutdown(self, sockets: Any = None) -> None:
            ctx = getattr(app.state, "ctx", None)
            drain = asyncio.ensure_future(ctx.jobs.drain(seconds) if ctx is not None else asyncio.sleep(0))
            cutter = asyncio.ensure_future(self.cut_after(drain))
            try:
                await super().shutdown(sockets)
            finally:
                cutter.cancel()
            await drain

        async def cut_after(self, drain: asyncio.Future) -> None:
            """Once the answers have ended and their followers had a moment to get the end, close what is
            still open (Gradio's idle event streams) as if the clients had left: they end cleanly, instead
            of being cancelled with a traceback at the graceful timeout."""
            await asyncio.shield(drain)
            await asyncio.sleep(DRAIN_MARGIN)
            for connection in list(self.server_state.connections):
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.close()

    return DrainingServer(config)


LOCATION_FLAGS = ("--config", "--data-dir", "--database-url")


def location_options(argv: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The options choosing the settings and the database, anywhere in a subcommand's arguments: as
    load_settings overrides, and the arguments left for the subcommand."""
    p = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    for flag in LOCATION_FLAGS:
        p.add_argument(flag)
    found, rest = p.parse_known_args(argv)
    return overrides(found), rest


def database_problem(settings: Settings) -> str | None:
    """Open the configured database once: a wrong path or a server that is down is one line."""
    from kimi_ui.storage.db import Database, DatabaseUnavailable

    try:
        db = Database(settings.effective_database_url)
        try:
            db.check()
        finally:
            db.dispose()
    except DatabaseUnavailable as exc:
        return str(exc)
    return None


def users_command(argv: list[str]) -> int:
    """`python app.py users ...`: manage accounts in the configured database."""
    given, rest = location_options(argv)
    settings = settings_or_none(given)
    if settings is None:
        return 2
    from kimi_ui.users_cli import main as users_main

    if "-h" in rest or "--help" in rest:
        code = users_main(rest, settings)
        print("\nThe database is chosen as the app chooses it: " + " ".join(f"{f} ..." for f in LOCATION_FLAGS)
              + " (anywhere on the line), KIMI_UI_* environment, .env.")
        return code
    problem = database_problem(settings)
    if problem:
        print(f"kimi-ui: {problem}", file=sys.stderr)
        return 2
    return users_main(rest, settings)


def backup_command(argv: list[str]) -> int:
    """`python app.py backup PATH`: copy the configured SQLite database (kimi_ui/backup.py)."""
    from kimi_ui import backup

    args = backup.build_parser().parse_args(argv)
    settings = settings_or_none(backup.settings_overrides(args))
    if settings is None:
        return 2
    return backup.run(Path(args.path), settings, force=args.force)


if __name__ == "__main__":
    sys.exit(main())

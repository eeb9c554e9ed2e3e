"""kimi-ui: a self-hosted browser chat for Kimi K2.5.

    python app.py --demo            # try it without a GPU: a simulated backend is started in-process
    python app.py --config kimi_ui.toml

Settings come from CLI flags > KIMI_UI_* environment > .env > the TOML file > defaults.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from kimi_ui.config import BackendConfig, Settings, load_settings, simulated_backends

log = logging.getLogger("kimi_ui")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python app.py",
        description="kimi-ui: a browser chat for Kimi K2.5 on vLLM, llama.cpp, Moonshot's API or any "
        "OpenAI-compatible server.",
        epilog="Every flag can also be set as KIMI_UI_<NAME> in the environment or .env "
        "(e.g. KIMI_UI_PORT=8080), or in the TOML file given by --config. "
        "Accounts: python app.py users add|passwd|disable|enable|list ... (see python app.py users --help). "
        "Backup of a SQLite database while the app runs: python app.py backup PATH (see --help there).",
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
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"], help="log level (default info)")
    return p


def overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {key: value for key, value in vars(args).items() if value is not None}


def start_demo(settings: Settings) -> tuple[Any, list[BackendConfig]]:
    from kimi_ui.demo_server import DemoServer

    server = DemoServer(default_rate=settings.demo_rate).start()
    log.info("simulated backend listening on %s", server.url)
    return server, simulated_backends(server.url)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["users"]:
        return users_command(argv[1:])
    if argv[:1] == ["backup"]:
        return backup_command(argv[1:])
    args = parser().parse_args(argv)
    try:
        settings = load_settings(overrides(args))
    except Exception as exc:  # noqa: BLE001 - a bad setting is a message, not a traceback
        print(f"kimi-ui: configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import uvicorn

    from kimi_ui.server import build_app

    extra: list[BackendConfig] = []
    if settings.demo:
        _server, extra = start_demo(settings)
        if not settings.default_backend:
            settings.default_backend = extra[0].name
    from kimi_ui.server import UnsafeSetup

    try:
        app = build_app(settings, extra_backends=extra)
    except UnsafeSetup as exc:
        print(f"kimi-ui: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"kimi-ui: configuration error: {exc}", file=sys.stderr)
        return 2
    shown = "localhost" if settings.host in ("127.0.0.1", "0.0.0.0") else settings.host
    print(f"kimi-ui: open http://{shown}:{settings.port}{settings.root_path}/", flush=True)
    try:
        uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                    proxy_headers=True, forwarded_allow_ips="127.0.0.1",
                    timeout_graceful_shutdown=5)  # open event streams must not hold up Ctrl+C
    except OSError as exc:
        print(f"kimi-ui: cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}. "
              "Pick another port with --port.", file=sys.stderr)
        return 1
    return 0


def users_command(argv: list[str]) -> int:
    """`python app.py users ...`: manage accounts in the configured database."""
    config = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--config"]
    rest = [a for i, a in enumerate(argv) if a != "--config" and (i == 0 or argv[i - 1] != "--config")]
    try:
        settings = load_settings({"config": config[0] if config else None})
    except Exception as exc:  # noqa: BLE001
        print(f"kimi-ui: configuration error: {exc}", file=sys.stderr)
        return 2
    from kimi_ui.users_cli import main as users_main

    return users_main(rest, settings)


def backup_command(argv: list[str]) -> int:
    """`python app.py backup PATH`: copy the configured SQLite database (kimi_ui/backup.py)."""
    from kimi_ui import backup

    args = backup.build_parser().parse_args(argv)
    try:
        settings = load_settings(backup.settings_overrides(args))
    except Exception as exc:  # noqa: BLE001 - a bad setting is a message, not a traceback
        print(f"kimi-ui: configuration error: {exc}", file=sys.stderr)
        return 2
    return backup.run(Path(args.path), settings, force=args.force)


if __name__ == "__main__":
    sys.exit(main())

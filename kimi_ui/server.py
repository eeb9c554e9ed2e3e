"""The ASGI app: FastAPI with /healthz and the owner-checked attachment route, the UI mounted on it."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, AsyncIterator

import anyio.to_thread
from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse

from kimi_ui import ASSETS_DIR, INSTANCE, __version__, auth
from kimi_ui.backends.registry import Backends
from kimi_ui.config import BackendConfig, Settings
from kimi_ui.context import AppContext
from kimi_ui.conversations import Conversations
from kimi_ui.bus import make_bus
from kimi_ui.claim import local_conversations
from kimi_ui.erasure import sweep_retention
from kimi_ui.jobs import Jobs
from kimi_ui.queued import Queue
from kimi_ui.running import Running
from kimi_ui.csrf import CsrfMiddleware
from kimi_ui.forwarding import ForwardedHeaders
from kimi_ui.gradio_guard import GradioGuard
from kimi_ui.owners import OwnerTable, Uploads
from kimi_ui.quotas import UploadQuota
from kimi_ui.folders import MAX_SELECTED, selected
from kimi_ui.storage import export, store
from kimi_ui.throttle import LoginLimiter
from kimi_ui.storage.db import Database
from kimi_ui.storage.files import blob_path, remove_blobs
from kimi_ui.storage.history import tool_log_entries
from kimi_ui.storage.models import Attachment, Conversation
from kimi_ui.tools.builtins import builtin_tools
from kimi_ui.tools.registry import Registry
from kimi_ui.tools.web_search import web_search_tool
from kimi_ui.turns import Turns
from kimi_ui.login import add_login_routes
from kimi_ui.openai_api import add_openai_routes
from kimi_ui.web_auth import AuthMiddleware, Gate

log = logging.getLogger(__name__)
NOT_ON_THIS_SERVER = ("This attachment's file is not on this server: its data folder is not the one the "
                      "attachment was stored in (replicas must share it).")


def build_context(settings: Settings, extra_backends: list[BackendConfig] | None = None) -> AppContext:
    db = Database(settings.effective_database_url)
    db.migrate()
    backends = Backends.from_settings(settings, extra=extra_backends)
    tools = Registry()
    for tool in builtin_tools(settings.workspace.resolve() if settings.workspace else None):
        tools.add(tool)
    if any(b.kind.name == "moonshot" for b in backends):  # off by default where strangers would pay for it
        tools.add(web_search_tool(on_by_default=not settings.public_demo))
    mcp = None
    if settings.mcp_servers:
        from kimi_ui.tools.mcp_client import McpManager  # the mcp package loads only when servers are configured

        mcp = McpManager(settings.mcp_servers, tools)
    turns = Turns(db, backends, settings, tools)
    bus, running = make_bus(settings.effective_database_url), Running(db)
    jobs = Jobs(turns, limit=settings.concurrency_limit, on_disconnect=settings.on_disconnect, running=running,
                bus=bus)
    ctx = AppContext(settings=settings, db=db, backends=backends, turns=turns, jobs=jobs,
                     conversations=Conversations(db, settings), mcp=mcp, bus=bus, running=running)
    ctx.queue = Queue(db, jobs, Path(settings.data_dir) / "queued")  # hooks itself into the jobs' ends
    return ctx


async def start_sharing(ctx: AppContext) -> None:
    """Answers shared with other app processes: streaming rows that no process holds (it died) become
    interrupted (a SQLite deployment is one process: every one left), then the bus, the leases'
    heartbeat and the mirror of the other processes' answers start."""
    alone = not ctx.settings.effective_database_url.startswith("postgresql")
    interrupted = await ctx.running.interrupt_orphans(alone=alone)
    if interrupted:
        log.info("marked %d answers that were streaming at the last shutdown as interrupted", interrupted)
    await ctx.bus.start()
    await ctx.running.start()
    await ctx.turns.holds.start()
    await ctx.jobs.start_mirror()
    resumed = await ctx.queue.resume_all()  # queues of conversations no process is answering
    if resumed:
        log.info("resumed the queued messages of %d conversations", resumed)


async def stop_sharing(ctx: AppContext) -> None:
    await ctx.jobs.close()
    await ctx.running.close()
    await ctx.turns.holds.close()
    await ctx.bus.close()


DEMO_SWEEP_SECONDS = 600
TEMPORARY_TTL = timedelta(hours=24)  # a temporary chat nobody went back to


async def sweep_regularly(ctx: AppContext) -> None:
    """Expired login sessions and day-old temporary chats go; in a public demo, visitors' conversations and
    files after the TTL."""
    while True:
        try:
            await ctx.db.call(sweep_demo, ctx)
        except Exception:  # noqa: BLE001 - the sweep must keep running
            log.exception("public demo clean-up failed")
        await asyncio.sleep(DEMO_SWEEP_SECONDS)


def sweep_demo(ctx: AppContext) -> int:
    """Expired logins, day-old temporary chats and (retention_days) chats past the retention go; in a public
    demo, visitors' conversations and files after the TTL, then the identities that own nothing any more.
    Returns how many conversations' files were removed."""
    before = datetime.now(timezone.utc) - timedelta(hours=ctx.settings.demo_ttl_hours)
    ctx.uploads.sweep()
    with ctx.db.session() as session:
        auth.purge_expired(session)
        temporary = store.delete_stale_temporary(session, before=datetime.now(timezone.utc) - TEMPORARY_TTL)
    remove_blobs(ctx.settings.attachments_dir, temporary)
    if ctx.settings.retention_days:  # kimi_ui/erasure.py: everyone's chats untouched for that many days
        with ctx.db.session() as session:
            remove_blobs(ctx.settings.attachments_dir,
                         sweep_retention(session, days=ctx.settings.retention_days))
    if not ctx.settings.public_demo:
        return 0
    with ctx.db.session() as session:
        orphans = store.delete_stale_conversations(session, owner_prefix=auth.RESERVED_PREFIX, before=before)
    remove_blobs(ctx.settings.attachments_dir, orphans)
    with ctx.db.session() as session:
        gone = store.delete_stale_identities(session, name_prefix=auth.RESERVED_PREFIX, before=before)
    for user_id in gone:
        ctx.forget_user(user_id)
    return len(orphans)


class UnsafeSetup(RuntimeError):
    """A configuration that would expose the app to the network without a login."""


def check_exposure(settings: Settings, db: Database) -> None:
    """Create the first admin from the environment, then refuse a public bind that nobody has to log in to."""
    with db.session() as session:
        if settings.admin_user and settings.admin_password:
            auth.ensure_admin_from_env(session, settings.admin_user, settings.admin_password)
        protected = auth.accounts_exist(session) or bool(settings.trusted_user_header)  # a sign-on proxy
    if settings.is_loopback or protected or settings.public_demo:
        return
    raise UnsafeSetup(
        f"refusing to listen on {settings.host} without accounts: anyone who finds the address could use the "
        "app and your backends. Add an account first:\n"
        "    python app.py users add NAME --admin\n"
        "(or set KIMI_UI_ADMIN_USER and KIMI_UI_ADMIN_PASSWORD), or start an anonymous open demo with "
        "--public-demo."
    )


def hint_local_chats(settings: Settings, db: Database) -> None:
    """With accounts on, the chats made before them belong to "local", whom nobody can log in as: say so."""
    if settings.public_demo:
        return
    with db.session(read_only=True) as session:
        if not (auth.accounts_exist(session) or settings.trusted_user_header):
            return
        count = local_conversations(session)
    if count:
        log.warning("%d conversations from before accounts belong to the user %r, whom nobody can log in as. "
                    "Move them to an account with: python app.py users claim-local NAME", count, auth.LOCAL_USER)


def use_threads(count: int) -> None:
    """One pool size for blocking work: asyncio.to_thread (database writes, media) and the anyio limiter
    Gradio runs plain handlers under (40 by default; the default executor has only cores + 4 threads)."""
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=count,
                                                                       thread_name_prefix="kimi-worker"))
    anyio.to_thread.current_default_thread_limiter().total_tokens = count


def _download(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "private, no-store"}


def add_export_routes(app: FastAPI, ctx: AppContext) -> None:
    """Owner-checked downloads: a foreign conversation id answers exactly like a missing one. Plain `def`
    routes: reading the database and the files runs in the thread pool, not on the event loop."""
    root = ctx.settings.attachments_dir

    def exported(conversation_id: str, request: Request, embed: bool) -> dict:
        owner_id = ctx.owner_id(request.state.user)
        with ctx.db.session(read_only=True) as session:
            found = export.export_conversation(session, owner_id=owner_id, conversation_id=conversation_id,
                                               attachments_root=root, embed=embed)
        if found is None:
            raise HTTPException(status_code=404, detail="Not found")
        return found

    @app.get("/export/all.json", include_in_schema=False)  # before /export/{id}.json, which would match it
    def export_everything(request: Request, embed: bool = False, ids: str = "") -> StreamingResponse:
        """Every chat of the caller's, or (ids: comma-separated, a selection in the list) those of them."""
        owner_id = ctx.owner_id(request.state.user)
        only = selected(ids.split(",")[:MAX_SELECTED + 1]) if ids else None

        def chunks():
            with ctx.db.session(read_only=True) as session:
                yield from export.iter_export_all_json(session, owner_id=owner_id, attachments_root=root, embed=embed,
                                                       only=only)

        return StreamingResponse(chunks(), media_type="application/json",
                                 headers=_download("kimi-ui-conversations.json"))

    @app.get("/export/{conversation_id}.json", include_in_schema=False)
    def export_json(conversation_id: str, request: Request) -> JSONResponse:
        found = exported(conversation_id, request, embed=True)
        name = export.safe_file_name(found["conversation"]["title"], ".json", f"conversation-{conversation_id[:8]}")
        return JSONResponse(found, headers=_download(name))

    @app.get("/export/{conversation_id}.md", include_in_schema=False)
    def export_markdown(conversation_id: str, request: Request) -> Response:
        found = exported(conversation_id, request, embed=False)
        name = export.safe_file_name(found["conversation"]["title"], ".md", f"conversation-{conversation_id[:8]}")
        return Response(export.to_markdown(found), media_type="text/markdown; charset=utf-8", headers=_download(name))


def record_checks(ctx: AppContext) -> Any:
    """Each probe round's results as BackendCheck rows (one per interval however many processes probe)."""
    from kimi_ui import admin

    async def record(results: list[tuple[str, bool, float | None]]) -> None:
        await ctx.db.run(lambda session: admin.record_checks(session, results,
                                                             interval=ctx.settings.probe_interval))
    return record


def build_app(settings: Settings, extra_backends: list[BackendConfig] | None = None) -> FastAPI:
    """Everything is built here, from Settings: nothing at import time."""
    from kimi_ui.ui.inputs import upload_folder
    from kimi_ui.share_page import add_share_routes  # (the Markdown renderer lives in ui/, gradio-free)
    from kimi_ui.ui.layout import mount  # the only route into gradio

    ctx = build_context(settings, extra_backends)
    check_exposure(settings, ctx.db)
    gate = Gate(settings, ctx.db, LoginLimiter())
    hint_local_chats(settings, ctx.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        use_threads(settings.worker_threads)
        ctx.backends.on_checked = record_checks(ctx)  # the admin view's health and latency history
        ctx.backends.start_probing(settings.probe_interval)  # in the background: never delays a page
        if ctx.mcp:
            ctx.mcp.start()  # connects in the background too
        janitor = asyncio.get_running_loop().create_task(sweep_regularly(ctx))
        await start_sharing(ctx)
        yield
        interrupted = await ctx.jobs.drain(settings.drain_seconds)  # app.py starts it at the signal already
        if interrupted:
            log.warning("shutdown: %d answers did not finish within %g s and were saved as interrupted",
                        interrupted, settings.drain_seconds)
        await stop_sharing(ctx)
        if janitor:
            janitor.cancel()
        if ctx.mcp:
            await ctx.mcp.stop()
        await ctx.backends.close()
        ctx.db.dispose()

    app = FastAPI(title="kimi-ui", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ctx = ctx
    app.state.gate = gate
    add_login_routes(app, gate)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__, "instance": INSTANCE})

    @app.get("/attachments/{attachment_id}", include_in_schema=False)
    async def attachment(attachment_id: str, request: Request) -> FileResponse:
        def find() -> tuple[Attachment | None, Path | None]:
            owner_id = ctx.owner_id(request.state.user)  # a foreign id answers exactly like a missing one
            with ctx.db.session(read_only=True) as session:
                found = store.get_attachment(session, owner_id=owner_id, attachment_id=attachment_id)
            path = blob_path(settings.attachments_dir, found.sha256, found.mime) if found else None
            return found, path if path is not None and path.is_file() else None

        found, path = await ctx.db.call(find)
        if found is None:
            raise HTTPException(status_code=404, detail="Not found")
        if path is None:  # the row is the owner's, the file is not in this process's data folder
            log.warning("attachment %s: its file is not in %s; is the data folder shared by every replica? "
                        "(docs/shared-state.md)", attachment_id, settings.attachments_dir)
            raise HTTPException(status_code=404, detail=NOT_ON_THIS_SERVER)
        return FileResponse(path, media_type=found.mime, headers={"Cache-Control": "private, max-age=86400"})

    @app.get("/tool-log/{conversation_id}.json", include_in_schema=False)
    async def tool_log(conversation_id: str, request: Request) -> JSONResponse:
        def read() -> tuple[Conversation | None, list[dict]]:
            owner_id = ctx.owner_id(request.state.user)
            with ctx.db.session(read_only=True) as session:
                conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
                if conversation is None:
                    return None, []
                rows = store.list_messages(session, owner_id=owner_id, conversation_id=conversation_id)
            return conversation, tool_log_entries(rows)

        conversation, entries = await ctx.db.call(read)
        if conversation is None:
            raise HTTPException(status_code=404, detail="Not found")
        return JSONResponse({"conversation_id": conversation_id, "title": conversation.title,
                             "tool_calls": entries},
                            headers={"Content-Disposition": f'attachment; filename="tool-log-{conversation_id}.json"'})

    add_export_routes(app, ctx)
    add_openai_routes(app, ctx)  # /v1: personal API keys only (web_auth hands the key's owner over)
    add_share_routes(app, ctx)

    @app.get("/kimi-assets/{name:path}", include_in_schema=False)
    async def asset(name: str) -> FileResponse:
        path = (ASSETS_DIR / name).resolve()  # assets/ and its katex/ (the math view's stylesheet and fonts)
        if path.parent not in (ASSETS_DIR, ASSETS_DIR / "katex") or not path.is_file():
            raise HTTPException(status_code=404, detail="Not found")
        return FileResponse(path)

    mount(app, ctx)
    guard = GradioGuard(upload_root=upload_folder(), sessions=OwnerTable(), events=OwnerTable(), uploads=ctx.uploads,
                        by_address=settings.public_demo)
    # In a demo an address's uploads count for as long as visitors' files are kept, across new identities.
    by_address = Uploads(ttl=settings.demo_ttl_hours * 3600)
    quota = UploadQuota(settings, ctx.db, ctx.uploads, by_address)
    app.add_middleware(AuthMiddleware, gate=gate, guard=guard, quota=quota)
    app.add_middleware(CsrfMiddleware, settings=settings)  # outside the auth check: cross-site writes refused first
    # Outermost: a preflight from an origin that is not configured is refused before anything else.
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=True,
                       allow_methods=["GET", "POST"], allow_headers=["*"])
    # Outside everything: who the client is (X-Forwarded-* believed only from trusted proxies).
    app.add_middleware(ForwardedHeaders, trusted=settings.trusted_proxies)
    return app

"""Session-wide rules for the test suite.

A skipped test is a failed test here: every test must run on a machine set up by
``scripts/test``, so a skip (a missing browser, server or package) is an install bug
to fix, not a result to accept. The same holds for ``xfail``: known-broken tests are
fixed or removed, not parked. Pytest's own exit status 5 ("no tests collected") is
non-zero already and is left as it is.
"""

from __future__ import annotations

import pytest


class SkipGuard:
    """Records every skip/xfail/xpass and turns a green session red when there is one."""

    def __init__(self) -> None:
        self.skipped: dict[str, str] = {}

    def _note(self, report: pytest.CollectReport | pytest.TestReport) -> None:
        if report.skipped:
            kind = "xfailed" if hasattr(report, "wasxfail") else "skipped"
        elif report.passed and hasattr(report, "wasxfail"):
            kind = "xpassed"
        else:
            return
        self.skipped[report.nodeid] = kind

    # Module-level skips (pytest.importorskip, skip(allow_module_level=True)) land here.
    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        self._note(report)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self._note(report)

    def message(self) -> str:
        count = len(self.skipped)
        noun = "test was" if count == 1 else "tests were"
        return (
            f"{count} {noun} skipped: a missing browser or server is an install bug, "
            "run scripts/test"
        )

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.skipped and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    @pytest.hookimpl(trylast=True)
    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.skipped:
            return
        terminalreporter.section("skips are failures", sep="=", red=True, bold=True)
        for nodeid, kind in sorted(self.skipped.items()):
            terminalreporter.line(f"{kind.upper()} {nodeid}", red=True)
        terminalreporter.line(self.message(), red=True, bold=True)


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(SkipGuard(), "kimi-ui-skip-guard")


SLOW_FIRST = {"ui": 0, "integration": 1}  # then unit
# The files of a minute or more (durations of a whole run): first of all, each takes a worker on its own.
HEAVIEST = ("test_security.py", "test_crash.py", "test_jobs_processes.py", "test_startup.py",
            "test_media_corpus.py", "test_browser_composer.py", "test_browser_queue.py", "test_gradio_import.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow files first. scripts/test runs two workers that take whole files in this order
    (--no-loadscope-reorder): with the browser and attack files last, one worker ran alone for minutes at
    the end (a stable sort: the files and the tests inside them keep their order)."""
    def cost(item: pytest.Item) -> tuple[int, int]:
        name = item.path.name
        return (HEAVIEST.index(name) if name in HEAVIEST else len(HEAVIEST), SLOW_FIRST.get(item.path.parent.name, 2))

    items.sort(key=cost)


# -- shared fixtures ---------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def sim():
    """The simulated OpenAI-compatible backend, over real HTTP on loopback."""
    from kimi_ui.demo_server import DemoServer

    server = DemoServer().start()
    yield server
    server.stop()


@pytest.fixture
def sim_requests(sim):
    """Read the simulated backend's request log: call it to get the list."""
    import httpx

    def read() -> list[dict]:
        return httpx.get(f"{sim.url}/_sim/requests", timeout=5).json()

    return read


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The same storage test on a SQLite file and on a fresh database of the real PostgreSQL server that
    scripts/test starts (a missing server is an install problem: the test fails, it is not skipped)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kimi_ui.db'}"
        return
    import os
    import uuid

    import psycopg

    admin = os.environ.get("KIMI_UI_TEST_POSTGRES_URL")
    if not admin:
        pytest.fail("KIMI_UI_TEST_POSTGRES_URL is not set: run the tests with scripts/test (it starts PostgreSQL)")
    name = f"kimi_test_{uuid.uuid4().hex[:12]}"
    plain = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield admin.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def migrated_db(database_url):
    """A Database at the newest migration on each of `database_url`'s databases."""
    from kimi_ui.storage.db import Database

    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def llama(tmp_path_factory):
    """A real llama.cpp server (built by scripts/build-llama-server) with the tiny deterministic Kimi model."""
    from tests.support.llama import LlamaServer

    server = LlamaServer(tmp_path_factory.mktemp("llama")).start()
    yield server
    server.stop()

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

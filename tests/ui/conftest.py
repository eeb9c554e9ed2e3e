"""Fixtures of the browser tests: one Chromium per module, and an app on the simulated backend (a test
module that needs other settings defines its own `app`)."""

from __future__ import annotations

import pytest

from tests.support.browser import launch
from tests.support.serving import make_settings, serve, sim_backends


@pytest.fixture(scope="module")
def browser():
    yield from launch()


@pytest.fixture
def app(sim, tmp_path):
    settings = make_settings(tmp_path, default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        yield served

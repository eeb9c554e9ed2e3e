"""The import handler takes only a file of Gradio's upload folder: any handler can be called with any
argument, and a server path must be neither read nor deleted."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kimi_ui.ui.handlers import Handlers, SessionState
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui


def test_import_refuses_a_server_path_and_leaves_it_alone(sim, tmp_path):
    victim = tmp_path / "precious.json"
    victim.write_text('{"format": "kimi-ui.conversation"}', encoding="utf-8")
    settings = make_settings(tmp_path / "data", default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        handlers = Handlers(served.ctx)
        caller = SimpleNamespace(username=None, client=None)  # what gr.Request offers the handler
        for given in (str(victim), "", None, SimpleNamespace(name=str(victim))):
            state, listing = handlers.import_file(given, SessionState(), caller)
            assert isinstance(state, SessionState) and "No chats yet." in listing
    assert victim.read_text(encoding="utf-8") == '{"format": "kimi-ui.conversation"}'

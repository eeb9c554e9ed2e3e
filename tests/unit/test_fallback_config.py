"""A backend's `fallback` list (issue 20) is checked when the settings load: every name a configured backend
(the simulated ones too under --demo), not the backend itself, none twice; and which failures move a turn."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from kimi_ui.backends.registry import Backends
from kimi_ui.config import load_settings, simulated_backends
from kimi_ui.events import error
from kimi_ui.failover import moves

TWO = """
[[backends]]
name = "Team vLLM"
kind = "vllm"
base_url = "http://gpu-box:8000/v1"
model = "moonshotai/Kimi-K2.5"
fallback = {fallback}

[[backends]]
name = "Spare llama.cpp"
kind = "llamacpp"
base_url = "http://spare:8080/v1"
model = "kimi-k2.5"
"""


@pytest.fixture(autouse=True)
def only_this_file(monkeypatch, tmp_path):
    """Settings from the TOML file alone: no ./.env, no KIMI_UI_* of the machine."""
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith("KIMI_UI_")]:
        monkeypatch.delenv(key)


def settings_with(tmp_path: Path, fallback: str, **given):
    path = tmp_path / "kimi.toml"
    path.write_text(TWO.format(fallback=fallback), encoding="utf-8")
    return load_settings({"config": str(path), **given}, env_file=None)


def refusal(tmp_path: Path, fallback: str, **given) -> str:
    with pytest.raises(ValidationError) as raised:
        settings_with(tmp_path, fallback, **given)
    (problem,) = raised.value.errors(include_url=False)
    return problem["msg"]


def test_a_fallback_list_of_configured_backends_loads_in_its_order(tmp_path):
    settings = settings_with(tmp_path, '["Spare llama.cpp"]')
    team, spare = settings.backends
    assert (team.fallback, spare.fallback) == (["Spare llama.cpp"], [])


def test_an_unknown_name_says_which_and_lists_the_backends(tmp_path):
    said = refusal(tmp_path, '["Spare llama"]')
    assert "backend 'Team vLLM': fallback 'Spare llama' is not a configured backend" in said
    assert "Team vLLM, Spare llama.cpp" in said


def test_a_backend_cannot_fall_back_on_itself(tmp_path):
    assert "fallback names the backend itself" in refusal(tmp_path, '["Team vLLM"]')


def test_a_name_given_twice_is_refused(tmp_path):
    assert "names a backend twice" in refusal(tmp_path, '["Spare llama.cpp", "Spare llama.cpp"]')


def test_the_simulated_backends_may_be_named_under_demo_only(tmp_path):
    assert "is not a configured backend" in refusal(tmp_path, '["Simulated llama.cpp"]')
    settings = settings_with(tmp_path, '["Simulated llama.cpp"]', demo=True)
    assert settings.backends[0].fallback == ["Simulated llama.cpp"]
    backends = Backends.from_settings(settings, extra=simulated_backends("http://127.0.0.1:9"))
    assert backends.get("Team vLLM").config.fallback == ["Simulated llama.cpp"]


def test_the_registry_checks_the_backends_it_is_given_too(tmp_path):
    settings = settings_with(tmp_path, "[]")
    extra = [c.model_copy(update={"fallback": ["Nowhere"]}) for c in simulated_backends("http://127.0.0.1:9")][:1]
    with pytest.raises(ValueError, match="fallback 'Nowhere' is not a configured backend"):
        Backends.from_settings(settings, extra=extra)


@pytest.mark.parametrize(("failure", "moved"), [
    (error("unreachable", backend="b", url="u"), True),
    (error("timeout", backend="b"), True),
    (error("stream_cut", backend="b"), True),
    (error("unavailable", retryable=True, status=503, backend="b", status_code=503), True),
    (error("rate_limited", retryable=True, status=429, backend="b", status_code=429), True),
    (error("server_error", status=500, backend="b", status_code=500), True),
    (error("oom", status=500, backend="b", status_code=500), True),
    (error("oom", status=400, backend="b", status_code=400), False),
    (error("bad_request", status=400, backend="b", status_code=400), False),
    (error("auth", status=401, backend="b", status_code=401), False),
    (error("billing", status=403, backend="b", status_code=403), False),
    (error("quota", status=429, backend="b", status_code=429), False),
    (error("not_found", status=404, backend="b", status_code=404), False),
    (error("context_length", status=400, backend="b", status_code=400), False),
    (error("vision_unsupported", status=500, backend="b", status_code=500), False),
])
def test_only_failures_of_the_server_move_a_turn(failure, moved):
    assert moves(failure) is moved

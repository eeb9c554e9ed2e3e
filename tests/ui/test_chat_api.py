"""The /chat script API through gradio_client against the served app (the same ASGI app as app.py)."""

from __future__ import annotations

import pytest
from gradio_client import Client, handle_file
from PIL import Image

from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("data"), default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.fixture(scope="module")
def client(app):
    return Client(app.url, verbose=False)


def chat(client, message, *, files=None, backend="", mode="thinking", conversation_id=""):
    return client.predict(message, files, backend, mode, conversation_id, api_name="/chat")


def bodies_with(sim_requests, marker):
    return [r["body"] for r in sim_requests() if marker in str(r["body"]["messages"][-1])]


def test_thinking_then_instant_on_vllm(client, sim_requests):
    first = chat(client, "api-vllm-1: what is 2+2?", mode="thinking")
    assert first["status"] == "done" and first["error"] is None
    assert first["reasoning"] and "thinking: on" in first["content"]
    assert first["usage"]["completion_tokens"] > 0 and first["usage"]["ttft_ms"] is not None
    second = chat(client, "api-vllm-2: and 3+3?", mode="instant", conversation_id=first["conversation_id"])
    assert second["conversation_id"] == first["conversation_id"]
    assert second["reasoning"] == "" and "thinking: off" in second["content"]
    assert "messages: 4" in second["content"]  # system, user, assistant, user: history from the store
    (thinking,) = bodies_with(sim_requests, "api-vllm-1")
    (instant,) = bodies_with(sim_requests, "api-vllm-2")
    assert thinking["temperature"] == 1.0 and thinking["chat_template_kwargs"] == {"thinking": True}
    assert instant["temperature"] == 0.6 and instant["chat_template_kwargs"] == {"thinking": False}
    assert "reasoning" not in instant["messages"][2]  # finished turns do not resend their reasoning


def test_moonshot_sends_no_sampling_and_flips_thinking(client, sim_requests):
    first = chat(client, "api-moon-1", backend="Simulated Moonshot API", mode="thinking")
    chat(client, "api-moon-2", backend="Simulated Moonshot API", mode="instant",
         conversation_id=first["conversation_id"])
    (thinking,) = bodies_with(sim_requests, "api-moon-1")
    (instant,) = bodies_with(sim_requests, "api-moon-2")
    for body in (thinking, instant):
        assert not {"temperature", "top_p", "min_p"} & set(body)
        assert "max_completion_tokens" in body and "max_tokens" not in body
    assert thinking["thinking"] == {"type": "enabled"} and instant["thinking"] == {"type": "disabled"}


def test_streams_cumulative_snapshots(client):
    job = client.submit("api-stream #sim tokens=300", None, "", "thinking", "", api_name="/chat")
    snapshots = list(job)
    final = job.result()
    assert len(snapshots) >= 3
    lengths = [len(s["reasoning"]) + len(s["content"]) for s in snapshots]
    assert lengths == sorted(lengths)  # cumulative: never shrinks
    assert final["status"] == "done" and final["content"].startswith("Simulated answer")


def test_unknown_conversation_is_an_error_not_a_new_chat(client):
    result = chat(client, "hello", conversation_id="0" * 32)
    assert result["status"] == "error" and result["error"]["code"] == "unknown_conversation"
    assert result["conversation_id"] is None


def test_image_upload_reaches_the_model(client, tmp_path):
    picture = tmp_path / "shot.png"
    Image.new("RGB", (320, 200), (10, 120, 200)).save(picture)
    result = chat(client, "api-image: what is this?", files=[handle_file(str(picture))])
    assert result["status"] == "done"
    assert "images: 1 (320x200)" in result["content"]


def test_unknown_backend_is_refused(client):
    result = chat(client, "hello", backend="No such backend")
    assert result["status"] == "error" and result["error"]["code"] == "unknown_backend"
    assert result["error"]["message"] == "There is no backend called 'No such backend'."
    assert result["error"]["hint"].startswith("Configured backends: Simulated vLLM, ")


def test_a_backend_error_comes_in_english_with_its_code_and_params(client):
    """The page says an error in the reader's language from its code and params; a script gets English words."""
    result = chat(client, "api-fault #sim status=500")
    error = result["error"]
    assert result["status"] == "error" and error["code"] == "server_error"
    assert error["message"] == ("Simulated vLLM failed with an internal error (500). The server said: Internal "
                                "server error (simulated)")
    assert error["hint"] == "Check the server's log."
    assert error["params"] == {"backend": "Simulated vLLM", "status_code": 500,
                               "said": "Internal server error (simulated)"}


def test_swarm_mode_returns_its_agents(client):
    result = chat(client, "api-swarm-1 #sim swarm=2 swarm_fail=2\nTwo parts", mode="swarm")
    assert result["status"] == "done" and result["error"] is None
    agents = result["agents"]
    assert [(a["id"], a["title"], a["status"]) for a in agents] == [
        ("agent-1", "Part 1 of the question", "done"), ("agent-2", "Part 2 of the question", "failed")]
    first, failed = agents
    assert "Simulated answer" in first["content"] and first["tool_calls"][0]["result"] == "7"
    assert first["usage"]["tokens"] > 0 and first["usage"]["seconds"] is not None
    assert failed["error"]["code"] == "server_error"
    assert [c["name"] for c in result["tool_calls"]] == ["start_agents"]  # the orchestrator's own calls
    # another user's conversation id answers like a missing one, in Swarm mode too
    stranger = chat(client, "api-swarm-2", mode="swarm", conversation_id="f" * 32)
    assert stranger["error"]["code"] == "unknown_conversation" and stranger["agents"] == []
    odd = chat(client, "api-swarm-3", mode="hive")
    assert odd["error"]["code"] == "bad_mode" and "'swarm'" in odd["error"]["message"]

"""The README's examples do what it says: the two-step curl call of /chat against `python app.py --demo`,
the backup folder layout `backup` prints, and one volume name in the README and the Dockerfile, whose own
`docker run` line gives the first admin (the image binds 0.0.0.0 and refuses to start without one)."""

from __future__ import annotations

import re
import subprocess

from tests.support.cli import app, serving
from tests.support.processes import ROOT, clean_env, free_port

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def bash_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, flags=re.DOTALL)


def test_the_curl_example_of_chat_streams_an_answer_from_the_demo(tmp_path):
    [example] = [block for block in bash_blocks(README) if "gradio_api/call/chat" in block]
    port = free_port()
    with serving(tmp_path, "--demo", "--port", str(port), "--data-dir", str(tmp_path / "data"),
                 url=f"http://127.0.0.1:{port}"):
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", example.replace(":7860/", f":{port}/")],
                              capture_output=True, text=True, timeout=120, env=clean_env(), cwd=tmp_path,
                              check=False)

    assert done.returncode == 0, done.stderr
    assert "event: complete" in done.stdout
    assert "Simulated answer (vllm, no model)" in done.stdout and '"status": "done"' in done.stdout


def test_one_volume_name_and_the_dockerfiles_run_line_gives_the_first_admin():
    volumes = set(re.findall(r"-v ([\w.-]+):/data", README + DOCKERFILE))
    assert volumes == {"kimi-ui-data"}
    [run_line] = [line for line in DOCKERFILE.splitlines() if line.startswith("#") and "docker run" in line]
    assert "KIMI_UI_ADMIN_USER=" in run_line and "KIMI_UI_ADMIN_PASSWORD=" in run_line


def test_backup_prints_the_readmes_folder_layout(tmp_path):
    data = tmp_path / "data"
    added = app("users", "add", "alice", "--data-dir", str(data), cwd=tmp_path, stdin="a long password 1\n")
    assert added.returncode == 0, added.stderr
    target = tmp_path / "backups" / "2026-01-31" / "kimi_ui.db"

    done = app("backup", str(target), "--data-dir", str(data), cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert f"rsync -a {data.resolve() / 'attachments'}/ {target.parent / 'attachments'}/" in done.stdout
    assert "python app.py backup backups/$(date +%F)/kimi_ui.db" in README
    assert "rsync -a data/attachments/ backups/$(date +%F)/attachments/" in README


def test_the_backend_access_example_is_a_valid_backend():
    import tomllib

    from kimi_ui import access
    from kimi_ui.config import BackendConfig

    [example] = [block for block in re.findall(r"```toml\n(.*?)```", README, flags=re.DOTALL) if "groups =" in block]
    [backend] = [BackendConfig(**entry) for entry in tomllib.loads(example)["backends"]]
    assert access.may_use(backend, "alice", "") and access.may_use(backend, "bob", "research staff")
    assert not access.may_use(backend, "bob", "staff")

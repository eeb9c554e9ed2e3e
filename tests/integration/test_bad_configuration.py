"""Bad configuration, tried as an operator tries it: `python app.py ...` in a child process, and what the
operator sees (the lines on stderr, the exit status), never a traceback."""

from __future__ import annotations

import socket
import subprocess
from contextlib import closing

import pytest

from tests.support.cli import app
from tests.support.processes import free_port

DOWN_POSTGRES = "postgresql+psycopg://u:secret@127.0.0.1:1/x"  # nothing listens on port 1


def one_line(done: subprocess.CompletedProcess) -> str:
    """The single line on stderr (warnings of the machine's own environment aside)."""
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if "warning:" not in line]
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_a_busy_port_is_one_line_before_anything_is_announced(tmp_path):
    with closing(socket.socket()) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        done = app("--port", str(port), "--data-dir", str(tmp_path / "data"), cwd=tmp_path)

    assert done.returncode == 1
    assert one_line(done) == (f"kimi-ui: cannot listen on 127.0.0.1:{port}: Address already in use. "
                              "Pick another port with --port.")
    assert "open http" not in done.stdout


def test_help_shows_the_subcommands_in_its_usage(tmp_path):
    done = app("--help", cwd=tmp_path)

    usage = done.stdout.split("\n\n")[0]
    assert done.returncode == 0
    assert "python app.py users" in usage and "python app.py backup" in usage
    assert "--ssl-certfile" in done.stdout and "--ssl-keyfile" in done.stdout


def test_users_take_the_same_location_options_as_the_app(tmp_path):
    data = tmp_path / "elsewhere"
    added = app("users", "add", "alice", "--data-dir", str(data), cwd=tmp_path, stdin="a long password 1\n")
    assert added.returncode == 0, added.stderr
    assert (data / "kimi_ui.db").is_file() and not (tmp_path / "data").exists()

    url = f"sqlite:///{data / 'kimi_ui.db'}"
    listed = app("users", f"--database-url={url}", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "alice" in listed.stdout

    toml = tmp_path / "kimi.toml"
    toml.write_text(f'data_dir = "{data}"\n', encoding="utf-8")
    by_config = app("users", "list", "--config", str(toml), cwd=tmp_path)
    assert by_config.returncode == 0 and "alice" in by_config.stdout


BAD_DATABASES = {
    # id: (options, what the line must name, what it must tell the operator to do)
    "sqlite-in-proc": (["--database-url", "sqlite:////proc/x.db"], "/proc/x.db", "--data-dir or --database-url"),
    "data-dir-in-proc": (["--data-dir", "/proc/kimi-data"], "/proc/kimi-data", "writable folder with --data-dir"),
    "postgres-down": (["--database-url", DOWN_POSTGRES], "postgresql+psycopg://u:***@127.0.0.1:1/x",
                      "Start the database server or fix --database-url"),
    "not-a-url": (["--database-url", "notaurl"], "'notaurl' is not a database URL", "fix --database-url"),
}


@pytest.mark.parametrize("command", [["--port", "0"], ["users", "list"]], ids=["app", "users"])
@pytest.mark.parametrize("case", BAD_DATABASES, ids=list(BAD_DATABASES))
def test_a_database_out_of_reach_is_one_line_naming_it_and_what_to_do(tmp_path, command, case):
    options, named, advice = BAD_DATABASES[case]

    done = app(*command, *options, cwd=tmp_path)

    line = one_line(done)
    assert done.returncode == 2
    assert line.startswith("kimi-ui: ") and named in line and advice in line
    assert "secret" not in done.stderr + done.stdout
    assert "open http" not in done.stdout


@pytest.mark.parametrize(("options", "expected", "status"), [
    (["--database-url", "notaurl"], "'notaurl' is not a database URL", 2),
    (["--database-url", "postgresql+psycopg://u:secret@127.0.0.1:1/x"], "pg_dump", 2),
    (["--data-dir", "/proc/kimi-data"], "there is no database at /proc/kimi-data/kimi_ui.db", 1),
], ids=["not-a-url", "postgres", "data-dir-in-proc"])
def test_backup_explains_a_bad_database_location(tmp_path, options, expected, status):
    done = app("backup", str(tmp_path / "copy.db"), *options, cwd=tmp_path)

    assert done.returncode == status
    assert "Traceback" not in done.stderr and expected in done.stderr
    assert "secret" not in done.stderr


def test_a_typo_in_the_config_file_stops_the_app_with_the_line_and_the_closest_key(tmp_path):
    toml = tmp_path / "kimi.toml"
    toml.write_text("prot = 7871\n", encoding="utf-8")

    done = app("--config", str(toml), "--port", str(free_port()), cwd=tmp_path)

    assert done.returncode == 2
    assert one_line(done) == (f"kimi-ui: configuration error: {toml}, line 1: unknown setting `prot` "
                              "(did you mean `port`?)")


def test_a_comma_list_of_origins_and_a_wxh_frame_budget_from_the_environment_start_the_app(tmp_path):
    """The forms the README shows pass settings; the port is taken so the app stops right after them."""
    with closing(socket.socket()) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        done = app("--port", str(port), cwd=tmp_path, KIMI_UI_CORS_ORIGINS="https://a.example,https://b.example",
                   KIMI_UI_FRAME_PIXELS="448x448")

    assert "configuration error" not in done.stderr
    assert "cannot listen on" in one_line(done)


def test_a_fallback_naming_no_backend_stops_the_app_with_one_line(tmp_path):
    toml = tmp_path / "kimi.toml"
    toml.write_text('[[backends]]\nname = "Team vLLM"\nkind = "vllm"\nbase_url = "http://gpu:8000/v1"\n'
                    'model = "moonshotai/Kimi-K2.5"\nfallback = ["Spare"]\n', encoding="utf-8")

    done = app("--config", str(toml), "--port", str(free_port()), cwd=tmp_path)

    assert done.returncode == 2
    assert one_line(done) == ("kimi-ui: configuration error: settings: Value error, backend 'Team vLLM': fallback "
                              "'Spare' is not a configured backend (the backends are: Team vLLM)")

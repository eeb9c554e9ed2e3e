"""PDFs and Office files are read in a child process with a time and memory limit: their parsers (pypdf,
python-docx, openpyxl, python-pptx) hold the whole XML or page tree, and a small crafted file can ask for
minutes of CPU or gigabytes of memory. The child reads one file (documents.read_here) and prints the text as
JSON; over the limits it is killed and the file refused with a clear message, and the app is not touched.

Starting the child costs ~0.15 s (Python and the parser's imports). What a child read is kept by the file's
content, so the composer's estimate reads a file and the turn that sends it finds it read.

    python -m kimi_ui.media.sandbox PATH NAME MAX_CHARS   (what the parent runs)
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from kimi_ui.media.images import MediaError
from kimi_ui.media.once import Once

CPU_SECONDS = 30  # of CPU time; the wall-clock limit is a little longer (a busy machine)
WALL_SECONDS = 60
MEMORY_BYTES = 1024**3  # address space: the interpreter and its imports take ~0.3 GB of it
ROOT = Path(__file__).resolve().parents[2]  # where kimi_ui is importable from


def _limits() -> None:  # in the child, before it runs Python
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def read_in_child(path: Path, name: str, max_chars: int) -> Any:  # a documents.Document
    """The document as read in the child, or as read before (same content, kind and limit)."""
    key = (hashlib.sha256(path.read_bytes()).hexdigest(), Path(name).suffix.lower(), max_chars)
    found = _READ.get(key, lambda: _read(path, name, max_chars))
    if isinstance(found, MediaError):
        raise MediaError(found.code, **{**found.params, "name": name})
    return replace(found, name=name)


_READ = Once(32)


def _read(path: Path, name: str, max_chars: int) -> Any:
    from kimi_ui.media.documents import Document

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    try:
        done = subprocess.run([sys.executable, "-m", "kimi_ui.media.sandbox", str(path), name, str(max_chars)],
                              capture_output=True, timeout=WALL_SECONDS, preexec_fn=_limits, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise MediaError("too_costly", name=name, seconds=CPU_SECONDS, gigabytes=MEMORY_BYTES // 1024**3) from None
    try:
        found = json.loads(done.stdout)
    except ValueError:  # killed (CPU limit: SIGXCPU/SIGKILL) or out of memory (MemoryError, an abort)
        raise MediaError("too_costly", name=name, seconds=CPU_SECONDS, gigabytes=MEMORY_BYTES // 1024**3) from None
    if "error" in found:
        raise MediaError(found["error"], **found.get("params", {}))
    return Document(name, found["text"], found["note"])


def main(argv: list[str]) -> int:
    from kimi_ui.media.documents import read_here

    path, name, max_chars = Path(argv[0]), argv[1], int(argv[2])
    try:
        document = read_here(path, name, max_chars)
    except MediaError as problem:
        print(json.dumps({"error": problem.code, "params": problem.params}))
        return 0
    except MemoryError:
        return 3  # (no JSON: the parent says "too costly")
    print(json.dumps({"text": document.text, "note": document.note}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

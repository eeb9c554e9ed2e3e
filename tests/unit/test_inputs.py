"""The files a handler is given: only the caller's own uploads, each once, and a bounded number."""

from __future__ import annotations

import pytest

from kimi_ui.owners import Uploads
from kimi_ui.ui.inputs import MAX_FILES, InputProblem, uploaded_files


def uploads_of(user: str, count: int) -> tuple[Uploads, list[str]]:
    uploads = Uploads()
    paths = [f"/tmp/gradio/{n:03d}/shot.png" for n in range(count)]
    for path in paths:
        uploads.record(user, path, 10)
    return uploads, paths


def test_one_upload_named_many_times_is_one_file():
    uploads, (path,) = uploads_of("bob", 1)
    files = [{"path": path, "orig_name": "shot.png"}] * 100  # the probe's one request: 100 copies queued
    assert uploaded_files(files, uploads, "bob") == ((path, "shot.png"),)


def test_more_files_than_a_message_takes_are_refused_and_others_uploads_always():
    uploads, paths = uploads_of("bob", MAX_FILES + 1)
    assert len(uploaded_files(paths[:MAX_FILES], uploads, "bob")) == MAX_FILES
    with pytest.raises(InputProblem, match=f"At most {MAX_FILES} files"):
        uploaded_files(paths, uploads, "bob")
    with pytest.raises(InputProblem, match="uploaded first"):
        uploaded_files(paths[:1], uploads, "alice")

"""kimi_ui/ui/gradio_import.py: gradio is imported without its per-import rewrite of type stubs.

Each case runs in a fresh interpreter, since gradio is imported once per process. The witness is the file
gradio writes: stock gradio writes a `.pyi` next to the source of every component class it builds,
including one defined outside gradio, so a component in a temporary module shows whether the writer ran.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

COMPONENT = '''
import gradio as gr


class Badge(gr.HTML):
    """A component defined outside gradio: stock gradio writes badge.pyi next to this file."""
'''

PROBE = '''
import inspect, json, sys
{first}
import gradio as gr
import gradio.blocks_events
import gradio.component_meta as meta
import badge

with gr.Blocks() as blocks:
    shown = badge.Badge("<b>hi</b>")
    box = gr.Textbox()
    box.submit(lambda text: text, box, box)
config = blocks.get_config_file()
print(json.dumps({{
    "writer": meta.create_or_modify_pyi.__module__,
    "blocks_events_writer": gradio.blocks_events.create_or_modify_pyi.__module__,
    "hooks_left": [type(f).__name__ for f in sys.meta_path if type(f).__module__.startswith("kimi_ui")],
    "component_types": sorted({{c["type"] for c in config["components"]}}),
    "dependencies": len(config["dependencies"]),
    "source_readable": "class ComponentMeta" in inspect.getsource(meta),
}}))
'''


def run(tmp_path: Path, first: str) -> dict:
    (tmp_path / "badge.py").write_text(COMPONENT)
    done = subprocess.run([sys.executable, "-c", PROBE.format(first=first)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": f"{ROOT}:{tmp_path}", "PATH": "/usr/bin:/bin",
                                                        "GRADIO_ANALYTICS_ENABLED": "False"})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_kimi_ui_ui_first_switches_the_stub_writer_off(tmp_path: Path) -> None:
    got = run(tmp_path, "import kimi_ui.ui")
    assert got["writer"] == "kimi_ui.ui.gradio_import"
    assert got["blocks_events_writer"] == "kimi_ui.ui.gradio_import"  # it imports the name from component_meta
    assert not (tmp_path / "badge.pyi").exists()
    assert got["hooks_left"] == []  # one shot: the hook is gone once the module is loaded
    # Components and events are built as before, and gradio's source is still readable (tracebacks, inspect).
    assert {"html", "textbox"} <= set(got["component_types"])
    assert got["dependencies"] == 1
    assert got["source_readable"]


def test_stock_gradio_writes_the_stub_so_the_witness_can_tell(tmp_path: Path) -> None:
    got = run(tmp_path, "")
    assert got["writer"] == "gradio.component_meta"
    assert (tmp_path / "badge.pyi").exists()


def test_too_late_when_gradio_is_already_imported(tmp_path: Path) -> None:
    got = run(tmp_path, "import gradio\nimport kimi_ui.ui")
    assert got["writer"] == "gradio.component_meta"  # nothing patched after the fact
    assert got["hooks_left"] == []  # and no hook left waiting for a module that will not load again

"""The Gradio front end: the only package that imports gradio.

Before any module of it imports gradio, gradio's per-import rewrite of its own type stubs is switched off
(kimi_ui/ui/gradio_import.py): about a quarter of the start-up on a 2-core machine.
"""

from kimi_ui.ui import gradio_import

gradio_import.install()

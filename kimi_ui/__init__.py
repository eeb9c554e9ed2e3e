"""kimi-ui: a self-hosted browser chat for Kimi K2.5 and other OpenAI-compatible servers."""

__version__ = "0.1.0"

import secrets
from pathlib import Path

# This process, as its pages and /healthz name it: new at every start. A page served by another process
# (a replica that died or drained, or restarted) reloads, since its Gradio session stayed behind there.
INSTANCE = secrets.token_hex(8)

ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"

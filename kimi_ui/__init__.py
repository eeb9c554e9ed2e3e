"""kimi-ui: a self-hosted browser chat for Kimi K2.5 and other OpenAI-compatible servers."""

__version__ = "0.1.0"

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"

"""Uploads -> model-ready parts (Pillow images). Pure functions, no gradio."""

"""Checks of what a caller sends: uploads (only Gradio's own upload folder), the advanced fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gradio.utils import get_upload_folder


class InputProblem(ValueError):
    """Input the turn cannot take; the message is shown as is."""


def uploaded_files(files: list[Any] | None) -> tuple[tuple[str, str], ...]:
    """Gradio upload paths with the user's file names. Only files inside Gradio's upload folder are
    taken: a handler can be called with any path, and the API route does not check it."""
    root = Path(get_upload_folder()).resolve()
    out = []
    for item in files or []:
        path = item.get("path") if isinstance(item, dict) else str(item)
        name = (item.get("orig_name") if isinstance(item, dict) else None) or Path(str(path)).name
        if not path or not Path(path).resolve().is_relative_to(root):
            raise InputProblem(f"{name}: files must be uploaded (gradio_client's handle_file); server paths "
                               "are refused.")
        out.append((str(path), name))
    return tuple(out)


def optional_number(value: Any, label: str, low: float, high: float) -> float | None:
    """Advanced settings are text fields: empty means "the recommended default"."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise InputProblem(f"{label} must be a number (or empty for the default), not {text!r}.") from None
    if not low <= number <= high:
        raise InputProblem(f"{label} must be between {low:g} and {high:g}.")
    return number


def advanced_options(max_tokens: Any, temperature: Any, top_p: Any, min_p: Any) -> tuple[int | None, dict | None]:
    budget = optional_number(max_tokens, "Max tokens", 1, 1_000_000)
    values = {
        "temperature": optional_number(temperature, "Temperature", 0, 2),
        "top_p": optional_number(top_p, "top_p", 0.01, 1),
        "min_p": optional_number(min_p, "min_p", 0, 1),
    }
    sampling = {k: v for k, v in values.items() if v is not None}
    return (int(budget) if budget else None), (sampling or None)


def discard_uploads(files: tuple[tuple[str, str], ...]) -> None:
    """Gradio's upload cache is shared by all users: once a turn has stored its own copies, drop these."""
    for path, _ in files:
        Path(path).unlink(missing_ok=True)

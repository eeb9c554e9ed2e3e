"""The attachments under the composer: one chip per file (name, kind, size, token estimate, a remove
button, "cut to 200 KB", why it would be refused) and the total line; removing a chip's file keeps what is
typed. Gradio's own thumbnails stay in the composer (they hold its "Upload a file" button and its
upload spinner once a file is attached): the chips are the detail line under them."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import quote

import gradio as gr

from kimi_ui.media.estimate import FileEstimate, file_estimate
from kimi_ui.ui.inputs import InputProblem, PageAction
from kimi_ui.ui.markdown import escape_attr, escape_text
from kimi_ui.uploads import needs_vision

# A chip's remove button becomes the chips' click event with {"action": "remove:<key>"}; the focus goes
# back to the message box (the button is gone once the chips are drawn again).
CHIPS_BRIDGE = """
element.addEventListener('click', (event) => {
  const button = event.target.closest ? event.target.closest('[data-remove]') : null;
  if (!button) return;
  event.preventDefault();
  trigger('click', {action: 'remove:' + button.getAttribute('data-remove')});
  const box = document.querySelector('#composer textarea');
  if (box) box.focus();
});
"""


def file_key(path: str) -> str:
    """What a chip names its file by: not the server path, and stable while the file is attached."""
    return hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def human_size(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"


def chip_html(path: str, item: FileEstimate, refused: str, max_text_kb: int, root: str = "") -> str:
    """One attachment. `refused`: why the backend picked cannot take it (empty when it can). A picture
    shows a small preview, fetched from Gradio's file route (which serves an upload to its uploader only)."""
    problem = refused or item.problem
    meta = [item.label, human_size(item.size)]
    if not problem:
        meta.append(f"~{item.tokens:,} tokens")
    notes = ""
    if item.cut and not problem:
        notes += (f'<span class="kimi-chip-cut" title="Only the first {max_text_kb:,} KB goes to the model">'
                  f"cut to {max_text_kb:,} KB</span>")
    if problem:
        notes += f'<span class="kimi-chip-problem">{escape_text(problem)}</span>'
    name = escape_attr(item.name)
    preview = ""
    if item.kind == "image" and not item.problem:
        url = f"{root.rstrip('/')}/gradio_api/file={quote(path)}"
        preview = f'<img class="kimi-chip-thumb" src="{escape_attr(url)}" alt="" loading="lazy">'
    return (f'<li class="kimi-chip{" kimi-chip-refused" if problem else ""}">{preview}'
            f'<span class="kimi-chip-body"><span class="kimi-chip-name" title="{name}">{escape_text(item.name)}</span>'
            f'<span class="kimi-chip-meta">{escape_text(" · ".join(meta))}</span>{notes}</span>'
            f'<button type="button" class="kimi-chip-remove" data-remove="{file_key(path)}" aria-label="Remove {name}"'
            f' title="Remove {name}">×</button></li>')


def chips_html(chips: list[str], line: str, alert: bool) -> str:
    role = ' role="alert"' if alert else ""
    return (f'<ul class="kimi-chips" aria-label="Attachments">{"".join(chips)}</ul>'
            f'<div class="kimi-estimate{" kimi-refusal" if alert else ""}"{role}>{escape_text(line)}</div>')


class ComposerMixin:
    """Handlers' composer events (the Handlers class supplies ctx and files_of)."""

    def estimate_uploads(self, message: dict[str, Any] | None, backend_name: str | None, request: gr.Request) -> list:
        """The chips and the total under the composer, and the quick prompts while an image is attached."""
        try:
            files = self.files_of((message or {}).get("files"), request)
        except InputProblem as problem:
            return [gr.update(value=f'<div class="kimi-estimate">{escape_text(str(problem))}</div>', visible=True),
                    gr.update(visible=False)]
        if not files:
            return [gr.update(value="", visible=False), gr.update(visible=False)]
        limits = self.ctx.turns.media_limits
        backend = self.ctx.backends.choose(backend_name)
        pictures = needs_vision(files)
        text_only = bool(backend and pictures and not backend.capabilities.vision)
        refusal = f"{backend.name} is text-only" if text_only else ""
        items = [(path, file_estimate(path, name, limits)) for path, name in files]
        kb = limits.max_text_bytes // 1000
        root = self.ctx.settings.root_path
        chips = [chip_html(path, item, refusal if item.kind in ("image", "video") else "", kb, root)
                 for path, item in items]
        if text_only:  # said at once, not after sending
            line = (f"⚠ {backend.name} is text-only: it cannot read {', '.join(pictures)}. Pick a backend with "
                    "vision, or remove them.")
            return [gr.update(value=chips_html(chips, line, True), visible=True), gr.update(visible=False)]
        return [gr.update(value=chips_html(chips, self._total_line(items, backend), False), visible=True),
                gr.update(visible=bool(pictures))]

    def _total_line(self, items: list[tuple[str, FileEstimate]], backend: Any) -> str:
        tokens = sum(item.tokens for _, item in items)
        line = f"Attachments: about {tokens:,} tokens"
        if backend and tokens > backend.context_window - 1024:
            line += f" — more than {backend.name}'s {backend.context_window:,}-token context: send fewer files"
        cut = [item.name for _, item in items if item.cut and not item.problem]
        if cut:
            line += (f" · {', '.join(cut)}: only the first {self.ctx.turns.media_limits.max_text_bytes // 1000:,} KB"
                     f" {'goes' if len(cut) == 1 else 'of each go'} to the model")
        refused = sum(1 for _, item in items if item.problem)
        if refused:
            line += " · 1 file cannot be sent: remove it" if refused == 1 else f" · {refused} files cannot be sent: remove them"
        return line

    def remove_attachment(self, message: dict[str, Any] | None, backend_name: str | None, request: gr.Request,
                          event: PageAction) -> list:
        """A chip's ×: the composer without that file, with what is typed, and the chips again (a value set
        by a handler fires no change event). The caller's own message only: a key that names none of its
        files changes nothing, and files that are not its own are refused (the reply would otherwise hand
        back links to them)."""
        key = event.action.removeprefix("remove:")
        message = message if isinstance(message, dict) else {}
        try:
            files = self.files_of(message.get("files"), request)
        except InputProblem:
            return [gr.skip()] * 3
        kept = [path for path, _ in files if file_key(path) != key]
        if not event.action.startswith("remove:") or len(kept) == len(files):
            return [gr.skip()] * 3
        value = {"text": str(message.get("text") or ""), "files": kept}
        return [gr.update(value=value), *self.estimate_uploads(value, backend_name, request)]

"""The attachments under the composer: one chip per file (name, kind, size, token estimate, a remove
button, "cut to 200 KB", why it would be refused) and the total line; removing a chip's file keeps what is
typed. Gradio's own thumbnails stay in the composer (they hold its "Upload a file" button and its
upload spinner once a file is attached): the chips are the detail line under them."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import quote

import gradio as gr

from kimi_ui.i18n import DEFAULT, number, text
from kimi_ui.media.estimate import FileEstimate, file_estimate
from kimi_ui.media.prepare import kind_of
from kimi_ui.media.ocr import TIMEOUT_SECONDS
from kimi_ui.readable import picture_problem, reads_pictures_as_text
from kimi_ui.ui.inputs import InputProblem, PageAction
from kimi_ui.ui.markdown import escape_attr, escape_text
from kimi_ui.ui.words import lang_of
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


KINDS = ("image", "video", "text", "pdf", "file")  # what a chip says a file is (composer.kind_*)


def file_key(path: str) -> str:
    """What a chip names its file by: not the server path, and stable while the file is attached."""
    return hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def human_size(size: int, lang: str = DEFAULT) -> str:
    if size < 1000:
        return text("composer.bytes", lang, count=size)
    if size < 1_000_000:
        return text("composer.kb", lang, size=number(size / 1000, lang, 0))
    return text("composer.mb", lang, size=number(size / 1_000_000, lang, 1))


def chip_html(path: str, item: FileEstimate, refused: str, max_text_kb: int, root: str = "",
              lang: str = DEFAULT) -> str:
    """One attachment. `refused`: why the backend picked cannot take it (empty when it can). A picture
    shows a small preview, fetched from Gradio's file route (which serves an upload to its uploader only)."""
    problem = refused or item.problem_words(lang)
    kind = text(f"composer.kind_{item.kind.lower()}", lang) if item.kind.lower() in KINDS else item.kind
    if item.count:  # a video's frames, a PDF's pages
        kind += f" ({text('composer.frames' if item.kind == 'video' else 'composer.pages', lang, count=item.count)})"
    meta = [kind, human_size(item.size, lang)]
    if not problem:
        meta.append(text("composer.tokens", lang, count=item.tokens))
    notes = ""
    if item.cut and not problem:
        notes += (f'<span class="kimi-chip-cut" title="{escape_attr(text("composer.cut_title", lang, kb=max_text_kb))}">'
                  f'{escape_text(text("composer.cut", lang, kb=max_text_kb))}</span>')
    if problem:
        notes += f'<span class="kimi-chip-problem">{escape_text(problem)}</span>'
    name = escape_attr(item.name)
    remove = escape_attr(text("composer.remove", lang, name=item.name))
    preview = ""
    if item.kind == "image" and not item.problem:
        url = f"{root.rstrip('/')}/gradio_api/file={quote(path)}"
        preview = f'<img class="kimi-chip-thumb" src="{escape_attr(url)}" alt="" loading="lazy">'
    return (f'<li class="kimi-chip{" kimi-chip-refused" if problem else ""}">{preview}'
            f'<span class="kimi-chip-body"><span class="kimi-chip-name" title="{name}">{escape_text(item.name)}</span>'
            f'<span class="kimi-chip-meta">{escape_text(" · ".join(meta))}</span>{notes}</span>'
            f'<button type="button" class="kimi-chip-remove" data-remove="{file_key(path)}" aria-label="{remove}"'
            f' title="{remove}">×</button></li>')


def chips_html(chips: list[str], line: str, alert: bool, lang: str = DEFAULT) -> str:
    role = ' role="alert"' if alert else ""
    return (f'<ul class="kimi-chips" aria-label="{text("composer.attachments", lang)}">{"".join(chips)}</ul>'
            f'<div class="kimi-estimate{" kimi-refusal" if alert else ""}"{role}>{escape_text(line)}</div>')


class ComposerMixin:
    """Handlers' composer events (the Handlers class supplies ctx and files_of)."""

    def estimate_uploads(self, message: dict[str, Any] | None, backend_name: str | None, state: Any,
                         request: gr.Request) -> list:
        """The chips and the total under the composer, and the quick prompts while an image is attached."""
        lang = lang_of(state)
        try:
            files = self.files_of((message or {}).get("files"), request)
        except InputProblem as problem:
            return [gr.update(value=f'<div class="kimi-estimate">{escape_text(problem.words(lang))}</div>',
                              visible=True), gr.update(visible=False)]
        if not files:
            return [gr.update(value="", visible=False), gr.update(visible=False)]
        limits = self.ctx.turns.media_limits
        backend = self.ctx.backends.choose(backend_name)
        pictures = needs_vision(files)
        ocr = bool(backend and pictures and not backend.capabilities.vision and reads_pictures_as_text(
            backend, self.preferences_of(self.owner(request)).read_pictures))  # (the setting read only then)
        # (on a text-only backend pictures may go as their OCR text; videos never)
        problems = {name: picture_problem(path) for path, name in files
                    if ocr and name in pictures and kind_of(name, Path(path)) == "image"}
        unseen = [name for _, name in files if name in pictures and problems.get(name, "unseen")]
        text_only = bool(backend and unseen and not backend.capabilities.vision)
        refusal = text("composer.text_only_chip", lang, backend=backend.name) if text_only else ""
        textless = {name: text("composer.no_text_chip", lang) if problem == "no_text" else
                    text("media.chip.ocr_too_long", lang, seconds=TIMEOUT_SECONDS) if problem == "ocr_too_long" else
                    refusal for name, problem in problems.items()}  # (pictures OCR could not read)
        items = [(path, file_estimate(path, name, limits)) for path, name in files]
        kb = limits.max_text_bytes // 1000
        root = self.ctx.settings.root_path
        chips = [chip_html(path, item, textless.get(item.name, refusal) if item.name in unseen else "", kb, root, lang)
                 for path, item in items]
        if text_only:  # said at once, not after sending
            line = text("composer.text_only", lang, backend=backend.name, names=", ".join(unseen))
            return [gr.update(value=chips_html(chips, line, True, lang), visible=True), gr.update(visible=False)]
        line = self._total_line(items, backend, lang)
        if ocr:
            line += " · " + text("composer.ocr", lang, backend=backend.name)
        return [gr.update(value=chips_html(chips, line, False, lang), visible=True), gr.update(visible=bool(pictures))]

    def _total_line(self, items: list[tuple[str, FileEstimate]], backend: Any, lang: str = DEFAULT) -> str:
        tokens = sum(item.tokens for _, item in items)
        line = text("composer.total", lang, count=tokens)
        if backend and tokens > backend.context_window - 1024:
            line += " — " + text("composer.too_big", lang, backend=backend.name, window=backend.context_window)
        bits = [line]
        cut = [item.name for _, item in items if item.cut and not item.problem]
        if cut:
            bits.append(text("composer.cut_line", lang, count=len(cut), names=", ".join(cut),
                             kb=self.ctx.turns.media_limits.max_text_bytes // 1000))
        refused = sum(1 for _, item in items if item.problem)
        if refused:
            bits.append(text("composer.refused", lang, count=refused))
        return " · ".join(bits)

    def remove_attachment(self, message: dict[str, Any] | None, backend_name: str | None, state: Any,
                          request: gr.Request, event: PageAction) -> list:
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
        return [gr.update(value=value), *self.estimate_uploads(value, backend_name, state, request)]

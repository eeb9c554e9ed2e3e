""""Delete my data" in the settings panel: the user types their name to confirm; everything they made goes
(kimi_ui/erasure.py says what) and the page starts again, logged out. Offered to accounts only: an open
demo's visitors have their own sweep, and without accounts everything is the machine owner's."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import gradio as gr

from kimi_ui import keys
from kimi_ui.erasure import erase_user_data, may_erase, running_conversations
from kimi_ui.i18n import text
from kimi_ui.ui.words import en, lang_of, warn


@dataclass(frozen=True)
class DataParts:
    panel: gr.Accordion
    confirm: gr.Textbox
    erase: gr.Button
    done: gr.HTML  # "erased" once the data is gone: the page then starts again


def build(w: Any) -> DataParts:
    with w(gr.Accordion(en("data.title"), open=False, visible=False, elem_id="my-data"), label="data.title") as panel:
        w(gr.Markdown(en("data.explain")), value="data.explain")
        confirm = w(gr.Textbox(label=en("data.confirm"), max_lines=1, max_length=80, elem_id="my-data-name"),
                    label="data.confirm")
        erase = w(gr.Button(en("data.erase"), variant="stop", size="sm", elem_id="my-data-erase"), value="data.erase")
        done = gr.HTML("", html_template="<span hidden></span>", visible="hidden", container=False, padding=False)
    return DataParts(panel, confirm, erase, done)


def wire(h: Any, blocks: gr.Blocks, parts: DataParts, state: Any, progress: Any, root: str) -> None:
    private = {"api_visibility": "private", "show_progress": "hidden", "show_progress_on": progress}
    blocks.load(h.data_offered, None, parts.panel, queue=False, **private)
    home = json.dumps(f"{root.rstrip('/')}/auth/login?erased=1")
    # Only after the data is gone: the login page, saying so (the session ended with the data).
    parts.erase.click(h.erase_my_data, [state, parts.confirm], [parts.confirm, parts.done], **private).then(
        None, parts.done, None, js=f"(done) => {{ if (done === 'erased') window.location.assign({home}); }}")


class DataMixin:
    ctx: Any

    def data_offered(self, request: gr.Request) -> Any:
        return gr.update(visible=may_erase(getattr(request, "username", None)))

    def erase_my_data(self, state: Any, typed: Any, request: gr.Request) -> list[Any]:
        """Everything of the caller's, when the typed name is theirs (else a warning, and nothing goes):
        [the confirmation field, "erased" or ""]."""
        name, lang = getattr(request, "username", None), lang_of(state)
        if not may_erase(name) or keys.sent_with_key(getattr(request, "headers", None)):  # (never by an API key)
            warn(text("data.not_here", lang), lang)
            return [gr.update(), ""]
        if not isinstance(typed, str) or typed.strip() != name:
            warn(text("data.wrong_name", lang), lang)
            return [gr.update(), ""]
        owner_id = self.owner(request)
        with self.ctx.db.session(read_only=True) as session:
            answering = running_conversations(session, owner_id=owner_id)
        for conversation_id in answering:  # it would go on writing into a deleted chat
            self.ctx.jobs.stop(owner_id, conversation_id=conversation_id)
        settings = self.ctx.settings
        erase_user_data(self.ctx.db, owner_id=owner_id, data_dir=settings.data_dir,
                        attachments_dir=settings.attachments_dir)
        return ["", "erased"]

"""A user's settings (the Settings dialog), stored in the database: theme, language, the mode and backend
a new chat starts with, custom instructions added to every new chat's system prompt, whether Enter
sends, and whether pictures go to a text-only backend as their OCR text. Values are checked here, whoever sends them; a user without a row has every default."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from kimi_ui.storage.db import Database
from kimi_ui.storage.models import UserSettings, utcnow

THEMES = ("system", "light", "dark")
LANGUAGES = ("en", "de")  # "" as a choice: the browser's language
MODES = ("instant", "thinking", "swarm")  # swarm: thinking, with sub-agents (kimi_ui/swarm.py)
MAX_INSTRUCTIONS = 4000


@dataclass(frozen=True)
class Preferences:
    theme: str = "system"
    language: str = ""
    default_mode: str = ""
    default_backend: str = ""
    custom_instructions: str = ""
    enter_sends: bool = True
    read_pictures: bool = True  # on a text-only backend, pictures go as the text OCR reads in them

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class PreferenceProblem(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def checked(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes a page may make, each checked; anything else raises PreferenceProblem."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "theme" and value in THEMES:
            out[key] = value
        elif key == "language" and value in ("", *LANGUAGES):
            out[key] = value
        elif key == "default_mode" and value in ("", *MODES):
            out[key] = value
        elif key == "default_backend" and isinstance(value, str) and len(value) <= 80:
            out[key] = value
        elif key == "custom_instructions" and isinstance(value, str):
            if len(value) > MAX_INSTRUCTIONS:
                raise PreferenceProblem("settings.instructions_too_long", limit=MAX_INSTRUCTIONS)
            out[key] = value.replace("\x00", "")
        elif key in ("enter_sends", "read_pictures") and isinstance(value, bool):
            out[key] = value
        else:
            raise PreferenceProblem("settings.invalid", field=str(key)[:40])
    return out


class PreferenceStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, user_id: str) -> Preferences:
        with self.db.session(read_only=True) as session:
            row = session.get(UserSettings, user_id)
        if row is None:
            return Preferences()
        return Preferences(**{k: getattr(row, k) for k in Preferences.__dataclass_fields__})

    def save(self, user_id: str, **changes: Any) -> Preferences:
        values = checked(changes)
        for attempt in (1, 2):  # two tabs may make the first row at once: the second then updates it
            try:
                self._write(user_id, values)
                break
            except IntegrityError:
                if attempt == 2:
                    raise
        return self.get(user_id)

    def _write(self, user_id: str, values: dict[str, Any]) -> None:
        with self.db.session() as session:
            row = session.get(UserSettings, user_id) or UserSettings(user_id=user_id)
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = utcnow()
            session.add(row)
            session.commit()

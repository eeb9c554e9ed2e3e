"""Tables. Ids are random hex strings, so a foreign id cannot be guessed from one's own."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, false, true
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    name: str = Field(unique=True, index=True, max_length=80)
    created_at: datetime = Field(default_factory=utcnow)
    password_hash: str | None = Field(default=None, max_length=255)  # argon2; None: cannot log in (e.g. "local")
    is_admin: bool = False
    disabled: bool = False
    password_changed_at: datetime | None = None  # sessions started before this are void
    must_change_password: bool = False  # an admin's temporary password: the next login must replace it
    email: str | None = Field(default=None, max_length=255)  # from the single sign-on proxy's header, if any
    groups: str = Field(default="", max_length=1024)  # space-separated group names (backend access, admin group)
    signed_on: bool = False  # made by the single sign-on proxy's header on first sight (no password)
    day_tokens: int | None = None  # the user's own token budget a day (None: the default; 0: no limit)
    month_tokens: int | None = None  # ...and a calendar month


class Conversation(SQLModel, table=True):
    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_owner_updated", "owner_id", "updated_at"),
        Index("ix_conversations_owner_list", "owner_id", "archived", "pinned", "updated_at"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    owner_id: str = Field(foreign_key="users.id", max_length=32)
    title: str = Field(default="", max_length=200)
    system_prompt: str = Field(default="", sa_type=Text)
    backend: str = Field(default="", max_length=80)
    mode: str = Field(default="thinking", max_length=16)
    max_tokens: int | None = None
    sampling: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    tools: list[str] | None = Field(default=None, sa_column=Column(JSON))  # enabled tools; None: the defaults
    leaf_id: str | None = Field(default=None, max_length=32)  # tip of the branch shown; None: the latest message
    pinned: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    archived: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    title_by: str = Field(default="words", max_length=16, sa_column_kwargs={"server_default": "words"})
    folder_id: str | None = Field(default=None, max_length=32)  # the owner's folder it is in; None: the list
    temporary: bool = Field(default=False, sa_column_kwargs={"server_default": false()})  # never listed
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Folder(SQLModel, table=True):
    """A user's named group of conversations. Deleting one moves its conversations back to the list."""

    __tablename__ = "folders"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    owner_id: str = Field(foreign_key="users.id", index=True, max_length=32)
    name: str = Field(max_length=80)
    collapsed: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_at: datetime = Field(default_factory=utcnow)


class UserSettings(SQLModel, table=True):
    """What a user chose in the Settings dialog; a missing row means every default."""

    __tablename__ = "user_settings"

    user_id: str = Field(foreign_key="users.id", primary_key=True, max_length=32)
    theme: str = Field(default="system", max_length=8)  # system | light | dark
    language: str = Field(default="", max_length=8)  # "" (the browser's), en, de
    default_mode: str = Field(default="", max_length=16)  # "": the app's default
    default_backend: str = Field(default="", max_length=80)  # "": the app's default
    custom_instructions: str = Field(default="", sa_type=Text)  # added to every new chat's system prompt
    enter_sends: bool = True
    read_pictures: bool = Field(default=True, sa_column_kwargs={"server_default": true()})  # OCR on text-only
    updated_at: datetime = Field(default_factory=utcnow)


class MessageRow(SQLModel, table=True):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_conversation_seq", "conversation_id", "seq"),
        Index("ix_messages_conversation_parent", "conversation_id", "parent_id"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    conversation_id: str = Field(foreign_key="conversations.id", max_length=32)
    owner_id: str = Field(foreign_key="users.id", max_length=32)  # no index of its own: see migration 0006
    seq: int = 0  # order of writing within the conversation (siblings are ordered by it)
    parent_id: str | None = Field(default=None, max_length=32)  # the message this one follows; None: the first
    role: str = Field(max_length=16)
    content: str = Field(default="", sa_type=Text)
    reasoning: str = Field(default="", sa_type=Text)
    reasoning_seconds: float | None = None
    rounds: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))  # kimi_ui.answer.Round records
    tool_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    usage: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    status: str = Field(default="done", max_length=16)
    finish_reason: str | None = Field(default=None, max_length=32)
    error: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    notices: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    backend: str | None = Field(default=None, max_length=80)
    model: str | None = Field(default=None, max_length=200)
    mode: str | None = Field(default=None, max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Attachment(SQLModel, table=True):
    __tablename__ = "attachments"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    owner_id: str = Field(foreign_key="users.id", max_length=32)  # no index of its own: see migration 0006
    message_id: str | None = Field(default=None, foreign_key="messages.id", index=True, max_length=32)
    kind: str = Field(default="image", max_length=16)  # image | video | frame | document
    label: str = Field(default="", max_length=500)  # frame: "frame 3/16 at 0:12.5"; video: how it was sampled
    timestamp: float | None = None  # frame: true time in the clip, seconds
    sha256: str = Field(index=True, max_length=64)
    mime: str = Field(max_length=64)
    width: int = 0
    height: int = 0
    name: str = Field(default="", max_length=255)
    byte_size: int = 0
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class UserSession(SQLModel, table=True):
    """A login. The id is the sha256 (hex) of the cookie's token: the token itself is never stored."""

    __tablename__ = "sessions"

    id: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(foreign_key="users.id", index=True, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(index=True)
    last_seen_at: datetime = Field(default_factory=utcnow)
    ip: str | None = Field(default=None, max_length=64)


class LoginThrottle(SQLModel, table=True):
    """Failed logins from one address for one typed name, or (name "") for every name: how many, and when
    the next attempt may be made. In the database so that every app process and the CLI see the same."""

    __tablename__ = "login_throttle"

    address: str = Field(primary_key=True, max_length=64)  # an IPv4 address or an IPv6 /64
    name: str = Field(primary_key=True, index=True, max_length=80)  # folded ("ALICE " is "alice"); "": any name
    failures: int = 0
    blocked_until: datetime = Field(default_factory=utcnow)
    last_failure_at: datetime = Field(default_factory=utcnow, index=True)


class AppSecret(SQLModel, table=True):
    """Random secrets the app makes for itself (e.g. to sign cookies), shared by all its processes."""

    __tablename__ = "app_secrets"

    name: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=128)  # hex

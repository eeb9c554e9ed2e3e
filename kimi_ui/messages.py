"""Pure conversation values. Identity lives in storage: two equal messages are equal."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union


@dataclass(frozen=True)
class TextPart:
    text: str


@dataclass(frozen=True)
class ImagePart:
    """A prepared image in the attachment store (already converted by media/)."""

    path: str
    mime: str
    width: int
    height: int
    name: str = ""
    label: str = ""  # a video frame's "frame 3/16 at 0:12.5"
    data: bytes = field(default=b"", repr=False)  # the prepared bytes of a picture not in the store (/v1's)


@dataclass(frozen=True)
class VideoPart:
    """A video: its sampled frames, and the file itself for backends that take video natively."""

    name: str
    description: str  # length and how it was sampled, told to the model
    frames: tuple[ImagePart, ...]
    path: str = ""  # the stored original ("" when it was too large to keep)
    mime: str = ""
    byte_size: int = 0


@dataclass(frozen=True)
class DocumentPart:
    name: str
    text: str
    note: str = ""
    system: bool = False  # Moonshot's file-extract output: its own system message before the question


@dataclass(frozen=True)
class ReasoningPart:
    text: str
    seconds: float | None = None


@dataclass(frozen=True)
class ToolCallPart:
    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class ToolResultPart:
    id: str
    name: str
    content: str


Part = Union[TextPart, ImagePart, VideoPart, DocumentPart, ReasoningPart, ToolCallPart, ToolResultPart]
Role = Literal["system", "user", "assistant", "tool"]


@dataclass(frozen=True)
class Message:
    role: Role
    parts: tuple[Part, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts if isinstance(p, TextPart))

    @property
    def reasoning(self) -> str:
        return "".join(p.text for p in self.parts if isinstance(p, ReasoningPart))

    @property
    def images(self) -> list[ImagePart]:
        return [p for p in self.parts if isinstance(p, ImagePart)]

    @property
    def videos(self) -> list[VideoPart]:
        return [p for p in self.parts if isinstance(p, VideoPart)]

    @property
    def tool_calls(self) -> list[ToolCallPart]:
        return [p for p in self.parts if isinstance(p, ToolCallPart)]


def text_message(role: Role, text: str) -> Message:
    return Message(role=role, parts=(TextPart(text),))


def with_instruction(history: list[Message], instruction: str) -> list[Message]:
    """The history with `instruction` added to its system prompt (one is made when it has none)."""
    if history and history[0].role == "system":
        said = history[0].text
        return [text_message("system", f"{said}\n\n{instruction}" if said else instruction), *history[1:]]
    return [text_message("system", instruction), *history]

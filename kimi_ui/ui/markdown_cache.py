"""Pure: Markdown rendered once per piece, so that a streamed answer costs O(new text) per update.

While an answer streams, the whole answer is rendered again on every UI update (up to 20 a second per
stream), and opening a conversation renders its window of messages. Two bounded caches keep that cheap:

- whole renders, keyed by the text (reopening a chat, the stored chat shown after each turn);
- pieces: the text is cut where a block ends for good (a blank line, then a line at column 0 that is
  not a list item), each piece is rendered on its own and kept. A streamed update renders only the
  pieces that are new, in practice the last one.

A cut is kept only when rendering the two sides apart gives exactly what rendering them together gives
(tests/unit/test_markdown_cache.py checks this on every prefix of long answers). After a blank line, a
line at column 0 that is not a list marker ends every open paragraph, list, blockquote, table and
indented code, so what comes after cannot change what came before, except:
- a fenced code block still open (a closing fence may come later): seen in the piece's tokens;
- math that a later delimiter would close (`$$` blocks may span blank lines, `\\[` searches ahead, and
  `\\] (1)` takes an equation number across lines): seen in the piece's text and tokens;
- link reference definitions (`[x]: url` anywhere defines links everywhere): such a text is never cut.
A piece whose end is not clean is merged with the next one.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Any, Callable, Sequence

Renderer = Callable[[str], tuple[str, Sequence[Any]]]  # text -> (html, block tokens)

# A blank line, then a line that starts at column 0 and is not a list item (which would continue a list).
CUT = re.compile(r"\n[ \t]*\n(?![ \t\n]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))", re.MULTILINE)
CONTAINER_MARKS = re.compile(r"^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*")
BLOCKS_WITH_CONTENT = {"fence", "code_block", "math_block", "math_block_eqno"}
MIN_SPLIT = 400  # shorter texts are rendered whole: cutting them saves nothing


class CharLRU:
    """Least recently used entries, bounded by the total length of their keys and values."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.chars = 0
        self.entries: OrderedDict[str, Any] = OrderedDict()

    @staticmethod
    def size(key: str, value: Any) -> int:
        return len(key) + (len(value[0]) if isinstance(value, tuple) else len(value))

    def get(self, key: str) -> Any:
        value = self.entries.get(key)
        if value is not None:
            self.entries.move_to_end(key)
        return value

    def put(self, key: str, value: Any) -> None:
        if key in self.entries:
            self.pop(key)
        self.entries[key] = value
        self.chars += self.size(key, value)
        while self.chars > self.max_chars and self.entries:
            self.pop(next(iter(self.entries)))

    def pop(self, key: str) -> None:
        value = self.entries.pop(key, None)
        if value is not None:
            self.chars -= self.size(key, value)


def clean_end(piece: str, tokens: Sequence[Any]) -> bool:
    """Whether nothing open at the end of `piece` (which ends with a blank line) could be continued or
    closed by what follows it."""
    lines = piece.count("\n")
    covered: set[int] = set()
    for token in tokens:
        if token.type in BLOCKS_WITH_CONTENT and token.map:
            if token.type == "fence" and token.map[1] >= lines:
                return False  # no closing fence yet: it runs to the end
            covered.update(range(*token.map))
    if "\\[" in piece and (piece.rfind("\\[") > piece.rfind("\\]") or piece.rstrip().endswith("\\]")):
        return False  # `\[` without its `\]`, or a `\]` that `(1)` further on may number
    if "$$" in piece:
        for number, line in enumerate(piece.split("\n")):
            if number in covered or "$$" not in line:
                continue
            rest = line[CONTAINER_MARKS.match(line).end():]
            if rest.startswith("$$") and "$$" not in rest[2:]:
                return False  # a `$$` that opened no math block yet: a later `$$` would close it
    return True


class MarkdownCache:
    """Whole renders and rendered pieces of Markdown, shared by all streams (thread-safe)."""

    def __init__(self, render: Renderer, whole_chars: int = 4_000_000, piece_chars: int = 4_000_000,
                 min_split: int = MIN_SPLIT) -> None:
        self.render = render
        self.min_split = min_split
        self.whole = CharLRU(whole_chars)
        self.pieces = CharLRU(piece_chars)
        self.recent: list[str] = []  # the last texts added to `whole`, to drop streamed drafts of them
        self.lock = threading.Lock()

    def body(self, text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")  # as markdown-it does
        with self.lock:
            found = self.whole.get(text)
        if found is not None:
            return found
        if len(text) < self.min_split or "]:" in text:  # "]:" may be a link reference definition
            html = self.render(text)[0]
        else:
            html = self.incremental(text)
        self.remember(text, html)
        return html

    def incremental(self, text: str) -> str:
        out: list[str] = []
        start = 0
        for match in CUT.finditer(text):
            piece = text[start:match.end()]
            with self.lock:
                found = self.pieces.get(piece)
            if found is None:
                html, tokens = self.render(piece)
                found = (html, clean_end(piece, tokens))
                with self.lock:
                    self.pieces.put(piece, found)
            if found[1]:
                out.append(found[0])
                start = match.end()
        out.append(self.render(text[start:])[0] if start < len(text) else "")
        return "".join(out)

    def remember(self, text: str, html: str) -> None:
        """Keep a whole render; a streamed answer's earlier drafts (prefixes of it) make room for it."""
        with self.lock:
            for earlier in [t for t in self.recent if text.startswith(t)]:
                self.whole.pop(earlier)
                self.recent.remove(earlier)
            self.whole.put(text, html)
            self.recent = [*self.recent[-15:], text]

"""Pure: untrusted Markdown (user, model, tool, MCP server, import) -> HTML that the conversation view
(kimi_ui/ui/chat_view) inserts as is.

One parser decides what the text means: markdown-it-py with raw HTML off, so any tag in the text is shown
as text. Links are kept only for http(s) and mailto; images never load (an image URL is shown as a link:
a model must not be able to make the page fetch a URL that carries chat text). Math is left for KaTeX
in the browser: each formula this parser found is a `<span class="kimi-math">` holding its TeX with the
delimiters the text used, and the view typesets exactly those spans.

The output was first made for Gradio's Chatbot, which parsed every message again in the browser (marked, a
LaTeX pre-pass, KaTeX auto-render), and keeps that shape: one `<div>` with no newline (newlines in code and
math are `&#10;`), and a `$` or backslash in text as an entity in its own `<span>`. Nothing reads it again
now; the shape costs nothing and keeps the cached pieces (markdown_cache.py) valid.
"""

from __future__ import annotations

import html
import re
from typing import Any, Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.texmath import texmath_plugin

from kimi_ui.ui.markdown_cache import MarkdownCache

LINK_SCHEMES = ("http://", "https://", "mailto:")
REL = "noopener noreferrer nofollow"
_ATTR_EXTRA = {"$": "&#36;", "\\": "&#92;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}
_TEXT_EXTRA = {"$": '<span class="kimi-lit">&#36;</span>', "\\": '<span class="kimi-lit">&#92;</span>',
               "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}
_ATTR_RE = re.compile(r"[$\\\n\t\r]")
_LANGUAGE = re.compile(r"[^A-Za-z0-9_+#.-]")
CLOSING = {"$": "$", "$$": "$$", "\\(": "\\)", "\\[": "\\]"}


def escape_attr(value: Any) -> str:
    """Text for an attribute value or inside <code>/<pre>: HTML-escaped, and no `$`, backslash or newline
    left for the Chatbot's LaTeX pre-pass or for marked to act on."""
    return _ATTR_RE.sub(lambda m: _ATTR_EXTRA[m.group(0)], html.escape(str(value), quote=True))


def escape_text(value: Any) -> str:
    """Text shown in the page: as escape_attr, and a `$` or backslash also cut off from its neighbours,
    so that KaTeX's auto-render never reads it as a math delimiter."""
    return _ATTR_RE.sub(lambda m: _TEXT_EXTRA[m.group(0)], html.escape(str(value), quote=True))


def safe_link(url: str) -> bool:
    return url.strip().lower().startswith(LINK_SCHEMES)


def _inline_display_math(state: StateInline, silent: bool) -> bool:
    r"""`\[ … \]` inside a paragraph (texmath only knows it as a block of its own)."""
    if not state.src.startswith("\\[", state.pos):
        return False
    end = state.src.find("\\]", state.pos + 2)
    if end < 0 or not state.src[state.pos + 2:end].strip():
        return False
    if not silent:
        token = state.push("math_inline_double", "math", 0)
        token.content = state.src[state.pos + 2:end]
        token.markup = "\\["
    state.pos = end + 2
    return True


def _math(open_: str, content: str, display: bool) -> str:
    if not content.strip():  # an empty pair would leave a lone delimiter for the pre-pass
        return escape_text(open_ + content + CLOSING[open_])
    body = f"{open_}{escape_attr(content)}{CLOSING[open_]}"
    # A span either way (CSS shows display math as a block): a <div> would end the paragraph around it.
    return f'<span class="kimi-math{"-display" if display else ""}">{body}</span>'


# Render rules for every token that carries text, so nothing reaches the page unescaped.
def _text(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return escape_text(tokens[idx].content)


def _code_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return f"<code>{escape_attr(tokens[idx].content)}</code>"


def _fence(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    language = _LANGUAGE.sub("", (token.info or "").split(maxsplit=1)[0] if token.info.strip() else "")[:40]
    css = f' class="language-{escape_attr(language)}"' if language else ""
    return f'<pre><code{css}>{escape_attr(token.content.rstrip(chr(10)))}</code></pre>'


def _softbreak(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return "<br>"  # as the Chatbot's own line_breaks=True did: a newline in a message is a line break


def _hardbreak(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return "<br>"


def _image(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    label = "".join(child.content for child in token.children or []) or "image"
    return (f'<a class="kimi-image-link" href="{escape_attr(token.attrGet("src") or "")}" target="_blank" '
            f'rel="{REL}">🖼 {escape_text(label)}</a>')


def _math_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return _math(tokens[idx].markup or "$", tokens[idx].content, display=False)


def _math_inline_double(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return _math(tokens[idx].markup or "$$", tokens[idx].content, display=True)


def _math_block(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return _math(tokens[idx].markup or "$$", tokens[idx].content, display=True)


def _link_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    href = token.attrGet("href") or ""
    title = token.attrGet("title")
    extra = f' title="{escape_attr(title)}"' if title else ""
    return f'<a href="{escape_attr(href)}"{extra} target="_blank" rel="{REL}">'


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
    md.enable(["table", "strikethrough", "linkify"])
    # Bare text becomes a link only with a scheme or www.: "app.py" and "notes.md" are file names here, not
    # the sites at those (real) top-level domains.
    md.linkify.set({"fuzzy_link": False, "fuzzy_ip": False})
    md.validateLink = safe_link  # links, autolinks, linkify and images alike
    md.use(dollarmath_plugin, allow_labels=False, allow_space=False, allow_digits=False, double_inline=True)
    md.use(texmath_plugin, delimiters="brackets")
    md.inline.ruler.before("escape", "math_inline_display", _inline_display_math)
    for name in ("text", "code_inline", "fence", "softbreak", "hardbreak", "image", "math_inline",
                 "math_inline_double", "math_block"):
        md.add_render_rule(name, globals()[f"_{name}"])
    md.add_render_rule("code_block", _fence)
    md.add_render_rule("math_block_eqno", _math_block)
    md.add_render_rule("link_open", _link_open)
    md.disable("html_block", ignoreInvalid=True)
    md.disable("html_inline", ignoreInvalid=True)
    return md


PARSER = _parser()


def render_markdown(text: str) -> str:
    """Markdown from anywhere -> one HTML block for the conversation view ("" for no text)."""
    if not text or not text.strip():
        return ""
    return f'<div class="kimi-md">{render_body(text)}</div>'


def render_body(text: str) -> str:
    """The rendered HTML of `text`, no newline in it: from the cache of whole renders, else built from the
    cached pieces of its stable prefix and a render of what follows (kimi_ui/ui/markdown_cache.py)."""
    return CACHE.body(text)


def render_piece(text: str) -> tuple[str, list[Token]]:
    """One full parse and render (newlines, which are only markup layout, dropped) and its block tokens."""
    env: dict[str, Any] = {}
    tokens = PARSER.parse(text, env)
    # Every newline left is markup layout (text, code and math wrote theirs as &#10;): drop them so marked
    # sees one line, one HTML block.
    return PARSER.renderer.render(tokens, PARSER.options, env).replace("\n", ""), tokens


CACHE = MarkdownCache(render_piece)

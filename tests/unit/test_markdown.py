"""kimi_ui.ui.markdown: untrusted Markdown -> one inert HTML block the Chatbot shows unchanged."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from kimi_ui.ui.markdown import escape_attr, escape_text, render_markdown
from tests.support.markdown_corpus import CORPUS, NORMAL

TAGS = {"div", "p", "span", "a", "code", "pre", "strong", "em", "s", "ul", "ol", "li", "blockquote", "hr", "br",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"}
ATTRIBUTES = {"class", "href", "title", "target", "rel", "style", "start"}
# Gradio's Chatbot hides math from marked with these regexes over the whole message (our LATEX delimiters).
LATEX_PREPASS = [r"\$\$([\s\S]+?)\$\$", r"\\\[([\s\S]+?)\\\]", r"\\\(([\s\S]+?)\\\)", r"\$([\s\S]+?)\$"]
MATH_SPAN = re.compile(r'<span class="kimi-math(?:-display)?">[^<]*</span>')


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.seen: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))


def elements(fragment: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(fragment)
    return parser.seen


@pytest.mark.parametrize("source", [*CORPUS, NORMAL])
def test_only_known_tags_and_attributes_and_safe_links_come_out(source):
    out = render_markdown(source)

    assert out.startswith('<div class="kimi-md">') and out.endswith("</div>")
    assert "\n" not in out  # one line: marked sees a single HTML block and leaves it alone
    for tag, attrs in elements(out):
        assert tag in TAGS, (tag, out)
        assert set(attrs) <= ATTRIBUTES, (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith(("https://", "http://", "mailto:")), attrs
            assert attrs["rel"] == "noopener noreferrer nofollow"
        if "style" in attrs:
            assert re.fullmatch(r"text-align:(left|right|center)", attrs["style"]), attrs


@pytest.mark.parametrize("source", [*CORPUS, NORMAL, "a $ b \\( c $$ d \\[ e", "$x$$y$ and $$z$$"])
def test_the_chatbots_latex_prepass_only_ever_matches_our_math(source):
    out = render_markdown(source)
    outside_math = MATH_SPAN.sub("", out)

    assert "$" not in outside_math and "\\" not in outside_math
    for pattern in LATEX_PREPASS:
        for match in re.finditer(pattern, out):
            span = next(m for m in MATH_SPAN.finditer(out) if m.start() <= match.start() < m.end())
            assert match.end() <= span.end(), (match.group(0), out)


def test_the_issues_payload_is_text():
    out = render_markdown('``<svg width=300><a href="javascript:alert(1)"><text>click</text></a></svg>`')

    assert "<svg" not in out and "<a " not in out
    assert "&lt;svg width=300&gt;" in out


def test_ordinary_markdown_renders():
    out = render_markdown(NORMAL)

    assert "<strong>bold words</strong>" in out
    assert "<li>second item</li>" in out
    assert "<code>inline code</code>" in out
    assert '<pre><code class="language-python">print(&#x27;hi&#x27;)</code></pre>' in out
    assert "<td>3.14</td>" in out
    assert '<span class="kimi-math">$x^2$</span>' in out
    assert ('<a href="https://example.com/docs" target="_blank" rel="noopener noreferrer nofollow">safe link</a>'
            in out)


@pytest.mark.parametrize("source, expected", [
    ("$x^2$", '<span class="kimi-math">$x^2$</span>'),
    ("\\(a<b\\)", '<span class="kimi-math">\\(a&lt;b\\)</span>'),
    ("$$\\frac{1}{2}$$", '<span class="kimi-math-display">$$&#92;frac{1}{2}$$</span>'),
    ("\\[\nx\n\\]", '<span class="kimi-math-display">\\[&#10;x&#10;\\]</span>'),
    ("inline \\[ y \\] too", '<span class="kimi-math-display">\\[ y \\]</span>'),
])
def test_math_keeps_its_delimiters_and_escapes_its_content(source, expected):
    assert expected in render_markdown(source)


def test_dollars_that_are_not_math_stay_text_that_katex_cannot_pair():
    out = render_markdown("it costs $5 and $10")

    assert "kimi-math" not in out
    assert out.count('<span class="kimi-lit">&#36;</span>') == 2


@pytest.mark.parametrize("source", [
    "[x](javascript:alert(1))", "[x](&#106;avascript:alert(1))", "<javascript:alert(1)>", "[x](vbscript:msgbox)",
    "[x](data:text/html,hi)", "![x](data:image/png;base64,AAAA)", "[x](/export/all.json)", "[x](file:///etc/passwd)",
])
def test_links_other_than_http_and_mailto_stay_text(source):
    assert "<a " not in render_markdown(source)


def test_images_become_links_and_never_load():
    out = render_markdown("![a cat](https://example.com/cat.png)")

    assert "<img" not in out
    assert 'href="https://example.com/cat.png"' in out and "🖼 a cat" in out


def test_code_keeps_tabs_and_newlines_as_references_and_a_clean_language_class():
    out = render_markdown("```py onload=alert(1)\nif x:\n\treturn '$'\n```")

    assert '<code class="language-py">if x:&#10;&#9;return &#x27;&#36;&#x27;</code>' in out


def test_empty_text_renders_nothing():
    assert render_markdown("") == "" and render_markdown("  \n") == ""


def test_escapes_for_our_own_html():
    assert escape_attr('a"$\\\n<') == "a&quot;&#36;&#92;&#10;&lt;"
    assert escape_text("$") == '<span class="kimi-lit">&#36;</span>'


def test_file_names_are_not_links_to_the_sites_of_their_domains():
    """Found walking through the page: "app.py" and "notes.md" linked to http://app.py and http://notes.md."""
    html = render_markdown("Attached file notes.md: see app.py, README.md and https://example.com/a")
    assert html.count("<a ") == 1 and 'href="https://example.com/a"' in html

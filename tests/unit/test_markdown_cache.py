"""kimi_ui/ui/markdown_cache.py: rendering a text piece by piece, with cached pieces, gives exactly the
HTML that rendering it whole gives (issue 12, finding 2: a streamed update must cost O(new text)).

"The same" is byte equality of the HTML strings, for every prefix a stream could show, cut at every line
end and every 13th character, fed through one cache in order (as a stream does), and every tenth
prefix also through a cold cache. Weakening any check of clean_end() makes these tests fail.
"""

from __future__ import annotations

import random

import pytest

from kimi_ui.ui.markdown import render_markdown, render_piece
from kimi_ui.ui.markdown_cache import CharLRU, MarkdownCache, clean_end
from tests.support.long_answers import SECTIONS, long_answer, two_thousand_tokens
from tests.support.markdown_corpus import CORPUS, NORMAL


def whole(text: str) -> str:
    return render_piece(text)[0]


def cuts(text: str) -> list[int]:
    return sorted({i for i in range(1, len(text) + 1) if text[i - 1] == "\n" or i % 13 == 0} | {len(text)})


def assert_streams_like_whole(text: str) -> None:
    streamed = MarkdownCache(render_piece, min_split=0)
    for n, end in enumerate(cuts(text)):
        prefix = text[:end]
        expected = whole(prefix)
        assert streamed.body(prefix) == expected, prefix
        if n % 10 == 0:  # and with nothing cached
            assert MarkdownCache(render_piece, min_split=0).body(prefix) == expected, prefix


@pytest.mark.parametrize("seed", range(6))
def test_long_answers_stream_exactly_like_a_whole_render(seed):
    assert_streams_like_whole(long_answer(seed))


def test_the_corpus_joined_streams_exactly_like_a_whole_render():
    assert_streams_like_whole("\n\n".join([*CORPUS, NORMAL, *SECTIONS]))


@pytest.mark.parametrize("seed", range(24))
def test_random_block_soup_streams_exactly_like_a_whole_render(seed):
    """Lines that open, close and continue blocks, in random order: the cuts must never change a thing."""
    pick = random.Random(seed)
    parts = ["", "", "text", "```", "~~~", "  ```", "- item", "1. one", "  indented", "    code", "$$", "$$ x",
             "x $$", "\\[", "\\]", "\\] (2)", "(2)", "> quote", "| a | b |", "|---|---|", "===", "`$$`", "---",
             "* star", "para $x$ and \\(y\\)", "\t tab", "> ```", "- ```"]
    text = "\n".join(pick.choice(parts) for _ in range(160))
    assert_streams_like_whole(text)


def test_link_reference_definitions_are_never_cut():
    text = "See [the docs][d].\n\n" + "More text.\n\n" * 50 + "[d]: https://example.com/docs\n"
    assert MarkdownCache(render_piece, min_split=0).body(text) == whole(text)
    assert 'href="https://example.com/docs"' in whole(text)


def test_an_open_fence_math_block_or_bracket_keeps_the_piece_open():
    for piece in ["```\ncode\n\n", "$$\na = 1\n\n", "\\[\nx\n\n", "\\[ x \\]\n\n", "- ```\n  code\n\n"]:
        html, tokens = render_piece(piece)
        assert not clean_end(piece, tokens), piece
    for piece in ["```\ncode\n```\n\n", "$$\na = 1\n$$\n\n", "$$a$$ b\n\n", "para\n\n", "`$$` x\n\n"]:
        html, tokens = render_piece(piece)
        assert clean_end(piece, tokens), piece


def test_a_streamed_update_renders_only_the_new_piece():
    text = two_thousand_tokens()
    rendered: list[str] = []

    def counting(piece: str):
        rendered.append(piece)
        return render_piece(piece)

    cache = MarkdownCache(counting)
    for end in range(200, len(text), 40):
        rendered.clear()
        cache.body(text[:end])
        assert sum(map(len, rendered)) < 2_000, (end, [len(p) for p in rendered])  # never the whole answer


def test_a_whole_render_is_reused_and_drafts_of_a_stream_make_room():
    cache = MarkdownCache(render_piece)
    text = two_thousand_tokens()
    for end in range(500, len(text) + 1, 500):
        cache.body(text[:end])
    cache.body(text)
    assert list(cache.whole.entries) == [text]  # the drafts went
    assert cache.body(text) is cache.whole.get(text)


def test_the_caches_stay_within_their_character_budget():
    lru = CharLRU(1_000)
    for n in range(100):
        lru.put(f"key {n}" * 10, "v" * 50)
    assert lru.chars <= 1_000 and len(lru.entries) == lru.chars // (len("key 99" * 10) + 50)


def test_render_markdown_wraps_the_cached_body_with_its_source():
    text = two_thousand_tokens()
    out = render_markdown(text)
    assert out.endswith(whole(text) + "</div>") and "\n" not in out

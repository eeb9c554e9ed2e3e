"""Server-side Markdown rendering cost (issue 12, finding 2): ms per streamed update and per chat window.

    python bench/markdown.py [--runs 5]

- a 2,000-token answer (~8,000 characters of lists, code, math, tables: tests/support/long_answers.py)
  streamed in updates of ~20 characters (20 updates a second at ~100 tok/s): the mean ms per update of a
  full render of the answer so far (markdown-it, no cache) vs kimi_ui's render_markdown (cached pieces);
- a 60-message window (30 questions, 30 long answers), as opening a conversation renders it: cold (empty
  caches) and warm (opened again).
Medians over --runs; this process only, no server. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kimi_ui.ui import markdown  # noqa: E402
from kimi_ui.ui.markdown_cache import MarkdownCache  # noqa: E402
from tests.support.long_answers import long_answer, two_thousand_tokens  # noqa: E402

STEP = 20  # characters per update


def per_update_ms(render, text: str) -> float:
    ends = range(STEP, len(text) + STEP, STEP)
    start = time.perf_counter()
    for end in ends:
        render(text[:end])
    return (time.perf_counter() - start) * 1000 / len(ends)


def window_ms(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        markdown.render_markdown(text)
    return (time.perf_counter() - start) * 1000


def fresh_cache() -> None:
    markdown.CACHE = MarkdownCache(markdown.render_piece)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    answer = two_thousand_tokens()
    full, incremental, cold, warm = [], [], [], []
    for run in range(args.runs):
        full.append(per_update_ms(lambda t: markdown.render_piece(t)[0], answer))
        fresh_cache()
        incremental.append(per_update_ms(markdown.render_markdown, answer))
        window = [t for n in range(30) for t in (f"Question {run}-{n}: how does *this* work?",
                                                  long_answer(run * 100 + n, sections=6))]
        fresh_cache()
        cold.append(window_ms(window))
        warm.append(window_ms(window))
    med = statistics.median
    print(f"2,000-token answer ({len(answer):,} chars) streamed in {STEP}-char updates:")
    print(f"  full render per update         {med(full):8.2f} ms")
    print(f"  render_markdown per update     {med(incremental):8.2f} ms   ({med(full) / med(incremental):.0f}x less)")
    print(f"60-message window ({sum(map(len, window)):,} chars):")
    print(f"  cold (empty caches)            {med(cold):8.1f} ms")
    print(f"  warm (opened again)            {med(warm):8.2f} ms")


if __name__ == "__main__":
    main()

"""Long, realistic model answers (lists, code fences, math, tables, quotes): shared by the equivalence
test of kimi_ui/ui/markdown_cache.py and bench/markdown.py."""

from __future__ import annotations

import random

SECTIONS = [
    "## Setting it up\n\nFirst install the package and check the version:\n\n"
    "```bash\npip install kimi-ui==1.2\n\npython -c 'import kimi_ui'\n```\n\n",
    "1. Open the **settings** page.\n2. Pick a backend:\n   ```toml\n   [[backends]]\n   name = \"local\"\n\n"
    "   url = \"http://127.0.0.1:8000/v1\"\n   ```\n3. Save, then restart.\n\n",
    "The energy is $E = mc^2$, and the integral\n\n$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n\n"
    "follows. In display form: \\[ a^2 + b^2 = c^2 \\] and inline \\(x<y\\).\n\n",
    "| name | value | note |\n|---|---:|:---:|\n| pi | 3.14159 | $\\pi$ |\n| e | 2.71828 | `exp(1)` |\n\n",
    "> A quote that spans\n> two lines, with `code` and *emphasis*.\n\nAnd a paragraph after it.\n\n",
    "```python\ndef area(r):\n    return 3.14159 * r * r\n\n\nclass Circle:\n    pass\n\nprint(area(2))\n```\n\n",
    "- first point\n- second point with a [link](https://example.com/a)\n\n- a loose item\n\n"
    "  with a second paragraph\n\nText after the list, costing $5 or $10.\n\n",
    "$$\na = 1\n\nb = 2\n$$\n\nAn equation with a number:\n\n\\[\nx = y\n\\]\n\n(1)\n\n",
    "~~~\nfenced with tildes\n\n~~~\n\n    indented code\n\n    more of it\n\nSetext heading\n===\n\n",
    "* star list\n\n10) ordered from ten\n11) next\n\nA `$$` in code, then\n\n$$ x\n\nnot math yet $$\n\n",
    "- item\n  ```\n  open fence in a list\n\nback at column 0\n```\nnow a top-level fence\n\nstill code\n```\n\n",
    "Thinking about it step by step: **bold**, _italic_, ~~struck~~, <b>tags as text</b>, &amp; & entities.\n"
    "A second line of the same paragraph.\n\n---\n\n",
]


def long_answer(seed: int, sections: int = 14) -> str:
    """A long answer: the sections in a shuffled order, some repeated."""
    pick = random.Random(seed)
    return "".join(pick.choice(SECTIONS) for _ in range(sections)).rstrip("\n")


def two_thousand_tokens() -> str:
    """About 2,000 tokens (~8,000 characters) of a typical answer."""
    return "".join(SECTIONS[n % len(SECTIONS)] for n in range(80))[:8_000]

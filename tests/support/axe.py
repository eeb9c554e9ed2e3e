"""axe-core in a Playwright page: find the script, inject it, run the WCAG 2.1 A/AA and best-practice rules,
and describe the violations for an assertion message.

axe-core is not vendored: scripts/test installs the pinned npm package into a cache folder outside the
clone (AXE_DIR below); KIMI_UI_AXE_JS points at another axe.min.js."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE_VERSION = "4.14.1"  # the pin scripts/test installs; keep the two equal
AXE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kimi-ui" / f"axe-core-{AXE_VERSION}"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = ("critical", "serious")

_script: str | None = None


def axe_script() -> str:
    """The text of axe.min.js; a clear failure (never a skip) when it is not installed."""
    global _script
    if _script is None:
        path = Path(os.environ.get("KIMI_UI_AXE_JS") or AXE_DIR / "node_modules" / "axe-core" / "axe.min.js")
        assert path.is_file(), (
            f"axe-core {AXE_VERSION} is missing ({path}): run scripts/test, which installs it with npm "
            f"(npm install --prefix {AXE_DIR} axe-core@{AXE_VERSION}), or set KIMI_UI_AXE_JS to an axe.min.js")
        _script = path.read_text(encoding="utf-8")
    return _script


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe.run on the whole document; the violations as axe reports them (id, impact, help, nodes...)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(content=axe_script())
    return page.evaluate(
        """tags => window.axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                  .then(results => results.violations)""", TAGS)


def blocking(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v.get("impact") in BLOCKING]


def describe(violations: list[dict[str, Any]]) -> str:
    """One paragraph a rule: id, impact, help, then every node's target selector, a snippet of its html
    and axe's reason (for contrast: the measured ratio and colours)."""
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v.get('impact')}): {v['help']} [{len(v['nodes'])} node(s)] "
                     f"{v['helpUrl'].split('?')[0]}")
        for node in v["nodes"]:
            target = " >> ".join(str(t) for t in node["target"])
            snippet = " ".join(node.get("html", "").split())[:160]
            lines.append(f"    {target}\n      {snippet}")
            reason = _first_check_message(node)
            if reason:
                lines.append(f"      why: {reason}")
    return "\n".join(lines)


def _first_check_message(node: dict[str, Any]) -> str:
    # contrast checks say the measured ratio here ("... contrast of 2.05 ...")
    for group in ("any", "all", "none"):
        for check in node.get(group, []):
            if check.get("message"):
                return " ".join(check["message"].split())[:200]
    return ""

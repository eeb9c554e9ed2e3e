"""Built-in tools on real files: calculator, current_time, and the read-only workspace tools.

The workspace tests build a small tree in tmp_path beside files that must never be readable (every one holds
the word SECRET), then try every escape against every workspace tool.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from pathlib import Path

import pytest

from kimi_ui.tools.builtins import builtin_tools
from kimi_ui.tools.registry import Registry, ToolError

MAX_FILE_BYTES = 2_000
WORKSPACE_TOOLS = ("search_code", "read_file", "list_files")


def run(tools: dict, name: str, **args) -> str:
    return asyncio.run(tools[name].run(args))


def refused(tools: dict, name: str, match: str, **args) -> str:
    with pytest.raises(ToolError, match=match) as caught:
        run(tools, name, **args)
    return str(caught.value)


@pytest.fixture
def basic():
    return {tool.name: tool for tool in builtin_tools(None)}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """tmp_path/ws is the workspace; tmp_path/outside.txt and tmp_path/outside_dir are not."""
    (tmp_path / "outside.txt").write_text("SECRET outside file\n")
    (tmp_path / "outside_dir").mkdir()
    (tmp_path / "outside_dir" / "secret.txt").write_text("SECRET in an outside folder\n")
    ws = tmp_path / "ws"
    (ws / "src").mkdir(parents=True)
    (ws / "src" / "app.py").write_text("import os\n\n\ndef main():\n    return helper(1 + 2)\n")
    (ws / "src" / "util.py").write_text("def helper(x):\n    return x * 2  # a+b literal\n")
    (ws / "docs").mkdir()
    (ws / "docs" / "guide.txt").write_text("Call main() to start.\n" + "x" * 600 + " needle " + "y" * 600 + "\n")
    (ws / "README.md").write_text("# Demo\nmain entry point\n")
    (ws / "..%2Fetc%2Fpasswd").write_text("just a file named like a path\n")
    (ws / "a..b").write_text("dots inside a name\n")
    (ws / "image.bin").write_bytes(b"\x89PNG\x00\x00needle main" + bytes(100))
    (ws / "big.txt").write_text("needle main\n" * 500)  # 6,000 bytes > MAX_FILE_BYTES
    for skipped in (".git", "node_modules", "__pycache__", ".venv"):
        (ws / skipped).mkdir()
        (ws / skipped / "hidden.py").write_text("def main(): pass  # skipped folder\n")
    (ws / "link_out.txt").symlink_to(tmp_path / "outside.txt")
    (ws / "link_dir").symlink_to(tmp_path / "outside_dir", target_is_directory=True)
    (ws / "link_up").symlink_to(tmp_path, target_is_directory=True)
    (ws / "loop").symlink_to(ws, target_is_directory=True)
    (ws / "link_in.py").symlink_to(ws / "src" / "app.py")
    return ws


@pytest.fixture
def tools(tree: Path):
    return {tool.name: tool for tool in builtin_tools(tree, max_results=50, max_file_bytes=MAX_FILE_BYTES)}


# ---------------------------------------------------------------------------------------------- calculator

@pytest.mark.parametrize(("expression", "expected"), [
    ("2 + 3 * 4", "14"), ("(2 + 3) * 4", "20"), ("2 ** 3 ** 2", "512"), ("-2 ** 2", "-4"), ("-(-3)", "3"),
    ("7 // 2", "3"), ("7 % 3", "1"), ("7 / 2", "3.5"), ("10 - 4 - 3", "3"), ("2 * 3.5", "7.0"),
])
def test_calculator_precedence(basic, expression, expected):
    assert run(basic, "calculator", expression=expression) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("sqrt(16)", 4.0), ("abs(-3)", 3), ("round(2.567, 2)", 2.57), ("round(2.5)", 2), ("cos(0)", 1.0),
    ("sin(0)", 0.0), ("tan(0)", 0.0), ("log(e)", 1.0), ("log(8, 2)", 3.0), ("exp(0)", 1.0),
    ("2 * pi", 6.283185307179586), ("sqrt(2) ** 2", 2.0000000000000004),
])
def test_calculator_functions_and_constants(basic, expression, expected):
    assert float(run(basic, "calculator", expression=expression)) == pytest.approx(expected)


@pytest.mark.parametrize("expression", ["1 / 0", "1 // 0", "5 % 0", "0 ** -1", "1 / (2 - 2)"])
def test_calculator_division_by_zero(basic, expression):
    refused(basic, "calculator", "division by zero", expression=expression)


@pytest.mark.parametrize("expression", [
    "__import__('os')", "__import__('os').system('touch pwned')", "(1).real", "().__class__", "pi.__class__",
    "open('x')", "eval('1')", "[1, 2]", "'a' * 3", "x", "lambda: 1", "True + 1", "1 if 1 else 2", "1 < 2",
    "2 ^ 3", "1 << 2", "math.sqrt(4)", "sqrt(x=4)", "(lambda: 1)()",
])
def test_calculator_refuses_code(basic, expression, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ToolError):
        run(basic, "calculator", expression=expression)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("expression", ["2 ** 100000", "9 ** 9999", "10 ** 10 ** 10", "(2 ** 5000) * (2 ** 5000) * (2 ** 5000)",
                                        "10.0 ** 400", "exp(1000)", "1e999", "round(5, -10 ** 9)"])
def test_calculator_refuses_huge_results(basic, expression):
    with pytest.raises(ToolError, match="too large|between"):
        run(basic, "calculator", expression=expression)


@pytest.mark.parametrize(("expression", "match"), [
    ("2 +", "not a valid expression"), ("", "non-empty"), ("sqrt(-1)", "domain"), ("log(0)", "domain"),
    ("(-8) ** 0.5", "not a real number"), ("1" + "+1" * 600, "too long"),
])
def test_calculator_other_errors(basic, expression, match):
    refused(basic, "calculator", match, expression=expression)


def test_calculator_without_arguments_object(basic):
    with pytest.raises(ToolError, match="non-empty"):
        asyncio.run(basic["calculator"].run({}))
    with pytest.raises(ToolError, match="JSON object"):
        asyncio.run(basic["calculator"].run(["2+2"]))  # type: ignore[arg-type]


# -------------------------------------------------------------------------------------------- current_time

def _parse_time(text: str) -> tuple[dt.datetime, str]:
    stamp, rest = text.split(" ", 1)
    return dt.datetime.fromisoformat(stamp), rest


def _now_between(basic, **arguments) -> tuple[dt.datetime, str]:
    """The tool's answer, and that its time lies between the clock read before and after the call."""
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    moment, rest = _parse_time(run(basic, "current_time", **arguments))
    assert before <= moment <= dt.datetime.now(dt.UTC)
    return moment, rest


def test_current_time_defaults_to_utc(basic):
    moment, rest = _now_between(basic)
    assert moment.utcoffset() == dt.timedelta(0)
    assert moment.strftime("%A") in rest and "UTC" in rest


def test_current_time_named_zone(basic):
    moment, rest = _now_between(basic, timezone="Asia/Tokyo")
    assert moment.utcoffset() == dt.timedelta(hours=9)  # no daylight saving time in Japan
    assert moment.strftime("%A") in rest and "Asia/Tokyo" in rest


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "Europe", "../../etc/passwd", "/etc/localtime", "UTC+99"])
def test_current_time_bad_zone(basic, zone):
    refused(basic, "current_time", "unknown timezone", timezone=zone)


# ------------------------------------------------------------------------------------------- tool offering

def test_no_workspace_means_no_workspace_tools():
    tools = builtin_tools(None)
    assert [tool.name for tool in tools] == ["calculator", "current_time"]
    assert all(tool.default_enabled for tool in tools)


def test_workspace_tools_are_offered_but_off_by_default(tree):
    registry = Registry()
    for tool in builtin_tools(tree):
        registry.add(tool)
    assert {tool.name for tool in registry.all()} == {"calculator", "current_time", *WORKSPACE_TOOLS}
    assert sorted(registry.defaults()) == ["calculator", "current_time"]
    for spec in registry.specs([tool.name for tool in registry.all()]):
        function = spec["function"]
        assert function["description"] and function["parameters"]["type"] == "object"
        assert set(function["parameters"]["required"]) <= set(function["parameters"]["properties"])
    required = {spec["function"]["name"]: spec["function"]["parameters"]["required"]
                for spec in registry.specs(list(WORKSPACE_TOOLS))}
    assert required == {"search_code": ["query"], "read_file": ["path"], "list_files": []}


# --------------------------------------------------------------------------------------------- search_code

def test_search_code_finds_lines(tools):
    out = run(tools, "search_code", query=r"def \w+\(")
    assert "src/app.py:4: def main():" in out.splitlines()
    assert "src/util.py:1: def helper(x):" in out.splitlines()
    assert "link_in.py:4: def main():" in out.splitlines()  # a symlink to a file inside is fine
    assert "hidden.py" not in out  # .git, node_modules, __pycache__, .venv are skipped
    assert "more matches" not in out


def test_search_code_glob_plain_text_and_case(tools):
    assert run(tools, "search_code", query="main", glob="*.md") == "README.md:2: main entry point"
    assert run(tools, "search_code", query="a+b", regex=False) == "src/util.py:2: return x * 2  # a+b literal"
    assert "no matches" in run(tools, "search_code", query="a+b")  # as a regex it means something else
    assert "no matches" in run(tools, "search_code", query="DEMO")
    assert run(tools, "search_code", query="DEMO", ignore_case=True) == "README.md:1: # Demo"
    assert run(tools, "search_code", query="helper", glob="src/app.py") == "src/app.py:5: return helper(1 + 2)"


def test_search_code_bounds_results_and_snippets(tools, tree):
    (tree / "many.txt").write_text("hit\n" * 30)
    out = run(tools, "search_code", query="hit", max_results=5).splitlines()
    assert out[:5] == [f"many.txt:{n}: hit" for n in range(1, 6)]
    assert out[5] == "[25 more matches not shown; narrow the query or glob]" and len(out) == 6
    small = {t.name: t for t in builtin_tools(tree, max_results=3, max_file_bytes=MAX_FILE_BYTES)}
    assert len(run(small, "search_code", query="hit", max_results=100).splitlines()) == 4
    (snippet,) = run(tools, "search_code", query="needle").splitlines()
    assert snippet.startswith("docs/guide.txt:2: …") and "needle" in snippet and len(snippet) < 240


def test_search_code_skips_binary_and_huge_files(tools):
    out = run(tools, "search_code", query="needle")
    assert "image.bin" not in out and "big.txt" not in out


def test_search_code_invalid_regex_and_arguments(tools):
    refused(tools, "search_code", "invalid regex", query="(unclosed")
    refused(tools, "search_code", "query is required", query="")
    refused(tools, "search_code", "max_results must be", query="x", max_results=0)


def test_search_code_never_reads_outside(tools):
    assert "no matches" in run(tools, "search_code", query="SECRET")
    assert "no matches" in run(tools, "search_code", query="SECRET", glob="link_dir/*")
    assert "no matches" in run(tools, "search_code", query="SECRET", glob="**/secret.txt")
    for glob in ("../*", "../**/*", "src/../../*", "/etc/*", str(Path("/").resolve() / "tmp" / "*")):
        refused(tools, "search_code", "path is outside the workspace", query="SECRET", glob=glob)


# ----------------------------------------------------------------------------------------------- read_file

def test_read_file_whole_and_slice(tools):
    assert run(tools, "read_file", path="src/app.py") == (
        "src/app.py (lines 1-5 of 5)\n    1| import os\n    2| \n    3| \n    4| def main():\n"
        "    5|     return helper(1 + 2)")
    assert run(tools, "read_file", path="src/app.py", start_line=4, end_line=5) == (
        "src/app.py (lines 4-5 of 5)\n    4| def main():\n    5|     return helper(1 + 2)")
    assert run(tools, "read_file", path="./src/app.py", start_line=5, end_line=99).endswith("helper(1 + 2)")
    assert "def main():" in run(tools, "read_file", path="link_in.py")  # symlink to a file inside


def test_read_file_truncates(tree):
    small = {t.name: t for t in builtin_tools(tree, max_read_chars=100)}
    (tree / "long.txt").write_text("".join(f"line number {n}\n" for n in range(1, 101)))
    out = run(small, "read_file", path="long.txt").splitlines()
    assert out[0].startswith("long.txt (lines 1-") and "of 100)" in out[0]
    assert sum(len(line) + 1 for line in out[1:-1]) <= 100
    last_shown = int(out[-2].split("|")[0])
    assert out[-1] == f"[truncated: output is limited to 100 characters; continue with start_line={last_shown + 1}]"
    cut = run(small, "read_file", path="docs/guide.txt", start_line=2)  # one line over the whole budget
    assert "[line cut]" in cut and "continue with start_line" not in cut


def test_read_file_bad_ranges(tools):
    refused(tools, "read_file", "past the end", path="README.md", start_line=10)
    refused(tools, "read_file", "end_line must not be before", path="README.md", start_line=2, end_line=1)
    refused(tools, "read_file", "start_line must be", path="README.md", start_line=0)
    refused(tools, "read_file", "path is required", path="")


def test_read_file_names_that_look_like_paths_are_inside(tools):
    assert "just a file named like a path" in run(tools, "read_file", path="..%2Fetc%2Fpasswd")
    assert "dots inside a name" in run(tools, "read_file", path="a..b")


def test_read_file_refuses_binary_huge_missing_and_folders(tools):
    refused(tools, "read_file", "binary file", path="image.bin")
    refused(tools, "read_file", "file too large", path="big.txt")
    refused(tools, "read_file", "no such file", path="missing.txt")
    refused(tools, "read_file", "no such file", path="%2e%2e/outside.txt")
    refused(tools, "read_file", "is a folder", path="src")


@pytest.mark.parametrize("path", [
    "../outside.txt", "src/../../outside.txt", "../outside_dir/secret.txt", "..", "../ws/README.md",
    "link_out.txt", "link_dir/secret.txt", "link_up/outside.txt", "loop/../outside.txt",
])
def test_read_file_refuses_escapes(tools, path):
    assert "SECRET" not in refused(tools, "read_file", "path is outside the workspace", path=path)


def test_read_file_refuses_absolute_paths(tools, tree):
    for target in (tree.parent / "outside.txt", tree.parent / "outside_dir" / "secret.txt", Path("/etc/passwd")):
        refused(tools, "read_file", "path is outside the workspace", path=str(target))


def test_read_file_refuses_a_symlink_swapped_to_point_out(tools, tree):
    (tree / "swap.txt").symlink_to(tree / "README.md")
    assert "# Demo" in run(tools, "read_file", path="swap.txt")
    (tree / "swap.txt").unlink()
    (tree / "swap.txt").symlink_to(tree.parent / "outside.txt")
    refused(tools, "read_file", "path is outside the workspace", path="swap.txt")


# ---------------------------------------------------------------------------------------------- list_files

def test_list_files_lists_files_sorted(tools):
    listed = run(tools, "list_files").splitlines()
    assert listed == ["..%2Fetc%2Fpasswd", "README.md", "a..b", "big.txt", "docs/guide.txt", "image.bin",
                      "link_in.py", "src/app.py", "src/util.py"]


def test_list_files_globs(tools):
    assert run(tools, "list_files", glob="*.py").splitlines() == ["link_in.py", "src/app.py", "src/util.py"]
    assert run(tools, "list_files", glob="src/*.py").splitlines() == ["src/app.py", "src/util.py"]
    assert run(tools, "list_files", glob="**/g?ide.[tx]xt") == "docs/guide.txt"
    assert run(tools, "list_files", glob="src/**").splitlines() == ["src/app.py", "src/util.py"]
    assert run(tools, "list_files", glob="*.rs") == "no files match '*.rs'"


def test_list_files_bounded(tree):
    small = {t.name: t for t in builtin_tools(tree, max_results=2)}
    assert run(small, "list_files").splitlines() == [
        "..%2Fetc%2Fpasswd", "README.md", "... and 7 more files not shown (use a narrower glob)"]


@pytest.mark.parametrize("glob", ["link_dir/*", "link_up/*", "link_up/**/*", "**/secret.txt", "**/outside*",
                                  "loop/**/*"])
def test_list_files_never_walks_out(tools, glob):
    assert run(tools, "list_files", glob=glob).startswith("no files match")


@pytest.mark.parametrize("glob", ["../*", "../**/*", "src/../../*", "..", "/etc/*", "/*"])
def test_list_files_refuses_escaping_globs(tools, glob):
    refused(tools, "list_files", "path is outside the workspace", glob=glob)


# ------------------------------------------------------------------------------------- all workspace tools

def test_nothing_outside_is_readable_through_any_tool(tools, tree):
    """Every escape against every workspace tool: each is refused or finds nothing, and no SECRET leaks."""
    outside = tree.parent
    attempts = []
    for path in ("../outside.txt", str(outside / "outside.txt"), "link_out.txt", "link_dir/secret.txt",
                 "link_up/outside.txt", "link_up/outside_dir/secret.txt", "../../../../../etc/passwd"):
        attempts.append(("read_file", {"path": path}))
    for glob in ("../*", "../**", str(outside / "*"), "link_dir/*", "link_up/**/*", "**/*", "**"):
        attempts.append(("list_files", {"glob": glob}))
        attempts.append(("search_code", {"query": "SEC[R]ET", "glob": glob}))  # the query is echoed
    attempts.append(("search_code", {"query": "SEC[R]ET"}))
    attempts.append(("search_code", {"query": "secret", "regex": False, "ignore_case": True}))
    for name, args in attempts:
        try:
            out = asyncio.run(tools[name].run(args))
        except ToolError as exc:
            assert "SECRET" not in str(exc) and "outside the workspace" in str(exc), (name, args, exc)
            continue
        assert "SECRET" not in out and "secret.txt" not in out and "outside" not in out, (name, args, out)
    assert os.path.exists(outside / "outside.txt")  # the files were there to be leaked


def test_a_catastrophic_regex_stops_at_the_deadline_without_freezing_other_threads(tmp_path, monkeypatch):
    import threading
    import time

    import kimi_ui.tools.builtins as builtins_module

    (tmp_path / "dashes.txt").write_text(("-" * 90 + "\n") * 50, encoding="utf-8")
    monkeypatch.setattr(builtins_module, "SEARCH_SECONDS", 1.0)
    search = {t.name: t for t in builtin_tools(tmp_path)}["search_code"]
    ticks: list[float] = []

    def tick() -> None:
        for _ in range(25):
            ticks.append(time.monotonic())
            time.sleep(0.05)

    ticker = threading.Thread(target=tick)
    ticker.start()
    started = time.monotonic()
    result = asyncio.run(search.run({"query": "(?:-|--){22}x"}))
    ended = time.monotonic()
    ticker.join()
    assert "results are incomplete" in result  # stopped by the deadline (the match alone takes minutes)
    # The matcher let go of the GIL: the other thread kept ticking during the second it ran (one holding
    # the GIL lets it tick once or twice at most; a loaded machine still gives it several).
    assert sum(started < t < ended for t in ticks) >= 5, (ended - started, ticks)

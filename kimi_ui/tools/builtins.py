"""Built-in tools: calculator, current_time, and read-only workspace tools (search_code, read_file, list_files).

The workspace tools never read outside the configured root: every path argument is resolved (symlinks
included) and refused unless it lands inside the root, `..` and absolute paths are refused outright, and
walks never descend into symlinked directories. Binary and huge files are refused. Pure asyncio.
"""

from __future__ import annotations

import ast
import asyncio
import datetime as dt
import math
import operator
import os
import re
import time
import zoneinfo
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from kimi_ui.tools.registry import Tool, ToolError

OUTSIDE = "path is outside the workspace"
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox",
                       ".mypy_cache", ".pytest_cache", ".ruff_cache"})
BINARY_PROBE = 8192  # a NUL byte in the first 8 KB means binary
SNIPPET_CHARS = 200
SEARCH_SECONDS = 20.0  # a search stops walking after this long and says its results are incomplete
_GLOB_TOKENS = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}

MAX_EXPRESSION = 1000
MAX_EXPONENT = 10_000
MAX_INT_BITS = 12_000  # str() of an int refuses more than 4300 digits (~14,000 bits)
_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
}
_FUNCS: dict[str, Callable[..., Any]] = {
    "sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "tan": math.tan, "log": math.log,
    "exp": math.exp, "abs": abs, "round": round,
}
_CONSTS = {"pi": math.pi, "e": math.e}


def calculate(expression: str) -> str:
    """Evaluate arithmetic by walking its AST; anything but numbers, operators and _FUNCS is refused."""
    if not isinstance(expression, str) or not expression.strip():
        raise ToolError("expression must be a non-empty string, e.g. '2 * (3 + 4)'")
    if len(expression) > MAX_EXPRESSION:
        raise ToolError(f"expression too long (limit {MAX_EXPRESSION} characters)")
    try:
        return str(_eval(ast.parse(expression.strip(), mode="eval").body))
    except SyntaxError as exc:
        raise ToolError(f"not a valid expression: {exc.msg}") from None
    except (RecursionError, MemoryError):
        raise ToolError("expression too deeply nested") from None
    except ValueError:  # str() of an int with too many digits
        raise ToolError("result too large") from None


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return _checked_number(node.value)
    if isinstance(node, ast.Name) and node.id in _CONSTS:
        return _CONSTS[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = _eval(node.left), _eval(node.right)
        _check_size(node.op, left, right)
        return _apply(_BINOPS[type(node.op)], [left, right], "operator")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS:
        return _call(node.func.id, node)
    raise ToolError(f"not allowed in a calculation: {_describe(node)}")


def _describe(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        return f"calling {ast.unparse(node.func)!r} (functions: {', '.join(_FUNCS)})"
    if isinstance(node, ast.Name):
        return f"unknown name {node.id!r} (constants: {', '.join(_CONSTS)})"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitXor):
        return "'^' (use ** for powers)"
    if isinstance(node, ast.Constant):
        return f"the literal {node.value!r} (only numbers)"
    return "attribute access" if isinstance(node, ast.Attribute) else type(node).__name__


def _check_size(op: ast.operator, a: float, b: float) -> None:
    """Refuse before computing what would take too long or print too many digits."""
    if isinstance(op, ast.Pow) and abs(b) > MAX_EXPONENT:
        raise ToolError(f"exponent too large (limit {MAX_EXPONENT})")
    if not (isinstance(a, int) and isinstance(b, int)):
        return
    if isinstance(op, ast.Pow) and b > 0 and abs(a) > 1 and a.bit_length() * b > MAX_INT_BITS \
            or isinstance(op, ast.Mult) and a.bit_length() + b.bit_length() > MAX_INT_BITS:
        raise ToolError("result too large")


def _call(name: str, node: ast.Call) -> float:
    if node.keywords:
        raise ToolError("keyword arguments are not supported")
    args = [_eval(arg) for arg in node.args]
    if name == "round" and len(args) == 2 and (not isinstance(args[1], int) or abs(args[1]) > 100):
        raise ToolError("round(): ndigits must be an integer between -100 and 100")
    return _apply(_FUNCS[name], args, f"{name}()")


def _apply(fn: Callable[..., Any], args: list[float], what: str) -> float:
    try:
        return _checked_number(fn(*args))
    except ZeroDivisionError:
        raise ToolError("division by zero") from None
    except OverflowError:
        raise ToolError("result too large") from None
    except (TypeError, ValueError) as exc:
        raise ToolError(f"{what}: {exc}") from None


def _checked_number(value: Any) -> float:
    if isinstance(value, complex):
        raise ToolError("the result is not a real number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ToolError("result too large" if math.isinf(value) else "the result is not a number")
    return value


def current_time(timezone: str | None = None) -> str:
    name = timezone.strip() if isinstance(timezone, str) and timezone.strip() else "UTC"
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ToolError(f"unknown timezone {name!r}; use an IANA name like 'Europe/Paris' or 'UTC'") from None
    now = dt.datetime.now(zone)
    return f"{now.isoformat(timespec='seconds')} ({now.strftime('%A')}, {name})"


def _int_arg(args: dict[str, Any], name: str, default: int | None, minimum: int = 1) -> int | None:
    value = args.get(name)
    if value is None:
        return default
    if (isinstance(value, float) and value.is_integer()) or (isinstance(value, str) and value.strip().isdigit()):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ToolError(f"{name} must be an integer")
    if value < minimum:
        raise ToolError(f"{name} must be at least {minimum}")
    return value


def _glob_arg(args: dict[str, Any], default: str | None) -> str | None:
    value = args.get("glob")
    if value is not None and not isinstance(value, str):
        raise ToolError("glob must be a string")
    return value if value and value.strip() else default


def glob_pattern(glob: str) -> re.Pattern[str]:
    """A glob over relative posix paths: `*`, `?`, `[...]` within a name, `**` across folders.

    A pattern without `/` matches file names at any depth (`*.py`). `..` and absolute patterns are refused.
    """
    pattern = glob.strip()
    if pattern.startswith("/") or ".." in pattern.split("/") or re.match(r"^[A-Za-z]:", pattern):
        raise ToolError(f"{OUTSIDE}: glob {glob!r} (globs are relative to the workspace root, without '..')")
    pattern = pattern.removeprefix("./")
    if "/" not in pattern:
        pattern = "**/" + pattern
    pieces = re.split(r"(\*\*/|\*\*|\*|\?|\[[^\]/]+\])", pattern)
    try:
        return re.compile("".join(_glob_piece(piece) for piece in pieces))
    except re.error as exc:
        raise ToolError(f"invalid glob {glob!r}: {exc}") from None


def _glob_piece(piece: str) -> str:
    if piece in _GLOB_TOKENS:
        return _GLOB_TOKENS[piece]
    if len(piece) > 2 and piece[0] == "[" and piece[-1] == "]":
        body = piece[1:-1].replace("\\", "\\\\")
        return "[^" + body[1:] + "]" if body[0] == "!" else "[" + body.replace("^", "\\^") + "]"
    return re.escape(piece)


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _snippet(line: str, match: re.Match[str]) -> str:
    if len(line) <= SNIPPET_CHARS:
        return line.strip()
    start = max(0, min(match.start() - SNIPPET_CHARS // 4, len(line) - SNIPPET_CHARS))
    end = start + SNIPPET_CHARS
    return ("…" if start else "") + line[start:end].strip() + ("…" if end < len(line) else "")


class Workspace:
    """A read-only view of one folder; every method refuses what lies outside it."""

    def __init__(self, root: Path, *, max_file_bytes: int, max_read_chars: int) -> None:
        self.root = Path(root).expanduser().resolve()
        self.max_file_bytes = max_file_bytes
        self.max_read_chars = max_read_chars

    def resolve(self, path: Any) -> Path:
        """The real path of a workspace-relative argument, or a ToolError if it is (or points) outside."""
        if not isinstance(path, str) or not path.strip():
            raise ToolError("path is required: a path relative to the workspace root")
        if "\x00" in path:
            raise ToolError("path contains a NUL byte")
        candidate = Path(path)
        if candidate.is_absolute() or ".." in candidate.parts or re.match(r"^[A-Za-z]:", path):
            raise ToolError(f"{OUTSIDE}: {path!r} (use a path relative to the workspace root, without '..')")
        real = self._inside(self.root / candidate)
        if real is None:
            raise ToolError(f"{OUTSIDE}: {path!r} (it is a symlink pointing out of the workspace)")
        return real

    def _inside(self, path: Path) -> Path | None:
        try:
            real = path.resolve()
        except (OSError, RuntimeError):  # symlink loops
            return None
        return real if real.is_relative_to(self.root) else None

    def files(self) -> Iterator[tuple[str, Path]]:
        """(relative posix path, real path) of every file, never descending into symlinked folders."""
        for folder, dirnames, filenames in os.walk(self.root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames
                                 if d not in SKIP_DIRS and not os.path.islink(os.path.join(folder, d)))
            for name in sorted(filenames):
                path = Path(folder, name)
                real = self._inside(path)
                if real is not None and real.is_file():
                    yield path.relative_to(self.root).as_posix(), real

    def load(self, real: Path, shown: str) -> str:
        """The text of a file inside the workspace; ToolError for missing, binary or huge files."""
        if not real.is_file():
            raise ToolError(f"no such file: {shown!r}" if not real.exists() else
                            f"{shown!r} is a folder (use list_files)" if real.is_dir() else
                            f"{shown!r} is not a regular file")
        try:
            with real.open("rb") as handle:
                data = handle.read(self.max_file_bytes + 1)
        except OSError as exc:
            raise ToolError(f"cannot read {shown!r}: {exc.strerror}") from None
        if len(data) > self.max_file_bytes:
            raise ToolError(f"file too large: {shown!r} is over the {self.max_file_bytes:,}-byte limit")
        if b"\x00" in data[:BINARY_PROBE]:
            raise ToolError(f"{shown!r} is a binary file; only text files can be read")
        return data.decode("utf-8", errors="replace")

    def read(self, path: str, start: int, end: int | None) -> str:
        lines = _lines(self.load(self.resolve(path), path))
        if not lines:
            return f"{path} is empty"
        if start > len(lines):
            raise ToolError(f"start_line {start} is past the end of {path} ({len(lines)} lines)")
        end = len(lines) if end is None else min(end, len(lines))
        if end < start:
            raise ToolError("end_line must not be before start_line")
        rows, used, last = [], 0, start - 1
        for number in range(start, end + 1):
            row = f"{number:>5}| {lines[number - 1]}"
            if used + len(row) + 1 > self.max_read_chars:
                if not rows:  # one line longer than the whole budget: show its beginning
                    rows.append(row[:self.max_read_chars] + " …[line cut]")
                    last = number
                break
            rows.append(row)
            used, last = used + len(row) + 1, number
        head = f"{path} (lines {start}-{last} of {len(lines)})"
        tail = []
        if last < end:
            tail = [f"[truncated: output is limited to {self.max_read_chars:,} characters; continue with "
                    + f"start_line={last + 1}]"]
        return "\n".join([head, *rows, *tail])

    def list(self, glob: str, limit: int) -> str:
        pattern = glob_pattern(glob)
        matched = sorted(rel for rel, _ in self.files() if pattern.fullmatch(rel))
        if not matched:
            return f"no files match {glob!r}"
        extra = len(matched) - limit
        note = [f"... and {extra} more files not shown (use a narrower glob)"] if extra > 0 else []
        return "\n".join(matched[:limit] + note)

    def search(self, regex: Any, glob: str | None, limit: int) -> str:
        """`regex` is a pattern of the `regex` module: it releases the GIL while matching and obeys a
        timeout, so a catastrophic pattern can neither freeze the server nor run past the deadline."""
        names = glob_pattern(glob) if glob else None
        shown: list[str] = []
        total, deadline, stopped = 0, time.monotonic() + SEARCH_SECONDS, False
        for rel, real in self.files():
            if names is not None and not names.fullmatch(rel):
                continue
            try:
                lines = _lines(self.load(real, rel))
            except ToolError:  # binary, huge or unreadable: not searched
                continue
            try:
                for number, line in enumerate(lines, 1):
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise TimeoutError
                    if match := regex.search(line, concurrent=True, timeout=left):
                        total += 1
                        if len(shown) < limit:
                            shown.append(f"{rel}:{number}: {_snippet(line, match)}")
            except TimeoutError:
                stopped = True
                break
        notes = [f"[{total - len(shown)} more matches not shown; narrow the query or glob]"] * (total > len(shown))
        notes += [f"[search stopped after {SEARCH_SECONDS:.0f} s; results are incomplete]"] * stopped
        return "\n".join(shown + notes) if shown else "\n".join([f"no matches for {regex.pattern!r}", *notes])


def _search_regex(args: dict[str, Any]) -> Any:
    import regex  # the `regex` module: timeouts and GIL release, which `re` has neither of

    query = args.get("query")
    if not isinstance(query, str) or not query:
        raise ToolError("query is required and must be a non-empty string")
    flags = regex.IGNORECASE if args.get("ignore_case") else 0
    if args.get("regex", True) is False:
        return regex.compile(regex.escape(query), flags)
    try:
        return regex.compile(query, flags | regex.VERSION0)
    except regex.error as exc:
        raise ToolError(f"invalid regex {query!r}: {exc} (pass regex: false to search for plain text)") from None


def _tool(name: str, description: str, required: list[str], properties: dict[str, tuple[str, str]],
          fn: Callable[[dict[str, Any]], Awaitable[str]], default_enabled: bool = False) -> Tool:
    """A Tool whose JSON schema is built from {argument: (json type, description)}."""
    async def run(args: dict[str, Any]) -> str:
        if not isinstance(args, dict):
            raise ToolError("arguments must be a JSON object")
        return await fn(args)

    schema = {"type": "object", "required": required, "additionalProperties": False,
              "properties": {key: {"type": kind, "description": doc} for key, (kind, doc) in properties.items()}}
    return Tool(name, description, schema, run, default_enabled=default_enabled)


async def _calculator(args: dict[str, Any]) -> str:
    return calculate(args.get("expression"))


async def _current_time(args: dict[str, Any]) -> str:
    return current_time(args.get("timezone"))


def _workspace_tools(ws: Workspace, max_results: int) -> list[Tool]:
    glob_doc = "file glob relative to the workspace root: '*.py' (any depth), 'src/**/*.ts', 'docs/*'"

    async def search(args: dict[str, Any]) -> str:
        regex, glob = _search_regex(args), _glob_arg(args, None)
        limit = min(_int_arg(args, "max_results", max_results) or max_results, max_results)
        return await asyncio.to_thread(ws.search, regex, glob, limit)

    async def read(args: dict[str, Any]) -> str:
        path, start, end = args.get("path"), _int_arg(args, "start_line", 1), _int_arg(args, "end_line", None)
        ws.resolve(path)  # refuse a bad path before going to a thread
        return await asyncio.to_thread(ws.read, path, start or 1, end)

    async def listing(args: dict[str, Any]) -> str:
        return await asyncio.to_thread(ws.list, _glob_arg(args, "**/*"), max_results)

    tools = [
        _tool("search_code", "Search the text files of the user's workspace folder (read-only) for a regular "
              f"expression or plain text. Returns 'path:line: snippet' lines (at most {max_results}).", ["query"],
              {"query": ("string", "a Python regular expression, or plain text when regex is false"),
               "regex": ("boolean", "false: search for the query as plain text (default true)"),
               "ignore_case": ("boolean", "default false"), "glob": ("string", glob_doc + " (default: all)"),
               "max_results": ("integer", f"at most {max_results}")}, search),
        _tool("read_file", "Read a text file of the user's workspace folder, with line numbers. Long files are "
              "cut; ask for a range with start_line/end_line.", ["path"],
              {"path": ("string", "path relative to the workspace root"),
               "start_line": ("integer", "first line, 1-based (default 1)"),
               "end_line": ("integer", "last line, inclusive (default: end of file)")}, read),
        _tool("list_files", f"List the files of the user's workspace folder matching a glob (at most {max_results}).",
              [], {"glob": ("string", glob_doc + " (default '**/*': all files)")}, listing),
    ]
    return [replace(tool, reads_workspace=True) for tool in tools]


def builtin_tools(workspace: Path | None, *, max_results: int = 50, max_file_bytes: int = 1_000_000,
                  max_read_chars: int = 20_000) -> list[Tool]:
    """calculator and current_time (on by default), plus the workspace tools (off by default) for a folder."""
    tools = [
        _tool("calculator", "Evaluate an arithmetic expression exactly: numbers, + - * / // % ** and parentheses, "
              "sqrt, sin, cos, tan, log, exp, abs, round, pi, e. Returns the result.", ["expression"],
              {"expression": ("string", "e.g. '(2 + 3) * sqrt(16) / 7'")}, _calculator, default_enabled=True),
        _tool("current_time", "The current date and time (ISO 8601) and weekday, in UTC or a given timezone.", [],
              {"timezone": ("string", "IANA name such as 'Europe/Paris' (default UTC)")}, _current_time,
              default_enabled=True),
    ]
    if workspace is not None:
        ws = Workspace(Path(workspace), max_file_bytes=max_file_bytes, max_read_chars=max_read_chars)
        tools += _workspace_tools(ws, max_results)
    return tools

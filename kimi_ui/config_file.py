"""The TOML config file is checked before it is used: a typo is an error naming the file, the line and the
closest known key, never a setting quietly ignored (a misspelt `[[backend]]` would let the built-in defaults
replace the operator's backends without a word)."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel

ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
TABLE = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")
KEY = re.compile(r"""^\s*(["']?)([A-Za-z0-9_-]+)\1\s*=""")
TABLES = {"backends": "backends", "mcp_servers": "mcp_servers"}


class ConfigError(ValueError):
    """A config file that cannot be used as written; the message says where and what to do."""


def check_config_file(path: Path, settings: type[BaseModel], backend: type[BaseModel],
                      mcp_server: type[BaseModel]) -> None:
    """Raise ConfigError listing every unknown key (one line each), or for a file that is not TOML."""
    try:
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not a UTF-8 text file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    lines = key_lines(text)
    problems = []
    for key, value in data.items():
        if key not in settings.model_fields:
            problems.append(_unknown(path, lines.get((key,)), key, value, settings.model_fields))
    for table, model in (("backends", backend), ("mcp_servers", mcp_server)):
        entries = data.get(table)
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            for key in entry if isinstance(entry, dict) else []:
                if key not in model.model_fields:
                    line = lines.get((table, index, key))
                    problems.append(_unknown_in_table(path, line, table, key, model.model_fields))
    if problems:
        raise ConfigError("\n".join(problems))


def key_lines(text: str) -> dict[tuple, int]:
    """The first line of each key: ("port",) at top level, ("backends", 0, "model") in the first [[backends]]
    table, ("backend",) for the header of an unknown table. A plain scan, not a parser: good enough to point
    at a line, and the file is already known to be valid TOML."""
    where: dict[tuple, int] = {}
    table: tuple = ()
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if found := ARRAY_TABLE.match(line):
            name = found[1].strip("\"'")
            table = (name, seen.get(name, 0))
            seen[name] = table[1] + 1
            where.setdefault((name,), number)
        elif found := TABLE.match(line):
            table = (found[1].strip("\"'"),)
            where.setdefault(table, number)
        elif found := KEY.match(line):
            where.setdefault((*table, found[2]), number)
    return where


def _place(path: Path, line: int | None) -> str:
    return f"{path}, line {line}" if line else str(path)


def _closest(key: str, known: Any) -> str:
    match = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f" (did you mean `{match[0]}`?)" if match else ""


def _unknown(path: Path, line: int | None, key: str, value: Any, known: Any) -> str:
    is_table = isinstance(value, dict) or (isinstance(value, list) and value and isinstance(value[0], dict))
    if is_table:
        brackets = ("[[", "]]") if isinstance(value, list) else ("[", "]")
        match = difflib.get_close_matches(key, list(TABLES), n=1, cutoff=0.6)
        hint = f" (did you mean `[[{match[0]}]]`?)" if match else ""
        return f"{_place(path, line)}: unknown table `{brackets[0]}{key}{brackets[1]}`{hint}"
    return f"{_place(path, line)}: unknown setting `{key}`{_closest(key, known)}"


def _unknown_in_table(path: Path, line: int | None, table: str, key: str, known: Any) -> str:
    where = _place(path, line)
    if table == "backends" and key in ("api_key", "apikey", "key", "token"):
        return (f"{where}: `{key}` does not belong in the config file. Put the key in the environment or .env "
                f"(e.g. MY_BACKEND_KEY=sk-...) and name that variable with `api_key_env = \"MY_BACKEND_KEY\"`")
    return f"{where}: unknown key `{key}` in [[{table}]]{_closest(key, known)}"


def unknown_variables(names: Any, known: Any, prefix: str = "KIMI_UI_") -> list[str]:
    """Warnings for KIMI_UI_* names (environment or .env) that are no setting: they are ignored, which is
    right for an old name left behind but wrong for a typo, so the operator hears of them."""
    fields = {f"{prefix}{name}".upper(): name for name in known}
    warnings = []
    for name in names:
        upper = name.upper()
        if upper.startswith(prefix) and upper not in fields and not upper.startswith(f"{prefix}TEST_"):
            match = difflib.get_close_matches(upper, list(fields), n=1, cutoff=0.75)
            hint = f" (did you mean {match[0]}?)" if match else ""
            warnings.append(f"{name} is not a setting and is ignored{hint}")
    return warnings


def environment_names(env_file: str | None) -> list[str]:
    """Names set in the environment and the .env file."""
    from dotenv import dotenv_values

    names = list(os.environ)
    if env_file and Path(env_file).is_file():
        names += [name for name in dotenv_values(env_file) if name not in os.environ]
    return names

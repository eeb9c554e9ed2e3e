"""Import gradio without its type-stub writer.

On every import, gradio's component metaclass (gradio/component_meta.py, `create_or_modify_pyi`) reads the
source of each of its ~80 component classes, parses it with `ast`, and rewrites the `.pyi` stubs next to it
in site-packages. The stubs are for editors: a server never reads them, cannot write them where the
install is read-only (the Docker image runs as an unprivileged user; gradio issue #10121), and the parsing
is about 1.1 s of a 4 s start on a 2-core machine. `install()` puts a one-shot import hook in front of
`gradio.component_meta` that swaps that function for one that does nothing; everything else in the module
is gradio's own. The hook removes itself once the module is loaded, and does nothing if gradio is already
imported or no longer has the function.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from types import ModuleType
from typing import Any

MODULE = "gradio.component_meta"
WRITER = "create_or_modify_pyi"


def no_stubs(*_args: Any, **_kwargs: Any) -> None:
    """Stands in for gradio's stub writer: components are built the same, no file is read or written."""


class _Loader(importlib.abc.Loader):
    """gradio's own loader for the module, with the writer replaced right after the module ran."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        if callable(getattr(module, WRITER, None)):
            setattr(module, WRITER, no_stubs)

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename, ... for tracebacks and inspect
        return getattr(self.inner, name)


class _Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: ModuleType | None = None) -> Any:
        if name != MODULE:
            return None
        remove()
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install() -> bool:
    """Arm the hook before the first `import gradio`; False when gradio is already imported."""
    if MODULE in sys.modules:
        return False
    if not any(isinstance(finder, _Hook) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Hook())
    return True


def remove() -> None:
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, _Hook)]

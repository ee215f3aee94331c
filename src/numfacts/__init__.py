"""numfacts: every numeric fact in news text, normalised, as a tidy pandas table.

The public names are loaded on first use (module ``__getattr__``), so ``import numfacts`` and
the CLI's JSONL/CSV path never import pandas; ``numfacts.extract`` and friends import it then.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:  # for type checkers and IDEs; at run time these come from __getattr__
    from .api import extract, extract_frame
    from .errors import DocumentError, InputError, NumfactsError, ReferenceDateError
    from .figures import agree
    from .load import read
    from .mention import COLUMNS, Mention
    from .verification import verify

__version__ = "0.1.0"

#: Each public name and the submodule that defines it.
_LAZY = {
    "COLUMNS": "mention", "Mention": "mention",
    "DocumentError": "errors", "InputError": "errors", "NumfactsError": "errors", "ReferenceDateError": "errors",
    "extract": "api", "extract_frame": "api", "read": "load", "agree": "figures", "verify": "verification",
}

__all__ = [
    "COLUMNS", "DocumentError", "InputError", "Mention", "NumfactsError", "ReferenceDateError",
    "agree", "extract", "extract_frame", "read", "verify", "__version__",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'numfacts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

"""Start-up: `import numfacts` and the CLI's text formats load no heavy library (issue #14).

pandas, numpy and pyarrow cost most of the CLI's start-up, and the JSONL, CSV, SQLite and HTML
outputs never use them; each case runs in a fresh interpreter and lists what it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import numfacts

#: Libraries only a frame, a Parquet file, a web page, a review or a process pool needs.
HEAVY = ("pandas", "numpy", "pyarrow", "jinja2", "dateparser", "trafilatura", "lxml", "tqdm", "quantulum3",
         "concurrent.futures")  # and a process pool, started only for more than one chunk

_LOADED = f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"


def _loaded(code: str, cwd: Path) -> list[str]:
    """The heavy libraries loaded after `code` ran in a new interpreter."""
    done = subprocess.run([sys.executable, "-c", f"import json, sys\n{code}\n{_LOADED}"], cwd=cwd,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _cli(*args: str) -> str:
    """Python code running `numfacts` with `args` in this process (no worker processes)."""
    return ("from numfacts.cli import main\n"
            "try:\n"
            f"    main.main({list(args)!r}, prog_name='numfacts')\n"
            "except SystemExit as exit:\n"
            "    assert not exit.code, exit.code\n")


CASES = [
    pytest.param("import numfacts", id="import"),
    pytest.param("import numfacts\nnumfacts.__version__, numfacts.NumfactsError, numfacts.Mention", id="light-names"),
    pytest.param("import numfacts.cli", id="import-cli"),
    pytest.param(_cli("extract", "in.txt", "-o", "out.jsonl"), id="text-to-jsonl"),
    pytest.param(_cli("extract", "in.txt", "-o", "out.csv"), id="text-to-csv"),
    pytest.param(_cli("extract", "in.txt", "-f", "csv"), id="text-to-stdout"),
    pytest.param(_cli("extract", "in.jsonl", "-o", "out.jsonl"), id="jsonl-to-jsonl"),
    pytest.param(_cli("extract", "in.csv", "-o", "out.sqlite"), id="csv-to-sqlite"),
    pytest.param(_cli("extract", "in.txt", "-o", "out.html"), id="text-to-html"),
]


@pytest.mark.parametrize("code", CASES)
def test_no_heavy_import(code: str, tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("Over 10,000 people fled on Sunday.\n", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "12 dead", "date": "2016-12-11"}\n', encoding="utf-8")
    (tmp_path / "in.csv").write_text("id,text\na,12 dead\n", encoding="utf-8")
    assert _loaded(code, tmp_path) == []


def test_frame_paths_still_load_pandas(tmp_path: Path) -> None:
    """The check above is not vacuous: a frame, and Parquet, do load pandas."""
    (tmp_path / "in.txt").write_text("12 dead\n", encoding="utf-8")
    assert "pandas" in _loaded("import numfacts\nnumfacts.extract('12 dead')", tmp_path)
    assert "pyarrow" in _loaded(_cli("extract", "in.txt", "-o", "out.parquet"), tmp_path)


def test_public_names() -> None:
    """Every name of `__all__` resolves, `dir()` lists it, and an unknown one is an AttributeError."""
    assert all(getattr(numfacts, name) is not None for name in numfacts.__all__)
    assert set(numfacts.__all__) <= set(dir(numfacts))
    assert numfacts.extract is numfacts.api.extract and numfacts.read is numfacts.load.read
    from numfacts import COLUMNS, DocumentError, extract_frame  # noqa: F401  (from-import works too)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        numfacts.nope  # noqa: B018


@pytest.mark.parametrize("name, module", [("agree", "figures"), ("verify", "verification")])
def test_function_named_apart_from_its_module(name: str, module: str, tmp_path: Path) -> None:
    """`numfacts.agree` is the function, defined in a module of another name, so importing that
    module cannot hide it."""
    code = (f"import numfacts.{module}, numfacts\n"
            f"assert callable(numfacts.{name}) and numfacts.{name}.__module__ == 'numfacts.{module}', numfacts.{name}\n"
            f"from numfacts import {name}\nassert {name} is numfacts.{name}")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

"""The fact-checking review: one self-contained HTML page for one article.

`render(text, df, warnings)` fills `templates/review.html` (Jinja2, autoescaped): the article
with every mention as a `<mark>` (one per row, the row's fields as `data-*` attributes), the
consistency warnings of `numfacts.check` at the top, and a table of every fact. The page loads
nothing from the network: its script and style are inline, and its Content-Security-Policy
allows only those two (by their SHA-256), so text from the article can never run.

>>> import numfacts
>>> text = 'Over 400,000 died, <script>alert("x")</script> said the UN.'
>>> page = review_document(text, doc_id="t")
>>> page.count("<mark"), "<script>alert" in page, "&lt;script&gt;alert" in page
(1, False, True)
"""

from __future__ import annotations

import base64
import hashlib
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import jinja2
import pandas as pd

from .mention import COLUMNS, KINDS

#: Review statuses, in the order the page offers them.
STATUSES = ("unchecked", "verified", "wrong", "unclear")
#: Columns shown on a mark's tooltip, in order.
TIP_FIELDS = ("value", "low", "high", "unit", "entity", "qualifier", "change", "role", "date", "duration", "attribution",
              "verdict", "ref_value", "reason")


@dataclass
class _Node:
    """A piece of the article: plain text (row None) or a mark around its children."""

    start: int
    end: int
    row: int | None = None
    text: str = ""
    children: list[_Node] = field(default_factory=list)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("numfacts", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=4)
def _asset(name: str) -> tuple[str, str]:
    """An inline asset's text and its CSP hash source (`'sha256-...'`)."""
    env = _environment()
    source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return source, f"'sha256-{digest}'"


def _cell(value: Any) -> str | float | int | None:
    """A cell as JSON can hold it: None for NA, plain floats and ints, text.

    >>> _cell(pd.NA), _cell(2124.0), _cell(float("nan")), _cell("civilians")
    (None, 2124.0, None, 'civilians')
    """
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item"):  # numpy scalars
        return _cell(value.item())
    return str(value) if not isinstance(value, (int, float)) else value


def display(value: Any) -> str:
    """A cell as the page shows it: numbers without a needless `.0`, empty for none.

    >>> display(2124.0), display(2.5e9), display(None), display(0.25)
    ('2124', '2500000000', '', '0.25')
    """
    v = _cell(value)
    if v is None:
        return ""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else f"{v:g}"
    return str(v)


def number(value: Any) -> str:
    """A number as the table shows it, with thousands separators.

    >>> number(2124.0), number(2.5e9), number(0.25), number(None)
    ('2,124', '2,500,000,000', '0.25', '')
    """
    v = _cell(value)
    if v is None:
        return ""
    if isinstance(v, (int, float)):
        return f"{v:,.0f}" if float(v).is_integer() and abs(v) < 1e16 else f"{v:,.6g}"
    return str(v)


def _tree(text: str, spans: list[tuple[int, int]]) -> list[_Node]:
    """The article as text pieces and marks, a mark per span (nested when one lies inside another;
    a span crossing an earlier one starts where that one ends)."""
    root = _Node(0, len(text))
    stack = [root]
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i))
    for i in order:
        start, end = spans[i]
        while len(stack) > 1 and stack[-1].end <= start:
            stack.pop()
        parent = stack[-1]
        start = max(start, parent.children[-1].end if parent.children else parent.start)
        end = max(start, min(end, parent.end))
        node = _Node(start, end, row=i)
        parent.children.append(node)
        stack.append(node)
    _fill(root, text)
    return root.children


def _fill(node: _Node, text: str) -> None:
    """Put plain-text pieces between (and inside) the marks."""
    pieces: list[_Node] = []
    pos = node.start
    for child in node.children:
        if child.start > pos:
            pieces.append(_Node(pos, child.start, text=text[pos : child.start]))
        _fill(child, text)
        pieces.append(child)
        pos = max(pos, child.end)
    if pos < node.end:
        pieces.append(_Node(pos, node.end, text=text[pos : node.end]))
    node.children = pieces


def document_key(doc_id: str, text: str) -> str:
    """The key a review is kept under in the browser: the id and a hash of the text.

    >>> document_key("aleppo", "Over 400,000 died.")
    'aleppo#ec878baa8f56da39'
    """
    return f"{doc_id}#{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


#: The columns `numfacts.verify` adds, shown when the table has them (`review --against`).
VERDICT_FIELDS = ("verdict", "reason", "measure", "ref_value", "ref_unit", "ref_date", "ref_source", "gap")
VERDICTS = ("agrees", "disagrees", "no reference")


def _columns(df: pd.DataFrame) -> list[str]:
    return [c for c in (*COLUMNS, *VERDICT_FIELDS) if c in df.columns]


def _rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    columns = _columns(df)
    rows = []
    for i, rec in enumerate(df[columns].to_dict("records")):
        row = {c: _cell(rec[c]) for c in columns}
        row["row"] = i
        rows.append(row)
    return rows


def _warnings(warnings: pd.DataFrame | None, df: pd.DataFrame) -> list[dict[str, Any]]:
    """Each warning with the table positions (0-based) of its facts."""
    if warnings is None or not len(warnings):
        return []
    position = {label: i for i, label in enumerate(df.index)}
    out = []
    for w in warnings.to_dict("records"):
        facts = [(position[label], text) for label, text in zip(w["rows"], w["texts"]) if label in position]
        out.append({"check": str(w["check"]), "message": str(w["message"]), "facts": facts})
    return out


def render(text: str, df: pd.DataFrame, warnings: pd.DataFrame | None = None, *, doc_id: str | None = None,
           title: str | None = None, reference_name: str | None = None) -> str:
    """The review page of one document: `df` its rows (in any order), `warnings` from `check`.
    When `df` has the columns of `numfacts.verify` the page shows each fact's verdict and reference
    figure, and filters on the verdict (`reference_name`: the reference table's name, for the header)."""
    df = df.sort_values(["start", "end"], kind="stable") if len(df) else df
    if doc_id is None:
        doc_id = str(df["doc_id"].iloc[0]) if len(df) else "text"
    rows = _rows(df)
    spans = [(int(r["start"]), int(r["end"])) for r in rows]
    script, script_hash = _asset("review.js")
    style, style_hash = _asset("review.css")
    kinds = [k for k in KINDS if any(r["kind"] == k for r in rows)]
    columns = _columns(df)
    verified = "verdict" in df.columns
    counts = {v: sum(1 for r in rows if r.get("verdict") == v) for v in VERDICTS}
    return _environment().get_template("review.html").render(
        title=title or doc_id, doc_id=doc_id, doc_key=document_key(doc_id, text),
        nodes=_tree(text, spans), rows=rows, kinds=kinds, all_kinds=KINDS, statuses=STATUSES,
        warnings=_warnings(warnings, df), columns=columns, display=display, number=number,
        verified=verified, verdicts=VERDICTS, verdict_counts=counts,
        data={"columns": columns, "rows": [{c: r[c] for c in columns} for r in rows], "statuses": list(STATUSES),
              "key": document_key(doc_id, text), "tipFields": list(TIP_FIELDS)},
        script=script, style=style, csp=f"default-src 'none'; script-src {script_hash}; style-src {style_hash}; "
                                        "img-src data:; base-uri 'none'; form-action 'none'",
        reference_name=reference_name,
        reference_date=next((r.get("reference_date") for r in rows if r.get("reference_date")), None),
    )


def review_document(text: str, *, doc_id: str = "text", reference_date: object = None,
                    title: str | None = None, against: object = None) -> str:
    """Extract, check and render one document; with `against` (a reference table or its path, see
    `numfacts.verify`), each fact's verdict too."""
    from .check import check
    from .pipeline import extract_document
    from .table import to_frame

    df = to_frame(extract_document(text, doc_id=doc_id, reference_date=reference_date))
    warnings = check(df)
    name = None
    if against is not None:
        from .verification import verify

        df = verify(df, against)
        name = against if isinstance(against, str) else getattr(against, "name", None) or "the reference"
    return render(text, df, warnings, doc_id=doc_id, title=title, reference_name=name and str(name))


__all__ = ["STATUSES", "VERDICTS", "document_key", "render", "review_document"]

"""Make a case-insensitive, verbose pattern fast: spell each letter's cases out as a class.

CPython's `re` skips an alternative at once when its first item is a literal or a class that the
current character fails, but not when the literal is case-folded (IGNORECASE). Writing `[Dd]ec`
instead of `dec` with IGNORECASE keeps the meaning and lets the engine skip. `caseless` rewrites a
pattern written for `re.IGNORECASE | re.VERBOSE` into one that needs neither flag; parts inside
`(?-i:...)` keep their case.

>>> caseless(r"dec(?:ember)?\\.?  # a comment")
'[dD][eE][cC](?:[eE][mM][bB][eE][rR])?\\\\.?'
>>> caseless(r"(?-i:May|March) [a-c] \\d+ (?P<yr>x)")
'(?:May|March)[a-cA-C]\\\\d+(?P<yr>[xX])'
>>> import re
>>> bool(re.fullmatch(caseless(r"(?-i:May) monday"), "MayMONDAY")), re.fullmatch(caseless(r"(?-i:May)"), "may")
(True, None)
"""

from __future__ import annotations

import re
from typing import Any, cast

_GROUP_OPEN = re.compile(r"\(\?(?:P<\w+>|:|=|!|<=|<!|-i:|i:)?")


def _strip_verbose(pattern: str) -> str:
    """Drop the whitespace and # comments that re.VERBOSE ignores (outside classes and escapes)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                j = i + (2 if pattern[i + 1] == "]" else 3)
                out.append(pattern[i + 1 : j])
                i = j
                continue
        elif c == "#":
            j = pattern.find("\n", i)
            i = len(pattern) if j < 0 else j
            continue
        elif not c.isspace():
            out.append(c)
        i += 1
    return "".join(out)


def _class_body(body: str) -> str:
    """A character class body with both cases of every letter and letter range."""
    extra = []
    for a, b in re.findall(r"([A-Za-z])-([A-Za-z])", body):
        extra.append(f"{a.swapcase()}-{b.swapcase()}")
    singles = re.sub(r"\\.|[A-Za-z]-[A-Za-z]", "", body)
    for ch in singles:
        if ch.isascii() and ch.isalpha() and ch.swapcase() not in body:
            extra.append(ch.swapcase())
    return body + "".join(extra)


def caseless(pattern: str) -> str:
    """`pattern` (meant for IGNORECASE | VERBOSE) rewritten to need no flags."""
    p = _strip_verbose(pattern)
    out: list[str] = []
    stack: list[bool] = []  # per open group: does it keep case?
    keep = False
    i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            out.append(p[i : i + 2])
            i += 2
        elif c == "[":
            j = i + 1
            if p[j : j + 1] == "^":
                j += 1
            if p[j : j + 1] == "]":
                j += 1
            while p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            body = p[i + 1 : j]
            neg = body.startswith("^")
            inner = body[1:] if neg else body
            out.append("[" + ("^" if neg else "") + (inner if keep else _class_body(inner)) + "]")
            i = j + 1
        elif c == "(":
            m = _GROUP_OPEN.match(p, i)
            tok = m.group() if m and m.group() != "(" else "("
            if tok == "(?-i:":
                stack.append(keep)
                keep = True
                out.append("(?:")
            elif tok == "(?i:":
                stack.append(keep)
                keep = False
                out.append("(?:")
            else:
                stack.append(keep)
                out.append(tok)
            i += len(tok)
        elif c == ")":
            keep = stack.pop()
            out.append(c)
            i += 1
        elif c == "{":
            j = p.index("}", i)
            out.append(p[i : j + 1])
            i = j + 1
        elif c.isascii() and c.isalpha() and not keep:
            out.append(f"[{c}{c.swapcase()}]")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def trie(words: list[str]) -> str:
    """An alternation of words as a prefix tree, so the engine tests each first letter once.

    >>> trie(["day", "days", "dec"])
    'd(?:ay(?:s)?|ec)'
    """
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)




def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` on first use: a module-level regex that a short run never reaches
    (exchange-rate quotes, number words, ...) costs its compile only in a process that needs it. The
    first look-up of an attribute compiles the pattern and keeps its methods on the object, so later
    calls cost what the compiled pattern's do. Read-only in use: the source never changes.

    >>> r = lazy(r"\\d+")
    >>> r.findall("4 of 12"), r.pattern
    (['4', '12'], '\\\\d+')
    """
    return cast("re.Pattern[str]", _Lazy(pattern, flags))


class _Lazy:
    """A regex compiled on first use (see `lazy`)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                     "pattern", "flags", "groups", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

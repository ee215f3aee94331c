"""Microsoft Recognizers-Text English DateTime specs, run through `numfacts.temporal.find_temporal`.

Loads the spec files under data/peers/recognizers-text/DateTime/English/ (UTF-8 with BOM), skips the
cases whose `NotSupported` names python and those marked `NotSupportedByDesign`, and judges each
remaining case with one rule per spec family:

* *Extractor* specs: every expected span (Start, Length) must be one of our rows, exactly. Rows of
  other kinds are not held against us (a DateExtractor spec only lists dates). A case expecting
  nothing passes when we return no row of the spec's kinds.
* *Parser* specs: every expected span must be one of our rows, exactly, and its TIMEX must match:
  ours equals their `Timex`; or theirs is a partial (`XXXX-10-02`, `XXXX-WXX-1`) and ours is the
  date of their past or future resolution (we resolve relative dates; they keep both readings);
  or ours fills their X's (`2016-08` for `XXXX-08`) and starts one of their resolved values
  (`2016-08-01`); or, for times, ours ends with their `T08:40` (our partial day `XXXX-XX-XX` or a
  resolved day is allowed before it; their hour `T08` is our `T08:00`, as we write clocks to the
  minute); our quarters and halves (`2016-Q3`) count as their date
  ranges (`(2016-07-01,2016-10-01,P3M)`), our intervals (`2016-11-04/2016-11-22`) as their ranges of those ends, our ISO
  weeks (`2016-W46`) as their weeks of a month (`2016-11-W03`) starting on the same Monday, our
  ranges of times as theirs when each end matches as a time (`(T16,T17,PT1H)`). For sets we compare our `date` (`XXXX-WXX-1`, `TMO`)
  when we give one, else our `duration`. Our TIMEX is `date` for dates and times, `duration` for durations and sets.
* *Model* specs (DateTimeModel): as for parsers, with End inclusive and the timex of any of the
  resolution's values; a case expecting nothing passes when we return no row at all.

The reference date is the case's `Context.ReferenceDateTime` (date part), else 2016-11-07, the
date most specs use.

`pass_rates()` gives (passed, total) per spec file, for `make eval`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from numfacts.mention import Found
from numfacts.temporal import find_temporal

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "data/peers/recognizers-text/DateTime/English"
DEFAULT_REF = dt.date(2016, 11, 7)

#: Spec file -> the kinds of ours that it is about.
SPECS: dict[str, tuple[str, ...]] = {
    "DateExtractor": ("date",),
    "DateParser": ("date",),
    "DatePeriodExtractor": ("date",),
    "DatePeriodParser": ("date",),
    "DurationExtractor": ("duration",),
    "DurationParser": ("duration",),
    "TimeExtractor": ("time",),
    "TimeParser": ("time",),
    "SetExtractor": ("set",),
    "SetParser": ("set",),
    "DateTimeModel": ("date", "time", "duration", "set"),
}


@dataclass(frozen=True)
class PeerCase:
    """One spec case: where it comes from, its text, reference date and expected results."""

    spec: str
    index: int
    text: str
    ref: dt.date
    results: tuple[dict, ...]

    @property
    def id(self) -> str:
        return f"{self.spec}:{self.index}"


def _supported(case: dict) -> bool:
    if case.get("NotSupportedByDesign"):
        return False
    return "python" not in str(case.get("NotSupported", "")).lower()


def load_cases(spec: str) -> list[PeerCase]:
    """The supported cases of one spec file, in file order (index is the position in the file)."""
    raw = json.loads((SPEC_DIR / f"{spec}.json").read_text(encoding="utf-8-sig"))
    out = []
    for i, case in enumerate(raw):
        if not _supported(case):
            continue
        when = (case.get("Context") or {}).get("ReferenceDateTime")
        ref = dt.date.fromisoformat(when[:10]) if when else DEFAULT_REF
        out.append(PeerCase(spec, i, case["Input"], ref, tuple(case["Results"])))
    return out


def _expected(case: PeerCase) -> list[tuple[int, int, list[dict]]]:
    """(start, end exclusive, [value dicts with timex and resolutions]) per expected result."""
    out = []
    for r in case.results:
        if "End" in r:
            start, end = r["Start"], r["End"] + 1
            values = [dict(v) for v in (r.get("Resolution") or {}).get("values", [])]
        else:
            start, end = r["Start"], r["Start"] + r["Length"]
            v = r.get("Value") or {}
            res = {"timex": v.get("Timex")}
            for side in ("FutureResolution", "PastResolution"):
                res.update({f"{side}.{k}": val for k, val in (v.get(side) or {}).items()})
            values = [res]
        out.append((start, end, values))
    return out


def _ours(f: Found) -> str | None:
    return f.duration if f.kind == "duration" else f.date or f.duration if f.kind == "set" else f.date


def _as_range(timex: str) -> str | None:
    """Our quarter or half as their range: 2016-Q3 -> (2016-07-01,2016-10-01,P3M).

    >>> _as_range("2016-Q4"), _as_range("2016-H1"), _as_range("2016")
    ('(2016-10-01,2017-01-01,P3M)', '(2016-01-01,2016-07-01,P6M)', None)
    """
    if len(timex) != 7 or timex[5] not in "QH" or not timex[:4].isdigit():
        return None
    year, n = int(timex[:4]), int(timex[6])
    months = 3 if timex[5] == "Q" else 6
    first = (n - 1) * months + 1
    end_y, end_m = (year + 1, 1) if first + months > 12 else (year, first + months)
    return f"({year}-{first:02d}-01,{end_y}-{end_m:02d}-01,P{months}M)"


def timex_matches(ours: str | None, theirs: dict) -> bool:
    """Does our TIMEX agree with one of theirs (see the module docstring)?

    >>> timex_matches("2016-10-02", {"timex": "XXXX-10-02", "PastResolution.date": "2016-10-02"})
    True
    >>> timex_matches("XXXX-XX-XXT08:40", {"timex": "T08:40"}), timex_matches("P3D", {"timex": "P3D"})
    (True, True)
    >>> timex_matches("2016-11-07T19:00", {"timex": "T19"}), timex_matches("2016-11-07T19:30", {"timex": "T19"})
    (True, False)
    >>> timex_matches("2016-11-13", {"timex": "XXXX-WXX-7", "type": "date", "value": "2016-11-06"})
    False
    >>> timex_matches("2016-W46", {"timex": "2016-11-W03", "FutureResolution.startDate": "2016-11-14"})
    True
    >>> timex_matches("2016-11-07T16:00/2016-11-07T17:00", {"timex": "(T16,T17,PT1H)"})
    True
    """
    if ours is None:
        return False
    timex = theirs.get("timex") or ""
    if re.search(r"T\d\d$", timex) and timex_matches(ours, {**theirs, "timex": timex + ":00"}):
        return True  # their hour `T19` is our `T19:00` (we write clocks to the minute)
    if ours == timex or _as_range(ours) == timex:
        return True
    if re.fullmatch(r"\d{4}-W\d\d", ours):  # our ISO week as their week (`2016-11-W03`, `XXXX-10-W01`): same Monday
        monday = dt.date.fromisocalendar(int(ours[:4]), int(ours[6:]), 1).isoformat()
        return monday in {v for k, v in theirs.items() if k.endswith(("start", "startDate")) and isinstance(v, str)}
    if "/" in ours and timex.startswith("("):  # our interval 2016-11-04/2016-11-22 as their (start,end,Pn)
        a, b = ours.split("/", 1)
        parts = timex[1:-1].split(",")
        if len(parts) == 3 and "T" in parts[0] and timex_matches(a, {"timex": parts[0]}) \
                and timex_matches(b, {"timex": parts[1]}):
            return True  # a range of times, each end as a time: (T16,T17,PT1H)
        ends = {v for k, v in theirs.items() if k.endswith(("startDate", "endDate")) and isinstance(v, str)}
        if timex[1:].startswith(f"{a},{b},") or {a, b} <= ends:
            return True
    if timex.startswith("(XXXX-") and _as_range(ours):  # a quarter they leave unresolved
        start = [v for k, v in theirs.items() if k.endswith(("start", "startDate")) and isinstance(v, str)]
        return _as_range(ours)[1:11] in start  # type: ignore[index]
    if timex.startswith("T") and ours.endswith(timex) and ours[:-len(timex)] in ("XXXX-XX-XX",) + (
            (ours[:10],) if len(ours) > 10 else ()):
        return True
    if "X" in timex:
        resolved = [v.replace(" ", "T") for k, v in theirs.items() if k != "timex" and isinstance(v, str)]
        if ours in resolved:
            return True
        # same shape, X as a wildcard, and ours starts one of their resolved values (2016-08 / 2016-08-01)
        wild = len(ours) == len(timex) and all(t == "X" or t == o for o, t in zip(ours, timex))
        return wild and any(v.startswith(ours) for v in resolved)
    return False


@cache
def _run(text: str, ref: dt.date) -> tuple[Found, ...]:
    return tuple(find_temporal(text, ref))


def judge(case: PeerCase) -> tuple[bool, str]:
    """(passed, what we returned) for one case."""
    kinds = SPECS[case.spec]
    rows = _run(case.text, case.ref)
    got = "; ".join(f"{case.text[f.start:f.end]!r}={f.kind}:{_ours(f)}" for f in rows) or "nothing"
    expected = _expected(case)
    if not expected:
        relevant = [f for f in rows if f.kind in kinds]
        return (not relevant), got
    parser = not case.spec.endswith("Extractor")
    for start, end, values in expected:
        same = [f for f in rows if (f.start, f.end) == (start, end)]
        if not same:
            return False, got
        if parser and values and not any(timex_matches(_ours(f), v) for f in same for v in values):
            return False, got
    return True, got


def all_cases() -> list[PeerCase]:
    return [c for spec in SPECS for c in load_cases(spec)]


def pass_rates() -> dict[str, tuple[int, int]]:
    """(passed, total) per spec file."""
    out: dict[str, tuple[int, int]] = {}
    for spec in SPECS:
        cases = load_cases(spec)
        passed = sum(judge(c)[0] for c in cases)
        out[spec] = (passed, len(cases))
    return out


if __name__ == "__main__":
    total_p = total_n = 0
    for spec, (p, n) in pass_rates().items():
        total_p, total_n = total_p + p, total_n + n
        print(f"{spec:22s} {p:4d}/{n:<4d} {p / n:.1%}")
    print(f"{'all':22s} {total_p:4d}/{total_n:<4d} {total_p / total_n:.1%}")

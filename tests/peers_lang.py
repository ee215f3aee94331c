"""Recognizers-Text Spanish, French and German specs, judged by the English harness's rules.

Numbers and units (Number/, NumberWithUnit/: NumberModel, PercentModel, OrdinalModel,
NumberRangeModel, CurrencyModel, DimensionModel, TemperatureModel, AgeModel) are mapped to our
contract by tests/peers.py (`_rt_expect`, `check`: the rules of tests/test_peers_numbers.py), and
DateTime specs by tests/peer_suites_temporal.py (`_expected`, `timex_matches`: the rules of its
docstring). Differences from the English runs:

* the text is extracted by the whole pipeline in the spec's language
  (`numfacts.pipeline.extract_document(text, lang=...)`), never detected;
* every supported case is kept: no case-by-case overrides (the English ones name English cases);
  a case is left out when its `NotSupported` or `NotSupportedByDesign` names python, except in
  OrdinalModel and NumberRangeModel, as in English;
* the peers' unit names are in the spec's language (`Kilómetro`, `Degré`, `Año`): `UNIT_NAMES`
  turns them into the English names the English rules know; a name not listed there is not
  checked (the value and kind still are).

Case ids: `<lang>-<suite>-<index>-<slug>` for numbers, `<lang>:<spec>:<index>` for DateTime.
`pass_rates()` gives (passed, total) per language and suite, for `make eval`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from functools import cache

from tests import peer_suites_temporal as T
from tests import peers as P

#: Our language code -> the specs' folder name.
LANG_DIRS = {"es": "Spanish", "fr": "French", "de": "German"}

#: The peers' unit names in each language -> the English names of the English rules.
UNIT_NAMES: dict[str, str] = {
    # Spanish
    "milla": "Mile", "pie": "Foot", "galón": "Gallon", "tonelada métrica": "Metric ton", "libra": "Pound",
    "kilómetro": "Kilometer", "barril": "Barrel", "pulgada": "Inch", "metro cuadrado": "Square meter",
    "tonelada": "Ton", "metro": "Meter", "milímetro": "Millimeter", "centímetro": "Centimeter",
    "kilogramo": "Kilogram", "gramo": "Gram", "litro": "Liter", "kilómetro cuadrado": "Square kilometer",
    "grado celsius": "C", "grado fahrenheit": "F", "grado": "Degree", "dólar": "Dollar", "centavo": "Cent",
    "penique": "Pence", "franco": "Franc", "año": "Year", "mes": "Month", "semana": "Week", "día": "Day",
    # French
    "kilomètres": "Kilometer", "kilomètre": "Kilometer", "pied": "Foot", "mètres": "Meter", "mètre": "Meter",
    "livre": "Pound", "tonne métrique": "Metric ton", "millimètres": "Millimeter", "baril": "Barrel",
    "microgramme": "Microgram", "mètre carré": "Square meter", "degré": "Degree", "mark finlandais": "Finnish markka",
    "ans": "Year", "an": "Year", "mois": "Month", "semaines": "Week", "semaine": "Week", "jour": "Day", "jours": "Day",
    # German (its specs mostly name units in English already)
    "united states dollar": "Dollar", "canadian dollar": "Dollar", "australian dollar": "Dollar",
    "british pound": "Pound",
}
#: English names the English rules check (anything else is left unchecked, see the docstring).
_KNOWN_UNITS = frozenset({*P.RT_CURRENCY, *P.RT_UNITS, "mile", "foot", "gallon", "barrel", "inch", "meter",
                          "kilometer", "millimeter", "centimeter", "kilogram", "gram", "liter", "microgram",
                          "square meter", "square kilometer", "kilometer per hour", "meter per second",
                          "year", "month", "week", "day", "k", "kelvin"})


def _english_unit(res: dict) -> tuple[dict, bool]:
    """`res` with its unit named in English, and whether that unit can be checked."""
    resolution = dict(res.get("Resolution") or {})
    unit = str(resolution.get("unit", ""))
    english = UNIT_NAMES.get(unit.lower(), unit)
    resolution["unit"] = english
    value = resolution.get("value")
    if isinstance(value, str) and "," in value and "." not in value and value[:1] not in "([":
        resolution["value"] = value.replace(",", ".")  # the Spanish specs write `101231,2353`
    known = english.lower() in _KNOWN_UNITS or bool(resolution.get("isoCurrency"))
    return {**res, "Resolution": resolution}, known


@cache
def load_number_suite(lang: str, suite: str) -> tuple[P.PeerCase, ...]:
    """The cases of one Number/NumberWithUnit spec in `lang` (see the module docstring)."""
    path = P.RT_DIR / P.RT_FILES[suite].replace("/English/", f"/{LANG_DIRS[lang]}/")
    if not path.exists():
        return ()
    raw = json.loads(path.read_text(encoding="utf-8-sig"))
    empty_kinds, empty_bounded = P.RT_EMPTY_REJECT[suite]
    cases = []
    for index, c in enumerate(raw):
        if P.rt_skipped(c, suite):
            continue
        text, b = c["Input"], P._Builder()
        results = c.get("Results") or []
        for res in results:
            if "Start" not in res:  # a few cases give only the text: locate it
                at = text.lower().find(str(res.get("Text", "")).lower())
                if at < 0 or not res.get("Text"):
                    continue
                res = {**res, "Start": at, "End": at + len(res["Text"]) - 1}
            res, known = _english_unit(res)
            before = len(b.expects)
            P._rt_expect(suite, text, res, b)
            if not known:
                b.expects[before:] = [dataclasses.replace(e, units=None) for e in b.expects[before:]]
        if not results:
            b.rejects.append(P.Reject(empty_kinds, bound_only=empty_bounded, why="the peer finds nothing here"))
        key = f"{lang}-{suite}-{index}"
        cases.append(P.PeerCase(f"{lang}-{suite}", index, f"{key}-{P.slug(text)}", text,
                                tuple(b.expects), tuple(b.rejects)))
    return tuple(cases)


@cache
def rows(text: str, lang: str, ref: dt.date | None = None) -> tuple[dict, ...]:
    """The pipeline's rows for `text` read in `lang`, as plain dicts (None for missing values)."""
    from numfacts.pipeline import extract_document

    return tuple(
        {k: getattr(m, k) for k in m.__dataclass_fields__}
        for m in extract_document(text, doc_id="peer", reference_date=ref, lang=lang)
    )


def check_number(case: P.PeerCase) -> list[str]:
    """What numfacts got wrong on a number case (an empty list when it passes)."""
    lang = case.suite.split("-")[0]
    try:
        got = rows(case.text, lang)
    except Exception as exc:  # a crash is a failure of the case, reported as such
        return [f"raised {type(exc).__name__}: {exc}"]
    return P.check(case, got)


@dataclasses.dataclass(frozen=True)
class TemporalCase:
    lang: str
    case: T.PeerCase

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.case.id}"


@cache
def load_temporal_spec(lang: str, spec: str) -> tuple[TemporalCase, ...]:
    path = T.SPEC_DIR.parent / LANG_DIRS[lang] / f"{spec}.json"
    if not path.exists():
        return ()
    out = []
    for i, c in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
        if not T._supported(c):
            continue
        when = (c.get("Context") or {}).get("ReferenceDateTime")
        ref = dt.date.fromisoformat(when[:10]) if when else T.DEFAULT_REF
        out.append(TemporalCase(lang, T.PeerCase(spec, i, c["Input"], ref, tuple(c["Results"]))))
    return tuple(out)


class _Row:
    """A pipeline row as the temporal rules read it (start, end, kind, date, duration)."""

    def __init__(self, r: dict) -> None:
        self.start, self.end, self.kind, self.date, self.duration = r["start"], r["end"], r["kind"], r["date"], r["duration"]


def judge_temporal(tc: TemporalCase) -> tuple[bool, str]:
    """(passed, what we returned) for one DateTime case: the rules of peer_suites_temporal.judge."""
    case = tc.case
    kinds = T.SPECS[case.spec]
    try:
        found = [_Row(r) for r in rows(case.text, tc.lang, case.ref)]
    except Exception as exc:
        return False, f"raised {type(exc).__name__}: {exc}"
    got = "; ".join(f"{case.text[f.start:f.end]!r}={f.kind}:{T._ours(f)}" for f in found) or "nothing"  # type: ignore[arg-type]
    expected = T._expected(case)
    if not expected:
        return not [f for f in found if f.kind in kinds], got
    parser = not case.spec.endswith("Extractor")
    for start, end, values in expected:
        same = [f for f in found if (f.start, f.end) == (start, end)]
        if not same:
            return False, got
        if parser and values and not any(T.timex_matches(T._ours(f), v) for f in same for v in values):  # type: ignore[arg-type]
            return False, got
    return True, got


def all_number_cases() -> list[P.PeerCase]:
    return [c for lang in LANG_DIRS for suite in P.RT_FILES for c in load_number_suite(lang, suite)]


def all_temporal_cases() -> list[TemporalCase]:
    return [c for lang in LANG_DIRS for spec in T.SPECS for c in load_temporal_spec(lang, spec)]


def failures() -> dict[str, str]:
    """{case id: what went wrong} for every case numfacts fails today."""
    out = {}
    for case in all_number_cases():
        problems = check_number(case)
        if problems:
            out[case.id] = "; ".join(problems)
    for tc in all_temporal_cases():
        ok, got = judge_temporal(tc)
        if not ok:
            out[tc.id] = got
    return out


def pass_rates() -> dict[str, tuple[int, int]]:
    """{`<lang> <suite>`: (passed, cases)}, and `<lang> all`, per language."""
    out: dict[str, tuple[int, int]] = {}
    for lang in LANG_DIRS:
        total = [0, 0]
        for suite in P.RT_FILES:
            cases = load_number_suite(lang, suite)
            if cases:
                p = sum(not check_number(c) for c in cases)
                out[f"{lang} {suite}"] = (p, len(cases))
                total[0] += p
                total[1] += len(cases)
        for spec in T.SPECS:
            tcs = load_temporal_spec(lang, spec)
            if tcs:
                p = sum(judge_temporal(c)[0] for c in tcs)
                out[f"{lang} {spec}"] = (p, len(tcs))
                total[0] += p
                total[1] += len(tcs)
        out[f"{lang} all"] = (total[0], total[1])
    return out


if __name__ == "__main__":
    for name, (p, n) in pass_rates().items():
        print(f"{name:28s} {p:4d}/{n:<4d} {p / n:.1%}")

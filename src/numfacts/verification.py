"""Check figures against the record: each fact of an `extract` table against a reference table.

`verify(facts, reference)` adds to every row of `facts` a verdict, `agrees`, `disagrees` or
`no reference`, with the reference row it was matched to, the reference figure, the gap between
the two and a one-line reason. The reference is a tidy table (a DataFrame, or a CSV, Parquet or
SQLite file: `read_reference`) of statistics, one a row:

| column | meaning |
|---|---|
| `measure` (or `entity`) | the statistic's name: `unemployment rate`, `nonfarm payroll employment change` |
| `aliases` | optional: other names, `|` between them (`jobless rate|unemployment`) |
| `value` | the figure, in the unit's plain scale (a change of 728,000 jobs is -728000, not -728) |
| `unit` | `percent`, a currency code, a measure's unit; empty for counts |
| `date` | its period, at any granularity: `2009`, `2009-03`, `2009-Q1`, `2009-03-06` |
| `kind` | optional: `count`, `percent`, `money`, `measure`; by default from the unit |
| `source` | optional: where the figure comes from |
| `signed` | optional: true for a change whose sign the text gives in words (`lost 663,000 jobs`) |

How a fact finds its reference row, each step explainable (the reason says which failed):

1. **Measure.** The names of each measure (its own, its `aliases`, and those of
   `lang/<lang>/measures.json`) are looked for as whole words in the fact's clause: its sentence
   from the previous figure (or 80 characters back) to the next figure (or 60 characters on), cut
   at `;`. The name nearest to the figure wins; the longer name wins a tie. A fact whose entity is
   itself a name (`unemployment` in `unemployment rose to 8.5%`) is at distance 0.
2. **Kind and unit.** The row's kind must be the fact's; units must agree (`numfacts.agree`:
   one currency, percent is not percentage point, measures convert only by a documented factor).
   A figure stated as the size of a change (`up 0.4 percentage points`, `rose by 2%`) is not a
   level, and matches only a signed measure (a change); `prices rose 4%` is a level of inflation
   (a rate of change), so the table's `role` `by` alone does not decide; the level a change
   started from (`role` `from`: `rose to 8.5% from 8.1%`) is not checked, its period being unstated.
3. **Date.** A quantity's date is the date row of its own sentence nearest to it (by characters)
   among those of the measure's granularity, else the preceding sentence's, so `in March`,
   `last month` (resolved by the extractor through the document's reference date) and
   `March 2009` all date a figure; a date that opens a span (`since December 2007`, `from
   March`) dates a total, not one period, and is passed over. The fact matches the rows of that period at that granularity
   only: a monthly figure is never checked against a quarterly average, and a day (`on Friday`,
   the day of a release) never against a month.
4. **Claim.** A figure is no claim about one period of the record when a word of the language
   table's `span` stands near it (`since`, `so far`, `this year`, `averaging`: a total or an
   average), a duration of several periods lies right beside it (`in the past three months`), a
   rate follows it (`150,000 a month`), a word of `forecast` precedes it in its clause or follows it
   (`predicted`, `expected`, `would`), or a word of `other_series` precedes it (`private sector`,
   `excluding`): each gives `no reference`, with the word in the reason.
5. **Figure.** The fact's interval as written (`numfacts.figures.figure`) against the reference
   value's, read with its own written precision (`agree.exact`): `agrees` when they overlap,
   else `disagrees` with the gap. A signed measure takes the sign of the change words near the
   figure (the table's `change` column, `down`; else `lost`, `shed`, `cut` ... from the language
   table's `fall`); with no change and no word of a rise or a
   fall near it (`15.4 million jobless`) a figure is not a change and gets `no reference`.

Date, time, duration and set rows are not claims to check: their verdict stays empty.

>>> import pandas as pd, numfacts
>>> ref = pd.DataFrame({"measure": ["unemployment rate"], "value": [8.5], "unit": ["percent"], "date": ["2009-03"]})
>>> df = numfacts.extract("The jobless rate rose to 8.5% in March.", reference_date="2009-04-03")
>>> verify(df, ref)[["text", "verdict", "ref_value", "reason"]].iloc[0].to_dict()
{'text': '8.5%', 'verdict': 'agrees', 'ref_value': 8.5, 'reason': 'unemployment rate, 2009-03: 8.5 in the reference; 8.5% (8.45..8.55) and 8.5 (8.45..8.55) can both hold'}
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass

import pandas as pd

from .errors import InputError
from .figures import Figure, _num, exact, explain, figure
from .lang import alternation, table

#: The columns `verify` adds to the facts table, in order.
VERDICT_COLUMNS = ("verdict", "reason", "measure", "ref_row", "ref_value", "ref_unit", "ref_date", "ref_source", "gap")
VERDICTS = ("agrees", "disagrees", "no reference")
_QUANTITY = ("count", "percent", "money", "measure", "ratio")
_CHANGE_BEFORE = re.compile(r"\b(?:by|up|down)\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)


def _granularity(date: str) -> str:
    """`year`, `quarter`, `month`, `week`, `day` or `other`.

    >>> [_granularity(d) for d in ("2009", "2009-Q1", "2009-03", "2009-W10", "2009-03-06", "199")]
    ['year', 'quarter', 'month', 'week', 'day', 'other']
    """
    for name, pattern in (("year", r"\d{4}"), ("quarter", r"\d{4}-Q[1-4]"), ("month", r"\d{4}-\d{2}"),
                          ("week", r"\d{4}-W\d{2}"), ("day", r"\d{4}-\d{2}-\d{2}")):
        if re.fullmatch(pattern, date):
            return name
    return "other"


def read_reference(source: object) -> pd.DataFrame:
    """A reference table from a DataFrame, or a `.csv`, `.parquet` or SQLite (`.db`, `.sqlite`) file
    (its table `reference`, else its only table), with its columns checked and normalised."""
    if isinstance(source, pd.DataFrame):
        df = source.copy()
    else:
        path = os.fspath(source)  # type: ignore[call-overload]
        ext = os.path.splitext(path)[1].lower()
        try:
            if ext == ".parquet":
                df = pd.read_parquet(path)
            elif ext in (".db", ".sqlite", ".sqlite3"):
                with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
                    names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
                    name = "reference" if "reference" in names else (names[0] if len(names) == 1 else None)
                    if name is None:
                        raise InputError(path, f"no table 'reference' among {', '.join(names) or 'no tables'}")
                    df = pd.read_sql_query(f'select * from "{name}"', con)
            else:
                df = pd.read_csv(path, dtype={"date": str, "unit": str, "measure": str, "entity": str})
        except (OSError, ValueError, sqlite3.Error) as exc:
            raise InputError(path, f"cannot read the reference: {exc}") from exc
    name = "measure" if "measure" in df.columns else "entity" if "entity" in df.columns else None
    missing = [c for c in ("value", "date") if c not in df.columns] + ([] if name else ["measure (or entity)"])
    if missing:
        raise InputError("<reference>", f"the reference has no column {', '.join(missing)} "
                                        f"(columns: {', '.join(map(str, df.columns))})")
    out = pd.DataFrame({
        "measure": df[name].astype(str).str.strip().str.lower(),
        "aliases": df["aliases"].fillna("").astype(str) if "aliases" in df.columns else "",
        "value": pd.to_numeric(df["value"], errors="coerce"),
        "unit": df["unit"].fillna("").astype(str).str.strip() if "unit" in df.columns else "",
        "date": df["date"].astype(str).str.strip(),
        "source": df["source"].fillna("").astype(str) if "source" in df.columns else "",
        "signed": df["signed"].fillna(False).astype(bool) if "signed" in df.columns else False,
    })
    out["kind"] = df["kind"].fillna("").astype(str) if "kind" in df.columns else ""
    out["kind"] = [k or _kind_of(u) for k, u in zip(out["kind"], out["unit"])]
    out["granularity"] = out["date"].map(_granularity)
    out.index = df.index
    return out


def _kind_of(unit: str) -> str:
    if not unit:
        return "count"
    if unit in ("percent", "percentage point"):
        return "percent"
    return "money" if re.fullmatch(r"[A-Z]{3}", unit) else "measure"


@dataclass(frozen=True)
class _Names:
    """Every name of every measure, as one regex, and which measures are signed."""

    pattern: re.Pattern[str] | None
    owner: dict[str, set[str]]
    signed: frozenset[str]
    rise: re.Pattern[str]
    fall: re.Pattern[str]
    span: re.Pattern[str]
    forecast: re.Pattern[str]
    other: re.Pattern[str]
    generic: frozenset[str]


def _words(words: object) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation({str(w).lower() for w in words}) + r")\b", re.I)  # type: ignore[attr-defined]


def _names(ref: pd.DataFrame, lang: str) -> _Names:
    lt = table(lang, "measures")
    owner: dict[str, set[str]] = {}
    signed = set(ref.loc[ref["signed"], "measure"])
    for measure, aliases in zip(ref["measure"], ref["aliases"]):
        names = {measure, *(a.strip().lower() for a in aliases.split("|") if a.strip())}
        entry = lt["measures"].get(measure)
        if entry:
            names |= {a.lower() for a in entry["aliases"]}
            if entry.get("signed"):
                signed.add(measure)
        for n in names:
            owner.setdefault(n, set()).add(measure)
    pattern = _words(owner) if owner else None
    generic = frozenset(m for m, e in lt["measures"].items() if e.get("generic"))
    return _Names(pattern, owner, frozenset(signed), _words(lt["rise"]), _words(lt["fall"]), _words(lt["span"]),
                  _words(lt["forecast"]), _words(lt["other_series"]), generic)


_PAUSE = re.compile(r"[,;](?=\s|$)")  # a comma or semicolon between words, not inside `1,000`
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\b")


def _clause(rec: dict, neighbours: list[dict]) -> tuple[str, int]:
    """The fact's clause (text of its sentence) and where the figure starts in it: from the previous
    figure, a semicolon or a `, and` (or 80 characters back) to the next figure or semicolon (or 60
    characters on)."""
    sentence = str(rec["sentence"])
    offset = int(rec["start"]) - int(rec["_sentence_start"])
    end = offset + (int(rec["end"]) - int(rec["start"]))
    lo, hi = max(0, offset - 80), min(len(sentence), end + 60)
    for n in neighbours:
        ns, ne = int(n["start"]) - int(rec["_sentence_start"]), int(n["end"]) - int(rec["_sentence_start"])
        if ne <= offset:
            lo = max(lo, ne)
        elif ns >= end:
            hi = min(hi, ns)
    semi_before = sentence.rfind(";", lo, offset)
    lo = semi_before + 1 if semi_before >= 0 else lo
    joins = list(_NEW_CLAUSE.finditer(sentence, lo, offset))
    lo = joins[-1].end() if joins else lo
    semi_after = sentence.find(";", end, hi)
    hi = semi_after if semi_after >= 0 else hi
    return sentence[lo:hi], offset - lo


def _measure(rec: dict, clause: str, at: int, names: _Names) -> tuple[set[str], str] | None:
    """The measures named nearest to the figure in its clause, and the name found."""
    if names.pattern is None:
        return None
    entity = str(rec.get("entity") or "").lower().strip()
    if entity in names.owner and not all(o in names.generic for o in names.owner[entity]):
        return names.owner[entity], entity
    length = int(rec["end"]) - int(rec["start"])
    pause = _PAUSE.search(clause, at + length)
    clause = clause if pause is None else clause[:pause.start()]
    best = None
    for m in names.pattern.finditer(clause):
        if m.start() < at + length and m.end() > at:
            continue  # inside the mention itself
        distance = at - m.end() if m.end() <= at else m.start() - (at + length)
        name = re.sub(r"\s+", " ", m.group().lower())
        generic = all(o in names.generic for o in names.owner[name])
        key = (generic, distance, -len(m.group()))
        if best is None or key < best[0]:
            best = (key, re.sub(r"\s+", " ", m.group().lower()))
    if best is None:
        return None
    return names.owner[best[1]], best[1]


_SPAN_START = re.compile(r"\b(?:since|from|between|starting|beginning)\b(?:\s+\S+){0,6}\s*$", re.I)


def _date_of(rec: dict, dates: dict[tuple[str, int], list[dict]], wanted: set[str]) -> str | None:
    """The date of a quantity: the nearest date row of its sentence, else of the sentence before,
    among those whose granularity the measure has; a date that starts a span (`since December
    2007`) dates a total over many periods, not one figure of the series, and is passed over."""
    for sid in (int(rec["sentence_id"]), int(rec["sentence_id"]) - 1):
        rows = [d for d in dates.get((str(rec["doc_id"]), sid), []) if str(d["kind"]) == "date"
                and _granularity(str(d["date"])) in wanted
                and not (sid == int(rec["sentence_id"]) and int(d["start"]) > int(rec["start"])
                         and _SPAN_START.search(str(d["sentence"])[int(rec["end"]) - int(rec["_sentence_start"]):
                                                                   int(d["start"]) - int(d["_sentence_start"])]))
                and not _SPAN_START.search(str(d["sentence"])[:max(0, int(d["start"]) - int(d["_sentence_start"]))])]
        if rows:
            nearest = min(rows, key=lambda d: (abs(int(d["start"]) - int(rec["start"])), int(d["start"])))
            return str(nearest["date"])
    return None


def _str(x: object) -> str | None:
    return x if isinstance(x, str) and x else None


def _negate(f: Figure) -> Figure:
    return Figure(-f.high, -f.low, f.high_open, f.low_open, f.kind, f.unit, f.text)


def _not_a_claim(rec: dict, clause: str, at: int, names: _Names, others: list[dict]) -> str | None:
    """Why the figure is no claim about one period of the record (step 4), or None."""
    text = str(rec["text"])
    after = _PAUSE.split(clause[at:at + len(text) + 25])[0]
    sentence, offset = str(rec["sentence"]), int(rec["start"]) - int(rec["_sentence_start"])
    before = _PAUSE.split(sentence[max(0, offset - 100):offset])[-1]
    rest = _PAUSE.split(clause[at:at + len(text) + 60])[0]
    for what, pattern, where in (("a total or average over several periods", names.span, clause[max(0, at - 40):at] + after),
                                 ("a forecast or a need, not the record", names.forecast, before + " " + rest),
                                 ("another series than the reference's", names.other, clause[max(0, at - 40):at])):
        word = pattern.search(where)
        if word:
            return f"{what} ('{word.group()}' near it)"
    end = offset + len(text)
    for n in others:  # a duration of several periods right before or after it, or a rate (`a month`) after it
        if str(n["kind"]) not in ("duration", "set"):
            continue
        gap_after, gap_before = int(n["start"]) - int(rec["end"]), int(rec["start"]) - int(n["end"])
        if str(n["kind"]) == "set":
            if 0 <= gap_after <= 25:
                return f"a rate ('{n['text']}' after it)"
            continue
        several = n.get("value") is not None and not pd.isna(n["value"]) and float(n["value"]) > 1
        if several and (0 <= gap_after <= 40 and not _PAUSE.search(sentence[end:end + gap_after])
                        or 0 <= gap_before <= 40 and not _PAUSE.search(sentence[offset - gap_before:offset])):
            return f"a total over several periods ('{n['text']}' beside it)"
    return None


def _verdict(rec: dict, ref: pd.DataFrame, names: _Names, neighbours: list[dict],
             dates: dict[tuple[str, int], list[dict]]) -> dict:
    out: dict = {"verdict": "no reference", "reason": "", "measure": None, "ref_row": None, "ref_value": None,
                 "ref_unit": None, "ref_date": None, "ref_source": None, "gap": None}
    clause, at = _clause(rec, neighbours)
    found = _measure(rec, clause, at, names)
    if found is None:
        out["reason"] = "no measure of the reference is named near it"
        return out
    measures, name = found
    rows = ref[ref["measure"].isin(measures) & (ref["kind"] == rec["kind"])]
    if not len(rows):
        out["reason"] = f"'{name}' names {', '.join(sorted(measures))}, which has no {rec['kind']} figures"
        return out
    fact = figure(rec)
    if fact is None:
        out["reason"] = "no figure to compare"
        return out
    units = [u for u in dict.fromkeys(rows["unit"]) if explain(fact, exact(1.0, kind=rec["kind"], unit=u or None)).agrees
             is not None]
    if not units:
        out["reason"] = (f"'{name}': the reference gives {', '.join(sorted(set(rows['unit']) - {''}) or 'counts')}, "
                         f"the text {rec.get('unit') or 'a count'}")
        return out
    rows = rows[rows["unit"].isin(units)]
    role, change = _str(rec.get("role")), _str(rec.get("change"))
    levels = not rows["signed"].any() and rows["measure"].map(lambda m: m not in names.signed).all()
    if levels and _CHANGE_BEFORE.search(clause[:at]):
        out["reason"] = f"'{name}': {rec['text']} is the size of a change, the reference gives levels"
        return out
    if role == "from":
        out["reason"] = f"'{name}': {rec['text']} is the level a change started from, its period unstated"
        return out
    measure = str(rows["measure"].iloc[0])
    out["measure"] = measure
    not_a_claim = _not_a_claim(rec, clause, at, names, dates.get((str(rec["doc_id"]), int(rec["sentence_id"])), []))
    if not_a_claim:
        out["reason"] = f"{measure}: {not_a_claim}"
        return out
    signed = measure in names.signed or bool(rows["signed"].iloc[0])
    before, after = clause[max(0, at - 60):at], clause[at:at + 40 + len(str(rec["text"]))]
    falls = change == "down" or (change != "up" and bool(names.fall.search(before) or names.fall.search(after)))
    if signed and not (change or falls or names.rise.search(before) or names.rise.search(after)):
        out["reason"] = f"{measure} is a change, and no word of a rise or fall stands near {rec['text']}"
        return out
    date = _date_of(rec, dates, set(rows["granularity"]))
    if date is None:
        grains = ", ".join(sorted(set(rows["granularity"])))
        out["reason"] = f"{measure}: no date of its granularity ({grains}) in its sentence or the one before"
        return out
    match = rows[rows["date"] == date]
    if not len(match):
        out["reason"] = f"{measure}: no figure for {date} in the reference"
        return out
    label = match.index[0]
    row = match.iloc[0]
    sign_note = ""
    if signed and falls:
        fact = _negate(fact)
        sign_note = " (a fall: negative)"
    ref_fig = exact(float(row["value"]), kind=str(row["kind"]), unit=row["unit"] or None)
    e = explain(fact, ref_fig)
    out.update(measure=measure, ref_row=str(label), ref_value=float(row["value"]), ref_unit=row["unit"] or None,
               ref_date=str(row["date"]), ref_source=row["source"] or None)
    if e.agrees is None:
        out["reason"] = f"{measure}, {date}: {e.reason}"
        return out
    out["verdict"] = "agrees" if e.agrees else "disagrees"
    out["gap"] = e.gap
    out["reason"] = f"{measure}, {date}: {_num(float(row['value']))} in the reference; {e.reason}{sign_note}"
    return out


def verify(facts: pd.DataFrame, reference: object, *, lang: str = "en") -> pd.DataFrame:
    """`facts` (an `extract` table) with the columns `VERDICT_COLUMNS` added: each quantity's verdict
    against `reference` (a DataFrame or a CSV, Parquet or SQLite file; see `read_reference`)."""
    ref = read_reference(reference)
    names = _names(ref, lang)
    records = facts.to_dict("records")
    for rec in records:
        sentence, text = str(rec.get("sentence") or ""), str(rec["text"])
        offset = sentence.find(text)
        rec["_sentence_start"] = int(rec["start"]) - offset if offset >= 0 else int(rec["start"])
    by_sentence: dict[tuple[str, int], list[dict]] = {}
    dates: dict[tuple[str, int], list[dict]] = {}
    for rec in records:
        key = (str(rec["doc_id"]), int(rec["sentence_id"]))
        if str(rec["kind"]) in _QUANTITY:
            by_sentence.setdefault(key, []).append(rec)
        elif (str(rec["kind"]) == "date" and isinstance(rec.get("date"), str)) or str(rec["kind"]) in ("duration", "set"):
            dates.setdefault(key, []).append(rec)
    results = []
    for rec in records:
        if str(rec["kind"]) not in _QUANTITY:
            results.append(dict.fromkeys(VERDICT_COLUMNS))
            continue
        key = (str(rec["doc_id"]), int(rec["sentence_id"]))
        neighbours = [n for n in by_sentence[key] if n is not rec]
        results.append(_verdict(rec, ref, names, neighbours, dates))
    out = facts.copy()
    verdicts = pd.DataFrame(results, columns=list(VERDICT_COLUMNS), index=facts.index)
    for col in VERDICT_COLUMNS:
        out[col] = verdicts[col]
    for col in ("verdict", "reason", "measure", "ref_unit", "ref_date", "ref_source"):
        out[col] = out[col].astype("string")
    for col in ("ref_value", "gap"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    out["ref_row"] = out["ref_row"].astype("string")
    return out


def summary(verified: pd.DataFrame) -> dict[str, int]:
    """How many facts got each verdict.

    >>> summary(pd.DataFrame({"verdict": ["agrees", "no reference", None, "agrees"]}))
    {'agrees': 2, 'disagrees': 0, 'no reference': 1}
    """
    counts = verified["verdict"].value_counts()
    return {v: int(counts.get(v, 0)) for v in VERDICTS}


__all__ = ["VERDICTS", "VERDICT_COLUMNS", "read_reference", "summary", "verify"]

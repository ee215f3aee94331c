"""The table-driven finder's fast paths (numfacts.lang) give what the plain code they replace gave:
each is compared with a reference copy of that code at every position of Spanish, French and German
text (the CDC corpus, the language gold, the adversarial inputs) and a few edge strings."""

import bisect
import json
import sys
from pathlib import Path

import pytest

from numfacts.lang import finder, phrases, shapes
from numfacts.lang.shapes import _TENSE_SPAN

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("es", "fr", "de")

EDGES = {
    "es": ["Desde el 1 de enero han llegado, ha llegado; el lunes llegará. Fue aprobado el martes, será aprobado",
           "llegaron,lunes;viernes:llegará\nel jueves habían llegado y el viernes\n" + "palabra " * 60 + "llegaron el sábado"],
    "fr": ["Il est arrivé lundi, il arrivera mardi; devrait atteindre 38 degrés jeudi, a prévenu Météo-France.",
           "le lundi 3 mars à neuf heures " * 30 + "sont arrivés, ont annoncé"],
    "de": ["Am Montag kamen sie, am Dienstag werden sie kommen; hat gesagt, wurde beschlossen, wird beschlossen",
           "am Montag, dem 3. März um halb neun und am Dienstag um 18.30 Uhr " * 12,
           "Am Freitag kamen İstanbuler; am Samstag wird ΣΟΦΙΑ demonstrierten kommen. Morgen " * 8],
}


def _texts() -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    import adversarial

    out = {lang: list(EDGES[lang]) for lang in LANGS}
    with open(ROOT / "data" / "corpus" / "cdc_es_fr.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["lang"] in out and len(out[d["lang"]]) < 8:
                out[d["lang"]].append(d["text"][:6000])
    for lang in LANGS:
        with open(ROOT / "data" / "gold" / f"{lang}-dev.jsonl".replace(lang, f"lang-{lang}", 1), encoding="utf-8") as fh:
            out[lang].append(" ".join(json.loads(line)["text"] for line in fh))
    for name, (_, make) in adversarial.BUILDERS.items():
        if name.endswith(("_es", "_fr", "_de")):
            out[name[-2:]].append(make(2000))
    return out


TEXTS = _texts()


def _tense_reference(g, text: str, i: int) -> int:
    """`phrases.tense` as it was, trying every verb of the window."""
    t = g.t.get("tense")
    if not t:
        return 0
    sp = text.rfind(" ", 0, max(i - _TENSE_SPAN, 0))
    b0 = max(sp, 0)
    s0 = max(text.rfind(". ", b0, i), text.rfind("\n", b0, i)) + 1
    lo = max(s0, sp)
    ends = [j for j in (text.find(". ", i, i + _TENSE_SPAN + 2), text.find("\n", i, i + _TENSE_SPAN + 1)) if j >= 0]
    hi = min(min(ends) if ends else len(text), i + _TENSE_SPAN)
    marks = [j for j in range(lo, hi) if text[j] in ",;:" and not (0 < j < len(text) - 1 and text[j - 1].isdigit() and text[j + 1].isdigit())]
    c0 = max([j + 1 for j in marks if j < i] or [lo])  # a mark between digits (`21,8`) is no clause break
    c1 = min([j for j in marks if j >= i] or [hi])
    best, way, best_at = None, 0, 0
    starts, ends, lows, verbs, read = phrases._verb_words(text, g.t["_lang"])
    parts, aux_words, pairs = tuple(t.get("participles", ())), t.get("past_aux", ()), t.get("past_aux_pairs", ())
    last_before = None  # the last verb before `i` telling a tense (or neutral), not the window's first nor a cut word
    a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    cut = b - 1 if b > a and ends[b - 1] > hi else None
    reach = t.get("reach", 40)
    for j in [*(j for j in verbs[bisect.bisect_left(verbs, a) : bisect.bisect_left(verbs, b)] if j != a and j != cut),
              *(j for j in (a, cut) if j is not None and j < b)]:
        if j == a or j == cut:
            k, neutral = phrases._verb(t, text[starts[j] : hi].lower() if j == cut else lows[j], lows[j - 1] if j > a else "")
        else:
            k, neutral = read[j]
            if k == 0 and not neutral and lows[j].endswith(parts) and (
                    lows[j - 1] in aux_words or (j > 1 and f"{lows[j - 2]} {lows[j - 1]}" in pairs)):
                k = -1
            if (k or neutral) and starts[j] < i and (last_before is None or starts[j] > last_before[0]):
                last_before = (starts[j], k)
        if k is None:
            continue
        w0 = starts[j]
        near = c0 <= w0 < c1 or abs(w0 - i) <= reach
        gap = abs(w0 - i) - (10**6 if c0 <= w0 < c1 else 0)
        if (k or neutral) and near and (best is None or gap < best or (gap == best and w0 < best_at)):
            best, way, best_at = gap, k, w0
    if best is None and t.get("verbless_clause_links") and last_before is not None:
        opening = [w.lower() for w in phrases._WORD.findall(text[c0:i])]
        if len(opening) <= 1 or set(opening) & set(t["verbless_clause_links"]):
            way = last_before[1]  # a clause with no verb, opened by the date or linked by a comparison: the sentence's verb before it
    return way


@pytest.mark.parametrize("lang", LANGS)
def test_tense_is_the_nearest_verb_as_before(lang: str) -> None:
    g = finder.grammar(lang)
    seen = {-1: 0, 0: 0, 1: 0}
    for text in TEXTS[lang]:
        for i in range(0, len(text), 1 if len(text) < 3000 else 3):
            way = phrases.tense(g, text, i)
            assert way == _tense_reference(g, text, i), (lang, text[max(0, i - 40) : i + 40], i)
            seen[way] += 1
    if g.t.get("tense"):
        assert min(seen.values()) > 20, seen  # every answer is tried


def _future_reference(t: dict, text: str, at: int) -> bool | None:
    """`shapes.future` as it was, reading the words of its window afresh."""
    import bisect as b

    lo, hi = 0, len(text)
    spans = shapes._spans(text, t["_lang"])
    k = b.bisect_right(spans, (at, len(text) + 1)) - 1
    if k >= 0 and spans[k][0] <= at < spans[k][1]:
        lo, hi = spans[k]
    lo = max(lo, text.rfind(";", max(lo, at - _TENSE_SPAN - 1), at) + 1)
    semi = text.find(";", at, min(hi, at + _TENSE_SPAN + 1))
    hi = semi if semi >= 0 else hi
    if at - lo > _TENSE_SPAN:
        lo = text.find(" ", at - _TENSE_SPAN, at) + 1 or at - _TENSE_SPAN
    if hi - at > _TENSE_SPAN:
        hi = max(at, text.rfind(" ", at, at + _TENSE_SPAN))
    words = set(shapes.rx(r"[^\W\d_]+").findall(text[lo:hi].lower()))
    if words & shapes._lowered(tuple(t.get("future_cues", ()))):
        return True
    past = tuple(t.get("past_suffixes", ()))
    if words & shapes._lowered(tuple(t.get("past_cues", ()))) or (past and any(w.endswith(past) and len(w) > 7 for w in words)):
        return False
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_future_reads_the_window_as_before(lang: str) -> None:
    t = finder.grammar(lang).t
    seen = {True: 0, False: 0, None: 0}
    for text in TEXTS[lang]:
        for i in range(0, len(text) + 1, 1 if len(text) < 3000 else 3):
            way = shapes.future(t, text, i)
            assert way == _future_reference(t, text, i), (lang, text[max(0, i - 40) : i + 40], i)
            seen[way] += 1
    if t.get("future_cues"):
        assert min(seen.values()) > 20, seen  # every answer is tried


@pytest.mark.parametrize("marks", [",;", ",;)"])
def test_word_before_is_the_regex_on_the_text_before(marks: str) -> None:
    import re

    pattern = re.compile(rf"[\w{re.escape(marks)}]\s*$")
    texts = [t for lang in LANGS for t in TEXTS[lang]] + ["a \n\x1c\u2003 ,\t; )\n_ \u00a0é\u2167 Ⅷ\n\n", " \n", ""]
    for text in texts:
        for i in range(len(text) + 1):
            assert shapes.word_before(text, i, marks) == bool(pattern.search(text[:i])), (text[max(0, i - 20) : i], marks)


def _word_lists(lang: str) -> dict[str, list[str]]:
    """Every list of words of `lang`'s grammar (a list, or a mapping's keys), and the ones the finder joins."""
    t = finder.grammar(lang).t
    out = {k: [str(w) for w in v] for k, v in t.items() if isinstance(v, (list, tuple, dict)) and v and all(isinstance(w, str) for w in v)}
    rel = [*t["relative_days"], *t["relative_periods"], *t["sets"], *t.get("relative_day_parts", ()), *t.get("fixed_dates", ()),
           *t.get("fixed_durations", ())]
    out["_rel"] = rel + [w[:1].upper() + w[1:] for w in rel]
    out["_edges"] = ["El fin", "el fin de semana", "el  fin", "Straße", "straße", "µg", "mg", "K", "k", "é", "É", "a b c", "a b", "ſ", "s"]
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fold", [True, False])
def test_trie_alternation_matches_as_the_plain_one(lang: str, fold: bool) -> None:
    import re

    flags = re.IGNORECASE if fold else 0
    text = "\n".join(TEXTS[lang][:4]) + " Straße STRASSE STRAẞE dreißig DREIẞIG ſ µG Kg \u212ag El  Fin De Semana EL FIN"
    for name, words in _word_lists(lang).items():
        plain = re.compile(rf"(?:{shapes._alt(words)})(?![\w])", flags)
        tree = re.compile(rf"(?:{shapes.trie_alt(words, fold)})(?![\w])", flags)
        extra = " ".join(words[:300]) + " " + " ".join(w.upper() for w in words[:300])
        for sample in (text, extra):
            for i in range(len(sample)):
                a, b = plain.match(sample, i), tree.match(sample, i)
                assert (a and a.span()) == (b and b.span()), (lang, name, fold, sample[i : i + 30])


@pytest.mark.parametrize("lang", LANGS)
def test_number_pieces_tree_matches_as_the_sorted_alternation(lang: str) -> None:
    """The glued number words (`dreihundertdreiunddreißigtausend`) read by the pieces' tree end where
    the sorted alternation ends, repeated as `glued_pattern` and `_ordinals` repeat it."""
    import re

    t = finder.grammar(lang).t
    tree, table = shapes._pieces("", tuple(t["numbers"].items()), tuple(t["and"]))
    plain = "(?:" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + ")"
    sample = "\n".join(TEXTS[lang][:4]) + " " + " ".join(table) + " " + "".join(list(table)[:60]) + " DREIẞIG dreiSSig"
    for shape in (r"(?<![\w]){p}(?:{p})+(?![\w])", r"(?<![\w])(?P<pre>(?:{p})*)(?P<x>\w{{0,3}})(?![\w])"):
        a, b = (re.compile(shape.format(p=x), re.IGNORECASE) for x in (plain, tree))
        assert [m.span() + m.groups() for m in a.finditer(sample)] == [m.span() + m.groups() for m in b.finditer(sample)], shape


@pytest.mark.parametrize("lang", LANGS)
def test_trie_before_a_figure_as_the_plain_one(lang: str) -> None:
    """The qualifier and identifier words looked for in the 30 characters before a figure (no word end
    after them: spaces and the figure's place follow)."""
    import re

    t = finder.grammar(lang).t
    sample = "\n".join(TEXTS[lang][:3])[:6000] + " " + " ".join([*t["qualifiers"], *t["id_words"]]).upper()
    for key in ("qualifiers", "id_words"):
        plain = re.compile(rf"(?<![\w])(?P<q>{shapes._alt(t[key])})[ \u00a0\u202f]*$", re.IGNORECASE)
        tree = re.compile(rf"(?<![\w])(?P<q>{shapes.trie_alt(t[key], True)})[ \u00a0\u202f]*$", re.IGNORECASE)
        for i in range(len(sample)):
            a, b = plain.search(sample, max(0, i - 30), i), tree.search(sample, max(0, i - 30), i)
            assert (a and a.span("q")) == (b and b.span("q")), (key, sample[max(0, i - 30) : i])


@pytest.mark.parametrize("lang", LANGS)
def test_grammar_leaves_its_tables_unwritten(lang: str) -> None:
    """The grammar's months hold the abbreviations (`sept.`, `Feb.`) in its own copy; the cached
    tables it reads stay as their files say."""
    from numfacts.lang import table

    forms = json.loads((ROOT / "src" / "numfacts" / "lang" / lang / "forms.json").read_text(encoding="utf-8"))
    g = finder.grammar(lang)
    assert dict(table(lang, "forms")["months"]) == forms["months"]
    assert set(forms.get("month_abbreviations", {})) <= set(g.t["months"])
    assert g.t is not table(lang, "forms") and g.t["months"] is not table(lang, "forms")["months"]

"""Fast paths of the table-driven finder for long sentences and dense figures (numfacts.lang): the cuts
of a sentence or clause found by halves, words read once per sentence or per table, give what the
plain code they replace gave, compared at every position of Spanish, French and German text (the CDC
corpus, the language gold, the adversarial inputs) and of random strings of the cut characters."""

import json
import random
import re
import sys
from pathlib import Path

import pytest

from numfacts.lang import changes, finder, phrases, shapes

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("es", "fr", "de")


def _texts() -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    import adversarial

    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    with open(ROOT / "data" / "corpus" / "cdc_es_fr.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["lang"] in out and len(out[d["lang"]]) < 4:
                out[d["lang"]].append(d["text"][:5000])
    for lang in LANGS:
        with open(ROOT / "data" / "gold" / f"lang-{lang}-dev.jsonl", encoding="utf-8") as fh:
            out[lang].append("\n".join(json.loads(line)["text"] for line in fh))
    for name, (_, make) in adversarial.BUILDERS.items():
        if name.endswith(("_es", "_fr", "_de")):
            out[name[-2:]].append(make(1500))
    return out


TEXTS = _texts()
RANDOM = ["".join(random.Random(n).choice("a. \n.;,") for _ in range(random.Random(-n).randint(0, 14))) for n in range(3000)]


def _sentence_reference(text: str, i: int) -> tuple[int, int]:
    """`phrases._sentence` as it was: a search back and forth from `i` for `. ` and a newline."""
    a = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i))
    b = [j for j in (text.find(". ", i), text.find("\n", i)) if j >= 0]
    return a + 1, min(b) if b else len(text)


@pytest.mark.parametrize("lang", LANGS)
def test_sentence_bounds_as_the_searches_from_the_figure(lang: str) -> None:
    for text in [*TEXTS[lang], *RANDOM]:
        for i in range(len(text) + 2):
            assert phrases._sentence(text, i) == _sentence_reference(text, i), (text[max(0, i - 30) : i + 30], i)


def test_clause_bounds_as_the_searches_for_semicolons() -> None:
    for text in [t for lang in LANGS for t in TEXTS[lang]][::3] + RANDOM:
        semis = changes._semicolons(text)
        assert semis == [j for j, c in enumerate(text) if c == ";"]
        n = len(text)
        for s0, s1 in {(0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, 3 * n // 4)}:
            for start in range(s0, s1 + 1, 1 if n < 400 else 7):
                for end in (start, start + 1, start + 3):
                    back = text.rfind(";", s0, start)
                    want = max(s0, back + 1), (text.find(";", end, s1) + 1 or s1 + 1) - 1
                    assert changes._clause(semis, s0, s1, start, end) == want, (text, s0, s1, start, end)


def _glued_reference(t: dict, word: str) -> float | None:
    """`shapes.glued_value` as it was: every piece tried at every place."""
    if not t.get("numbers_glued"):
        return None
    _, pieces = shapes._pieces("", tuple(t["numbers"].items()), tuple(t["and"]))
    w = word.lower()
    best: dict[int, list[str] | None] = {0: []}
    for i in range(len(w)):
        if best.get(i) is None:
            continue
        for p in pieces:
            if w.startswith(p, i) and (best.get(i + len(p)) is None or len(best[i + len(p)]) > len(best[i]) + 1):  # type: ignore[arg-type]
                best[i + len(p)] = [*best[i], p]  # type: ignore[misc]
    parts = best.get(len(w))
    if not parts or len(parts) < 2:
        return None
    total = current = 0.0
    for p in parts:
        v = pieces[p]
        if v == 0 and p in [a.lower() for a in t["and"]]:
            continue
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current


def _words_of(lang: str) -> list[str]:
    t = finder.grammar(lang).t
    table = list(t["numbers"])
    rnd = random.Random(7)
    glued = ["".join(rnd.choice(table) for _ in range(rnd.randint(1, 5))) for _ in range(400)]
    found = sorted({w for text in TEXTS[lang] for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)})
    return [*table, *glued, *found, *(w.upper() for w in glued[:50]), *(w.capitalize() for w in table)]


@pytest.mark.parametrize("lang", LANGS)
def test_glued_number_words_as_every_piece_tried(lang: str) -> None:
    t = finder.grammar(lang).t
    for w in _words_of(lang):
        assert shapes.glued_value(t, w) == _glued_reference(t, w), w


def _word_value_reference(g: finder.Grammar, text: str) -> float | None:
    """`finder._word_value` as it was, each table lowered per look-up (`shapes.lookup`)."""
    lookup = shapes.lookup
    whole = lookup(g.t["numbers"], text)
    if whole is not None:
        return float(whole)  # type: ignore[arg-type]
    total = current = big = 0.0
    ands = {a.lower() for a in g.t["and"]}
    approx = {a.lower() for a in g.t.get("approx_numbers", {})}
    scale_words = dict.fromkeys(g.t.get("scale_words", ()), 1)
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        if w.lower() in ands:
            continue
        if scale_words and lookup(g.t["numbers"], w) is None and lookup(scale_words, w):
            big += (total + current or 1) * float(lookup(g.t["scales"], w))  # type: ignore[arg-type]
            total = current = 0.0
            continue
        glued = shapes.glued_value(g.t, w) if lookup(g.t["numbers"], w) is None else None
        parts, vals = ([], [(glued, w.lower())]) if glued is not None else ([p for p in w.split("-") if p.lower() not in ands], [])
        while parts:
            k = next((k for k in range(len(parts), 0, -1) if lookup(g.t["numbers"], "-".join(parts[:k])) is not None), 0)
            if not k:
                return None
            vals.append((float(lookup(g.t["numbers"], "-".join(parts[:k]))), "-".join(parts[:k]).lower()))  # type: ignore[arg-type]
            parts = parts[k:]
        for v, word in vals:
            if v == 100 or (word in approx and v < 1000):
                current = (current or 1) * v
            elif v >= 1000:
                total += (current or 1) * v
                current = 0
            else:
                current += v
    return big + total + current


@pytest.mark.parametrize("lang", LANGS)
def test_number_word_values_as_each_table_lowered_per_word(lang: str) -> None:
    g = finder.grammar(lang)
    words = _words_of(lang)
    rnd = random.Random(3)
    phrases_ = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 4))) for _ in range(600)]
    scales = list(g.t.get("scale_words", ())) or list(g.t["scales"])
    phrases_ += [f"{rnd.choice(words)} {rnd.choice(scales)} {rnd.choice(words)}" for _ in range(300)]
    for s in [*words, *phrases_]:
        assert finder._word_value(g, s) == _word_value_reference(g, s), s


@pytest.mark.parametrize("lang", LANGS)
def test_sentence_words_read_once_as_per_figure(lang: str) -> None:
    """`finder._percent_in` and `phrases.change_word_in` (memos per sentence) say what the search on the
    sentence's own copy said (a change word as written or in lower case)."""
    t = finder.grammar(lang).t
    c = t["change"]
    moves = (*c["up"], *c["down"], *c.get("moves", ()))
    for text in TEXTS[lang]:
        cuts = sorted({0, len(text), *(m.start() for m in re.finditer(r"\. |\n|%|,", text))})
        for s0, s1 in zip(cuts, cuts[1:] + [len(text)]):
            for a, b in ((s0, s1), (max(0, s0 - 5), s1), (s0, min(len(text), s1 + 9))):
                pct = bool(re.search(shapes._alt(t["percent"]), text[a:b], re.IGNORECASE))
                assert finder._percent_in(lang, text, a, b) == pct, text[a:b]
                words = re.findall(r"[^\W\d_]+", text[a:b])
                moved = any(w.startswith(moves) or w.lower().startswith(moves) for w in words)
                assert phrases.change_word_in(lang, text, a, b, moves=True) == moved, text[a:b]
                changed = any(w.startswith(moves[: len(c["up"]) + len(c["down"])])
                              or w.lower().startswith(moves[: len(c["up"]) + len(c["down"])]) for w in words)
                assert phrases.change_word_in(lang, text, a, b) == changed, text[a:b]


def _plain_after_and_hours(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The grammar's `after` and `hour_mark` patterns as they were built, each word list a sorted alternation."""
    g = finder.grammar(lang)
    t, alt = g.t, shapes.word_alt
    ci = 0 if t["months_capitalised"] else re.IGNORECASE
    units = alt(t["units"])
    one = [u for u in t["units"] if len(u) == 1 and u.isalpha()] if ci else []
    if one:
        units = f"(?:{alt([u for u in t['units'] if u not in one])}|(?-i:{alt(one)}))"
    link = alt(t["currency_link"], False) if t["currency_link"] else "(?!)"
    after = re.compile(rf"""[ \u00a0\u202f]*(?:
            (?P<pct>{alt(t['percent'], False)})(?![^\W\d_])
          | (?P<bps>{alt(t.get('basis_points', []))})
          | (?P<tenths>{alt(t.get('points_scaled', ()))})
          | (?P<pts>{alt(t['points'])})
          | (?:{link}[ \u00a0\u202f]*)?(?P<cur>{alt(t["currency_after"], False)})(?![^\W\d_])
          | (?P<unit>{units})
          | {link}(?:[ \u00a0\u202f]+|(?<=['’]))(?P<lunit>{units})
          | (?P<time>{alt(t['time_units'])})
        )""", re.VERBOSE | ci)
    hour_words = [w for w, v in t["numbers"].items() if 1 <= v <= 23] if t.get("clock_fractions") else []
    hour_words += t.get("clock_hour_words", []) if hour_words else []
    hour_word = rf"|(?<![\w-]){alt(hour_words)}" if hour_words else ""
    hours = re.compile(rf"(?<![\w.,])(?P<h>[01]?\d|2[0-3]{hour_word})(?:{shapes._SP})?(?P<mark>{alt(t.get('clock_marks', []), False)})"
                       rf"(?:(?:{shapes._SP})?(?P<mi>[0-5]\d)(?!\d))?(?![^\W\d_])", re.IGNORECASE)
    return after, hours


@pytest.mark.parametrize("lang", LANGS)
def test_words_after_a_figure_as_the_plain_alternations(lang: str) -> None:
    """`after` (percent, points, currencies, units, time units after a figure) and `hour_mark` built
    from prefix trees match as the sorted alternations did, at every position."""
    g = finder.grammar(lang)
    t = g.t
    after, hours = _plain_after_and_hours(lang)
    words = [w for k in ("percent", "basis_points", "points_scaled", "points", "currency_after", "units", "time_units",
                         "currency_link", "clock_marks") for w in t.get(k, ())]
    extra = " 3 ".join(words) + " 4 " + " 5 ".join(w.upper() for w in words) + " 6 " + " 7 ".join(w.capitalize() for w in words)
    hours_extra = " à ".join(f"{w} h 30, {w}h, {w} heures" for w, v in t["numbers"].items() if 1 <= v <= 23)
    for sample in [*TEXTS[lang], extra, hours_extra]:
        for i in range(len(sample)):
            a, b = after.match(sample, i), g.after.match(sample, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (lang, sample[i : i + 30])
            a, b = hours.match(sample, i), g.hour_mark.match(sample, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (lang, sample[i : i + 30])


@pytest.mark.parametrize("lang", LANGS)
def test_is_verb_as_the_table_read_per_word(lang: str) -> None:
    g = finder.grammar(lang)
    t = g.t.get("tense")
    words = sorted({w for text in TEXTS[lang] for w in re.findall(r"[^\W\d_][\w'’-]*", text)})
    words += [*t.get("not_verbs", ()), *(("xxxx" + e) for e in (*t["past"], *t["future"]))] if t else []
    for w in [*words, *(w.upper() for w in words[:200])]:
        want = bool(t) and len(w.lower()) > 4 and w.lower() not in t.get("not_verbs", ()) and w.lower().endswith(tuple(t["past"]) + tuple(t["future"]))
        assert phrases.is_verb(g, w) == want, w


@pytest.mark.parametrize("lang", LANGS)
def test_scans_skipped_without_their_suffix_find_as_the_full_scans(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`shapes._scan` skips a pattern whose suffix (`er-Jahren`, `jährige`, `fach`, `Uhr`) the text never
    writes: the shapes found are those of the full scans, on texts with and without the suffixes."""
    import datetime as dt

    t = finder.grammar(lang).t
    suffixes = [*(p.replace("{y}", "") for p in t.get("decades", ())), *t.get("age_suffixes", ()), *t.get("fold_suffix", ()),
                *t.get("clock_after", ()), *(u + e for u in t.get("duration_suffixes", {}) if not u.startswith("_")
                                             for e in t.get("duration_suffix_endings", [""]))]
    words = [w for w, v in t["numbers"].items() if 1 <= v <= 30][:40]
    written = " ".join(f"{n}{s} 1990{s} {w}{s} {w}-{s} {w} {s} {n}-{s.upper()}" for n, (w, s) in enumerate(zip(words * 4, suffixes * 8)))
    ref = dt.date(2024, 6, 1)
    for text in [*TEXTS[lang], written, written.lower()]:
        fast = shapes.candidates(t, text, ref)
        with monkeypatch.context() as m:
            m.setattr(shapes, "_scan", lambda pattern, part, text, flags=0: shapes.rx(pattern, flags).finditer(text))
            assert shapes.candidates(t, text, ref) == fast, text[:80]


def _plain_negative(t: dict, text: str, start: int) -> int | None:
    """`shapes.negative` without its pretest on the last character (the code before it)."""
    words = t.get("negative_words")
    if not words:
        return None
    pre = text[max(0, start - 12) : start]
    m = shapes.rx(rf"(?<![\w]){shapes._alt(words)}{shapes._SP}$", re.IGNORECASE).search(pre)
    not_after = t.get("negative_not_after")
    if m and not_after and shapes.rx(rf"(?<![\w]){shapes._alt(not_after)}{shapes._SP}$", re.IGNORECASE).search(
            text[max(0, start - len(pre) + m.start() - 12) : start - len(pre) + m.start()]):
        return None
    if m:
        return start - len(pre) + m.start()
    if pre.endswith(("-", "−")) and (len(pre) == 1 or pre[-2] in " (") and not shapes.rx(r"[\d%]\s*$").search(pre[:-1]):
        return start - 1
    return None


_SIGN_EDGES = ["menos 5 moins\n6 moins \n6 menos \n5 minus \n7 minus\u00a08 -9 (-1 −2 x-3 4 -5 %-6 au moins -7 al menos 5 MINUS 9 menos\u202f3 \n-4",
               "".join(random.Random(7).choice("minus menos moins \n\u00a0-−(%5") for _ in range(4000))]


@pytest.mark.parametrize("lang", LANGS)
def test_negative_pretest_as_the_plain_reading(lang: str) -> None:
    """`negative` returns at once unless the character before the figure is a space, a newline or a minus:
    what the full reading says at every position."""
    t = finder.grammar(lang).t
    for text in [*TEXTS[lang], *_SIGN_EDGES, *RANDOM[:500]]:
        for at in range(len(text) + 1):
            assert shapes.negative(t, text, at) == _plain_negative(t, text, at), (lang, text[max(0, at - 15) : at])


def _plain_digits(t: dict, raw: str) -> float | None:
    """`shapes.parse_digits` splitting at the thousands word whether or not the figure has a space."""
    words = t.get("digit_thousands")
    parts = shapes.rx(rf"{shapes._SP}(?:{shapes._alt(words)}){shapes._SP}", re.IGNORECASE).split(raw) if words else [raw]
    if len(parts) == 2:
        head, tail = (_plain_digits(t, x) for x in parts)
        return None if head is None or tail is None else head * 1000 + tail
    if t.get("comma_is_decimal") and raw.count(",") == 1:
        head, tail = raw.split(",")
        base = finder.parse_number(head) if head else 0.0
        return None if base is None or not tail.isdigit() else base + float("0." + tail)
    return finder.parse_number(raw)


@pytest.mark.parametrize("lang", LANGS)
def test_digits_split_only_with_a_space_as_always_split(lang: str) -> None:
    """`parse_digits` splits `4 mil 200` at its word only when the figure has a space: the same value as
    the split tried on every figure (every figure of the texts, and glued forms with no space)."""
    g = finder.grammar(lang)
    raws = [m.group("d") for text in TEXTS[lang] for m in finder._number_matches(g, text) if m.group("d")]
    raws += ["4mil200", "4 mil 200", "4\u00a0mil\u202f200", "4 MIL 200", "1 500", "2,5", "1.200,5", "12 mil", "3 mil 4 mil 5"]
    assert len(raws) > 100
    for raw in raws:
        try:
            want: object = _plain_digits(g.t, raw)
        except ValueError as e:
            want = type(e)
        try:
            got: object = shapes.parse_digits(g.t, raw)
        except ValueError as e:
            got = type(e)
        assert got == want, (lang, raw)


_SUBJECT_EDGES = ["el número de 5 la cifra de\n6 el total d'7 EL NÚMERO DE 8 le nombre de 9 les effectifs des 10 el número 11 "
                  "xel número de 12 le nombre deux 3 el  número  de 13 le nombre d’4 la cifra des5 el total de",
                  "".join(random.Random(11).choice(["el número", "le nombre", " de", "d'", " ", "x", "5", "\u00a0"]) for _ in range(900))]


@pytest.mark.parametrize("lang", ("es", "fr"))
def test_count_subject_skipped_as_the_window_search(lang: str) -> None:
    """`_subject_before` searches the window before a figure only where a whole-text match starts in it: the
    same match as the window search at every position."""
    g = finder.grammar(lang)
    for text in [*TEXTS[lang], *_SUBJECT_EDGES]:
        for at in range(len(text) + 1):
            want = g.count_subject.search(text, max(0, at - 160), at)
            got = finder._subject_before(g, text, at)
            assert (got.span() if got else None) == (want.span() if want else None), (lang, text[max(0, at - 30) : at])


@pytest.mark.parametrize("lang", LANGS)
def test_entity_links_by_first_letter_as_every_link_tried(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`_entity` tries only the links that start with the first letter of the words after a figure: the same
    entity as every link tried in turn, at every position, with and without a link needed."""
    g = finder.grammar(lang)
    texts = [*TEXTS[lang], "de los 5 De Las 7 DE 3 d'Paris d’Ici du Von der Des ihrer Seines  aller x", *RANDOM[:200]]
    fast = [finder._entity(g, text, at, need) for text in texts for at in range(len(text) + 1) for need in (False, True)]
    pairs = tuple((link, link.lower()) for link in finder._entity_words(lang)[0])

    class Every(dict):
        def get(self, key: object, default: object = None) -> tuple[tuple[str, str], ...]:
            return pairs

    monkeypatch.setattr(finder, "_links_by_first", lambda lang: Every())
    plain = [finder._entity(g, text, at, need) for text in texts for at in range(len(text) + 1) for need in (False, True)]
    assert fast == plain
    assert sum(e is not None for e in fast) > 100


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "pattern"), [("qualifiers", "before_qual"), ("id_words", "ids")])
def test_word_end_check_never_skips_a_match_of_the_window_search(lang: str, name: str, pattern: str) -> None:
    """`finder._ends_before` is false only where the window search it guards finds nothing (windows of 20 and
    30 characters before every position, in the texts and in strings of qualifier letters, spaces and newlines)."""
    g = finder.grammar(lang)
    words = [w for w in g.t.get(name, ())][:40]
    rng = random.Random(7)
    odd = ["".join(rng.choice([*rng.choice(words), " ", "\u00a0", "\n", "x"]) for _ in range(rng.randint(0, 30))) for _ in range(300)]
    odd += [w + rng.choice(["", " ", "  ", "\n", " \n", "\u00a0"]) for w in words for _ in range(3)]
    odd += [w.upper() + " " for w in words]
    for text in [*TEXTS[lang], *odd]:
        for at in range(1, len(text) + 1):
            for width in (20, 30):
                lo = max(0, at - width)
                if not finder._ends_before(lang, name, text, lo, at):
                    assert getattr(g, pattern).search(text, lo, at) is None, (text[lo:at], at)


@pytest.mark.parametrize("lang", LANGS)
def test_word_end_check_never_skips_a_filler_or_to_phrase(lang: str) -> None:
    """`changes.changes` skips its filler and `to_phrases` searches of the 40 characters before a figure where
    `shapes.word_may_end` is false: there those searches find nothing."""
    g = finder.grammar(lang)
    c = g.t["change"]
    arts = shapes._alt(g.t["range"]["articles"]) if g.t["range"].get("articles") else "(?!)"
    cases = []
    if c.get("fillers"):
        cases.append((c["fillers"], shapes.rx(rf"(?:(?<![\w])(?:{shapes._alt(c['fillers'])})[ \u00a0]*)+$", re.IGNORECASE)))
    if c.get("to_phrases"):
        cases.append(((*c["to_phrases"], *g.t["range"].get("articles", ())),
                      shapes.rx(rf"(?<![\w])(?:{shapes._alt(c['to_phrases'])})[ \u00a0]+(?:(?:{arts})[ \u00a0]+)?$", re.IGNORECASE)))
    if c.get("from_phrases"):
        cases.append((c["from_phrases"], shapes.rx(rf"(?<![\w])(?:{shapes._alt(c['from_phrases'])}){shapes._SP}$", re.IGNORECASE)))
    assert cases
    for words, pattern in cases:
        last = shapes.last_chars(tuple(words))
        extra = [w + end for w in words for end in ("", " ", " \n", "\u00a0 ")] + [w.upper() + " " for w in words]
        for text in [*TEXTS[lang], *extra]:
            for at in range(1, len(text) + 1):
                s = text[max(0, at - 40) : at]
                if not shapes.word_may_end(last, s, 0, len(s)):
                    assert pattern.search(s) is None, s

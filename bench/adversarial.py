"""Adversarial inputs for the benchmark: texts built to make a regex or a loop go superlinear.

Each builder returns exactly `size` UTF-8 bytes (ASCII, except `single_line`, which is cut on a
character boundary at or below `size`), so seconds per KB compare across cases.

>>> texts = build(1)
>>> sorted(len(t.encode("utf-8")) for t in texts.values() if t) == [1000] * len([t for t in texts.values() if t])
True
>>> build(1)["commas"][:12], build(1)["brackets"][:3], build(1)["brackets"][-3:]
('1,1,1,1,1,1,', '(((', ')))')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: number words cycled by `number_words`: units, teens, tens and scales, so a greedy
#: number-word grammar sees one endless compound number
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    "and", "a", "half",
)


def repeat(unit: str, size: int) -> str:
    """`unit` repeated and cut to exactly `size` characters.

    >>> repeat("ab", 5)
    'ababa'
    """
    return (unit * (size // len(unit) + 1))[:size]


def nested_brackets(size: int) -> str:
    """`((((...))))`: size // 2 openers, then closers up to `size` characters.

    >>> nested_brackets(5)
    '(()))'
    """
    half = size // 2
    return "(" * half + ")" * (size - half)


def single_line(texts: Iterable[str], size: int) -> str:
    """News articles joined into one line (newlines become spaces), at most `size` UTF-8 bytes.

    >>> single_line(["a\\nb", "c"], 4)
    'a b '
    """
    parts, total = [], 0
    for text in texts:
        flat = " ".join(text.split()) + " "
        parts.append(flat)
        total += len(flat.encode("utf-8"))
        if total >= size:
            break
    data = "".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")  # drop a character cut in half


#: name -> (description, builder of `size` bytes)
BUILDERS: dict[str, tuple[str, Callable[[int], str]]] = {
    "commas": ("1,1,1,... (one endless grouped number)", lambda n: repeat("1,", n)),
    "spaces": ("1 1 1 ... (numbers separated by spaces)", lambda n: repeat("1 ", n)),
    "digits": ("digits with no break", lambda n: repeat("1234567890", n)),
    "more_than": ("more than more than ... (endless qualifier)", lambda n: repeat("more than ", n)),
    "number_words": ("one two three ... hundred thousand million", lambda n: repeat(" ".join(NUMBER_WORDS) + " ", n)),
    "dollars": ("$$$... (currency signs, no number)", lambda n: repeat("$", n)),
    "brackets": ("((((...)))) deeply nested brackets", nested_brackets),
    "dots": ("1.1.1.... (endless decimal / version string)", lambda n: repeat("1.", n)),
    "slashes": ("1/1/1/... (endless date or fraction)", lambda n: repeat("1/", n)),
    "dashes": ("1-1-1-... (endless range)", lambda n: repeat("1-", n)),
    "percent_run": ("1% 1% ... (percent after percent)", lambda n: repeat("1% ", n)),
    "change_chain": ("rose 1% to 2% from 3% and ... (one change after another: change and role)",
                     lambda n: repeat("rose by a further 1% to a record 2% from 3%, up 4% and ", n)),
}


def build(kb: float, news: Iterable[str] = ()) -> dict[str, str]:
    """Every adversarial text at `kb` * 1000 bytes; `single_line` is empty without `news` texts."""
    size = int(kb * 1000)
    out = {name: make(size) for name, (_, make) in BUILDERS.items()}
    out["single_line"] = single_line(news, size)
    return out


def describe(name: str) -> str:
    """One-line description of an adversarial case."""
    if name == "single_line":
        return "news articles concatenated into one line"
    if name == "long_line":
        return "news articles on one line, megabytes long (growth with document length)"
    return BUILDERS[name][0]

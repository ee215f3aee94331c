"""An HTML page's article: its main text, title and publication date, not its menus and banners.

`read_page` hands the page to trafilatura, the field's standard for a page's main text, which
drops navigation, cookie banners, sidebars, share counts and footers (a menu's ``Top 10
stories`` or a banner's ``3 types of cookies`` never become rows). trafilatura's article comes
back as HTML, and is reduced to text by `html_to_text`, a paragraph per block, like any page.
The page's title and publication date (``article:published_time``, JSON-LD ``datePublished``,
``<time>``, ... read by htmldate) become the document's title and reference date.

Where trafilatura finds no article (a fragment, a page of lists), the whole page is reduced by
`html_to_text` instead, as numfacts did before: its visible text, script and style dropped.

No setting depends on the machine: htmldate's latest accepted date, which defaults to today, is
fixed (`_LATEST`), and only the page's own markup is searched for its date (no guessing from
its URL or free text: ``extensive_search`` off).
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

_BREAK = "\x1e"  # marks a block boundary among the collected text (removed from the page's own text)
_LATEST = "2099-12-31"  # htmldate's latest plausible publication date: fixed, never today's date


class _HTMLText(HTMLParser):
    """Collects the visible text of an HTML page, a paragraph per block element."""

    SKIP = frozenset({"script", "style", "template", "noscript", "head", "svg"})
    BLOCK = frozenset({
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "body",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data.replace(_BREAK, " "))


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The visible text of an HTML page, a blank line between blocks, and its title.

    >>> html_to_text("<html><head><title>Aleppo</title><style>p{}</style></head>"
    ...              "<body><p>78,000   civilians&nbsp;fled\\n on Sunday.</p><script>var x=1;</script>"
    ...              "<p>Two</p></body>")
    ('78,000 civilians fled on Sunday.\\n\\nTwo', 'Aleppo')
    """
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    paragraphs = (" ".join(block.split()) for block in "".join(parser.parts).split(_BREAK))
    title = " ".join("".join(parser.title_parts).split()) or None
    return "\n\n".join(p for p in paragraphs if p), title


@dataclass(frozen=True, slots=True)
class Page:
    """What a page gives a document: its text, title and publication date, and how it was read."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    article: bool = False  # True: trafilatura's article; False: the whole page reduced


def read_page(markup: str) -> Page:
    """The article of an HTML page (trafilatura), or the whole page's text where it finds none.

    >>> page = read_page("<p>Not an article: 3 words.</p>")
    >>> page.text, page.article
    ('Not an article: 3 words.', False)
    """
    found = _article(markup)
    if found is not None:
        return found
    text, title = html_to_text(markup)
    return Page(text, title)


#: Block elements of trafilatura's article tree (its own XML: ``head`` is a heading, ``item`` a
#: list item, ``row``/``cell`` a table's, ``lb`` a line break) and of HTML.
_TREE_BLOCKS = frozenset({
    "p", "head", "list", "item", "row", "cell", "quote", "table", "lb", "code", "div", "li", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "blockquote", "pre", "section", "article",
    "dl", "dt", "dd", "figure", "figcaption", "caption", "hr",
})


def _tree_text(body: object, etree: object) -> str:
    """The text of trafilatura's article tree, a blank line between blocks (as `html_to_text`)."""
    parts: list[str] = []
    for event, element in etree.iterwalk(body, events=("start", "end")):  # type: ignore[attr-defined]
        block = element.tag in _TREE_BLOCKS
        if event == "start":
            if block:
                parts.append(_BREAK)
            if element.text:
                parts.append(element.text.replace(_BREAK, " "))
        else:
            if block:
                parts.append(_BREAK)
            if element.tail and element is not body:
                parts.append(element.tail.replace(_BREAK, " "))
    paragraphs = (" ".join(block.split()) for block in "".join(parts).split(_BREAK))
    return "\n\n".join(p for p in paragraphs if p)


def _article(markup: str) -> Page | None:
    import trafilatura
    from lxml import etree

    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True, "max_date": _LATEST},
            prune_xpath=["//noscript"],
        )
    except (ValueError, TypeError, etree.LxmlError):  # markup lxml cannot parse
        return None
    if doc is None or doc.body is None:
        return None
    text = _tree_text(doc.body, etree)
    if not text.strip():
        return None
    title = " ".join((doc.title or "").split()) or None
    if title is None:
        title = html_to_text(markup)[1]
    date = doc.date if isinstance(doc.date, str) and len(doc.date) == 10 else None
    return Page(text, title, date, article=True)


__all__ = ["Page", "html_to_text", "read_page"]

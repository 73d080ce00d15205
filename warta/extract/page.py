"""HTML page cleanup before trafilatura: drop captions and furniture blocks, keep bylines.

trafilatura already drops navigation, footers and most sidebars. What it keeps on news
pages are inline "Baca Juga" paragraphs, boxed related lists whose heading is a marker,
photo captions and editor lines; this module removes those from the tree and records the
byline values (editor, authors, tags) it finds on the way.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.etree import ParserError, _Element

from warta.errors import BadInput
from warta.extract.markers import Markers
from warta.extract.text import Byline, take_byline

_BLOCKS = {
    "p",
    "div",
    "section",
    "aside",
    "li",
    "ul",
    "ol",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "span",
    "strong",
    "b",
    "dl",
    "table",
    "figure",
    "header",
    "footer",
    "nav",
}
_ALWAYS_DROP = (
    "figure",
    "figcaption",
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "svg",
)
_MAX_BOX_CHARS = 1200
_MAX_LINE_CHARS = 300
_BOX_KINDS = {"related", "widget", "share", "ad", "tags"}


def parse_html(html: str, *, source: str) -> _Element:
    """Parse a page with lxml, raising BadInput when nothing usable comes out."""
    try:
        tree = lxml_html.document_fromstring(html)
    except (ParserError, ValueError) as exc:
        raise BadInput(f"{source}: not parseable as HTML ({exc})") from exc
    return tree


def clean_page(tree: _Element, *, markers: Markers) -> Byline:
    """Remove captions and marker-led furniture blocks from `tree` in place; return bylines."""
    byline = Byline()
    for element in tree.iter(*_ALWAYS_DROP):
        _drop_later(element)
    _flush(tree)
    for element in list(tree.iter(*_BLOCKS)):
        if element.getparent() is None or _is_dropped(element):
            continue
        text = " ".join(element.text_content().split())
        found = markers.match(text) if text else None
        if found is None:
            continue
        kind, rest = found
        if len(text) > (_MAX_BOX_CHARS if kind in _BOX_KINDS else _MAX_LINE_CHARS):
            continue  # a big container that merely starts with a marker-like word
        box = _furniture_box(element, kind)
        if kind == "tags" and _link_texts(box):
            byline.tags.extend(_link_texts(box))
        elif kind in {"editor", "author", "tags"} and rest:
            take_byline(byline, kind, rest, markers)
        _drop_later(box)
    _flush(tree)
    return byline


def _furniture_box(element: _Element, kind: str) -> _Element:
    """Return the largest block around `element` that is still only furniture."""
    box = element
    if kind not in _BOX_KINDS:
        return _enclosing_block(element)
    parent = element.getparent()
    while parent is not None and parent.tag in _BLOCKS:
        text = " ".join(parent.text_content().split())
        own = " ".join(box.text_content().split())
        if len(text) > _MAX_BOX_CHARS or _link_share(parent, exclude=own) < 0.6:
            break
        box, parent = parent, parent.getparent()
    return _enclosing_block(box)


def _enclosing_block(element: _Element) -> _Element:
    """Return the paragraph-level block holding an inline element such as <strong>."""
    inline = {"span", "strong", "b", "em", "i", "a"}
    while element.tag in inline and element.getparent() is not None:
        element = element.getparent()
    return element


def _link_share(element: _Element, *, exclude: str) -> float:
    """Return the share of `element`'s text (less `exclude`) that sits inside links."""
    total = len(" ".join(element.text_content().split())) - len(exclude)
    if total <= 0:
        return 1.0
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return min(1.0, linked / total)


def _link_texts(element: _Element) -> list[str]:
    return [t for a in element.iter("a") if (t := " ".join(a.text_content().split()))]


_DROP = "data-warta-drop"


def _drop_later(element: _Element) -> None:
    element.set(_DROP, "1")


def _is_dropped(element: _Element) -> bool:
    return any(node.get(_DROP) for node in element.iterancestors()) or bool(element.get(_DROP))


def _flush(tree: _Element) -> None:
    """Remove marked elements, keeping the text that follows each (its tail)."""
    for element in list(tree.iter()):
        if element.get(_DROP) is not None and element.getparent() is not None:
            element.drop_tree()

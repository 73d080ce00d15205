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
    """Remove captions and marker-led furniture blocks from `tree` in place; return bylines.

    Elements are visited innermost first, so "Penulis: X" in a <span> is read before the
    byline <div> around it, and each block is removed as soon as it is read.
    """
    byline = Byline()
    for element in list(tree.iter(*_ALWAYS_DROP)):
        if (element.get("type") or "").lower() != "application/ld+json":
            element.drop_tree()
    for element in reversed(list(tree.iter(*_BLOCKS))):
        if not _attached(element, tree):
            continue
        text = _text(element)
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
        if box.getparent() is not None:
            box.drop_tree()
    return byline


def _attached(element: _Element, root: _Element) -> bool:
    """Tell whether `element` is still in the tree (an ancestor may have been removed)."""
    node = element
    while node.getparent() is not None:
        node = node.getparent()
    return node is root


def _text(element: _Element) -> str:
    """Return an element's text with a space between inline pieces ("Saputra</b> Selasa")."""
    return " ".join(" ".join(element.itertext()).split())


def _furniture_box(element: _Element, kind: str) -> _Element:
    """Return the largest block around `element` that is still only furniture."""
    box = element
    if kind not in _BOX_KINDS:
        return _enclosing_block(element)
    parent = element.getparent()
    while parent is not None and parent.tag in _BLOCKS:
        text = _text(parent)
        own = _text(box)
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
    total = len(_text(element)) - len(exclude)
    if total <= 0:
        return 1.0
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return min(1.0, linked / total)


def _link_texts(element: _Element) -> list[str]:
    return [t for a in element.iter("a") if (t := _text(a))]

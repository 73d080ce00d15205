"""Language analysis: an Article in, a Doc with sentences, tokens, entities and times out."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from warta.analyze.morphology import analyse
from warta.analyze.pos import tag_pos
from warta.analyze.times import find_times
from warta.analyze.tokenize import segment
from warta.errors import BadInput
from warta.lang import LangData
from warta.records import Article, Doc, Entity, Token

log = logging.getLogger(__name__)

NER_MODEL = "models/ner.crfsuite"


def analyze(article: Article, *, lang: LangData) -> Doc:
    """Analyse the text of `article` in language `lang`.

    Reads `article.id`, `article.text` and `article.published` (ISO 8601; relative times
    are resolved against its local date; when it is None or unreadable, only time
    expressions that carry their own year are kept). Adds sentences; tokens with `sent`,
    `lemma`, `pos` and `voice`; entities (none when the language has no NER model); times.
    """
    text = article.text
    sentences, tokens = segment(text, lang=lang)
    recognize = _recognizer(lang)
    analysed: list[Token] = []
    entities: list[Entity] = []
    by_sentence: list[list[Token]] = [[] for _ in sentences]
    for token in tokens:
        by_sentence[token.sent].append(token)
    for index, sent_tokens in enumerate(by_sentence):
        words = [token.text for token in sent_tokens]
        for token, tag in zip(sent_tokens, tag_pos(words, lang=lang), strict=True):
            lemma, voice = analyse(token.text, lang=lang, pos=tag)
            analysed.append(
                Token(token.text, token.start, token.end, index, lemma=lemma, pos=tag, voice=voice)
            )
        if recognize is not None and words:
            entities.extend(entities_from_bio(sent_tokens, recognize(words, lang=lang), text=text))
    return Doc(
        article_id=article.id,
        lang=lang.code,
        text=text,
        sentences=sentences,
        tokens=tuple(analysed),
        entities=tuple(entities),
        times=find_times(text, lang=lang, published=_published(article)),
    )


def _published(article: Article) -> datetime | None:
    if not article.published:
        return None
    try:
        return datetime.fromisoformat(article.published)
    except ValueError:
        log.warning("article %s: published %r is not ISO 8601", article.id, article.published)
        return None


def _recognizer(lang: LangData) -> Callable[..., list[str]] | None:
    """Return the NER function when the NER module and the language's model exist."""
    if not lang.path(NER_MODEL).is_file():
        return None
    try:
        from warta.analyze.ner import recognize
    except ImportError:
        log.warning("NER module not available: no entities")
        return None
    return recognize


def entities_from_bio(
    tokens: Sequence[Token], tags: Sequence[str], *, text: str | None = None
) -> tuple[Entity, ...]:
    """Turn BIO tags ("B-PER", "I-PER", "O") over `tokens` into spanned entities.

    An I- tag that does not continue an entity of its label starts one. The entity text
    is the slice of `text` (the article) when given, else the tokens joined by spaces.
    """
    if len(tokens) != len(tags):
        raise BadInput(f"entities_from_bio: {len(tokens)} tokens but {len(tags)} tags")
    spans: list[tuple[int, int, str]] = []  # first token, last token, label
    for index, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and spans and spans[-1][1] == index - 1 and spans[-1][2] == label:
            spans[-1] = (spans[-1][0], index, label)
        elif prefix in ("B", "I") and label:
            spans.append((index, index, label))
    entities = []
    for first, last, label in spans:
        start, end = tokens[first].start, tokens[last].end
        if text is not None:
            mention = text[start:end]
        else:
            mention = " ".join(token.text for token in tokens[first : last + 1])
        entities.append(Entity(text=mention, start=start, end=end, label=label))
    return tuple(entities)

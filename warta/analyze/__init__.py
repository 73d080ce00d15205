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
            found = entities_from_bio(sent_tokens, recognize(words, lang=lang), text=text)
            found = _cut_at_verbs(found, analysed[-len(sent_tokens) :], text=text)
            entities.extend(place_backoff(sent_tokens, found, lang=lang, text=text))
    return Doc(
        article_id=article.id,
        lang=lang.code,
        text=text,
        sentences=sentences,
        tokens=tuple(analysed),
        entities=tuple(entities),
        times=find_times(text, lang=lang, published=_published(article)),
    )


def _cut_at_verbs(
    entities: Sequence[Entity], tokens: Sequence[Token], *, text: str
) -> tuple[Entity, ...]:
    """End a name before a lowercase inflected verb the model ran it into
    ("Kementerian Luar Negeri membantah Indonesia" is the ministry, then a verb); what
    follows the verb is left to the back-off (here the place "Indonesia")."""
    cut = []
    for entity in entities:
        inside = [t for t in tokens if entity.start <= t.start and t.end <= entity.end]
        verb = next(
            (t for t in inside[1:] if t.voice in {"active", "passive"} and t.text[:1].islower()),
            None,
        )
        if verb is None:
            cut.append(entity)
            continue
        end = max((t.end for t in inside if t.end <= verb.start), default=entity.start)
        if end > entity.start:
            cut.append(
                Entity(
                    text=text[entity.start : end], start=entity.start, end=end, label=entity.label
                )
            )
    return tuple(cut)


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


_PLACE_LISTS = ("country", "place", "city")


def place_backoff(
    tokens: Sequence[Token], entities: Sequence[Entity], *, lang: LangData, text: str
) -> tuple[Entity, ...]:
    """Add the capitalised country and place names the model missed, and split a place
    off an organisation whose rest is a bare government word ("Pemerintah Seoul") or that
    ends in a country acronym ("Dewan Keamanan Nasional AS").

    The CRF decides; the gazetteer only fills gaps it left, as NER systems' gazetteer
    back-off does. Split heads come from the language's `ner_split_heads.txt`; words in
    its `not_names.txt` are never a name on their own.
    """
    from warta.analyze.ner import gazetteer_for

    words = [t.text for t in tokens]
    flags = gazetteer_for(lang).match(words, [w.lower() for w in words])
    heads = lang.words("ner_split_heads")
    # A capitalised function word at a sentence start is no name ("Para pengunjuk rasa").
    never = lang.words("not_names")
    result = [e for e in entities if e.text.lower() not in never]
    for first, last in _best_runs(flags, _PLACE_LISTS):
        if not all(words[i][:1].isupper() for i in range(first, last + 1)):
            continue
        start, end = tokens[first].start, tokens[last].end
        if text[start:end].lower() in never:
            continue
        place = Entity(text=text[start:end], start=start, end=end, label="LOC")
        overlapping = [e for e in result if e.start < end and start < e.end]
        if not overlapping:
            result.append(place)
            continue
        (outer,) = overlapping if len(overlapping) == 1 else (None,)
        if outer is None or outer.label != "ORG" or outer.end != end or outer.start >= start:
            continue
        rest = text[outer.start : start].strip()
        if rest in heads:
            result[result.index(outer)] = place
        elif words[first].isupper() and first == last:
            trimmed = Entity(text=rest, start=outer.start, end=outer.start + len(rest), label="ORG")
            result[result.index(outer)] = trimmed
            result.append(place)
    return tuple(sorted(result, key=lambda e: e.start))


def _best_runs(flags: list[list[str]], lists: tuple[str, ...]) -> list[tuple[int, int]]:
    """Token ranges [first, last] of the longest gazetteer entries from `lists`."""
    runs: list[tuple[int, int]] = []
    for index, word_flags in enumerate(flags):
        if any(f"best:{name}=B" in word_flags for name in lists):
            runs.append((index, index))
        elif (
            runs
            and runs[-1][1] == index - 1
            and any(f"best:{name}=I" in word_flags for name in lists)
        ):
            runs[-1] = (runs[-1][0], index)
    return runs

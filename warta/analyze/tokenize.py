"""Sentence splitting and tokenization with character offsets into the text.

One compiled regular expression finds every token; a single pass over the tokens then
decides where sentences end. What differs between languages (abbreviations that keep
their period) comes from the language's `abbreviations.tsv`.

Kept whole: URLs, e-mail addresses, @handles and #tags, web domains, numbers with
separators (`10.000`, `10,5`, `10.15`, `4/9/2023`, `24/04`), hyphenated and apostrophised
words (`Jong-un`, `benar-benar`, `don't`), abbreviations from the data, initials (`J.`)
and dotted acronyms (`U.S.`). Clitics stay on their word (`kunjungannya`): the
lemmatizer reads them. Quotes, brackets and dashes are tokens of their own.
"""

from __future__ import annotations

import re
from pathlib import Path

from warta.lang import LangData
from warta.records import Sentence, Token

_TOKEN_PARTS = (
    r"(?P<url>(?:https?://|www\.)[^\s<>\"“”']+[^\s<>\"“”'.,;:!?)\]])",
    r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    r"(?P<handle>(?<!\w)[@#][^\W_]\w*)",
    r"(?P<domain>\w+(?:\.\w+)*\.(?:com|org|net|id|co|go|ac|gov|edu|io|info|news)(?![\w.]\w))",
    r"(?P<abbr>{abbreviations})",
    r"(?P<acronym>(?<![\w.])(?:[^\W\d_]\.){{2,}})",
    r"(?P<initial>(?<![\w.])[A-Z]\.(?=\s*[A-Z]))",
    r"(?P<number>(?<![\w.,])(?:[A-Za-z]{{1,3}})?\d+(?:[.,:/]\d+)+)",
    r"(?P<word>\w+(?:[-'’]\w+)*)",
    r"(?P<ellipsis>\.{{2,}}|…)",
    r"(?P<punct>[^\w\s])",
)
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
# Closing marks that belong to the sentence they follow when they touch it: `."` `.)`
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_PATTERNS: dict[Path, tuple[re.Pattern[str], frozenset[str]]] = {}


def _compiled(lang: LangData) -> tuple[re.Pattern[str], frozenset[str]]:
    """Return the token pattern for `lang` and its abbreviations that may end a sentence."""
    # Cached per folder: LangData holds a dict, so it cannot key an lru_cache itself.
    cached = _PATTERNS.get(lang.folder)
    if cached is None:
        cached = _PATTERNS[lang.folder] = _build_pattern(lang)
    return cached


def _build_pattern(lang: LangData) -> tuple[re.Pattern[str], frozenset[str]]:
    rows = lang.table("abbreviations")
    by_length = sorted(rows, key=lambda row: len(row["abbreviation"]), reverse=True)
    choices = [
        re.escape(row["abbreviation"]) + (r"(?=\s*\d)" if row["kind"] == "number" else "")
        for row in by_length
    ]
    abbreviations = rf"(?<![\w.])(?:{'|'.join(choices) or '(?!x)x'})"
    pattern = "|".join(_TOKEN_PARTS).format(abbreviations=abbreviations)
    final = frozenset(row["abbreviation"] for row in rows if row["kind"] == "final")
    return re.compile(pattern), final


def segment(text: str, *, lang: LangData) -> tuple[tuple[Sentence, ...], tuple[Token, ...]]:
    """Split `text` into sentences and tokens; each token's `sent` indexes the sentences.

    A sentence ends at `.`, `!`, `?` (with closing quotes or brackets that touch it) when
    the next word does not start in lower case; at an ellipsis or a sentence-final
    abbreviation (`dll.`) only before a capital; and always at a line break followed by
    anything but lower case, so a headline or a paragraph without final punctuation is
    its own sentence. Blank lines always end a sentence.
    """
    pattern, final_abbreviations = _compiled(lang)
    matches = list(pattern.finditer(text))
    ends = _sentence_ends(text, matches, final_abbreviations)

    sentences: list[Sentence] = []
    tokens: list[Token] = []
    first = 0
    for index, match in enumerate(matches):
        tokens.append(
            Token(text=match.group(), start=match.start(), end=match.end(), sent=len(sentences))
        )
        if index in ends:
            sentences.append(Sentence(start=matches[first].start(), end=match.end()))
            first = index + 1
    return tuple(sentences), tuple(tokens)


def _sentence_ends(
    text: str, matches: list[re.Match[str]], final_abbreviations: frozenset[str]
) -> set[int]:
    """Return the indices of the tokens that end a sentence."""
    ends: set[int] = set()
    last = len(matches) - 1
    for index, match in enumerate(matches):
        if index == last:
            ends.add(index)
            break
        following = matches[index + 1]
        gap = text[match.end() : following.start()]
        next_first = following.group()[0]
        if "\n" in gap:
            if not next_first.islower() or "\n" in gap[gap.index("\n") + 1 :]:
                ends.add(index)
            continue
        token = match.group()
        kind = match.lastgroup
        if kind == "ellipsis" or (kind == "punct" and token in _SENTENCE_ENDS):
            closer = _absorb_closers(text, matches, index)
            if closer != index:
                continue  # the closing quote or bracket decides, at its own index
            if kind == "ellipsis":
                if next_first.isupper():
                    ends.add(index)
            elif not next_first.islower():
                ends.add(index)
        elif token in _CLOSERS and _follows_sentence_end(text, matches, index):
            if not next_first.islower() and not (gap == "" and following.group() in _CLOSERS):
                ends.add(index)
        elif (kind == "acronym" or token in final_abbreviations) and next_first.isupper() and gap:
            ends.add(index)
    return ends


def _absorb_closers(text: str, matches: list[re.Match[str]], index: int) -> int:
    """Return the index of the last closing mark that touches the token at `index`."""
    while (
        index + 1 < len(matches)
        and matches[index + 1].group() in _CLOSERS
        and matches[index + 1].start() == matches[index].end()
        and _closes(text, matches[index + 1])
    ):
        index += 1
    return index


def _closes(text: str, match: re.Match[str]) -> bool:
    """Return whether a quote or bracket closes: it is followed by space, end, or more marks."""
    after = text[match.end() : match.end() + 1]
    return after == "" or after.isspace() or not after.isalnum()


def _follows_sentence_end(text: str, matches: list[re.Match[str]], index: int) -> bool:
    """Return whether the closer at `index` sits in a touching run after `.`, `!`, `?`."""
    while index > 0 and matches[index].start() == matches[index - 1].end():
        index -= 1
        token = matches[index].group()
        if token in _SENTENCE_ENDS or token == "...":
            return True
        if token not in _CLOSERS:
            return False
    return False

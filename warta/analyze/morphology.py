"""Lemmas and verb voice: a root dictionary plus ordered affix stripping (issue #3).

The method is Nazief-Adriani / ECS stemming: take off particles (-lah), possessive
clitics (-nya), a derivational suffix (-kan, -an, -i) and up to three prefixes, trying
the letter meN-/peN- ate (meng+kecam -> mengecam), and accept the first stem found in
the root list; fewer affixes win. The affixes, their voices and the root lists are the
language's data (`affixes.tsv`, `affix_exclusions.tsv`, `roots*.txt`). A language
without a root list (English) gets the lower-cased word as its lemma and no voice.

Case: a word whose lemma is found keeps the root's lower case; a word that is neither a
root nor reducible to one (a name like "Delhi") keeps its form, as UD lemmas do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.lang import LangData

_MAX_PREFIXES = 3
_MIN_STEM = 2
# Two-letter roots ("mu", "om") are too often a false reading once a prefix is off.
_MIN_PREFIXED_STEM = 3
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class _Prefix:
    text: str
    restores: tuple[str, ...]
    group: str
    voice: str | None


@dataclass(frozen=True)
class Morphology:
    """The affixes and roots of one language."""

    roots: frozenset[str]
    particles: tuple[str, ...]
    possessives: tuple[str, ...]
    suffixes: tuple[str, ...]
    proclitics: tuple[str, ...]
    prefixes: tuple[_Prefix, ...]
    exclusions: frozenset[tuple[str, str]]
    root_counts: dict[str, int]

    # Words repeat a lot in news: each distinct form is analysed once per run.
    cache: dict[str, tuple[str, str | None]] = field(default_factory=dict, compare=False)

    def analyse(self, word: str) -> tuple[str, str | None]:
        """Return the lemma and voice of `word` (voice None when no voice prefix applies)."""
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            found = self.cache[word] = self._analyse(word)
        return found

    def _analyse(self, word: str) -> tuple[str, str | None]:
        lower = word.lower()
        if not self.roots or not lower.replace("-", "").isalpha():
            return lower, None
        if lower in self.roots:
            return lower, None
        if "-" in lower:
            return self._reduplicated(word, lower)
        best: tuple[tuple[int, int], str, str | None] | None = None
        for stem, group, voice, depth in self._readings(lower):
            if stem not in self.roots:
                continue
            if group is None:
                return stem, None  # suffix or clitics only: the fewest affixes win outright
            # Prefix readings compete: fewer prefixes win (pertemuan -> temu, not mu), then
            # the root more frequent in news (mengarah -> arah, not karah), then rule order.
            # Short roots ("cam" of "dash cam") get no count: mengecam stays kecam.
            count = self.root_counts.get(stem, 0) if len(stem) > _MIN_PREFIXED_STEM else 0
            rank = (-depth, count)
            if best is None or rank > best[0]:
                best = (rank, stem, voice)
        if best is not None:
            return best[1], best[2]
        return (word if word != lower else lower), None

    def _reduplicated(self, word: str, lower: str) -> tuple[str, str | None]:
        """Read `monyet-monyet`, `benar-benar` and `sebesar-besarnya` by their last part."""
        left, _, right = lower.rpartition("-")
        right_lemma, voice = self.analyse(right)
        if right_lemma in self.roots and (left == right or right_lemma in left):
            return right_lemma, voice
        return (word if word != lower else lower), None

    def _readings(self, word: str) -> Iterator[tuple[str, str | None, str | None, int]]:
        """Yield (stem, outer prefix group, voice, prefix count), fewest affixes first."""
        for bare in self._without_clitics(word):
            stems = [(bare, None)] + [
                (bare[: -len(suffix)], suffix)
                for suffix in self.suffixes
                if bare.endswith(suffix) and len(bare) - len(suffix) >= _MIN_STEM
            ]
            for stem, _suffix in stems:
                yield stem, None, None, 0
            # A suffix comes off before prefixes are tried (memiliki -> milik, not miliki).
            for stem, suffix in stems[1:] + stems[:1]:
                for root, prefix, depth in self._unprefixed(stem, _MAX_PREFIXES):
                    if (prefix.group, suffix or "") not in self.exclusions:
                        yield root, prefix.group, prefix.voice, depth

    def _without_clitics(self, word: str) -> list[str]:
        forms = [word]
        for particle in self.particles:
            if word.endswith(particle) and len(word) - len(particle) >= _MIN_STEM:
                forms.append(word[: -len(particle)])
        for form in list(forms):
            for possessive in self.possessives:
                if form.endswith(possessive) and len(form) - len(possessive) >= _MIN_STEM:
                    forms.append(form[: -len(possessive)])
        for form in list(forms):
            for proclitic in self.proclitics:
                if form.startswith(proclitic) and len(form) - len(proclitic) >= _MIN_STEM:
                    forms.append(form[len(proclitic) :])
        return forms

    def _unprefixed(self, word: str, depth: int) -> Iterator[tuple[str, _Prefix, int]]:
        """Yield (stem, outermost prefix, prefix count) per reading, one prefix before two."""
        if depth == 0:
            return
        readings = []
        for prefix in self.prefixes:
            if not word.startswith(prefix.text):
                continue
            rest = word[len(prefix.text) :]
            for restore in prefix.restores:
                stem = restore + rest
                if len(stem) >= _MIN_PREFIXED_STEM:
                    readings.append((stem, prefix))
        for stem, prefix in readings:
            yield stem, prefix, 1
        for stem, prefix in readings:
            for inner, _, inner_depth in self._unprefixed(stem, depth - 1):
                yield inner, prefix, inner_depth + 1


_MORPHOLOGIES: dict[Path, Morphology] = {}


def morphology(lang: LangData) -> Morphology:
    """Return the morphology of `lang`, read once per language folder."""
    cached = _MORPHOLOGIES.get(lang.folder)
    if cached is None:
        cached = _MORPHOLOGIES[lang.folder] = _build(lang)
    return cached


def _build(lang: LangData) -> Morphology:
    roots: set[str] = set()
    for path in sorted(lang.folder.glob("roots*.txt")):
        roots |= lang.words(path.stem)
    rows = lang.table("affixes") if lang.path("affixes.tsv").is_file() else ()

    def of_kind(kind: str) -> tuple[str, ...]:
        return tuple(row["affix"] for row in rows if row["kind"] == kind)

    prefixes = tuple(
        _Prefix(
            text=row["affix"],
            restores=tuple("" if r == "-" else r for r in row["restore"].split(",")),
            group=row["group"],
            voice=None if row["voice"] == "-" else row["voice"],
        )
        for row in rows
        if row["kind"] == "prefix"
    )
    exclusions: frozenset[tuple[str, str]] = frozenset()
    if lang.path("affix_exclusions.tsv").is_file():
        exclusions = frozenset(
            (row["group"], row["suffix"]) for row in lang.table("affix_exclusions")
        )
    root_counts: dict[str, int] = {}
    if lang.path("root_counts.tsv").is_file():
        root_counts = {root: int(count) for root, count in lang.mapping("root_counts").items()}
    return Morphology(
        root_counts=root_counts,
        roots=frozenset(roots),
        particles=of_kind("particle"),
        possessives=of_kind("possessive"),
        suffixes=of_kind("suffix"),
        proclitics=of_kind("proclitic"),
        prefixes=prefixes,
        exclusions=exclusions,
    )


def lemmatize(word: str, *, lang: LangData, pos: str | None = None) -> str:
    """Return the lemma of `word` ("mengecamnya" -> "kecam")."""
    return analyse(word, lang=lang, pos=pos)[0]


def analyse(word: str, *, lang: LangData, pos: str | None = None) -> tuple[str, str | None]:
    """Return the lemma and voice of `word` ("dikecam" -> ("kecam", "passive")).

    A word tagged `pos` as a proper noun (`proper_noun_tags.txt`) keeps its form: the
    "Keuangan" of "Kementerian Keuangan" is a name, not "uang".
    """
    if pos is not None and pos in _proper_noun_tags(lang):
        return word, None
    return morphology(lang).analyse(word)


def _proper_noun_tags(lang: LangData) -> frozenset[str]:
    if not lang.path("proper_noun_tags.txt").is_file():
        return frozenset()
    return lang.words("proper_noun_tags")

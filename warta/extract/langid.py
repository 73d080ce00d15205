"""Language identification with lingua, restricted to Warta's languages and their confusers."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from warta import lang as lang_data
from warta.errors import LangDataError

_SAMPLE_CHARS = 2000


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]) -> tuple[LanguageDetector, dict[Language, str]]:
    """Build a detector over the lingua languages each folder's meta.json lists.

    Each folder names the lingua languages that count as it: Indonesian lists Malay too,
    since short Indonesian texts are often detected as Malay.
    """
    to_code: dict[Language, str] = {}
    for code in languages:
        data = lang_data.load(code)
        for name in data.meta.get("lingua", []):
            language = getattr(Language, name, None)
            if not isinstance(language, Language):
                raise LangDataError(
                    f"{data.folder}/meta.json: {name!r} is not a lingua language name"
                )
            to_code[language] = code
    if len(to_code) < 2:
        raise LangDataError("language identification needs at least two lingua languages")
    return LanguageDetectorBuilder.from_languages(*to_code).build(), to_code


def identify(text: str, *, languages: tuple[str, ...]) -> str | None:
    """Return the code of the language `text` is written in, or None if it cannot tell."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return None
    detector, to_code = _detector(languages)
    found = detector.detect_language_of(sample)
    return to_code.get(found) if found is not None else None

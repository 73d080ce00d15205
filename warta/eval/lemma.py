"""Score the Indonesian lemmatizer on the lemmas of UD Indonesian-CSUI test (issue #3).

Every syntactic word of the test file counts (multiword tokens such as "rumahnya" are
split there into "rumah" + "nya", and each part is scored), punctuation included, as in
the UD lemma metric. Words are POS-tagged first, as `analyze` does, so proper nouns keep
their form. `accuracy` compares exactly; `accuracy_nocase` ignores case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta.analyze.morphology import lemmatize
from warta.analyze.pos import tag_pos
from warta.errors import BadInput
from warta.lang import load

TEST_FILE = Path("ud-id") / "id_csui-ud-test.conllu"


def read_conllu_lemmas(path: Path) -> list[list[tuple[str, str]]]:
    """Return the sentences of a CoNLL-U file as (form, lemma) of each syntactic word."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read CoNLL-U file ({exc}); is WARTA_DATA set?") from exc
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        cells = line.split("\t")
        if len(cells) == 10 and cells[0].isdigit():
            sentences[-1].append((cells[1], cells[2]))
        elif not line.strip() and sentences[-1]:
            sentences.append([])
    return [sentence for sentence in sentences if sentence]


def run(data_dir: Path) -> list[dict[str, Any]]:
    """Return the SPEC eval record of the lemmatizer on `data_dir`/ud-id test."""
    lang = load("id")
    exact = nocase = count = 0
    for sentence in read_conllu_lemmas(data_dir / TEST_FILE):
        forms = [form for form, _ in sentence]
        for form, tag, (_, gold) in zip(forms, tag_pos(forms, lang=lang), sentence, strict=True):
            lemma = lemmatize(form, lang=lang, pos=tag)
            exact += lemma == gold
            nocase += lemma.lower() == gold.lower()
            count += 1
    return [
        {
            "task": "lemma",
            "dataset": "ud-id-csui-test",
            "n": count,
            "metrics": {
                "accuracy": round(exact / count, 4) if count else 0.0,
                "accuracy_nocase": round(nocase / count, 4) if count else 0.0,
            },
        }
    ]

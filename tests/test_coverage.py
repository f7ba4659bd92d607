"""Coverage of the five bundled Shanghai documents: every piece of jargon a reader must see
explained is annotated.

``tests/golden/coverage.json`` lists, per document, the headwords (the ``term`` of the sense
the annotation resolves to) that must appear among its annotations:

* ``local`` — terms with a Shanghai-scope sense (上海市 or a district);
* ``national`` — national terms expected from ``glossary/national.yaml``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import policyterms

HERE = Path(__file__).parent
TEXTS = HERE.parent / "glossary" / "texts"
COVERAGE = json.loads((HERE / "golden" / "coverage.json").read_text(encoding="utf-8"))
DOCUMENTS = sorted(COVERAGE)


@pytest.fixture(scope="module")
def glossary():
    return policyterms.load_glossary()


@pytest.fixture(scope="module")
def annotated(glossary):
    """Headwords annotated in each document, computed once."""
    cache: dict[str, set[str]] = {}

    def terms(document: str) -> set[str]:
        if document not in cache:
            with (TEXTS / document).open(encoding="utf-8", newline="") as stream:
                text = stream.read()
            cache[document] = {annotation.term for annotation in policyterms.annotate(text, glossary)}
        return cache[document]

    return terms


def test_every_bundled_document_is_listed():
    assert sorted(path.name for path in TEXTS.glob("*.txt")) == DOCUMENTS


def test_lists_have_no_duplicates():
    for document, kinds in COVERAGE.items():
        for kind, terms in kinds.items():
            assert len(terms) == len(set(terms)), (document, kind)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_local_terms_annotated(document, annotated):
    missing = [term for term in COVERAGE[document]["local"] if term not in annotated(document)]
    assert not missing, f"{document}: local terms not annotated: {missing}"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_national_terms_annotated(document, annotated):
    missing = [term for term in COVERAGE[document]["national"] if term not in annotated(document)]
    assert not missing, f"{document}: national terms not annotated: {missing}"


def test_local_headwords_have_a_shanghai_sense(glossary):
    """A ``local`` headword is defined by some sense whose scope is 上海市 or a district."""
    shanghai = {sense.term for sense in glossary.senses if sense.scope.startswith("上海市")}
    for document, kinds in COVERAGE.items():
        stray = [term for term in kinds["local"] if term not in shanghai]
        assert not stray, f"{document}: listed as local but no Shanghai sense: {stray}"

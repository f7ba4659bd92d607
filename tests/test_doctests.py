"""The examples in docstrings are run as tests, so they cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "policyterms",
    "policyterms.text.fold",
    "policyterms.text.furniture",
    "policyterms.glossary.numerals",
    "policyterms.annotate.annotator",
    "policyterms.annotate.annotation",
    "policyterms.mining.extract",
    "policyterms.glossary.model",
    "policyterms.mining.learn",
    "policyterms.render.markdown",
    "policyterms.mining.written_forms",
    "policyterms.mining.extract_layouts.prose",
    "policyterms.mining.extract_layouts.run_in_slogans",
    "policyterms.mining.extract_layouts.place_leads",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
